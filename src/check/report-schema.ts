/**
 * The check report's zod schema and the types derived from it: plain JSON
 * that a formatter, a front end or another system can read without this
 * library. The schema doubles as the source of `schemas/report.schema.json`;
 * the formatters live in `src/report/`.
 *
 * @module
 */
import * as z from 'zod';
import { StageSchema } from '../model/project.js';
import type { DeepReadonly } from '../model/readonly.js';
import { fnv1a64 } from './hash.js';
import { NOTICE_CODES } from './notices.js';
import { ParameterValueSchema } from './rule-schema.js';
import {
  type CheckOutcome,
  CheckOutcomeSchema,
  DataValueSchema,
  IssueOutcomeSchema,
  SEVERITIES,
  type Severity,
  SeveritySchema,
  SubjectRefSchema,
} from './types.js';

/**
 * The report format version. Raised when a field changes meaning or goes
 * away; new optional fields do not raise it.
 *
 * @category Check
 * @example `if (report.reportVersion !== REPORT_VERSION) throw new Error('unknown report');`
 */
export const REPORT_VERSION = 1 as const;

/**
 * Every rule outcome, in report order.
 *
 * @category Check
 * @example `OUTCOMES.includes('needs-review') // true`
 */
export const OUTCOMES: readonly CheckOutcome[] = Object.freeze([...CheckOutcomeSchema.options]);

const EvidenceFactSchema = z.strictObject({
  fact: z.string(),
  params: z.record(z.string(), ParameterValueSchema),
  path: z.string().optional(),
  /** The value; a findings fact shows the ids of its subjects. */
  value: DataValueSchema,
});

/**
 * One fact value a rule read: in its conditions, or listed in its `facts`
 * for messages and evidence.
 *
 * @category Check
 * @example
 * ```ts
 * const e: EvidenceFact = { fact: 'topContributorShare', params: { top: 2, recentMeetings: 6 }, value: 0.71 };
 * ```
 *
 * @interface
 */
export type EvidenceFact = DeepReadonly<z.output<typeof EvidenceFactSchema>>;

const EvidenceSchema = z.strictObject({
  /** The fact values the rule read: its conditions' first, then its `facts`. */
  facts: z.array(EvidenceFactSchema),
  /** For a subject, the finding's own data. */
  finding: z.record(z.string(), DataValueSchema).optional(),
});

/**
 * Why an issue was raised: the fact values the rule read (its conditions'
 * first, then its `facts`) and, for a subject, the finding's own data.
 *
 * @category Check
 * @example `const e: Evidence = { facts: [{ fact: 'ideaCount', params: {}, value: 0 }] };`
 *
 * @interface
 */
export type Evidence = DeepReadonly<z.output<typeof EvidenceSchema>>;

/**
 * Zod schema of {@link FlaggedIssue}.
 *
 * @category Check
 * @example `FlaggedIssueSchema.parse(report.issues[0])`
 */
export const FlaggedIssueSchema = z.strictObject({
  /** Stable across runs: a fingerprint of the rule id, subject type and subject id. */
  id: z.string().regex(/^cp-[0-9a-f]{16}$/),
  ruleId: z.string(),
  set: z.string(),
  questionIds: z.array(z.string()),
  section: z.string(),
  severity: SeveritySchema,
  outcome: IssueOutcomeSchema,
  title: z.string(),
  /**
   * The text the title was rendered from: `<ruleId>.title`, or
   * `<ruleId>.needsReviewTitle` on an issue that needs review when the rule
   * gives one. Absent in reports made before it was added.
   */
  titleId: z.string().optional(),
  /** The rendered message. */
  message: z.string(),
  /**
   * The template shown: `<ruleId>.flagged`, `<ruleId>.needsReview`,
   * `<ruleId>.needsReviewSubject` (on an issue that needs review about one
   * of the rule's records, when the rule gives one), or `coproduce.flagged`
   * / `coproduce.needsReview` (the generic texts, shown when a rule's own
   * message names a value the issue does not have).
   */
  messageId: z.string(),
  /** The placeholder values, so a front end can re-render with `renderMessage`. */
  data: z.record(z.string(), DataValueSchema),
  /** The rendered suggested action. */
  action: z.string(),
  /**
   * The text the action was rendered from: `<ruleId>.action`,
   * `<ruleId>.needsReviewAction` (on an issue that needs review, when the
   * rule gives one) or `coproduce.action` (the generic text, shown when the
   * rule's own action names a value the issue does not have). Absent in
   * reports made before it was added.
   */
  actionId: z.string().optional(),
  subject: SubjectRefSchema,
  evidence: EvidenceSchema,
  /**
   * On an issue that needs review because its rule cannot tell at all: the
   * rule it depends on (`dependsOn`) that raised an issue in the same check,
   * whose card reports show it on. One missing thing, such as no senior
   * leaders named, is then one card, not one per rule that needs it.
   */
  heldUpBy: z.string().optional(),
  /** A link to the rule's documentation, when there is one. */
  docs: z.string().optional(),
});

