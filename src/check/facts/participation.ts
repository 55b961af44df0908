/**
 * Facts for "During co-production" about how people take part: who is
 * quiet against the rest of their group, who dominates against an even share
 * for a group that size, who came at first and then stopped coming, who asks
 * and shares, whether jargon is explained and whether members are assumed to
 * speak for wider groups. Shares are judged only on enough counted meetings,
 * and the reflective questions only on the group's own reflection.
 *
 * @module
 */
import type { ActivityKind } from '../../model/activity.js';
import { ActivityKindSchema } from '../../model/activity.js';
import type { Member } from '../../model/group.js';
import type { Reflection } from '../../model/reflection.js';
import { dayToIsoDate, isoDateToDay } from '../../time/calendar.js';
import { factPhrase } from '../phrases.js';
import type { DataValue, Finding } from '../types.js';
import { unmetNeedsOf } from './access.js';
import {
  type DerivedActivity,
  type DerivedMember,
  type DerivedProject,
  normaliseTerm,
  rowContributions,
} from './derive.js';
import { hasText, isGroupReflection, latestGroupReflection, textEvidence } from './evidence.js';
import {
  activitySubject,
  finding,
  frozen,
  intParam,
  lastOf,
  memberSubject,
  numberParam,
  PARAM,
  recentMeetingsFact,
  recentWindow,
  stringListParam,
  subject,
} from './helpers.js';
import type { FactDefinition, FactParameterSpec } from './types.js';

/**
 * Contributions per member over the last few meetings where they were
 * counted: members with a counted row, most contributions first (ties in
 * document order).
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const stats: ContributionStats | null = contributionStats(derived, 6);
 * const topShare = stats && stats.total > 0 ? (stats.perMember[0]?.count ?? 0) / stats.total : undefined;
 * ```
 */
export interface ContributionStats {
  readonly total: number;
  readonly perMember: readonly { readonly member: DerivedMember; readonly count: number }[];
}

/**
 * Totals contributions over the last `recentMeetings` past meetings where
 * contributions were counted. `null` when there are no such meetings.
 * Memoised: three facts share it.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * contributionStats(derived, 6)?.perMember[0]?.member.member.displayName; // e.g. 'Sean'
 * ```
 */
export function contributionStats(
  derived: DerivedProject,
  recentMeetings: number,
): ContributionStats | null {
  return derived.memo(`contributions:${recentMeetings}`, () => {
    const meetings = lastOf(derived.countedMeetings, recentMeetings);
    if (meetings.length === 0) return null;
    const { rowMember } = derived.attendance;
    const column = rowContributions(derived);
    const counts = new Float64Array(derived.members.length);
    const seen = new Uint8Array(derived.members.length);
    const touched: number[] = [];
    let total = 0;
    for (const meeting of meetings) {
      const end = meeting.rowEnd;
      for (let k = meeting.rowStart; k < end; k++) {
        const contributions = column[k]!;
        const who = rowMember[k]!;
        if (Number.isNaN(contributions) || who < 0) continue;
        if (seen[who] === 0) {
          seen[who] = 1;
          touched.push(who);
        }
        counts[who]! += contributions;
        total += contributions;
      }
    }
    const perMember = touched.map((who) => ({
      member: derived.members[who]!,
      count: counts[who]!,
    }));
    perMember.sort((a, b) => b.count - a.count || a.member.index - b.member.index);
    return { total, perMember };
  });
}

function topParams(fact: string, params: Readonly<Record<string, unknown>>) {
  return {
    top: intParam(fact, params, 'top', 1),
    recentMeetings: intParam(fact, params, 'recentMeetings', 1),
  };
}

const TOP_PARAMS = {
  top: {
    type: 'integer',
    minimum: 1,
    description: 'How many of the members with most contributions to count together.',
  },
  recentMeetings: PARAM.recentMeetings,
} as const;

/**
 * How evenly contributions are spread, judged against the size of the group
 * that took part: the result of {@link contributionBalance}.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const balance = contributionBalance(derived, {
 *   top: 2,
 *   recentMeetings: 6,
 *   maxExcess: 0.3,
 *   minMeetings: 3,
 *   minMembers: 3,
 * });
 * if (balance.enough) balance.names; // e.g. ['Sean', 'Dev']
 * ```
 */
export interface ContributionBalance {
  /** Enough counted meetings and people to judge. */
  readonly enough: boolean;
  /** Recent meetings where contributions were counted (at most `recentMeetings`). */
  readonly meetings: number;
  /** People with a counted attendance row in those meetings. */
  readonly people: number;
  /** The most active members whose share is well above an even share, most first; empty if none. */
  readonly names: readonly string[];
  /** Their combined share of all contributions, or `null` when nobody is named. */
  readonly share: number | null;
  /** What an even share for that many people would be, or `null` when nobody is named. */
  readonly even: number | null;
}

/**
 * Parameters of {@link contributionBalance}.
 *
 * @example `const p: BalanceParams = { top: 2, recentMeetings: 6, maxExcess: 0.3, minMeetings: 3, minMembers: 3 };`
 */
