/**
 * `member/*`: who is in the group. Members are retired, never deleted, so
 * the record of who took part survives them leaving.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import {
  AccessNeedsSchema,
  NonCashPreferenceSchema,
  TrainingTakenSchema,
} from '../../model/group.js';
import { MemberIdSchema } from '../../model/ids.js';
import { IsoDateSchema } from '../../model/primitives.js';
import { collectionCommands } from './collection.js';
import { creator, defineCommand, isBefore, planUpdate, pushTo, setAt } from './shared.js';

const MEMBERS = ['group', 'members'] as const;

const { add, update } = collectionCommands({
  family: 'member',
  collection: 'member',
  verbs: { add: 'add', update: 'update' },
});

const retire = defineCommand(
  'member/retire',
  z.strictObject({ id: MemberIdSchema, on: IsoDateSchema }),
  (ctx, { id, on }) => {
    const members = ctx.project.group.members;
    const index = ctx.requireRecord(members, id, ['id'], 'member');
    const member = members[index];
    if (!member) return [];
    if (member.left !== undefined) {
      ctx.problem(['id'], `member "${id}" already left on ${member.left}`);
    } else if (isBefore(on, member.joined)) {
      ctx.problem(['on'], `is before the member joined (${String(member.joined)})`);
    }
    return [setAt([...MEMBERS, index, 'left'], on)];
  },
);

const setAccessNeeds = defineCommand(
  'member/set-access-needs',
  z.strictObject({ id: MemberIdSchema, accessNeeds: AccessNeedsSchema }),
  (ctx, { id, accessNeeds }) => {
    const members = ctx.project.group.members;
    const index = ctx.requireRecord(members, id, ['id'], 'member');
    if (index < 0 || !members[index]) return [];
    return [setAt([...MEMBERS, index, 'accessNeeds'], accessNeeds)];
  },
);

const recordBenefitsAdvice = defineCommand(
  'member/record-benefits-advice',
  z.strictObject({
    id: MemberIdSchema,
    on: IsoDateSchema,
    nonCashPreference: NonCashPreferenceSchema.optional(),
  }),
  (ctx, { id, on, nonCashPreference }) => {
    const members = ctx.project.group.members;
    const index = ctx.requireRecord(members, id, ['id'], 'member');
    const member = members[index];
    if (!member) return [];
    const changes =
      nonCashPreference === undefined
        ? { benefitsAdviceOfferedOn: on }
        : { benefitsAdviceOfferedOn: on, nonCashPreference };
    return planUpdate(ctx, [...MEMBERS, index], member, changes, undefined);
  },
);

const recordTraining = defineCommand(
  'member/record-training',
  z.strictObject({ id: MemberIdSchema, ...TrainingTakenSchema.shape }),
  (ctx, { id, ...training }) => {
    const members = ctx.project.group.members;
    const index = ctx.requireRecord(members, id, ['id'], 'member');
    const member = members[index];
    if (!member) return [];
    const path = [...MEMBERS, index, 'trainingTaken'];
    return member.trainingTaken ? [pushTo(path, training)] : [setAt(path, [training])];
  },
);

/**
 * The `member/*` command definitions, gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * memberDefinitions.map((definition) => definition.type);
 * ```
 */
export const memberDefinitions = [
  add,
  update,
  retire,
  setAccessNeeds,
  recordBenefitsAdvice,
  recordTraining,
] as const;

/**
 * Creators for `member/*` commands.
 *
 * @example
 * ```ts
 * commands.member.add({ id: 'm-01', displayName: 'Member A', roles: ['resident'], joined: '2025-01-10' });
 * ```
 */
export const memberCommands = {
  /**
   * Adds a member to the group. Rejected when the id is taken or the member
   * would leave before joining.
   *
   * @example
   * ```ts
   * commands.member.add({ id: 'm-01', displayName: 'Member A', roles: ['resident'], joined: '2025-01-10' });
   * ```
   */
  add: creator(add),
  /**
   * Changes a member's fields; `clear` removes optional ones. The id cannot change.
   *
   * @example
   * ```ts
   * commands.member.update({ id: 'm-01', changes: { displayName: 'Sam' }, clear: ['skills'] });
   * ```
   */
  update: creator(update),
  /**
   * Records that a member left, by setting `left`. The member and everything
   * they took part in stay in the project.
   *
   * @example
   * ```ts
   * commands.member.retire({ id: 'm-01', on: '2025-06-30' });
   * ```
   */
  retire: creator(retire),
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
  setAccessNeeds: creator(setAccessNeeds),
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
  recordBenefitsAdvice: creator(recordBenefitsAdvice),
  /**
   * Adds training a member took through the work to their record.
   *
   * @example
   * ```ts
   * commands.member.recordTraining({ id: 'm-01', title: 'Chairing meetings', on: '2026-05-12' });
   * ```
   */
  recordTraining: creator(recordTraining),
};
