/**
 * The shapes of rule files, rule-set presets and council configuration
 * files, as zod schemas, with the structural checks zod cannot express
 * (prototype keys, nesting limits, the condition grammar).
 *
 * Checks that need the fact catalogue or the question catalogue (unknown
 * facts, operators, placeholders, question ids) happen when a rule set is
 * compiled, in `compile.ts`, because a configuration can change a rule's
 * parameters and messages first.
 *
 * @module
 */
import * as z from 'zod';
import { type ProblemDetail, problem } from '../model/errors.js';
import { StageSchema } from '../model/project.js';
import type { DeepReadonly } from '../model/readonly.js';
import { zodProblems } from '../model/zod-problems.js';
import { DECLARATION_KEYS, DefineSchema } from './declarative/schema.js';
import { ruleDocsProblem } from './docs-links.js';
import { formatNumber } from './messages.js';
import { describePathProblem, PROTOTYPE_KEYS } from './path.js';
import { MAX_RULE_PROBLEMS, MAX_RULE_SUGGESTIONS, ProblemCollector } from './problems.js';
import { closestMatch } from './suggest.js';
import { RULE_SCOPES, type RuleScope, SEVERITIES, type Severity } from './types.js';

/** Severities and scopes as zod enums typed with their unions (the arrays are typed as lists). */
const SeverityEnum = z.enum(SEVERITIES as readonly Severity[] as [Severity, ...Severity[]]);
const ScopeEnum = z.enum(RULE_SCOPES as readonly RuleScope[] as [RuleScope, ...RuleScope[]]);

/**
 * The limits every rule and configuration file must keep. They bound the
 * work a hostile or mistaken file can cause.
 *
 * @category Customisation
 * @example `RULE_LIMITS.maxRules // 500`
 */
export const RULE_LIMITS = Object.freeze({
  /** Rules in one compiled rule set. */
  maxRules: 500,
  /** Nesting of `all` / `any` / `not` in one rule. */
  maxConditionDepth: 8,
  /** Leaf conditions in one rule. */
  maxConditionsPerRule: 100,
  /** Entries in one rule's `facts` (facts read only for messages and evidence). */
  maxMessageFacts: 20,
  /** Characters in any one string. */
  maxStringLength: 2000,
  /** Characters in an id. */
  maxIdLength: 64,
  /** Nesting of JSON objects and lists in one file. */
  maxJsonDepth: 32,
  /** Values (objects, lists, strings, numbers, booleans, nulls) in one file. */
  maxJsonValues: 200_000,
  /** Entries in one configuration's `rules`, and in each language's `messages` (refused before any is read). */
  maxRuleSettings: 1000,
  /** Languages in one configuration's `messages`. */
  maxLocales: 20,
  /**
   * Problems listed in one error or parse result about rule and
   * configuration files; the last listed one then says how many more there
   * are.
   */
  maxProblems: MAX_RULE_PROBLEMS,
  /** Problems, among the first listed, that may carry a "did you mean" suggestion. */
  maxSuggestions: MAX_RULE_SUGGESTIONS,
});

const notPrototypeKey = (value: string) => !PROTOTYPE_KEYS.has(value);
const PROTOTYPE_MESSAGE = `must not be ${[...PROTOTYPE_KEYS].map((k) => `"${k}"`).join(', ')}`;

const kebabId = (what: string) =>
  z
    .string()
    .min(1)
    .max(RULE_LIMITS.maxIdLength)
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
      message: `${what} must be kebab-case: lower-case letters and digits joined by single hyphens, like "quiet-members"`,
    })
    .refine(notPrototypeKey, { message: PROTOTYPE_MESSAGE });

const camelName = (what: string) =>
  z
    .string()
    .min(1)
    .max(RULE_LIMITS.maxIdLength)
    .regex(/^[a-z][A-Za-z0-9]*$/, {
      message: `${what} must be camelCase letters and digits, starting with a lower-case letter, like "quietMeetings"`,
    })
    .refine(notPrototypeKey, { message: PROTOTYPE_MESSAGE });

const text = z.string().min(1).max(RULE_LIMITS.maxStringLength);

/**
 * A link as rule files may write it: `http://` or `https://`, then printable
 * ASCII other than space, `"`, `'`, `<`, `>`, `\\` and `` ` ``.
 */
const SAFE_LINK = /^https?:\/\/[!#-&(-;=?-[\]-_a-~]+$/;

/**
 * A rule id: kebab-case, at most 64 characters; the rule's file name.
 *
 * @category Customisation
 * @example `RuleIdSchema.parse('quiet-members')`
 */
export const RuleIdSchema = kebabId('a rule id');

/**
 * A rule set name (`readiness`, `during`, `honesty`, `governance`, or a
 * council's own).
 *
 * @category Customisation
 * @example `RuleSetNameSchema.parse('during')`
 */
export const RuleSetNameSchema = kebabId('a rule set name');

/**
 * A rule parameter name, camelCase. `subject` is reserved for the subject's
 * label in messages.
 *
 * @category Customisation
 * @example `ParameterNameSchema.parse('quietMeetings')`
 */
export const ParameterNameSchema = camelName('a parameter name').refine((v) => v !== 'subject', {
  message: '"subject" is reserved for the subject\'s label in messages',
});

/**
 * A fact id from the fact catalogue, camelCase.
 *
 * @category Customisation
 * @example `FactIdSchema.parse('quietMembers')`
 */
export const FactIdSchema = camelName('a fact id');

/**
 * A locale tag such as `en-GB` or `cy`.
 *
 * @category Customisation
 * @example `LocaleSchema.parse('cy-GB')`
 */
export const LocaleSchema = z
  .string()
  .max(35)
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    message: 'must be a language tag like "en-GB" or "cy"',
  });

/**
 * A time of day, `HH:MM`, 24-hour clock.
 *
 * @category Customisation
 * @example `TimeOfDaySchema.parse('09:30')`
 */
export const TimeOfDaySchema = z
  .string()
  .regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'must be a time of day like "09:30"' });

const stringList = z.array(text).max(100);

const parameterBase = {
  unit: z.string().min(1).max(64).optional(),
  description: text,
};

function withRange<T extends z.ZodType<number>>(value: T) {
  return {
    default: value,
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    enum: z.array(z.number()).min(1).max(100).optional(),
  };
}

