/**
 * `reciprocity/*`: the reciprocity ledger, what each member was offered and
 * received for taking part. An entry stays with the member it was recorded
 * for, so erasing a member's personal data finds every entry about them.
 *
 * @internal
 * @module
 */
import { ADD_UPDATE_REMOVE, collectionCommands } from './collection.js';
import { commandFamily } from './definition.js';

const { add, update, remove } = collectionCommands('reciprocity', ADD_UPDATE_REMOVE, {
  // The member is a fixed reference: an entry stays with the member it was recorded for.
  check: (ctx, after, changes) => {
    if (changes === undefined || !Object.hasOwn(changes, 'memberId')) return;
    const entries = ctx.project.reciprocity;
    const before = entries[ctx.indexOf(entries, String(after.id))];
    if (before && before.memberId !== after.memberId) {
      ctx.problem(
        ['changes', 'memberId'],
        `cannot change: the entry stays with member "${before.memberId}"; remove it and add a new entry for the other member`,
        { code: 'entry-member-fixed', params: { id: before.memberId } },
      );
    }
  },
});

/**
 * The `reciprocity/*` commands.
 *
 * @example
 * ```ts
 * reciprocityFamily.definitions.map((definition) => definition.type);
 * // ['reciprocity/add', 'reciprocity/update', 'reciprocity/remove']
 * ```
 */
export const reciprocityFamily = commandFamily({
  /**
   * Adds an entry to the reciprocity ledger: what a member was offered or
   * received, when, and for how much (in whole pence). Rejected when the id
   * is taken or the member does not exist.
   *
   * @example
   * ```ts
   * commands.reciprocity.add({ id: 'rx-01', memberId: 'm-01', kind: 'payment', offeredOn: '2026-03-26', amountPence: 2500, status: 'offered' });
   * ```
   */
  add,
  /**
   * Changes an entry's fields, such as its status and the date it was paid;
   * `clear` removes optional ones. The member cannot change: remove the
   * entry and add a new one instead.
   *
   * @example
   * ```ts
   * commands.reciprocity.update({ id: 'rx-01', changes: { status: 'received', claimedOn: '2026-04-02', paidOn: '2026-04-09' } });
   * ```
   */
  update,
  /**
   * Removes an entry recorded by mistake.
   *
   * @example
   * ```ts
   * commands.reciprocity.remove({ id: 'rx-01' });
   * ```
   */
  remove,
});
