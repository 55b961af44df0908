import { describe, expect, it } from 'vitest';
import { generateSyntheticProject } from '../../../scripts/synthetic-project.js';
import { deriveProject, factCatalogue, getFact } from '../../../src/check/facts/index.js';
import type { FactDefinition } from '../../../src/check/facts/types.js';
import { type Finding, RULE_SCOPES } from '../../../src/check/types.js';
import { parseProject } from '../../../src/model/parse.js';
import { type Project, ProjectSchema } from '../../../src/model/project.js';
import { activity, makeProject, member, NOW, withMembers } from './fixtures.js';

type Spec = {
  type: FactDefinition['type'];
  params?: string[];
  scope?: string;
  data?: string[];
  nullable?: boolean;
};

/** The catalogue as planned in the fact plan: ids, types, params and data keys. */
const PLAN: Record<string, Spec> = {
  purposeGaps: { type: 'string-list', nullable: true },
  purposeToReview: { type: 'string-list' },
  remitGaps: { type: 'string-list', nullable: true },
  remitToReview: { type: 'string-list' },
  outcomeGaps: { type: 'string-list', nullable: true },
  outcomeToReview: { type: 'string-list' },
  outcomeCount: { type: 'number' },
  progressTrackingGaps: { type: 'string-list', nullable: true },
  progressTrackingToReview: { type: 'string-list' },
  progressCadence: { type: 'string', nullable: true },
  progressReviewDueOn: { type: 'string', params: ['days'], nullable: true },
  progressReviewOverdueDays: { type: 'number', params: ['days', 'graceDays'], nullable: true },
  progressReviewToReview: { type: 'string-list' },
  daysSinceProgressReview: { type: 'number', nullable: true },
  learningPlanGaps: { type: 'string-list', nullable: true },
  learningPlanToReview: { type: 'string-list' },
  learningCount: { type: 'number' },
  learningUnshared: {
    type: 'findings',
    scope: 'learning',
    params: ['days'],
    data: ['insight', 'recordedOn', 'ageDays'],
    nullable: true,
  },
  coproductionMeaningGaps: { type: 'string-list', nullable: true },
  coproductionMeaningToReview: { type: 'string-list' },
  membersNotBriefedOnCoproduction: { type: 'findings', scope: 'member', data: [] },
  coproductionBriefingRecorded: { type: 'boolean', nullable: true },
  coproductionBriefingUnrecorded: { type: 'string-list' },
  requiredPerspectiveCount: { type: 'number' },
  perspectivesNamed: { type: 'boolean', nullable: true },
  uncoveredPerspectives: {
    type: 'findings',
    scope: 'perspective',
    data: ['perspective'],
    nullable: true,
  },
  perspectivesToReview: { type: 'string-list' },
  activeMemberCount: { type: 'number' },
  representationUnsupported: { type: 'findings', scope: 'member', data: ['groups'] },
  representationRecorded: { type: 'boolean' },
  overdueMilestones: {
    type: 'findings',
    scope: 'milestone',
    params: ['graceDays'],
    data: ['title', 'due', 'daysOverdue'],
    nullable: true,
  },
  milestoneCount: { type: 'number' },
  timeframeGaps: { type: 'string-list', nullable: true },
  timeframeToReview: { type: 'string-list' },
  resourceGaps: { type: 'string-list', nullable: true },
  resourcesToReview: { type: 'string-list' },
  resourcesDedicated: { type: 'boolean', nullable: true },
  timeframeEnd: { type: 'string', nullable: true },
  daysSinceTimeframeEnd: { type: 'number', nullable: true },
  endingEvaluationOverdue: { type: 'boolean', params: ['graceDays'], nullable: true },
  endingEvaluationToReview: { type: 'string-list' },
  endingNewsOverdue: { type: 'boolean', params: ['graceDays'], nullable: true },
  endingNewsToReview: { type: 'string-list' },
  representationAssumptionConcerns: {
    type: 'findings',
    scope: 'question',
    params: ['reflectionDays'],
    data: ['signs', 'gaps', 'members', 'groups', 'rating'],
  },
  quietMembers: {
    type: 'findings',
    scope: 'member',
    params: ['meetings', 'quietShare'],
    data: ['meetings', 'contributions', 'typical', 'unmetNeeds', 'nextStep'],
    nullable: true,
  },
  dominantVoices: {
    type: 'string-list',
    params: ['top', 'recentMeetings', 'maxExcess', 'minMeetings', 'minMembers'],
    nullable: true,
  },
  dominantVoicesShare: {
    type: 'share',
    params: ['top', 'recentMeetings', 'maxExcess', 'minMeetings', 'minMembers'],
    nullable: true,
  },
  dominantVoicesEvenShare: {
    type: 'share',
    params: ['top', 'recentMeetings', 'maxExcess', 'minMeetings', 'minMembers'],
    nullable: true,
  },
  contributionMeetingCount: { type: 'number', params: ['recentMeetings'] },
  contributionPeopleCount: { type: 'number', params: ['recentMeetings'] },
  droppedOffMembers: {
    type: 'findings',
    scope: 'member',
    params: ['firstMeetings', 'cameToFirst', 'missedLast', 'kinds'],
    data: ['lastCame', 'missed', 'cameEarly', 'firstMeetings'],
    nullable: true,
  },
  meetingsWithoutAttendance: {
    type: 'findings',
    scope: 'activity',
    params: ['recentMeetings', 'kinds'],
    data: ['date'],
    nullable: true,
  },
  knowledgeValuedConcerns: {
    type: 'findings',
    scope: 'question',
    params: ['recentMeetings', 'minShare', 'minMeetings', 'minMembers', 'reflectionDays'],
    data: ['signs', 'gaps', 'asking', 'counted', 'meetings', 'rating'],
  },
  topContributorShare: { type: 'share', params: ['top', 'recentMeetings'], nullable: true },
  topContributors: { type: 'string-list', params: ['top', 'recentMeetings'] },
  contributionGini: { type: 'number', params: ['recentMeetings'], nullable: true },
  shareAskingOrSharing: { type: 'share', params: ['recentMeetings'], nullable: true },
  unexplainedJargon: {
    type: 'findings',
    scope: 'activity',
    params: ['recentDays'],
    data: ['terms', 'date'],
    nullable: true,
  },
  unmetAccessNeeds: {
    type: 'findings',
    scope: 'member',
    data: ['needs', 'accessNeedsNotAsked'],
    nullable: true,
  },
  accessNeedsNotAsked: { type: 'string-list' },
  accessGaps: {
    type: 'findings',
    scope: 'member',
    params: ['recentDays'],
    data: ['needs', 'missing', 'meetings', 'meetingCount', 'meetingDates', 'accessToRecord'],
    nullable: true,
  },
  accessToRecord: { type: 'string-list', params: ['recentDays'] },
  availabilityNotMet: {
    type: 'findings',
    scope: 'member',
    params: ['recentActivities', 'minActivities', 'maxShareInTimes'],
    data: ['times', 'days', 'dayParts', 'inTimes', 'compared'],
    nullable: true,
  },
  recentActivityCount: { type: 'number', params: ['recentDays'] },
  activitiesBeyondSessions: { type: 'number', params: ['recentDays', 'kinds'], nullable: true },
  shareOutsideOfficeHours: {
    type: 'share',
    params: ['recentDays', 'officeStart', 'officeEnd', 'officeDays', 'minActivities'],
    nullable: true,
  },
  shareOnPremises: { type: 'share', params: ['recentDays', 'minActivities'], nullable: true },
  recentActivitiesWithVenue: { type: 'number', params: ['recentDays'] },
  recentActivitiesOnPremises: { type: 'number', params: ['recentDays'] },
  shareLedByCommunity: {
    type: 'share',
    params: ['recentDays', 'minActivities'],
    nullable: true,
  },
  recentActivitiesWithLeader: { type: 'number', params: ['recentDays'] },
  recentActivitiesLedByCommunity: { type: 'number', params: ['recentDays'] },
  recentStaffLeaders: { type: 'string-list', params: ['recentDays'] },
  activityKindsUsed: { type: 'string-list', params: ['recentDays'] },
  activityKindNames: { type: 'string-list', params: ['recentDays'] },
  membersWithoutSkills: {
    type: 'findings',
    scope: 'member',
    params: ['reflectionDays'],
    data: [],
    nullable: true,
  },
  shareUsualParticipants: { type: 'share', params: ['minRecorded'], nullable: true },
  usualParticipantsRecorded: { type: 'number' },
  usualParticipantCount: { type: 'number' },
  communityMemberCount: { type: 'number' },
  agreementTopics: { type: 'string-list' },
  agreementCount: { type: 'number' },
  waysOfWorkingGaps: { type: 'string-list', params: ['topics'], nullable: true },
  agreementsNotCoCreated: {
    type: 'findings',
    scope: 'agreement',
    data: ['topic', 'writers'],
    nullable: true,
  },
  decisionsAtInfluence: { type: 'number', params: ['level', 'status'] },
  influenceProfile: { type: 'string-list' },
  decisionsWithInfluence: { type: 'number' },
  decisionsReachingInfluence: {
    type: 'number',
    params: ['level', 'minDecisions'],
    nullable: true,
  },
  influenceStatementMissing: { type: 'string-list', nullable: true },
  influenceLimitsWithoutReason: { type: 'number' },
  decisionsUnexplained: {
    type: 'findings',
    scope: 'decision',
    data: ['title', 'madeBy'],
    nullable: true,
  },
  decisionReasonsToRecord: { type: 'string-list' },
  recommendationsNotFedBack: {
    type: 'findings',
    scope: 'recommendation',
    params: ['answerWithinDays', 'feedBackWithinDays'],
    data: ['summary', 'about', 'decision', 'response', 'waitingDays', 'problems'],
    nullable: true,
  },
  recommendationsToRecord: { type: 'string-list' },
  membersInManyEngagements: {
    type: 'findings',
    scope: 'member',
    params: ['threshold'],
    data: ['count', 'activities'],
    nullable: true,
  },
  relatedEngagementRecorded: { type: 'boolean', nullable: true },
  relatedEngagementUncoordinated: { type: 'number', nullable: true },
  relatedEngagementUncoordinatedTitles: { type: 'string-list' },
  ideaCount: { type: 'number' },
  ideasLogKept: { type: 'boolean', params: ['meetings'], nullable: true },
  pastActivityCount: { type: 'number' },
  ideasAwaitingResponse: {
    type: 'findings',
    scope: 'idea',
    params: ['days'],
    data: ['summary', 'ageDays', 'problem'],
    nullable: true,
  },
  openToChangeReflected: { type: 'boolean', params: ['withinDays'], nullable: true },
  openToChangeToRecord: { type: 'string-list', params: ['withinDays'] },
  communicationPlanMissing: { type: 'string-list', nullable: true },
  decisionScopeAgreed: { type: 'boolean', nullable: true },
  governanceProcessDescribed: { type: 'boolean', nullable: true },
  decisionsWithoutRoute: {
    type: 'findings',
    scope: 'decision',
    data: ['title', 'planned'],
    nullable: true,
  },
  decisionCount: { type: 'number' },
  membersNotBriefedOnGovernance: {
    type: 'findings',
    scope: 'member',
    data: [],
    nullable: true,
  },
  governanceBriefingToRecord: { type: 'string-list' },
  responsibilityCount: { type: 'number' },
  shareResponsibilitiesWithCommunityOwner: { type: 'share', nullable: true },
  groupDecisionsMadeElsewhere: {
    type: 'findings',
    scope: 'decision',
    data: ['title', 'decidedBy', 'planned', 'due', 'problem'],
    nullable: true,
  },
  decisionOwnershipToRecord: { type: 'string-list' },
  outsideDecisionsWithoutInfluence: {
    type: 'findings',
    scope: 'decision',
    data: ['title', 'decidedBy', 'problems'],
    nullable: true,
  },
  outsideDecisionsToRecord: { type: 'string-list' },
  flowDirectionsMissing: { type: 'string-list', nullable: true },
  overdueInformationFlows: {
    type: 'findings',
    scope: 'flow',
    params: ['graceDays'],
    data: ['direction', 'lastOccurred', 'dueOn', 'daysOverdue'],
    nullable: true,
  },
  seniorLeaderCount: { type: 'number' },
  seniorLeadersNamed: { type: 'boolean', nullable: true },
  seniorLeadersToName: { type: 'string-list' },
  leadersWithoutInvolvement: {
    type: 'findings',
    scope: 'leader',
    data: ['problem', 'point'],
    nullable: true,
  },
  leaderInvolvementToRecord: { type: 'string-list' },
  questionsWithoutRecentReflection: {
    type: 'findings',
    scope: 'question',
    params: ['days', 'questions'],
    data: ['question', 'lastReflected', 'recordedBy'],
  },
  redReflectionsWithoutAction: {
    type: 'findings',
    scope: 'reflection',
    data: ['question', 'date', 'recordedBy'],
    nullable: true,
  },
  reflectionCount: { type: 'number' },
  groupReflectionCount: { type: 'number' },
};