/**
 * A rule parameter: a named, documented value a council can change.
 * `time` is a time of day, `HH:MM`; `enum` lists the allowed values (for
 * `string-list`, the allowed items).
 *
 * @category Customisation
 * @example
 * ```ts
 * RuleParameterSchema.parse({ type: 'integer', default: 3, minimum: 1, unit: 'meetings', description: 'Meetings in a row.' });
 * ```
 */
export const RuleParameterSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('integer'), ...parameterBase, ...withRange(z.int()) }),
  z.strictObject({ type: z.literal('number'), ...parameterBase, ...withRange(z.number()) }),
  z.strictObject({
    type: z.literal('string'),
    ...parameterBase,
    default: text,
    enum: z.array(text).min(1).max(100).optional(),
  }),
  z.strictObject({ type: z.literal('boolean'), ...parameterBase, default: z.boolean() }),
  z.strictObject({
    type: z.literal('string-list'),
    ...parameterBase,
    default: stringList,
    enum: z.array(text).min(1).max(100).optional(),
  }),
  z.strictObject({ type: z.literal('time'), ...parameterBase, default: TimeOfDaySchema }),
]);

/**
 * A rule parameter definition.
 *
 * @category Customisation
 * @example `const p: RuleParameter = { type: 'number', default: 0.5, minimum: 0, maximum: 1, description: 'Share.' };`
 */
export type RuleParameter = DeepReadonly<z.output<typeof RuleParameterSchema>>;

/**
 * The types a rule parameter can have.
 *
 * @category Customisation
 * @example `const t: RuleParameterType = 'string-list';`
 */
export type RuleParameterType = RuleParameter['type'];

/**
 * A parameter's value: a number, text, true/false or a list of text.
 *
 * @category Customisation
 * @example `const v: ParameterValue = ['mon', 'tue'];`
 */
export type ParameterValue = DeepReadonly<z.output<typeof ParameterValueSchema>>;

/**
 * Any parameter value, as accepted in a configuration file.
 *
 * @category Customisation
 * @example `ParameterValueSchema.parse(['behaviour', 'language'])`
 */
export const ParameterValueSchema = z.union([
  z.number(),
  z.string().max(RULE_LIMITS.maxStringLength),
  z.boolean(),
  stringList,
]);

/**
 * `{ "param": "name" }`: replaced, when the rule set is compiled, by the
 * parameter's effective value.
 *
 * @category Customisation
 * @example `ParamRefSchema.parse({ param: 'quietMeetings' })`
 */
export const ParamRefSchema = z.strictObject({ param: ParameterNameSchema });

const scalarLiteral = z.union([
  z.string().max(RULE_LIMITS.maxStringLength),
  z.number(),
  z.boolean(),
]);
const literal = z.union([scalarLiteral, z.array(scalarLiteral).max(100)]);
const factParamValue = z.union([literal, ParamRefSchema]);
const FactParamNameSchema = camelName('a fact parameter name');
const factParams = z.record(FactParamNameSchema, factParamValue);
/** An operator's name; whether the operator exists is checked when the rule set is compiled. */
const OperatorNameSchema = z.string().min(1).max(64);

/**
 * `{ "fact": "id", "params"?: {...} }` as a condition's value: compare with
 * another fact.
 *
 * @category Customisation
 * @example `FactRefSchema.parse({ fact: 'activeMemberCount' })`
 */
export const FactRefSchema = z.strictObject({ fact: FactIdSchema, params: factParams.optional() });

/**
 * A literal, `{ "param" }` or `{ "fact" }` value, as used in a leaf condition.
 *
 * @category Customisation
 * @example `const v: ConditionValue = { param: 'maxShare' };`
 */
export type ConditionValue = LeafCondition['value'];

/**
 * A fact parameter's value in a condition: a literal or `{ "param" }`.
 *
 * @category Customisation
 * @example `const v: FactParamValue = { param: 'recentMeetings' };`
 */
export type FactParamValue = NonNullable<LeafCondition['params']>[string];

/**
 * A leaf condition: `fact` (with `params` and an optional dot `path`)
 * compared with `value` by `operator`.
 *
 * @category Customisation
 * @example
 * ```ts
 * const leaf: LeafCondition = { fact: 'quietMembers', params: { meetings: 3 }, operator: 'notEmpty', value: true };
 * ```
 *
 * @interface
 */
export type LeafCondition = DeepReadonly<z.output<typeof LeafConditionSchema>>;

/**
 * A condition: `all` / `any` of a list, `not` of one, or a leaf. The root of
 * a rule's conditions is always `all`, `any` or `not`.
 *
 * @category Customisation
 * @example `const c: RuleCondition = { any: [{ fact: 'ideaCount', operator: 'equal', value: 0 }] };`
 */
export type RuleCondition =
  | { readonly all: readonly RuleCondition[] }
  | { readonly any: readonly RuleCondition[] }
  | { readonly not: RuleCondition }
  | LeafCondition;

/**
 * The root of a rule's conditions.
 *
 * @category Customisation
 * @example
 * ```ts
 * // Flagged when no ideas are recorded after three past activities.
 * const root: TopCondition = {
 *   all: [
 *     { fact: 'ideaCount', operator: 'equal', value: 0 },
 *     { fact: 'pastActivityCount', operator: 'greaterThanInclusive', value: 3 },
 *   ],
 * };
 * ```
 */
export type TopCondition =
  | { readonly all: readonly RuleCondition[] }
  | { readonly any: readonly RuleCondition[] }
  | { readonly not: RuleCondition };

const LeafConditionSchema = z.strictObject({
  fact: FactIdSchema,
  operator: OperatorNameSchema,
  value: z.union([literal, ParamRefSchema, FactRefSchema]),
  params: factParams.optional(),
  path: z.string().max(200).optional(),
});

/**
 * The condition grammar, for JSON Schema, documentation and the types.
 * Parsing uses a walker (`conditionProblems`) because a union's error
 * ("matches none of the shapes") would not say what is wrong; a property
 * test keeps the two in agreement (the walker refuses more only for its
 * own limits: nesting, number of conditions, plain dot paths).
 *
 * @category Customisation
 * @example
 * ```ts
 * RuleConditionSchema.safeParse({ all: [{ fact: 'activeMemberCount', operator: 'lessThan', value: 4 }] }).success; // true
 * RuleConditionSchema.safeParse({ all: [] }).success; // false: a group of conditions needs at least one
 * ```
 */
