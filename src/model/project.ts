/**
 * The project document: everything the framework asks about one piece of
 * co-production, in one JSON document.
 *
 * @module
 */
import * as z from 'zod';
import { AcknowledgementSchema } from './acknowledgement.js';
import { ActivitySchema } from './activity.js';
import { AgreementSchema } from './agreement.js';
import { DecisionSchema } from './decision.js';
import { agreedFields, topicAndReasonFields } from './fields.js';
import { GovernanceSchema } from './governance.js';
import { GroupSchema } from './group.js';
import {
  EngagementIdSchema,
  MemberIdSchema,
  MilestoneIdSchema,
  OutcomeIdSchema,
  ProjectIdSchema,
} from './ids.js';
import { LearningEntrySchema } from './learning.js';
import {
  CadenceSchema,
  ExtensionsSchema,
  IsoDateSchema,
  LabelSchema,
  TextSchema,
  TimeZoneSchema,
} from './primitives.js';
import type { DeepReadonly } from './readonly.js';
import { ReciprocityEntrySchema } from './reciprocity.js';
import { RecommendationSchema } from './recommendation.js';
import { IdeaSchema, ReflectionSchema } from './reflection.js';
import { TopicSchema } from './topic.js';

/**
 * The document format version this library writes. Older versions are
 * migrated on read; newer ones are refused.
 *
 * @category Model
 * @example
 * ```ts
 * const doc = JSON.parse(text) as { schemaVersion?: number };
 * if ((doc.schemaVersion ?? 0) > CURRENT_SCHEMA_VERSION) console.log('This file needs a newer coproduce.');
 * ```
 */
export const CURRENT_SCHEMA_VERSION = 2 as const;

/** Where a project is in its life. @category Model @example `StageSchema.options // ['planning', 'starting', 'during', 'ending', 'closed']` */
export const StageSchema = z.enum(['planning', 'starting', 'during', 'ending', 'closed']);
/** Where a project is in its life. @category Model @example `const stage: Stage = 'planning';` */
export type Stage = z.infer<typeof StageSchema>;

/**
 * A milestone in the timeframe.
 *
 * @category Model
 * @example `MilestoneSchema.parse({ id: 'ms-01', title: 'Options agreed', due: '2025-06-30' })`
 */
export const MilestoneSchema = z.strictObject({
  id: MilestoneIdSchema,
  title: LabelSchema,
  due: IsoDateSchema,
  done: IsoDateSchema.optional(),
});
/** A milestone. @category Model @example `const late = (m: Milestone, today: string) => !m.done && m.due < today;` */
export type Milestone = DeepReadonly<z.infer<typeof MilestoneSchema>>;

/**
 * The project's timeframe.
 *
 * @category Model
 * @example `TimeframeSchema.parse({ start: '2025-01-06', end: '2025-12-19', milestones: [] })`
 */
export const TimeframeSchema = z.strictObject({
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  milestones: z.array(MilestoneSchema).default([]),
});
/** A timeframe. @category Model @example `const t: Timeframe = { milestones: [] };` */
export type Timeframe = DeepReadonly<z.infer<typeof TimeframeSchema>>;

/**
 * What the group wants to co-produce, and why, with who agreed it and when.
 *
 * @category Model
 * @example `PurposeSchema.parse({ what: 'A new travel offer for young carers', why: 'Current passes do not fit caring routines', agreedOn: '2026-03-26', agreedBy: ['m-01', 'm-02'] })`
 */
export const PurposeSchema = z.strictObject({
  what: TextSchema.optional(),
  why: TextSchema.optional(),
  ...agreedFields,
});
/** Purpose. @category Model @example `const p: Purpose = { what: 'A better respite booking process' };` */
export type Purpose = DeepReadonly<z.infer<typeof PurposeSchema>>;

/**
 * Something outside the group's remit, and why it is.
 *
 * @category Model
 * @example `OutOfRemitSchema.parse({ topic: 'School transport policy', reason: 'It has its own review this year' })`
 */
export const OutOfRemitSchema = z.strictObject({ ...topicAndReasonFields });
/** Something outside the remit. @category Model @example `const o: OutOfRemit = { topic: 'Rail fares', reason: 'Set nationally' };` */
export type OutOfRemit = DeepReadonly<z.infer<typeof OutOfRemitSchema>>;

/**
 * The issue being tackled and the limits of the group's remit, with who
 * agreed them and when.
 *
 * @category Model
 * @example `RemitSchema.parse({ issue: 'Young carers miss school because of travel', inScope: ['Bus passes'], outOfRemit: [{ topic: 'School transport policy', reason: 'It has its own review' }] })`
 */
