/**
 * Facts for "Governance": what is in the group's control, decision routes,
 * shared responsibility, decisions made elsewhere, information flows with
 * senior leaders and their involvement.
 *
 * @module
 */
import type { FlowDirection } from '../../model/governance.js';
import { cadenceDays } from '../../model/primitives.js';
import type { Finding } from '../types.js';
import {
  briefingFindings,
  daysAgo,
  excerpt,
  finding,
  frozen,
  intParam,
  subject,
} from './helpers.js';
import type { FactDefinition } from './types.js';
import { isoDateToDay } from './zone.js';

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
  'group-to-leaders': 'updates from the group to senior leaders',
  'leaders-to-group': 'updates from senior leaders to the group',
});

/**
 * Why a senior leader's involvement is off track, as it reads in a message
 * after "but ".
 *
 * @example `LEADER_PROBLEMS.overdue('Hear the options') // 'the planned involvement "Hear the options" is overdue'`
 */
export const LEADER_PROBLEMS = Object.freeze({
  nonePlanned: 'no involvement is planned',
  overdue: (point: string) => `the planned involvement "${point}" is overdue`,
});

/**
 * Problems an outside decision can have, as they read in a message after
 * "{subject}: ".
 *
 * @example `OUTSIDE_DECISION_PROBLEMS.notInformed // 'the group was not told of it'`
 */
export const OUTSIDE_DECISION_PROBLEMS = Object.freeze({
  influenceMissing: "the group's influence over it is not recorded",
  notInformed: 'the group was not told of it',
  informedUnknown: 'it is not recorded whether the group was told of it',
});

/**
 * Facts about governance.
 *
 * @example `governanceFacts.find((f) => f.id === 'overdueInformationFlows')?.scope // 'flow'`
 */