export const RuleConditionSchema: z.ZodType<RuleCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(RuleConditionSchema).min(1) }),
    z.strictObject({ any: z.array(RuleConditionSchema).min(1) }),
    z.strictObject({ not: RuleConditionSchema }),
    LeafConditionSchema,
  ]),
);

const TopConditionSchema: z.ZodType<TopCondition> = z.union([
  z.strictObject({ all: z.array(RuleConditionSchema).min(1) }),
  z.strictObject({ any: z.array(RuleConditionSchema).min(1) }),
  z.strictObject({ not: RuleConditionSchema }),
]);

/**
 * One entry of a rule's `facts`: a fact the rule reads for its messages and
 * evidence only, `{ "fact": "id", "params"?: {...} }`. Its params may be
 * `{ "param": "name" }` as in conditions. It never decides the outcome:
 * only the conditions do, so a `null` value here changes nothing but the
 * text (it shows as "(not recorded)").
 *
 * @category Customisation
 * @example `MessageFactSchema.parse({ fact: 'topContributors', params: { top: { param: 'topMembers' }, recentMeetings: 6 } })`
 */
export const MessageFactSchema = FactRefSchema;

/**
 * One entry of a rule's `facts`.
 *
 * @category Customisation
 * @example `const f: MessageFact = { fact: 'responsibilityCount' };`
 *
 * @interface
 */
export type MessageFact = DeepReadonly<z.output<typeof MessageFactSchema>>;

/**
 * A rule's messages. `flagged`, `needsReview` and `action` may use
 * `{placeholder}`s: a parameter, `subject`, a key of the findings data or a
 * fact the rule reads (in its conditions or its `facts`); `{x:percent}` and
 * `{x:list}` format them.
 *
 * @category Customisation
 * @example `RuleMessagesSchema.parse({ flagged: '{subject} is quiet.', action: 'Talk with {subject}.' })`
 */
export const RuleMessagesSchema = z.strictObject({
  flagged: text,
  needsReview: text.optional(),
  action: text,
});

/**
 * One rule file, `rules/<set>/<id>.json`. See `docs/contributing/rules-design.md`.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const rule = RuleFileSchema.parse(JSON.parse(await readFile('rules/during/quiet-members.json', 'utf8')));
 * rule.scope; // 'member'
 * ```
 */
export const RuleFileSchema = z.strictObject({
  /** A JSON Schema address for editors; kept, never read. */
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  /** A note for the people who keep the file; kept, never read. */
  $comment: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  id: RuleIdSchema,
  set: RuleSetNameSchema,
  /** Raised whenever the rule's meaning changes; reports name it. */
  version: z.int().min(1).max(1_000_000),
  title: text,
  /** Framework question ids (see `rules/questions.json`) the rule encodes. */
  questions: z.array(z.string().min(1).max(RULE_LIMITS.maxIdLength)).min(1).max(20),
  section: text,
  scope: ScopeEnum,
  /** Stages the rule applies to; absent means every stage. */
  stages: z.array(StageSchema).min(1).max(5).optional(),
  severity: SeverityEnum,
  parameters: z.record(ParameterNameSchema, RuleParameterSchema).optional(),
  /**
   * Declarative facts the rule reads: counts, shares, dates and findings
   * over the project's collections, written as data (see the guide
   * "Declarative facts"). Each name is used like a fact of the catalogue.
   */
  define: DefineSchema.optional(),
  conditions: TopConditionSchema,
  /** For subject rules: the findings fact whose findings become issues. */
  subjects: z.strictObject({ fact: FactIdSchema }).optional(),
  /**
   * Facts read only for the messages and the evidence, never for the
   * outcome: each may be a message placeholder and is listed in every
   * issue's `evidence.facts`.
   */
  facts: z.array(MessageFactSchema).max(RULE_LIMITS.maxMessageFacts).optional(),
  messages: RuleMessagesSchema,
  rationale: text,
  /**
   * What counts as evidence that the rule's question is answered, in plain
   * words: the rule passes only on this, and says "needs review" when it is
   * missing, a placeholder or only the staff's word. Shown on the rule's page.
   */
  evidence: text.optional(),
  tags: z.array(kebabId('a tag')).max(20).optional(),
  /**
   * A page about the rule: an `http` or `https` URL written in plain ASCII,
   * without spaces, quotes, angle brackets, backslashes, backticks or
   * control characters (percent-encode them: `%20` for a space), so the
   * link is the same wherever a report shows it.
   */
  docs: z
    .string()
    .max(RULE_LIMITS.maxStringLength)
    // Checked as written, before the URL check (which would trim it and drop line breaks).
    .regex(SAFE_LINK, {
      message:
        'must be an http:// or https:// link written without spaces, quotes, angle brackets, backslashes, backticks, control characters or letters outside plain ASCII: percent-encode them (%20 for a space)',
    })
    .pipe(z.url({ protocol: /^https?$/ }))
    .optional(),
});

/**
 * A rule file as written.
 *
 * @category Customisation
 * @example `const scope = (rule: RuleFile) => rule.scope;`
 *
 * @interface
 */
export type RuleFile = DeepReadonly<z.output<typeof RuleFileSchema>>;

/** The rule schema for parsing: conditions are checked by the walker. */
const RuleFileParseSchema = RuleFileSchema.extend({ conditions: z.unknown() });

/**
 * A rule-set preset, `rules/presets/<id>.json`: a named list of built-in
 * rules to enable, or `"*"` for all of them. Configurations name presets as
 * `coproduce:<id>` in `extends`.
 *
 * @category Customisation
 * @example `RuleSetPresetSchema.parse({ id: 'all', description: 'Every rule.', rules: '*' })`
 */
export const RuleSetPresetSchema = z.strictObject({
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  /** A note for the people who keep the file; kept, never read. */
  $comment: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  id: kebabId('a preset id'),
  description: text,
  rules: z.union([z.literal('*'), z.array(RuleIdSchema).max(RULE_LIMITS.maxRules)]),
});

/**
 * A rule-set preset.
 *
 * @category Customisation
 * @example `const enablesAll = (p: RuleSetPreset) => p.rules === '*';`
 */
export type RuleSetPreset = DeepReadonly<z.output<typeof RuleSetPresetSchema>>;

/**
 * A framework's question catalogue, `questions.json`: the stable id of
 * each question or point of the framework, the section it belongs to (the
 * report's headings), the point in the catalogue's own words, and the kinds
 * of data that can answer it. Rules name these ids in `questions`.
 *
 * @category Customisation
 * @example
 * ```ts
 * QuestionCatalogueSchema.parse({
 *   about: 'Our framework.',
 *   questions: [{ id: 'ours.listening', section: 'Listening', point: 'The group is heard' }],
 * });
 * ```
 */
