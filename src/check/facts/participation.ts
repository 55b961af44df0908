/**
 * Facts for "During co-production" about how people take part: who is
 * quiet, who dominates, who asks and shares, whether jargon is explained and
 * whether members are assumed to speak for wider groups.
 *
 * @module
 */
import type { Finding } from '../types.js';
import { type DerivedMember, type DerivedProject, normaliseTerm } from './derive.js';
import {
  activitySubject,
  finding,
  frozen,
  intParam,
  lastOf,
  memberSubject,
  PARAM,
  recentWindow,
} from './helpers.js';
import type { FactDefinition } from './types.js';

/**
 * Contributions per member over the last few meetings where they were
 * counted: members with a counted row, most contributions first (ties in
 * document order).
 *
 * @example `contributionStats(derived, 6)?.total`
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
 * @example `contributionStats(derived, 6)?.perMember[0]?.member.member.displayName`
 */
export function contributionStats(
  derived: DerivedProject,
  recentMeetings: number,
): ContributionStats | null {
  return derived.memo(`contributions:${recentMeetings}`, () => {
    const meetings = lastOf(derived.countedMeetings, recentMeetings);
    if (meetings.length === 0) return null;
    const { rows, rowMember } = derived.attendance;
    const counts = new Float64Array(derived.members.length);
    const seen = new Uint8Array(derived.members.length);
    const touched: number[] = [];
    let total = 0;
    for (const meeting of meetings) {
      const end = meeting.rowEnd;
      for (let k = meeting.rowStart; k < end; k++) {
        const contributions = rows[k]!.contributions;
        const who = rowMember[k]!;
        if (contributions === undefined || who < 0) continue;
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
      'Active members recorded as speaking for a wider group without saying how they connect to it.',
    reads: ['group.members[].represents'],
    params: {},
    data: ['groups'],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        const groups: string[] = [];
        for (const r of m.member.represents ?? []) {
          if (r.connection === undefined) groups.push(r.group);
        }
        if (groups.length > 0) out.push(finding(memberSubject(m), 'flagged', { groups }));
      }
      return frozen(out);
    },
  },
  {
    id: 'representationRecorded',
    type: 'boolean',
    description:
      'Whether anyone has recorded, for any active member, which wider groups they are taken to speak for (an empty list counts: it says "none").',
    reads: ['group.members[].represents'],
    params: {},
    nullable: false,
    compute: (derived) => derived.activeMembers.some((m) => m.member.represents !== undefined),
  },
  {
    id: 'quietMembers',
    type: 'findings',
    scope: 'member',
    description:
      'Active members who made no contribution in each of the last `meetings` meetings they attended where contributions were counted (flagged), or whose contributions were not counted at some of their last `meetings` activities and who contributed in none of them (needs review). Null when contributions were never counted in any past activity.',
    reads: [
      'activities[].attendance[].contributions',
      'activities[].start',
      'group.members[].joined',
      'group.members[].left',
    ],
    params: {
      meetings: {
        type: 'integer',
        minimum: 1,
        description:
          'How many meetings in a row a member can attend without contributing before they count as quiet.',
      },
    },
    data: ['meetings'],
    nullable: true,
    compute: (derived, params) => {
      const n = intParam('quietMembers', params, 'meetings', 1);
      if (derived.countedMeetings.length === 0) return null;
      const { activities, pastActivityCount } = derived;
      const { rows, rowActivity, memberStart, memberRows } = derived.attendance;
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        const first = memberStart[m.index]!;
        let k = memberStart[m.index + 1]! - 1;
        while (k >= first && rowActivity[memberRows[k]!]! >= pastActivityCount) k--;
        // Walk back through the member's own history: the first `n` entries
        // are their recent activities; the first `n` counted ones are their
        // recent counted meetings.
        let recentSeen = 0;
        let countedSeen = 0;
        let countedZeros = 0;
        let unknownRecent = false;
        let contributed = false;
        for (; k >= first && (recentSeen < n || countedSeen < n); k--) {
          const row = memberRows[k]!;
          const contributions = rows[row]!.contributions;
          const counted = activities[rowActivity[row]!]!.contributionsCounted;
          const inRecent = recentSeen < n;
          const inCounted = counted && countedSeen < n;
          if (inRecent) recentSeen++;
          if (inCounted) {
            countedSeen++;
            if (contributions === 0) countedZeros++;
          }
          if (!inRecent && !inCounted) continue;
          if (contributions === undefined) {
            if (inRecent) unknownRecent = true;
          } else if (contributions > 0) {
            contributed = true;
          }
        }
        if (countedSeen === n && countedZeros === n) {
          out.push(finding(memberSubject(m), 'flagged', { meetings: n }));
        } else if (unknownRecent && !contributed) {
          out.push(finding(memberSubject(m), 'needs-review', { meetings: n }));
        }
      }
      return frozen(out);
    },
  },
  {
    id: 'topContributorShare',
    type: 'share',
    description:
      'Over the last `recentMeetings` meetings where contributions were counted, the share of all contributions made by the `top` members who contributed most. Null when contributions were never counted or add up to nothing.',
    reads: ['activities[].attendance[].contributions', 'activities[].start'],
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
    reads: [
      'activities[].attendance[].contributions',
      'activities[].start',
      'group.members[].displayName',
    ],
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
  {
    id: 'contributionGini',
    type: 'number',
    unit: 'coefficient (0–1)',
    description:
      'How unevenly contributions are spread over the last `recentMeetings` meetings where they were counted: the Gini coefficient of contributions per member with a counted attendance row (0 = everyone equal, near 1 = one person speaks). Null when contributions were never counted or add up to nothing.',
    reads: ['activities[].attendance[].contributions', 'activities[].start'],
    params: { recentMeetings: PARAM.recentMeetings },
    nullable: true,
    compute: (derived, params) => {
      const recentMeetings = intParam('contributionGini', params, 'recentMeetings', 1);
      const stats = contributionStats(derived, recentMeetings);
      if (stats === null || stats.total === 0) return null;
      const n = stats.perMember.length;
      // perMember is sorted descending; the formula wants ascending ranks.
      let weighted = 0;
      for (let i = 0; i < n; i++) weighted += (n - i) * stats.perMember[i]!.count;
      return (2 * weighted) / (n * stats.total) - (n + 1) / n;
    },
  },
  {
    id: 'shareAskingOrSharing',
    type: 'share',
    description:
      'Over the last `recentMeetings` activities where questions asked or knowledge shared were counted, the share of members (with a count recorded) who asked at least one question or shared knowledge at least once. Null when these were never counted.',
    reads: [
      'activities[].attendance[].questionsAsked',
      'activities[].attendance[].knowledgeShared',
      'activities[].start',
    ],
    params: {
      recentMeetings: {
        type: 'integer',
        minimum: 1,
        description:
          'How many of the most recent activities where questions or knowledge sharing were counted to look at.',
      },
    },
    nullable: true,
    compute: (derived, params) => {
      const recentMeetings = intParam('shareAskingOrSharing', params, 'recentMeetings', 1);
      const { rows, rowMember } = derived.attendance;
      // 1 = counted, 2 = counted and asked or shared.
      const state = new Uint8Array(derived.members.length);
      let counted = 0;
      let active = 0;
      for (const a of lastOf(derived.askingCountedActivities, recentMeetings)) {
        for (let k = a.rowStart; k < a.rowEnd; k++) {
          const who = rowMember[k]!;
          const { questionsAsked, knowledgeShared } = rows[k]!;
          if (who < 0 || (questionsAsked === undefined && knowledgeShared === undefined)) continue;
          if (state[who] === 0) {
            state[who] = 1;
            counted++;
          }
          if (state[who] === 1 && ((questionsAsked ?? 0) > 0 || (knowledgeShared ?? 0) > 0)) {
            state[who] = 2;
            active++;
          }
        }
      }
      return counted === 0 ? null : active / counted;
    },
  },
  {
    id: 'unexplainedJargon',
    type: 'findings',
    scope: 'activity',
    description:
      'Recent activities where a term was noted as jargon, not explained, and is not in the glossary. Null when no recent activity has a jargon log (nobody looked).',
    reads: ['activities[].jargon', 'activities[].start', 'glossary[].term'],
    params: { recentDays: PARAM.recentDays },
    data: ['terms'],
    nullable: true,
    compute: (derived, params) => {
      const recentDays = intParam('unexplainedJargon', params, 'recentDays', 0);
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
          if (derived.glossary.has(key) || seen.has(key)) continue;
          seen.add(key);
          terms.push(note.term);
        }
        if (terms.length > 0) {
          out.push({ index: a.index, finding: finding(activitySubject(a), 'flagged', { terms }) });
        }
      }
      if (!looked) return null;
      out.sort((x, y) => x.index - y.index);
      return frozen(out.map((x) => x.finding));
    },
  },
];