export const governanceFacts: readonly FactDefinition[] = [
  {
    id: 'decisionScopeAgreed',
    type: 'boolean',
    description: 'Whether the group has agreed which decisions are within its control.',
    reads: ['governance.decisionScopeAgreedOn'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.governance.decisionScopeAgreedOn !== undefined,
  },
  {
    id: 'governanceProcessDescribed',
    type: 'boolean',
    description:
      "Whether there is a short account of the governance processes the group's work goes through.",
    reads: ['governance.processSummary'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.governance.processSummary !== undefined,
  },
  {
    id: 'decisionsWithoutRoute',
    type: 'findings',
    scope: 'decision',
    description:
      'Decisions made by the group (alone or with the organisation) that do not say which governance route they take (including "not-required").',
    reads: ['decisions[].madeBy', 'decisions[].governance', 'decisions[].title'],
    params: {},
    data: ['title'],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      derived.project.decisions.forEach((d, i) => {
        if (d.madeBy === 'outside-group' || d.governance !== undefined) return;
        out.push(
          finding(subject('decision', d.id, d.title, `/decisions/${i}`), 'flagged', {
            title: d.title,
          }),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'decisionCount',
    type: 'number',
    unit: 'decisions',
    description: 'How many decisions are recorded.',
    reads: ['decisions'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.decisions.length,
  },
  {
    id: 'membersNotBriefedOnGovernance',
    type: 'findings',
    scope: 'member',
    description:
      "Active members not briefed on the organisation's governance processes: flagged when recorded as not briefed, needs review when not recorded.",
    reads: [
      'group.members[].briefedOnGovernance',
      'group.members[].joined',
      'group.members[].left',
    ],
    params: {},
    data: [],
    nullable: false,
    compute: (derived) => briefingFindings(derived, 'briefedOnGovernance'),
  },
  {
    id: 'responsibilityCount',
    type: 'number',
    unit: 'responsibilities',
    description: 'How many areas of responsibility are recorded with their owners.',
    reads: ['governance.responsibilities'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.governance.responsibilities.length,
  },
  {
    id: 'shareResponsibilitiesWithCommunityOwner',
    type: 'share',
    description:
      'The share of areas of responsibility with at least one owner who is not staff-side. Null when no responsibilities are recorded.',
    reads: ['governance.responsibilities[].owners', 'group.members[].roles'],
    params: {},
    nullable: true,
    compute: (derived) => {
      const list = derived.project.governance.responsibilities;
      if (list.length === 0) return null;
      let shared = 0;
      for (const r of list) {
        if (r.owners.some((id) => derived.memberById.get(id)?.staffSide === false)) shared++;
      }
      return shared / list.length;
    },
  },
  {
    id: 'groupDecisionsMadeElsewhere',
    type: 'findings',
    scope: 'decision',
    description:
      "Decisions recorded as the group's to make that were made outside the group. Null when there are decisions but none says whether it was the group's to make.",
    reads: ['decisions[].groupsToMake', 'decisions[].madeBy', 'decisions[].decidedBy'],
    params: {},
    data: ['title', 'decidedBy'],
    nullable: true,
    compute: (derived) => {
      const decisions = derived.project.decisions;
      if (decisions.length > 0 && decisions.every((d) => d.groupsToMake === undefined)) return null;
      const out: Finding[] = [];
      decisions.forEach((d, i) => {
        if (d.groupsToMake !== true || d.madeBy !== 'outside-group') return;
        out.push(
          finding(subject('decision', d.id, d.title, `/decisions/${i}`), 'flagged', {
            title: d.title,
            decidedBy: d.decidedBy ?? '',
          }),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'outsideDecisionsWithoutInfluence',
    type: 'findings',
    scope: 'decision',
    description:
      'Decisions made outside the group that affect its work, where the group’s influence over them is not recorded or the group was not told of them (flagged), or where the influence is recorded but not whether the group was told (needs review). `problems` lists what is wrong in words.',
    reads: [
      'decisions[].madeBy',
      'decisions[].affectsGroup',
      'decisions[].influence',
      'decisions[].groupInformed',
      'decisions[].decidedBy',
    ],
    params: {},
    data: ['title', 'decidedBy', 'problems'],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      derived.project.decisions.forEach((d, i) => {
        if (d.madeBy !== 'outside-group' || d.affectsGroup === false) return;
        const problems: string[] = [];
        if (d.influence === undefined) problems.push(OUTSIDE_DECISION_PROBLEMS.influenceMissing);
        if (d.groupInformed === false) problems.push(OUTSIDE_DECISION_PROBLEMS.notInformed);
        let status: Finding['status'] = 'flagged';
        if (problems.length === 0) {
          if (d.groupInformed !== undefined) return;
          problems.push(OUTSIDE_DECISION_PROBLEMS.informedUnknown);
          status = 'needs-review';
        }
        out.push(
          finding(subject('decision', d.id, d.title, `/decisions/${i}`), status, {
            title: d.title,
            decidedBy: d.decidedBy ?? '',
            problems,
          }),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'flowDirectionsMissing',
    type: 'string-list',
    description:
      'Which directions have no agreed information flow, in plain words for messages: "updates from the group to senior leaders" (`group-to-leaders`) and "updates from senior leaders to the group" (`leaders-to-group`).',
    reads: ['governance.informationFlows[].direction'],
    params: {},
    nullable: false,
    compute: ({ project }) => {
      const flows = project.governance.informationFlows;
      return (['group-to-leaders', 'leaders-to-group'] as const)
        .filter((direction) => !flows.some((f) => f.direction === direction))
        .map((direction) => FLOW_DIRECTION_PHRASES[direction]);
    },
  },
  {
    id: 'overdueInformationFlows',
    type: 'findings',
    scope: 'flow',
    description:
      'Information flows on a regular cadence (not ad hoc) whose last occasion is more than the cadence plus `graceDays` calendar days ago; a flow that never happened counts from the timeframe start (or, if none, the first activity). `direction` says which way it goes in plain words ("updates from the group to senior leaders"); `daysOverdue` counts from when it fell due; `lastOccurred` is empty if it never happened.',
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
    data: ['direction', 'lastOccurred', 'daysOverdue'],
    nullable: false,
    compute: (derived, params) => {
      const graceDays = intParam('overdueInformationFlows', params, 'graceDays', 0);
      const { project } = derived;
      const start = project.timeframe.start;
      const startDay = start !== undefined ? isoDateToDay(start) : derived.activities[0]?.day;
      const out: Finding[] = [];
      project.governance.informationFlows.forEach((flow, i) => {
        const cadence = cadenceDays[flow.cadence];
        if (cadence === undefined) return;
        const fromDay =
          flow.lastOccurred !== undefined ? isoDateToDay(flow.lastOccurred) : startDay;
        if (fromDay === undefined) return;
        const daysOverdue = derived.todayDay - (fromDay + cadence);
        if (!(daysOverdue > graceDays)) return;
        const label =
          flow.description !== undefined
            ? excerpt(flow.description)
            : `${DIRECTION_LABELS[flow.direction]} (${flow.cadence})`;
        out.push(
          finding(subject('flow', flow.id, label, `/governance/informationFlows/${i}`), 'flagged', {
            direction: FLOW_DIRECTION_PHRASES[flow.direction],
            lastOccurred: flow.lastOccurred ?? '',
            daysOverdue,
          }),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'seniorLeaderCount',
    type: 'number',
    unit: 'leaders',
    description: 'How many senior leaders the work names as needing to be involved.',
    reads: ['governance.seniorLeaders'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.governance.seniorLeaders.length,
  },
  {
    id: 'leadersWithoutInvolvement',
    type: 'findings',
    scope: 'leader',
    description:
      'Senior leaders with no involvement planned, or with an involvement point not done by its due date. `problem` says which in plain words, to follow "but" in a message: "no involvement is planned", or "the planned involvement "…" is overdue" naming the most overdue point; `point` is that point (empty when none is planned).',
    reads: ['governance.seniorLeaders[].involvement', 'governance.seniorLeaders[].name'],
    params: {},
    data: ['problem', 'point'],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      derived.project.governance.seniorLeaders.forEach((leader, i) => {
        const ref = subject('leader', leader.id, leader.name, `/governance/seniorLeaders/${i}`);
        if (leader.involvement.length === 0) {
          out.push(finding(ref, 'flagged', { problem: LEADER_PROBLEMS.nonePlanned, point: '' }));
          return;
        }
        let worst: { point: string; due: string } | undefined;
        for (const p of leader.involvement) {
          if (p.done !== undefined || p.due === undefined || !(daysAgo(derived, p.due) > 0)) {
            continue;
          }
          if (worst === undefined || p.due < worst.due) worst = { point: p.point, due: p.due };
        }
        if (worst) {
          out.push(
            finding(ref, 'flagged', {
              problem: LEADER_PROBLEMS.overdue(worst.point),
              point: worst.point,
            }),
          );
        }
      });
      return frozen(out);
    },
  },
];
