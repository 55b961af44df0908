/**
 * Facts for "Be honest about what is possible": what members can influence,
 * explaining decisions, the group's recommendations and the answers to
 * them, engagement fatigue, openness to ideas, and telling people about
 * timeframes and information.
 *
 * A finding here is always something the record shows to be wrong. Where
 * the record cannot tell (nothing recorded yet, a placeholder such as
 * "tbc", a reflection written by staff alone), the fact returns `null`, so
 * the rule needs review, and a companion "to record" fact lists, in words,
 * what is missing for the rule's needs-review message.
 *
 * @module
 */

import { isoDateToDay } from '../../time/calendar.js';
import { factPhrase } from '../phrases.js';
import type { Finding } from '../types.js';
import type { DerivedProject } from './derive.js';
import {
  hasText,
  isGroupReflection,
  latestGroupReflection,
  listEvidence,
  realTexts,
  type TextEvidence,
  textEvidence,
} from './evidence.js';
import {
  daysAgo,
  excerpt,
  finding,
  flaggedOrUnknown,
  frozen,
  intParam,
  memberSubject,
  type Review,
  review,
  reviewFacts,
  subject,
} from './helpers.js';
import type { FactDefinition } from './types.js';

/** The framework question ideas-responded-to answers with the group's own reflection. */
const OPEN_TO_CHANGE = 'honesty.open-to-change';

/**
 * What a project still has to record before an honesty rule can judge it,
 * as items for "Still to record: …" in a message.
 *
 * @example `HONESTY_TO_RECORD.noIdeas // "members' ideas and the answer to each (none is recorded yet)"`
 */
export const HONESTY_TO_RECORD = Object.freeze({
  noIdeas: factPhrase('record.noIdeas'),
  groupReflection: factPhrase('record.groupReflection'),
  staffOnlyReflection: factPhrase('record.staffOnlyReflection'),
  noDecisions: factPhrase('record.noAffectingDecisions'),
  reasons: (title: string) => factPhrase('record.reasonsExplained', { title }),
  noRecommendations: factPhrase('record.noRecommendations'),
  recommendationReasons: (summary: string) =>
    factPhrase('record.recommendationReasons', { summary }),
  noMembers: factPhrase('record.noMembers'),
  otherEngagement: factPhrase('record.otherEngagement'),
});

/**
 * What is wrong with a recommendation, as it reads in a message after "but ".
 *
 * @example `RECOMMENDATION_PROBLEMS.notTold // 'the group has not been told the answer'`
 */
export const RECOMMENDATION_PROBLEMS = Object.freeze({
  rejectedNoReasons: factPhrase('problem.rejectedNoReasons'),
  partNoReasons: factPhrase('problem.partNoReasons'),
  notTold: factPhrase('problem.notTold'),
  waiting: (days: number) => factPhrase('problem.waiting', { days }),
});

/**
 * Parts of a statement or plan: each 'present', 'placeholder' or 'missing'.
 * Returns null when nothing real is recorded, or nothing is missing but some
 * part is a placeholder; otherwise the names of the missing parts (with the
 * placeholders among them).
 */
function partsMissing(parts: readonly (readonly [string, TextEvidence])[]): string[] | null {
  let present = 0;
  let missing = 0;
  const out: string[] = [];
  for (const [name, state] of parts) {
    if (state === 'present') present++;
    else {
      if (state === 'missing') missing++;
      out.push(name);
    }
  }
  if (present === 0) return null;
  if (missing === 0 && out.length > 0) return null;
  return out;
}

function dateEvidence(derived: DerivedProject, date: string | undefined): TextEvidence {
  return date !== undefined && date <= derived.today ? 'present' : 'missing';
}

/** Decisions not made by the group alone that affect it, and whether their reasons were explained. */
function reasonsReview(derived: DerivedProject): Review {
  return review(derived, 'honesty:reasons', (flagged, toRecord) => {
    const decisions = derived.project.decisions;
    if (decisions.length === 0) toRecord.push(HONESTY_TO_RECORD.noDecisions);
    decisions.forEach((d, i) => {
      if (d.madeBy === 'group' || d.affectsGroup === false || d.status === 'planned') return;
      if (d.rationaleExplained === true) return;
      const reasons = textEvidence(derived, d.reasons);
      if (d.rationaleExplained === undefined && reasons === 'present') return;
      if (d.rationaleExplained === false) {
        flagged.push(
          finding(subject('decision', d.id, d.title, `/decisions/${i}`), 'flagged', {
            title: d.title,
            madeBy: d.madeBy,
          }),
        );
      } else {
        toRecord.push(HONESTY_TO_RECORD.reasons(d.title));
      }
    });
  });
}

