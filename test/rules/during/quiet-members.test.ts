import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, meeting, project, resident, staff } from '../helpers.js';
import { onlyOptions, run } from './participation-support.js';

const group = groupOf(
  staff('m-1', 'Sam (officer)'),
  resident('m-2', 'Amira'),
  resident('m-3', 'Dev'),
  resident('m-4', 'Priya'),
);
const DAYS = ['2026-10-06', '2026-10-20', '2026-11-03'];

/** Three meetings where each member makes the contributions given. */
function meetings(amira: (number | undefined)[], others = [6, 5, 4]) {
  return project({
    group,
    activities: DAYS.map((day, k) =>
      meeting(`a-${k + 1}`, `${day}T18:00:00Z`, {
        attendance: [
          { memberId: 'm-1', contributions: others[0] },
          amira[k] === undefined
            ? { memberId: 'm-2' }
            : { memberId: 'm-2', contributions: amira[k] },
          { memberId: 'm-3', contributions: others[1] },
          { memberId: 'm-4', contributions: others[2] },
        ],
      }),
    ),
  });
}

/** Amira came three times and spoke once, while others typically made 5 a meeting. */
const amiraQuiet = meetings([0, 1, 0]);

describe('quiet-members', () => {
  it('flags members much quieter than the rest of their group', () =>
    testRule(
      'quiet-members',
      {
        valid: [
          { name: 'Amira spoke about as much as the others', project: meetings([4, 3, 5]) },
          {
            name: 'a group where everyone speaks little is not a quiet member',
            project: meetings([0, 1, 0], [1, 1, 1]),
          },
          {
            name: 'quiet for three meetings, with the threshold raised to four',
            project: amiraQuiet,
            parameters: { quietMeetings: 4 },
          },
          {
            name: 'not applicable while planning',
            project: { ...amiraQuiet, stage: 'planning' },
            notApplicable: true,
          },
        ],
        invalid: [{ name: 'Amira far below the group', project: amiraQuiet, subjects: ['m-2'] }],
        needsReview: [
          {
            name: 'contributions never counted',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-11-03T18:00:00Z', {
                  attendance: [{ memberId: 'm-1' }, { memberId: 'm-2' }],
                }),
              ],
            }),
          },
          {
            name: 'counted for others but not for Amira',
            project: meetings([undefined, 0, undefined]),
          },
          { name: 'no members and no meetings', project: project() },
        ],
      },
      onlyOptions('quiet-members'),
    ));

  it('names the member, in counts, against the group’s own pattern, with a next step', async () => {
    const { outcome, issues } = await run('quiet-members', amiraQuiet);
    expect(outcome).toBe('flagged');
    expect(issues.map((i) => i.message)).toEqual([
      'Amira made 1 contribution across the last 3 meetings they came to, while others in the group typically make about 5 in a meeting. Ask them, kindly and privately, what would make it easier to take part.',
    ]);
    expect(issues[0]?.action).toContain('anyone who has gone quiet');
  });

  it('names an unmet access need as the likely first step', async () => {
    const withNeed = {
      ...amiraQuiet,
      group: groupOf(
        staff('m-1', 'Sam (officer)'),
        resident('m-2', 'Amira', {
          accessNeeds: [
            {
              need: 'A hearing loop, so I can follow the discussion.',
              requires: ['hearing-loop'],
              met: false,
            },
          ],
        }),
        resident('m-3', 'Dev'),
        resident('m-4', 'Priya'),
      ),
    };
    const { issues } = await run('quiet-members', withNeed);
    expect(issues.map((i) => i.message)).toEqual([
      'Amira made 1 contribution across the last 3 meetings they came to, while others in the group typically make about 5 in a meeting. They have an access need the group has not yet met: “A hearing loop, so I can follow the discussion”. Meeting it may be the first step.',
    ]);
  });

  it('asks for counts when they are missing, without naming a project as a person', async () => {
    const { outcome, issues } = await run(
      'quiet-members',
      project({ group, activities: [meeting('a-1', '2026-11-03T18:00:00Z')] }),
    );
    expect(outcome).toBe('needs-review');
    expect(issues[0]?.message).toBe(
      'Contributions were not counted for everyone at the recent meetings this check looks at, so we cannot tell whether each person is able to take part.',
    );
    // Not "check in with anyone who has gone quiet": nobody is known to have.
    expect(issues[0]?.action).toBe(
      'Keep a tally of the contributions of everyone who comes to each meeting (a simple tick sheet will do), and record it with the meeting.',
    );
  });
});