/** Parameters every fact is tried with. */
const PARAMS: Record<string, unknown> = {
  days: 60,
  graceDays: 7,
  meetings: 3,
  top: 2,
  recentMeetings: 6,
  recentDays: 180,
  recentActivities: 5,
  threshold: 3,
  officeStart: '09:00',
  officeEnd: '17:00',
  officeDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  questions: ['during.knowledge-valued', 'honesty.open-to-change', 'enablers.strengths-based'],
  // Power and reflections (H5).
  minActivities: 3,
  minRecorded: 5,
  minDecisions: 3,
  topics: ['behaviour', 'language', 'decision-making'],
  level: 'collaborate',
  status: 'made',
  reflectionDays: 90,
  // Decisions, governance and honesty (H4).
  withinDays: 180,
  answerWithinDays: 90,
  feedBackWithinDays: 28,
  // Participation (H3); `kinds` is shared with the access facts (activity kinds).
  quietShare: 0.25,
  maxExcess: 0.3,
  minMeetings: 3,
  minMembers: 3,
  minShare: 0.6,
  firstMeetings: 4,
  cameToFirst: 2,
  missedLast: 3,
  kinds: ['formal-meeting', 'workshop', 'online'],
  // Access (H2).
  maxShareInTimes: 0.2,
};

