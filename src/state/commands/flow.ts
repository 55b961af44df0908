/**
 * `flow/*`: agreed flows of information between the group and senior leaders.
 *
 * @internal
 * @module
 */
import { IsoDateSchema } from '../../model/primitives.js';
import { ADD_UPDATE, collectionCommands, recordCommand } from './collection.js';
import { keepLatest } from './date-order.js';
import { commandFamily } from './definition.js';

const { add, update } = collectionCommands('flow', ADD_UPDATE);

const recordOccurrence = recordCommand(
  'flow/record-occurrence',
  'flow',
  { on: IsoDateSchema },
  (_ctx, found, { on }) =>
    keepLatest([...found.path, 'lastOccurred'], found.record.lastOccurred, on),
);

/**
 * The `flow/*` commands.
 *
 * @example
 * ```ts
 * flowFamily.definitions.map((definition) => definition.type);
 * // ['flow/add', 'flow/update', 'flow/record-occurrence']
 * ```
 */
export const flowFamily = commandFamily({
  /**
   * Adds an agreed flow of information. Rejected when the id is taken or it
   * names a senior leader who does not exist.
   *
   * @example
   * ```ts
   * commands.flow.add({ id: 'f-01', direction: 'group-to-leaders', cadence: 'monthly', leaderIds: ['sl-01'] });
   * ```
   */
  add,
  /**
   * Changes a flow's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.flow.update({ id: 'f-01', changes: { cadence: 'quarterly' } });
   * ```
   */
  update,
  /**
   * Records that a flow happened. `lastOccurred` keeps the later date, so
   * recording an older occurrence late changes nothing.
   *
   * @example
   * ```ts
   * commands.flow.recordOccurrence({ id: 'f-01', on: '2025-04-30' });
   * ```
   */
  recordOccurrence,
});
