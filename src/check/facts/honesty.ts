/**
 * Facts for "Be honest about what is possible": what members can influence,
 * explaining decisions, engagement fatigue, openness to ideas, and telling
 * people about timeframes and information.
 *
 * @module
 */
import type { Finding } from '../types.js';
import {
  daysAgo,
  excerpt,
  finding,
  frozen,
  hasItems,
  intParam,
  memberSubject,
  missingOf,
  subject,
} from './helpers.js';
import type { FactDefinition } from './types.js';

/**
 * Facts about honesty and openness.
 *
 * @example `honestyFacts.find((f) => f.id === 'ideasAwaitingResponse')?.data // ['summary', 'ageDays']`
 */
export const honestyFacts: readonly FactDefinition[] = [
  {
    id: 'influenceStatementMissing',
    type: 'string-list',
    description:
      'Which parts of the statement of what members can influence are missing, in plain words for messages: "what members can influence" (`influence.canInfluence`, missing or empty), "what members cannot influence" (`influence.cannotInfluence`, missing; an empty list says "nothing is off limits") and "when this was shared with the group" (`influence.sharedOn`).',
    reads: ['influence.canInfluence', 'influence.cannotInfluence', 'influence.sharedOn'],
    params: {},
    nullable: false,
    compute: ({ project: { influence } }) =>
      missingOf([
        ['what members can influence', hasItems(influence.canInfluence)],
        ['what members cannot influence', influence.cannotInfluence !== undefined],
        ['when this was shared with the group', influence.sharedOn !== undefined],
      ]),
  },
  {
    id: 'influenceLimitsWithoutReason',
    type: 'number',
    unit: 'limits',
    description: 'How many things members cannot influence are listed without a reason.',
    reads: ['influence.cannotInfluence[].reason'],
    params: {},
    nullable: false,
    compute: ({ project }) => {
      let count = 0;
      for (const limit of project.influence.cannotInfluence ?? []) {
        if (limit.reason === undefined) count++;
      }
      return count;
    },
  },
  {
    id: 'decisionsUnexplained',
    type: 'findings',
    scope: 'decision',
    description:
      'Decisions not made by the group alone that affect it, whose reasons were not explained to the group (flagged) or where nobody recorded whether they were (needs review).',
    reads: [
      'decisions[].madeBy',
      'decisions[].affectsGroup',
      'decisions[].rationaleExplained',
      'decisions[].title',
    ],
    params: {},
    data: ['title', 'madeBy'],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      derived.project.decisions.forEach((d, i) => {
        if (d.madeBy === 'group' || d.affectsGroup === false || d.rationaleExplained === true) {
          return;
        }
        out.push(
          finding(
            subject('decision', d.id, d.title, `/decisions/${i}`),
            d.rationaleExplained === false ? 'flagged' : 'needs-review',
            { title: d.title, madeBy: d.madeBy },
          ),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'membersInManyEngagements',
    type: 'findings',
    scope: 'member',
    description:
      'Active members who take part in at least `threshold` other engagement activities, and so risk engagement fatigue.',
    reads: ['group.members[].otherEngagement'],
    params: {
      threshold: {
        type: 'integer',
        minimum: 1,
        description: 'How many other engagement activities count as many.',
      },
    },
    data: ['count', 'activities'],
    nullable: false,
    compute: (derived, params) => {
      const threshold = intParam('membersInManyEngagements', params, 'threshold', 1);
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        const other = m.member.otherEngagement ?? [];
        if (other.length < threshold) continue;
        out.push(
          finding(memberSubject(m), 'flagged', { count: other.length, activities: [...other] }),
        );
      }
      return frozen(out);
    },
  },
  {
    id: 'relatedEngagementRecorded',
    type: 'boolean',
    description:
      'Whether other engagement in the organisation that touches the same people or topic has been looked for (an empty list counts: it says "none found").',
    reads: ['relatedEngagement'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.relatedEngagement !== undefined,
  },
  {
    id: 'relatedEngagementUncoordinated',
    type: 'number',
    unit: 'engagements',
    description: 'How many related engagement activities do not say how duplication is avoided.',
    reads: ['relatedEngagement[].coordination'],
    params: {},
    nullable: false,
    compute: ({ project }) => {
      let count = 0;
      for (const e of project.relatedEngagement ?? []) if (e.coordination === undefined) count++;
      return count;
    },
  },
  {
    id: 'ideaCount',
    type: 'number',
    unit: 'ideas',
    description: 'How many ideas members have raised.',
    reads: ['ideas'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.ideas.length,
  },
  {
    id: 'ideasAwaitingResponse',
    type: 'findings',
    scope: 'idea',
    description:
      'Ideas still open more than `days` calendar days after they were raised, and ideas parked or declined without a response saying why.',
    reads: ['ideas[].status', 'ideas[].raisedOn', 'ideas[].response', 'ideas[].summary'],
    params: {
      days: {
        type: 'integer',
        minimum: 0,
        description: 'How many days an idea may stay open before the group should respond.',
      },
    },
    data: ['summary', 'ageDays'],
    nullable: false,
    compute: (derived, params) => {
      const days = intParam('ideasAwaitingResponse', params, 'days', 0);
      const out: Finding[] = [];
      derived.project.ideas.forEach((idea, i) => {
        const ageDays = daysAgo(derived, idea.raisedOn);
        const waiting =
          idea.status === 'open'
            ? ageDays > days
            : (idea.status === 'parked' || idea.status === 'declined') &&
              idea.response === undefined;
        if (!waiting) return;
        const summary = excerpt(idea.summary);
        out.push(
          finding(subject('idea', idea.id, summary, `/ideas/${i}`), 'flagged', {
            summary,
            ageDays,
          }),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'communicationPlanMissing',
    type: 'string-list',
    description:
      'Which parts of the communication plan are missing, in plain words for messages: "how information will be shared during the work" (`communicationPlan.during`), "how information will be shared after the work ends" (`communicationPlan.after`) and "when members were told the plan" (`communicationPlan.membersToldOn`, when members were told the plan and timeframe).',
    reads: [
      'communicationPlan.during',
      'communicationPlan.after',
      'communicationPlan.membersToldOn',
    ],
    params: {},
    nullable: false,
    compute: ({ project: { communicationPlan } }) =>
      missingOf([
        ['how information will be shared during the work', communicationPlan.during !== undefined],
        [
          'how information will be shared after the work ends',
          communicationPlan.after !== undefined,
        ],
        ['when members were told the plan', communicationPlan.membersToldOn !== undefined],
      ]),
  },
];
