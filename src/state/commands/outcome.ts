/**
 * `outcome/*`: the outcomes the group wants, and how each will be recognised.
 *
 * @internal
 * @module
 */
import { OutcomeStatusSchema } from '../../model/project.js';
import { ADD_UPDATE_REMOVE, collectionCommands, fieldsCommand } from './collection.js';
import { commandFamily } from './definition.js';

const { add, update, remove } = collectionCommands('outcome', ADD_UPDATE_REMOVE);

const setStatus = fieldsCommand('outcome/set-status', 'outcome', { status: OutcomeStatusSchema });

/**
 * The `outcome/*` commands.
 *
 * @example
 * ```ts
 * outcomeFamily.definitions.map((definition) => definition.type);
 * // ['outcome/add', 'outcome/update', 'outcome/set-status', 'outcome/remove']
 * ```
 */
export const outcomeFamily = commandFamily({
  /**
   * Adds an outcome the group wants to achieve.
   *
   * @example
   * ```ts
   * commands.outcome.add({ id: 'o-01', description: 'More young carers travel independently', recognisedBy: 'Pass take-up doubles' });
   * ```
   */
  add,
  /**
   * Changes an outcome; `clear` removes optional fields.
   *
   * @example
   * ```ts
   * commands.outcome.update({ id: 'o-01', changes: { recognisedBy: 'Pass take-up up by half' } });
   * ```
   */
  update,
  /**
   * Records where an outcome stands: not started, in progress, or, once
   * the work is done, achieved, partly achieved, not achieved or dropped.
   *
   * @example
   * ```ts
   * commands.outcome.setStatus({ id: 'o-01', status: 'partly-achieved' });
   * ```
   */
  setStatus,
  /**
   * Removes an outcome the group no longer pursues.
   *
   * @example
   * ```ts
   * commands.outcome.remove({ id: 'o-01' });
   * ```
   */
  remove,
});
