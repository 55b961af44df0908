/**
 * Updates to the project's single sections: purpose, remit, progress
 * tracking, learning plan, what co-production means here, resources,
 * influence, communication plan, timeframe and governance. Each is its own
 * family (`purpose/update`, `remit/update`, ...), but each reads the same,
 * so they are made by one function in one file rather than ten near-copies.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { TIMEFRAME_PERIOD } from '../../model/collections.js';
import { GovernanceSchema } from '../../model/governance.js';
import { IsoDateSchema } from '../../model/primitives.js';
import {
  CommunicationPlanSchema,
  CoproductionMeaningSchema,
  EndingSchema,
  InfluenceStatementSchema,
  LearningPlanSchema,
  ProgressTrackingSchema,
  type Project,
  PurposeSchema,
  RemitSchema,
  ResourcesSchema,
  TimeframeSchema,
} from '../../model/project.js';
import { type Kebab, kebab } from './collection.js';
import { checkPeriodAfterUpdate, keepLatest } from './date-order.js';
import { type CommandDefinition, creator, defineCommand } from './definition.js';
import { setAt } from './edits.js';
import type { PlanContext } from './plan-context.js';
import { mergeRecord, planUpdate } from './record-update.js';
import { changesSchema, clearSchema } from './update-payload.js';

type SectionKey =
  | 'purpose'
  | 'remit'
  | 'progressTracking'
  | 'learningPlan'
  | 'coproductionMeaning'
  | 'resources'
  | 'influence'
  | 'communicationPlan'
  | 'timeframe'
  | 'governance';

type Fields = Readonly<Record<string, unknown>>;

/**
 * The `<section>/update` command of a section, its type spelt from the
 * section's name (`progressTracking` → `progress-tracking/update`).
 * `omit` names fields other commands keep; `check` sees the section as it
 * will be.
 */
function sectionUpdate<
  const Section extends SectionKey,
  S extends z.core.$ZodShape,
  Omitted extends PropertyKey = never,
>(
  section: Section,
  schema: z.ZodObject<S, z.core.$strict>,
  omit: readonly Omitted[] = [],
  check: (ctx: PlanContext, after: Fields, changes: Fields) => void = () => {},
) {
  type Type = `${Kebab<Section>}/update`;
  const payload = z.strictObject({
    changes: changesSchema(schema.shape, omit),
    clear: clearSchema(schema.shape),
  });
  return defineCommand(`${kebab(section)}/update` as Type, payload, (ctx, parsed) => {
    const { changes, clear } = parsed as unknown as { changes: Fields; clear?: string[] };
    const current: Project[SectionKey] = ctx.project[section];
    ctx.checkSectionReferences(section, changes, ['changes']);
    check(ctx, mergeRecord<Fields>(current, changes, clear), changes);
    return planUpdate(ctx, [section], current, changes, clear);
  }) as CommandDefinition<Type, typeof payload>;
}

const purpose = sectionUpdate('purpose', PurposeSchema);
const remit = sectionUpdate('remit', RemitSchema);
const progressTracking = sectionUpdate('progressTracking', ProgressTrackingSchema);
const learningPlan = sectionUpdate('learningPlan', LearningPlanSchema);
const coproductionMeaning = sectionUpdate('coproductionMeaning', CoproductionMeaningSchema);
const resources = sectionUpdate('resources', ResourcesSchema);
const influence = sectionUpdate('influence', InfluenceStatementSchema);
const communicationPlan = sectionUpdate('communicationPlan', CommunicationPlanSchema);
const timeframe = sectionUpdate(
  'timeframe',
  TimeframeSchema,
  // Milestones have their own commands, which keep their ids unique.
  ['milestones'],
  (ctx, after, changes) => {
    checkPeriodAfterUpdate(ctx, after, changes, TIMEFRAME_PERIOD);
  },
);
const governance = sectionUpdate(
  'governance',
  GovernanceSchema,
  // Leaders, flows and responsibilities have their own commands, which check their references.
  ['seniorLeaders', 'informationFlows', 'responsibilities'],
);

const endingPayload = z.strictObject({
  changes: changesSchema(EndingSchema.shape),
  clear: clearSchema(EndingSchema.shape),
});
// The ending is unset until something about it is recorded, so the first
// update writes the whole record and later ones change it field by field.
const ending = defineCommand('ending/update', endingPayload, (ctx, { changes, clear }) => {
  ctx.checkSectionReferences('ending', changes, ['changes']);
  const current = ctx.project.ending;
  if (current !== undefined) return planUpdate(ctx, ['ending'], current, changes, clear);
  const edits = planUpdate(ctx, ['ending'], {}, changes, clear);
  if (edits.length === 0) return [];
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) record[key] = value;
  return [setAt(['ending'], record)];
});

const recordReview = defineCommand(
  'progress-tracking/record-review',
  z.strictObject({ on: IsoDateSchema }),
  (ctx, { on }) =>
    keepLatest(['progressTracking', 'lastReview'], ctx.project.progressTracking.lastReview, on),
);

