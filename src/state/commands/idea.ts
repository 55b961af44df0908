/**
 * `idea/*`: ideas members raise, and what became of them.
 *
 * @internal
 * @module
 */
import { TextSchema } from '../../model/primitives.js';
import { IdeaSchema, IdeaStatusSchema } from '../../model/reflection.js';
import { ADD_UPDATE, collectionCommands, fieldsCommand } from './collection.js';
import { commandFamily } from './definition.js';

const { add: raise, update } = collectionCommands(
  'idea',
  { ...ADD_UPDATE, add: 'raise' },
  {
    addSchema: IdeaSchema.extend({ status: IdeaStatusSchema.default('open') }),
  },
);

const setStatus = fieldsCommand('idea/set-status', 'idea', {
  status: IdeaStatusSchema,
  response: TextSchema.optional(),
});

/**
 * The `idea/*` commands.
 *
 * @example
 * ```ts
 * ideaFamily.definitions.map((definition) => definition.type);
 * // ['idea/raise', 'idea/update', 'idea/set-status']
 * ```
 */
export const ideaFamily = commandFamily({
  /**
   * Records an idea a member raised; its status starts as `open` unless given.
   *
   * @example
   * ```ts
   * commands.idea.raise({ id: 'i-01', summary: 'Meet at the school gate', raisedOn: '2025-03-01', raisedBy: ['m-02'] });
   * ```
   */
  raise,
  /**
   * Changes an idea's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.idea.update({ id: 'i-01', changes: { summary: 'Meet at the school gate on Fridays' } });
   * ```
   */
  update,
  /**
   * Says what became of an idea, and optionally why. An earlier response
   * stays unless a new one is given; `idea/update` with `clear: ['response']`
   * removes it.
   *
   * @example
   * ```ts
   * commands.idea.setStatus({ id: 'i-01', status: 'adopted', response: 'Trial from May' });
   * ```
   */
  setStatus,
});