/**
 * One problem found in a project: flagged, or needing review because the
 * data to decide is missing.
 *
 * @category Check
 * @example
 * ```ts
 * for (const issue of report.issues) console.log(`${issue.severity}: ${issue.message} (${issue.subject.label})`);
 * ```
 *
 * @interface
 */
export type FlaggedIssue = DeepReadonly<z.output<typeof FlaggedIssueSchema>>;

const AcknowledgementInfoSchema = z.strictObject({
  id: z.string(),
  reason: z.string(),
  by: z.string(),
  on: z.string(),
  reviewOn: z.string().optional(),
  /** Whether the review day has passed, in the project's time zone, at the check's `now`. */
  reviewDue: z.boolean(),
  /** The outcome the issue would have had without the acknowledgement. */
  outcome: IssueOutcomeSchema,
});

/**
 * How an issue was acknowledged: the acknowledgement's id, reason, who and
 * when, its review date, whether that date has passed, and the outcome the
 * issue would otherwise have had.
 *
 * @category Check
 * @example `const a: AcknowledgementInfo = { id: 'ack-01', reason: 'Agreed by the board', by: 'Board', on: '2026-03-12', reviewDue: false, outcome: 'flagged' };`
 *
 * @interface
 */
export type AcknowledgementInfo = DeepReadonly<z.output<typeof AcknowledgementInfoSchema>>;

const AcknowledgedIssueSchema = FlaggedIssueSchema.extend({
  outcome: z.literal('acknowledged'),
  acknowledgement: AcknowledgementInfoSchema,
});

/**
 * An issue the project has acknowledged ("we know, and here is why"): the
 * issue as the check raised it, with outcome `acknowledged` and the
 * acknowledgement. Kept in the report, apart from the open issues, and not
 * counted among them.
 *
 * @category Check
 * @example
 * ```ts
 * for (const issue of report.acknowledged ?? []) console.log(issue.title, '—', issue.acknowledgement.reason);
 * ```
 *
 * @interface
 */
export type AcknowledgedIssue = DeepReadonly<z.output<typeof AcknowledgedIssueSchema>>;

const AcknowledgementNoticeSchema = z.strictObject({
  kind: z.enum(['review-due', 'no-issue', 'no-reason']),
  acknowledgementId: z.string(),
  /** The issue it names (worked out from the rule and subject when it names those). */
  issueId: z.string(),
  ruleId: z.string().optional(),
  /** The issue's title, when the check raised the issue. */
  title: z.string().optional(),
  /** The issue's subject, when the check raised the issue. */
  subject: SubjectRefSchema.optional(),
  reason: z.string(),
  by: z.string(),
  on: z.string(),
  reviewOn: z.string().optional(),
  messageId: z.string(),
  message: z.string(),
});

/**
 * Why an acknowledgement needs attention: its review day has passed
 * (`review-due`), the check no longer raises its issue (`no-issue`), or its
 * reason is only a placeholder, so the issue stays open (`no-reason`).
 *
 * @category Check
 * @example `const kind: AcknowledgementNoticeKind = 'review-due';`
 */
export type AcknowledgementNoticeKind = AcknowledgementNotice['kind'];

/**
 * An acknowledgement that needs attention itself, with a message in plain
 * words.
 *
 * @category Check
 * @example
 * ```ts
 * for (const notice of report.acknowledgementNotices ?? []) console.log(notice.message);
 * ```
 *
 * @interface
 */
export type AcknowledgementNotice = DeepReadonly<z.output<typeof AcknowledgementNoticeSchema>>;