export const RemitSchema = z.strictObject({
  issue: TextSchema.optional(),
  inScope: z.array(TextSchema).optional(),
  outOfRemit: z.array(OutOfRemitSchema).optional(),
  ...agreedFields,
});
/** Remit. @category Model @example `const r: Remit = { issue: 'Waiting times for adaptations' };` */
export type Remit = DeepReadonly<z.infer<typeof RemitSchema>>;

/**
 * Where an outcome stands: not started, in progress, or, once the work is
 * done, achieved, partly achieved, not achieved or dropped.
 *
 * @category Model
 * @example `OutcomeStatusSchema.options // ['not-started', 'in-progress', 'achieved', 'partly-achieved', 'not-achieved', 'dropped']`
 */
export const OutcomeStatusSchema = z.enum([
  'not-started',
  'in-progress',
  'achieved',
  'partly-achieved',
  'not-achieved',
  'dropped',
]);
/** Where an outcome stands. @category Model @example `const status: OutcomeStatus = 'achieved';` */
export type OutcomeStatus = z.infer<typeof OutcomeStatusSchema>;

/**
 * An outcome the group wants, with how it will be recognised, who agreed it
 * and where it stands.
 *
 * @category Model
 * @example `OutcomeSchema.parse({ id: 'o-01', description: 'More young carers travel independently', recognisedBy: 'Pass take-up doubles by March', status: 'in-progress' })`
 */
export const OutcomeSchema = z.strictObject({
  id: OutcomeIdSchema,
  description: TextSchema,
  recognisedBy: TextSchema.optional(),
  status: OutcomeStatusSchema.optional(),
  ...agreedFields,
});
/**
 * An outcome.
 *
 * @category Model
 * @example
 * ```ts
 * const stillOpen: Outcome[] = project.outcomes.filter(
 *   (outcome) => outcome.status === undefined || outcome.status === 'in-progress',
 * );
 * for (const outcome of stillOpen) console.log(outcome.description, '—', outcome.recognisedBy ?? 'no measure agreed');
 * ```
 */
export type Outcome = DeepReadonly<z.infer<typeof OutcomeSchema>>;

/**
 * How progress is tracked.
 *
 * @category Model
 * @example `ProgressTrackingSchema.parse({ method: 'Review against outcomes at each meeting', cadence: 'monthly', lastReview: '2025-04-02' })`
 */
export const ProgressTrackingSchema = z.strictObject({
  method: TextSchema.optional(),
  cadence: CadenceSchema.optional(),
  lastReview: IsoDateSchema.optional(),
});
/** Progress tracking. @category Model @example `const t: ProgressTracking = { cadence: 'monthly' };` */
export type ProgressTracking = DeepReadonly<z.infer<typeof ProgressTrackingSchema>>;

/**
 * How learning is captured and who it is shared with.
 *
 * @category Model
 * @example `LearningPlanSchema.parse({ captureMethod: 'Learning log after each session', shareWith: ['Service managers'] })`
 */
export const LearningPlanSchema = z.strictObject({
  captureMethod: TextSchema.optional(),
  shareWith: z.array(LabelSchema).optional(),
});
/** Learning plan. @category Model @example `const plan: LearningPlan = { shareWith: ['Residents'] };` */
export type LearningPlan = DeepReadonly<z.infer<typeof LearningPlanSchema>>;

/**
 * What co-production means for this project, and why it was chosen.
 *
 * @category Model
 * @example `CoproductionMeaningSchema.parse({ definition: 'Residents and staff design the offer as equals', whyChosen: 'Past consultations missed young carers', agreedOn: '2025-02-04' })`
 */
export const CoproductionMeaningSchema = z.strictObject({
  definition: TextSchema.optional(),
  whyChosen: TextSchema.optional(),
  ...agreedFields,
});
/** Meaning of co-production. @category Model @example `const m: CoproductionMeaning = { definition: 'Equal partners' };` */
export type CoproductionMeaning = DeepReadonly<z.infer<typeof CoproductionMeaningSchema>>;

/**
 * Time and money committed to the work.
 *
 * @category Model
 * @example `ResourcesSchema.parse({ budgetGbp: 12000, staffHoursPerWeek: 15, dedicated: true })`
 */
