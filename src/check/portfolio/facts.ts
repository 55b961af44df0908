/**
 * The portfolio fact catalogue: facts over all of a council's projects at
 * once, read by the rules of the `portfolio` set. They are computed from
 * the projects' summaries (see summary.ts). Pure.
 *
 * @module
 */
import type { DerivedProject } from '../facts/derive.js';
import type { FactDefinition } from '../facts/types.js';
import type { Finding, SubjectRef } from '../types.js';
import type { ProjectSummary } from './summary.js';

const DAY_MS = 86_400_000;

/** A project's title as a list shows it, in quotes, so titles with commas still read apart. */
const quoted = (title: string) => `“${title}”`;

/** One person across the portfolio, found by their person reference. */
interface PersonAcross {
  readonly ref: string;
  /** Their display names, as each project has them, without repeats. */
  readonly names: string[];
  /** The active projects they are an active member of. */
  readonly activeIn: ProjectSummary[];
}

/**
 * Everything the portfolio facts read: the projects' summaries, the moment
 * of the check and the subject that stands for the whole portfolio.
 *
 * @internal
 * @example
 * ```ts
 * import { summariseProject } from './summary.js';
 *
 * const now = new Date('2026-11-20T12:00:00Z');
 * const summaries = projects.map((project, index) => summariseProject(project, now, index));
 * const subject = { type: 'portfolio', id: 'portfolio', label: 'Northfield Council projects', pointer: '' } as const;
 * derivePortfolio(summaries, now, subject).active.length; // the projects still under way
 * ```
 */
export interface DerivedPortfolio {
  readonly now: Date;
  readonly subject: SubjectRef;
  readonly projects: readonly ProjectSummary[];
  readonly active: readonly ProjectSummary[];
  readonly people: ReadonlyMap<string, PersonAcross>;
  /** Active community members of active projects without a person reference. */
  readonly withoutRef: number;
  /** The titles of the active projects with such members. */
  readonly projectsWithoutRefs: readonly string[];
  /** Whether any member of any project has a person reference. */
  readonly anyRef: boolean;
  /** Whether any project has a community member at all. */
  readonly anyCommunity: boolean;
}

/**
 * Gathers the summaries into what the facts read.
 *
 * @internal
 * @example `derivePortfolio([], new Date(), { type: 'portfolio', id: 'portfolio', label: 'Our projects', pointer: '' })`
 */
export function derivePortfolio(
  projects: readonly ProjectSummary[],
  now: Date,
  subject: SubjectRef,
): DerivedPortfolio {
  const active = projects.filter((p) => p.active);
  const people = new Map<string, PersonAcross>();
  let withoutRef = 0;
  const projectsWithoutRefs: string[] = [];
  let anyRef = false;
  let anyCommunity = false;
  for (const project of projects) {
    let missing = 0;
    for (const member of project.members) {
      if (member.community) anyCommunity = true;
      if (member.ref === undefined) {
        if (project.active && member.active && member.community) missing += 1;
        continue;
      }
      anyRef = true;
      let person = people.get(member.ref);
      if (!person) {
        person = { ref: member.ref, names: [], activeIn: [] };
        people.set(member.ref, person);
      }
      if (!person.names.includes(member.name)) person.names.push(member.name);
      if (project.active && member.active && !person.activeIn.includes(project)) {
        person.activeIn.push(project);
      }
    }
    if (missing > 0) {
      withoutRef += missing;
      projectsWithoutRefs.push(quoted(project.title));
    }
  }
  return {
    now,
    subject,
    projects,
    active,
    people,
    withoutRef,
    projectsWithoutRefs,
    anyRef,
    anyCommunity,
  };
}

function personSubject(person: PersonAcross): SubjectRef {
  return { type: 'person', id: person.ref, label: person.names.join(' / '), pointer: '' };
}

function projectSubject(project: ProjectSummary): SubjectRef {
  return { type: 'project', id: project.id, label: project.title, pointer: '' };
}

