/**
 * `member/*`: who is in the group. Members are retired, never deleted, so
 * the record of who took part survives them leaving.
 *
 * @internal
 * @module
 */

import { COLLECTIONS, periodOrderProblem } from '../../model/collections.js';
import {
  AccessNeedsSchema,
  NonCashPreferenceSchema,
  TrainingTakenSchema,
} from '../../model/group.js';
import { IsoDateSchema } from '../../model/primitives.js';
import { ADD_UPDATE, collectionCommands, dateOnceCommand, recordCommand } from './collection.js';
import { isBefore } from './date-order.js';
import { commandFamily } from './definition.js';
import { pushTo, setAt } from './edits.js';
import { planUpdate } from './record-update.js';

const { add, update } = collectionCommands('member', ADD_UPDATE);

const retire = dateOnceCommand(
  'member/retire',
  'member',
  'left',
  { code: 'already-left', message: (id, date) => `member "${id}" already left on ${date}` },
  // Leaving before joining is the period's own problem, said as an update would say it.
  (ctx, member, on) => {
    if (!isBefore(on, member.joined)) return;
    const { message, ...coded } = periodOrderProblem(
      COLLECTIONS.member.period,
      'end',
      member.joined,
    );
    ctx.problem(['on'], message, coded);
  },
);

const setAccessNeeds = recordCommand(
  'member/set-access-needs',
  'member',
  { accessNeeds: AccessNeedsSchema },
  (_ctx, found, { accessNeeds }) => {
    return [setAt([...found.path, 'accessNeeds'], accessNeeds)];
  },
);

const recordBenefitsAdvice = recordCommand(
  'member/record-benefits-advice',
  'member',
  { on: IsoDateSchema, nonCashPreference: NonCashPreferenceSchema.optional() },
  (ctx, found, { on, nonCashPreference }) => {
    const member = found.record;
    const changes =
      nonCashPreference === undefined
        ? { benefitsAdviceOfferedOn: on }
        : { benefitsAdviceOfferedOn: on, nonCashPreference };
    return planUpdate(ctx, found.path, member, changes, undefined);
  },
);

const recordTraining = recordCommand(
  'member/record-training',
  'member',
  { ...TrainingTakenSchema.shape },
  (_ctx, found, { id, ...training }) => {
    const member = found.record;
    const path = [...found.path, 'trainingTaken'];
    return member.trainingTaken ? [pushTo(path, training)] : [setAt(path, [training])];
  },
);

/**
 * The `member/*` commands.
 *
 * @example
 * ```ts
 * memberFamily.definitions.map((definition) => definition.type);
 * // ['member/add', 'member/update', 'member/retire', 'member/set-access-needs',
 * //  'member/record-benefits-advice', 'member/record-training']
 * ```
 */
export const memberFamily = commandFamily({
  /**
   * Adds a member to the group. Rejected when the id is taken or the member
   * would leave before joining.
   *
   * @example
   * ```ts
   * commands.member.add({ id: 'm-01', displayName: 'Member A', roles: ['resident'], joined: '2025-01-10' });
   * ```
   */
  add,
  /**
   * Changes a member's fields; `clear` removes optional ones. The id cannot change.
   *
   * @example
   * ```ts
   * commands.member.update({ id: 'm-01', changes: { displayName: 'Sam' }, clear: ['skills'] });
   * ```
   */
  update,
  /**
   * Records that a member left, by setting `left`. The member and everything
   * they took part in stay in the project.
   *
   * @example
   * ```ts
   * commands.member.retire({ id: 'm-01', on: '2025-06-30' });
   * ```
   */
  retire,
  /**
   * Records the answer when a member is asked about access and support
   * needs: `'none'` when they need nothing, the needs they named (each with
   * what it requires in a room or online, and whether it is met), or
   * `'unknown'` to take an answer back. Replaces any answer before.
   *
   * @example
   * ```ts
   * commands.member.setAccessNeeds({ id: 'm-01', accessNeeds: 'none' });
   * commands.member.setAccessNeeds({
   *   id: 'm-02',
   *   accessNeeds: [
   *     { need: 'I am hard of hearing', bySetting: { inPerson: ['hearing-loop'], online: ['captions'] }, met: true },
   *   ],
   * });
   * ```
   */
  setAccessNeeds,
  /**
   * Records when a member was offered independent advice on how payment
   * for taking part could affect their benefits and, when they have chosen
   * one, their choice of a non-cash alternative (`'none'` when they want
   * none). A choice already recorded stays unless a new one is given.
   *
   * @example
   * ```ts
   * commands.member.recordBenefitsAdvice({ id: 'm-01', on: '2026-03-26', nonCashPreference: 'voucher' });
   * ```
   */
  recordBenefitsAdvice,
  /**
   * Adds training a member took through the work to their record.
   *
   * @example
   * ```ts
   * commands.member.recordTraining({ id: 'm-01', title: 'Chairing meetings', on: '2026-05-12' });
   * ```
   */
  recordTraining,
});
