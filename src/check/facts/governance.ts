/**
 * Facts for "Governance": what is in the group's control, decision routes,
 * shared responsibility, decisions made elsewhere (and those still to come),
 * information flows with senior leaders and their involvement.
 *
 * A finding here is always something the record shows to be wrong. Where
 * the record cannot tell (nothing recorded yet, a placeholder such as
 * "tbc", an answer nobody wrote down), the fact returns `null`, so the rule
 * needs review, and a companion "to record" fact lists, in words, what is
 * missing for the rule's needs-review message.
 *
 * @module
 */
import type { Decision } from '../../model/decision.js';
import type { FlowDirection, SeniorLeader } from '../../model/governance.js';
import { cadenceDays } from '../../model/primitives.js';
import { dayToIsoDate, isoDateToDay } from '../../time/calendar.js';
import { factPhrase } from '../phrases.js';
import type { Finding } from '../types.js';
import type { DerivedProject } from './derive.js';
import { hasText, isPlaceholderText, textEvidence } from './evidence.js';
import {
  daysAgo,
  excerpt,
  finding,
  frozen,
  intParam,
  memberSubject,
  type Review,
  review,
  reviewFacts,
  subject,
} from './helpers.js';
import type { FactDefinition } from './types.js';

const DIRECTION_LABELS: Readonly<Record<FlowDirection, string>> = {
  'group-to-leaders': 'From the group to senior leaders',
  'leaders-to-group': 'From senior leaders to the group',
};

/**
 * Each direction of an information flow in plain words, as it reads in a
 * message ("Still to agree: updates from the group to senior leaders").
 *
 * @example `FLOW_DIRECTION_PHRASES['group-to-leaders'] // 'updates from the group to senior leaders'`
 */
export const FLOW_DIRECTION_PHRASES: Readonly<Record<FlowDirection, string>> = Object.freeze({
  'group-to-leaders': factPhrase('flow.groupToLeaders'),
  'leaders-to-group': factPhrase('flow.leadersToGroup'),
});

/**
 * Why a senior leader's involvement is off track, as it reads in a message
 * after "but ".
 *
 * @example `LEADER_PROBLEMS.overdue('Hear the options') // 'the planned involvement “Hear the options” is overdue'`
 */
export const LEADER_PROBLEMS = Object.freeze({
  nonePlanned: factPhrase('problem.nonePlanned'),
  overdue: (point: string) => factPhrase('problem.involvementOverdue', { point }),
});

/**
 * What is wrong with a decision made outside the group, as it reads in a
 * message after "but ".
 *
 * @example `OUTSIDE_DECISION_PROBLEMS.notInformed // 'the group was not told of it'`
 */
export const OUTSIDE_DECISION_PROBLEMS = Object.freeze({
  notInformed: factPhrase('problem.notInformed'),
  informOnly: factPhrase('problem.informOnly'),
});

/**
 * What a project still has to record before a governance rule can judge
 * it, as items for "Still to record: …" in a message.
 *
 * @example `GOVERNANCE_TO_RECORD.noDecisions // 'the decisions the work involves (none is recorded yet)'`
 */
export const GOVERNANCE_TO_RECORD = Object.freeze({
  noDecisions: factPhrase('record.noDecisions'),
  noOutsideDecisions: factPhrase('record.noOutsideDecisions'),
  noMembers: factPhrase('record.noMembers'),
  noLeaders: factPhrase('record.noLeaders'),
  noLeadersToInvolve: factPhrase('record.noLeadersToInvolve'),
  ownership: (title: string) => factPhrase('record.decisionOwnership', { title }),
  influence: (title: string) => factPhrase('record.decisionInfluence', { title }),
  told: (title: string) => factPhrase('record.decisionTold', { title }),
  reasons: (title: string) => factPhrase('record.decisionReasons', { title }),
  leaderName: (role: string) => factPhrase('record.leaderName', { role }),
  leaderRole: (name: string) => factPhrase('record.leaderRole', { name }),
  leaderBoth: factPhrase('record.leaderBoth'),
  involvementWhen: (name: string) => factPhrase('record.involvementWhen', { name }),
  involvementWhat: (name: string) => factPhrase('record.involvementWhat', { name }),
});

function decisionSubject(d: Decision, i: number) {
  return subject('decision', d.id, d.title, `/decisions/${i}`);
}

