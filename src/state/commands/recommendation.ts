/**
 * `recommendation/*`: recommendations the group makes, the answer to each,
 * and when the group was told ("you said, we did").
 *
 * @internal
 * @module
 */
import { IsoDateSchema, TextSchema } from '../../model/primitives.js';
import { RecommendationResponseSchema } from '../../model/recommendation.js';
import {
  ADD_UPDATE_REMOVE,
  collectionCommands,
  fieldsCommand,
  recordCommand,
} from './collection.js';
import { commandFamily } from './definition.js';
import { planUpdate } from './record-update.js';

const { add, update, remove } = collectionCommands('recommendation', ADD_UPDATE_REMOVE);

const respond = fieldsCommand('recommendation/respond', 'recommendation', {
  response: RecommendationResponseSchema,
  respondedOn: IsoDateSchema.optional(),
  reasons: TextSchema.optional(),
});

const tellGroup = recordCommand(
  'recommendation/tell-group',
  'recommendation',
  { on: IsoDateSchema },
  (ctx, found, { on }) => {
    return planUpdate(ctx, found.path, found.record, { groupToldOn: on }, undefined);
  },
);

/**
 * The `recommendation/*` commands.
 *
 * @example
 * ```ts
 * recommendationFamily.definitions.map((definition) => definition.type);
 * // ['recommendation/add', 'recommendation/update', 'recommendation/remove',
 * //  'recommendation/respond', 'recommendation/tell-group']
 * ```
 */
export const recommendationFamily = commandFamily({
  /**
   * Records a recommendation the group made; its response starts as
   * `awaiting` unless given. Rejected when the id is taken or it names a
   * decision that does not exist.
   *
   * @example
   * ```ts
   * commands.recommendation.add({ id: 'rec-01', summary: 'Keep the evening bus', madeOn: '2026-06-04', madeTo: 'Cabinet' });
   * ```
   */
  add,
  /**
   * Changes a recommendation's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.recommendation.update({ id: 'rec-01', changes: { decisionId: 'd-03' } });
   * ```
   */
  update,
  /**
   * Removes a recommendation recorded by mistake.
   *
   * @example
   * ```ts
   * commands.recommendation.remove({ id: 'rec-01' });
   * ```
   */
  remove,
  /**
   * Records the answer to a recommendation: accepted, accepted in part or
   * rejected, when, and the reasons.
   *
   * @example
   * ```ts
   * commands.recommendation.respond({ id: 'rec-01', response: 'rejected', respondedOn: '2026-07-15', reasons: 'The contract cannot be extended.' });
   * ```
   */
  respond,
  /**
   * Records when the group was told the answer and its reasons.
   *
   * @example
   * ```ts
   * commands.recommendation.tellGroup({ id: 'rec-01', on: '2026-07-22' });
   * ```
   */
  tellGroup,
});
