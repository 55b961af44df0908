/**
 * Facts for "Shared understanding" and "Before getting started": purpose,
 * remit, outcomes, progress tracking, learning, what co-production means,
 * and whether the group holds the perspectives the work needs.
 *
 * A field that holds something is not yet evidence. Each section is read
 * the same way:
 *
 * - real words (not a placeholder such as "tbc"), agreed by at least one
 *   member of the group who is not staff, councillor or partner: answered;
 * - a part never written, once the work is under way (stage `during` or
 *   later): a known gap, listed by the `...Gaps` fact;
 * - anything else (a placeholder, a part not yet written before the work is
 *   under way, agreement missing or by staff alone): the `...Gaps` fact is
 *   `null` (needs review), and the `...ToReview` fact lists, in plain words,
 *   what to record or check.
 *
 * @module
 */

import { cadenceDays } from '../../model/primitives.js';
import type { Project, Stage } from '../../model/project.js';
import { dayToIsoDate, isoDateToDay } from '../../time/calendar.js';
import { factPhrase } from '../phrases.js';
import type { Finding } from '../types.js';
import type { DerivedProject } from './derive.js';
import { listEvidence, type TextEvidence, textEvidence } from './evidence.js';
import { daysAgo, finding, frozen, intParam, memberSubject, subject } from './helpers.js';
import type { FactDefinition } from './types.js';

const UNDER_WAY: ReadonlySet<Stage> = new Set(['during', 'ending', 'closed']);

/**
 * Whether the work is under way (stage `during`, `ending` or `closed`):
 * from then on, a part of the plan never written is a known gap rather
 * than something not done yet.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * workUnderWay(derived); // true for a project in the during stage
 * ```
 */
export function workUnderWay(derived: DerivedProject): boolean {
  return UNDER_WAY.has(derived.project.stage);
}

/**
 * Who agreed something: at least one member who is not staff-side
 * (`group`), only staff, councillors or partners (`staff-only`), or nobody
 * recorded (`missing`).
 *
 * @example `const state: GroupAgreement = 'staff-only';`
 */
export type GroupAgreement = 'group' | 'staff-only' | 'missing';

/**
 * Reads a list of member ids as agreement by the group: it counts only when
 * at least one of them is a member who is not staff, councillor or partner.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * groupAgreement(derived, project.purpose.agreedBy); // e.g. 'group'
 * ```
 */
export function groupAgreement(
  derived: DerivedProject,
  ids: readonly string[] | undefined,
): GroupAgreement {
  if (ids === undefined || ids.length === 0) return 'missing';
  for (const id of ids) {
    const member = derived.memberById.get(id);
    if (member !== undefined && !member.staffSide) return 'group';
  }
  return 'staff-only';
}

/**
 * Someone's words, quoted for a message: spaces folded, a closing full stop
 * dropped, and a long text shortened at a word boundary, never mid-word.
 *
 * @example `quoted('Shorter waits.') // '“Shorter waits”'`
 */
export function quoted(text: string, max = 100): string {
  return `“${shortened(text, max)}”`;
}

/** A text as {@link quoted} quotes it, without the quotes: for a phrase template that has them. */
function shortened(text: string, max = 100): string {
  let t = text.trim().replace(/\s+/g, ' ').replace(/\.+$/, '');
  if (t.length > max) {
    const cut = t.lastIndexOf(' ', max - 1);
    t = `${t.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.–—-]+$/, '')}…`;
  }
  return t;
}

/** What a section still lacks: parts never written, and things to check. */
interface Assessment {
  readonly missing: string[];
  readonly review: string[];
}

/** Notes a part of a section that is not written yet, or written only as a placeholder. */
function notePart(into: Assessment, state: TextEvidence, name: string): void {
  if (state === 'missing') into.missing.push(name);
  else if (state === 'placeholder')
    into.review.push(factPhrase('record.placeholder', { what: name }));
}

