/**
 * `idea/*`: ideas members raise, and what became of them.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { IdeaIdSchema } from '../../model/ids.js';
import { TextSchema } from '../../model/primitives.js';
import { IdeaSchema, IdeaStatusSchema } from '../../model/reflection.js';
import { creator, defineCommand, planUpdate, pushTo, recordUpdateSchema } from './shared.js';

const raise = defineCommand(
  'idea/raise',
  IdeaSchema.extend({ status: IdeaStatusSchema.default('open') }),
  (ctx, idea) => {
    ctx.requireNewId(ctx.project.ideas, idea.id, ['id'], 'idea');
    ctx.checkMembers(idea.raisedBy, ['raisedBy']);
    return [pushTo(['ideas'], idea)];
  },
);

const update = defineCommand(
  'idea/update',
  recordUpdateSchema(IdeaIdSchema, IdeaSchema),
  (ctx, { id, changes, clear }) => {
    const index = ctx.requireRecord(ctx.project.ideas, id, ['id'], 'idea');
    const idea = ctx.project.ideas[index];
    if (!idea) return [];
    ctx.checkMembers(changes.raisedBy, ['changes', 'raisedBy']);
    return planUpdate(ctx, ['ideas', index], idea, changes, clear);
  },
);

const setStatus = defineCommand(
  'idea/set-status',
  z.strictObject({ id: IdeaIdSchema, status: IdeaStatusSchema, response: TextSchema.optional() }),
  (ctx, { id, ...changes }) => {
    const index = ctx.requireRecord(ctx.project.ideas, id, ['id'], 'idea');
    const idea = ctx.project.ideas[index];
    if (!idea) return [];
    return planUpdate(ctx, ['ideas', index], idea, changes, undefined);
  },
);

/**
 * The `idea/*` command definitions, gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * ideaDefinitions.map((definition) => definition.type);
 * ```
 */
export const ideaDefinitions = [raise, update, setStatus] as const;

/**
 * Creators for `idea/*` commands.
 *
 * @example
 * ```ts
 * commands.idea.raise({ id: 'i-01', summary: 'Meet at the school gate', raisedOn: '2025-03-01', raisedBy: ['m-02'] });
 * ```
 */
export const ideaCommands = {
  /**
   * Records an idea a member raised; its status starts as `open` unless given.
   *
   * @example
   * ```ts
   * commands.idea.raise({ id: 'i-01', summary: 'Meet at the school gate', raisedOn: '2025-03-01', raisedBy: ['m-02'] });
   * ```
   */
  raise: creator(raise),
  /**
   * Changes an idea's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.idea.update({ id: 'i-01', changes: { summary: 'Meet at the school gate on Fridays' } });
   * ```
   */
  update: creator(update),
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
  setStatus: creator(setStatus),
};
