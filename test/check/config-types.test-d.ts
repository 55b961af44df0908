import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  type CouncilConfig,
  parseCouncilConfig,
  parseRuleFile,
  type RuleFile,
  type Severity,
} from '../../src/index.js';
import {
  CouncilConfigSchema,
  type EvidenceSettings,
  type LeafCondition,
  type MessageOverride,
  type ParameterValue,
  type RuleCondition,
  RuleConditionSchema,
  type RuleFileSchema,
  type RuleScope,
  type RuleSetting,
  type RuleSettingSchema,
  type RuleTestFileSchema,
  type TopCondition,
} from '../../src/schemas.js';
import type { RuleTestCase } from '../../src/testing.js';

/** The condition grammar's types as they were written by hand before they were derived from its schema. */
type HandWrittenCondition =
  | { readonly all: readonly HandWrittenCondition[] }
  | { readonly any: readonly HandWrittenCondition[] }
  | { readonly not: HandWrittenCondition }
  | LeafCondition;
type HandWrittenTopCondition =
  | { readonly all: readonly HandWrittenCondition[] }
  | { readonly any: readonly HandWrittenCondition[] }
  | { readonly not: HandWrittenCondition };

describe('configuration types, derived from their schemas', () => {
  it('take what the schemas give back', () => {
    expectTypeOf<z.output<typeof CouncilConfigSchema>>().toMatchTypeOf<CouncilConfig>();
    expectTypeOf(CouncilConfigSchema.parse({})).toMatchTypeOf<CouncilConfig>();
    expectTypeOf<z.output<typeof RuleFileSchema>>().toMatchTypeOf<RuleFile>();
    expectTypeOf<z.output<typeof RuleSettingSchema>>().toMatchTypeOf<RuleSetting>();
    const parsed = parseCouncilConfig({ rules: { 'quiet-members': 'off' } });
    if (parsed.success) expectTypeOf(parsed.value).toEqualTypeOf<CouncilConfig>();
    const rule = parseRuleFile({});
    if (rule.success) expectTypeOf(rule.value).toEqualTypeOf<RuleFile>();
  });

  it('keep the unions the hand-written types had, not plain strings', () => {
    expectTypeOf<RuleFile['scope']>().toEqualTypeOf<RuleScope>();
    expectTypeOf<RuleFile['severity']>().toEqualTypeOf<Severity>();
    expectTypeOf<RuleSetting>().toMatchTypeOf<
      | 'off'
      | Severity
      | {
          readonly severity?: Severity | undefined;
          readonly parameters?: Readonly<Record<string, ParameterValue>> | undefined;
          readonly messages?: MessageOverride | undefined;
        }
    >();
    expectTypeOf<'off'>().toMatchTypeOf<RuleSetting>();
    expectTypeOf<'warning'>().toMatchTypeOf<RuleSetting>();
    expectTypeOf<'warn'>().not.toMatchTypeOf<RuleSetting>();
    expectTypeOf<ParameterValue>().toEqualTypeOf<number | string | boolean | readonly string[]>();
    expectTypeOf<RuleFile['conditions']>().toMatchTypeOf<TopCondition>();
    expectTypeOf<LeafCondition['operator']>().toEqualTypeOf<string>();
    expectTypeOf<EvidenceSettings['minCommunityAuthors']>().toEqualTypeOf<number | undefined>();
  });

  it('derive the recursive condition types from the grammar, with the shapes they had by hand', () => {
    expectTypeOf<z.output<typeof RuleConditionSchema>>().toMatchTypeOf<RuleCondition>();
    expectTypeOf<RuleCondition>().toEqualTypeOf<HandWrittenCondition>();
    expectTypeOf<TopCondition>().toEqualTypeOf<HandWrittenTopCondition>();
    expectTypeOf(
      RuleConditionSchema.parse({ not: { fact: 'ideaCount', operator: 'equal', value: 0 } }),
    ).toMatchTypeOf<RuleCondition>();
    const change = (root: TopCondition) => {
      // @ts-expect-error a condition's lists are read-only, at every depth
      if ('all' in root) root.all.push(root.all[0]!);
      // @ts-expect-error and so are its fields
      if ('not' in root && 'fact' in root.not) root.not.fact = 'ideaCount';
    };
    expectTypeOf(change).toBeFunction();
  });

  it('let a rule test file say no more than a rule test case written in code', () => {
    // RuleTestCase is wider than the file's schema (a Date `now`, RegExp
    // messages, a whole project), so it stays written by hand; a case read
    // from a file, its unset fields dropped, must still be one.
    type FileCase = NonNullable<z.output<typeof RuleTestFileSchema>['valid']>[number];
    type Given<T> = { [K in keyof T]: Exclude<T[K], undefined> };
    expectTypeOf<keyof FileCase>().toMatchTypeOf<keyof RuleTestCase>();
    expectTypeOf<Given<Omit<FileCase, 'project'>>>().toMatchTypeOf<Omit<RuleTestCase, 'project'>>();
  });

  it('accept what a council writes', () => {
    const config: CouncilConfig = {
      extends: ['coproduce:recommended'],
      rules: { 'quiet-members': { severity: 'info', parameters: { quietMeetings: 2 } } },
      evidence: { placeholders: { replace: ['tbc'] }, minCommunityAuthors: 2 },
      locale: 'cy',
    };
    expectTypeOf(config).toEqualTypeOf<CouncilConfig>();
  });

  it('are read-only at every depth', () => {
    const config: CouncilConfig = { extends: [], rules: { 'quiet-members': 'off' } };
    const change = (rule: RuleFile) => {
      // @ts-expect-error a configuration's fields are read-only
      config.locale = 'cy';
      // @ts-expect-error and its lists
      config.extends?.push('coproduce:all');
      // @ts-expect-error and its records
      if (config.rules) config.rules['quiet-members'] = 'error';
      // @ts-expect-error a rule's lists too
      rule.questions.push('honesty.open-to-change');
    };
    expectTypeOf(change).toBeFunction();
  });
});