/**
 * The findings of a fact about people: those `flag` finds, then one
 * needs-review finding about the members without a person reference, if
 * there are any. Null when members lack a reference and nobody has one: no
 * person can be recognised across projects.
 */
function aboutPeople(
  derived: DerivedProject,
  flag: (portfolio: DerivedPortfolio) => Finding[],
): Finding[] | null {
  const portfolio = of(derived);
  if (!portfolio.anyRef && portfolio.withoutRef > 0) return null;
  const out = flag(portfolio);
  if (portfolio.withoutRef > 0) {
    out.push({
      subject: portfolio.subject,
      status: 'needs-review',
      data: {
        membersWithoutPersonRef: portfolio.withoutRef,
        projectsMissingPersonRefs: [...portfolio.projectsWithoutRefs],
      },
    });
  }
  return out;
}

/**
 * A fact finding people across the portfolio: its findings are those of
 * {@link aboutPeople}, so its data keys are always {@link PERSON_DATA}.
 */
function personFact(
  definition: Pick<FactDefinition, 'id' | 'description' | 'reads' | 'params'>,
  flag: (portfolio: DerivedPortfolio, params: Readonly<Record<string, unknown>>) => Finding[],
): FactDefinition {
  return {
    ...definition,
    type: 'findings',
    scope: 'person',
    data: PERSON_DATA,
    nullable: true,
    compute: (derived, params) => aboutPeople(derived, (portfolio) => flag(portfolio, params)),
  };
}

/** A person flagged for being in `projects` (their titles) `count` times. */
function personFinding(person: PersonAcross, count: number, projects: string[]): Finding {
  return { subject: personSubject(person), status: 'flagged', data: { count, projects } };
}

/**
 * The data of a finding about people: `count` and `projects` on each
 * person flagged (see {@link personFinding}), and the keys of the finding
 * {@link aboutPeople} adds about members without a person reference.
 */
const PERSON_DATA = [
  'count',
  'projects',
  'membersWithoutPersonRef',
  'projectsMissingPersonRefs',
] as const;

/** The model fields behind {@link usualCounts}, for every fact read from it. */
const USUAL_READS = [
  'group.members[].usualParticipant',
  'group.members[].personRef',
  'stage',
] as const;

const of = (derived: DerivedProject) => derived as unknown as DerivedPortfolio;

const integer = (description: string, minimum: number, maximum: number) =>
  ({ type: 'integer', description, minimum, maximum }) as const;

/**
 * Every portfolio fact, sorted by id.
 *
 * @category Customisation
 * @example
 * ```ts
 * for (const fact of portfolioFactCatalogue) console.log(fact.id, fact.type);
 * ```
 */
