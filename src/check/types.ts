/**
 * Types shared by the parts of the check: subjects, findings, severities,
 * outcomes. Each is derived from its zod schema here, which the report's
 * schema (`report-schema.ts`) and the rule file schema build on, so a
 * value has one definition.
 *
 * @module
 */
import * as z from 'zod';
import type { Stage } from '../model/project.js';
import type { DeepReadonly } from '../model/readonly.js';

/**
 * Zod schema of {@link RuleScope}: every scope, in a stable order.
 *
 * @category Check
 * @example `RuleScopeSchema.parse('member')`
 */
export const RuleScopeSchema = z.enum([
  'project',
  'member',
  'activity',
  'decision',
  'learning',
  'reflection',
  'question',
  'perspective',
  'milestone',
  'agreement',
  'leader',
  'flow',
  'idea',
  'outcome',
  'recommendation',
  'portfolio',
  'person',
  'topic',
]);

/**
 * What a rule is about: the whole project, or one kind of record in it;
 * for a portfolio rule, the whole portfolio, a person, a topic or a project.
 * {@link RULE_SCOPES} lists them all.
 *
 * @category Check
 * @example `const scope: RuleScope = 'member';`
 */
export type RuleScope = z.output<typeof RuleScopeSchema>;

/**
 * Every {@link RuleScope}, in a stable order.
 *
 * @category Check
 * @example `RULE_SCOPES.includes('member') // true`
 */
export const RULE_SCOPES: readonly RuleScope[] = Object.freeze([...RuleScopeSchema.options]);

/**
 * The rule set of the portfolio rules: rules over all of a council's
 * projects at once (the same person in many projects, the same topic
 * consulted twice). A rule whose `set` is this runs in `checkPortfolio`,
 * never in the check of one project; its scope is `portfolio` (one issue
 * about the whole portfolio), `person`, `topic` or `project`.
 *
 * @category Check
 * @example
 * ```ts
 * createPortfolioRuleSet().rules.every((rule) => rule.set === PORTFOLIO_RULE_SET); // true
 * createRuleSet().rules.some((rule) => rule.set === PORTFOLIO_RULE_SET); // false: they run only in checkPortfolio
 * ```
 */
export const PORTFOLIO_RULE_SET = 'portfolio';

/**
 * Zod schema of {@link Severity}: the severities from most to least serious.
 *
 * @category Check
 * @example `SeveritySchema.parse('warning')`
 */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/**
 * How serious an issue is: `error` > `warning` > `info`.
 *
 * @category Check
 * @example `const severity: Severity = 'warning';`
 */
export type Severity = z.output<typeof SeveritySchema>;

/**
 * Severities from most to least serious.
 *
 * @category Check
 * @example `SEVERITIES.indexOf('error') // 0`
 */
export const SEVERITIES: readonly Severity[] = Object.freeze([...SeveritySchema.options]);

/**
 * Zod schema of {@link CheckOutcome}: every rule outcome, in report order.
 *
 * @category Check
 * @example `CheckOutcomeSchema.parse('needs-review')`
 */
export const CheckOutcomeSchema = z.enum(['flagged', 'needs-review', 'passed', 'not-applicable']);

/**
 * The result of one rule for one subject: `flagged`, `needs-review`,
 * `passed` or `not-applicable`. `needs-review` means the data needed to
 * answer is missing: never a silent pass.
 *
 * @category Check
 * @example `const outcome: CheckOutcome = 'needs-review';`
 */
export type CheckOutcome = z.output<typeof CheckOutcomeSchema>;

/**
 * Zod schema of {@link IssueOutcome}: the two outcomes that raise an issue,
 * taken from {@link CheckOutcomeSchema} so the lists cannot drift apart.
 *
 * @category Check
 * @example `IssueOutcomeSchema.safeParse('passed').success // false`
 */
export const IssueOutcomeSchema = CheckOutcomeSchema.extract(['flagged', 'needs-review']);

/**
 * The outcome of an issue, or of a finding about one subject: `flagged`, or
 * `needs-review` when the data to decide is missing.
 *
 * @category Check
 * @example `const outcome: IssueOutcome = 'needs-review';`
 */
export type IssueOutcome = z.output<typeof IssueOutcomeSchema>;

/**
 * The record an issue is about.
 *
 * @category Check
 * @example `SubjectRefSchema.parse({ type: 'member', id: 'm-03', label: 'Amira', pointer: '/group/members/2' })`
 */
export const SubjectRefSchema = z.strictObject({
  type: RuleScopeSchema,
  /** The record's id; the project's id for project-scope rules. */
  id: z.string(),
  /** A display label (a member's display name, an activity's title, ...). */
  label: z.string(),
  /** RFC 6901 JSON Pointer into the project document; `''` for the whole project. */
  pointer: z.string(),
});

/**
 * The record an issue is about.
 *
 * @category Check
 * @example
 * ```ts
 * const subject: SubjectRef = { type: 'member', id: 'm-03', label: 'Amira', pointer: '/group/members/2' };
 * ```
 *
 * @interface
 */
export type SubjectRef = DeepReadonly<z.output<typeof SubjectRefSchema>>;

/**
 * A value carried in an issue's `data` or evidence.
 *
 * @category Check
 * @example `DataValueSchema.parse(['Amira', 'Ben'])`
 */
export const DataValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
]);

/**
 * A value a finding or message can carry: plain JSON only, so issues stay
 * serialisable.
 *
 * @category Check
 * @example `const v: DataValue = ['step-free', 'hearing-loop'];`
 */
export type DataValue = DeepReadonly<z.output<typeof DataValueSchema>>;

/**
 * One subject that a findings fact flags, or cannot judge for lack of data.
 *
 * @category Check
 * @example
 * ```ts
 * const finding: Finding = {
 *   subject: { type: 'member', id: 'm-03', label: 'Amira', pointer: '/group/members/2' },
 *   status: 'flagged',
 *   data: { meetings: 3 },
 * };
 * ```
 */
export interface Finding {
  readonly subject: SubjectRef;
  readonly status: IssueOutcome;
  readonly data: Readonly<Record<string, DataValue>>;
}

/**
 * Project stages, re-exported for rule applicability.
 *
 * @category Check
 * @example `const stages: readonly RuleStage[] = ['during', 'ending'];`
 */
export type RuleStage = Stage;
