/**
 * `related-engagement/*`: engagement elsewhere in the organisation that
 * touches the same people or topic. The list is absent until the first one
 * is added, because "not looked into" differs from "none".
 *
 * @internal
 * @module
 */
import { ADD_UPDATE_REMOVE, collectionCommands } from './collection.js';
import { commandFamily } from './definition.js';

const { add, update, remove } = collectionCommands('relatedEngagement', ADD_UPDATE_REMOVE);

/**
 * The `related-engagement/*` commands.
 *
 * @example
 * ```ts
 * relatedEngagementFamily.definitions.map((definition) => definition.type);
 * // ['related-engagement/add', 'related-engagement/update', 'related-engagement/remove']
 * ```
 */
export const relatedEngagementFamily = commandFamily({
  /**
   * Records engagement elsewhere that touches the same people or topic.
   *
   * @example
   * ```ts
   * commands.relatedEngagement.add({ id: 'e-01', title: 'Bus strategy consultation', owner: 'Transport team' });
   * ```
   */
  add,
  /**
   * Changes a related engagement record; `clear` removes optional fields.
   *
   * @example
   * ```ts
   * commands.relatedEngagement.update({ id: 'e-01', changes: { coordination: 'Shared one survey' } });
   * ```
   */
  update,
  /**
   * Removes a related engagement record.
   *
   * @example
   * ```ts
   * commands.relatedEngagement.remove({ id: 'e-01' });
   * ```
   */
  remove,
});
