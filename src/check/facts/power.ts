/**
 * Facts for "Other things that help": sharing power (where the group meets,
 * who leads, how much influence it has over decisions), going beyond
 * sessions and usual participants, recognising skills, and the "ways we
 * will work together".
 *
 * A share is only given when enough is recorded to make it mean something:
 * below a minimum sample, or when most of the records are silent, the fact
 * is `null` (needs review) rather than a percentage of two people.
 *
 * @module
 */
import type { ActivityKind } from '../../model/activity.js';
import type { Agreement, AgreementTopic } from '../../model/agreement.js';
import { type Decision, type InfluenceLevel, InfluenceLevelSchema } from '../../model/decision.js';
import { factPhrase } from '../phrases.js';
import type { Finding } from '../types.js';
import type { DerivedMember, DerivedProject } from './derive.js';
import { hasText, latestGroupReflection } from './evidence.js';
import {
  finding,
  frozen,
  intParam,
  memberSubject,
  oneOfParam,
  PARAM,
  recentDaysFact,
  recentWindow,
  recordedShare,
  stringListParam,
  subject,
} from './helpers.js';
import type { FactDefinition, FactParameterSpec } from './types.js';

/** Whether any of the named members is not staff-side. */
function anyCommunity(derived: DerivedProject, ids: readonly string[] | undefined): boolean {
  if (ids === undefined) return false;
  for (const id of ids) {
    const m = derived.memberById.get(id);
    if (m !== undefined && !m.staffSide) return true;
  }
  return false;
}

/** Whether a list of free text holds at least one item with real words; stops at the first. */
function anyText(derived: DerivedProject, texts: readonly string[] | undefined): boolean {
  if (texts === undefined) return false;
  for (const text of texts) if (hasText(derived, text)) return true;
  return false;
}

/** Whether any of the named members is in the group at all. */
function anyKnown(derived: DerivedProject, ids: readonly string[] | undefined): boolean {
  if (ids === undefined) return false;
  for (const id of ids) if (derived.memberById.has(id)) return true;
  return false;
}

/**
 * A staff-side member's name with what they are, so a message can say who
 * is staff when that is the point: "Sean (staff)", "Priya (councillor)",
 * "Lou (tenant engagement officer, staff)".
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const sean = derived.memberById.get('m-1');
 * if (sean) staffName(sean); // e.g. 'Sean (staff)'
 * ```
 */
export function staffName(m: DerivedMember): string {
  // Role words from the phrase catalogue, so a Welsh message says them in Welsh.
  const what = [...new Set(m.member.roles.map((role) => factPhrase(`role.${role}`)))].join(', ');
  const name = m.member.displayName.trim();
  // "Lou (tenant engagement officer)" becomes "Lou (tenant engagement officer, staff)".
  return name.endsWith(')')
    ? factPhrase('name.rolesInside', { name: name.slice(0, -1), roles: what })
    : factPhrase('name.roles', { name, roles: what });
}

/**
 * Shortens text for a label at a word boundary, ending in `…` when cut, so
 * no word is ever cut in half. A text with no space early enough is kept
 * whole rather than cut mid-word.
 *
 * @example `wordExcerpt('We decide by consent unless someone objects', 20) // 'We decide by consent…'`
 */
export function wordExcerpt(text: string, max = 80): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max - 1);
  if (cut < max / 3) return clean;
  return `${clean.slice(0, cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/**
 * Each kind of activity in plain words, as it reads in a message ("has only
 * held formal meetings, workshops").
 *
 * @example `ACTIVITY_KIND_PHRASES['site-visit'] // 'site visits'`
 */
export const ACTIVITY_KIND_PHRASES: Readonly<Record<ActivityKind, string>> = Object.freeze({
  'formal-meeting': factPhrase('kind.formal-meeting'),
  workshop: factPhrase('kind.workshop'),
  outreach: factPhrase('kind.outreach'),
  online: factPhrase('kind.online'),
  informal: factPhrase('kind.informal'),
  'site-visit': factPhrase('kind.site-visit'),
  other: factPhrase('kind.other'),
});