function agreementPart(
  derived: DerivedProject,
  into: Assessment,
  ids: readonly string[] | undefined,
  what: string,
): void {
  const state = groupAgreement(derived, ids);
  if (state === 'missing') into.review.push(factPhrase('record.agreedBy', { what }));
  else if (state === 'staff-only')
    into.review.push(factPhrase('record.agreedByNotStaff', { what }));
}

/** Known gaps once the work is under way; `null` while something is unclear; `[]` when answered. */
function gapsOf(derived: DerivedProject, a: Assessment): readonly string[] | null {
  if (a.missing.length > 0 && workUnderWay(derived)) return frozen([...a.missing]);
  if (a.missing.length > 0 || a.review.length > 0) return null;
  return frozen([]);
}

function toReviewOf(a: Assessment): readonly string[] {
  return frozen([...a.missing, ...a.review]);
}

function assessed(
  derived: DerivedProject,
  key: string,
  build: (into: Assessment, project: Project) => void,
): Assessment {
  return derived.memo(`assess:${key}`, () => {
    const into: Assessment = { missing: [], review: [] };
    build(into, derived.project);
    return into;
  });
}

const assessRemit = (derived: DerivedProject) =>
  assessed(derived, 'remit', (into, { remit }) => {
    notePart(into, textEvidence(derived, remit.issue), factPhrase('record.remitIssue'));
    notePart(into, listEvidence(derived, remit.inScope), factPhrase('record.remitInScope'));
    const outside = remit.outOfRemit ?? [];
    const topics = outside.map((item) => item.topic);
    notePart(into, listEvidence(derived, topics), factPhrase('record.outsideRemit'));
    const unexplained = outside.filter(
      (item) =>
        textEvidence(derived, item.topic) === 'present' &&
        textEvidence(derived, item.reason) !== 'present',
    );
    if (unexplained.length > 2)
      into.review.push(factPhrase('record.whyOutsideMany', { n: unexplained.length }));
    else
      for (const item of unexplained)
        into.review.push(factPhrase('record.whyOutside', { topic: shortened(item.topic) }));
    agreementPart(derived, into, remit.agreedBy, factPhrase('record.theRemit'));
  });

/** One phrase per outcome for up to two outcomes; a count beyond that, so a message stays short. */
function outcomePhrases(
  texts: readonly string[],
  one: (text: string) => string,
  many: (count: number) => string,
): string[] {
  return texts.length > 2 ? [many(texts.length)] : texts.map((text) => one(shortened(text)));
}

const assessOutcomes = (derived: DerivedProject) =>
  assessed(derived, 'outcomes', (into, { outcomes }) => {
    if (outcomes.length === 0) {
      into.missing.push(factPhrase('record.noOutcomes'));
      return;
    }
    let agreement: GroupAgreement = 'group';
    let unnamed = 0;
    const unrecognised: string[] = [];
    const vague: string[] = [];
    for (const outcome of outcomes) {
      const state = groupAgreement(derived, outcome.agreedBy);
      if (state === 'missing') agreement = 'missing';
      else if (state === 'staff-only' && agreement === 'group') agreement = 'staff-only';
      if (textEvidence(derived, outcome.description) !== 'present') {
        unnamed++;
        continue;
      }
      // A dropped outcome needs no way to recognise it.
      if (outcome.status === 'dropped') continue;
      const recognised = textEvidence(derived, outcome.recognisedBy);
      if (recognised === 'missing') unrecognised.push(outcome.description);
      else if (recognised === 'placeholder') vague.push(outcome.description);
    }
    into.missing.push(
      ...outcomePhrases(
        unrecognised,
        (outcome) => factPhrase('record.howKnow', { outcome }),
        (n) => factPhrase('record.howKnowMany', { n }),
      ),
    );
    into.review.push(
      ...outcomePhrases(
        vague,
        (outcome) =>
          factPhrase('record.placeholder', { what: factPhrase('record.howKnow', { outcome }) }),
        (n) => factPhrase('record.placeholder', { what: factPhrase('record.howKnowMany', { n }) }),
      ),
    );
    if (unnamed > 0)
      into.review.push(
        unnamed === 1
          ? factPhrase('record.placeholder', { what: factPhrase('record.outcomeUnnamed') })
          : factPhrase('record.placeholder', {
              what: factPhrase('record.outcomesUnnamed', { n: unnamed }),
            }),
      );
    const what = factPhrase('record.theOutcomes');
    if (agreement === 'missing') into.review.push(factPhrase('record.agreedBy', { what }));
    else if (agreement === 'staff-only')
      into.review.push(factPhrase('record.agreedByNotStaff', { what }));
  });

