import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, meeting, project, ruleOptions } from '../helpers.js';

/** Tuesday mornings in November: 10:00 in London. */
const officeHoursOnly = project({
  activities: [meeting('a-1', '2026-11-03T10:00:00Z'), meeting('a-2', '2026-11-10T10:00:00Z')],
});

describe('meets-outside-office-hours', () => {
  it('flags a group that nearly always meets in office hours', () =>
    testRule(
      'meets-outside-office-hours',
      {
        valid: [
          {
            name: 'one evening meeting in two',
            project: project({
              activities: [
                meeting('a-1', '2026-11-03T10:00:00Z'),
                meeting('a-2', '2026-11-10T18:30:00Z'),
              ],
            }),
          },
          {
            name: 'a July meeting at 16:30 UTC is 17:30 in London, after office hours',
            project: project({ activities: [meeting('a-1', '2026-07-07T16:30:00Z')] }),
          },
          {
            name: 'Tuesdays are not office days here',
            project: officeHoursOnly,
            parameters: { officeDays: ['mon', 'wed', 'thu', 'fri'] },
          },
        ],
        invalid: [
          { name: 'Tuesday mornings only', project: officeHoursOnly },
          {
            name: 'a July meeting at 07:30 UTC is 08:30 in London, but office hours start at 08:00',
            project: project({ activities: [meeting('a-1', '2026-07-07T07:30:00Z')] }),
            parameters: { officeStart: '08:00' },
          },
        ],
        needsReview: [
          {
            name: 'no activities in the last 180 days',
            project: project({ activities: [meeting('a-1', '2026-03-03T18:00:00Z')] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives the share and the office hours', async () => {
    const [issue] = await issuesOf('meets-outside-office-hours', officeHoursOnly);
    expect(issue?.message).toBe(
      "Only 0% of the group's activities in the last 180 days were outside office hours (09:00 to 17:00 on working days).",
    );
  });
});