export interface BalanceParams {
  readonly top: number;
  readonly recentMeetings: number;
  readonly maxExcess: number;
  readonly minMeetings: number;
  readonly minMembers: number;
}

/**
 * Judges whether a few members dominate, against the size of the group.
 * For each `k` from 1 to `top` (fewer than the people counted), the top `k`
 * members' share `s` is compared with an even share `e = k / people` as
 * `(s - e) / (1 - e)`: 0 at an even share, 1 when they make every
 * contribution. The `k` with the largest value names the dominant members
 * when that value is above `maxExcess`; the last of them must have made at
 * least twice the average of everyone not named, so an ordinary member is
 * never named beside a dominant one. Memoised.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * contributionBalance(derived, { top: 2, recentMeetings: 6, maxExcess: 0.3, minMeetings: 3, minMembers: 3 }).enough;
 * ```
 */
export function contributionBalance(
  derived: DerivedProject,
  params: BalanceParams,
): ContributionBalance {
  const { top, recentMeetings, maxExcess, minMeetings, minMembers } = params;
  return derived.memo(
    `balance:${top}:${recentMeetings}:${maxExcess}:${minMeetings}:${minMembers}`,
    () => {
      const meetings = Math.min(derived.countedMeetings.length, recentMeetings);
      const stats = contributionStats(derived, recentMeetings);
      const people = stats?.perMember.length ?? 0;
      const none = { meetings, people, names: [], share: null, even: null };
      if (stats === null || stats.total === 0 || meetings < minMeetings || people < minMembers) {
        return { enough: false, ...none };
      }
      let best = 0;
      let bestExcess = maxExcess;
      let sum = 0;
      for (let k = 1; k <= Math.min(top, people - 1); k++) {
        const count = stats.perMember[k - 1]!.count;
        sum += count;
        const restAverage = (stats.total - sum) / (people - k);
        if (count < 2 * restAverage) break;
        const even = k / people;
        const excess = (sum / stats.total - even) / (1 - even);
        if (excess > bestExcess) {
          best = k;
          bestExcess = excess;
        }
      }
      if (best === 0) return { enough: true, ...none };
      let share = 0;
      const names: string[] = [];
      for (const entry of stats.perMember.slice(0, best)) {
        share += entry.count;
        names.push(entry.member.member.displayName);
      }
      return {
        enough: true,
        meetings,
        people,
        names,
        share: share / stats.total,
        even: best / people,
      };
    },
  );
}

function balanceParams(fact: string, params: Readonly<Record<string, unknown>>): BalanceParams {
  return {
    top: intParam(fact, params, 'top', 1),
    recentMeetings: intParam(fact, params, 'recentMeetings', 1),
    maxExcess: numberParam(fact, params, 'maxExcess', 0, 1),
    minMeetings: intParam(fact, params, 'minMeetings', 1),
    minMembers: intParam(fact, params, 'minMembers', 2),
  };
}

const BALANCE_PARAMS = {
  top: {
    type: 'integer',
    minimum: 1,
    description: 'The most members that can be named together as doing most of the talking.',
  },
  recentMeetings: PARAM.recentMeetings,
  maxExcess: {
    type: 'number',
    minimum: 0,
    maximum: 1,
    description:
      'How far above an even share the most active members may go, as a part of the way from an even share (0) to every contribution (1).',
  },
  minMeetings: {
    type: 'integer',
    minimum: 1,
    description: 'How many meetings with counted contributions are needed before judging.',
  },
  minMembers: {
    type: 'integer',
    minimum: 2,
    description: 'How many people must have had their contributions counted before judging.',
  },
} as const satisfies Record<string, FactParameterSpec>;

/**
 * A fact read from {@link contributionBalance}: it takes the balance
 * parameters, reads them under its own id (so the id is written once), and
 * `pick` chooses what it gives of the judgement.
 */
function balanceFact(
  definition: Pick<FactDefinition, 'id' | 'type' | 'description' | 'reads'>,
  pick: (balance: ContributionBalance) => unknown,
): FactDefinition {
  return {
    ...definition,
    params: BALANCE_PARAMS,
    nullable: true,
    compute: (derived, params) =>
      pick(contributionBalance(derived, balanceParams(definition.id, params))),
  };
}

/**
 * The model fields behind every count of contributions (see
 * {@link contributionStats}): one list, so the facts built on the tally
 * say the same thing about what they read.
 */
const CONTRIBUTION_READS = [
  'activities[].attendance[].contributions',
  'activities[].start',
] as const;

/** The model fields behind {@link askingCounts}. */
const ASKING_READS = [
  'activities[].attendance[].questionsAsked',
  'activities[].attendance[].knowledgeShared',
  'activities[].start',
] as const;

/** The window of {@link askingCounts}, the same for every fact that reads it. */
const ASKING_MEETINGS: FactParameterSpec = {
  type: 'integer',
  minimum: 1,
  description:
    'How many of the most recent activities where questions or knowledge sharing were counted to look at.',
};

/**
 * The next step for a quiet member: meet an access need first when one is
 * known to be unmet, otherwise ask them what would help.
 */