/**
 * The pair of facts every section has: its gaps (the condition) and what to
 * record or check (for the needs-review message).
 */
function sectionFacts(
  name: string,
  what: string,
  reads: readonly string[],
  assess: (derived: DerivedProject) => Assessment,
): FactDefinition[] {
  return [
    {
      id: `${name}Gaps`,
      type: 'string-list',
      description: `The parts of ${what} never recorded, in plain words, once the work is under way (stage during or later); an empty list when every part holds real words and, where the section records it, members of the group who are not staff agreed it. Null (needs review) when a part holds only a placeholder such as "tbc", when a part is not written yet before the work is under way, or when agreement by the group is missing or by staff alone.`,
      reads,
      params: {},
      nullable: true,
      compute: (derived) => gapsOf(derived, assess(derived)),
    },
    {
      id: `${name}ToReview`,
      type: 'string-list',
      description: `What is still to record or check about ${what}, in plain words for messages: parts never written, parts holding only a placeholder, and agreement by the group. Empty when there is nothing to check.`,
      reads,
      params: {},
      nullable: false,
      compute: (derived) => toReviewOf(assess(derived)),
    },
  ];
}

/** A cadence in words, as a message reads it. */
const CADENCE_WORDS: Readonly<Record<string, string>> = Object.freeze({
  weekly: factPhrase('cadence.weekly'),
  fortnightly: factPhrase('cadence.fortnightly'),
  monthly: factPhrase('cadence.monthly'),
  quarterly: factPhrase('cadence.quarterly'),
  'ad-hoc': factPhrase('cadence.adHoc'),
});

/**
 * The day number by which the next progress review was due: the last
 * review (or, with none, the start of the work) plus the agreed rhythm;
 * `null` when there is no rhythm or nothing to count from.
 */
function reviewDueDay(derived: DerivedProject, adHocDays: number): number | null {
  const { progressTracking, timeframe } = derived.project;
  const cadence = progressTracking.cadence;
  if (cadence === undefined) return null;
  const from = progressTracking.lastReview ?? timeframe.start;
  if (from === undefined) return null;
  return isoDateToDay(from) + (cadenceDays[cadence] ?? adHocDays);
}

const REVIEW_PARAMS = {
  days: {
    type: 'integer',
    minimum: 1,
    description:
      'The longest gap, in days, between progress reviews when the group agreed to review as and when needed rather than on a regular rhythm.',
  },
} as const;

/**
 * Facts about shared understanding and readiness.
 *
 * @example `understandingFacts.map((f) => f.id).includes('remitGaps') // true`
 */