/**
 * What each topic of the "ways we will work together" covers, in words
 * that finish "do not yet cover …".
 *
 * @example `AGREEMENT_TOPIC_PHRASES['decision-making'] // 'how the group makes decisions'`
 */
export const AGREEMENT_TOPIC_PHRASES: Readonly<Record<AgreementTopic, string>> = Object.freeze({
  behaviour: factPhrase('topic.behaviour'),
  language: factPhrase('topic.language'),
  'decision-making': factPhrase('topic.decision-making'),
  activities: factPhrase('topic.activities'),
  other: factPhrase('topic.other'),
});

/**
 * The influence levels, lowest first: the order the engagement spectrum
 * gives them, which is the order the model lists them in.
 *
 * @example `INFLUENCE_ORDER.indexOf('collaborate') // 3`
 */
export const INFLUENCE_ORDER: readonly InfluenceLevel[] = Object.freeze([
  ...InfluenceLevelSchema.options,
]);

function recentKinds(derived: DerivedProject, recentDays: number): ActivityKind[] {
  const kinds = new Set<ActivityKind>();
  for (const a of recentWindow(derived, recentDays)) kinds.add(a.activity.kind);
  return [...kinds].sort();
}

const MIN_PARAM = (what: string): FactParameterSpec => ({
  type: 'integer',
  minimum: 1,
  description: `The smallest number of ${what} recorded before a share is given; with fewer, the fact is null (needs review).`,
});

/**
 * A share of recent activities (last `recentDays` calendar days), given
 * only when at least `minActivities` of them record what is shared, and
 * most do (see `recordedShare`).
 */
function recentShareFact(
  definition: Omit<FactDefinition, 'params' | 'nullable' | 'compute'>,
  count: (
    derived: DerivedProject,
    recentDays: number,
  ) => { readonly part: number; readonly recorded: number; readonly total: number },
): FactDefinition {
  return {
    ...definition,
    params: { recentDays: PARAM.recentDays, minActivities: MIN_PARAM('activities') },
    nullable: true,
    compute: (derived, params) => {
      const days = intParam(definition.id, params, 'recentDays', 0);
      const min = intParam(definition.id, params, 'minActivities', 1);
      const { part, recorded, total } = count(derived, days);
      return recordedShare(part, recorded, total, min);
    },
  };
}

/** Where recent in-person activities were held. Online sessions have no place to compare. */
interface VenueSummary {
  readonly inPerson: number;
  readonly withVenue: number;
  readonly onPremises: number;
}

/** The model fields behind {@link venueSummary}, for every fact read from it. */
const VENUE_READS = [
  'activities[].venue.setting',
  'activities[].kind',
  'activities[].start',
] as const;

function venueSummary(derived: DerivedProject, recentDays: number): VenueSummary {
  return derived.memo(`power:venues:${recentDays}`, () => {
    let inPerson = 0;
    let withVenue = 0;
    let onPremises = 0;
    for (const a of recentWindow(derived, recentDays)) {
      const venue = a.activity.venue;
      if (a.activity.kind === 'online' || venue?.setting === 'online') continue;
      inPerson++;
      if (venue === undefined) continue;
      withVenue++;
      if (venue.setting === 'organisation-premises') onPremises++;
    }
    return { inPerson, withVenue, onPremises };
  });
}

/** Who led recent activities. */
interface LeadSummary {
  readonly total: number;
  /** Activities naming at least one member of the group as chair or facilitator. */
  readonly recorded: number;
  readonly community: number;
  /** Staff-side members who led an activity no community member led, in order of first appearance. */
  readonly staffLeaders: readonly string[];
}

/**
 * The model fields that say who led an activity; a fact that tells staff
 * from community members, or names them, reads the members' roles and
 * names as well.
 */
const LEAD_READS = [
  'activities[].chairedBy',
  'activities[].facilitatedBy',
  'activities[].start',
] as const;