const ReportChangesSchema = z.strictObject({
  /** When the baseline check was made (its `checkedAt`). */
  since: z.iso.datetime(),
  counts: z.strictObject({
    new: z.int().min(0),
    stillOpen: z.int().min(0),
    resolved: z.int().min(0),
    acknowledged: z.int().min(0),
  }),
  /** Ids of the open issues that the baseline did not have open. */
  newIssues: z.array(z.string()),
  /** Ids of the acknowledged issues that were open at the baseline. */
  acknowledgedIssues: z.array(z.string()),
  /** The baseline's open issues that this check no longer raises, as the baseline had them. */
  resolved: z.array(FlaggedIssueSchema),
});

/**
 * What changed since an earlier check of the same project (the baseline),
 * by stable issue id: which open issues are new, which of the baseline's
 * issues are no longer raised, and which have been acknowledged since.
 * Every open issue not listed as new was open at the baseline too.
 *
 * @category Check
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const earlier = parseReport(await readFile('report-october.json', 'utf8'));
 * const changes: ReportChanges | undefined = withBaseline(report, earlier).changes;
 * console.log(`${changes?.counts.new} new, ${changes?.counts.resolved} resolved`);
 * ```
 *
 * @interface
 */
export type ReportChanges = DeepReadonly<z.output<typeof ReportChangesSchema>>;

/** Issues per severity, each severity named. */
const BySeveritySchema = z.strictObject({ error: z.int(), warning: z.int(), info: z.int() });

/**
 * The two counts a trend point and a portfolio's attention counts both keep
 * beside the open issues by severity: how many of a report's issues need
 * review, and how many issues it acknowledged. {@link reviewTally} counts
 * them, for both.
 *
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 *
 * z.strictObject(REVIEW_TALLY_FIELDS).parse({ needsReview: 2, acknowledged: 1 });
 * ```
 */
export const REVIEW_TALLY_FIELDS = {
  needsReview: z.int().min(0),
  acknowledged: z.int().min(0),
};

/**
 * A report's review tally (see {@link REVIEW_TALLY_FIELDS}): its issues that
 * need review, and the issues it acknowledged.
 *
 * @internal
 * @example `reviewTally({ issues: [], acknowledged: [] }) // { needsReview: 0, acknowledged: 0 }`
 */
export function reviewTally(report: Pick<CheckReport, 'issues' | 'acknowledged'>): {
  needsReview: number;
  acknowledged: number;
} {
  let needsReview = 0;
  for (const issue of report.issues) if (issue.outcome === 'needs-review') needsReview += 1;
  return { needsReview, acknowledged: report.acknowledged?.length ?? 0 };
}

const TrendPointSchema = z
  .strictObject({ checkedAt: z.iso.datetime(), bySeverity: BySeveritySchema })
  .extend(REVIEW_TALLY_FIELDS);

/**
 * One earlier (or the present) check in a trend: when, and its open issues
 * by severity, how many of them need review, and how many were acknowledged.
 *
 * @category Check
 * @example `const point: TrendPoint = { checkedAt: '2026-10-01T12:00:00.000Z', bySeverity: { error: 2, warning: 9, info: 3 }, needsReview: 4, acknowledged: 1 };`
 *
 * @interface
 */
export type TrendPoint = DeepReadonly<z.output<typeof TrendPointSchema>>;

const RuleOutcomeSchema = z.strictObject({
  ruleId: z.string(),
  set: z.string(),
  version: z.int(),
  /** The rule's title: the problem it looks for. */
  title: z.string(),
  /** The heading of the rule's issues that need review, when the rule gives one. */
  needsReviewTitle: z.string().optional(),
  section: z.string(),
  severity: SeveritySchema,
  outcome: CheckOutcomeSchema,
  /** How many subjects were flagged or need review (1 for a project rule that raised an issue). */
  subjects: z.strictObject({ flagged: z.int().min(0), needsReview: z.int().min(0) }),
});

/**
 * What one enabled rule concluded about the project.
 *
 * @category Check
 * @example `report.outcomes.filter((o: RuleOutcome) => o.outcome === 'passed').length`
 *
 * @interface
 */
export type RuleOutcome = DeepReadonly<z.output<typeof RuleOutcomeSchema>>;

const RuleSetVersionSchema = z.strictObject({ id: z.string(), version: z.string() });

const ReportConfigurationSchema = z.strictObject({
  /** The configuration file, relative to where the check was run; never absolute from the CLI. */
  path: z.string().nullable(),
  /**
   * `true` when the configuration was given as data with no name (to
   * `createRuleSet` or `check`), so `path` is `null` though the rules are
   * not the recommended ones as they ship; absent otherwise.
   */
  inline: z.literal(true).optional(),
  /** The rule sets used and their versions: the same as the report's `ruleSets`. */
  ruleSets: z.array(RuleSetVersionSchema),
});