function paramsFor(fact: FactDefinition): Record<string, unknown> {
  return Object.fromEntries(Object.keys(fact.params).map((name) => [name, PARAMS[name]]));
}

describe('the fact catalogue', () => {
  it('holds exactly the planned facts, sorted by id', () => {
    const ids = factCatalogue.map((f) => f.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(PLAN).sort());
  });

  it.each(Object.entries(PLAN))(
    '%s has the planned type, params, scope, data and nullability',
    (id, spec) => {
      const fact = getFact(id)!;
      expect(fact.type).toBe(spec.type);
      expect(Object.keys(fact.params).sort()).toEqual([...(spec.params ?? [])].sort());
      expect(fact.scope).toBe(spec.scope);
      expect(fact.data === undefined ? undefined : [...fact.data]).toEqual(spec.data);
      expect(fact.nullable).toBe(spec.nullable ?? false);
    },
  );

  it('documents every fact: description, model fields read, and findings scope and data', () => {
    for (const fact of factCatalogue) {
      expect(fact.description.length, fact.id).toBeGreaterThan(20);
      expect(fact.reads.length, fact.id).toBeGreaterThan(0);
      for (const path of fact.reads)
        expect(path, fact.id).toMatch(/^[a-zA-Z]+(\[\])?(\.[a-zA-Z]+(\[\])?)*$/);
      if (fact.type === 'findings') {
        expect(RULE_SCOPES, fact.id).toContain(fact.scope);
        expect(fact.scope, fact.id).not.toBe('project');
        expect(Array.isArray(fact.data), fact.id).toBe(true);
      } else {
        expect(fact.scope, fact.id).toBeUndefined();
        expect(fact.data, fact.id).toBeUndefined();
      }
      for (const [name, spec] of Object.entries(fact.params)) {
        expect(spec.description.length, `${fact.id}.${name}`).toBeGreaterThan(10);
        expect(PARAMS, `${fact.id}.${name} needs a test value`).toHaveProperty(name);
      }
    }
  });

  it('names only model fields that exist in "reads"', () => {
    type Def = {
      type: string;
      innerType?: unknown;
      element?: unknown;
      shape?: Record<string, unknown>;
      options?: unknown[];
    };
    const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
    const unwrap = (schema: unknown): Def => {
      let def = defOf(schema);
      while (def.innerType !== undefined) def = defOf(def.innerType);
      // A union such as `'unknown' | 'none' | AccessNeed[]`: its list or record holds the fields.
      const structured = def.options
        ?.map(defOf)
        .find((d) => d.type === 'array' || d.type === 'object');
      return structured ?? def;
    };
    const exists = (path: string): boolean => {
      let def = unwrap(ProjectSchema);
      for (const segment of path.split('.')) {
        const name = segment.replace('[]', '');
        if (def.type !== 'object' || !def.shape || !Object.hasOwn(def.shape, name)) return false;
        def = unwrap(def.shape[name]);
        if (segment.endsWith('[]')) {
          if (def.type !== 'array') return false;
          def = unwrap(def.element);
        }
      }
      return true;
    };
    expect(exists('group.members[].perspectives')).toBe(true);
    expect(exists('group.members[].nonsense')).toBe(false);
    for (const fact of factCatalogue) {
      for (const path of fact.reads) expect(exists(path), `${fact.id}: ${path}`).toBe(true);
    }
  });

  it('getFact finds facts by id and nothing else', () => {
    expect(getFact('quietMembers')).toBe(factCatalogue.find((f) => f.id === 'quietMembers'));
    expect(getFact('noSuchFact')).toBeUndefined();
    expect(getFact('__proto__')).toBeUndefined();
  });

  it('computes a fact once per derivation and parameters', () => {
    const project = withMembers([member('m-1', { briefedOnGovernance: false })]);
    const derived = deriveProject(project, NOW);
    const fact = getFact('membersNotBriefedOnGovernance')!;
    const first = fact.compute(derived, {});
    expect(fact.compute(derived, {})).toBe(first);
    expect(fact.compute(deriveProject(project, NOW), {})).not.toBe(first);
    const window = getFact('recentActivityCount')!;
    const busy = makeProject({ activities: [activity('a-1', '2026-06-01T10:00:00Z')] });
    const d = deriveProject(busy, NOW);
    expect(window.compute(d, { recentDays: 60 })).toBe(1);
    expect(window.compute(d, { recentDays: 10 })).toBe(0);
  });

  it('refuses missing or malformed parameters rather than guessing', () => {
    const derived = deriveProject(makeProject(), NOW);
    expect(() => getFact('quietMembers')!.compute(derived, {})).toThrow(/meetings/);
    expect(() => getFact('overdueMilestones')!.compute(derived, { graceDays: 1.5 })).toThrow(
      TypeError,
    );
    expect(() => getFact('recentActivityCount')!.compute(derived, { recentDays: -1 })).toThrow(
      TypeError,
    );
    const quiet = { meetings: 3, quietShare: 1.5 };
    expect(() => getFact('quietMembers')!.compute(derived, quiet)).toThrow(
      /"quietShare" as a number from 0 to 1/,
    );
    const times = { recentActivities: 6, minActivities: 3, maxShareInTimes: Number.NaN };
    expect(() => getFact('availabilityNotMet')!.compute(derived, times)).toThrow(
      /"maxShareInTimes" as a number from 0 to 1/,
    );
    const influence = getFact('decisionsAtInfluence')!;
    expect(() => influence.compute(derived, { level: 'decide', status: 'made' })).toThrow(
      /"level" as an influence level/,
    );
    expect(() => influence.compute(derived, { level: 'involve', status: 'done' })).toThrow(
      /"status" as "made" or "planned"/,
    );
  });
});

