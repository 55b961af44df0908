/**
 * The collections of a project, each described once: where it lives, what
 * one record is called in messages, its schema and id, which other
 * collections its records name, the period its records span, and the rules
 * its records keep that a schema cannot say. Parsing (`references.ts`) and
 * the commands (`state/commands`) both read this table, so a rule and its
 * message are written in one place.
 *
 * @internal
 * @module
 */
import { AcknowledgementSchema, acknowledgementProblems } from './acknowledgement.js';
import { ActivitySchema } from './activity.js';
import { AgreementSchema } from './agreement.js';
import { DecisionSchema } from './decision.js';
import { type ProblemDetail, problem } from './errors.js';
import { InformationFlowSchema, ResponsibilitySchema, SeniorLeaderSchema } from './governance.js';
import { MemberSchema, RequiredPerspectiveSchema } from './group.js';
import {
  AcknowledgementIdSchema,
  ActivityIdSchema,
  AgreementIdSchema,
  DecisionIdSchema,
  EngagementIdSchema,
  FlowIdSchema,
  IdeaIdSchema,
  LeaderIdSchema,
  LearningIdSchema,
  MemberIdSchema,
  MilestoneIdSchema,
  OutcomeIdSchema,
  PerspectiveIdSchema,
  ReciprocityIdSchema,
  RecommendationIdSchema,
  ReflectionIdSchema,
  ResponsibilityIdSchema,
} from './ids.js';
import { LearningEntrySchema } from './learning.js';
import { MilestoneSchema, OutcomeSchema, RelatedEngagementSchema } from './project.js';
import { ReciprocityEntrySchema } from './reciprocity.js';
import { RecommendationSchema } from './recommendation.js';
import { IdeaSchema, ReflectionSchema } from './reflection.js';

/**
 * The name of a collection in {@link COLLECTIONS}.
 *
 * @example
 * ```ts
 * const name: CollectionName = 'recommendation';
 * ```
 */
export type CollectionName =
  | 'member'
  | 'activity'
  | 'decision'
  | 'leader'
  | 'learning'
  | 'reflection'
  | 'idea'
  | 'agreement'
  | 'outcome'
  | 'relatedEngagement'
  | 'acknowledgement'
  | 'milestone'
  | 'perspective'
  | 'flow'
  | 'responsibility'
  | 'recommendation'
  | 'reciprocity';

/**
 * One field of a record that names a record of another collection.
 *
 * @example
 * ```ts
 * const chairs: Reference = { field: 'chairedBy', to: 'member', many: true };
 * ```
 */
export interface Reference {
  /** The field holding the id (or, with `many`, the list of ids). */
  readonly field: string;
  /** The collection the id must name a record of. */
  readonly to: CollectionName;
  /** The field holds a list of ids rather than one. */
  readonly many?: boolean;
  /** The field sits on each item of this list field (a reflection's `actions`). */
  readonly within?: string;
  /** With `within`: each record of `to` may be named by one item at most (attendance). */
  readonly once?: boolean;
  /** Set when a record is added and never changed by an update (a ledger entry's member). */
  readonly fixed?: boolean;
}

/**
 * Two date fields of a record where the second may not be before the first,
 * with the words messages use for each end.
 *
 * @example
 * ```ts
 * const span: Period = { key: 'member', start: 'joined', end: 'left', startWords: 'the member joined', endWords: 'the member left' };
 * ```
 */
export interface Period {
  /** What the period belongs to, naming its problem codes (`date-order.member.before`). */
  readonly key: 'member' | 'activity' | 'timeframe';
  readonly start: string;
  readonly end: string;
  readonly startWords: string;
  readonly endWords: string;
}

/**
 * A rule each record of a collection keeps that its schema cannot say (a
 * made decision has its date). It reports into `out`, with paths under `at`,
 * and tolerates a record whose shape is also wrong. Parsing runs it on every
 * record; the commands on a record as they would leave it, and turn its
 * paths into ones into their payload.
 *
 * @example
 * ```ts
 * import { problem } from './errors.js';
 *
 * const rule: RecordRule = (record, at, out) => {
 *   if (record === null) out.push(problem([...at], 'is missing'));
 * };
 * ```
 */
export type RecordRule = (
  record: unknown,
  at: readonly (string | number)[],
  out: ProblemDetail[],
) => void;

/**
 * How one collection is described.
 *
 * @example
 * ```ts
 * COLLECTIONS.agreement.what; // 'agreement'
 * ```
 */