export const QuestionCatalogueSchema = z.strictObject({
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  /** What the catalogue is, and how it relates to the framework's own words. */
  about: text.optional(),
  /** The framework document it encodes. */
  source: text.optional(),
  /** How a rule cites the framework, such as "Six principles of co-production (nef / Nesta)". */
  citation: text.optional(),
  questions: z
    .array(
      z.strictObject({
        id: z
          .string()
          .max(RULE_LIMITS.maxIdLength)
          .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, {
            message:
              'must be a question id of dot-separated words, like "during.everyone-contributes"',
          }),
        section: text,
        point: text,
        evidence: z.array(text).max(20).optional(),
        reflective: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(RULE_LIMITS.maxRules),
});

/**
 * A framework's question catalogue.
 *
 * @category Customisation
 * @example `const ids = (c: QuestionCatalogueFile) => c.questions.map((q) => q.id);`
 */
export type QuestionCatalogueFile = DeepReadonly<z.output<typeof QuestionCatalogueSchema>>;

/**
 * Checks a question catalogue file: its shape, and that no id is used twice.
 *
 * @category Customisation
 * @example `parseQuestionCatalogue(JSON.parse(text), { file: 'council-rules/questions.json' })`
 */
export function parseQuestionCatalogue(
  raw: unknown,
  options: { file?: string } = {},
): ParseResult<QuestionCatalogueFile> {
  const origin: Origin = { file: options.file };
  const rawProblems = rawJsonProblems(raw, origin);
  if (rawProblems.length > 0) return { success: false, problems: rawProblems };
  const result = QuestionCatalogueSchema.safeParse(raw, { reportInput: true });
  if (!result.success)
    return { success: false, problems: withOrigin(zodProblems(result.error), origin) };
  const seen = new Set<string>();
  const problems: ProblemDetail[] = [];
  result.data.questions.forEach((q, i) => {
    if (seen.has(q.id))
      problems.push(
        located(origin, ['questions', i, 'id'], `the question id "${q.id}" is used twice`),
      );
    seen.add(q.id);
  });
  if (problems.length > 0) return { success: false, problems };
  return { success: true, value: result.data };
}

/**
 * Replacement texts for one rule; unset keys keep the rule's own text.
 *
 * @category Customisation
 * @example `MessageOverrideSchema.parse({ action: 'Ask the chair to use rounds.' })`
 */
export const MessageOverrideSchema = z.strictObject({
  title: text.optional(),
  flagged: text.optional(),
  needsReview: text.optional(),
  action: text.optional(),
});

/**
 * Replacement texts for one rule.
 *
 * @category Customisation
 * @example `const o: MessageOverride = { title: 'Quiet members' };`
 */
export type MessageOverride = DeepReadonly<z.output<typeof MessageOverrideSchema>>;

/**
 * A framework pack's messages in one language, `messages/<locale>.json`:
 * the rules' texts in that language, and whether a speaker of it has
 * reviewed them. A council's own `messages` for the same rule and locale
 * win over the pack's.
 *
 * @category Customisation
 * @example
 * ```ts
 * PackMessagesSchema.parse({
 *   locale: 'cy',
 *   review: 'awaiting',
 *   rules: { 'strengths-recorded': { title: 'Ni wyddom beth mae aelod yn dda am ei wneud' } },
 * });
 * ```
 */
export const PackMessagesSchema = z.strictObject({
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  locale: LocaleSchema,
  /** What the file is, and who translated it. */
  about: text.optional(),
  /** `awaiting` until a speaker of the language has reviewed the texts, then `reviewed`. */
  review: z.enum(['awaiting', 'reviewed']),
  /** The pack's section names in this language, by their English name. */
  sections: z.record(text, text).optional(),
  /** The points of the pack's question catalogue in this language, by question id. */
  questions: z.record(z.string().max(RULE_LIMITS.maxIdLength), text).optional(),
  rules: z
    .record(RuleIdSchema, MessageOverrideSchema)
    .refine((rules) => Object.keys(rules).length <= RULE_LIMITS.maxRules, {
      message: `at most ${RULE_LIMITS.maxRules} rules`,
    }),
});

/**
 * A framework pack's messages in one language.
 *
 * @category Customisation
 * @example `const awaiting = (m: PackMessages) => m.review === 'awaiting';`
 */
export type PackMessages = DeepReadonly<z.output<typeof PackMessagesSchema>>;

/**
 * Checks a framework pack's messages file.
 *
 * @category Customisation
 * @example `parsePackMessages(JSON.parse(text), { file: 'six-principles/messages/cy.json' })`
 */
export function parsePackMessages(
  raw: unknown,
  options: { file?: string } = {},
): ParseResult<PackMessages> {
  const origin: Origin = { file: options.file };
  const rawProblems = rawJsonProblems(raw, origin);
  if (rawProblems.length > 0) return { success: false, problems: rawProblems };
  const result = PackMessagesSchema.safeParse(raw, { reportInput: true });
  if (!result.success)
    return { success: false, problems: withOrigin(zodProblems(result.error), origin) };
  return { success: true, value: result.data };
}

/**
 * A rule's configuration: `off`, a severity (which also turns the rule on),
 * or an object that may change severity, parameters and en-GB messages
 * (and also turns the rule on).
 *
 * @category Customisation
 * @example `RuleSettingSchema.parse({ severity: 'error', parameters: { quietMeetings: 2 } })`
 */
export const RuleSettingSchema = z.union([
  z.enum(['off', ...SEVERITIES] as ['off', ...Severity[]]),
  z.strictObject({
    severity: SeverityEnum.optional(),
    parameters: z.record(ParameterNameSchema, ParameterValueSchema).optional(),
    messages: MessageOverrideSchema.optional(),
  }),
]);

/**
 * A rule's configuration.
 *
 * @category Customisation
 * @example `const s: RuleSetting = 'off';`
 */
export type RuleSetting = DeepReadonly<z.output<typeof RuleSettingSchema>>;

/**
 * A preset reference (`coproduce:recommended`, `coproduce:all`) or a
 * configuration file path relative to the file that names it.
 *
 * @category Customisation
 * @example `ExtendsEntrySchema.parse('./base.coproduce.json')`
 */
export const ExtendsEntrySchema = z
  .string()
  .min(1)
  .max(1000)
  .refine((v) => !v.startsWith('coproduce:') || /^coproduce:[a-z][a-z0-9-]*$/.test(v), {
    message: 'a preset must be named like "coproduce:recommended"',
  });

/**
 * One placeholder text a council adds: what people in that council write
 * when they have nothing to write yet ("see minutes", "ask Jo").
 */
const PlaceholderTextSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((v) => v.trim().replace(/\.+$/, '').trim() !== '', {
    message: 'must hold a word or a sign: empty text already counts as missing',
  });

/**
 * How strictly a check reads the evidence in a project: `placeholders`
 * adds texts that count as nothing written (a list, added to the built-in
 * list and to any inherited through `extends`) or replaces the whole list
 * (`{ "replace": [...] }`); `minCommunityAuthors` is how many members who
 * are not staff, councillors or partners must have recorded a reflection
 * for it to count as the group's own (default 1).
 *
 * @category Customisation
 * @example
 * ```ts
 * EvidenceSettingsSchema.parse({ placeholders: ['see minutes'], minCommunityAuthors: 2 });
 * EvidenceSettingsSchema.parse({ placeholders: { replace: ['tbc', 'n/a'] } });
 * ```
 */
export const EvidenceSettingsSchema = z.strictObject({
  placeholders: z
    .union([
      z.array(PlaceholderTextSchema).max(500),
      z.strictObject({ replace: z.array(PlaceholderTextSchema).max(500) }),
    ])
    .optional(),
  minCommunityAuthors: z.number().int().min(1).max(50).optional(),
});

/**
 * A configuration's evidence settings (see {@link EvidenceSettingsSchema}).
 *
 * @category Customisation
 * @example `const e: EvidenceSettings = { placeholders: { replace: ['tbc'] }, minCommunityAuthors: 2 };`
 *
 * @interface
 */
export type EvidenceSettings = DeepReadonly<z.output<typeof EvidenceSettingsSchema>>;

/**
 * A council's configuration file. Absent `extends` means
 * `["coproduce:recommended"]`; `[]` starts from no rules. Later `extends`
 * entries win over earlier ones, and the file's own settings win over all.
 *
 * @category Customisation
 * @example
 * ```ts
 * CouncilConfigSchema.parse({
 *   extends: ['coproduce:recommended'],
 *   rules: { 'quiet-members': { parameters: { quietMeetings: 2 } }, 'skills-recorded': 'info' },
 *   locale: 'en-GB',
 * });
 * ```
 */
export const CouncilConfigSchema = z.strictObject({
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  /** A note for the people who keep the file; kept, never read. */
  $comment: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  extends: z.array(ExtendsEntrySchema).max(50).optional(),
  rules: z.record(RuleIdSchema, RuleSettingSchema).optional(),
  /** Rule files or folders, relative to this file; read by `coproduce/node`. */
  ruleFiles: z.array(z.string().min(1).max(1000)).max(100).optional(),
  customRules: z.array(RuleFileSchema).max(RULE_LIMITS.maxRules).optional(),
  /** Message catalogues by locale, then rule id. */
  messages: z.record(LocaleSchema, z.record(RuleIdSchema, MessageOverrideSchema)).optional(),
  /** The locale reports use unless `check()` is given one. Default `en-GB`. */
  locale: LocaleSchema.optional(),
  /** How strictly evidence is read: placeholder texts, who must record a reflection. */
  evidence: EvidenceSettingsSchema.optional(),
  /**
   * Sections of the council's own, shown after the framework's: a custom
   * rule may name one of these in its `section`. Any other section name
   * that is not the framework's is refused as a likely typo.
   */
  sections: z.array(text).max(50).optional(),
  /**
   * Where the default rules' pages are, when the council publishes its own
   * copy of coproduce's rule docs: an http(s) address with `{rule}` (and
   * optionally `{set}`), such as
   * `https://intranet.example.gov.uk/coproduce/rules/{set}.html#{rule}`.
   * Default: each rule's section in coproduce's repository.
   */
  ruleDocs: z
    .string()
    .max(1000)
    .superRefine((value, ctx) => {
      const why = ruleDocsProblem(value);
      if (why !== undefined) ctx.addIssue({ code: 'custom', message: why });
    })
    .optional(),
});

/**
 * A council's configuration.
 *
 * @category Customisation
 * @example `const config: CouncilConfig = { rules: { 'quiet-members': 'off' } };`
 *
 * @interface
 */
export type CouncilConfig = DeepReadonly<z.output<typeof CouncilConfigSchema>>;

const CouncilConfigParseSchema = CouncilConfigSchema.extend({
  customRules: z.array(z.unknown()).max(RULE_LIMITS.maxRules).optional(),
});

/** Where a problem was found, attached to every {@link ProblemDetail}. */
interface Origin {
  readonly file?: string | undefined;
  readonly ruleId?: string | undefined;
}

function located(
  origin: Origin,
  path: readonly (string | number)[],
  message: string,
): ProblemDetail {
  const extra: { file?: string; ruleId?: string } = {};
  if (origin.file !== undefined) extra.file = origin.file;
  if (origin.ruleId !== undefined) extra.ruleId = origin.ruleId;
  return problem(path, message, extra);
}

function withOrigin(problems: readonly ProblemDetail[], origin: Origin): ProblemDetail[] {
  // The problem's code and values stay with it, for a front end to say it in its own words.
  return problems.map((p) => {
    const at = located(origin, p.path, p.message);
    return p.code === undefined ? at : { ...at, code: p.code, params: p.params ?? {} };
  });
}

/**
 * Walks raw JSON before zod sees it: zod silently drops `__proto__`, so
 * prototype keys must be caught here, together with over-long strings and
 * over-deep nesting that would make later steps slow.
 *
 * @internal
 *
 * @example `rawJsonProblems(JSON.parse('{"__proto__": {}}'))[0]?.message // 'the key "__proto__" is not allowed: ...'`
 */
export function rawJsonProblems(
  value: unknown,
  origin: Origin = {},
  basePath: readonly (string | number)[] = [],
): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  let values = 0;
  let stopped = false;
  const walk = (node: unknown, path: (string | number)[], depth: number): void => {
    if (stopped || problems.length >= 200) return;
    values += 1;
    if (values > RULE_LIMITS.maxJsonValues) {
      // Reported once, and the walk stops: so it is bounded whatever the input.
      problems.push(
        located(origin, [...basePath], `holds more than ${RULE_LIMITS.maxJsonValues} values`),
      );
      stopped = true;
      return;
    }
    if (typeof node === 'string') {
      if (node.length > RULE_LIMITS.maxStringLength) {
        problems.push(
          located(origin, path, `must be at most ${RULE_LIMITS.maxStringLength} characters long`),
        );
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth > RULE_LIMITS.maxJsonDepth) {
      problems.push(
        located(origin, path, `nests more than ${RULE_LIMITS.maxJsonDepth} levels deep`),
      );
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        walk(item, [...path, index], depth + 1);
      });
      return;
    }
    for (const key of Object.keys(node)) {
      if (PROTOTYPE_KEYS.has(key)) {
        problems.push(
          located(
            origin,
            [...path, key],
            `the key "${key}" is not allowed: it could change how objects behave`,
          ),
        );
        continue;
      }
      if (key.length > RULE_LIMITS.maxStringLength) {
        problems.push(located(origin, path, 'has a key that is too long'));
        continue;
      }
      walk((node as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
  };
  walk(value, [...basePath], 0);
  return problems;
}

const BOOLEAN_KEYS = ['all', 'any', 'not'] as const;
const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'params', 'path']);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function forbiddenConditionKeyMessage(key: string): string {
  switch (key) {
    case 'priority':
      return 'condition priorities are not allowed: every condition is evaluated, so missing data is never skipped';
    case 'condition':
      return 'condition references are not allowed: write the conditions out in the rule';
    case 'name':
      return 'condition names are not allowed';
    default:
      return 'unknown field in a condition';
  }
}

function valueProblems(
  value: unknown,
  path: (string | number)[],
  origin: Origin,
  allowFact: boolean,
): ProblemDetail[] {
  const out: ProblemDetail[] = [];
  if (value === null) {
    out.push(
      located(
        origin,
        path,
        'must not be null: a fact that is null already means the data is missing, and the rule then needs review',
      ),
    );
    return out;
  }
  if (Array.isArray(value)) {
    if (value.length > 100) out.push(located(origin, path, 'must hold at most 100 items'));
    value.forEach((item, i) => {
      if (!['string', 'number', 'boolean'].includes(typeof item)) {
        out.push(located(origin, [...path, i], 'must be text, a number or true/false'));
      }
    });
    return out;
  }
  if (isPlainObject(value)) {
    if ('param' in value) {
      const result = ParamRefSchema.safeParse(value);
      if (!result.success)
        out.push(...withOrigin(zodProblems(result.error, { basePath: path }), origin));
      return out;
    }
    if ('fact' in value && allowFact) {
      const result = FactRefSchema.safeParse(value);
      if (!result.success)
        out.push(...withOrigin(zodProblems(result.error, { basePath: path }), origin));
      return out;
    }
    out.push(
      located(
        origin,
        path,
        allowFact
          ? 'must be a literal, { "param": name } or { "fact": id, "params"?: {...} }'
          : 'must be a literal or { "param": name }',
      ),
    );
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    out.push(located(origin, path, 'must be a finite number'));
  }
  return out;
}

/**
 * Checks a rule's `conditions` against the grammar and the limits, with a
 * precise path for each problem. Returns the number of leaves too, since the
 * limit is per rule.
 *
 * @internal
 *
 * @example `conditionProblems({ all: [{ fact: 'x', operator: 'equal', value: 1, priority: 2 }] }).length // 1`
 */
export function conditionProblems(
  conditions: unknown,
  origin: Origin = {},
  basePath: readonly (string | number)[] = ['conditions'],
): ProblemDetail[] {
  // Collected up to the cap and counted beyond it: a list of a hundred
  // thousand wrong conditions must not become a hundred thousand problems.
  const problems = new ProblemCollector();
  let leaves = 0;
  const walk = (node: unknown, path: (string | number)[], depth: number, root: boolean): void => {
    if (!isPlainObject(node)) {
      problems.push(located(origin, path, 'must be a condition object'));
      return;
    }
    const keys = Object.keys(node);
    const booleans = BOOLEAN_KEYS.filter((k) => keys.includes(k));
    if (booleans.length > 1) {
      problems.push(
        located(
          origin,
          path,
          `must use only one of "all", "any" and "not", not ${booleans.map((b) => `"${b}"`).join(' and ')}`,
        ),
      );
      return;
    }
    const operator = booleans[0];
    if (operator !== undefined) {
      const nextDepth = depth + 1;
      if (nextDepth > RULE_LIMITS.maxConditionDepth) {
        problems.push(
          located(
            origin,
            path,
            `conditions nest more than ${RULE_LIMITS.maxConditionDepth} levels deep`,
          ),
        );
        return;
      }
      for (const key of keys) {
        if (key !== operator)
          problems.push(located(origin, [...path, key], forbiddenConditionKeyMessage(key)));
      }
      const inner = node[operator];
      if (operator === 'not') {
        if (Array.isArray(inner)) {
          problems.push(located(origin, [...path, 'not'], 'must be one condition, not a list'));
        } else walk(inner, [...path, 'not'], nextDepth, false);
        return;
      }
      if (!Array.isArray(inner)) {
        problems.push(located(origin, [...path, operator], 'must be a list of conditions'));
        return;
      }
      if (inner.length === 0) {
        problems.push(located(origin, [...path, operator], 'must hold at least 1 condition'));
      }
      inner.forEach((child, i) => {
        walk(child, [...path, operator, i], nextDepth, false);
      });
      return;
    }
    if (root) {
      problems.push(located(origin, path, 'must start with "all", "any" or "not"'));
      return;
    }
    leaves += 1;
    for (const key of keys) {
      if (!LEAF_KEYS.has(key))
        problems.push(located(origin, [...path, key], forbiddenConditionKeyMessage(key)));
    }
    for (const required of ['fact', 'operator', 'value'] as const) {
      if (!(required in node)) problems.push(located(origin, [...path, required], 'is required'));
    }
    if ('fact' in node) {
      const fact = FactIdSchema.safeParse(node.fact);
      if (!fact.success)
        problems.addAll(
          withOrigin(zodProblems(fact.error, { basePath: [...path, 'fact'] }), origin),
        );
    }
    if ('operator' in node) {
      if (typeof node.operator !== 'string' || node.operator.length === 0) {
        problems.push(located(origin, [...path, 'operator'], 'must be the name of an operator'));
      } else {
        const operator = OperatorNameSchema.safeParse(node.operator);
        if (!operator.success)
          problems.addAll(
            withOrigin(zodProblems(operator.error, { basePath: [...path, 'operator'] }), origin),
          );
      }
    }
    if ('value' in node)
      problems.addAll(valueProblems(node.value, [...path, 'value'], origin, true));
    if ('params' in node) {
      if (!isPlainObject(node.params)) {
        problems.push(located(origin, [...path, 'params'], 'must be an object of fact parameters'));
      } else {
        for (const [name, value] of Object.entries(node.params)) {
          const named = FactParamNameSchema.safeParse(name);
          if (!named.success)
            problems.addAll(
              withOrigin(zodProblems(named.error, { basePath: [...path, 'params', name] }), origin),
            );
          problems.addAll(valueProblems(value, [...path, 'params', name], origin, false));
        }
      }
    }
    if ('path' in node) {
      if (typeof node.path !== 'string') {
        problems.push(located(origin, [...path, 'path'], 'must be text'));
      } else {
        const why = describePathProblem(node.path);
        if (why) problems.push(located(origin, [...path, 'path'], why));
      }
    }
  };
  walk(conditions, [...basePath], 0, true);
  if (leaves > RULE_LIMITS.maxConditionsPerRule) {
    problems.push(
      located(
        origin,
        [...basePath],
        `has ${leaves} conditions; a rule may have at most ${RULE_LIMITS.maxConditionsPerRule}`,
      ),
    );
  }
  return problems.list();
}

/**
 * The result of parsing a rule or configuration file: the value, or the
 * problems found. At most `RULE_LIMITS.maxProblems` are listed; when there
 * were more, the last one listed says how many more there are.
 *
 * @category Customisation
 * @example
 * ```ts
 * const result: ParseResult<RuleFile> = parseRuleFile(JSON.parse(text), { file: 'quiet-members.json' });
 * if (!result.success) console.log(result.problems);
 * ```
 */
export type ParseResult<T> =
  | { readonly success: true; readonly value: T }
  | { readonly success: false; readonly problems: readonly ProblemDetail[] };

function ruleIdOf(raw: unknown): string | undefined {
  if (!isPlainObject(raw) || typeof raw.id !== 'string') return undefined;
  return RuleIdSchema.safeParse(raw.id).success ? raw.id : undefined;
}

/**
 * Checks the structure of one rule file (not its facts or operators, which
 * need the catalogue: see `createRuleSet`). When `file` is given, the file
 * name must be the rule id.
 *
 * @category Customisation
 * @example
 * ```ts
 * const result = parseRuleFile(JSON.parse(text), { file: 'rules/during/quiet-members.json' });
 * ```
 */
export function parseRuleFile(
  raw: unknown,
  options: {
    file?: string;
    basePath?: readonly (string | number)[];
    /** Whether the file name must be the rule id (default: when `file` is given). */
    matchFileName?: boolean;
  } = {},
): ParseResult<RuleFile> {
  const basePath = options.basePath ?? [];
  const origin: Origin = { file: options.file, ruleId: ruleIdOf(raw) };
  const rawProblems = rawJsonProblems(raw, origin, basePath);
  if (rawProblems.length > 0) return { success: false, problems: rawProblems };
  const problems = new ProblemCollector();
  const result = RuleFileParseSchema.safeParse(raw, { reportInput: true });
  if (!result.success)
    problems.addAll(
      withOrigin(
        zodProblems(result.error, { basePath }).map((p) => declarationKeyProblem(p, basePath)),
        origin,
      ),
    );
  if (isPlainObject(raw) && 'conditions' in raw) {
    problems.addAll(conditionProblems(raw.conditions, origin, [...basePath, 'conditions']));
  }
  if (
    options.file !== undefined &&
    options.matchFileName !== false &&
    origin.ruleId !== undefined
  ) {
    const name = fileStem(options.file);
    if (name !== origin.ruleId) {
      problems.push(
        located(
          origin,
          [...basePath, 'id'],
          `the id "${origin.ruleId}" must match the file name "${name}.json"`,
        ),
      );
    }
  }
  if (problems.count > 0 || !result.success) return { success: false, problems: problems.list() };
  return { success: true, value: result.data as unknown as RuleFile };
}

/**
 * An unknown key inside `define` is a mistyped part of the language, not a
 * council's own field: say so, with the nearest key it knows.
 */
function declarationKeyProblem(
  p: ProblemDetail,
  basePath: readonly (string | number)[],
): ProblemDetail {
  const inDefine = p.path[basePath.length] === 'define' && p.path.length > basePath.length + 2;
  const key = p.path.at(-1);
  if (!inDefine || typeof key !== 'string' || !p.message.startsWith('unknown field')) return p;
  const best = closestMatch(key, DECLARATION_KEYS);
  return problem(
    p.path,
    `unknown key "${key}"${best !== undefined ? `; did you mean "${best}"?` : ''}`,
  );
}

/**
 * The name of a file without folders or `.json`, for id checks; works on
 * both `/` and `\` paths without importing `node:path`.
 *
 * @internal
 *
 * @example `fileStem('rules/during/quiet-members.json') // 'quiet-members'`
 */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.endsWith('.json') ? base.slice(0, -'.json'.length) : base;
}

