/**
 * `agreement/*`: the group's "ways we will work together".
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { AgreementSchema } from '../../model/agreement.js';
import { ADD_UPDATE, collectionCommands } from './collection.js';
import { commandFamily, defineCommand } from './definition.js';
import { setAt } from './edits.js';

const { add, update } = collectionCommands('agreement', ADD_UPDATE);

const replaceAll = defineCommand(
  'agreement/replace-all',
  z.strictObject({ agreements: z.array(AgreementSchema) }),
  (ctx, { agreements }) => {
    ctx.checkUniqueIds(agreements, ['agreements'], 'agreement');
    agreements.forEach((agreement, i) => {
      ctx.checkReferences('agreement', agreement, ['agreements', i]);
    });
    return [setAt(['agreements'], agreements)];
  },
);

/**
 * The `agreement/*` commands.
 *
 * @example
 * ```ts
 * agreementFamily.definitions.map((definition) => definition.type);
 * // ['agreement/add', 'agreement/update', 'agreement/replace-all']
 * ```
 */
export const agreementFamily = commandFamily({
  /**
   * Adds one "ways we will work together" agreement. Rejected when the id is
   * taken or it names a member who does not exist.
   *
   * @example
   * ```ts
   * commands.agreement.add({ id: 'w-01', topic: 'language', text: 'We explain every acronym', createdBy: ['m-01'] });
   * ```
   */
  add,
  /**
   * Changes an agreement's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.agreement.update({ id: 'w-01', changes: { reviewedOn: '2025-06-01' } });
   * ```
   */
  update,
  /**
   * Replaces every agreement at once, as when the group rewrites them together.
   *
   * @example
   * ```ts
   * commands.agreement.replaceAll({ agreements: [{ id: 'w-01', topic: 'behaviour', text: 'One voice at a time' }] });
   * ```
   */
  replaceAll,
});