/**
 * Which configuration a check used: the configuration file as the reader
 * named it (`null` for the recommended rules or a configuration given as
 * data, which also has `inline: true`), and each rule set with the version of its enabled rules (a
 * fingerprint of their ids and versions), so two reports can be compared.
 *
 * @category Check
 * @example
 * ```ts
 * const { path, ruleSets } = report.configuration ?? { path: null, ruleSets: [] };
 * console.log(`${path ?? 'recommended rules'}: ${ruleSets.map((s) => `${s.id} ${s.version}`).join(', ')}`);
 * ```
 *
 * @interface
 */
export type ReportConfiguration = DeepReadonly<z.output<typeof ReportConfigurationSchema>>;

const ReportCountsSchema = z.strictObject({
  /** Every issue. */
  issues: z.int().min(0),
  /** The rules that raised at least one issue. */
  rules: z.int().min(0),
  /** Issues that need review, of any severity. */
  needsReview: z.int().min(0),
  /** Issues per severity, needing review or not. */
  bySeverity: BySeveritySchema,
  /** Enabled rules per outcome. */
  byOutcome: z.strictObject({
    flagged: z.int(),
    'needs-review': z.int(),
    passed: z.int(),
    'not-applicable': z.int(),
  }),
  /** Issues per section, in section order. */
  bySection: z.record(z.string(), z.int()),
  /** Acknowledged issues, not counted above; present only when the project records acknowledgements. */
  acknowledged: z.int().min(0).optional(),
});

/**
 * The one counting model of a report, used alike by its JSON and by every
 * format for people. Issues and rules are counted separately, and each
 * number says which it counts:
 *
 * - `issues`: every issue in the report (flagged or needing review);
 * - `rules`: how many rules raised those issues;
 * - `needsReview`: how many of the issues need review (the data to decide
 *   is missing), whatever their severity;
 * - `bySeverity`: issues per severity (needing review or not), adding up to `issues`;
 * - `bySection`: issues per framework section, adding up to `issues`;
 * - `byOutcome`: every enabled rule by its outcome (flagged, needs review,
 *   passed, not applicable), adding up to the rules in `outcomes`.
 *
 * A report narrowed with `filterReport` (`--min-severity`) recounts
 * everything about issues; the rules' outcomes stay as checked.
 *
 * @category Check
 * @example
 * ```ts
 * const { issues, rules, bySeverity } = report.counts;
 * console.log(`${issues} issues from ${rules} rules: ${bySeverity.error} errors`);
 * ```
 *
 * @interface
 */
export type ReportCounts = DeepReadonly<z.output<typeof ReportCountsSchema>>;

const ReportNoticeSchema = z.strictObject({
  code: z.enum(NOTICE_CODES),
  severity: z.literal('warning'),
  /** What is wrong and what to do, in plain words. */
  message: z.string(),
  /** The record the notice is about, when it is about one. */
  subject: SubjectRefSchema.optional(),
  /** RFC 6901 JSON Pointer to the value itself, such as `/activities/19/start`. */
  pointer: z.string(),
  /** The values the message is made from. */
  data: z.record(z.string(), DataValueSchema),
});

/**
 * Zod schema of {@link CheckReport}; `reportJsonSchema()` is generated from it.
 *
 * @category Check
 * @example `CheckReportSchema.parse(JSON.parse(text))`
 */