/** Whether a decision was made (not still planned). */
function isMade(d: Decision): boolean {
  return d.status !== 'planned';
}

/** Whether the record shows the group was told of a decision (on a date not in the future). */
function groupWasTold(derived: DerivedProject, d: Decision): boolean | undefined {
  if (d.groupToldOn !== undefined && d.groupToldOn <= derived.today) return true;
  return d.groupInformed;
}

/** Whether the reasons for a decision were explained: 'yes', 'no' or 'unknown'. */
function reasonsExplained(derived: DerivedProject, d: Decision): 'yes' | 'no' | 'unknown' {
  if (d.rationaleExplained === false) return 'no';
  const reasons = textEvidence(derived, d.reasons);
  if (d.rationaleExplained === true || reasons === 'present') return 'yes';
  return reasons === 'placeholder' ? 'unknown' : 'no';
}

/** Whether a senior leader's name and role hold real words. */
function leaderGaps(derived: DerivedProject, leader: SeniorLeader): string | undefined {
  const name = !isPlaceholderText(leader.name, derived.evidence.placeholders);
  const role = !isPlaceholderText(leader.role, derived.evidence.placeholders);
  if (name && role) return undefined;
  if (name) return GOVERNANCE_TO_RECORD.leaderRole(leader.name);
  if (role) return GOVERNANCE_TO_RECORD.leaderName(leader.role);
  return GOVERNANCE_TO_RECORD.leaderBoth;
}

/** One pass over decisions for group-decisions-kept: flagged ones, and what is unknown. */
function ownershipReview(derived: DerivedProject): Review {
  return review(derived, 'governance:ownership', (flagged, toRecord) => {
    const decisions = derived.project.decisions;
    if (decisions.length === 0) toRecord.push(GOVERNANCE_TO_RECORD.noDecisions);
    decisions.forEach((d, i) => {
      if (d.groupsToMake === undefined) {
        toRecord.push(GOVERNANCE_TO_RECORD.ownership(d.title));
        return;
      }
      if (d.groupsToMake !== true || d.madeBy !== 'outside-group') return;
      const by = d.decidedBy ?? d.toBeMadeBy;
      const made = isMade(d);
      const problem = made
        ? by !== undefined
          ? factPhrase('problem.madeOutsideBy', { by })
          : factPhrase('problem.madeOutside')
        : by !== undefined
          ? factPhrase('problem.toBeMadeOutsideBy', { by })
          : factPhrase('problem.toBeMadeOutside');
      flagged.push(
        finding(decisionSubject(d, i), 'flagged', {
          title: d.title,
          decidedBy: by ?? '',
          planned: !made,
          due: d.due ?? '',
          problem,
        }),
      );
    });
  });
}

/** One pass over decisions made outside the group that affect it. */
function outsideReview(derived: DerivedProject): Review {
  return review(derived, 'governance:outside', (flagged, toRecord) => {
    let outside = 0;
    derived.project.decisions.forEach((d, i) => {
      if (d.madeBy !== 'outside-group' || d.affectsGroup === false) return;
      outside++;
      const problems: string[] = [];
      if (d.influence === undefined) toRecord.push(GOVERNANCE_TO_RECORD.influence(d.title));
      if (isMade(d)) {
        const told = groupWasTold(derived, d);
        if (told === false) problems.push(OUTSIDE_DECISION_PROBLEMS.notInformed);
        else if (told === undefined) toRecord.push(GOVERNANCE_TO_RECORD.told(d.title));
        if (d.influence === 'inform' && told !== false) {
          const reasons = reasonsExplained(derived, d);
          if (reasons === 'no') problems.push(OUTSIDE_DECISION_PROBLEMS.informOnly);
          else if (reasons === 'unknown') toRecord.push(GOVERNANCE_TO_RECORD.reasons(d.title));
        }
      }
      if (problems.length === 0) return;
      flagged.push(
        finding(decisionSubject(d, i), 'flagged', {
          title: d.title,
          decidedBy: d.decidedBy ?? '',
          problems,
        }),
      );
    });
    if (outside === 0) toRecord.push(GOVERNANCE_TO_RECORD.noOutsideDecisions);
  });
}