export interface Collection {
  /** Where the list lives in a project. */
  readonly path: readonly string[];
  /** What one record is called in messages, such as "senior leader". */
  readonly what: string;
  /** The article messages put before `what`. */
  readonly article: 'a' | 'an';
  /** The schema of one record. */
  readonly schema: unknown;
  /** The schema of a record's id. */
  readonly id: unknown;
  /** The other records each record names. */
  readonly references: readonly Reference[];
  /** The period each record spans, if any. */
  readonly period?: Period;
  /** List fields whose items must all differ (an activity's support), each item said once. */
  readonly distinct?: readonly string[];
  /** The rule each record keeps beyond its references, period and distinct lists, if any. */
  readonly rule?: RecordRule;
}

/**
 * The project's timeframe, the one period that belongs to no collection.
 *
 * @example
 * ```ts
 * TIMEFRAME_PERIOD.startWords; // 'the timeframe starts'
 * ```
 */
export const TIMEFRAME_PERIOD: Period = {
  key: 'timeframe',
  start: 'start',
  end: 'end',
  startWords: 'the timeframe starts',
  endWords: 'the timeframe ends',
};

/**
 * The problem of a period whose dates are out of order, as parsing and the
 * commands both report it, with a code per period and end so a front end
 * can word it in its own language. Parsing blames the end (`moved` absent);
 * a command blames the field it changed: an end set before the start
 * (`moved: 'end'`), or a start moved past the end (`moved: 'start'`), naming
 * the date it ran into.
 *
 * @example
 * ```ts
 * periodOrderProblem(COLLECTIONS.member.period, 'start', '2025-03-01');
 * // { message: 'is after the member left (2025-03-01)', code: 'date-order.member.after', params: { date: '2025-03-01' } }
 * ```
 */
export function periodOrderProblem(
  period: Period,
  moved?: 'start' | 'end',
  date?: string,
): { readonly message: string; readonly code: string; readonly params: { date?: string } } {
  if (moved === undefined) {
    return {
      message: `is before ${period.startWords}`,
      code: `date-order.${period.key}`,
      params: {},
    };
  }
  const before = moved === 'end';
  return {
    message: `is ${before ? 'before' : 'after'} ${before ? period.startWords : period.endWords} (${String(date)})`,
    code: `date-order.${period.key}.${before ? 'before' : 'after'}`,
    params: { date: String(date) },
  };
}

const member = 'member' as const;

/**
 * The message for a made decision without its date.
 *
 * @example
 * ```ts
 * DECISION_DATE_REQUIRED.startsWith('is required'); // true
 * ```
 */
export const DECISION_DATE_REQUIRED =
  'is required for a decision that has been made (give its date, or status "planned" with a due date)';

function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** JSON Schema cannot say "required unless planned": a made decision has its date. */
const decisionDateRule: RecordRule = (decision, at, out) => {
  if (
    typeof decision === 'object' &&
    decision !== null &&
    !Array.isArray(decision) &&
    own(decision, 'status') !== 'planned' &&
    own(decision, 'date') === undefined
  ) {
    out.push(problem([...at, 'date'], DECISION_DATE_REQUIRED, { code: 'decision-date' }));
  }
};

/**
 * The message for a learning entry that records one sharing twice.
 *
 * @example
 * ```ts
 * sharedTwiceMessage('l-01', 'Tenants panel', '2025-02-20');
 * // 'learning "l-01" is already recorded as shared with "Tenants panel" on 2025-02-20'
 * ```
 */
export function sharedTwiceMessage(id: string, audience: string, on: string): string {
  return `learning "${id}" is already recorded as shared with "${audience}" on ${on}`;
}

/** A sharing is its audience and day: the same pair twice is one sharing counted twice. */
const sharedOnceRule: RecordRule = (entry, at, out) => {
  const shares = own(entry, 'sharedWith');
  if (!Array.isArray(shares) || shares.length < 2) return;
  const seen = new Set<string>();
  for (let i = 0; i < shares.length; i++) {
    const audience = own(shares[i], 'audience');
    const on = own(shares[i], 'on');
    if (typeof audience !== 'string' || typeof on !== 'string') continue;
    // A day has no line break, so the pair reads back one way only.
    const key = `${on}\n${audience}`;
    if (seen.has(key)) {
      const id = String(own(entry, 'id'));
      out.push(
        problem([...at, 'sharedWith', i, 'audience'], sharedTwiceMessage(id, audience, on), {
          code: 'already-shared',
          params: { id, audience, date: on },
        }),
      );
    }
    seen.add(key);
  }
};

const acknowledgementRule: RecordRule = (acknowledgement, at, out) => {
  for (const detail of acknowledgementProblems(acknowledgement, [...at])) out.push(detail);
};

/**
 * Every collection with ids, in the order parsing reports on them.
 *
 * @example
 * ```ts
 * COLLECTIONS.flow.references; // [{ field: 'leaderIds', to: 'leader', many: true }]
 * ```
 */
