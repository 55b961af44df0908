/**
 * The condition grammar of a rule, as zod schemas and the types derived
 * from them: leaves that test a fact with an operator, `all` / `any` /
 * `not` around them, and the fact references a value or a message may hold.
 *
 * @module
 */

import * as z from 'zod';
import type { DeepReadonly } from '../../model/readonly.js';
import { camelName, FactIdSchema, RULE_LIMITS } from './names.js';
import { ParamRefSchema } from './parameters.js';

const scalarLiteral = z.union([
  z.string().max(RULE_LIMITS.maxStringLength),
  z.number(),
  z.boolean(),
]);
const literal = z.union([scalarLiteral, z.array(scalarLiteral).max(100)]);
const factParamValue = z.union([literal, ParamRefSchema]);
export const FactParamNameSchema = camelName('a fact parameter name');
const factParams = z.record(FactParamNameSchema, factParamValue);
/** An operator's name; whether the operator exists is checked when the rule set is compiled. */
export const OperatorNameSchema = z.string().min(1).max(64);

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

const LeafConditionSchema = z.strictObject({
  fact: FactIdSchema,
  operator: OperatorNameSchema,
  value: z.union([literal, ParamRefSchema, FactRefSchema]),
  params: factParams.optional(),
  path: z.string().max(200).optional(),
});

/**
 * `all` / `any` of a list of conditions and `not` of one, as new schemas at
 * each call: shared between the grammar and its root, the JSON Schema
 * generator would give one of them a definition of its own, and the
 * published JSON Schemas would change shape for nothing.
 *
 * Each refers back to the whole grammar through a getter, which zod
 * resolves once, on first use. The getters' return types are written out:
 * inferred, the declared type of {@link RuleConditionSchema} would repeat
 * the grammar a few levels deep and then give up with `any`; written, it
 * names the schema instead.
 */
function conditionGroups() {
  return [
    z.strictObject({
      get all(): z.ZodArray<typeof RuleConditionSchema> {
        return z.array(RuleConditionSchema).min(1);
      },
    }),
    z.strictObject({
      get any(): z.ZodArray<typeof RuleConditionSchema> {
        return z.array(RuleConditionSchema).min(1);
      },
    }),
    z.strictObject({
      get not(): typeof RuleConditionSchema {
        return RuleConditionSchema;
      },
    }),
  ] as const;
}

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
export const RuleConditionSchema = z.union([...conditionGroups(), LeafConditionSchema]);

/**
 * A condition: `{ all: [...] }` or `{ any: [...] }` of a list of
 * conditions, `{ not: ... }` of one, or a {@link LeafCondition}. The root
 * of a rule's conditions is always `all`, `any` or `not`
 * ({@link TopCondition}).
 *
 * @category Customisation
 * @example `const c: RuleCondition = { any: [{ fact: 'ideaCount', operator: 'equal', value: 0 }] };`
 */
export type RuleCondition = DeepReadonly<z.output<typeof RuleConditionSchema>>;

/**
 * The root of a rule's conditions: `all`, `any` or `not`, never a leaf on
 * its own. Zod schema of {@link TopCondition}.
 *
 * @category Customisation
 * @example `TopConditionSchema.safeParse({ fact: 'ideaCount', operator: 'equal', value: 0 }).success // false`
 */
export const TopConditionSchema = z.union(conditionGroups());

/**
 * The root of a rule's conditions: `{ all: [...] }` or `{ any: [...] }` of
 * a list of {@link RuleCondition}s, or `{ not: ... }` of one; never a leaf
 * on its own.
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
export type TopCondition = DeepReadonly<z.output<typeof TopConditionSchema>>;

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