/** The group's recommendations: those the record shows unanswered or not fed back. */
function recommendationReview(
  derived: DerivedProject,
  answerWithinDays: number,
  feedBackWithinDays: number,
): Review {
  return review(
    derived,
    `honesty:recommendations:${answerWithinDays}:${feedBackWithinDays}`,
    (flagged, toRecord) => {
      const { project } = derived;
      if (project.recommendations.length === 0) toRecord.push(HONESTY_TO_RECORD.noRecommendations);
      const decisionIndex = new Map(project.decisions.map((d, i) => [d.id as string, i]));
      project.recommendations.forEach((r, i) => {
        if (r.madeOn > derived.today) return;
        const summary = excerpt(r.summary);
        const problems: string[] = [];
        const waitingDays = daysAgo(derived, r.madeOn);
        if (r.response === 'awaiting') {
          if (waitingDays > answerWithinDays)
            problems.push(RECOMMENDATION_PROBLEMS.waiting(waitingDays));
        } else {
          if (r.response === 'rejected' || r.response === 'accepted-in-part') {
            const reasons = textEvidence(derived, r.reasons);
            if (reasons === 'missing') {
              problems.push(
                r.response === 'rejected'
                  ? RECOMMENDATION_PROBLEMS.rejectedNoReasons
                  : RECOMMENDATION_PROBLEMS.partNoReasons,
              );
            } else if (reasons === 'placeholder') {
              toRecord.push(HONESTY_TO_RECORD.recommendationReasons(summary));
            }
          }
          const told = r.groupToldOn !== undefined && r.groupToldOn <= derived.today;
          const answeredDaysAgo =
            r.respondedOn !== undefined
              ? daysAgo(derived, r.respondedOn)
              : Number.POSITIVE_INFINITY;
          if (!told && answeredDaysAgo > feedBackWithinDays) {
            problems.push(RECOMMENDATION_PROBLEMS.notTold);
          }
        }
        if (problems.length === 0) return;
        const index = r.decisionId !== undefined ? decisionIndex.get(r.decisionId) : undefined;
        const decision = index !== undefined ? project.decisions[index] : undefined;
        const by = decision?.decidedBy ?? decision?.toBeMadeBy ?? r.madeTo;
        let about: string;
        if (decision !== undefined) {
          about =
            by !== undefined
              ? factPhrase('recommendation.forDecisionBy', { title: decision.title, by })
              : factPhrase('recommendation.forDecision', { title: decision.title });
        } else {
          about =
            r.madeTo !== undefined
              ? factPhrase('recommendation.to', { to: r.madeTo })
              : factPhrase('recommendation.toOrganisation');
        }
        flagged.push(
          finding(subject('recommendation', r.id, summary, `/recommendations/${i}`), 'flagged', {
            summary,
            about,
            decision: decision?.title ?? '',
            response: r.response,
            waitingDays,
            problems,
          }),
        );
      });
    },
  );
}

/** What stands between the ideas log and a pass: the group's reflection and the log itself. */
function openToChangeGaps(derived: DerivedProject, withinDays: number): string[] {
  const gaps: string[] = [];
  if (derived.project.ideas.length === 0) gaps.push(HONESTY_TO_RECORD.noIdeas);
  if (latestGroupReflection(derived, OPEN_TO_CHANGE, withinDays) === undefined) {
    const earliest = derived.todayDay - withinDays;
    const staffOnly = derived.project.reflections.some(
      (r) =>
        r.questionId === OPEN_TO_CHANGE &&
        r.date <= derived.today &&
        isoDateToDay(r.date) >= earliest &&
        !isGroupReflection(derived, r),
    );
    gaps.push(
      staffOnly ? HONESTY_TO_RECORD.staffOnlyReflection : HONESTY_TO_RECORD.groupReflection,
    );
  }
  return gaps;
}

const REFLECTION_DAYS_PARAM = {
  type: 'integer',
  minimum: 1,
  description:
    "How many days back the group's own reflection on staying open to change may be dated and still count.",
} as const;

/**
 * Facts about honesty and openness.
 *
 * @example `honestyFacts.find((f) => f.id === 'ideasAwaitingResponse')?.data // ['summary', 'ageDays', 'problem']`
 */