export const COLLECTIONS = {
  member: {
    path: ['group', 'members'],
    what: 'member',
    article: 'a',
    schema: MemberSchema,
    id: MemberIdSchema,
    references: [],
    period: {
      key: 'member',
      start: 'joined',
      end: 'left',
      startWords: 'the member joined',
      endWords: 'the member left',
    },
  },
  activity: {
    path: ['activities'],
    what: 'activity',
    article: 'an',
    schema: ActivitySchema,
    id: ActivityIdSchema,
    references: [
      { field: 'chairedBy', to: member, many: true },
      { field: 'facilitatedBy', to: member, many: true },
      { field: 'memberId', within: 'attendance', to: member, once: true },
    ],
    period: {
      key: 'activity',
      start: 'start',
      end: 'end',
      startWords: 'the activity starts',
      endWords: 'the activity ends',
    },
    distinct: ['supportArranged'],
  },
  decision: {
    path: ['decisions'],
    what: 'decision',
    article: 'a',
    schema: DecisionSchema,
    id: DecisionIdSchema,
    references: [{ field: 'activityId', to: 'activity' }],
    rule: decisionDateRule,
  },
  leader: {
    path: ['governance', 'seniorLeaders'],
    what: 'senior leader',
    article: 'a',
    schema: SeniorLeaderSchema,
    id: LeaderIdSchema,
    references: [],
  },
  learning: {
    path: ['learning'],
    what: 'learning entry',
    article: 'a',
    schema: LearningEntrySchema,
    id: LearningIdSchema,
    references: [
      { field: 'sourceActivityId', to: 'activity' },
      { field: 'sourceDecisionId', to: 'decision' },
    ],
    rule: sharedOnceRule,
  },
  reflection: {
    path: ['reflections'],
    what: 'reflection',
    article: 'a',
    schema: ReflectionSchema,
    id: ReflectionIdSchema,
    references: [
      { field: 'recordedBy', to: member, many: true },
      { field: 'owner', within: 'actions', to: member },
    ],
  },
  idea: {
    path: ['ideas'],
    what: 'idea',
    article: 'an',
    schema: IdeaSchema,
    id: IdeaIdSchema,
    references: [{ field: 'raisedBy', to: member, many: true }],
  },
  agreement: {
    path: ['agreements'],
    what: 'agreement',
    article: 'an',
    schema: AgreementSchema,
    id: AgreementIdSchema,
    references: [{ field: 'createdBy', to: member, many: true }],
  },
  outcome: {
    path: ['outcomes'],
    what: 'outcome',
    article: 'an',
    schema: OutcomeSchema,
    id: OutcomeIdSchema,
    references: [{ field: 'agreedBy', to: member, many: true }],
  },
  relatedEngagement: {
    path: ['relatedEngagement'],
    what: 'related engagement',
    article: 'a',
    schema: RelatedEngagementSchema,
    id: EngagementIdSchema,
    references: [],
  },
  acknowledgement: {
    path: ['acknowledgements'],
    what: 'acknowledgement',
    article: 'an',
    schema: AcknowledgementSchema,
    id: AcknowledgementIdSchema,
    references: [],
    rule: acknowledgementRule,
  },
  milestone: {
    path: ['timeframe', 'milestones'],
    what: 'milestone',
    article: 'a',
    schema: MilestoneSchema,
    id: MilestoneIdSchema,
    references: [],
  },
  perspective: {
    path: ['group', 'requiredPerspectives'],
    what: 'perspective',
    article: 'a',
    schema: RequiredPerspectiveSchema,
    id: PerspectiveIdSchema,
    references: [],
  },
  flow: {
    path: ['governance', 'informationFlows'],
    what: 'flow',
    article: 'a',
    schema: InformationFlowSchema,
    id: FlowIdSchema,
    references: [{ field: 'leaderIds', to: 'leader', many: true }],
  },
  responsibility: {
    path: ['governance', 'responsibilities'],
    what: 'responsibility',
    article: 'a',
    schema: ResponsibilitySchema,
    id: ResponsibilityIdSchema,
    references: [{ field: 'owners', to: member, many: true }],
  },
  recommendation: {
    path: ['recommendations'],
    what: 'recommendation',
    article: 'a',
    schema: RecommendationSchema,
    id: RecommendationIdSchema,
    references: [{ field: 'decisionId', to: 'decision' }],
  },
  reciprocity: {
    path: ['reciprocity'],
    what: 'reciprocity entry',
    article: 'a',
    schema: ReciprocityEntrySchema,
    id: ReciprocityIdSchema,
    references: [{ field: 'memberId', to: member, fixed: true }],
  },
} as const satisfies Record<CollectionName, Collection>;