/** Active community members and whether each was briefed on governance. */
function briefingReview(derived: DerivedProject): Review {
  return review(derived, 'governance:briefing', (flagged, toRecord) => {
    let community = 0;
    for (const m of derived.activeMembers) {
      if (m.staffSide) continue;
      community++;
      const briefed = m.member.briefedOnGovernance;
      if (briefed === true) continue;
      if (briefed === false) flagged.push(finding(memberSubject(m), 'flagged', {}));
      else toRecord.push(m.member.displayName);
    }
    if (community === 0) toRecord.push(GOVERNANCE_TO_RECORD.noMembers);
  });
}

/** Senior leaders whose involvement is not planned or is overdue, and what is unknown. */
function leaderReview(derived: DerivedProject): Review {
  return review(derived, 'governance:leaders', (flagged, toRecord) => {
    const leaders = derived.project.governance.seniorLeaders;
    if (leaders.length === 0) toRecord.push(GOVERNANCE_TO_RECORD.noLeadersToInvolve);
    leaders.forEach((leader, i) => {
      const ref = subject('leader', leader.id, leader.name, `/governance/seniorLeaders/${i}`);
      if (leader.involvement.length === 0) {
        flagged.push(finding(ref, 'flagged', { problem: LEADER_PROBLEMS.nonePlanned, point: '' }));
        return;
      }
      let worst: { point: string; due: string } | undefined;
      let undated = false;
      let vague = false;
      for (const p of leader.involvement) {
        if (!hasText(derived, p.point)) vague = true;
        if (p.done !== undefined) continue;
        if (p.due === undefined) {
          undated = true;
          continue;
        }
        if (!(daysAgo(derived, p.due) > 0)) continue;
        if (worst === undefined || p.due < worst.due) worst = { point: p.point, due: p.due };
      }
      if (worst) {
        flagged.push(
          finding(ref, 'flagged', {
            problem: LEADER_PROBLEMS.overdue(excerpt(worst.point)),
            point: excerpt(worst.point),
          }),
        );
        return;
      }
      if (vague) toRecord.push(GOVERNANCE_TO_RECORD.involvementWhat(leader.name));
      else if (undated && !leader.involvement.some((p) => p.due !== undefined || p.done)) {
        toRecord.push(GOVERNANCE_TO_RECORD.involvementWhen(leader.name));
      }
    });
  });
}

/**
 * Facts about governance.
 *
 * @example `governanceFacts.find((f) => f.id === 'overdueInformationFlows')?.scope // 'flow'`
 */
