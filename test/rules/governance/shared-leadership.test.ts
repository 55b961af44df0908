import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, meeting, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(
  staff('m-1', 'Sean (manager)'),
  resident('m-2', 'Grace'),
  staff('m-3', 'Lou'),
);
const dates = ['2026-09-15', '2026-09-29', '2026-10-13', '2026-10-27', '2026-11-10'];
const led = (leaders: (string[] | undefined)[]) =>
  leaders.map((chairedBy, i) =>
    meeting(`a-${i + 1}`, `${dates[i]}T18:00:00Z`, chairedBy === undefined ? {} : { chairedBy }),
  );

const staffLed = project({
  group,
  activities: led([['m-1'], ['m-1'], ['m-3'], ['m-1', 'm-2'], ['m-1']]),
});

describe('shared-leadership', () => {
  it('flags a group whose recent activities are nearly all led by staff, on enough evidence', () =>
    testRule(
      'shared-leadership',
      {
        valid: [
          {
            name: 'Grace co-chairs one meeting in two',
            project: project({
              group,
              activities: led([['m-1'], ['m-1', 'm-2'], ['m-1'], ['m-2']]),
            }),
          },
          {
            name: 'staff-led, with no minimum',
            project: staffLed,
            parameters: { minShareLedByCommunity: 0 },
          },
        ],
        invalid: [
          {
            name: 'Sean and Lou lead four meetings in five',
            project: staffLed,
            message:
              'Of the 5 activities within about 6 months that record who chaired or facilitated them, members of the community led 1; the others were led by Sean (manager, staff) and Lou (staff).',
          },
        ],
        needsReview: [
          {
            name: 'nothing recorded (bare project)',
            project: project(),
            message:
              "We cannot yet tell who leads the group's activities: no activity records a chair or facilitator within about 6 months, and we need at least 3 and most of them.",
          },
          {
            name: 'nobody recorded who led',
            project: project({ group, activities: led([undefined, undefined, undefined]) }),
          },
          {
            name: 'two meetings are too few to judge',
            project: project({ group, activities: led([['m-1'], ['m-1']]) }),
          },
          {
            name: 'leaders unknown for most meetings',
            project: project({
              group,
              activities: led([['m-1'], ['m-1'], undefined, undefined, undefined]),
            }),
            parameters: { minActivities: 1 },
          },
        ],
      },
      ruleOptions(),
    ));

  it('tags the leadership and sharing-power questions', async () => {
    const [issue] = await issuesOf('shared-leadership', staffLed);
    expect(issue?.questionIds).toEqual([
      'governance.leadership-assumptions',
      'enablers.sharing-power',
    ]);
    expect(issue?.action).toMatch(/co-chairing/);
  });
});