/**
 * Checks a rule-set preset.
 *
 * @category Customisation
 * @example `parseRuleSetPreset({ id: 'all', description: 'Every rule.', rules: '*' }).success // true`
 */
export function parseRuleSetPreset(
  raw: unknown,
  options: { file?: string } = {},
): ParseResult<RuleSetPreset> {
  const origin: Origin = { file: options.file };
  const rawProblems = rawJsonProblems(raw, origin);
  if (rawProblems.length > 0) return { success: false, problems: rawProblems };
  const result = RuleSetPresetSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const problems = new ProblemCollector();
    problems.addAll(withOrigin(zodProblems(result.error), origin));
    return { success: false, problems: problems.list() };
  }
  return { success: true, value: result.data };
}

/**
 * Lists, and settings by rule or locale, that hold more entries than a
 * configuration may: refused before any entry is read, because thousands of
 * rules or settings are a mistake or an attack, and reading (and explaining)
 * each would take seconds.
 */
function sizeProblems(raw: unknown, origin: Origin): ProblemDetail[] {
  if (!isPlainObject(raw)) return [];
  const out: ProblemDetail[] = [];
  const count = (value: unknown) => (isPlainObject(value) ? Object.keys(value).length : 0);
  if (Array.isArray(raw.customRules) && raw.customRules.length > RULE_LIMITS.maxRules) {
    out.push(
      located(
        origin,
        ['customRules'],
        `holds ${formatNumber(raw.customRules.length)} rules; a configuration may hold at most ${RULE_LIMITS.maxRules}`,
      ),
    );
  }
  const settings = count(raw.rules);
  if (settings > RULE_LIMITS.maxRuleSettings) {
    out.push(
      located(
        origin,
        ['rules'],
        `holds settings for ${formatNumber(settings)} rules; a configuration may set at most ${formatNumber(RULE_LIMITS.maxRuleSettings)}`,
      ),
    );
  }
  if (isPlainObject(raw.messages)) {
    const locales = Object.keys(raw.messages);
    if (locales.length > RULE_LIMITS.maxLocales) {
      out.push(
        located(
          origin,
          ['messages'],
          `holds messages in ${formatNumber(locales.length)} languages; a configuration may hold at most ${RULE_LIMITS.maxLocales}`,
        ),
      );
    } else {
      for (const locale of locales) {
        const rules = count(raw.messages[locale]);
        if (rules > RULE_LIMITS.maxRuleSettings) {
          out.push(
            located(
              origin,
              ['messages', locale],
              `holds messages for ${formatNumber(rules)} rules; a configuration may hold at most ${formatNumber(RULE_LIMITS.maxRuleSettings)} in one language`,
            ),
          );
        }
      }
    }
  }
  return out;
}