/**
 * The single-section update commands (`purpose/update` to `governance/update`, and
 * `progress-tracking/record-review`), gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * sectionDefinitions.map((definition) => definition.type);
 * ```
 */
export const sectionDefinitions = [
  purpose,
  remit,
  progressTracking,
  recordReview,
  learningPlan,
  coproductionMeaning,
  resources,
  influence,
  communicationPlan,
  timeframe,
  governance,
  ending,
] as const;

/**
 * Creators for the single sections, under the names `commands` gives them
 * (`commands.purpose.update`, `commands.progressTracking.recordReview`).
 * TSDoc written on a creator shows where a front end calls it.
 *
 * @example
 * ```ts
 * sectionCommands.timeframe.update({ changes: { end: '2025-12-19' } });
 * // { type: 'timeframe/update', payload: { changes: { end: '2025-12-19' } } }
 * ```
 */
export const sectionCommands = {
  purpose: {
    /**
     * Changes what the group wants to co-produce and why, and who agreed it
     * and when. Every member in `agreedBy` must exist.
     *
     * @example
     * ```ts
     * commands.purpose.update({ changes: { what: 'A travel offer for young carers', why: 'Passes do not fit caring routines' } });
     * ```
     */
    update: creator(purpose),
  },
  remit: {
    /**
     * Changes the issue being tackled and the limits of the group's remit
     * (each thing outside it with the reason), and who agreed it and when.
     * Every member in `agreedBy` must exist.
     *
     * @example
     * ```ts
     * commands.remit.update({ changes: { inScope: ['Bus passes'], outOfRemit: [{ topic: 'School transport policy', reason: 'It has its own review' }] } });
     * ```
     */
    update: creator(remit),
  },
  progressTracking: {
    /**
     * Changes how progress is tracked.
     *
     * @example
     * ```ts
     * commands.progressTracking.update({ changes: { method: 'Review against outcomes', cadence: 'monthly' } });
     * ```
     */
    update: creator(progressTracking),
    /**
     * Records a progress review. `lastReview` keeps the later date, so
     * recording an older review late changes nothing.
     *
     * @example
     * ```ts
     * commands.progressTracking.recordReview({ on: '2025-04-02' });
     * ```
     */
    recordReview: creator(recordReview),
  },
  learningPlan: {
    /**
     * Changes how learning is captured and who it is shared with.
     *
     * @example
     * ```ts
     * commands.learningPlan.update({ changes: { captureMethod: 'Learning log after each session' } });
     * ```
     */
    update: creator(learningPlan),
  },
  coproductionMeaning: {
    /**
     * Changes what co-production means for this project and why it was
     * chosen. Every member in `agreedBy` must exist.
     *
     * @example
     * ```ts
     * commands.coproductionMeaning.update({ changes: { definition: 'Equal partners', agreedOn: '2025-02-04', agreedBy: ['m-01'] } });
     * ```
     */
    update: creator(coproductionMeaning),
  },
  resources: {
    /**
     * Changes the time and money committed to the work.
     *
     * @example
     * ```ts
     * commands.resources.update({ changes: { budgetGbp: 12000, dedicated: true } });
     * ```
     */
    update: creator(resources),
  },
  influence: {
    /**
     * Changes the statement of what members can and cannot influence.
     *
     * @example
     * ```ts
     * commands.influence.update({ changes: { cannotInfluence: [{ topic: 'Fares', reason: 'Set by the operator' }] } });
     * ```
     */
    update: creator(influence),
  },
  communicationPlan: {
    /**
     * Changes when and how information is shared during and after the work.
     *
     * @example
     * ```ts
     * commands.communicationPlan.update({ changes: { during: 'Notes within a week', membersToldOn: '2025-02-04' } });
     * ```
     */
    update: creator(communicationPlan),
  },
  timeframe: {
    /**
     * Changes the timeframe's start or end (milestones have their own commands).
     *
     * @example
     * ```ts
     * commands.timeframe.update({ changes: { start: '2025-01-06', end: '2025-12-19' } });
     * ```
     */
    update: creator(timeframe),
  },
  governance: {
    /**
     * Changes the governance summary and when the group agreed its decision
     * scope (leaders, flows and responsibilities have their own commands).
     *
     * @example
     * ```ts
     * commands.governance.update({ changes: { decisionScopeAgreedOn: '2025-02-18' } });
     * ```
     */
    update: creator(governance),
  },
  ending: {
    /**
     * Records how the work ended: when and with whom it was evaluated, when
     * and how members were told, and what happens next. Every member in
     * `evaluatedWith` must exist.
     *
     * @example
     * ```ts
     * commands.ending.update({ changes: { membersToldOn: '2027-03-11', howMembersTold: 'A letter and a celebration evening', whatHappensNext: 'The group meets again in September' } });
     * ```
     */
    update: creator(ending),
  },
};