function leadSummary(derived: DerivedProject, recentDays: number): LeadSummary {
  return derived.memo(`power:leads:${recentDays}`, () => {
    const window = recentWindow(derived, recentDays);
    let recorded = 0;
    let community = 0;
    const staffLeaders = new Map<string, string>();
    for (const a of window) {
      const { chairedBy, facilitatedBy } = a.activity;
      // A list that names nobody in the group says nothing about who led.
      if (!anyKnown(derived, chairedBy) && !anyKnown(derived, facilitatedBy)) continue;
      recorded++;
      if (anyCommunity(derived, chairedBy) || anyCommunity(derived, facilitatedBy)) {
        community++;
        continue;
      }
      for (const id of [...(chairedBy ?? []), ...(facilitatedBy ?? [])]) {
        const m = derived.memberById.get(id);
        if (m !== undefined && !staffLeaders.has(id)) staffLeaders.set(id, staffName(m));
      }
    }
    return {
      total: window.length,
      recorded,
      community,
      staffLeaders: Object.freeze([...staffLeaders.values()]),
    };
  });
}

/** Active members who are not staff-side, and what is known of their past involvement. */
interface UsualSummary {
  readonly community: number;
  readonly recorded: number;
  readonly usual: number;
}

/** The model fields behind {@link usualSummary}, for every fact read from it. */
const USUAL_READS = [
  'group.members[].usualParticipant',
  'group.members[].otherEngagement',
  'group.members[].roles',
] as const;

function usualSummary(derived: DerivedProject): UsualSummary {
  return derived.memo('power:usual', () => {
    let community = 0;
    let recorded = 0;
    let usual = 0;
    for (const m of derived.activeMembers) {
      if (m.staffSide) continue;
      community++;
      const flag = m.member.usualParticipant;
      // Taking part in the organisation's other engagement is the same answer, recorded another way.
      const elsewhere = anyText(derived, m.member.otherEngagement);
      if (flag === undefined && !elsewhere) continue;
      recorded++;
      if (flag === true || (flag === undefined && elsewhere)) usual++;
    }
    return { community, recorded, usual };
  });
}

function isPlanned(decision: Decision): boolean {
  // Read defensively: `status` arrives with the planned-decisions model.
  return (decision as { readonly status?: unknown }).status === 'planned';
}

/** How many decisions reached each influence level, made and planned apart. */
interface InfluenceSummary {
  readonly made: Readonly<Record<InfluenceLevel, number>>;
  readonly planned: Readonly<Record<InfluenceLevel, number>>;
  readonly madeWithInfluence: number;
}

function influenceSummary(derived: DerivedProject): InfluenceSummary {
  return derived.memo('power:influence', () => {
    const zero = (): Record<InfluenceLevel, number> => ({
      inform: 0,
      consult: 0,
      involve: 0,
      collaborate: 0,
      empower: 0,
    });
    const made = zero();
    const planned = zero();
    let madeWithInfluence = 0;
    for (const decision of derived.project.decisions) {
      if (decision.influence === undefined) continue;
      if (isPlanned(decision)) planned[decision.influence]++;
      else {
        made[decision.influence]++;
        madeWithInfluence++;
      }
    }
    return { made, planned, madeWithInfluence };
  });
}

function levelParam(fact: string, params: Readonly<Record<string, unknown>>): InfluenceLevel {
  return oneOfParam(fact, params, 'level', INFLUENCE_ORDER, 'an influence level');
}

/** Which decisions a fact counts: those already made, or those planned. */
const STATUSES = ['made', 'planned'] as const;

function statusParam(fact: string, params: Readonly<Record<string, unknown>>): 'made' | 'planned' {
  return oneOfParam(fact, params, 'status', STATUSES, '"made" or "planned"');
}

const LEVEL_PARAM: FactParameterSpec = {
  type: 'string',
  enum: INFLUENCE_ORDER,
  description: 'An influence level: inform, consult, involve, collaborate or empower.',
};

const STATUS_PARAM: FactParameterSpec = {
  type: 'string',
  enum: STATUSES,
  description: 'Which decisions to count: those already made, or those planned.',
};

/** Agreements holding real words (not "tbc"), with their positions. */
function realAgreements(
  derived: DerivedProject,
): readonly { readonly agreement: Agreement; readonly index: number }[] {
  return derived.memo('power:agreements', () => {
    const out: { agreement: Agreement; index: number }[] = [];
    derived.project.agreements.forEach((agreement, index) => {
      if (hasText(derived, agreement.text)) out.push({ agreement, index });
    });
    return out;
  });
}