/** Resolves an RFC 6901 pointer in a document. */
function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let at: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** Document order of pointers: segment by segment, numbers numerically. */
function comparePointers(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] === sb[i]) continue;
    const na = Number(sa[i]);
    const nb = Number(sb[i]);
    if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb;
    return sa[i]! < sb[i]! ? -1 : 1;
  }
  return sa.length - sb.length;
}

function checkValue(fact: FactDefinition, value: unknown, project: Project): void {
  const where = fact.id;
  if (value === null) {
    expect(fact.nullable, `${where} returned null but is not nullable`).toBe(true);
    return;
  }
  switch (fact.type) {
    case 'number':
      expect(typeof value === 'number' && Number.isFinite(value), where).toBe(true);
      break;
    case 'share':
      expect(typeof value, where).toBe('number');
      expect(value as number, where).toBeGreaterThanOrEqual(0);
      expect(value as number, where).toBeLessThanOrEqual(1);
      break;
    case 'boolean':
      expect(typeof value, where).toBe('boolean');
      break;
    case 'string':
      expect(typeof value, where).toBe('string');
      break;
    case 'string-list':
      expect(Array.isArray(value) && value.every((v) => typeof v === 'string'), where).toBe(true);
      break;
    case 'findings': {
      expect(Array.isArray(value), where).toBe(true);
      const list = value as Finding[];
      for (const f of list) {
        expect(f.subject.type, where).toBe(fact.scope);
        expect(['flagged', 'needs-review'], where).toContain(f.status);
        expect(typeof f.subject.label === 'string' && f.subject.label.length > 0, where).toBe(true);
        expect(Object.keys(f.data).sort(), where).toEqual([...(fact.data ?? [])].sort());
        for (const v of Object.values(f.data)) {
          const ok =
            typeof v === 'string' ||
            typeof v === 'boolean' ||
            (typeof v === 'number' && Number.isFinite(v)) ||
            (Array.isArray(v) && v.every((x) => typeof x === 'string'));
          expect(ok, `${where}: ${JSON.stringify(v)}`).toBe(true);
        }
        const target = resolvePointer(project, f.subject.pointer);
        expect(target, `${where}: ${f.subject.pointer}`).toBeDefined();
        if (fact.scope !== 'question') {
          expect((target as { id?: unknown }).id, where).toBe(f.subject.id);
        }
      }
      const pointers = list.map((f) => f.subject.pointer);
      expect(pointers, `${where} is in document order`).toEqual(
        [...pointers].sort(comparePointers),
      );
      expect(
        new Set(list.map((f) => f.subject.id)).size,
        `${where} has one finding per subject`,
      ).toBe(list.length);
      break;
    }
  }
}

