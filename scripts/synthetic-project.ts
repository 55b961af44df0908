/**
 * A seeded generator of large, realistic, valid project documents for
 * benchmarks and tests.
 *
 * ```sh
 * tsx scripts/synthetic-project.ts --members 200 --activities 500 --seed 1 --out big.json
 * ```
 *
 * The same options always give the same document. Distributions are meant to
 * look like a real group: most meetings formal and in office hours, a few
 * members who never speak, a few who dominate, some members leaving, decisions
 * made inside and outside the group, learning that is sometimes shared,
 * and a reciprocity ledger in which most residents are offered something,
 * some claims are paid late or not yet, and benefits advice is patchy.
 *
 * @module
 */
import { realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import type {
  AccessFeature,
  ActivityKind,
  ActivitySchema,
  AgreementSchema,
  AttendanceSchema,
  DecisionSchema,
  LearningEntrySchema,
  MemberRole,
  MemberSchema,
  ProjectInput,
  ReciprocityEntrySchema,
  ReflectionSchema,
  Support,
  VenueFeature,
  VenueSetting,
} from '../src/model/index.js';

const VENUE_FEATURES: ReadonlySet<string> = new Set<VenueFeature>([
  'step-free',
  'hearing-loop',
  'accessible-toilet',
  'public-transport',
  'parking',
  'quiet-space',
]);
const isVenueFeature = (f: AccessFeature): f is VenueFeature => VENUE_FEATURES.has(f);
const isSupport = (f: AccessFeature): f is Support => !VENUE_FEATURES.has(f);

/**
 * Options for {@link generateSyntheticProject}. Only `seed` is required.
 *
 * @example
 * ```ts
 * const options: SyntheticProjectOptions = { seed: 1, members: 200, activities: 500 };
 * ```
 */
export interface SyntheticProjectOptions {
  /** Any integer; the same seed and options always give the same project. */
  readonly seed: number;
  /** Members in the group, including some who have left (default 30). */
  readonly members?: number;
  /** Activities (default 60). */
  readonly activities?: number;
  /** Decisions (default one per eight activities, at least 3). */
  readonly decisions?: number;
  /** Learning entries (default one per six activities, at least 2). */
  readonly learning?: number;
  /** Reflections (default one per five activities, at least 3). */
  readonly reflections?: number;
  /** Calendar date of the project start, `YYYY-MM-DD` (default `2025-01-06`). */
  readonly start?: string;
  /** The project id (default `synthetic-<seed>`). */
  readonly id?: string;
}

/**
 * Ids of the framework questions, as in `rules/questions.json`; reflections
 * are recorded against these.
 */
export const FRAMEWORK_QUESTION_IDS: readonly string[] = [
  'readiness.purpose',
  'readiness.issue-and-remit',
  'readiness.outcomes',
  'readiness.progress-tracking',
  'readiness.learning-plan',
  'readiness.meaning-of-coproduction',
  'readiness.right-people',
  'during.representation-assumptions',
  'during.realistic-constraints',
  'during.everyone-contributes',
  'during.knowledge-valued',
  'during.jargon-explained',
  'during.group-support',
  'during.accessible-times-places',
  'enablers.dedicated-resource',
  'enablers.strengths-based',
  'enablers.sharing-power',
  'enablers.beyond-sessions',
  'enablers.beyond-usual-participants',
  'enablers.ways-of-working',
  'honesty.influence',
  'honesty.avoid-duplication',
  'honesty.open-to-change',
  'honesty.timeframes-and-information',
  'governance.control-and-decision-route',
  'governance.agreed-behaviour-and-decisions',
  'governance.wider-processes-understood',
  'governance.leadership-assumptions',
  'governance.group-decisions',
  'governance.outside-decisions',
  'governance.information-flow',
  'governance.senior-leaders',
];

// ---------------------------------------------------------------------------
// Seeded randomness (mulberry32): small, fast and the same on every platform.

interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

function createRandom(seed: number): Random {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1]![0];
    },
  };
}

// ---------------------------------------------------------------------------
// Dates: whole days since the epoch, written in Europe/London local time.

const DAY_MS = 86_400_000;

function parseDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`start must be a date like 2025-01-06, not "${date}"`);
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  if (new Date(day * DAY_MS).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`start must be a real calendar date, not "${date}"`);
  }
  return day;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** Day number of the last Sunday of a month (month 0-based). */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0) / DAY_MS;
  return last - weekday(last);
}

