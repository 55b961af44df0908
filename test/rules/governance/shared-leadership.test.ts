import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, meeting, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(staff('m-1', 'Sean (manager)'), resident('m-2', 'Grace'));
const staffLed = project({
  group,
  activities: [
    meeting('a-1', '2026-10-20T18:00:00Z', { chairedBy: ['m-1'] }),
    meeting('a-2', '2026-11-03T18:00:00Z', { chairedBy: ['m-1'], facilitatedBy: ['m-1'] }),
    meeting('a-3', '2026-11-10T18:00:00Z'),
  ],
});

describe('shared-leadership', () => {
  it('flags a group whose recent activities are nearly all led by staff', () =>
    testRule(
      'shared-leadership',
      {
        valid: [
          {
            name: 'Grace co-chairs one meeting in two',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-10-20T18:00:00Z', { chairedBy: ['m-1'] }),
                meeting('a-2', '2026-11-03T18:00:00Z', { chairedBy: ['m-1', 'm-2'] }),
              ],
            }),
          },
          {
            name: 'staff-led, with no minimum',
            project: staffLed,
            parameters: { minShareLedByCommunity: 0 },
          },
        ],
        invalid: [{ name: 'Sean leads every meeting', project: staffLed }],
        needsReview: [
          {
            name: 'nobody recorded who led',
            project: project({ group, activities: [meeting('a-1', '2026-11-03T18:00:00Z')] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives the share led by community members', async () => {
    const [issue] = await issuesOf('shared-leadership', staffLed);
    expect(issue?.message).toBe(
      "Community members chaired or facilitated only 0% of the group's activities in the last 180 days.",
    );
  });
});
