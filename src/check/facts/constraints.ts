/**
 * Facts about what is realistic within practical constraints: timeframe,
 * milestones and resources.
 *
 * @module
 */
import type { Finding } from '../types.js';
import { daysAgo, finding, frozen, intParam, missingOf, subject } from './helpers.js';
import type { FactDefinition } from './types.js';

/**
 * Facts about timeframes, milestones and resources.
 *
 * @example `constraintFacts.map((f) => f.id) // ['overdueMilestones', ...]`
 */
export const constraintFacts: readonly FactDefinition[] = [
  {
    id: 'overdueMilestones',
    type: 'findings',
    scope: 'milestone',
    description:
      'Milestones not done whose due date is more than `graceDays` calendar days before today. `daysOverdue` counts from the due date.',
    reads: ['timeframe.milestones[].due', 'timeframe.milestones[].done'],
    params: {
      graceDays: {
        type: 'integer',
        minimum: 0,
        description:
          'How many days past its due date a milestone may be before it counts as overdue.',
      },
    },
    data: ['title', 'due', 'daysOverdue'],
    nullable: false,
    compute: (derived, params) => {
      const graceDays = intParam('overdueMilestones', params, 'graceDays', 0);
      const out: Finding[] = [];
      derived.project.timeframe.milestones.forEach((ms, i) => {
        if (ms.done !== undefined) return;
        const daysOverdue = daysAgo(derived, ms.due);
        if (!(daysOverdue > graceDays)) return;
        out.push(
          finding(subject('milestone', ms.id, ms.title, `/timeframe/milestones/${i}`), 'flagged', {
            title: ms.title,
            due: ms.due,
            daysOverdue,
          }),
        );
      });
      return frozen(out);
    },
  },
  {
    id: 'milestoneCount',
    type: 'number',
    unit: 'milestones',
    description: 'How many milestones the timeframe has.',
    reads: ['timeframe.milestones'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.timeframe.milestones.length,
  },
  {
    id: 'timeframeMissing',
    type: 'string-list',
    description:
      'Which parts of the timeframe are missing, in plain words for messages: "a start date" (`timeframe.start`), "an end date" (`timeframe.end`) and "milestones" (when there are none).',
    reads: ['timeframe.start', 'timeframe.end', 'timeframe.milestones'],
    params: {},
    nullable: false,
    compute: ({ project: { timeframe } }) =>
      missingOf([
        ['a start date', timeframe.start !== undefined],
        ['an end date', timeframe.end !== undefined],
        ['milestones', timeframe.milestones.length > 0],
      ]),
  },
  {
    id: 'resourcesMissing',
    type: 'string-list',
    description:
      'Which parts of the resources are not recorded, in plain words for messages: "a budget" (`resources.budgetGbp`), "staff hours" (`resources.staffHoursPerWeek`) and "whether the time and money are set aside for this work" (`resources.dedicated`).',
    reads: ['resources.budgetGbp', 'resources.staffHoursPerWeek', 'resources.dedicated'],
    params: {},
    nullable: false,
    compute: ({ project: { resources } }) =>
      missingOf([
        ['a budget', resources.budgetGbp !== undefined],
        ['staff hours', resources.staffHoursPerWeek !== undefined],
        [
          'whether the time and money are set aside for this work',
          resources.dedicated !== undefined,
        ],
      ]),
  },
  {
    id: 'resourcesDedicated',
    type: 'boolean',
    description:
      'Whether the time and money are set aside for this work rather than borrowed. Null when not recorded.',
    reads: ['resources.dedicated'],
    params: {},
    nullable: true,
    compute: ({ project }) => project.resources.dedicated ?? null,
  },
];
