/**
 * Facts for "Shared understanding" and "Before getting started": purpose,
 * remit, outcomes, progress tracking, learning, what co-production means,
 * and whether the group holds the perspectives the work needs.
 *
 * @module
 */
import type { Finding } from '../types.js';
import {
  briefingFindings,
  daysAgo,
  excerpt,
  finding,
  frozen,
  hasItems,
  intParam,
  missingOf,
  subject,
} from './helpers.js';
import type { FactDefinition } from './types.js';

/**
 * Facts about shared understanding and readiness.
 *
 * @example `understandingFacts.map((f) => f.id).includes('purposeMissing') // true`
 */
export const understandingFacts: readonly FactDefinition[] = [
  {
    id: 'purposeMissing',
    type: 'string-list',
    description:
      'Which parts of the purpose are not recorded, in plain words for messages: "what the group is making together" (`purpose.what`) and "why it matters" (`purpose.why`).',
    reads: ['purpose.what', 'purpose.why'],
    params: {},
    nullable: false,
    compute: ({ project: { purpose } }) =>
      missingOf([
        ['what the group is making together', purpose.what !== undefined],
        ['why it matters', purpose.why !== undefined],
      ]),
  },
  {
    id: 'remitMissing',
    type: 'string-list',
    description:
      'Which parts of the remit are missing or empty, in plain words for messages: "the issue being tackled" (`remit.issue`), "what is in scope" (`remit.inScope`) and "what is outside the remit" (`remit.outOfRemit`).',
    reads: ['remit.issue', 'remit.inScope', 'remit.outOfRemit'],
    params: {},
    nullable: false,
    compute: ({ project: { remit } }) =>
      missingOf([
        ['the issue being tackled', remit.issue !== undefined],
        ['what is in scope', hasItems(remit.inScope)],
        ['what is outside the remit', hasItems(remit.outOfRemit)],
      ]),
  },
  {
    id: 'outcomeCount',
    type: 'number',
    unit: 'outcomes',
    description: 'How many outcomes the group has recorded.',
    reads: ['outcomes'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.outcomes.length,
  },
  {
    id: 'outcomesWithoutRecognition',
    type: 'number',
    unit: 'outcomes',
    description:
      'How many outcomes do not say how the group will recognise that they are achieved.',
    reads: ['outcomes[].recognisedBy'],
    params: {},
    nullable: false,
    compute: ({ project }) => {
      let count = 0;
      for (const outcome of project.outcomes) if (outcome.recognisedBy === undefined) count++;
      return count;
    },
  },
  {
    id: 'progressTrackingMissing',
    type: 'string-list',
    description:
      'Which parts of progress tracking are not recorded, in plain words for messages: "how progress will be tracked" (`progressTracking.method`) and "how often progress will be checked" (`progressTracking.cadence`).',
    reads: ['progressTracking.method', 'progressTracking.cadence'],
    params: {},
    nullable: false,
    compute: ({ project: { progressTracking } }) =>
      missingOf([
        ['how progress will be tracked', progressTracking.method !== undefined],
        ['how often progress will be checked', progressTracking.cadence !== undefined],
      ]),
  },
  {
    id: 'progressReviewRecorded',
    type: 'boolean',
    description: 'Whether the date of the last progress review is recorded.',
    reads: ['progressTracking.lastReview'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.progressTracking.lastReview !== undefined,
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
    id: 'learningPlanMissing',
    type: 'string-list',
    description:
      'Which parts of the learning plan are missing or empty, in plain words for messages: "how learning will be captured" (`learningPlan.captureMethod`) and "who learning is shared with" (`learningPlan.shareWith`).',
    reads: ['learningPlan.captureMethod', 'learningPlan.shareWith'],
    params: {},
    nullable: false,
    compute: ({ project: { learningPlan } }) =>
      missingOf([
        ['how learning will be captured', learningPlan.captureMethod !== undefined],
        ['who learning is shared with', hasItems(learningPlan.shareWith)],
      ]),
  },
  {
    id: 'learningCount',
    type: 'number',
    unit: 'entries',
    description: 'How many learning entries the group has captured.',
    reads: ['learning'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.learning.length,
  },
  {
    id: 'learningUnshared',
    type: 'findings',
    scope: 'learning',
    description:
      'Learning entries dated more than `days` calendar days ago that have not been shared with anyone.',
    reads: ['learning[].date', 'learning[].sharedWith', 'learning[].insight'],
    params: {
      days: {
        type: 'integer',
        minimum: 0,
        description: 'How many days a learning entry may go unshared.',
      },
    },
    data: ['insight', 'ageDays'],
    nullable: false,
    compute: (derived, params) => {
      const days = intParam('learningUnshared', params, 'days', 0);
      const out: Finding[] = [];
      derived.project.learning.forEach((entry, i) => {
        if (entry.sharedWith.length > 0) return;
        const ageDays = daysAgo(derived, entry.date);
        if (!(ageDays > days)) return;
        const insight = excerpt(entry.insight);
        out.push(
          finding(subject('learning', entry.id, insight, `/learning/${i}`), 'flagged', {
            insight,
            ageDays,
          }),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'coproductionMeaningMissing',
    type: 'string-list',
    description:
      'Which parts of what co-production means here are missing or empty, in plain words for messages: "what co-production means here" (`coproductionMeaning.definition`), "why co-production was chosen" (`coproductionMeaning.whyChosen`) and "who agreed it" (`coproductionMeaning.agreedBy`).',
    reads: [
      'coproductionMeaning.definition',
      'coproductionMeaning.whyChosen',
      'coproductionMeaning.agreedBy',
    ],
    params: {},
    nullable: false,
    compute: ({ project: { coproductionMeaning } }) =>
      missingOf([
        ['what co-production means here', coproductionMeaning.definition !== undefined],
        ['why co-production was chosen', coproductionMeaning.whyChosen !== undefined],
        ['who agreed it', hasItems(coproductionMeaning.agreedBy)],
      ]),
  },
  {
    id: 'membersNotBriefedOnCoproduction',
    type: 'findings',
    scope: 'member',
    description:
      'Active members not briefed on what co-production means in this project: flagged when recorded as not briefed, needs review when not recorded.',
    reads: [
      'group.members[].briefedOnCoproduction',
      'group.members[].joined',
      'group.members[].left',
    ],
    params: {},
    data: [],
    nullable: false,
    compute: (derived) => briefingFindings(derived, 'briefedOnCoproduction'),
  },
  {
    id: 'requiredPerspectiveCount',
    type: 'number',
    unit: 'perspectives',
    description: 'How many perspectives or experiences the project says the work needs.',
    reads: ['group.requiredPerspectives'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.group.requiredPerspectives.length,
  },
  {
    id: 'uncoveredPerspectives',
    type: 'findings',
    scope: 'perspective',
    description: 'Required perspectives that no active member brings.',
    reads: [
      'group.requiredPerspectives',
      'group.members[].perspectives',
      'group.members[].joined',
      'group.members[].left',
    ],
    params: {},
    data: ['perspective'],
    nullable: false,
    compute: (derived) => {
      const required = derived.project.group.requiredPerspectives;
      if (required.length === 0) return frozen([]);
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
    id: 'activeMemberCount',
    type: 'number',
    unit: 'members',
    description:
      'How many members are active today: joined on or before today (or no date) and not left.',
    reads: ['group.members[].joined', 'group.members[].left'],
    params: {},
    nullable: false,
    compute: (derived) => derived.activeMembers.length,
  },
];
