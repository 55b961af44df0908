/**
 * `milestone/*`: milestones in the project's timeframe.
 *
 * @internal
 * @module
 */
import { ADD_UPDATE, collectionCommands, dateOnceCommand } from './collection.js';
import { commandFamily } from './definition.js';

const { add, update } = collectionCommands('milestone', ADD_UPDATE);

const complete = dateOnceCommand('milestone/complete', 'milestone', 'done', {
  code: 'milestone-done',
  message: (id, date) => `milestone "${id}" was already done on ${date}`,
});

/**
 * The `milestone/*` commands.
 *
 * @example
 * ```ts
 * milestoneFamily.definitions.map((definition) => definition.type);
 * // ['milestone/add', 'milestone/update', 'milestone/complete']
 * ```
 */
export const milestoneFamily = commandFamily({
  /**
   * Adds a milestone to the timeframe.
   *
   * @example
   * ```ts
   * commands.milestone.add({ id: 'ms-01', title: 'Options agreed', due: '2025-06-30' });
   * ```
   */
  add,
  /**
   * Changes a milestone; `clear` removes optional fields (such as `done`).
   *
   * @example
   * ```ts
   * commands.milestone.update({ id: 'ms-01', changes: { due: '2025-07-31' } });
   * ```
   */
  update,
  /**
   * Marks a milestone done.
   *
   * @example
   * ```ts
   * commands.milestone.complete({ id: 'ms-01', on: '2025-07-02' });
   * ```
   */
  complete,
});