export const governanceFacts: readonly FactDefinition[] = [
  {
    id: 'decisionsWithoutRoute',
    type: 'findings',
    scope: 'decision',
    description:
      'Decisions made or to be made by the group (alone or with the organisation) that do not say which governance route they take (including "not-required"). Null when no such decision is recorded. `planned` is true for a decision still to come.',
    reads: ['decisions[].madeBy', 'decisions[].governance', 'decisions[].status'],
    params: {},
    data: ['title', 'planned'],
    nullable: true,
    compute: (derived) => {
      const out: Finding[] = [];
      let groupDecisions = 0;
      derived.project.decisions.forEach((d, i) => {
        if (d.madeBy === 'outside-group') return;
        groupDecisions++;
        if (d.governance !== undefined) return;
        out.push(
          finding(decisionSubject(d, i), 'flagged', { title: d.title, planned: !isMade(d) }),
        );
      });
      return groupDecisions === 0 ? null : frozen(out);
    },
  },
  ...reviewFacts(
    briefingReview,
    {
      id: 'membersNotBriefedOnGovernance',
      scope: 'member',
      description:
        "Active community members (not staff, councillors or partners) recorded as not briefed on the organisation's governance processes. Null when none is, but some member's briefing is not recorded or there are no community members: `governanceBriefingToRecord` names them.",
      reads: [
        'group.members[].briefedOnGovernance',
        'group.members[].roles',
        'group.members[].joined',
        'group.members[].left',
      ],
      data: [],
    },
    {
      id: 'governanceBriefingToRecord',
      description:
        'The names of active community members for whom nobody recorded whether they were briefed on governance, or, when there are no community members, that none is recorded.',
      reads: ['group.members[].briefedOnGovernance', 'group.members[].displayName'],
    },
  ),
  {
    id: 'shareResponsibilitiesWithCommunityOwner',
    type: 'share',
    description:
      'The share of areas of responsibility (named in real words, not a placeholder) with at least one owner who is an active member and not staff-side. Null when no such area is recorded.',
    reads: [
      'governance.responsibilities[].owners',
      'governance.responsibilities[].area',
      'group.members[].roles',
    ],
    params: {},
    nullable: true,
    compute: (derived) => {
      let areas = 0;
      let shared = 0;
      for (const r of derived.project.governance.responsibilities) {
        if (!hasText(derived, r.area)) continue;
        areas++;
        if (
          r.owners.some((id) => {
            const owner = derived.memberById.get(id);
            return owner?.active === true && !owner.staffSide;
          })
        ) {
          shared++;
        }
      }
      return areas === 0 ? null : shared / areas;
    },
  },
  ...reviewFacts(
    ownershipReview,
    {
      id: 'groupDecisionsMadeElsewhere',
      scope: 'decision',
      description:
        "Decisions recorded as the group's to make that were made outside the group, or, for a planned decision, are set to be made outside it (caught before the event). `problem` says which in words, naming who (`decidedBy`, or `toBeMadeBy` for a planned one); `planned` and `due` say whether and when it is still to come. Null when none is flagged but no decision is recorded, or some decision does not say whether it is the group's to make: `decisionOwnershipToRecord` names them.",
      reads: [
        'decisions[].groupsToMake',
        'decisions[].madeBy',
        'decisions[].decidedBy',
        'decisions[].status',
        'decisions[].due',
        'decisions[].toBeMadeBy',
      ],
      data: ['title', 'decidedBy', 'planned', 'due', 'problem'],
    },
    {
      id: 'decisionOwnershipToRecord',
      description:
        'What is still to record before we can tell whether the group\'s decisions stay with it, in words: "whether "…" is the group\'s to make" for each decision that does not say, or that no decision is recorded.',
      reads: ['decisions[].groupsToMake', 'decisions[].title'],
    },
  ),
  ...reviewFacts(
    outsideReview,
    {
      id: 'outsideDecisionsWithoutInfluence',
      scope: 'decision',
      description:
        "Decisions made outside the group that affect its work, where the record shows a problem: the group was not told of it, or the group could only be told of it (influence `inform`) and the reasons were not explained (`rationaleExplained` false, or neither it nor `reasons` recorded). `problems` lists what is wrong in words. A planned decision is only judged once made. Null when none is flagged but none is recorded, or the group's say, whether it was told (`groupInformed`/`groupToldOn`) or the reasons (a placeholder) are not recorded: `outsideDecisionsToRecord` names them.",
      reads: [
        'decisions[].madeBy',
        'decisions[].affectsGroup',
        'decisions[].influence',
        'decisions[].groupInformed',
        'decisions[].groupToldOn',
        'decisions[].rationaleExplained',
        'decisions[].reasons',
        'decisions[].status',
      ],
      data: ['title', 'decidedBy', 'problems'],
    },
    {
      id: 'outsideDecisionsToRecord',
      description:
        "What is still to record about decisions made outside the group that affect it, in words: the group's say in each, whether the group was told, the reasons it was given, or that none is recorded.",
      reads: ['decisions[].madeBy', 'decisions[].influence', 'decisions[].groupInformed'],
    },
  ),
  {
    id: 'flowDirectionsMissing',
    type: 'string-list',
    description:
      'Which directions have no agreed information flow, in plain words for messages: "updates from the group to senior leaders" (`group-to-leaders`) and "updates from senior leaders to the group" (`leaders-to-group`). A flow described only by a placeholder ("tbc") does not count. Null when no flow is recorded at all, or the only flows in a missing direction are placeholders.',
    reads: ['governance.informationFlows[].direction', 'governance.informationFlows[].description'],
    params: {},
    nullable: true,
    compute: (derived) => {
      const flows = derived.project.governance.informationFlows;
      if (flows.length === 0) return null;
      const missing: string[] = [];
      let vague = false;
      for (const direction of ['group-to-leaders', 'leaders-to-group'] as const) {
        const inDirection = flows.filter((f) => f.direction === direction);
        if (inDirection.some((f) => textEvidence(derived, f.description) !== 'placeholder')) {
          continue;
        }
        if (inDirection.length > 0) vague = true;
        else missing.push(FLOW_DIRECTION_PHRASES[direction]);
      }
      return vague && missing.length === 0 ? null : missing;
    },
  },
  {
    id: 'overdueInformationFlows',
    type: 'findings',
    scope: 'flow',
    description:
      'Information flows on a regular cadence (not ad hoc) whose last occasion is more than the agreed cadence plus `graceDays` calendar days ago; a flow that never happened counts from the timeframe start (or, if none, the first activity). `direction` says which way it goes in plain words ("updates from the group to senior leaders"); `dueOn` is the date it fell due; `daysOverdue` counts from then; `lastOccurred` is empty if it never happened. Null when no flow is recorded, or no flow is on a regular cadence.',
    reads: [
      'governance.informationFlows[].cadence',
      'governance.informationFlows[].lastOccurred',
      'governance.informationFlows[].direction',
      'timeframe.start',
      'activities[].start',
    ],
    params: {
      graceDays: {
        type: 'integer',
        minimum: 0,
        description: 'How many days late an information flow may be before it counts as overdue.',
      },
    },
    data: ['direction', 'lastOccurred', 'dueOn', 'daysOverdue'],
    nullable: true,
    compute: (derived, params) => {
      const graceDays = intParam('overdueInformationFlows', params, 'graceDays', 0);
      const { project } = derived;
      const start = project.timeframe.start;
      const startDay = start !== undefined ? isoDateToDay(start) : derived.activities[0]?.day;
      const out: Finding[] = [];
      let regular = 0;
      project.governance.informationFlows.forEach((flow, i) => {
        const cadence = cadenceDays[flow.cadence];
        if (cadence === undefined) return;
        regular++;
        const fromDay =
          flow.lastOccurred !== undefined ? isoDateToDay(flow.lastOccurred) : startDay;
        if (fromDay === undefined) return;
        const dueDay = fromDay + cadence;
        const daysOverdue = derived.todayDay - dueDay;
        if (!(daysOverdue > graceDays)) return;
        const label =
          flow.description !== undefined && hasText(derived, flow.description)
            ? excerpt(flow.description)
            : DIRECTION_LABELS[flow.direction];
        out.push(
          finding(subject('flow', flow.id, label, `/governance/informationFlows/${i}`), 'flagged', {
            direction: FLOW_DIRECTION_PHRASES[flow.direction],
            lastOccurred: flow.lastOccurred ?? '',
            dueOn: dayToIsoDate(dueDay),
            daysOverdue,
          }),
        );
      });
      return regular === 0 ? null : frozen(out);
    },
  },
  {
    id: 'seniorLeadersToName',
    type: 'string-list',
    description:
      'What is still to record about the senior leaders, in words: "the name of the Sponsor", "the role of Jo Bloggs", or that none is named.',
    reads: ['governance.seniorLeaders[].name', 'governance.seniorLeaders[].role'],
    params: {},
    nullable: false,
    compute: (derived) => {
      const leaders = derived.project.governance.seniorLeaders;
      if (leaders.length === 0) return [GOVERNANCE_TO_RECORD.noLeaders];
      const out: string[] = [];
      for (const leader of leaders) {
        const gap = leaderGaps(derived, leader);
        if (gap !== undefined && !out.includes(gap)) out.push(gap);
      }
      return out;
    },
  },
  ...reviewFacts(
    leaderReview,
    {
      id: 'leadersWithoutInvolvement',
      scope: 'leader',
      description:
        'Senior leaders with no involvement planned, or with an involvement point not done by its due date. `problem` says which in plain words, to follow "but" in a message: "no involvement is planned", or "the planned involvement "…" is overdue" naming the most overdue point; `point` is that point (empty when none is planned). Null when none is flagged but no leader is named, or a leader\'s involvement has no date or only placeholder text: `leaderInvolvementToRecord` says which.',
      reads: ['governance.seniorLeaders[].involvement', 'governance.seniorLeaders[].name'],
      data: ['problem', 'point'],
    },
    {
      id: 'leaderInvolvementToRecord',
      description:
        'What is still to record about senior leaders\' involvement, in words: "when Jo Bloggs will be involved", "what Jo Bloggs will be involved in", or that no leader is named.',
      reads: ['governance.seniorLeaders[].involvement', 'governance.seniorLeaders[].name'],
    },
  ),
];