/**
 * Fields of the project's single sections that name members, with the
 * period of the timeframe: the references that belong to no collection.
 *
 * @example
 * ```ts
 * SECTION_REFERENCES[0]; // { section: 'coproductionMeaning', field: 'agreedBy', to: 'member', many: true }
 * ```
 */
export const SECTION_REFERENCES = [
  { section: 'coproductionMeaning', field: 'agreedBy', to: member, many: true },
  { section: 'purpose', field: 'agreedBy', to: member, many: true },
  { section: 'remit', field: 'agreedBy', to: member, many: true },
  { section: 'ending', field: 'evaluatedWith', to: member, many: true },
] as const satisfies readonly (Reference & { readonly section: string })[];

/**
 * The message for an id that names no record of a collection; parsing and
 * the commands both say it this way.
 *
 * @example
 * ```ts
 * danglingMessage('activity', 'a-404'); // 'names an activity "a-404", but there is none with that id'
 * ```
 */
export function danglingMessage(to: CollectionName, id: string): string {
  const { article, what } = COLLECTIONS[to];
  return `names ${article} ${what} "${id}", but there is none with that id`;
}

/**
 * The message for an id used twice within one collection.
 *
 * @example
 * ```ts
 * duplicateIdMessage('member', 'm-01'); // 'another member already has the id "m-01"'
 * ```
 */
export function duplicateIdMessage(what: string, id: string): string {
  return `another ${what} already has the id "${id}"`;
}

/**
 * The message for a second attendance row (or other `once` item) naming the same record.
 *
 * @example
 * ```ts
 * repeatedMessage('m-01'); // 'member "m-01" already has an attendance row here'
 * ```
 */
export function repeatedMessage(id: string): string {
  return `member "${id}" already has an attendance row here`;
}

/**
 * The message for a list that says one item twice.
 *
 * @example
 * ```ts
 * listedTwiceMessage('captions'); // 'lists "captions" twice'
 * ```
 */
export function listedTwiceMessage(value: string): string {
  return `lists "${value}" twice`;
}

/**
 * Where a referenced id sits: the path of the record (or list item) holding
 * it, the field, and the id's index in a list field (-1 for a single id).
 * Kept in parts so that the common case, a reference that resolves, builds
 * no path at all.
 *
 * @example
 * ```ts
 * sitePath(['activities', 0], 'chairedBy', 1); // ['activities', 0, 'chairedBy', 1]
 * ```
 */
export function sitePath(
  holder: readonly (string | number)[],
  field: string,
  index: number,
): (string | number)[] {
  return index < 0 ? [...holder, field] : [...holder, field, index];
}

/**
 * Calls `visit` for each id one reference of a record names, with where it
 * sits (see {@link sitePath}): one id, each id of a list, or the id on each
 * item of a `within` list. Parsing and the commands both walk references
 * this way. Reads own properties only and passes over anything that is not
 * a string, so a document whose shape is also wrong can be walked too.
 *
 * @example
 * ```ts
 * eachReferencedId({ chairedBy: ['m-01'] }, { field: 'chairedBy', to: 'member', many: true }, [], (id, holder, field, index) => {
 *   // 'm-01', [], 'chairedBy', 0
 * });
 * ```
 */
export function eachReferencedId(
  record: unknown,
  reference: Reference,
  base: readonly (string | number)[],
  visit: SiteVisitor,
): void {
  const { field, within, many } = reference;
  if (within === undefined) {
    visitField(record, field, many === true, base, visit);
    return;
  }
  const items = own(record, within);
  if (!Array.isArray(items)) return;
  for (let j = 0; j < items.length; j++) {
    visitField(items[j], field, many === true, [...base, within, j], visit);
  }
}

/**
 * What {@link eachReferencedId} calls for each id.
 *
 * @example
 * ```ts
 * const visit: SiteVisitor = (id, holder, field, index) => console.log(id, sitePath(holder, field, index));
 * ```
 */
export type SiteVisitor = (
  id: string,
  holder: readonly (string | number)[],
  field: string,
  index: number,
) => void;

// Module-level rather than a closure per call: parsing walks every record.
function visitField(
  holder: unknown,
  field: string,
  many: boolean,
  path: readonly (string | number)[],
  visit: SiteVisitor,
): void {
  const value = own(holder, field);
  if (!many) {
    if (typeof value === 'string') visit(value, path, field, -1);
    return;
  }
  if (!Array.isArray(value)) return;
  for (let i = 0; i < value.length; i++) {
    const id: unknown = value[i];
    if (typeof id === 'string') visit(id, path, field, i);
  }
}
