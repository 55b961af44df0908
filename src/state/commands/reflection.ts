/**
 * `reflection/*`: the group's answers to framework questions, and the
 * actions it agreed after them.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { ReflectionIdSchema } from '../../model/ids.js';
import { IsoDateSchema } from '../../model/primitives.js';
import { ReflectionActionSchema } from '../../model/reflection.js';
import { collectionCommands, RECORD_UPDATE, recordCommand, requireItem } from './collection.js';
import { commandFamily, defineCommand } from './definition.js';
import { pushTo, setAt } from './edits.js';

const { add: record, update } = collectionCommands('reflection', RECORD_UPDATE);

const addAction = defineCommand(
  'reflection/add-action',
  z.strictObject({ id: ReflectionIdSchema, action: ReflectionActionSchema }),
  (ctx, { id, action }) => {
    const found = ctx.findRecord('reflection', id);
    ctx.checkAddedItem('reflection', found?.record, 'actions', action, ['action']);
    return found ? [pushTo([...found.path, 'actions'], action)] : [];
  },
);

const completeAction = recordCommand(
  'reflection/complete-action',
  'reflection',
  { index: z.int().min(0), on: IsoDateSchema },
  (ctx, found, { index: actionIndex, on }) => {
    const action = requireItem(ctx, 'reflection', found, 'actions', actionIndex, 'action');
    if (action?.done !== undefined) {
      ctx.problem(['index'], `that action was already done on ${action.done}`, {
        code: 'action-done',
        params: { date: action.done },
      });
    }
    return [setAt([...found.path, 'actions', actionIndex, 'done'], on)];
  },
);

/**
 * The `reflection/*` commands.
 *
 * @example
 * ```ts
 * reflectionFamily.definitions.map((definition) => definition.type);
 * // ['reflection/record', 'reflection/update', 'reflection/add-action',
 * //  'reflection/complete-action']
 * ```
 */
export const reflectionFamily = commandFamily({
  /**
   * Records the group's answer to a framework question. Rejected when the id
   * is taken or it names a member who does not exist.
   *
   * @example
   * ```ts
   * commands.reflection.record({ id: 'r-01', questionId: 'during.everyone-contributes', date: '2025-03-20', rating: 'amber' });
   * ```
   */
  record,
  /**
   * Changes a reflection's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.reflection.update({ id: 'r-01', changes: { rating: 'green' } });
   * ```
   */
  update,
  /**
   * Adds an action the group agreed after a reflection.
   *
   * @example
   * ```ts
   * commands.reflection.addAction({ id: 'r-01', action: { description: 'Open each meeting with a round', owner: 'm-02' } });
   * ```
   */
  addAction,
  /**
   * Marks a reflection's action done. Actions have no ids, so it is named by
   * its index in the reflection's `actions`.
   *
   * @example
   * ```ts
   * commands.reflection.completeAction({ id: 'r-01', index: 0, on: '2025-04-15' });
   * ```
   */
  completeAction,
});
