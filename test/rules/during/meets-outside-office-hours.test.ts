import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { type ActivityInput, issuesOf, meeting, project, ruleOptions } from '../helpers.js';

/** `count` weekly meetings on Tuesdays at `hourUtc` UTC, the last on 17 November 2026. */
function tuesdays(count: number, hourUtc: number, from = 0): ActivityInput[] {
  return Array.from({ length: count }, (_, i) =>
    meeting(
      `a-${from + i + 1}`,
      new Date(Date.UTC(2026, 10, 17, hourUtc) - (count - 1 - i) * 7 * 86_400_000).toISOString(),
    ),
  );
}
const byStart = (list: ActivityInput[]) => list.sort((a, b) => a.start.localeCompare(b.start));

/** Tuesday mornings in autumn: 10:00 in London. */
const officeHoursOnly = project({ activities: tuesdays(5, 10) });

describe('meets-outside-office-hours', () => {
  it('flags a group that nearly always meets in office hours, judged in the project time zone', () =>
    testRule(
      'meets-outside-office-hours',
      {
        valid: [
          {
            name: 'two evening meetings in five',
            project: project({ activities: byStart([...tuesdays(3, 10), ...tuesdays(2, 19, 3)]) }),
          },
          {
            name: 'July meetings at 16:30 UTC are 17:30 in London, after office hours',
            project: project({
              activities: [
                meeting('a-1', '2026-07-07T16:30:00Z'),
                meeting('a-2', '2026-07-14T16:30:00Z'),
                meeting('a-3', '2026-07-21T16:30:00Z'),
                meeting('a-4', '2026-07-28T16:30:00Z'),
              ],
            }),
          },
          {
            name: 'Tuesdays are not office days here',
            project: officeHoursOnly,
            parameters: { officeDays: ['mon', 'wed', 'thu', 'fri'] },
          },
        ],
        invalid: [
          {
            name: 'Tuesday mornings only',
            project: officeHoursOnly,
            message:
              'Only 0% of the 5 activities within about 6 months started outside office hours (9am to 5pm on working days).',
          },
          {
            name: 'July meetings at 07:30 UTC are 08:30 in London, after an 08:00 start',
            project: project({
              activities: [
                meeting('a-1', '2026-07-07T07:30:00Z'),
                meeting('a-2', '2026-07-14T07:30:00Z'),
                meeting('a-3', '2026-07-21T07:30:00Z'),
                meeting('a-4', '2026-07-28T07:30:00Z'),
              ],
            }),
            parameters: { officeStart: '08:00' },
          },
        ],
        needsReview: [
          {
            name: 'no activities in the last 180 days',
            project: project({ activities: [meeting('a-1', '2026-03-03T18:00:00Z')] }),
            message:
              'Fewer than 4 activities are recorded within about 6 months, too few to say whether the group meets at times that suit people who work or care during the day.',
            action:
              'Record each activity with its date and start time as it happens, and ask members which times suit them.',
          },
          {
            name: 'two meetings are too few to state a share',
            project: project({ activities: tuesdays(2, 10) }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('states a share only from the minimum sample, which a council can set', async () => {
    const two = project({ activities: tuesdays(2, 10) });
    expect(await issuesOf('meets-outside-office-hours', two, { minActivities: 2 })).toMatchObject([
      {
        outcome: 'flagged',
        message:
          'Only 0% of the 2 activities within about 6 months started outside office hours (9am to 5pm on working days).',
      },
    ]);
  });
});
