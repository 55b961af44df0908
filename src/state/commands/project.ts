/**
 * `project/*`: the project's own fields: title, organisation, time zone,
 * stage, and a council system's extensions.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import {
  ExtensionsSchema,
  isKnownTimeZone,
  LabelSchema,
  TimeZoneSchema,
} from '../../model/primitives.js';
import { StageSchema } from '../../model/project.js';
import { unknownTimeZoneProblem } from '../../model/references.js';
import { TopicSchema } from '../../model/topic.js';
import { commandFamily, defineCommand } from './definition.js';
import { setAt } from './edits.js';
import { codeOf } from './problem-code.js';
import { jsonEqual, planUpdate } from './record-update.js';

const update = defineCommand(
  'project/update',
  z.strictObject({
    changes: z.strictObject({
      title: LabelSchema.optional(),
      organisation: LabelSchema.optional(),
      timeZone: TimeZoneSchema.optional(),
      topics: z.array(TopicSchema).max(50).optional(),
    }),
    clear: z.array(z.enum(['organisation', 'topics'])).optional(),
  }),
  (ctx, { changes, clear }) => {
    if (changes.timeZone !== undefined && !isKnownTimeZone(changes.timeZone)) {
      const detail = unknownTimeZoneProblem([], changes.timeZone);
      ctx.problem(['changes', 'timeZone'], detail.message, codeOf(detail));
    }
    return planUpdate(ctx, [], ctx.project, changes, clear);
  },
);

const setStage = defineCommand(
  'project/set-stage',
  z.strictObject({ stage: StageSchema }),
  (ctx, { stage }) => (ctx.project.stage === stage ? [] : [setAt(['stage'], stage)]),
);

const setExtensions = defineCommand(
  'project/set-extensions',
  z.strictObject({ extensions: ExtensionsSchema }),
  (ctx, { extensions }) =>
    jsonEqual(ctx.project.extensions, extensions) ? [] : [setAt(['extensions'], extensions)],
);

/**
 * The `project/*` commands.
 *
 * @example
 * ```ts
 * projectFamily.definitions.map((definition) => definition.type);
 * // ['project/update', 'project/set-stage', 'project/set-extensions']
 * ```
 */
export const projectFamily = commandFamily({
  /**
   * Changes the project's title, organisation, time zone or topics (keys
   * from the council's list, read by the portfolio rules);
   * `clear: ['organisation']` removes the organisation.
   *
   * @example
   * ```ts
   * commands.project.update({ changes: { title: 'Young carers travel offer' } });
   * ```
   */
  update,
  /**
   * Moves the project to another stage of its life.
   *
   * @example
   * ```ts
   * commands.project.setStage({ stage: 'during' });
   * ```
   */
  setStage,
  /**
   * Replaces a council system's own fields. The library keeps them exactly
   * and never reads them.
   *
   * @example
   * ```ts
   * commands.project.setExtensions({ extensions: { caseRef: 'ASC-2291' } });
   * ```
   */
  setExtensions,
});
