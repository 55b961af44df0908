/**
 * What the group learns, and who it is shared with.
 *
 * @module
 */
import * as z from 'zod';
import { ActivityIdSchema, DecisionIdSchema, LearningIdSchema } from './ids.js';
import { ExtensionsSchema, IsoDateSchema, LabelSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/**
 * One occasion a learning entry was shared.
 *
 * @category Model
 * @example `LearningShareSchema.parse({ audience: 'Adult social care DMT', on: '2025-05-01' })`
 */
export const LearningShareSchema = z.strictObject({
  audience: LabelSchema,
  on: IsoDateSchema,
});
/** A share of learning. @category Model @example `const s: LearningShare = { audience: 'Residents newsletter', on: '2025-05-01' };` */
export type LearningShare = DeepReadonly<z.infer<typeof LearningShareSchema>>;

/**
 * An insight the group captured.
 *
 * @category Model
 * @example
 * ```ts
 * LearningEntrySchema.parse({
 *   id: 'l-01',
 *   insight: 'Evening meetings doubled attendance by working carers',
 *   date: '2025-03-20',
 *   sourceActivityId: 'a-03',
 * });
 * ```
 */
export const LearningEntrySchema = z.strictObject({
  id: LearningIdSchema,
  insight: TextSchema,
  date: IsoDateSchema,
  sourceActivityId: ActivityIdSchema.optional(),
  sourceDecisionId: DecisionIdSchema.optional(),
  sharedWith: z.array(LearningShareSchema).default([]),
  extensions: ExtensionsSchema.optional(),
});
/** A learning entry. @category Model @example `const shared = (l: LearningEntry) => l.sharedWith.length > 0;` */
export type LearningEntry = DeepReadonly<z.infer<typeof LearningEntrySchema>>;
