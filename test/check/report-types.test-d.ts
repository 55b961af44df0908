import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  type CheckOutcome,
  type CheckReport,
  check,
  type FlaggedIssue,
  type PortfolioReport,
  type Severity,
  type SubjectRef,
} from '../../src/index.js';
import type { ReportCounts, ReportNotice } from '../../src/report/index.js';
import type {
  CheckReportSchema,
  DataValue,
  DataValueSchema,
  FlaggedIssueSchema,
  PortfolioReportSchema,
  RuleScope,
  SubjectRefSchema,
} from '../../src/schemas.js';

describe('report types, derived from the report schema', () => {
  it('are what the schema gives back, and what check() returns', () => {
    expectTypeOf<z.output<typeof CheckReportSchema>>().toMatchTypeOf<CheckReport>();
    expectTypeOf<z.output<typeof FlaggedIssueSchema>>().toMatchTypeOf<FlaggedIssue>();
    expectTypeOf(check).returns.resolves.toEqualTypeOf<CheckReport>();
    expectTypeOf<z.output<typeof PortfolioReportSchema>>().toMatchTypeOf<PortfolioReport>();
    expectTypeOf<PortfolioReport['findings']>().toEqualTypeOf<CheckReport>();
    expectTypeOf<CheckReport['issues'][number]>().toEqualTypeOf<FlaggedIssue>();
    expectTypeOf<NonNullable<CheckReport['notices']>[number]>().toEqualTypeOf<ReportNotice>();
  });

  it('keep the shapes the hand-written types had', () => {
    expectTypeOf<FlaggedIssue['severity']>().toEqualTypeOf<Severity>();
    expectTypeOf<FlaggedIssue['outcome']>().toEqualTypeOf<'flagged' | 'needs-review'>();
    expectTypeOf<FlaggedIssue['subject']>().toMatchTypeOf<SubjectRef>();
    expectTypeOf<SubjectRef>().toMatchTypeOf<FlaggedIssue['subject']>();
    expectTypeOf<ReportCounts['bySeverity']>().toEqualTypeOf<{
      readonly error: number;
      readonly warning: number;
      readonly info: number;
    }>();
    expectTypeOf<CheckReport['reportVersion']>().toEqualTypeOf<1>();
  });

  it('derive the shared check types from their schemas, with the shapes they had by hand', () => {
    expectTypeOf<z.output<typeof SubjectRefSchema>>().toMatchTypeOf<SubjectRef>();
    expectTypeOf<SubjectRef>().toEqualTypeOf<{
      readonly type: RuleScope;
      readonly id: string;
      readonly label: string;
      readonly pointer: string;
    }>();
    expectTypeOf<z.output<typeof DataValueSchema>>().toMatchTypeOf<DataValue>();
    expectTypeOf<DataValue>().toEqualTypeOf<string | number | boolean | null | readonly string[]>();
    expectTypeOf<Severity>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf<CheckOutcome>().toEqualTypeOf<
      'flagged' | 'needs-review' | 'passed' | 'not-applicable'
    >();
    expectTypeOf<RuleScope>().toEqualTypeOf<
      | 'project'
      | 'member'
      | 'activity'
      | 'decision'
      | 'learning'
      | 'reflection'
      | 'question'
      | 'perspective'
      | 'milestone'
      | 'agreement'
      | 'leader'
      | 'flow'
      | 'idea'
      | 'outcome'
      | 'recommendation'
      | 'portfolio'
      | 'person'
      | 'topic'
    >();
  });

  it('are read-only at every depth', () => {
    const change = (report: CheckReport) => {
      // @ts-expect-error a report's fields are read-only
      report.locale = 'cy';
      // @ts-expect-error its issues list
      report.issues.push(report.issues[0]!);
      // @ts-expect-error an issue's fields
      if (report.issues[0]) report.issues[0].message = 'x';
      // @ts-expect-error its counts
      report.counts.bySeverity.error = 0;
      // @ts-expect-error and the evidence inside an issue
      report.issues[0]?.evidence.facts.pop();
    };
    expectTypeOf(change).toBeFunction();
  });
});
