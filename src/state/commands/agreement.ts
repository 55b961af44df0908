/**
 * `agreement/*`: the group's "ways we will work together".
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { type Agreement, AgreementSchema } from '../../model/agreement.js';
import { AgreementIdSchema } from '../../model/ids.js';
import {
  creator,
  defineCommand,
  type Fields,
  type Path,
  type PlanContext,
  planUpdate,
  pushTo,
  recordUpdateSchema,
  setAt,
} from './shared.js';

function checkAgreementFields(ctx: PlanContext, fields: Fields<Agreement>, path: Path): void {
  ctx.checkMembers(fields.createdBy, [...path, 'createdBy']);
}

const add = defineCommand('agreement/add', AgreementSchema, (ctx, agreement) => {
  ctx.requireNewId(ctx.project.agreements, agreement.id, ['id'], 'agreement');
  checkAgreementFields(ctx, agreement, []);
  return [pushTo(['agreements'], agreement)];
});

const update = defineCommand(
  'agreement/update',
  recordUpdateSchema(AgreementIdSchema, AgreementSchema),
  (ctx, { id, changes, clear }) => {
    const index = ctx.requireRecord(ctx.project.agreements, id, ['id'], 'agreement');
    const agreement = ctx.project.agreements[index];
    if (!agreement) return [];
    checkAgreementFields(ctx, changes, ['changes']);
    return planUpdate(ctx, ['agreements', index], agreement, changes, clear);
  },
);

const replaceAll = defineCommand(
  'agreement/replace-all',
  z.strictObject({ agreements: z.array(AgreementSchema) }),
  (ctx, { agreements }) => {
    ctx.checkUniqueIds(agreements, ['agreements'], 'agreement');
    agreements.forEach((agreement, i) => {
      checkAgreementFields(ctx, agreement, ['agreements', i]);
    });
    return [setAt(['agreements'], agreements)];
  },
);

/**
 * The `agreement/*` command definitions, gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * agreementDefinitions.map((definition) => definition.type);
 * ```
 */
export const agreementDefinitions = [add, update, replaceAll] as const;

/**
 * Creators for `agreement/*` commands.
 *
 * @example
 * ```ts
 * commands.agreement.add({ id: 'w-01', topic: 'language', text: 'We explain every acronym', createdBy: ['m-01'] });
 * ```
 */
export const agreementCommands = {
  /**
   * Adds one "ways we will work together" agreement. Rejected when the id is
   * taken or it names a member who does not exist.
   *
   * @example
   * ```ts
   * commands.agreement.add({ id: 'w-01', topic: 'language', text: 'We explain every acronym', createdBy: ['m-01'] });
   * ```
   */
  add: creator(add),
  /**
   * Changes an agreement's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.agreement.update({ id: 'w-01', changes: { reviewedOn: '2025-06-01' } });
   * ```
   */
  update: creator(update),
  /**
   * Replaces every agreement at once, as when the group rewrites them together.
   *
   * @example
   * ```ts
   * commands.agreement.replaceAll({ agreements: [{ id: 'w-01', topic: 'behaviour', text: 'One voice at a time' }] });
   * ```
   */
  replaceAll: creator(replaceAll),
};