function nextStepFor(unmetNeeds: readonly string[]): string {
  if (unmetNeeds.length === 0) {
    return factPhrase('step.ask');
  }
  // The access facts give each need in the member's own words, quoted.
  return factPhrase(unmetNeeds.length === 1 ? 'step.needOne' : 'step.needMany', {
    needs: unmetNeeds,
  });
}

/**
 * The median of an ascending list with one item holding `value` left out.
 * Leaving out the first such item, the item at `i` of what is left is
 * `sorted[i]` while that is below `value` (the item left out comes later)
 * and `sorted[i + 1]` after, so no search for the item is needed.
 */
function medianWithout(sorted: Float64Array, value: number): number {
  const n = sorted.length - 1;
  if (n <= 0) return 0;
  const mid = n >> 1;
  return n % 2 === 1
    ? skipping(sorted, value, mid)
    : (skipping(sorted, value, mid - 1) + skipping(sorted, value, mid)) / 2;
}

/**
 * Item `i` of an ascending list with one item holding `value` left out. A
 * plain function, not a closure: this runs for every active member at every check.
 */
function skipping(sorted: Float64Array, value: number, i: number): number {
  return sorted[i]! < value ? sorted[i]! : sorted[i + 1]!;
}

function firstAtOrAfter(meetings: readonly DerivedActivity[], day: number): number {
  let lo = 0;
  let hi = meetings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (meetings[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const KNOWLEDGE_QUESTION = 'during.knowledge-valued';
const REPRESENTATION_QUESTION = 'during.representation-assumptions';

/**
 * Why a reflective question is not yet answered by the group, as a phrase:
 * no recent reflection, or a recent one that staff recorded alone (named,
 * since who recorded it is the point), one that says nobody recorded it, or
 * the group's own green rating whose notes are only a placeholder.
 */
function reflectionGap(
  derived: DerivedProject,
  questionId: string,
  withinDays: number,
): string | undefined {
  const ours = latestGroupReflection(derived, questionId, withinDays);
  if (ours !== undefined) {
    // A green rating whose notes are only "tbc" reads as a reflection not yet
    // finished: it is not the group's settled answer, so it cannot pass.
    if (ours.rating !== 'green' || textEvidence(derived, ours.notes) !== 'placeholder')
      return undefined;
    return factPhrase('reflection.notesPending', { date: ours.date, notes: ours.notes! });
  }
  const earliest = derived.todayDay - withinDays;
  let latest: Reflection | undefined;
  for (const r of derived.project.reflections) {
    if (r.questionId !== questionId || r.date > derived.today) continue;
    if (isoDateToDay(r.date) < earliest || isGroupReflection(derived, r)) continue;
    if (latest === undefined || r.date >= latest.date) latest = r;
  }
  if (latest === undefined) {
    return factPhrase('reflection.none');
  }
  const names: string[] = [];
  let community = 0;
  for (const id of latest.recordedBy ?? []) {
    const m = derived.memberById.get(id);
    if (m === undefined) continue;
    names.push(m.member.displayName);
    if (!m.staffSide) community++;
  }
  if (names.length === 0) {
    return factPhrase('reflection.nobody');
  }
  if (community > 0) {
    return factPhrase('reflection.fewCommunity');
  }
  return factPhrase('reflection.staffOnly', { names });
}

/**
 * The one finding of a fact about a reflective question: flagged when
 * there are signs of trouble, needs review when only something is missing
 * (including the group's own recent reflection), none when neither. The
 * reflection's own sign and gap are added after those given.
 */
function questionConcerns(
  derived: DerivedProject,
  about: { readonly question: string; readonly label: string; readonly pointer: string },
  days: number,
  found: { readonly signs: string[]; readonly gaps: string[] },
  data: Record<string, DataValue>,
): readonly Finding[] {
  const { signs, gaps } = found;
  const reflection = latestGroupReflection(derived, about.question, days);
  const sign = reflectionSign(reflection);
  if (sign !== undefined) signs.push(sign);
  const gap = reflectionGap(derived, about.question, days);
  if (gap !== undefined) gaps.push(gap);
  if (signs.length === 0 && gaps.length === 0) return frozen([]);
  return frozen([
    finding(
      subject('question', about.question, about.label, about.pointer),
      signs.length > 0 ? 'flagged' : 'needs-review',
      { signs, gaps, ...data, rating: reflection?.rating ?? '' },
    ),
  ]);
}

/** The parameter of the facts above: how recent the group's own reflection must be. */
const REFLECTION_DAYS: FactParameterSpec = {
  type: 'integer',
  minimum: 1,
  description: "How many days back the group's own reflection may be dated and still count.",
};

/** A red or amber group reflection, as a sign of a problem. */
function reflectionSign(reflection: Reflection | undefined): string | undefined {
  if (reflection === undefined || reflection.rating === 'green') return undefined;
  return factPhrase('reflection.rated', {
    rating: factPhrase(reflection.rating === 'red' ? 'rating.red' : 'rating.amber'),
  });
}

function memberHasRepresentsGap(derived: DerivedProject, member: Member): string[] {
  const groups: string[] = [];
  for (const r of member.represents ?? []) {
    if (!hasText(derived, r.connection)) groups.push(r.group);
  }
  return groups;
}

/** Glossary terms with a real explanation, normalised. Memoised. */
function explainedTerms(derived: DerivedProject): ReadonlySet<string> {
  return derived.memo('glossary:explained', () => {
    const out = new Set<string>();
    for (const entry of derived.project.glossary) {
      if (hasText(derived, entry.explanation)) out.add(normaliseTerm(entry.term));
    }
    return out;
  });
}

/**
 * Over the last `recentMeetings` activities where questions asked or
 * knowledge shared were counted: how many such activities there are, how
 * many people were counted, and how many of them asked or shared at least
 * once. Memoised.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const { asking, counted } = askingCounts(derived, 6);
 * const share = counted > 0 ? asking / counted : undefined; // undefined: nobody was counted
 * ```
 */
export function askingCounts(
  derived: DerivedProject,
  recentMeetings: number,
): { readonly asking: number; readonly counted: number; readonly meetings: number } {
  return derived.memo(`asking:${recentMeetings}`, () => {
    const { rows, rowMember } = derived.attendance;
    // 1 = counted, 2 = counted and asked or shared.
    const state = new Uint8Array(derived.members.length);
    let people = 0;
    let active = 0;
    const window = lastOf(derived.askingCountedActivities, recentMeetings);
    for (const a of window) {
      for (let k = a.rowStart; k < a.rowEnd; k++) {
        const who = rowMember[k]!;
        const { questionsAsked, knowledgeShared } = rows[k]!;
        if (who < 0 || (questionsAsked === undefined && knowledgeShared === undefined)) continue;
        if (state[who] === 0) {
          state[who] = 1;
          people++;
        }
        if (state[who] === 1 && ((questionsAsked ?? 0) > 0 || (knowledgeShared ?? 0) > 0)) {
          state[who] = 2;
          active++;
        }
      }
    }
    return { asking: active, counted: people, meetings: window.length };
  });
}

/**
 * Facts about how members take part.
 *
 * @example `participationFacts.find((f) => f.id === 'quietMembers')?.params // { meetings: ... }`
 */
export const participationFacts: readonly FactDefinition[] = [
  {
    id: 'representationUnsupported',
    type: 'findings',
    scope: 'member',
    description:
      'Active members recorded as speaking for a wider group without saying how they connect to it (placeholder text such as "tbc" counts as not saying).',
    reads: ['group.members[].represents'],
    params: {},
    data: ['groups'],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        const groups = memberHasRepresentsGap(derived, m.member);
        if (groups.length > 0) out.push(finding(memberSubject(m), 'flagged', { groups }));
      }
      return frozen(out);
    },
  },
  {
    id: 'representationAssumptionConcerns',
    type: 'findings',
    scope: 'question',
    description:
      'Whether the group has answered, for itself, whether members are fairly taken to speak for wider groups. One finding about the question `during.representation-assumptions`, or none when it is answered: flagged when the group\'s latest reflection on it within `reflectionDays` days is rated red or amber (`signs`); needs review when there is no such reflection by the group (staff alone do not count) or its green rating comes with notes that are only a placeholder such as "tbc", when nobody has recorded whether members speak for wider groups, or when members are taken to speak for a group without a recorded connection to it (`gaps`, `members`, `groups`). Never null.',
    reads: [
      'group.members[].represents',
      'reflections[].questionId',
      'reflections[].date',
      'reflections[].rating',
      'reflections[].notes',
      'reflections[].recordedBy',
    ],
    params: { reflectionDays: REFLECTION_DAYS },
    data: ['signs', 'gaps', 'members', 'groups', 'rating'],
    nullable: false,
    compute: (derived, params) => {
      const days = intParam('representationAssumptionConcerns', params, 'reflectionDays', 1);
      const gaps: string[] = [];
      const members: string[] = [];
      const groups: string[] = [];
      let recorded = false;
      for (const m of derived.activeMembers) {
        if (m.member.represents !== undefined) recorded = true;
        const unsupported = memberHasRepresentsGap(derived, m.member);
        if (unsupported.length === 0) continue;
        members.push(m.member.displayName);
        for (const g of unsupported) if (!groups.includes(g)) groups.push(g);
      }
      if (!recorded) {
        gaps.push(factPhrase('represent.unrecorded'));
      }
      if (members.length > 0) {
        const who = members.length === 1 ? 'one' : 'many';
        const which = groups.length === 1 ? 'One' : 'Many';
        gaps.push(factPhrase(`represent.${who}${which}`, { members, groups }));
      }
      return questionConcerns(
        derived,
        {
          question: REPRESENTATION_QUESTION,
          label: 'Who members speak for',
          pointer: '/group/members',
        },
        days,
        { signs: [], gaps },
        { members, groups },
      );
    },
  },
  {
    id: 'quietMembers',
    type: 'findings',
    scope: 'member',
    description:
      "Active members who are quiet compared with the rest of their group: over the last `meetings` meetings they attended where contributions were counted, they made on average at most `quietShare` of what the other members typically make in a meeting (the median of the others' averages over their own last `meetings` counted meetings) — flagged, with `contributions`, `typical` (the others' typical contributions a meeting, to one decimal place), any access needs the group has not yet met (`unmetNeeds`), and a next step in plain words that fits (`nextStep`). Needs review when their contributions were not counted at some of their last `meetings` activities and they contributed in none of them (`typical` is then 0 if they were never counted). Null when contributions were never counted in any past activity.",
    reads: [
      ...CONTRIBUTION_READS,
      'group.members[].joined',
      'group.members[].left',
      'group.members[].accessNeeds',
    ],
    params: {
      meetings: {
        type: 'integer',
        minimum: 1,
        description:
          'How many meetings a member must have attended, with contributions counted, before they can count as quiet; their last this many are looked at.',
      },
      quietShare: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description:
          'A member is quiet when their contributions a meeting are at most this share of what the other members typically make.',
      },
    },
    data: ['meetings', 'contributions', 'typical', 'unmetNeeds', 'nextStep'],
    nullable: true,
    compute: (derived, params) => {
      const n = intParam('quietMembers', params, 'meetings', 1);
      const quietShare = numberParam('quietMembers', params, 'quietShare', 0, 1);
      if (derived.countedMeetings.length === 0) return null;
      const { activities, pastActivityCount } = derived;
      const { rowActivity, memberStart, memberRows } = derived.attendance;
      const column = rowContributions(derived);
      const active = derived.activeMembers;
      const rate = new Float64Array(active.length);
      const total = new Float64Array(active.length);
      const seenCounted = new Int32Array(active.length);
      const review = new Uint8Array(active.length);
      for (let i = 0; i < active.length; i++) {
        const m = active[i]!;
        const first = memberStart[m.index]!;
        let k = memberStart[m.index + 1]! - 1;
        while (k >= first && rowActivity[memberRows[k]!]! >= pastActivityCount) k--;
        // Walk back through the member's own history: the first `n` entries
        // are their recent activities; the first `n` counted ones are their
        // recent counted meetings.
        let recentSeen = 0;
        let countedSeen = 0;
        // Of those counted meetings, how many have a count for this member.
        let valued = 0;
        let sum = 0;
        let unknownRecent = false;
        let contributed = false;
        for (; k >= first && (recentSeen < n || countedSeen < n); k--) {
          const row = memberRows[k]!;
          const contributions = column[row]!;
          const counted = activities[rowActivity[row]!]!.contributionsCounted;
          const inRecent = recentSeen < n;
          const inCounted = counted && countedSeen < n;
          if (inRecent) recentSeen++;
          const known = !Number.isNaN(contributions);
          if (inCounted) {
            countedSeen++;
            if (known) {
              valued++;
              sum += contributions;
            }
          }
          if (!inRecent && !inCounted) continue;
          if (!known) {
            if (inRecent) unknownRecent = true;
          } else if (contributions > 0) {
            contributed = true;
          }
        }
        seenCounted[i] = valued;
        total[i] = sum;
        rate[i] = valued === 0 ? Number.NaN : sum / valued;
        if (unknownRecent && !contributed) review[i] = 1;
      }
      // Everyone with a counted meeting sets the group's pattern. Leaving a
      // member out of the median depends only on their value, so any index
      // holding it will do.
      let withRate = 0;
      for (let i = 0; i < active.length; i++) if (seenCounted[i]! > 0) withRate++;
      const sorted = new Float64Array(withRate);
      for (let i = 0, j = 0; i < active.length; i++)
        if (seenCounted[i]! > 0) sorted[j++] = rate[i]!;
      sorted.sort();
      const out: Finding[] = [];
      for (let i = 0; i < active.length; i++) {
        const m = active[i]!;
        if (seenCounted[i] === n && sorted.length > 1) {
          const typical = medianWithout(sorted, rate[i]!);
          if (typical > 0 && rate[i]! <= quietShare * typical) {
            const unmetNeeds = unmetNeedsOf(derived, m);
            out.push(
              finding(memberSubject(m), 'flagged', {
                meetings: n,
                contributions: total[i]!,
                typical: Math.round(typical * 10) / 10,
                unmetNeeds: [...unmetNeeds],
                nextStep: nextStepFor(unmetNeeds),
              }),
            );
            continue;
          }
        }
        if (review[i] === 1) {
          out.push(
            finding(memberSubject(m), 'needs-review', {
              meetings: n,
              contributions: total[i]!,
              typical:
                sorted.length > 1 && seenCounted[i]! > 0
                  ? Math.round(medianWithout(sorted, rate[i]!) * 10) / 10
                  : 0,
              unmetNeeds: [],
              nextStep: factPhrase('step.tally'),
            }),
          );
        }
      }
      return frozen(out);
    },
  },
  balanceFact(
    {
      id: 'dominantVoices',
      type: 'string-list',
      description:
        'The members doing most of the talking, judged against the size of the group: over the last `recentMeetings` meetings where contributions were counted, the (up to `top`) most active members whose combined share is furthest above an even share for that many people, when that is more than `maxExcess` of the way from an even share to every contribution; the last named must have made at least twice the average of the rest. Empty when nobody dominates. Null when fewer than `minMeetings` meetings or `minMembers` people were counted, or nobody contributed.',
      reads: [...CONTRIBUTION_READS, 'group.members[].displayName'],
    },
    (balance) => (balance.enough ? balance.names : null),
  ),
  balanceFact(
    {
      id: 'dominantVoicesShare',
      type: 'share',
      description:
        'The combined share of all contributions made by the members `dominantVoices` names (same parameters). Null when it names nobody or there is too little to judge.',
      reads: CONTRIBUTION_READS,
    },
    (balance) => balance.share,
  ),
  balanceFact(
    {
      id: 'dominantVoicesEvenShare',
      type: 'share',
      description:
        'What an even share of contributions would be for as many people as `dominantVoices` names, given how many people were counted (same parameters). Null when it names nobody or there is too little to judge.',
      reads: CONTRIBUTION_READS,
    },
    (balance) => balance.even,
  ),
  recentMeetingsFact(
    {
      id: 'contributionMeetingCount',
      type: 'number',
      unit: 'meetings',
      description:
        'How many of the last `recentMeetings` past meetings where contributions were counted there are (at most `recentMeetings`).',
      reads: CONTRIBUTION_READS,
      nullable: false,
    },
    (derived, recentMeetings) => Math.min(derived.countedMeetings.length, recentMeetings),
  ),
  recentMeetingsFact(
    {
      id: 'contributionPeopleCount',
      type: 'number',
      unit: 'people',
      description:
        'How many members had their contributions counted at least once in the last `recentMeetings` meetings where contributions were counted.',
      reads: CONTRIBUTION_READS,
      nullable: false,
    },
    (derived, recentMeetings) => contributionStats(derived, recentMeetings)?.perMember.length ?? 0,
  ),
  {
    id: 'droppedOffMembers',
    type: 'findings',
    scope: 'member',
    description:
      'Active members who came at first and then stopped: of the group meetings (past activities of the given `kinds` with attendance recorded) held since they joined, they came to at least `cameToFirst` of the first `firstMeetings`, and to none of the last `missedLast`. `lastCame` is the local date of the last meeting they came to, `missed` how many meetings have been held since, `cameEarly` how many of their first meetings they came to. Null when attendance has been recorded at fewer than `cameToFirst` + `missedLast` group meetings.',
    reads: [
      'activities[].attendance[].memberId',
      'activities[].kind',
      'activities[].start',
      'group.members[].joined',
      'group.members[].left',
    ],
    params: {
      firstMeetings: {
        type: 'integer',
        minimum: 1,
        description: "How many of a member's first meetings count as their early meetings.",
      },
      cameToFirst: {
        type: 'integer',
        minimum: 1,
        description: 'How many of their early meetings a member must have come to.',
      },
      missedLast: {
        type: 'integer',
        minimum: 1,
        description: "How many of the group's most recent meetings in a row they must have missed.",
      },
      kinds: {
        type: 'string-list',
        enum: ActivityKindSchema.options,
        description: 'The kinds of activity that count as group meetings.',
      },
    },
    data: ['lastCame', 'missed', 'cameEarly', 'firstMeetings'],
    nullable: true,
    compute: (derived, params) => {
      const fact = 'droppedOffMembers';
      const firstMeetings = intParam(fact, params, 'firstMeetings', 1);
      const cameToFirst = intParam(fact, params, 'cameToFirst', 1);
      const missedLast = intParam(fact, params, 'missedLast', 1);
      const kinds = new Set(stringListParam(fact, params, 'kinds') as readonly ActivityKind[]);
      const meetings: DerivedActivity[] = [];
      for (let pos = 0; pos < derived.pastActivityCount; pos++) {
        const a = derived.activities[pos]!;
        if (a.activity.attendance === undefined || !kinds.has(a.activity.kind)) continue;
        meetings.push(a);
      }
      const held = meetings.length;
      if (held < cameToFirst + missedLast) return null;
      // Each member's first meeting since they joined; -1 for members not
      // judged (not active, or too few meetings since they joined).
      const memberCount = derived.members.length;
      const firstOf = new Int32Array(memberCount).fill(-1);
      for (const m of derived.activeMembers) {
        const joined = m.member.joined;
        const start = joined === undefined ? 0 : firstAtOrAfter(meetings, isoDateToDay(joined));
        if (held - start >= cameToFirst + missedLast) firstOf[m.index] = start;
      }
      // One pass over the meetings' rows, in time order, rather than over
      // each member's rows: those are spread over every activity, meetings
      // or not, and reaching each row's activity from them missed the cache.
      const earlyAt = new Int32Array(memberCount);
      const lastAt = new Int32Array(memberCount).fill(-1);
      const { rowMember } = derived.attendance;
      for (let at = 0; at < held; at++) {
        const meeting = meetings[at]!;
        for (let k = meeting.rowStart; k < meeting.rowEnd; k++) {
          const who = rowMember[k]!;
          if (who < 0) continue;
          const start = firstOf[who]!;
          if (start < 0 || at < start) continue;
          if (at < start + firstMeetings) earlyAt[who]!++;
          // Meetings come in order, so the latest seen is the last they came to.
          lastAt[who] = at;
        }
      }
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        const start = firstOf[m.index]!;
        if (start < 0) continue;
        const early = earlyAt[m.index]!;
        const last = lastAt[m.index]!;
        if (early < cameToFirst || last < 0 || last >= held - missedLast) continue;
        out.push(
          finding(memberSubject(m), 'flagged', {
            lastCame: dayToIsoDate(meetings[last]!.day),
            missed: held - 1 - last,
            cameEarly: early,
            firstMeetings: Math.min(firstMeetings, held - start),
          }),
        );
      }
      return frozen(out);
    },
  },
  {
    id: 'topContributorShare',
    type: 'share',
    description:
      'Over the last `recentMeetings` meetings where contributions were counted, the share of all contributions made by the `top` members who contributed most. Null when contributions were never counted or add up to nothing.',
    reads: CONTRIBUTION_READS,
    params: TOP_PARAMS,
    nullable: true,
    compute: (derived, params) => {
      const { top, recentMeetings } = topParams('topContributorShare', params);
      const stats = contributionStats(derived, recentMeetings);
      if (stats === null || stats.total === 0) return null;
      let sum = 0;
      for (const entry of stats.perMember.slice(0, top)) sum += entry.count;
      return sum / stats.total;
    },
  },
  {
    id: 'topContributors',
    type: 'string-list',
    description:
      'Display names of the (up to) `top` members who contributed most over the last `recentMeetings` meetings where contributions were counted, most first. Members who made no contribution are not listed.',
    reads: [...CONTRIBUTION_READS, 'group.members[].displayName'],
    params: TOP_PARAMS,
    nullable: false,
    compute: (derived, params) => {
      const { top, recentMeetings } = topParams('topContributors', params);
      const stats = contributionStats(derived, recentMeetings);
      if (stats === null) return [];
      const names: string[] = [];
      for (const entry of stats.perMember) {
        if (names.length >= top || entry.count === 0) break;
        names.push(entry.member.member.displayName);
      }
      return names;
    },
  },
  recentMeetingsFact(
    {
      id: 'contributionGini',
      type: 'number',
      unit: 'coefficient (0–1)',
      description:
        'How unevenly contributions are spread over the last `recentMeetings` meetings where they were counted: the Gini coefficient of contributions per member with a counted attendance row (0 = everyone equal, near 1 = one person speaks). Null when contributions were never counted or add up to nothing.',
      reads: CONTRIBUTION_READS,
      nullable: true,
    },
    (derived, recentMeetings) => {
      const stats = contributionStats(derived, recentMeetings);
      if (stats === null || stats.total === 0) return null;
      const n = stats.perMember.length;
      // perMember is sorted descending; the formula wants ascending ranks.
      let weighted = 0;
      for (let i = 0; i < n; i++) weighted += (n - i) * stats.perMember[i]!.count;
      return (2 * weighted) / (n * stats.total) - (n + 1) / n;
    },
  ),
  {
    id: 'shareAskingOrSharing',
    type: 'share',
    description:
      'Over the last `recentMeetings` activities where questions asked or knowledge shared were counted, the share of members (with a count recorded) who asked at least one question or shared knowledge at least once. Null when these were never counted.',
    reads: ASKING_READS,
    params: {
      recentMeetings: ASKING_MEETINGS,
    },
    nullable: true,
    compute: (derived, params) => {
      const recentMeetings = intParam('shareAskingOrSharing', params, 'recentMeetings', 1);
      const { asking, counted: people } = askingCounts(derived, recentMeetings);
      return people === 0 ? null : asking / people;
    },
  },
  {
    id: 'knowledgeValuedConcerns',
    type: 'findings',
    scope: 'question',
    description:
      'Whether the group has answered, for itself, whether everyone\'s knowledge is valued. One finding about the question `during.knowledge-valued`, or none when it is answered: flagged when the group\'s latest reflection on it within `reflectionDays` days is rated red or amber, or when, over the last `recentMeetings` activities where questions asked or knowledge shared were counted (at least `minMeetings` of them, with at least `minMembers` people counted), fewer than `minShare` of the people counted asked a question or shared what they know (`signs`, `asking`, `counted`, `meetings`); needs review when there is no such reflection by the group (staff alone do not count), or when its green rating comes with notes that are only a placeholder such as "tbc" (`gaps`). Counts alone never answer the question. Never null.',
    reads: [
      ...ASKING_READS,
      'reflections[].questionId',
      'reflections[].date',
      'reflections[].rating',
      'reflections[].notes',
      'reflections[].recordedBy',
    ],
    params: {
      recentMeetings: ASKING_MEETINGS,
      minShare: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description:
          'The smallest share of the people counted who should have asked a question or shared what they know.',
      },
      minMeetings: {
        type: 'integer',
        minimum: 1,
        description: 'How many counted activities are needed before the counts are judged.',
      },
      minMembers: {
        type: 'integer',
        minimum: 1,
        description: 'How many people must have been counted before the counts are judged.',
      },
      reflectionDays: REFLECTION_DAYS,
    },
    data: ['signs', 'gaps', 'asking', 'counted', 'meetings', 'rating'],
    nullable: false,
    compute: (derived, params) => {
      const fact = 'knowledgeValuedConcerns';
      const recentMeetings = intParam(fact, params, 'recentMeetings', 1);
      const minShare = numberParam(fact, params, 'minShare', 0, 1);
      const minMeetings = intParam(fact, params, 'minMeetings', 1);
      const minMembers = intParam(fact, params, 'minMembers', 1);
      const days = intParam(fact, params, 'reflectionDays', 1);
      const { asking, counted: people, meetings } = askingCounts(derived, recentMeetings);
      const signs: string[] = [];
      if (meetings >= minMeetings && people >= minMembers && asking < minShare * people) {
        signs.push(
          factPhrase(asking === 0 ? 'sign.askingNone' : 'sign.askingFew', {
            asking,
            people,
            meetings,
          }),
        );
      }
      return questionConcerns(
        derived,
        {
          question: KNOWLEDGE_QUESTION,
          label: "Whether everyone's knowledge is valued",
          pointer: '/reflections',
        },
        days,
        { signs, gaps: [] },
        { asking, counted: people, meetings },
      );
    },
  },
  {
    id: 'unexplainedJargon',
    type: 'findings',
    scope: 'activity',
    description:
      'Recent activities where a term was noted as jargon, not explained, and is not in the glossary with a real explanation (a placeholder such as "tbc" does not explain it). `date` is the local date of the activity. Null when no recent activity has a jargon log (nobody looked).',
    reads: [
      'activities[].jargon',
      'activities[].start',
      'glossary[].term',
      'glossary[].explanation',
    ],
    params: { recentDays: PARAM.recentDays },
    data: ['terms', 'date'],
    nullable: true,
    compute: (derived, params) => {
      const recentDays = intParam('unexplainedJargon', params, 'recentDays', 0);
      const glossary = explainedTerms(derived);
      let looked = false;
      const out: { index: number; finding: Finding }[] = [];
      for (const a of recentWindow(derived, recentDays)) {
        const jargon = a.activity.jargon;
        if (jargon === undefined) continue;
        looked = true;
        const seen = new Set<string>();
        const terms: string[] = [];
        for (const note of jargon) {
          if (note.explained) continue;
          const key = normaliseTerm(note.term);
          if (glossary.has(key) || seen.has(key) || !hasText(derived, note.term)) continue;
          seen.add(key);
          terms.push(note.term);
        }
        if (terms.length > 0) {
          out.push({
            index: a.index,
            finding: finding(activitySubject(a), 'flagged', { terms, date: dayToIsoDate(a.day) }),
          });
        }
      }
      if (!looked) return null;
      out.sort((x, y) => x.index - y.index);
      return frozen(out.map((x) => x.finding));
    },
  },
  {
    // The one cause behind several rules that need review: with nobody's
    // attendance recorded, who drifts away, who dominates, who stays quiet
    // and who is new cannot be told. Rules that need attendance depend on the
    // rule that reads this, so the reader sees the cause once.
    id: 'meetingsWithoutAttendance',
    type: 'findings',
    scope: 'activity',
    description:
      'Group meetings (past activities of the given `kinds`), among the last `recentMeetings`, where nobody is recorded as having come: no attendance list, or an empty one. `date` is the local date of the meeting. Null when no meeting of those kinds has been held yet.',
    reads: ['activities[].attendance', 'activities[].kind', 'activities[].start'],
    params: {
      recentMeetings: {
        type: 'integer',
        minimum: 1,
        description: "How many of the group's most recent meetings to look at.",
      },
      kinds: {
        type: 'string-list',
        enum: ActivityKindSchema.options,
        description: 'The kinds of activity that count as group meetings.',
      },
    },
    data: ['date'],
    nullable: true,
    compute: (derived, params) => {
      const fact = 'meetingsWithoutAttendance';
      const recentMeetings = intParam(fact, params, 'recentMeetings', 1);
      const kinds = new Set(stringListParam(fact, params, 'kinds') as readonly ActivityKind[]);
      const out: { index: number; finding: Finding }[] = [];
      let looked = 0;
      // Past activities are in time order: walk back from the latest.
      for (let pos = derived.pastActivityCount - 1; pos >= 0 && looked < recentMeetings; pos--) {
        const a = derived.activities[pos]!;
        if (!kinds.has(a.activity.kind)) continue;
        looked++;
        if ((a.activity.attendance?.length ?? 0) > 0) continue;
        const date = dayToIsoDate(a.day);
        out.push({ index: a.index, finding: finding(activitySubject(a), 'flagged', { date }) });
      }
      if (looked === 0) return null;
      out.sort((x, y) => x.index - y.index);
      return frozen(out.map((x) => x.finding));
    },
  },
];