/**
 * UK clocks go forward on the last Sunday of March and back on the last
 * Sunday of October, at 01:00 UTC; activities here run between 08:00 and
 * 21:00, so the date alone tells the offset.
 */
function londonOffset(day: number): string {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  return day >= lastSunday(year, 2) && day < lastSunday(year, 9) ? '+01:00' : '+00:00';
}

function londonDateTime(day: number, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${isoDay(day)}T${hh}:${mm}:00${londonOffset(day)}`;
}

// ---------------------------------------------------------------------------
// Vocabulary.

const ROLE_WEIGHTS: readonly (readonly [MemberRole, number])[] = [
  ['resident', 35],
  ['lived-experience', 15],
  ['carer', 12],
  ['young-person', 8],
  ['staff', 18],
  ['councillor', 3],
  ['partner', 7],
  ['other', 2],
];

const PERSPECTIVES: readonly (readonly [string, string])[] = [
  ['tenants', 'Council tenants'],
  ['disabled-people', 'Disabled people'],
  ['older-people', 'Older people'],
  ['carers', 'Unpaid carers'],
  ['young-people', 'Young people'],
  ['offline', 'People who do not use the internet'],
  ['minority-communities', 'Black, Asian and minority ethnic communities'],
  ['rural', 'People in rural areas'],
  ['parents', 'Parents of young children'],
  ['first-language-not-english', 'People whose first language is not English'],
  ['service-staff', 'Front-line staff'],
  ['voluntary-sector', 'Voluntary and community sector'],
];

const NAMES = [
  'Amira',
  'Bernard',
  'Chloe',
  'Dev',
  'Ellie',
  'Farid',
  'Grace',
  'Halima',
  'Ivan',
  'Jo',
  'Kai',
  'Lou',
  'Maya',
  'Nadia',
  'Owen',
  'Priya',
  'Rosa',
  'Sam',
  'Tom',
  'Zara',
];

const ACCESS_NEEDS: readonly (readonly [string, AccessFeature[]])[] = [
  ['Step-free access', ['step-free']],
  ['A hearing loop', ['hearing-loop']],
  ['Easy-read papers', ['easy-read']],
  ['Large-print papers', ['large-print']],
  ['A quiet space to take a break', ['quiet-space', 'breaks']],
  ['Travel costs paid on the day', ['travel-costs']],
  ['A BSL interpreter', ['bsl-interpreter']],
  ['Childcare during meetings', ['childcare']],
  ['Meetings after 6pm because of work', []],
];

const FEATURE_SETS: readonly AccessFeature[][] = [
  ['step-free', 'accessible-toilet', 'public-transport', 'hearing-loop', 'large-print'],
  ['step-free', 'accessible-toilet', 'public-transport', 'quiet-space', 'travel-costs', 'breaks'],
  ['step-free', 'public-transport', 'easy-read'],
  ['public-transport', 'parking'],
];

const KIND_WEIGHTS: readonly (readonly [ActivityKind, number])[] = [
  ['formal-meeting', 50],
  ['workshop', 15],
  ['outreach', 10],
  ['online', 12],
  ['informal', 8],
  ['site-visit', 3],
  ['other', 2],
];

const KIND_TITLES: Record<ActivityKind, readonly string[]> = {
  'formal-meeting': ['Group meeting', 'Monthly meeting', 'Steering meeting', 'Options review'],
  workshop: ['Design workshop', 'Mapping workshop', 'Testing session', 'Prototype workshop'],
  outreach: ['Drop-in at the library', 'Coffee morning visit', 'Stall at the market'],
  online: ['Online catch-up', 'Evening call', 'Online feedback session'],
  informal: ['Lunch and chat', 'Walk and talk', 'Picnic'],
  'site-visit': ['Site visit', 'Visit to a neighbouring council'],
  other: ['Training session', 'Celebration event'],
};

const VENUES: Record<VenueSetting, readonly string[]> = {
  'organisation-premises': [
    'Civic Centre, Committee Room 2',
    'Town Hall, Room 4',
    'Council offices',
  ],
  community: ['Community centre', 'Library', 'Family hub', 'Youth centre', 'Church hall'],
  online: ['Microsoft Teams', 'Zoom'],
  other: ['Partner offices', 'On site'],
};

const JARGON = ['MTFS', 'HRA', 'Key decision', 'Section 75', 'SLA', 'TSMs', 'S106', 'KPI', 'DMT'];

const SKILLS = [
  'Facilitation',
  'Writing',
  'Spreadsheets',
  'Design',
  'Local history',
  'Translation',
];

// ---------------------------------------------------------------------------

type MemberInput = z.input<typeof MemberSchema>;
type ReciprocityInput = z.input<typeof ReciprocityEntrySchema>;
type ActivityInput = z.input<typeof ActivitySchema>;
type AttendanceInput = z.input<typeof AttendanceSchema>;
type DecisionInput = z.input<typeof DecisionSchema>;
type LearningInput = z.input<typeof LearningEntrySchema>;
type ReflectionInput = z.input<typeof ReflectionSchema>;
type AgreementInput = z.input<typeof AgreementSchema>;

interface MemberPlan {
  readonly id: string;
  readonly joined: number;
  readonly left: number | undefined;
  readonly staff: boolean;
  /** How the member takes part: silent members never speak, dominant ones talk most. */
  readonly voice: 'silent' | 'quiet' | 'usual' | 'dominant';
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function count(value: number | undefined, fallback: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > 100_000) {
    throw new RangeError(`${name} must be a whole number from 0 to 100000, not ${String(value)}`);
  }
  return n;
}

/**
 * Generates a valid project input document: references are consistent, ids
 * are unique, and the same options always give the same document.
 *
 * @example
 * ```ts
 * import { parseProject } from '../src/model/parse.js';
 *
 * const project = parseProject(generateSyntheticProject({ seed: 1, members: 200, activities: 500 }));
 * project.activities.length; // 500
 * ```
 */
export function generateSyntheticProject(options: SyntheticProjectOptions): ProjectInput {
  if (!Number.isInteger(options.seed)) {
    throw new RangeError(`seed must be a whole number, not ${String(options.seed)}`);
  }
  const rand = createRandom(options.seed);
  const memberCount = count(options.members, 30, 'members');
  const activityCount = count(options.activities, 60, 'activities');
  const decisionCount = count(
    options.decisions,
    Math.max(3, Math.round(activityCount / 8)),
    'decisions',
  );
  const learningCount = count(
    options.learning,
    Math.max(2, Math.round(activityCount / 6)),
    'learning',
  );
  const reflectionCount = count(
    options.reflections,
    Math.max(3, Math.round(activityCount / 5)),
    'reflections',
  );
  const startDay = parseDay(options.start ?? '2025-01-06');
  // About two activities a week, between two months and three years.
  const span = Math.min(3 * 365, Math.max(60, Math.ceil(activityCount * 3.5)));
  const endDay = startDay + span;
  const idWidth = Math.max(2, String(Math.max(memberCount, activityCount)).length);

  // Perspectives: one per ten members, between 4 and all of them.
  const perspectiveCount = Math.min(PERSPECTIVES.length, Math.max(4, Math.round(memberCount / 10)));
  const perspectives = PERSPECTIVES.slice(0, perspectiveCount);

  // Members.
  const plans: MemberPlan[] = [];
  const members: MemberInput[] = [];
  for (let i = 0; i < memberCount; i++) {
    const id = `m-${pad(i + 1, idWidth)}`;
    const role = rand.weighted(ROLE_WEIGHTS);
    const staff = role === 'staff' || role === 'partner' || role === 'councillor';
    const roles: MemberRole[] = [role];
    if (role === 'resident' && rand.chance(0.2)) roles.push('carer');
    const joined = rand.chance(0.8) ? startDay - rand.int(0, 20) : startDay + rand.int(0, span);
    const left = rand.chance(0.1) ? joined + rand.int(30, Math.max(31, span)) : undefined;
    const voiceRoll = rand.next();
    const voice: MemberPlan['voice'] =
      voiceRoll < 0.07
        ? 'silent'
        : voiceRoll < 0.1
          ? 'dominant'
          : voiceRoll < 0.35
            ? 'quiet'
            : 'usual';
    plans.push({
      id,
      joined,
      left: left !== undefined && left < endDay ? left : undefined,
      staff,
      voice,
    });

    const member: MemberInput = {
      id,
      displayName: memberCount <= NAMES.length ? NAMES[i]! : `Member ${i + 1}`,
      roles,
      perspectives: staff
        ? rand.chance(0.3)
          ? ['service-staff']
          : []
        : [...new Set([rand.pick(perspectives)[0], rand.pick(perspectives)[0]])].slice(
            0,
            rand.int(1, 2),
          ),
      joined: isoDay(joined),
    };
    const plan = plans[i]!;
    if (plan.left !== undefined) member.left = isoDay(plan.left);
    if (rand.chance(0.6)) member.skills = [rand.pick(SKILLS)];
    if (!staff) {
      member.usualParticipant = rand.chance(0.15);
      if (rand.chance(0.2)) {
        member.otherEngagement = ['Tenants panel', 'Budget consultation', 'Scrutiny group'].slice(
          0,
          rand.int(1, 3),
        );
      }
      if (rand.chance(0.1)) {
        member.represents = [
          rand.chance(0.5)
            ? { group: 'Residents association', connection: 'Reports back at its monthly meeting.' }
            : { group: 'Their estate' },
        ];
      }
      if (rand.chance(0.25)) {
        const [need, requires] = rand.pick(ACCESS_NEEDS);
        member.accessNeeds = [
          requires.length > 0
            ? { need, requires, met: rand.chance(0.8) }
            : { need, met: rand.chance(0.5) },
        ];
      } else {
        // Asked, and they need nothing (no draw: the rest of the project stays as it was).
        member.accessNeeds = 'none';
      }
      member.briefedOnCoproduction = rand.chance(0.8);
    } else {
      member.accessNeeds = 'none';
    }
    member.briefedOnGovernance = rand.chance(staff ? 0.95 : 0.5);
    members.push(member);
  }
  const staffIds = plans.filter((p) => p.staff).map((p) => p.id);
  const residentIds = plans.filter((p) => !p.staff).map((p) => p.id);
  const anyMember = (): string | undefined => (plans.length > 0 ? rand.pick(plans).id : undefined);

  // Activities, sorted by day.
  const days = Array.from({ length: activityCount }, () => startDay + rand.int(0, span - 1)).sort(
    (a, b) => a - b,
  );
  const activities: ActivityInput[] = [];
  days.forEach((day, i) => {
    const kind = rand.weighted(KIND_WEIGHTS);
    const weekend = weekday(day) === 0 || weekday(day) === 6;
    let setting: VenueSetting;
    if (kind === 'online') setting = 'online';
    else if (kind === 'formal-meeting')
      setting = rand.chance(0.75) ? 'organisation-premises' : 'community';
    else if (kind === 'site-visit') setting = 'other';
    else setting = rand.chance(0.8) ? 'community' : 'organisation-premises';
    // Formal meetings mostly in office hours; others more often evenings and weekends.
    const officeHours = !weekend && rand.chance(kind === 'formal-meeting' ? 0.75 : 0.35);
    const startMinutes = officeHours
      ? rand.pick([600, 630, 840, 870])
      : weekend
        ? rand.pick([600, 660, 720])
        : rand.pick([1050, 1080, 1110]);
    const length = rand.pick([60, 90, 120, 150]);

    // Attendance: a sample of the members active on the day.
    const active = plans.filter((p) => p.joined <= day && (p.left === undefined || p.left >= day));
    const size = Math.min(
      active.length,
      kind === 'outreach' ? rand.int(2, 6) : Math.max(3, Math.round(8 + rand.next() * 14)),
    );
    for (let k = 0; k < size; k++) {
      const j = k + Math.floor(rand.next() * (active.length - k));
      const swap = active[k]!;
      active[k] = active[j]!;
      active[j] = swap;
    }
    const present = active.slice(0, size);
    const attendance: AttendanceInput[] = present.map((p) => {
      const contributions =
        p.voice === 'silent'
          ? 0
          : p.voice === 'dominant'
            ? rand.int(12, 30)
            : p.voice === 'quiet'
              ? rand.int(0, 2)
              : rand.int(1, 8);
      const row: AttendanceInput = { memberId: p.id, contributions };
      if (rand.chance(0.5)) row.questionsAsked = p.voice === 'silent' ? 0 : rand.int(0, 3);
      if (rand.chance(0.5)) row.knowledgeShared = p.voice === 'silent' ? 0 : rand.int(0, 4);
      return row;
    });

    // Draws in the same order as ever (title, venue, what it offers), so a seed gives the same project.
    const title = rand.pick(KIND_TITLES[kind]);
    const venueName = rand.pick(VENUES[setting]);
    // One set holds both the place's features and the support arranged.
    const offered: readonly AccessFeature[] =
      setting === 'online' ? ['captions'] : rand.pick(FEATURE_SETS);
    const activity: ActivityInput = {
      id: `a-${pad(i + 1, idWidth)}`,
      kind,
      title,
      start: londonDateTime(day, startMinutes),
      end: londonDateTime(day, startMinutes + length),
      venue:
        setting === 'online'
          ? { name: venueName, setting }
          : { name: venueName, setting, features: offered.filter(isVenueFeature) },
      supportArranged: offered.filter(isSupport),
      attendance,
    };
    if (present.length > 0) {
      const staffPresent = present.filter((p) => p.staff);
      const chair =
        staffPresent.length > 0 && rand.chance(0.7) ? rand.pick(staffPresent) : rand.pick(present);
      activity[kind === 'formal-meeting' ? 'chairedBy' : 'facilitatedBy'] = [chair.id];
    }
    if (rand.chance(0.4)) {
      activity.jargon = rand.chance(0.3)
        ? []
        : [{ term: rand.pick(JARGON), explained: rand.chance(0.6) }];
    }
    activities.push(activity);
  });
  const activityAt = (): { id: string; day: number } | undefined => {
    if (activities.length === 0) return undefined;
    const index = rand.int(0, activities.length - 1);
    return { id: activities[index]!.id, day: days[index]! };
  };

  // Decisions.
  const routes = ['key-decision', 'cabinet', 'officer-decision', 'not-required'] as const;
  const decisions: DecisionInput[] = [];
  for (let i = 0; i < decisionCount; i++) {
    const at = activityAt();
    const day = at?.day ?? startDay + rand.int(0, span);
    const madeBy = rand.weighted([
      ['group', 45],
      ['group-with-organisation', 25],
      ['outside-group', 30],
    ] as const);
    const decision: DecisionInput = {
      id: `d-${pad(i + 1, idWidth)}`,
      title: `Decision ${i + 1}`,
      date: isoDay(day),
      madeBy,
      groupsToMake: madeBy === 'outside-group' ? rand.chance(0.15) : rand.chance(0.8),
    };
    if (madeBy === 'outside-group') {
      decision.decidedBy = rand.pick(['Cabinet', 'Director', 'Partnership board']);
      decision.affectsGroup = rand.chance(0.8);
      decision.groupInformed = rand.chance(0.7);
      decision.rationaleExplained = rand.chance(0.5);
    } else if (at) {
      decision.activityId = at.id;
    }
    if (rand.chance(0.7)) {
      decision.influence = rand.pick(['inform', 'consult', 'involve', 'collaborate', 'empower']);
    }
    if (rand.chance(0.75)) {
      decision.governance = {
        route: rand.pick(routes),
        status: rand.pick(['not-started', 'in-progress', 'approved']),
      };
    }
    decisions.push(decision);
  }

  // Learning.
  const learning: LearningInput[] = [];
  for (let i = 0; i < learningCount; i++) {
    const at = activityAt();
    const day = at?.day ?? startDay + rand.int(0, span);
    const entry: LearningInput = {
      id: `l-${pad(i + 1, idWidth)}`,
      insight: `Insight ${i + 1} from the group's work.`,
      date: isoDay(day),
      sharedWith: rand.chance(0.6)
        ? [
            {
              audience: rand.pick(['Service managers', 'Tenants panel']),
              on: isoDay(day + rand.int(1, 60)),
            },
          ]
        : [],
    };
    if (at) entry.sourceActivityId = at.id;
    learning.push(entry);
  }

  // Reflections.
  const reflections: ReflectionInput[] = [];
  for (let i = 0; i < reflectionCount; i++) {
    const rating = rand.weighted([
      ['green', 50],
      ['amber', 35],
      ['red', 15],
    ] as const);
    const owner = anyMember();
    reflections.push({
      id: `r-${pad(i + 1, idWidth)}`,
      questionId: rand.pick(FRAMEWORK_QUESTION_IDS),
      date: isoDay(startDay + rand.int(0, span)),
      rating,
      actions:
        rating !== 'green' && rand.chance(0.7)
          ? [
              owner
                ? { description: 'Try a different approach.', owner }
                : { description: 'Try a different approach.' },
            ]
          : [],
    });
  }

  // Agreements, governance and the rest.
  const creators = (fromResidents: boolean): string[] => {
    const pool = fromResidents && residentIds.length > 0 ? residentIds : staffIds;
    return pool.length > 0 ? [...new Set([rand.pick(pool), rand.pick(pool)])] : [];
  };
  const agreements: AgreementInput[] = (['behaviour', 'language', 'decision-making'] as const).map(
    (topic, i) => ({
      id: `w-${i + 1}`,
      topic,
      text: `What the group agreed about ${topic}.`,
      createdBy: [...creators(false), ...creators(rand.chance(0.6))].filter(
        (id, j, all) => all.indexOf(id) === j,
      ),
      createdOn: isoDay(startDay),
    }),
  );

  const owner = anyMember();
  const reciprocity = syntheticLedger(options.seed, plans, members, startDay, endDay);
  return {
    schemaVersion: 2,
    id: options.id ?? `synthetic-${options.seed < 0 ? 'n' : ''}${Math.abs(options.seed)}`,
    title: `Synthetic project (seed ${options.seed})`,
    stage: 'during',
    timeZone: 'Europe/London',
    organisation: 'Synthetic Borough Council',
    timeframe: {
      start: isoDay(startDay),
      end: isoDay(endDay + 30),
      milestones: [1, 2, 3, 4].map((n) => ({
        id: `ms-${n}`,
        title: `Milestone ${n}`,
        due: isoDay(startDay + Math.round((span * n) / 4)),
        ...(n < 3 ? { done: isoDay(startDay + Math.round((span * n) / 4)) } : {}),
      })),
    },
    purpose: { what: 'A better service, designed with the people who use it.' },
    remit: { issue: 'The service does not work well for everyone.' },
    outcomes: [
      { id: 'o-1', description: 'Shorter waits.', recognisedBy: 'Waiting times fall by a third.' },
      { id: 'o-2', description: 'People feel listened to.' },
    ],
    progressTracking: { cadence: 'monthly', lastReview: isoDay(endDay - rand.int(0, 60)) },
    learningPlan: { captureMethod: 'A learning log after each meeting.' },
    coproductionMeaning: {
      definition: 'Residents and staff design the service together.',
      agreedOn: isoDay(startDay),
      agreedBy: [...creators(true), ...creators(false)].filter(
        (id, j, all) => all.indexOf(id) === j,
      ),
    },
    resources: {
      budgetGbp: rand.int(2, 60) * 1000,
      staffHoursPerWeek: rand.int(2, 30),
      dedicated: rand.chance(0.5),
    },
    influence: {
      canInfluence: ['How the service is designed'],
      cannotInfluence: [{ topic: 'The budget' }],
    },
    communicationPlan: { during: 'Notes after each meeting.' },
    relatedEngagement: [{ id: 'e-1', title: 'Budget consultation' }],
    glossary: [{ term: 'Key decision', explanation: 'A big decision published in advance.' }],
    group: {
      requiredPerspectives: perspectives.map(([id, label]) => ({ id, label })),
      members,
    },
    activities,
    decisions,
    learning,
    reflections,
    ideas: [
      {
        id: 'i-1',
        summary: 'Meet in the evenings.',
        raisedOn: isoDay(startDay + 10),
        status: 'adopted',
        response: 'Every other meeting is now in the evening.',
        ...(owner ? { raisedBy: [owner] } : {}),
      },
    ],
    agreements,
    reciprocity,
    governance: {
      seniorLeaders: [
        {
          id: 'sl-1',
          name: 'Director',
          role: 'Sponsor',
          involvement: [{ point: 'Sign off the pilot', due: isoDay(endDay) }],
        },
        { id: 'sl-2', name: 'Cabinet member', role: 'Political lead', involvement: [] },
      ],
      informationFlows: [
        {
          id: 'f-1',
          direction: 'group-to-leaders',
          cadence: 'monthly',
          lastOccurred: isoDay(endDay - rand.int(0, 60)),
          leaderIds: ['sl-1'],
        },
        {
          id: 'f-2',
          direction: 'leaders-to-group',
          cadence: 'quarterly',
          lastOccurred: isoDay(endDay - rand.int(0, 120)),
          leaderIds: ['sl-1', 'sl-2'],
        },
      ],
      responsibilities: owner ? [{ id: 'resp-1', area: 'Chairing meetings', owners: [owner] }] : [],
    },
    extensions: {
      synthetic: { seed: options.seed, members: memberCount, activities: activityCount },
    },
  };
}