describe('every fact on synthetic projects', () => {
  const cases = [1, 2, 3].map((seed) => {
    const project = parseProject(generateSyntheticProject({ seed, members: 40, activities: 80 }));
    const last = Date.parse(project.activities.at(-1)!.start);
    return {
      seed,
      project,
      times: [new Date(last - 40 * 86_400_000), new Date(last + 5 * 86_400_000)],
    };
  });

  it('returns values of the declared type, with findings that point at their subjects', () => {
    let findingsSeen = 0;
    const typesSeen = new Set<string>();
    for (const { project, times } of cases) {
      for (const now of times) {
        const derived = deriveProject(project, now);
        for (const fact of factCatalogue) {
          const value = fact.compute(derived, paramsFor(fact));
          checkValue(fact, value, project);
          if (Array.isArray(value) && fact.type === 'findings') findingsSeen += value.length;
          if (value !== null) typesSeen.add(fact.type);
        }
      }
    }
    // Guard: the synthetic projects must exercise the checks above.
    expect(findingsSeen).toBeGreaterThan(50);
    expect([...typesSeen].sort()).toEqual([
      'boolean',
      'findings',
      'number',
      'share',
      'string',
      'string-list',
    ]);
  });

  it('gives the same answers for the same project and time', () => {
    const { project, times } = cases[0]!;
    const a = factCatalogue.map((f) => f.compute(deriveProject(project, times[1]!), paramsFor(f)));
    const b = factCatalogue.map((f) => f.compute(deriveProject(project, times[1]!), paramsFor(f)));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