export const CheckReportSchema = z.strictObject({
  reportVersion: z.literal(REPORT_VERSION),
  project: z.strictObject({
    id: z.string(),
    title: z.string(),
    stage: StageSchema,
    timeZone: z.string(),
  }),
  /** The `now` of the check, as an ISO 8601 instant in UTC. */
  checkedAt: z.iso.datetime(),
  locale: z.string(),
  /**
   * Present when the project was read from a saved history: `verified` is
   * false when nothing shows the history was not edited after it was saved.
   */
  history: z.strictObject({ verified: z.boolean() }).optional(),
  /** The open issues, sorted by severity, section, rule id and subject pointer. */
  issues: z.array(FlaggedIssueSchema),
  /**
   * Issues the project has acknowledged, in the same order; present only
   * when the project records acknowledgements.
   */
  acknowledged: z.array(AcknowledgedIssueSchema).optional(),
  /**
   * Acknowledgements that need attention (past their review date, matching
   * no issue, or without a real reason); present only when the project
   * records acknowledgements.
   */
  acknowledgementNotices: z.array(AcknowledgementNoticeSchema).optional(),
  /** One per enabled rule, sorted by section and rule id. */
  outcomes: z.array(RuleOutcomeSchema),
  /** How many issues and rules, counted as {@link countReport} defines once for every format. */
  counts: ReportCountsSchema,
  /** Each rule set with a fingerprint of its enabled rules' ids and versions. */
  ruleSets: z.array(RuleSetVersionSchema),
  /** Effective parameter values: rule id → name → value. */
  parameters: z.record(z.string(), z.record(z.string(), ParameterValueSchema)),
  /** Messages the report's locale lacks, shown in en-GB instead. */
  missingMessages: z.array(z.strictObject({ locale: z.string(), messageId: z.string() })),
  /**
   * The words, in the report's language, of framework sections and questions
   * coproduce does not ship (a council's own pack or messages files): section
   * names by the name rules use, question points by question id. Front ends
   * show these before their own catalogue's. Present only when there are any.
   */
  frameworkWords: z
    .strictObject({
      sections: z.record(z.string(), z.string()),
      questions: z.record(z.string(), z.string()),
    })
    .optional(),
  /** The configuration and rule sets used (always set by `check()`; absent in older reports). */
  configuration: ReportConfigurationSchema.optional(),
  /**
   * Warnings about the data itself, beside the issues: a time written with
   * a UTC offset the project's time zone does not have then. Always set by
   * `check()`; absent in older reports. Not counted with the issues.
   */
  notices: z.array(ReportNoticeSchema).optional(),
  /** What changed since a baseline report; added by `withBaseline`, never by `check()` itself. */
  changes: ReportChangesSchema.optional(),
  /** Issues at each of the last few checks, oldest first, ending with this one; added by `withTrend`. */
  trend: z.array(TrendPointSchema).optional(),
});

/**
 * The result of `check()`: plain JSON, the same for the same input.
 *
 * @category Check
 * @example
 * ```ts
 * const report: CheckReport = await check(project, { now: '2025-06-02T09:00:00Z' });
 * console.log(report.counts.bySeverity.error, 'errors');
 * ```
 *
 * @interface
 */
export type CheckReport = DeepReadonly<z.output<typeof CheckReportSchema>>;

/**
 * The stable id of an issue: `cp-` and a FNV-1a 64-bit fingerprint of the
 * rule id, subject type and subject id. The same problem keeps its id from
 * one check to the next, so a front end can remember what a user dismissed.
 *
 * @category Check
 * @example `issueId('quiet-members', 'member', 'm-03') // 'cp-…' (16 hex digits)`
 */
export function issueId(ruleId: string, subjectType: string, subjectId: string): string {
  if (issueIdCount >= ISSUE_ID_CACHE_LIMIT) clearIssueIds();
  return issueIdEntry(
    subjectIds(rulesIssueIds(ruleId), subjectType),
    ruleId,
    subjectType,
    subjectId,
  ).id;
}

/** A remembered issue id, and the last round (see {@link IssueIds}) that handed it out. */
interface IssueIdEntry {
  readonly id: string;
  round: number;
}

type IdsByType = Map<string, Map<string, IssueIdEntry>>;

// Front ends re-check the same project again and again; remembering the ids
// saves hashing them each time. Looked up by the three strings as they are,
// not a key joined from them: joining makes a new string to hash for every
// issue of every check. Bounded, and a pure function of the key.
const issueIds = new Map<string, IdsByType>();
let issueIdCount = 0;
const ISSUE_ID_CACHE_LIMIT = 50_000;
let issueIdRound = 0;

function clearIssueIds(): void {
  issueIds.clear();
  issueIdCount = 0;
}

function rulesIssueIds(ruleId: string): IdsByType {
  let byType = issueIds.get(ruleId);
  if (byType === undefined) {
    byType = new Map();
    issueIds.set(ruleId, byType);
  }
  return byType;
}

function subjectIds(byType: IdsByType, subjectType: string): Map<string, IssueIdEntry> {
  let bySubject = byType.get(subjectType);
  if (bySubject === undefined) {
    bySubject = new Map();
    byType.set(subjectType, bySubject);
  }
  return bySubject;
}