export const portfolioFactCatalogue: readonly FactDefinition[] = Object.freeze(
  (
    [
      personFact(
        {
          id: 'peopleInManyProjects',
          description:
            'People (recognised by their person reference) who are active members of at least `projects` active projects at once: projects starting, under way or ending whose timeframe is not over, where the person has joined and not left. `count` is how many, `projects` their titles. When some active community members have no person reference, one finding about the whole portfolio needs review (`membersWithoutPersonRef`, `projectsMissingPersonRefs`). Null when no member of any project has a person reference.',
          reads: [
            'group.members[].personRef',
            'group.members[].joined',
            'group.members[].left',
            'group.members[].roles',
            'stage',
            'timeframe.end',
          ],
          params: {
            projects: integer('How many active projects at once is too many.', 2, 100),
          },
        },
        (portfolio, params) => {
          const limit = params.projects as number;
          const out: Finding[] = [];
          for (const person of portfolio.people.values()) {
            if (person.activeIn.length < limit) continue;
            const titles = person.activeIn.map((p) => quoted(p.title));
            out.push(personFinding(person, person.activeIn.length, titles));
          }
          return out;
        },
      ),
      personFact(
        {
          id: 'peopleInManyActivities',
          description:
            'People (recognised by their person reference) who attended at least `activities` activities, across all the projects, in the `withinDays` days up to the check. `count` is how many activities, `projects` the titles of the projects they were in. When some active community members have no person reference, one finding about the whole portfolio needs review. Null when no member of any project has a person reference.',
          reads: ['group.members[].personRef', 'activities[].start', 'activities[].attendance'],
          params: {
            activities: integer('How many activities in the period is too many.', 1, 10_000),
            withinDays: integer('How many days back to count activities.', 1, 366),
          },
        },
        (portfolio, params) => {
          const limit = params.activities as number;
          const now = portfolio.now.getTime();
          const from = now - (params.withinDays as number) * DAY_MS;
          const counts = new Map<string, { count: number; projects: string[] }>();
          for (const project of portfolio.projects) {
            for (const [ref, starts] of project.attended) {
              let n = 0;
              for (const start of starts) if (start > from && start <= now) n += 1;
              if (n === 0) continue;
              const entry = counts.get(ref) ?? { count: 0, projects: [] };
              entry.count += n;
              entry.projects.push(quoted(project.title));
              counts.set(ref, entry);
            }
          }
          const out: Finding[] = [];
          for (const [ref, { count, projects }] of counts) {
            const person = portfolio.people.get(ref);
            if (count < limit || !person) continue;
            out.push(personFinding(person, count, projects));
          }
          return out;
        },
      ),
      {
        id: 'topicsInManyProjects',
        type: 'findings',
        scope: 'topic',
        description:
          'Topics that at least `projects` active projects consult on at once (`topics`, keys from the council’s list). `count` is how many projects, `projects` their titles. When some active projects record no topics, one finding about the whole portfolio needs review (`projectsWithoutTopics`). Null when no active project records its topics.',
        reads: ['topics', 'stage', 'timeframe.end'],
        params: {
          projects: integer('How many active projects on one topic at once is too many.', 2, 100),
        },
        data: ['count', 'projects', 'projectsWithoutTopics', 'projectsWithoutTopicsCount'],
        nullable: true,
        compute(derived, params) {
          const portfolio = of(derived);
          const untopical = portfolio.active.filter((p) => p.topics === undefined);
          if (portfolio.active.length > 0 && untopical.length === portfolio.active.length) {
            return null;
          }
          const byTopic = new Map<string, string[]>();
          for (const project of portfolio.active) {
            for (const topic of project.topics ?? []) {
              const list = byTopic.get(topic) ?? [];
              list.push(quoted(project.title));
              byTopic.set(topic, list);
            }
          }
          const out: Finding[] = [];
          for (const [topic, projects] of [...byTopic].sort(([a], [b]) => (a < b ? -1 : 1))) {
            if (projects.length < (params.projects as number)) continue;
            out.push({
              subject: { type: 'topic', id: topic, label: topic, pointer: '' },
              status: 'flagged',
              data: { count: projects.length, projects },
            });
          }
          if (untopical.length > 0) {
            out.push({
              subject: portfolio.subject,
              status: 'needs-review',
              data: {
                projectsWithoutTopics: untopical.map((p) => quoted(p.title)),
                projectsWithoutTopicsCount: untopical.length,
              },
            });
          }
          return out;
        },
      },
      {
        id: 'projectsNotReviewed',
        type: 'findings',
        scope: 'project',
        description:
          'Active projects whose last progress review (`progressTracking.lastReview`) was more than `withinDays` days before the check, in each project’s time zone (`lastReview`, `daysSince`). An active project with no review recorded needs review.',
        reads: ['progressTracking.lastReview', 'stage', 'timeframe.end'],
        params: {
          withinDays: integer('The council’s cadence: the most days between reviews.', 1, 3660),
        },
        data: ['lastReview', 'daysSince'],
        nullable: false,
        compute(derived, params) {
          const out: Finding[] = [];
          for (const project of of(derived).active) {
            if (project.lastReview === undefined) {
              out.push({ subject: projectSubject(project), status: 'needs-review', data: {} });
              continue;
            }
            const days = Math.round(
              (Date.parse(project.today) - Date.parse(project.lastReview)) / DAY_MS,
            );
            if (days <= (params.withinDays as number)) continue;
            out.push({
              subject: projectSubject(project),
              status: 'flagged',
              data: { lastReview: project.lastReview, daysSince: days },
            });
          }
          return out;
        },
      },
      {
        id: 'usualParticipantShare',
        type: 'share',
        description:
          'Of the people in active projects (active community members; one person once, by person reference, in however many projects) whose `usualParticipant` answer is recorded, the share who are the council’s usual participants (true in any of their projects). Null when no such person is counted, or when the answer is recorded for fewer than `minRecorded` of them.',
        reads: USUAL_READS,
        params: {
          minRecorded: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'The share of people whose answer must be recorded to judge.',
          },
        },
        nullable: true,
        compute(derived, params) {
          const { counted, recorded, usual } = usualCounts(of(derived));
          if (counted === 0 || recorded < (params.minRecorded as number) * counted) return null;
          return recorded === 0 ? null : usual / recorded;
        },
      },
      {
        id: 'usualParticipants',
        type: 'number',
        unit: 'people',
        description:
          'How many people in active projects are recorded as the council’s usual participants (one person once, by person reference).',
        reads: USUAL_READS,
        params: {},
        nullable: false,
        compute: (derived) => usualCounts(of(derived)).usual,
      },
      {
        id: 'peopleWithUsualRecorded',
        type: 'number',
        unit: 'people',
        description:
          'How many people in active projects have their `usualParticipant` answer recorded (one person once, by person reference).',
        reads: USUAL_READS,
        params: {},
        nullable: false,
        compute: (derived) => usualCounts(of(derived)).recorded,
      },
      {
        id: 'membersWithoutPersonRef',
        type: 'number',
        unit: 'members',
        description:
          'How many active community members of active projects have no person reference, so they cannot be recognised in other projects.',
        reads: ['group.members[].personRef', 'group.members[].roles', 'stage'],
        params: {},
        nullable: false,
        compute: (derived) => of(derived).withoutRef,
      },
      {
        id: 'projectsMissingPersonRefs',
        type: 'string-list',
        description:
          'The titles, in quotes, of the active projects with active community members who have no person reference.',
        reads: ['group.members[].personRef', 'title'],
        params: {},
        nullable: false,
        compute: (derived) => [...of(derived).projectsWithoutRefs],
      },
      {
        id: 'projectsWithoutTopics',
        type: 'string-list',
        description: 'The titles, in quotes, of the active projects that record no topics.',
        reads: ['topics', 'title'],
        params: {},
        nullable: false,
        compute: (derived) =>
          of(derived)
            .active.filter((p) => p.topics === undefined)
            .map((p) => quoted(p.title)),
      },
      {
        id: 'projectsWithoutTopicsCount',
        type: 'number',
        unit: 'projects',
        description: 'How many active projects record no topics.',
        reads: ['topics'],
        params: {},
        nullable: false,
        compute: (derived) => of(derived).active.filter((p) => p.topics === undefined).length,
      },
      {
        id: 'activeProjectCount',
        type: 'number',
        unit: 'projects',
        description:
          'How many projects are active: starting, under way or ending, with their timeframe not over.',
        reads: ['stage', 'timeframe.end'],
        params: {},
        nullable: false,
        compute: (derived) => of(derived).active.length,
      },
    ] satisfies FactDefinition[]
  ).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

/** People counted once each: by reference, or as one membership when they have none. */
function usualCounts(portfolio: DerivedPortfolio): {
  counted: number;
  recorded: number;
  usual: number;
} {
  const people = new Map<string, boolean | undefined>();
  for (const project of portfolio.active) {
    project.members.forEach((member, i) => {
      if (!member.active || !member.community) return;
      const key = member.ref !== undefined ? `ref:${member.ref}` : `m:${project.index}:${i}`;
      const before = people.get(key);
      const answer = member.usual;
      people.set(key, before === true || answer === true ? true : (answer ?? before));
    });
  }
  let recorded = 0;
  let usual = 0;
  for (const answer of people.values()) {
    if (answer === undefined) continue;
    recorded += 1;
    if (answer) usual += 1;
  }
  return { counted: people.size, recorded, usual };
}