/**
 * Checks the structure of a council configuration, including each inline
 * custom rule. Rule ids and parameters are checked against the rules when
 * the configuration is resolved.
 *
 * @category Customisation
 * @example
 * ```ts
 * const result = parseCouncilConfig({ rules: { 'quiet-members': 'off' } });
 * if (result.success) console.log(result.value.rules);
 * ```
 */
export function parseCouncilConfig(
  raw: unknown,
  options: { file?: string } = {},
): ParseResult<CouncilConfig> {
  const origin: Origin = { file: options.file };
  const rawProblems = rawJsonProblems(raw, origin);
  if (rawProblems.length > 0) return { success: false, problems: rawProblems };
  const tooMany = sizeProblems(raw, origin);
  if (tooMany.length > 0) return { success: false, problems: tooMany };
  const problems = new ProblemCollector();
  const result = CouncilConfigParseSchema.safeParse(raw, { reportInput: true });
  if (!result.success) problems.addAll(withOrigin(zodProblems(result.error), origin));
  const customRules: RuleFile[] = [];
  if (isPlainObject(raw) && Array.isArray(raw.customRules)) {
    raw.customRules.forEach((rule, index) => {
      const parsed = parseRuleFile(rule, {
        ...(options.file !== undefined ? { file: options.file } : {}),
        basePath: ['customRules', index],
        matchFileName: false,
      });
      if (parsed.success) customRules.push(parsed.value);
      else problems.addAll(parsed.problems);
    });
  }
  if (problems.count > 0 || !result.success) return { success: false, problems: problems.list() };
  const value: CouncilConfig = { ...(result.data as CouncilConfig) };
  return {
    success: true,
    value: result.data.customRules ? { ...value, customRules } : value,
  };
}