function issueIdEntry(
  bySubject: Map<string, IssueIdEntry>,
  ruleId: string,
  subjectType: string,
  subjectId: string,
): IssueIdEntry {
  let entry = bySubject.get(subjectId);
  if (entry === undefined) {
    entry = { id: `cp-${fnv1a64(`${ruleId}\u0000${subjectType}\u0000${subjectId}`)}`, round: 0 };
    bySubject.set(subjectId, entry);
    issueIdCount++;
  }
  return entry;
}

/**
 * The ids of one rule's issues in one check, each handed out once: a
 * findings list that names a subject twice gets `undefined` the second
 * time, so a check needs no set of the ids it has seen. Used by one
 * synchronous pass over the rule's findings; the remembered ids are never
 * cleared during it (the cache may overrun its bound by one rule's issues),
 * as that would forget which were handed out.
 *
 * @internal
 * @example `const ids = new IssueIds('quiet-members'); ids.next('member', 'm-03') // 'cp-…', then undefined`
 */
export class IssueIds {
  private readonly byType: IdsByType;
  private readonly round: number;
  // A rule's subjects are nearly always of one type.
  private lastType: string | undefined;
  private lastBySubject: Map<string, IssueIdEntry> | undefined;

  constructor(private readonly ruleId: string) {
    if (issueIdCount >= ISSUE_ID_CACHE_LIMIT) clearIssueIds();
    this.byType = rulesIssueIds(ruleId);
    this.round = ++issueIdRound;
  }