export const ResourcesSchema = z.strictObject({
  /** Budget in pounds sterling. */
  budgetGbp: z.number().min(0).max(1e12).optional(),
  staffHoursPerWeek: z.number().min(0).max(10_000).optional(),
  /** Whether the time and money are set aside for this work rather than borrowed. */
  dedicated: z.boolean().optional(),
  notes: TextSchema.optional(),
});
/** Resources. @category Model @example `const r: Resources = { dedicated: false };` */
export type Resources = DeepReadonly<z.infer<typeof ResourcesSchema>>;

/**
 * A thing members cannot influence, and the reason.
 *
 * @category Model
 * @example `InfluenceLimitSchema.parse({ topic: 'The overall budget', reason: 'Set by full council in February' })`
 */
export const InfluenceLimitSchema = z.strictObject({ ...topicAndReasonFields });
/** An influence limit. @category Model @example `const l: InfluenceLimit = { topic: 'Statutory duties' };` */
export type InfluenceLimit = DeepReadonly<z.infer<typeof InfluenceLimitSchema>>;

/**
 * What members can and cannot influence, and why.
 *
 * @category Model
 * @example `InfluenceStatementSchema.parse({ canInfluence: ['Route design'], cannotInfluence: [{ topic: 'Fares', reason: 'Set by the operator' }] })`
 */
export const InfluenceStatementSchema = z.strictObject({
  canInfluence: z.array(TextSchema).optional(),
  cannotInfluence: z.array(InfluenceLimitSchema).optional(),
  /** When the statement was shared with the group. */
  sharedOn: IsoDateSchema.optional(),
});
/** Influence statement. @category Model @example `const s: InfluenceStatement = { canInfluence: ['Timetable'] };` */
export type InfluenceStatement = DeepReadonly<z.infer<typeof InfluenceStatementSchema>>;

/**
 * When and how information is shared during and after the work.
 *
 * @category Model
 * @example `CommunicationPlanSchema.parse({ during: 'Notes within a week of each meeting', after: 'Final report and a celebration event', membersToldOn: '2025-02-04' })`
 */
export const CommunicationPlanSchema = z.strictObject({
  during: TextSchema.optional(),
  after: TextSchema.optional(),
  channels: z.array(LabelSchema).optional(),
  /** When the group was told about the plan and the timeframe. */
  membersToldOn: IsoDateSchema.optional(),
});
/** Communication plan. @category Model @example `const c: CommunicationPlan = { during: 'Monthly email' };` */
export type CommunicationPlan = DeepReadonly<z.infer<typeof CommunicationPlanSchema>>;

/**
 * Engagement elsewhere in the organisation that touches the same people or topic.
 *
 * @category Model
 * @example `RelatedEngagementSchema.parse({ id: 'e-01', title: 'Bus strategy consultation', owner: 'Transport team', overlap: 'Same young people' })`
 */
export const RelatedEngagementSchema = z.strictObject({
  id: EngagementIdSchema,
  title: LabelSchema,
  owner: LabelSchema.optional(),
  overlap: TextSchema.optional(),
  /** How duplication is being avoided. */
  coordination: TextSchema.optional(),
});
/**
 * Related engagement.
 *
 * @category Model
 * @example
 * ```ts
 * // Engagement that touches the same people, with nothing yet said about avoiding duplication.
 * const uncoordinated: RelatedEngagement[] = (project.relatedEngagement ?? []).filter(
 *   (engagement) => engagement.coordination === undefined,
 * );
 * ```
 */
export type RelatedEngagement = DeepReadonly<z.infer<typeof RelatedEngagementSchema>>;

/**
 * How the work ended, for a project at the `closed` stage: when and with whom
 * it was evaluated, when and how members were told how it ended, and what
 * happens next.
 *
 * @category Model
 * @example `EndingSchema.parse({ evaluatedOn: '2027-03-04', evaluatedWith: ['m-01', 'm-06'], membersToldOn: '2027-03-11', howMembersTold: 'A celebration evening and a letter to every member', whatHappensNext: 'The pass becomes permanent; the group meets again in September to check how it is going' })`
 */
export const EndingSchema = z.strictObject({
  /** When the work was evaluated with the group. */
  evaluatedOn: IsoDateSchema.optional(),
  /** Members who took part in the evaluation. */
  evaluatedWith: z.array(MemberIdSchema).optional(),
  /** When members were told how the work ended. */
  membersToldOn: IsoDateSchema.optional(),
  /** How they were told. */
  howMembersTold: TextSchema.optional(),
  /** What happens next: to the group, the outcomes and the service. */
  whatHappensNext: TextSchema.optional(),
});
/** How the work ended. @category Model @example `const e: Ending = { evaluatedOn: '2027-03-04' };` */
export type Ending = DeepReadonly<z.infer<typeof EndingSchema>>;