/**
 * Facts about power, reach and ways of working.
 *
 * @example `powerFacts.find((f) => f.id === 'shareOnPremises')?.type // 'share'`
 */
export const powerFacts: readonly FactDefinition[] = [
  recentShareFact(
    {
      id: 'shareOnPremises',
      type: 'share',
      description:
        "Of the recent in-person activities (last `recentDays` calendar days; online sessions left out) whose venue is recorded, the share held on the organisation's premises. Null when fewer than `minActivities` have a venue recorded, or when the venue is missing for most of them.",
      reads: VENUE_READS,
    },
    (derived, recentDays) => {
      const { inPerson, withVenue, onPremises } = venueSummary(derived, recentDays);
      return { part: onPremises, recorded: withVenue, total: inPerson };
    },
  ),
  recentDaysFact(
    {
      id: 'recentActivitiesWithVenue',
      type: 'number',
      unit: 'activities',
      description:
        'How many in-person activities in the last `recentDays` calendar days have their venue recorded (online sessions left out).',
      reads: VENUE_READS,
      nullable: false,
    },
    (derived, recentDays) => venueSummary(derived, recentDays).withVenue,
  ),
  recentDaysFact(
    {
      id: 'recentActivitiesOnPremises',
      type: 'number',
      unit: 'activities',
      description:
        "How many activities in the last `recentDays` calendar days were held on the organisation's own premises.",
      reads: VENUE_READS,
      nullable: false,
    },
    (derived, recentDays) => venueSummary(derived, recentDays).onPremises,
  ),
  recentShareFact(
    {
      id: 'shareLedByCommunity',
      type: 'share',
      description:
        'Of the recent activities (last `recentDays` calendar days) that name a member of the group as chair or facilitator, the share chaired or facilitated by at least one member who is not staff-side (not only staff, councillor or partner). Null when fewer than `minActivities` name anyone, or when most recent activities name nobody.',
      reads: [...LEAD_READS, 'group.members[].roles'],
    },
    (derived, recentDays) => {
      const { total, recorded, community } = leadSummary(derived, recentDays);
      return { part: community, recorded, total };
    },
  ),
  recentDaysFact(
    {
      id: 'recentActivitiesWithLeader',
      type: 'number',
      unit: 'activities',
      description:
        'How many activities in the last `recentDays` calendar days name a member of the group as chair or facilitator.',
      reads: LEAD_READS,
      nullable: false,
    },
    (derived, recentDays) => leadSummary(derived, recentDays).recorded,
  ),
  recentDaysFact(
    {
      id: 'recentActivitiesLedByCommunity',
      type: 'number',
      unit: 'activities',
      description:
        'How many activities in the last `recentDays` calendar days were chaired or facilitated by at least one member who is not staff-side.',
      reads: [...LEAD_READS, 'group.members[].roles'],
      nullable: false,
    },
    (derived, recentDays) => leadSummary(derived, recentDays).community,
  ),
  recentDaysFact(
    {
      id: 'recentStaffLeaders',
      type: 'string-list',
      description:
        'Staff-side members (staff, councillors, partners) who chaired or facilitated an activity in the last `recentDays` calendar days that no community member led, each with what they are ("Sean (staff)"), in order of first appearance.',
      reads: [...LEAD_READS, 'group.members[].roles', 'group.members[].displayName'],
      nullable: false,
    },
    (derived, recentDays) => leadSummary(derived, recentDays).staffLeaders,
  ),
  recentDaysFact(
    {
      id: 'activityKindsUsed',
      type: 'string-list',
      description:
        'The distinct kinds of activity (formal-meeting, workshop, outreach, online, ...) held in the last `recentDays` calendar days, sorted: ids to compare with a rule parameter; `activityKindNames` gives them in plain words.',
      reads: ['activities[].kind', 'activities[].start'],
      nullable: false,
    },
    (derived, recentDays) => recentKinds(derived, recentDays),
  ),
  recentDaysFact(
    {
      id: 'activityKindNames',
      type: 'string-list',
      description:
        'The kinds of activity held in the last `recentDays` calendar days, in plain words for messages ("formal meetings", "workshops", "online sessions", ...), in the order of `activityKindsUsed`.',
      reads: ['activities[].kind', 'activities[].start'],
      nullable: false,
    },
    (derived, recentDays) =>
      recentKinds(derived, recentDays).map((kind) => ACTIVITY_KIND_PHRASES[kind]),
  ),
  {
    id: 'membersWithoutSkills',
    type: 'findings',
    scope: 'member',
    description:
      'Active members whose skills and experience are not recorded (missing, empty, or only placeholder text such as "tbc"). When every member has them, the group must also have reflected together on the strengths everyone brings (a reflection on `enablers.strengths-based` recorded by the group, in the last `reflectionDays` calendar days); without one, or with no active members, the fact is null (needs review).',
    reads: ['group.members[].skills', 'reflections[]'],
    params: {
      reflectionDays: {
        type: 'integer',
        minimum: 1,
        description:
          "How many days back the group's own reflection on the strengths everyone brings may be.",
      },
    },
    data: [],
    nullable: true,
    compute: (derived, params) => {
      const days = intParam('membersWithoutSkills', params, 'reflectionDays', 1);
      if (derived.activeMembers.length === 0) return null;
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        if (!anyText(derived, m.member.skills)) out.push(finding(memberSubject(m), 'flagged', {}));
      }
      if (out.length > 0) return frozen(out);
      if (latestGroupReflection(derived, 'enablers.strengths-based', days) === undefined)
        return null;
      return frozen(out);
    },
  },
  {
    id: 'shareUsualParticipants',
    type: 'share',
    description:
      "Among active members who are not staff-side and for whom it is recorded, the share who are among the organisation's usual participants (marked as such, or, when not marked, recorded as taking part in its other engagement). Null when it is recorded for fewer than `minRecorded` members, or for fewer than half of them.",
    reads: USUAL_READS,
    params: { minRecorded: MIN_PARAM('members') },
    nullable: true,
    compute: (derived, params) => {
      const min = intParam('shareUsualParticipants', params, 'minRecorded', 1);
      const { community, recorded, usual } = usualSummary(derived);
      return recordedShare(usual, recorded, community, min);
    },
  },
  {
    id: 'usualParticipantsRecorded',
    type: 'number',
    unit: 'members',
    description:
      'How many active members who are not staff-side have it recorded whether they are usual participants (either way).',
    reads: USUAL_READS,
    params: {},
    nullable: false,
    compute: (derived) => usualSummary(derived).recorded,
  },
  {
    id: 'usualParticipantCount',
    type: 'number',
    unit: 'members',
    description:
      "How many active members who are not staff-side are recorded as usual participants in the organisation's engagement.",
    reads: USUAL_READS,
    params: {},
    nullable: false,
    compute: (derived) => usualSummary(derived).usual,
  },
  {
    id: 'agreementTopics',
    type: 'string-list',
    description:
      'The distinct topics of the "ways we will work together" agreements that hold real text (behaviour, language, decision-making, activities, other), sorted.',
    reads: ['agreements[].topic', 'agreements[].text'],
    params: {},
    nullable: false,
    compute: (derived) =>
      [...new Set(realAgreements(derived).map(({ agreement }) => agreement.topic))].sort(),
  },
  {
    id: 'waysOfWorkingGaps',
    type: 'string-list',
    description:
      'Of the agreement topics listed in `topics`, those no agreement with real text covers, in plain words ("how the group makes decisions"), in the order given. Null when no agreement with real text is recorded at all, or when a missing topic has only placeholder text ("tbc") so far.',
    reads: ['agreements[].topic', 'agreements[].text'],
    params: {
      topics: {
        type: 'string-list',
        enum: ['behaviour', 'language', 'decision-making', 'activities', 'other'],
        description: 'The topics the agreements should cover.',
      },
    },
    nullable: true,
    compute: (derived, params) => {
      const topics = stringListParam('waysOfWorkingGaps', params, 'topics') as AgreementTopic[];
      const real = realAgreements(derived);
      if (real.length === 0) return null;
      const covered = new Set(real.map(({ agreement }) => agreement.topic));
      const drafted = new Set(derived.project.agreements.map((a) => a.topic));
      const gaps: string[] = [];
      for (const topic of [...new Set(topics)]) {
        if (covered.has(topic)) continue;
        if (drafted.has(topic)) return null;
        gaps.push(AGREEMENT_TOPIC_PHRASES[topic]);
      }
      return gaps;
    },
  },
  {
    id: 'agreementsNotCoCreated',
    type: 'findings',
    scope: 'agreement',
    description:
      'Agreements (with real text) written only by staff-side members (staff, councillors, partners): flagged, with `writers` naming them and what they are. Agreements that name nobody in the group as having written them need review. Null when no agreement with real text is recorded.',
    reads: [
      'agreements[].createdBy',
      'agreements[].text',
      'agreements[].topic',
      'group.members[].roles',
    ],
    params: {},
    data: ['topic', 'writers'],
    nullable: true,
    compute: (derived) => {
      const real = realAgreements(derived);
      if (real.length === 0) return null;
      const out: Finding[] = [];
      for (const { agreement, index } of real) {
        if (anyCommunity(derived, agreement.createdBy)) continue;
        const writers: string[] = [];
        for (const id of agreement.createdBy) {
          const m = derived.memberById.get(id);
          if (m !== undefined) writers.push(staffName(m));
        }
        out.push(
          finding(
            subject('agreement', agreement.id, wordExcerpt(agreement.text), `/agreements/${index}`),
            writers.length > 0 ? 'flagged' : 'needs-review',
            { topic: agreement.topic, writers },
          ),
        );
      }
      return frozen(out);
    },
  },
  {
    id: 'decisionsAtInfluence',
    type: 'number',
    unit: 'decisions',
    description:
      "The power-sharing profile, one level at a time: how many decisions (made, or planned, as `status` says) record the group's influence at exactly `level`.",
    reads: ['decisions[].influence', 'decisions[].status'],
    params: { level: LEVEL_PARAM, status: STATUS_PARAM },
    nullable: false,
    compute: (derived, params) => {
      const level = levelParam('decisionsAtInfluence', params);
      const summary = influenceSummary(derived);
      return statusParam('decisionsAtInfluence', params) === 'planned'
        ? summary.planned[level]
        : summary.made[level];
    },
  },
  {
    id: 'influenceProfile',
    type: 'string-list',
    description:
      'The power-sharing profile of the decisions already made, in plain words, lowest level first, leaving out levels no decision reached: "4 decisions where the group was only informed", "1 decision made in collaboration with the group".',
    reads: ['decisions[].influence', 'decisions[].status'],
    params: {},
    nullable: false,
    compute: (derived) => {
      const { made } = influenceSummary(derived);
      const out: string[] = [];
      for (const level of INFLUENCE_ORDER) {
        const n = made[level];
        if (n === 0) continue;
        out.push(factPhrase(`influence.${level}`, { n }));
      }
      return out;
    },
  },
  {
    id: 'decisionsReachingInfluence',
    type: 'number',
    unit: 'decisions',
    description:
      "How many decisions already made (planned ones left out) gave the group at least `level` influence on the engagement spectrum. Null when fewer than `minDecisions` made decisions record the group's influence: too few to judge how far power is shared.",
    reads: ['decisions[].influence', 'decisions[].status'],
    params: { level: LEVEL_PARAM, minDecisions: MIN_PARAM('decisions') },
    nullable: true,
    compute: (derived, params) => {
      const level = levelParam('decisionsReachingInfluence', params);
      const min = intParam('decisionsReachingInfluence', params, 'minDecisions', 1);
      const { made, madeWithInfluence } = influenceSummary(derived);
      if (madeWithInfluence < min) return null;
      let reaching = 0;
      for (let i = INFLUENCE_ORDER.indexOf(level); i < INFLUENCE_ORDER.length; i++)
        reaching += made[INFLUENCE_ORDER[i]!];
      return reaching;
    },
  },
];