  /** The issue id of this subject, or `undefined` when this pass already handed it out. */
  next(subjectType: string, subjectId: string): string | undefined {
    let bySubject = this.lastBySubject;
    if (subjectType !== this.lastType || bySubject === undefined) {
      bySubject = subjectIds(this.byType, subjectType);
      this.lastType = subjectType;
      this.lastBySubject = bySubject;
    }
    const entry = issueIdEntry(bySubject, this.ruleId, subjectType, subjectId);
    if (entry.round === this.round) return undefined;
    entry.round = this.round;
    return entry.id;
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders issues: severity (error first), section in framework order, rule
 * id, subject pointer, subject id.
 *
 * @internal
 *
 * @example `[...report.issues].sort(issueComparator(ruleSet.sections))`
 */
export function issueComparator(
  sections: readonly string[],
): (a: FlaggedIssue, b: FlaggedIssue) => number {
  const byRule = ruleIssueComparator(sections);
  return (a, b) => byRule(a, b) || compareIssuesOfOneRule(a, b);
}

/**
 * The part of {@link issueComparator} that only the rule decides (severity,
 * section, rule id): a check orders its rules' runs of issues with it once
 * per rule set, as each rule's issues share those.
 *
 * @internal
 * @example `[...report.outcomes].sort(ruleIssueComparator(ruleSet.sections))`
 */
export function ruleIssueComparator(
  sections: readonly string[],
): (
  a: Pick<FlaggedIssue, 'severity' | 'section' | 'ruleId'>,
  b: Pick<FlaggedIssue, 'severity' | 'section' | 'ruleId'>,
) => number {
  const sectionIndex = (s: string) => {
    const i = sections.indexOf(s);
    return i < 0 ? sections.length : i;
  };
  return (a, b) =>
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    sectionIndex(a.section) - sectionIndex(b.section) ||
    compare(a.section, b.section) ||
    compare(a.ruleId, b.ruleId);
}

/**
 * The order of one rule's issues (which share severity, section and rule):
 * subject pointer, subject id, issue id. What {@link issueComparator} does
 * once those are equal, without comparing them again.
 *
 * @internal
 * @example `report.issues.filter((i) => i.ruleId === 'quiet-members').sort(compareIssuesOfOneRule)`
 */
export function compareIssuesOfOneRule(a: FlaggedIssue, b: FlaggedIssue): number {
  return (
    comparePointers(a.subject.pointer, b.subject.pointer) ||
    compare(a.subject.id, b.subject.id) ||
    compare(a.id, b.id)
  );
}

const DIGITS = /^\d+$/;

/** Whether `text` holds only digits from `from` up to `to`, and at least one. */
function digitsOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Whether a segment of digits has no leading zero (leading zeros are rare;
 * such a number is compared as its plain digits). Not a closure inside
 * {@link comparePointers}, which sorting a big group's issues calls thousands of times.
 */
function plainNumber(text: string, from: number, to: number): boolean {
  return text.charCodeAt(from) !== 48 || to - from === 1;
}

/**
 * Pointers sort by segment, numbers numerically, so `/x/10` follows `/x/9`.
 * Compared in place: only the first segment that differs is looked at, and
 * nothing is copied, as sorting a big group's issues compares thousands.
 */
function comparePointers(a: string, b: string): number {
  if (a === b) return 0;
  const shorter = Math.min(a.length, b.length);
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const start = i === 0 ? 0 : a.lastIndexOf('/', i - 1) + 1;
  let endA = a.indexOf('/', start);
  if (endA < 0) endA = a.length;
  let endB = b.indexOf('/', start);
  if (endB < 0) endB = b.length;
  // The same segment, and one pointer ends there: the shorter comes first.
  if (endA - start === endB - start && i >= endA) return a.length - b.length;
  const numberA = digitsOnly(a, start, endA);
  const numberB = digitsOnly(b, start, endB);
  if (numberA && numberB && plainNumber(a, start, endA) && plainNumber(b, start, endB)) {
    // Plain whole numbers: the longer is bigger; of equal length, the first different digit decides.
    return endA - start !== endB - start
      ? endA - start - (endB - start)
      : a.charCodeAt(i) - b.charCodeAt(i);
  }
  if (!numberA && !numberB) {
    // Text: from the first different character, or the shorter segment first.
    return i < endA && i < endB ? a.charCodeAt(i) - b.charCodeAt(i) : endA - endB;
  }
  return compareSegments(a.slice(start), b.slice(start));
}

/** The rare cases (numbers with leading zeros, a number against text), segment by segment. */
function compareSegments(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let k = 0; k < Math.min(as.length, bs.length); k++) {
    const x = as[k]!;
    const y = bs[k]!;
    const xNumber = DIGITS.test(x);
    const yNumber = DIGITS.test(y);
    if (xNumber && yNumber) {
      const order = Number(x) - Number(y);
      if (order !== 0) return order;
      continue;
    }
    const order = compare(xNumber ? String(Number(x)) : x, yNumber ? String(Number(y)) : y);
    if (order !== 0) return order;
  }
  return as.length - bs.length;
}

/**
 * Counts a report's issues and rules: the one definition of every number a
 * report shows (see {@link ReportCounts}). `check()` fills `counts` with
 * it, `filterReport` recounts with it, and the text, Markdown and HTML
 * reports print its numbers.
 *
 * @category Check
 * @example `countReport(report.issues, report.outcomes, Object.keys(report.counts.bySection)).issues`
 */
export function countReport(
  issues: readonly FlaggedIssue[],
  outcomes: readonly RuleOutcome[],
  sections: readonly string[],
): ReportCounts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byOutcome: Record<CheckOutcome, number> = {
    flagged: 0,
    'needs-review': 0,
    passed: 0,
    'not-applicable': 0,
  };
  const bySection: Record<string, number> = {};
  const used = new Set(outcomes.map((o) => o.section));
  for (const section of sections) if (used.has(section)) bySection[section] = 0;
  const rules = new Set<string>();
  let needsReview = 0;
  // A report lists each rule's issues together, so issues come in runs of
  // one rule, section and severity: each run is counted, then added once.
  let run = 0;
  let runRule: string | undefined;
  let runSection = '';
  let runSeverity: Severity = 'error';
  for (const issue of issues) {
    if (
      run > 0 &&
      (issue.ruleId !== runRule || issue.section !== runSection || issue.severity !== runSeverity)
    ) {
      bySeverity[runSeverity] += run;
      bySection[runSection] = (bySection[runSection] ?? 0) + run;
      run = 0;
    }
    if (run === 0) {
      if (issue.ruleId !== runRule) rules.add(issue.ruleId);
      runRule = issue.ruleId;
      runSection = issue.section;
      runSeverity = issue.severity;
    }
    run += 1;
    if (issue.outcome === 'needs-review') needsReview += 1;
  }
  if (run > 0) {
    bySeverity[runSeverity] += run;
    bySection[runSection] = (bySection[runSection] ?? 0) + run;
  }
  for (const outcome of outcomes) byOutcome[outcome.outcome] += 1;
  return {
    issues: issues.length,
    rules: rules.size,
    needsReview,
    bySeverity,
    byOutcome,
    bySection,
  };
}
