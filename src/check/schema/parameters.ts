/**
 * Rule parameters: how a rule declares one (type, default, range, choices),
 * the values a setting may give it, and `{ "param": name }`, which puts a
 * parameter's value into a condition.
 *
 * @module
 */

import * as z from 'zod';
import type { DeepReadonly } from '../../model/readonly.js';
import { ParameterNameSchema, RULE_LIMITS, stringList, TimeOfDaySchema, text } from './names.js';

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
