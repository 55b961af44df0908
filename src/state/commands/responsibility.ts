/**
 * `responsibility/*`: areas of responsibility and who holds them.
 *
 * @internal
 * @module
 */
import { ResponsibilitySchema } from '../../model/governance.js';
import { collectionCommands } from './collection.js';
import { commandFamily, defineCommand } from './definition.js';
import { pushTo, setAt } from './edits.js';

const RESPONSIBILITIES = ['governance', 'responsibilities'] as const;

const set = defineCommand('responsibility/set', ResponsibilitySchema, (ctx, responsibility) => {
  ctx.checkReferences('responsibility', responsibility, []);
  const index = ctx.indexOf(ctx.project.governance.responsibilities, responsibility.id);
  return index < 0
    ? [pushTo(RESPONSIBILITIES, responsibility)]
    : [setAt([...RESPONSIBILITIES, index], responsibility)];
});

const { remove } = collectionCommands('responsibility', { remove: 'remove' });

/**
 * The `responsibility/*` commands.
 *
 * @example
 * ```ts
 * responsibilityFamily.definitions.map((definition) => definition.type);
 * // ['responsibility/set', 'responsibility/remove']
 * ```
 */
export const responsibilityFamily = commandFamily({
  /**
   * Sets who holds an area of responsibility: adds it, or replaces the one
   * with the same id. Every owner must be a member.
   *
   * @example
   * ```ts
   * commands.responsibility.set({ id: 'resp-01', area: 'Chairing meetings', owners: ['m-01', 'm-05'] });
   * ```
   */
  set,
  /**
   * Removes an area of responsibility that no longer applies.
   *
   * @example
   * ```ts
   * commands.responsibility.remove({ id: 'resp-01' });
   * ```
   */
  remove,
});