/**
 * What can be used of a configuration that has mistakes: each setting,
 * entry and inline rule that is valid on its own, the rest left out. Only
 * for carrying on with the checks after the problems have been recorded,
 * so that one pass reports every problem; never for running a check.
 *
 * @internal
 * @example `usableCouncilConfig({ rules: { 'quiet-members': 'warn', 'dominant-voices': 'off' } }).rules // { 'dominant-voices': 'off' }`
 */
export function usableCouncilConfig(raw: unknown): CouncilConfig {
  const nothing: CouncilConfig = { extends: [] };
  if (!isPlainObject(raw) || rawJsonProblems(raw).length > 0) return nothing;
  if (Array.isArray(raw.customRules) && raw.customRules.length > RULE_LIMITS.maxRules)
    return nothing;
  const out: Record<string, unknown> = {};
  const shape = CouncilConfigSchema.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(shape)) {
    if (!Object.hasOwn(raw, key)) continue;
    const value = raw[key];
    // Over a limit, a part is not read at all: the limit is its one problem.
    if (key === 'rules' && isPlainObject(value)) {
      if (Object.keys(value).length > RULE_LIMITS.maxRuleSettings) continue;
    }
    if (key === 'messages' && isPlainObject(value)) {
      const tags = Object.values(value);
      if (tags.length > RULE_LIMITS.maxLocales) continue;
      if (tags.some((t) => isPlainObject(t) && Object.keys(t).length > RULE_LIMITS.maxRuleSettings))
        continue;
    }
    const whole = (shape[key] as z.ZodType).safeParse(value);
    if (whole.success) {
      out[key] = whole.data;
      continue;
    }
    switch (key) {
      case 'extends':
      case 'ruleFiles':
        if (Array.isArray(value)) {
          const entry = key === 'extends' ? ExtendsEntrySchema : z.string().min(1).max(1000);
          out[key] = value
            .slice(0, key === 'extends' ? 50 : 100)
            .filter((v) => entry.safeParse(v).success);
        } else if (key === 'extends') out[key] = [];
        break;
      case 'rules':
        if (isPlainObject(value)) {
          out[key] = Object.fromEntries(
            Object.entries(value).filter(
              ([id, setting]) =>
                RuleIdSchema.safeParse(id).success && RuleSettingSchema.safeParse(setting).success,
            ),
          );
        }
        break;
      case 'customRules':
        if (Array.isArray(value)) {
          out[key] = value.flatMap((rule) => {
            const parsed = parseRuleFile(rule, { matchFileName: false });
            return parsed.success ? [parsed.value] : [];
          });
        }
        break;
      case 'messages':
        if (isPlainObject(value)) {
          const catalogues: Record<string, Record<string, MessageOverride>> = {};
          for (const [tag, byRule] of Object.entries(value)) {
            if (!LocaleSchema.safeParse(tag).success || !isPlainObject(byRule)) continue;
            catalogues[tag] = Object.fromEntries(
              Object.entries(byRule).filter(
                ([id, texts]) =>
                  RuleIdSchema.safeParse(id).success &&
                  MessageOverrideSchema.safeParse(texts).success,
              ),
            ) as Record<string, MessageOverride>;
          }
          out[key] = catalogues;
        }
        break;
      default:
        break;
    }
  }
  return out as CouncilConfig;
}