/**
 * A term and its plain explanation, kept so jargon can be explained once.
 *
 * @category Model
 * @example `GlossaryEntrySchema.parse({ term: 'Key decision', explanation: 'A decision the cabinet must publish in advance' })`
 */
export const GlossaryEntrySchema = z.strictObject({
  term: LabelSchema,
  explanation: TextSchema,
});
/** A glossary entry. @category Model @example `const g: GlossaryEntry = { term: 'S106', explanation: 'Money from developers' };` */
export type GlossaryEntry = DeepReadonly<z.infer<typeof GlossaryEntrySchema>>;

const projectShape = {
  /** A JSON Schema address for editors; kept, never read. */
  $schema: z.string().max(2000).optional(),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: ProjectIdSchema,
  title: LabelSchema,
  stage: StageSchema,
  /** The IANA time zone the work happens in; office hours and ages in days are read in it. */
  timeZone: TimeZoneSchema,
  /** Name of the organisation running the work. */
  organisation: LabelSchema.optional(),
  /**
   * What the project consults people about, as keys from the council's own
   * list (`bus-travel`), so the portfolio rules can see two projects asking
   * about the same thing at once. Absent: not recorded.
   */
  topics: z.array(TopicSchema).max(50).optional(),
  // Defaults with lists inside are functions: zod copies a default only one level
  // deep, so a literal would share its lists between every parsed project.
  timeframe: TimeframeSchema.default(() => ({ milestones: [] })),
  purpose: PurposeSchema.default({}),
  remit: RemitSchema.default({}),
  outcomes: z.array(OutcomeSchema).default([]),
  progressTracking: ProgressTrackingSchema.default({}),
  learningPlan: LearningPlanSchema.default({}),
  coproductionMeaning: CoproductionMeaningSchema.default({}),
  resources: ResourcesSchema.default({}),
  influence: InfluenceStatementSchema.default({}),
  communicationPlan: CommunicationPlanSchema.default({}),
  relatedEngagement: z.array(RelatedEngagementSchema).optional(),
  glossary: z.array(GlossaryEntrySchema).default([]),
  /** How the work ended; recorded at the `closed` stage. */
  ending: EndingSchema.optional(),
  group: GroupSchema.default(() => ({ requiredPerspectives: [], members: [] })),
  activities: z.array(ActivitySchema).default([]),
  decisions: z.array(DecisionSchema).default([]),
  recommendations: z.array(RecommendationSchema).default([]),
  /** The reciprocity ledger: what each member was offered and received for taking part. Personal data. */
  reciprocity: z.array(ReciprocityEntrySchema).default([]),
  learning: z.array(LearningEntrySchema).default([]),
  reflections: z.array(ReflectionSchema).default([]),
  ideas: z.array(IdeaSchema).default([]),
  agreements: z.array(AgreementSchema).default([]),
  governance: GovernanceSchema.default(() => ({
    seniorLeaders: [],
    informationFlows: [],
    responsibilities: [],
  })),
  /** Issues the project knows about and accepts for now, each with its reason ("we know, and here is why"). */
  acknowledgements: z.array(AcknowledgementSchema).optional(),
  /** A council system's own fields. The library keeps them and never reads them. */
  extensions: ExtensionsSchema.default({}),
};

/**
 * The structure of a project document. It checks every field's shape; the
 * checks JSON Schema cannot express (ids that must exist, unique ids, known
 * time zones, ends after starts) are made by {@link coproduce!parseProject}.
 *
 * @category Model
 * @example
 * ```ts
 * const result = ProjectSchema.safeParse(JSON.parse(text));
 * ```
 */
export const ProjectSchema = z.strictObject(projectShape);

/**
 * A validated project document.
 *
 * @category Model
 * @example
 * ```ts
 * const members = (p: Project) => p.group.members.filter((m) => !m.left);
 * ```
 */
export type Project = DeepReadonly<z.infer<typeof ProjectSchema>>;

/**
 * A project document as written by hand: defaults may be left out and ids
 * are plain strings.
 *
 * @category Model
 * @example
 * ```ts
 * const draft: ProjectInput = {
 *   schemaVersion: 2,
 *   id: 'p-01',
 *   title: 'Young carers travel',
 *   stage: 'planning',
 *   timeZone: 'Europe/London',
 * };
 * ```
 */
export type ProjectInput = z.input<typeof ProjectSchema>;
