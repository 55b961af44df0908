/**
 * Recommendations the group makes to the organisation, and what became of
 * each: the answer, the reasons, and when the group was told ("you said, we
 * did").
 *
 * @module
 */
import * as z from 'zod';
import { DecisionIdSchema, RecommendationIdSchema } from './ids.js';
import { ExtensionsSchema, IsoDateSchema, LabelSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/**
 * The organisation's answer to a recommendation.
 *
 * @category Model
 * @example `RecommendationResponseSchema.options // ['awaiting', 'accepted', 'accepted-in-part', 'rejected']`
 */
export const RecommendationResponseSchema = z.enum([
  'awaiting',
  'accepted',
  'accepted-in-part',
  'rejected',
]);
/** The answer to a recommendation. @category Model @example `const r: RecommendationResponse = 'rejected';` */
export type RecommendationResponse = z.infer<typeof RecommendationResponseSchema>;

/**
 * A recommendation the group made, who it went to, and what happened to it.
 *
 * @category Model
 * @example
 * ```ts
 * RecommendationSchema.parse({
 *   id: 'rec-01',
 *   summary: 'Keep the evening bus on route 12',
 *   madeOn: '2026-06-04',
 *   madeTo: 'Cabinet',
 *   decisionId: 'd-03',
 *   response: 'rejected',
 *   respondedOn: '2026-07-15',
 *   reasons: 'The operator contract ends in March and cannot be extended.',
 *   groupToldOn: '2026-07-22',
 * });
 * ```
 */
export const RecommendationSchema = z.strictObject({
  id: RecommendationIdSchema,
  /** What the group recommended, in its own words. */
  summary: TextSchema,
  /** When the group made it. */
  madeOn: IsoDateSchema,
  /** Who it went to: a cabinet member, a board, a director. */
  madeTo: LabelSchema.optional(),
  /** The decision it fed into, if one is recorded. */
  decisionId: DecisionIdSchema.optional(),
  /** The answer; `awaiting` until there is one. */
  response: RecommendationResponseSchema.default('awaiting'),
  /** When the answer was given. */
  respondedOn: IsoDateSchema.optional(),
  /** The reasons for the answer, especially when it was not accepted in full. */
  reasons: TextSchema.optional(),
  /** When the group was told the answer and the reasons. */
  groupToldOn: IsoDateSchema.optional(),
  notes: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A recommendation. @category Model @example `const rejected = (r: Recommendation) => r.response === 'rejected';` */
export type Recommendation = DeepReadonly<z.infer<typeof RecommendationSchema>>;
