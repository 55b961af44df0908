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
import {
  type CommandDefinition,
  changesSchema,
  checkPeriodAfterUpdate,
  clearSchema,
  creator,
  defineCommand,
  isBefore,
  mergeRecord,
  type PlanContext,
  planUpdate,
  setAt,
} from './shared.js';

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

function sectionUpdate<
  const Type extends string,
  S extends z.core.$ZodShape,
  Omitted extends PropertyKey = never,
>(
  type: Type,
  section: SectionKey,
  schema: z.ZodObject<S, z.core.$strict>,
  omit: readonly Omitted[] = [],
  check: (ctx: PlanContext, after: Fields, changes: Fields) => void = () => {},
) {
  const payload = z.strictObject({
    changes: changesSchema(schema.shape, omit),
    clear: clearSchema(schema.shape),
  });
  return defineCommand(type, payload, (ctx, parsed) => {
    const { changes, clear } = parsed as unknown as { changes: Fields; clear?: string[] };
    const current: Project[SectionKey] = ctx.project[section];
    ctx.checkSectionReferences(section, changes, ['changes']);
    check(ctx, mergeRecord<Fields>(current, changes, clear), changes);
    return planUpdate(ctx, [section], current, changes, clear);
  }) as CommandDefinition<Type, typeof payload>;
}

const purpose = sectionUpdate('purpose/update', 'purpose', PurposeSchema);
const remit = sectionUpdate('remit/update', 'remit', RemitSchema);
const progressTracking = sectionUpdate(
  'progress-tracking/update',
  'progressTracking',
  ProgressTrackingSchema,
);
const learningPlan = sectionUpdate('learning-plan/update', 'learningPlan', LearningPlanSchema);
const coproductionMeaning = sectionUpdate(
  'coproduction-meaning/update',
  'coproductionMeaning',
  CoproductionMeaningSchema,
);
const resources = sectionUpdate('resources/update', 'resources', ResourcesSchema);
const influence = sectionUpdate('influence/update', 'influence', InfluenceStatementSchema);
const communicationPlan = sectionUpdate(
  'communication-plan/update',
  'communicationPlan',
  CommunicationPlanSchema,
);
const timeframe = sectionUpdate(
  'timeframe/update',
  'timeframe',
  TimeframeSchema,
  // Milestones have their own commands, which keep their ids unique.
  ['milestones'],
  (ctx, after, changes) => {
    checkPeriodAfterUpdate(ctx, after, changes, TIMEFRAME_PERIOD);
  },
);
const governance = sectionUpdate(
  'governance/update',
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
  (ctx, { on }) => {
    const last = ctx.project.progressTracking.lastReview;
    // `lastReview` is the latest review; an earlier one, recorded late, changes nothing.
    if (last !== undefined && !isBefore(last, on)) return [];
    return [setAt(['progressTracking', 'lastReview'], on)];
  },
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
 * Creators for `purpose/*`.
 *
 * @example
 * ```ts
 * commands.purpose.update({ changes: { what: 'A travel offer for young carers', why: 'Passes do not fit caring routines' } });
 * ```
 */
export const purposeCommands = {
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
};

/**
 * Creators for `remit/*`.
 *
 * @example
 * ```ts
 * commands.remit.update({ changes: { inScope: ['Bus passes'], outOfRemit: [{ topic: 'School transport policy', reason: 'It has its own review' }] } });
 * ```
 */
export const remitCommands = {
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
};

/**
 * Creators for `progress-tracking/*`.
 *
 * @example
 * ```ts
 * commands.progressTracking.update({ changes: { method: 'Review against outcomes', cadence: 'monthly' } });
 * ```
 */
export const progressTrackingCommands = {
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
};

/**
 * Creators for `learning-plan/*`.
 *
 * @example
 * ```ts
 * commands.learningPlan.update({ changes: { captureMethod: 'Learning log after each session' } });
 * ```
 */
export const learningPlanCommands = {
  /**
   * Changes how learning is captured and who it is shared with.
   *
   * @example
   * ```ts
   * commands.learningPlan.update({ changes: { captureMethod: 'Learning log after each session' } });
   * ```
   */
  update: creator(learningPlan),
};

/**
 * Creators for `coproduction-meaning/*`.
 *
 * @example
 * ```ts
 * commands.coproductionMeaning.update({ changes: { definition: 'Equal partners', agreedOn: '2025-02-04', agreedBy: ['m-01'] } });
 * ```
 */
export const coproductionMeaningCommands = {
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
};

/**
 * Creators for `resources/*`.
 *
 * @example
 * ```ts
 * commands.resources.update({ changes: { budgetGbp: 12000, dedicated: true } });
 * ```
 */
export const resourcesCommands = {
  /**
   * Changes the time and money committed to the work.
   *
   * @example
   * ```ts
   * commands.resources.update({ changes: { budgetGbp: 12000, dedicated: true } });
   * ```
   */
  update: creator(resources),
};

/**
 * Creators for `influence/*`.
 *
 * @example
 * ```ts
 * commands.influence.update({ changes: { cannotInfluence: [{ topic: 'Fares', reason: 'Set by the operator' }] } });
 * ```
 */
export const influenceCommands = {
  /**
   * Changes the statement of what members can and cannot influence.
   *
   * @example
   * ```ts
   * commands.influence.update({ changes: { cannotInfluence: [{ topic: 'Fares', reason: 'Set by the operator' }] } });
   * ```
   */
  update: creator(influence),
};

/**
 * Creators for `communication-plan/*`.
 *
 * @example
 * ```ts
 * commands.communicationPlan.update({ changes: { during: 'Notes within a week', membersToldOn: '2025-02-04' } });
 * ```
 */
export const communicationPlanCommands = {
  /**
   * Changes when and how information is shared during and after the work.
   *
   * @example
   * ```ts
   * commands.communicationPlan.update({ changes: { during: 'Notes within a week', membersToldOn: '2025-02-04' } });
   * ```
   */
  update: creator(communicationPlan),
};

/**
 * Creators for `timeframe/*`.
 *
 * @example
 * ```ts
 * commands.timeframe.update({ changes: { start: '2025-01-06', end: '2025-12-19' } });
 * ```
 */
export const timeframeCommands = {
  /**
   * Changes the timeframe's start or end (milestones have their own commands).
   *
   * @example
   * ```ts
   * commands.timeframe.update({ changes: { start: '2025-01-06', end: '2025-12-19' } });
   * ```
   */
  update: creator(timeframe),
};

/**
 * Creators for `governance/*`.
 *
 * @example
 * ```ts
 * commands.governance.update({ changes: { decisionScopeAgreedOn: '2025-02-18' } });
 * ```
 */
export const governanceCommands = {
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
};

/**
 * Creators for `ending/*`.
 *
 * @example
 * ```ts
 * commands.ending.update({ changes: { evaluatedOn: '2027-03-04', evaluatedWith: ['m-01', 'm-06'] } });
 * ```
 */
export const endingCommands = {
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
};
