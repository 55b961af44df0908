/**
 * `leader/*`: senior leaders the work needs to involve, and the points at
 * which they are to be involved.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { InvolvementPointSchema } from '../../model/governance.js';
import { LeaderIdSchema } from '../../model/ids.js';
import { IsoDateSchema } from '../../model/primitives.js';
import { ADD_UPDATE, collectionCommands, requireItem } from './collection.js';
import { commandFamily, defineCommand } from './definition.js';
import { pushTo, setAt } from './edits.js';
import type { PlanContext } from './plan-context.js';
import { planUpdate } from './record-update.js';
import { changesSchema, clearSchema } from './update-payload.js';

/** Finds a leader's involvement point by index, reporting when there is none. */
function requirePoint(ctx: PlanContext, id: string, pointIndex: number) {
  const found = ctx.findRecord('leader', id);
  if (!found) return undefined;
  const point = requireItem(ctx, 'leader', found, 'involvement', pointIndex, 'involvement point');
  return point && { point, path: [...found.path, 'involvement', pointIndex] };
}

const { add, update } = collectionCommands('leader', ADD_UPDATE);

const addInvolvement = defineCommand(
  'leader/add-involvement',
  z.strictObject({ id: LeaderIdSchema, point: InvolvementPointSchema }),
  (ctx, { id, point }) => {
    const found = ctx.findRecord('leader', id);
    return found ? [pushTo([...found.path, 'involvement'], point)] : [];
  },
);

const updateInvolvement = defineCommand(
  'leader/update-involvement',
  z.strictObject({
    id: LeaderIdSchema,
    index: z.int().min(0),
    changes: changesSchema(InvolvementPointSchema.shape),
    clear: clearSchema(InvolvementPointSchema.shape),
  }),
  (ctx, { id, index, changes, clear }) => {
    const found = requirePoint(ctx, id, index);
    if (!found) return [];
    return planUpdate(ctx, found.path, found.point, changes, clear);
  },
);

const completeInvolvement = defineCommand(
  'leader/complete-involvement',
  z.strictObject({ id: LeaderIdSchema, index: z.int().min(0), on: IsoDateSchema }),
  (ctx, { id, index, on }) => {
    const found = requirePoint(ctx, id, index);
    if (!found) return [];
    if (found.point.done !== undefined) {
      ctx.problem(['index'], `that involvement point was already done on ${found.point.done}`, {
        code: 'involvement-point-done',
        params: { date: found.point.done },
      });
    }
    return [setAt([...found.path, 'done'], on)];
  },
);

/**
 * The `leader/*` commands.
 *
 * @example
 * ```ts
 * leaderFamily.definitions.map((definition) => definition.type);
 * // ['leader/add', 'leader/update', 'leader/add-involvement', 'leader/update-involvement',
 * //  'leader/complete-involvement']
 * ```
 */
export const leaderFamily = commandFamily({
  /**
   * Adds a senior leader the work needs to involve.
   *
   * @example
   * ```ts
   * commands.leader.add({ id: 'sl-01', name: 'Director of Transport', role: 'Sponsor' });
   * ```
   */
  add,
  /**
   * Changes a senior leader's name, role or involvement points.
   *
   * @example
   * ```ts
   * commands.leader.update({ id: 'sl-01', changes: { role: 'Executive sponsor' } });
   * ```
   */
  update,
  /**
   * Adds a point at which a senior leader is to be involved.
   *
   * @example
   * ```ts
   * commands.leader.addInvolvement({ id: 'sl-01', point: { point: 'Sign off the pilot', due: '2025-06-30' } });
   * ```
   */
  addInvolvement,
  /**
   * Changes an involvement point, named by its index in the leader's `involvement`.
   *
   * @example
   * ```ts
   * commands.leader.updateInvolvement({ id: 'sl-01', index: 0, changes: { due: '2025-07-31' } });
   * ```
   */
  updateInvolvement,
  /**
   * Marks an involvement point done.
   *
   * @example
   * ```ts
   * commands.leader.completeInvolvement({ id: 'sl-01', index: 0, on: '2025-07-02' });
   * ```
   */
  completeInvolvement,
});
