/**
 * `perspective/*`: the perspectives and experiences the work needs.
 *
 * @internal
 * @module
 */
import { ADD_UPDATE_REMOVE, collectionCommands } from './collection.js';
import { commandFamily } from './definition.js';

const { add, update, remove } = collectionCommands('perspective', ADD_UPDATE_REMOVE);

/**
 * The `perspective/*` commands (the group's required perspectives).
 *
 * @example
 * ```ts
 * perspectiveFamily.definitions.map((definition) => definition.type);
 * // ['perspective/add', 'perspective/update', 'perspective/remove']
 * ```
 */
export const perspectiveFamily = commandFamily({
  /**
   * Adds a perspective or experience the work needs.
   *
   * @example
   * ```ts
   * commands.perspective.add({ id: 'young-carers', label: 'Young carers', why: 'They use the service' });
   * ```
   */
  add,
  /**
   * Changes a required perspective; `clear` removes optional fields.
   *
   * @example
   * ```ts
   * commands.perspective.update({ id: 'young-carers', changes: { label: 'Young carers aged 11 to 18' } });
   * ```
   */
  update,
  /**
   * Removes a perspective the work no longer needs. Members who bring it
   * keep it in their own `perspectives`.
   *
   * @example
   * ```ts
   * commands.perspective.remove({ id: 'young-carers' });
   * ```
   */
  remove,
});