export const honestyFacts: readonly FactDefinition[] = [
  {
    id: 'influenceStatementMissing',
    type: 'string-list',
    description:
      'Which parts of the statement of what members can influence are missing, in plain words for messages: "what members can influence" (`influence.canInfluence`), "what members cannot influence" (`influence.cannotInfluence`; an empty list says "nothing is off limits"), "a reason for each thing that is fixed" and "when this was shared with the group" (`influence.sharedOn`). Placeholder text ("tbc") counts as missing. Null when nothing real is recorded, or nothing is missing but a part is a placeholder.',
    reads: [
      'influence.canInfluence',
      'influence.cannotInfluence',
      'influence.cannotInfluence[].reason',
      'influence.sharedOn',
    ],
    params: {},
    nullable: true,
    compute: (derived) => {
      const { influence } = derived.project;
      const limits = influence.cannotInfluence;
      let cannot: TextEvidence = 'missing';
      let reasons: TextEvidence = 'present';
      if (limits !== undefined) {
        cannot =
          limits.length === 0 || limits.some((l) => hasText(derived, l.topic))
            ? 'present'
            : 'placeholder';
        for (const limit of limits) {
          const state = textEvidence(derived, limit.reason);
          if (state === 'missing') reasons = 'missing';
          else if (state === 'placeholder' && reasons === 'present') reasons = 'placeholder';
        }
      }
      const parts: [string, TextEvidence][] = [
        [factPhrase('record.influenceCan'), listEvidence(derived, influence.canInfluence)],
        [factPhrase('record.influenceCannot'), cannot],
      ];
      // A reason is asked of each fixed point, so only when some are listed.
      if (limits !== undefined && limits.length > 0) {
        parts.push([factPhrase('record.influenceReasons'), reasons]);
      }
      parts.push([factPhrase('record.influenceShared'), dateEvidence(derived, influence.sharedOn)]);
      return partsMissing(parts);
    },
  },
  {
    id: 'influenceLimitsWithoutReason',
    type: 'number',
    unit: 'limits',
    description:
      'How many things members cannot influence are listed without a reason in real words (a placeholder such as "tbc" counts as none).',
    reads: ['influence.cannotInfluence[].reason'],
    params: {},
    nullable: false,
    compute: (derived) => {
      let count = 0;
      for (const limit of derived.project.influence.cannotInfluence ?? []) {
        if (!hasText(derived, limit.reason)) count++;
      }
      return count;
    },
  },
  ...reviewFacts(
    reasonsReview,
    {
      id: 'decisionsUnexplained',
      scope: 'decision',
      description:
        'Decisions made (not planned) by the organisation or with it, that affect the group, whose reasons the record says were not explained to the group (`rationaleExplained` false). Null when none is flagged but no decision is recorded, or nobody recorded whether the reasons of one were explained (neither `rationaleExplained` nor real `reasons`): `decisionReasonsToRecord` names them.',
      reads: [
        'decisions[].madeBy',
        'decisions[].affectsGroup',
        'decisions[].rationaleExplained',
        'decisions[].reasons',
        'decisions[].status',
        'decisions[].title',
      ],
      data: ['title', 'madeBy'],
    },
    {
      id: 'decisionReasonsToRecord',
      description:
        'What is still to record about explaining decisions to the group, in words: "whether the reasons for "…" were explained to the group" for each decision that does not say, or that no decision is recorded.',
      reads: ['decisions[].rationaleExplained', 'decisions[].reasons', 'decisions[].title'],
    },
  ),
  {
    id: 'recommendationsNotFedBack',
    type: 'findings',
    scope: 'recommendation',
    description:
      'The group\'s recommendations whose answer the record shows has gone wrong: still awaiting an answer more than `answerWithinDays` days after it was made; turned down, or accepted only in part, with no reasons given; or answered more than `feedBackWithinDays` days ago (or on a date not recorded) without the group being told. `problems` lists what is wrong in words; `about` names the decision it fed into and who made it ("for the decision "…", made by Cabinet"), or who it went to. Null when none is flagged but none is recorded, or reasons are only a placeholder: `recommendationsToRecord` says what.',
    reads: [
      'recommendations[].response',
      'recommendations[].madeOn',
      'recommendations[].respondedOn',
      'recommendations[].reasons',
      'recommendations[].groupToldOn',
      'recommendations[].decisionId',
      'recommendations[].madeTo',
      'decisions[].title',
      'decisions[].decidedBy',
    ],
    params: {
      answerWithinDays: {
        type: 'integer',
        minimum: 1,
        description: 'How many days a recommendation may wait for an answer.',
      },
      feedBackWithinDays: {
        type: 'integer',
        minimum: 0,
        description: 'How many days after the answer the group should have been told it.',
      },
    },
    data: ['summary', 'about', 'decision', 'response', 'waitingDays', 'problems'],
    nullable: true,
    compute: (derived, params) => {
      const answer = intParam('recommendationsNotFedBack', params, 'answerWithinDays', 1);
      const feedBack = intParam('recommendationsNotFedBack', params, 'feedBackWithinDays', 0);
      return flaggedOrUnknown(recommendationReview(derived, answer, feedBack));
    },
  },
  {
    id: 'recommendationsToRecord',
    type: 'string-list',
    description:
      'What is still to record about the group\'s recommendations, in words: that none is recorded, or "the reasons given for the answer to "…"" where they are only a placeholder.',
    reads: ['recommendations', 'recommendations[].reasons'],
    params: {},
    nullable: false,
    compute: (derived) => {
      // The parameters change which answers are late, never what is still to record.
      const out: string[] = [];
      if (derived.project.recommendations.length === 0)
        out.push(HONESTY_TO_RECORD.noRecommendations);
      for (const r of derived.project.recommendations) {
        if (r.response !== 'rejected' && r.response !== 'accepted-in-part') continue;
        if (textEvidence(derived, r.reasons) === 'placeholder') {
          out.push(HONESTY_TO_RECORD.recommendationReasons(excerpt(r.summary)));
        }
      }
      return out;
    },
  },
  {
    id: 'membersInManyEngagements',
    type: 'findings',
    scope: 'member',
    description:
      'Active members who take part in at least `threshold` other engagement activities (named in real words), and so risk engagement fatigue. Null when none is flagged and no active member who is not staff has their other engagement recorded (an empty list says "none"; a list of placeholders such as "tbc" says nothing).',
    reads: ['group.members[].otherEngagement', 'group.members[].roles'],
    params: {
      threshold: {
        type: 'integer',
        minimum: 1,
        description: 'How many other engagement activities count as many.',
      },
    },
    data: ['count', 'activities'],
    nullable: true,
    compute: (derived, params) => {
      const threshold = intParam('membersInManyEngagements', params, 'threshold', 1);
      const out: Finding[] = [];
      let recorded = 0;
      for (const m of derived.activeMembers) {
        const listed = m.member.otherEngagement;
        if (listed === undefined) continue;
        // "tbc" in the list names no engagement; a list of only that says nothing.
        const other = realTexts(derived, listed);
        if (listed.length > 0 && other.length === 0) continue;
        if (!m.staffSide) recorded++;
        if (other.length < threshold) continue;
        out.push(
          finding(memberSubject(m), 'flagged', { count: other.length, activities: [...other] }),
        );
      }
      return out.length === 0 && recorded === 0 ? null : frozen(out);
    },
  },
  {
    id: 'relatedEngagementUncoordinated',
    type: 'number',
    unit: 'engagements',
    description:
      'How many related engagement activities do not say how duplication is avoided. Null when none is missing but some say it only with a placeholder ("tbc").',
    reads: ['relatedEngagement[].coordination'],
    params: {},
    nullable: true,
    compute: (derived) => {
      let missing = 0;
      let placeholder = 0;
      for (const e of derived.project.relatedEngagement ?? []) {
        const state = textEvidence(derived, e.coordination);
        if (state === 'missing') missing++;
        else if (state === 'placeholder') placeholder++;
      }
      return missing === 0 && placeholder > 0 ? null : missing;
    },
  },
  {
    id: 'relatedEngagementUncoordinatedTitles',
    type: 'string-list',
    description:
      'The titles of related engagement activities that do not say how duplication is avoided (missing or a placeholder).',
    reads: ['relatedEngagement[].coordination', 'relatedEngagement[].title'],
    params: {},
    nullable: false,
    compute: (derived) =>
      (derived.project.relatedEngagement ?? [])
        .filter((e) => !hasText(derived, e.coordination))
        .map((e) => e.title),
  },
  {
    id: 'ideasLogKept',
    type: 'boolean',
    description:
      "Whether members' ideas are being recorded: true when at least one idea is recorded in real words; false when none is and at least `meetings` activities have already taken place; null when none is and fewer have.",
    reads: ['ideas[].summary', 'activities[].start'],
    params: {
      meetings: {
        type: 'integer',
        minimum: 1,
        description:
          'How many activities may take place before an empty ideas log counts as a gap.',
      },
    },
    nullable: true,
    compute: (derived, params) => {
      const meetings = intParam('ideasLogKept', params, 'meetings', 1);
      if (derived.project.ideas.some((idea) => hasText(derived, idea.summary))) return true;
      return derived.pastActivityCount >= meetings ? false : null;
    },
  },
  {
    id: 'ideasAwaitingResponse',
    type: 'findings',
    scope: 'idea',
    description:
      'Ideas still open more than `days` calendar days after they were raised, and ideas parked or declined without a response in real words ("tbc" is no answer to the person who raised it). `problem` says which, in words. Null when no idea is recorded.',
    reads: ['ideas[].status', 'ideas[].raisedOn', 'ideas[].response', 'ideas[].summary'],
    params: {
      days: {
        type: 'integer',
        minimum: 0,
        description: 'How many days an idea may stay open before the group should respond.',
      },
    },
    data: ['summary', 'ageDays', 'problem'],
    nullable: true,
    compute: (derived, params) => {
      const days = intParam('ideasAwaitingResponse', params, 'days', 0);
      const ideas = derived.project.ideas;
      if (ideas.length === 0) return null;
      const out: Finding[] = [];
      ideas.forEach((idea, i) => {
        const ageDays = daysAgo(derived, idea.raisedOn);
        let problem: string | undefined;
        if (idea.status === 'open') {
          if (ageDays > days) problem = factPhrase('problem.ideaWaiting');
        } else if (
          (idea.status === 'parked' || idea.status === 'declined') &&
          !hasText(derived, idea.response)
        ) {
          problem = factPhrase(
            idea.status === 'parked' ? 'problem.ideaParked' : 'problem.ideaDeclined',
          );
        }
        if (problem === undefined) return;
        const summary = excerpt(idea.summary);
        out.push(
          finding(subject('idea', idea.id, summary, `/ideas/${i}`), 'flagged', {
            summary,
            ageDays,
            problem,
          }),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'openToChangeReflected',
    type: 'boolean',
    description:
      "Whether the group has answered the reflective question honesty.open-to-change itself: true when a reflection on it recorded by members (not staff alone; see `isGroupReflection`) is dated within the last `withinDays` days, and members' ideas are recorded. Null otherwise: `openToChangeToRecord` says what is missing.",
    reads: ['reflections[].questionId', 'reflections[].recordedBy', 'reflections[].date', 'ideas'],
    params: { withinDays: REFLECTION_DAYS_PARAM },
    nullable: true,
    compute: (derived, params) => {
      const days = intParam('openToChangeReflected', params, 'withinDays', 1);
      return openToChangeGaps(derived, days).length === 0 ? true : null;
    },
  },
  {
    id: 'openToChangeToRecord',
    type: 'string-list',
    description:
      "What is still to record before the group's openness to new ideas can be judged, in words: members' ideas (when none is recorded) and the group's own reflection (noting when the recent one was recorded by staff alone).",
    reads: ['reflections[].questionId', 'reflections[].recordedBy', 'reflections[].date', 'ideas'],
    params: { withinDays: REFLECTION_DAYS_PARAM },
    nullable: false,
    compute: (derived, params) =>
      openToChangeGaps(derived, intParam('openToChangeToRecord', params, 'withinDays', 1)),
  },
  {
    id: 'communicationPlanMissing',
    type: 'string-list',
    description:
      'Which parts of the communication plan are missing, in plain words for messages: "how information will be shared during the work" (`communicationPlan.during`), "how information will be shared after the work ends" (`communicationPlan.after`) and "when members were told the plan" (`communicationPlan.membersToldOn`, on or before today). Placeholder text ("tbc") counts as missing. Null when nothing real is recorded, or nothing is missing but a part is a placeholder.',
    reads: [
      'communicationPlan.during',
      'communicationPlan.after',
      'communicationPlan.membersToldOn',
    ],
    params: {},
    nullable: true,
    compute: (derived) => {
      const plan = derived.project.communicationPlan;
      return partsMissing([
        [factPhrase('record.planDuring'), textEvidence(derived, plan.during)],
        [factPhrase('record.planAfter'), textEvidence(derived, plan.after)],
        [factPhrase('record.planTold'), dateEvidence(derived, plan.membersToldOn)],
      ]);
    },
  },
];
