/**
 * `learning/*`: what the group learns, and who it has been shared with.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { LearningIdSchema } from '../../model/ids.js';
import { type LearningEntry, LearningEntrySchema } from '../../model/learning.js';
import { IsoDateSchema, LabelSchema } from '../../model/primitives.js';
import {
  creator,
  defineCommand,
  type Fields,
  type Path,
  type PlanContext,
  planUpdate,
  pushTo,
  recordUpdateSchema,
} from './shared.js';

function checkLearningFields(ctx: PlanContext, fields: Fields<LearningEntry>, path: Path): void {
  const { activities, decisions } = ctx.project;
  ctx.checkRef(
    activities,
    fields.sourceActivityId,
    [...path, 'sourceActivityId'],
    'activity',
    'an',
  );
  ctx.checkRef(decisions, fields.sourceDecisionId, [...path, 'sourceDecisionId'], 'decision');
}

const capture = defineCommand('learning/capture', LearningEntrySchema, (ctx, entry) => {
  ctx.requireNewId(ctx.project.learning, entry.id, ['id'], 'learning entry');
  checkLearningFields(ctx, entry, []);
  return [pushTo(['learning'], entry)];
});

const update = defineCommand(
  'learning/update',
  recordUpdateSchema(LearningIdSchema, LearningEntrySchema),
  (ctx, { id, changes, clear }) => {
    const index = ctx.requireRecord(ctx.project.learning, id, ['id'], 'learning entry');
    const entry = ctx.project.learning[index];
    if (!entry) return [];
    checkLearningFields(ctx, changes, ['changes']);
    return planUpdate(ctx, ['learning', index], entry, changes, clear);
  },
);

const share = defineCommand(
  'learning/share',
  z.strictObject({ id: LearningIdSchema, audience: LabelSchema, on: IsoDateSchema }),
  (ctx, { id, audience, on }) => {
    const index = ctx.requireRecord(ctx.project.learning, id, ['id'], 'learning entry');
    const entry = ctx.project.learning[index];
    if (!entry) return [];
    if (entry.sharedWith.some((s) => s.audience === audience && s.on === on)) {
      ctx.problem(
        ['audience'],
        `learning "${id}" is already recorded as shared with "${audience}" on ${on}`,
      );
    }
    return [pushTo(['learning', index, 'sharedWith'], { audience, on })];
  },
);

/**
 * The `learning/*` command definitions, gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * learningDefinitions.map((definition) => definition.type);
 * ```
 */
export const learningDefinitions = [capture, update, share] as const;

/**
 * Creators for `learning/*` commands.
 *
 * @example
 * ```ts
 * commands.learning.capture({ id: 'l-01', insight: 'Evening sessions suit working carers', date: '2025-03-20' });
 * ```
 */
export const learningCommands = {
  /**
   * Captures an insight. Rejected when the id is taken or it names a source
   * activity or decision that does not exist.
   *
   * @example
   * ```ts
   * commands.learning.capture({ id: 'l-01', insight: 'Evening sessions suit working carers', date: '2025-03-20' });
   * ```
   */
  capture: creator(capture),
  /**
   * Changes a learning entry's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.learning.update({ id: 'l-01', changes: { sourceActivityId: 'a-03' } });
   * ```
   */
  update: creator(update),
  /**
   * Records that a learning entry was shared with an audience, by appending
   * to its `sharedWith`.
   *
   * @example
   * ```ts
   * commands.learning.share({ id: 'l-01', audience: 'Adult social care DMT', on: '2025-05-01' });
   * ```
   */
  share: creator(share),
};
