/**
 * `responsibility/*`: areas of responsibility and who holds them.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { ResponsibilitySchema } from '../../model/governance.js';
import { ResponsibilityIdSchema } from '../../model/ids.js';
import { creator, defineCommand, pushTo, removeAt, setAt } from './shared.js';

const RESPONSIBILITIES = ['governance', 'responsibilities'] as const;

const set = defineCommand('responsibility/set', ResponsibilitySchema, (ctx, responsibility) => {
  ctx.checkMembers(responsibility.owners, ['owners']);
  const index = ctx.indexOf(ctx.project.governance.responsibilities, responsibility.id);
  return index < 0
    ? [pushTo(RESPONSIBILITIES, responsibility)]
    : [setAt([...RESPONSIBILITIES, index], responsibility)];
});

const remove = defineCommand(
  'responsibility/remove',
  z.strictObject({ id: ResponsibilityIdSchema }),
  (ctx, { id }) => {
    const items = ctx.project.governance.responsibilities;
    const index = ctx.requireRecord(items, id, ['id'], 'responsibility');
    return [removeAt([...RESPONSIBILITIES, index])];
  },
);

/**
 * The `responsibility/*` command definitions, gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * responsibilityDefinitions.map((definition) => definition.type);
 * ```
 */
export const responsibilityDefinitions = [set, remove] as const;

/**
 * Creators for `responsibility/*` commands.
 *
 * @example
 * ```ts
 * commands.responsibility.set({ id: 'resp-01', area: 'Chairing meetings', owners: ['m-01', 'm-05'] });
 * ```
 */
export const responsibilityCommands = {
  /**
   * Sets who holds an area of responsibility: adds it, or replaces the one
   * with the same id. Every owner must be a member.
   *
   * @example
   * ```ts
   * commands.responsibility.set({ id: 'resp-01', area: 'Chairing meetings', owners: ['m-01', 'm-05'] });
   * ```
   */
  set: creator(set),
  /**
   * Removes an area of responsibility that no longer applies.
   *
   * @example
   * ```ts
   * commands.responsibility.remove({ id: 'resp-01' });
   * ```
   */
  remove: creator(remove),
};
