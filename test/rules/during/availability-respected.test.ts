import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, meeting, project, resident, ruleOptions } from '../helpers.js';

const group = groupOf(
  resident('m-1', 'Member T', { availability: { days: ['sat'], dayParts: ['morning'] } }),
  resident('m-2', 'Grace'),
);
/** Monday 16 and Tuesday 10 November 2026, at 10:00 in London. */
const weekdayMornings = project({
  group,
  activities: [meeting('a-1', '2026-11-10T10:00:00Z'), meeting('a-2', '2026-11-16T10:00:00Z')],
});

describe('availability-respected', () => {
  it('flags members for whom none of the recent activities fell at a time they can come', () =>
    testRule(
      'availability-respected',
      {
        valid: [
          {
            name: 'one activity on a Saturday morning',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-11-10T10:00:00Z'),
                meeting('a-2', '2026-11-14T10:00:00Z'),
              ],
            }),
          },
          { name: 'no activities yet', project: project({ group }) },
        ],
        invalid: [{ name: 'weekday mornings only', project: weekdayMornings, subjects: ['m-1'] }],
      },
      ruleOptions(),
    ));

  it('repeats the times the member gave', async () => {
    const [issue] = await issuesOf('availability-respected', weekdayMornings);
    expect(issue?.message).toBe(
      'None of the last 5 activities fell at a time Member T said they can come (days: Saturday; times of day: morning).',
    );
  });
});
