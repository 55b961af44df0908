import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/check/compile.js';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, meeting, project, resident, staff } from '../helpers.js';
import { onlyOptions, run } from './participation-support.js';

const DAYS = ['2026-10-20', '2026-10-27', '2026-11-03', '2026-11-10'];

/** A group whose members make the same contributions at each of `days` meetings. */
function groupContributing(counts: number[], days = DAYS) {
  const members = counts.map((_, i) =>
    i === 0 ? staff('m-1', 'Sean (manager)') : resident(`m-${i + 1}`, `Member ${i + 1}`),
  );
  if (members.length > 1) members[1] = resident('m-2', 'Dev');
  return project({
    group: groupOf(...members),
    activities: days.map((day, k) =>
      meeting(`a-${k}`, `${day}T18:00:00Z`, {
        attendance: counts.map((contributions, i) => ({ memberId: `m-${i + 1}`, contributions })),
      }),
    ),
  });
}

/** A group of 4 contributing 6, 5, 5 and 4: the natural spread of a small group. */
const evenSmall = groupContributing([6, 5, 5, 4]);
/** Sean and Dev do most of the talking in a group of 10. */
const dominatedTen = groupContributing([20, 15, 2, 2, 2, 2, 2, 1, 1, 1]);

describe('dominant-voices', () => {
  it('judges the balance against the size of the group', () =>
    testRule(
      'dominant-voices',
      {
        valid: [
          { name: 'a group of 4 contributing 6, 5, 5 and 4', project: evenSmall },
          {
            name: 'dominated, but the limit is raised',
            project: dominatedTen,
            parameters: { maxExcess: 0.9 },
          },
          {
            name: 'not applicable while planning',
            project: { ...dominatedTen, stage: 'planning' },
            notApplicable: true,
          },
        ],
        invalid: [
          { name: 'a dominant pair in a group of 10', project: dominatedTen },
          { name: 'a dominant pair in a group of 4', project: groupContributing([20, 10, 2, 1]) },
        ],
        needsReview: [
          {
            name: 'contributions never counted',
            project: project({
              group: groupOf(resident('m-1', 'Amira'), resident('m-2', 'Dev')),
              activities: [
                meeting('a-1', '2026-11-03T18:00:00Z', {
                  attendance: [{ memberId: 'm-1' }, { memberId: 'm-2' }],
                }),
              ],
            }),
          },
          {
            name: 'only two meetings counted: too few to state a share',
            project: groupContributing([20, 15, 2, 2, 2, 2, 2, 1, 1, 1], DAYS.slice(0, 2)),
          },
          { name: 'only two people counted', project: groupContributing([20, 1]) },
          { name: 'no members and no meetings', project: project() },
        ],
      },
      onlyOptions('dominant-voices'),
    ));

  it('names the members, their share and the even share for a group that size', async () => {
    const { outcome, issues } = await run('dominant-voices', dominatedTen);
    expect(outcome).toBe('flagged');
    expect(issues.map((i) => i.message)).toEqual([
      'Across the last 4 meetings where contributions were counted, Sean (manager) and Dev made 73% of them. With 10 people taking part, an even share would have been 20%.',
    ]);
  });

  it('passes the 6/5/5/4 group on evidence, and says counts, not shares, when there is too little', async () => {
    expect((await run('dominant-voices', evenSmall)).outcome).toBe('passed');
    const { outcome, issues } = await run(
      'dominant-voices',
      groupContributing([20, 1, 1, 1], DAYS.slice(0, 2)),
    );
    expect(outcome).toBe('needs-review');
    expect(issues[0]?.message).toBe(
      'There is not yet enough to judge whether a few voices are doing most of the talking: contributions have been counted at 2 meetings recently, for 4 people. This check looks for at least 3 meetings with 3 or more people counted.',
    );
    // Not "share the pattern with the group": there is no pattern yet.
    expect(issues[0]?.action).toBe(
      "Keep a tally of each person's contributions at every meeting (a simple tick sheet will do), and record it with the meeting.",
    );
    expect(issues[0]?.message).not.toMatch(/%/);
  });

  it('decides on the names alone; the shares and counts are read for the message', () => {
    const rule = builtinRules().get('dominant-voices');
    expect(JSON.stringify(rule?.conditions)).toContain('dominantVoices');
    expect(rule?.facts?.map((f) => f.fact)).toEqual([
      'dominantVoicesShare',
      'dominantVoicesEvenShare',
      'contributionMeetingCount',
      'contributionPeopleCount',
    ]);
    expect(rule?.questions).toEqual(['during.everyone-contributes']);
  });
});