const LEDGER_KINDS = [
  ['voucher', 4],
  ['payment', 3],
  ['expenses', 3],
  ['time-credit', 2],
  ['training', 1],
  ['reference', 1],
  ['recognition', 1],
] as const;

/**
 * The reciprocity ledger, and the member fields that go with it, drawn
 * from a sequence of their own so the rest of the project is the same as
 * before the ledger existed (the benchmarks stay comparable). Most residents
 * are offered something each quarter; some claims are paid weeks late or
 * not yet; benefits advice is offered to most, a non-cash choice recorded
 * for some, and training taken by a few.
 */
function syntheticLedger(
  seed: number,
  plans: readonly MemberPlan[],
  members: MemberInput[],
  startDay: number,
  endDay: number,
): ReciprocityInput[] {
  const rand = createRandom(seed * 31 + 7);
  const ledger: ReciprocityInput[] = [];
  plans.forEach((plan, i) => {
    if (plan.staff) return;
    const member = members[i]!;
    const from = Math.max(startDay, plan.joined);
    const until = plan.left ?? endDay;
    if (rand.chance(0.7)) member.benefitsAdviceOfferedOn = isoDay(from + rand.int(0, 30));
    if (rand.chance(0.5)) {
      member.nonCashPreference = rand.pick(['none', 'voucher', 'time-credit', 'training'] as const);
    }
    if (rand.chance(0.2)) {
      member.trainingTaken = [{ title: 'Chairing meetings', on: isoDay(from + rand.int(10, 90)) }];
    }
    if (!rand.chance(0.85)) return;
    for (let day = from; day < until; day += 91) {
      const kind = rand.weighted(LEDGER_KINDS);
      const offeredOn = day + rand.int(0, 14);
      if (offeredOn > endDay) break;
      const entry: ReciprocityInput = {
        id: `rx-${ledger.length + 1}`,
        memberId: plan.id,
        kind,
        offeredOn: isoDay(offeredOn),
        status: 'offered',
      };
      if (kind === 'payment' || kind === 'voucher' || kind === 'expenses') {
        entry.amountPence = rand.int(5, 120) * 100 + (kind === 'expenses' ? rand.int(0, 99) : 0);
      }
      const roll = rand.next();
      if (roll < 0.08) {
        entry.status = 'declined';
      } else if (roll < 0.2) {
        entry.status = 'accepted';
        if (kind === 'payment' || kind === 'expenses') entry.claimedOn = isoDay(offeredOn + 20);
      } else {
        const claimed = offeredOn + rand.int(5, 40);
        const paid = claimed + (rand.chance(0.15) ? rand.int(30, 90) : rand.int(1, 14));
        if (paid <= endDay) {
          if (kind === 'payment' || kind === 'expenses') entry.claimedOn = isoDay(claimed);
          entry.paidOn = isoDay(paid);
          entry.status = 'received';
        } else {
          entry.status = 'accepted';
        }
      }
      ledger.push(entry);
    }
  });
  return ledger;
}

/**
 * The command line: `--members N --activities N --seed N [--out file]`.
 * Writes the document as two-space JSON, to the file or to standard output.
 */
export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      members: { type: 'string' },
      activities: { type: 'string' },
      decisions: { type: 'string' },
      learning: { type: 'string' },
      reflections: { type: 'string' },
      seed: { type: 'string', default: '1' },
      start: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const num = (value: string | undefined): number | undefined =>
    value === undefined ? undefined : Number(value);
  const options: { -readonly [K in keyof SyntheticProjectOptions]: SyntheticProjectOptions[K] } = {
    seed: Number(values.seed),
  };
  for (const key of ['members', 'activities', 'decisions', 'learning', 'reflections'] as const) {
    const n = num(values[key]);
    if (n !== undefined) options[key] = n;
  }
  if (values.start !== undefined) options.start = values.start;
  const text = `${JSON.stringify(generateSyntheticProject(options), null, 2)}\n`;
  if (values.out) {
    writeFileSync(values.out, text);
    console.error(`wrote ${values.out}`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

function isMainModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(resolve(script))).href;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