export const understandingFacts: readonly FactDefinition[] = [
  ...sectionFacts(
    'remit',
    'the remit (the issue, what is in scope, what is outside it and why, who agreed it)',
    [
      'remit.issue',
      'remit.inScope',
      'remit.outOfRemit[].topic',
      'remit.outOfRemit[].reason',
      'remit.agreedBy',
      'group.members[].roles',
      'stage',
    ],
    assessRemit,
  ),
  ...sectionFacts(
    'outcome',
    'the outcomes (at least one; how each, unless dropped, will be recognised; who agreed them)',
    [
      'outcomes[].description',
      'outcomes[].recognisedBy',
      'outcomes[].status',
      'outcomes[].agreedBy',
      'group.members[].roles',
      'stage',
    ],
    assessOutcomes,
  ),
  {
    id: 'progressCadence',
    type: 'string',
    description:
      'How often the group agreed to look at its progress, in words for messages ("every month", "every three months"). Null when not recorded.',
    reads: ['progressTracking.cadence'],
    params: {},
    nullable: true,
    compute: ({ project }) => {
      const cadence = project.progressTracking.cadence;
      return cadence === undefined ? null : (CADENCE_WORDS[cadence] ?? null);
    },
  },
  {
    id: 'progressReviewDueOn',
    type: 'string',
    description:
      'The date (YYYY-MM-DD) by which the next progress review was due: the last review, or the start of the work when none is recorded, plus the agreed rhythm (a week, two weeks, 31 days, 92 days; `days` when reviews are as and when needed). Null without a rhythm or a date to count from.',
    reads: ['progressTracking.cadence', 'progressTracking.lastReview', 'timeframe.start'],
    params: REVIEW_PARAMS,
    nullable: true,
    compute: (derived, params) => {
      const due = reviewDueDay(derived, intParam('progressReviewDueOn', params, 'days', 1));
      return due === null ? null : dayToIsoDate(due);
    },
  },
  {
    id: 'progressReviewOverdueDays',
    type: 'number',
    unit: 'days',
    description:
      'How many days past its due date (see `progressReviewDueOn`) and the `graceDays` after it the next progress review is; zero or less when it is not overdue. Null (needs review) when no rhythm is agreed, or when no review is recorded and none is overdue yet counting from the start of the work (or the start is not recorded).',
    reads: ['progressTracking.cadence', 'progressTracking.lastReview', 'timeframe.start'],
    params: {
      ...REVIEW_PARAMS,
      graceDays: {
        type: 'integer',
        minimum: 0,
        description:
          'How many days after its due date a progress review may come before it counts as overdue.',
      },
    },
    nullable: true,
    compute: (derived, params) => {
      const days = intParam('progressReviewOverdueDays', params, 'days', 1);
      const graceDays = intParam('progressReviewOverdueDays', params, 'graceDays', 0);
      const due = reviewDueDay(derived, days);
      if (due === null) return null;
      const overdue = derived.todayDay - (due + graceDays);
      // With no review recorded, only an overdue first review is a known problem.
      if (derived.project.progressTracking.lastReview === undefined && overdue <= 0) return null;
      return overdue;
    },
  },
  {
    id: 'progressReviewToReview',
    type: 'string-list',
    description:
      'What is still to record before progress reviews can be judged against the agreed rhythm, in plain words for messages: how often the group agreed to look at its progress, and the date of the last review.',
    reads: ['progressTracking.cadence', 'progressTracking.lastReview'],
    params: {},
    nullable: false,
    compute: ({ project: { progressTracking } }) => {
      const out: string[] = [];
      if (progressTracking.cadence === undefined) out.push(factPhrase('record.cadenceAgreed'));
      if (progressTracking.lastReview === undefined) out.push(factPhrase('record.lastReview'));
      return frozen(out);
    },
  },
  {
    id: 'daysSinceProgressReview',
    type: 'number',
    unit: 'days',
    description:
      'Calendar days (in the project time zone) from the last progress review to today; 0 if it is dated in the future. Null when no review is recorded.',
    reads: ['progressTracking.lastReview'],
    params: {},
    nullable: true,
    compute: (derived) => {
      const last = derived.project.progressTracking.lastReview;
      return last === undefined ? null : Math.max(0, daysAgo(derived, last));
    },
  },
  {
    id: 'learningUnshared',
    type: 'findings',
    scope: 'learning',
    description:
      'Learning entries dated more than `days` calendar days ago that have not been shared with anyone (a share whose audience is only a placeholder does not count). Null (needs review) when no learning is recorded at all.',
    reads: ['learning[].date', 'learning[].sharedWith', 'learning[].insight'],
    params: {
      days: {
        type: 'integer',
        minimum: 0,
        description: 'How many days a learning entry may go unshared.',
      },
    },
    data: ['insight', 'recordedOn', 'ageDays'],
    nullable: true,
    compute: (derived, params) => {
      const days = intParam('learningUnshared', params, 'days', 0);
      if (derived.project.learning.length === 0) return null;
      const out: Finding[] = [];
      derived.project.learning.forEach((entry, i) => {
        if (entry.sharedWith.some((share) => textEvidence(derived, share.audience) === 'present'))
          return;
        const ageDays = daysAgo(derived, entry.date);
        if (!(ageDays > days)) return;
        const insight = quoted(entry.insight, 120);
        out.push(
          finding(subject('learning', entry.id, insight, `/learning/${i}`), 'flagged', {
            insight,
            recordedOn: entry.date,
            ageDays,
          }),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'membersNotBriefedOnCoproduction',
    type: 'findings',
    scope: 'member',
    description:
      'Active members recorded as not briefed on what co-production means in this project (members with no record either way are counted by `coproductionBriefingRecorded`).',
    reads: [
      'group.members[].briefedOnCoproduction',
      'group.members[].joined',
      'group.members[].left',
    ],
    params: {},
    data: [],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        if (m.member.briefedOnCoproduction === false)
          out.push(finding(memberSubject(m), 'flagged', {}));
      }
      return frozen(out);
    },
  },
  {
    id: 'coproductionBriefingUnrecorded',
    type: 'string-list',
    description:
      'The display names of active members with no record of being briefed on what co-production means here; "who is in the group" when the group has no active members.',
    reads: [
      'group.members[].briefedOnCoproduction',
      'group.members[].displayName',
      'group.members[].joined',
      'group.members[].left',
    ],
    params: {},
    nullable: false,
    compute: (derived) => {
      if (derived.activeMembers.length === 0) return frozen(['who is in the group']);
      const out: string[] = [];
      for (const m of derived.activeMembers)
        if (m.member.briefedOnCoproduction === undefined) out.push(m.member.displayName);
      return frozen(out);
    },
  },
  {
    id: 'uncoveredPerspectives',
    type: 'findings',
    scope: 'perspective',
    description:
      'Required perspectives that no active member brings. Null (needs review) when the project names no perspective it needs, or the group has no active members: then nothing can be checked.',
    reads: [
      'group.requiredPerspectives',
      'group.members[].perspectives',
      'group.members[].joined',
      'group.members[].left',
    ],
    params: {},
    data: ['perspective'],
    nullable: true,
    compute: (derived) => {
      const required = derived.project.group.requiredPerspectives;
      if (required.length === 0 || derived.activeMembers.length === 0) return null;
      const uncovered = new Set<string>(required.map((p) => p.id));
      // Stop as soon as everything is covered: on a big group that is early.
      for (const m of derived.activeMembers) {
        for (const p of m.member.perspectives) uncovered.delete(p);
        if (uncovered.size === 0) return frozen([]);
      }
      const out: Finding[] = [];
      required.forEach((p, i) => {
        if (!uncovered.has(p.id)) return;
        out.push(
          finding(
            subject('perspective', p.id, p.label, `/group/requiredPerspectives/${i}`),
            'flagged',
            { perspective: p.label },
          ),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'perspectivesToReview',
    type: 'string-list',
    description:
      'What is still to record before the group can be checked against the perspectives the work needs, in plain words for messages: the perspectives themselves, and who is in the group.',
    reads: ['group.requiredPerspectives', 'group.members[].joined', 'group.members[].left'],
    params: {},
    nullable: false,
    compute: (derived) => {
      const out: string[] = [];
      if (derived.project.group.requiredPerspectives.length === 0)
        out.push(factPhrase('record.perspectives'));
      if (derived.activeMembers.length === 0) out.push(factPhrase('record.whoInGroup'));
      return frozen(out);
    },
  },
];
