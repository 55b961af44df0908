/**
 * `acknowledgement/*`: issues the project knows about and accepts for now,
 * each with its reason. The list is absent until the first one is recorded.
 *
 * @internal
 * @module
 */
import { ADD_UPDATE_REMOVE, collectionCommands } from './collection.js';
import { commandFamily } from './definition.js';

const {
  add: record,
  update,
  remove,
} = collectionCommands('acknowledgement', { ...ADD_UPDATE_REMOVE, add: 'record' });

/**
 * The `acknowledgement/*` commands.
 *
 * @example
 * ```ts
 * acknowledgementFamily.definitions.map((definition) => definition.type);
 * // ['acknowledgement/record', 'acknowledgement/update', 'acknowledgement/remove']
 * ```
 */
export const acknowledgementFamily = commandFamily({
  /**
   * Records that an issue is known and accepted for now, with the reason
   * (required), who and when, and optionally when to review it. Name the
   * issue by its id (`issueId`), or by its rule (`ruleId`) and the record it
   * is about (`subject`; left out for the rule's issue about the whole
   * project). Rejected when the id is taken, the issue is named both ways
   * or neither, or the review date is before the day it was acknowledged.
   *
   * @example
   * ```ts
   * commands.acknowledgement.record({ id: 'ack-02', issueId: 'cp-0123456789abcdef', reason: 'Agreed at the March board: the group meets online by choice.', by: 'Programme board', on: '2026-03-12' });
   * ```
   */
  record,
  /**
   * Changes an acknowledgement's fields, such as a new review date or a
   * fuller reason; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.acknowledgement.update({ id: 'ack-01', changes: { reviewOn: '2027-06-30' } });
   * ```
   */
  update,
  /**
   * Removes an acknowledgement, so its issue counts as open again.
   *
   * @example
   * ```ts
   * commands.acknowledgement.remove({ id: 'ack-01' });
   * ```
   */
  remove,
});
