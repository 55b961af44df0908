/**
 * Groups of fields that several records share because they say the same
 * thing about each: who agreed it and when, when a step is due and when it
 * was done, or what lies beyond the group's say and why. Spread into a record's `z.strictObject({...})`, so the field
 * names, their types and their meaning are written once.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { MemberIdSchema } from './ids.js';
import { IsoDateSchema, TextSchema } from './primitives.js';

/**
 * Who in the group agreed something (a purpose, a remit, an outcome, what
 * co-production means here) and when. Both are optional: checks ask for
 * them where agreement matters, and say what is missing.
 *
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { TextSchema } from './primitives.js';
 *
 * const PlanSchema = z.strictObject({ what: TextSchema, ...agreedFields });
 * PlanSchema.parse({ what: 'Meet monthly', agreedOn: '2026-03-26', agreedBy: ['m-01'] }).agreedBy // ['m-01']
 * ```
 */
export const agreedFields = {
  /** When the group agreed it. */
  agreedOn: IsoDateSchema.optional(),
  /** Members who took part in agreeing it. */
  agreedBy: z.array(MemberIdSchema).optional(),
};

/**
 * When a step someone is to take (an action after a reflection, a point at
 * which a senior leader is involved) is due, and when it was done. A step
 * with `done` is finished whatever its `due`; one past `due` without `done`
 * is overdue.
 *
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { TextSchema } from './primitives.js';
 *
 * const StepSchema = z.strictObject({ what: TextSchema, ...dueAndDoneFields });
 * StepSchema.parse({ what: 'Send the minutes', due: '2026-04-01' }).done // undefined: not done yet
 * ```
 */
export const dueAndDoneFields = {
  /** When the step should be done by. */
  due: IsoDateSchema.optional(),
  /** When it was done; absent while it is still to do. */
  done: IsoDateSchema.optional(),
};

/**
 * Something beyond the group's say (outside its remit, or fixed so members
 * cannot influence it) and why. The reason is optional so the topic can be
 * recorded first; checks ask for it, since a limit with no reason given is
 * one the group cannot weigh.
 *
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 *
 * const LimitSchema = z.strictObject({ ...topicAndReasonFields });
 * LimitSchema.parse({ topic: 'Fares', reason: 'Set by the operator' }).reason // 'Set by the operator'
 * ```
 */
export const topicAndReasonFields = {
  /** What lies beyond the group's say. */
  topic: TextSchema,
  /** Why it does: who decides it instead, or where it is settled. */
  reason: TextSchema.optional(),
};
