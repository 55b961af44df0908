/**
 * `outcome/*`: the outcomes the group wants, and how each will be recognised.
 *
 * @internal
 * @module
 */
import { OutcomeIdSchema } from '../../model/ids.js';
import { OutcomeSchema } from '../../model/project.js';
import { idCollectionCommands } from './collection.js';
import { creator } from './shared.js';

const { add, update, remove } = idCollectionCommands('outcome', OutcomeSchema, OutcomeIdSchema, {
  path: ['outcomes'],
  items: (project) => project.outcomes,
  what: 'outcome',
});

/**
 * The `outcome/*` command definitions, gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * outcomeDefinitions.map((definition) => definition.type);
 * ```
 */
export const outcomeDefinitions = [add, update, remove] as const;

/**
 * Creators for `outcome/*` commands.
 *
 * @example
 * ```ts
 * commands.outcome.add({ id: 'o-01', description: 'More young carers travel independently', recognisedBy: 'Pass take-up doubles' });
 * ```
 */
export const outcomeCommands = {
  /**
   * Adds an outcome the group wants to achieve.
   *
   * @example
   * ```ts
   * commands.outcome.add({ id: 'o-01', description: 'More young carers travel independently', recognisedBy: 'Pass take-up doubles' });
   * ```
   */
  add: creator(add),
  /**
   * Changes an outcome; `clear` removes optional fields.
   *
   * @example
   * ```ts
   * commands.outcome.update({ id: 'o-01', changes: { recognisedBy: 'Pass take-up up by half' } });
   * ```
   */
  update: creator(update),
  /**
   * Removes an outcome the group no longer pursues.
   *
   * @example
   * ```ts
   * commands.outcome.remove({ id: 'o-01' });
   * ```
   */
  remove: creator(remove),
};
