import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/check/compile.js';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, meeting, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(
  staff('m-1', 'Sean (manager)'),
  resident('m-2', 'Dev'),
  resident('m-3', 'Amira'),
  resident('m-4', 'Bernard'),
);
const counted = (a: number, b: number, c: number, d: number) => [
  { memberId: 'm-1', contributions: a },
  { memberId: 'm-2', contributions: b },
  { memberId: 'm-3', contributions: c },
  { memberId: 'm-4', contributions: d },
];
/** Sean and Dev make 30 of 33 contributions. */
const dominated = project({
  group,
  activities: [
    meeting('a-1', '2026-10-20T18:00:00Z', { attendance: counted(12, 6, 1, 1) }),
    meeting('a-2', '2026-11-03T18:00:00Z', { attendance: counted(8, 4, 1, 0) }),
  ],
});

describe('dominant-voices', () => {
  it('flags a group where a few members make most of the contributions', () =>
    testRule(
      'dominant-voices',
      {
        valid: [
          {
            name: 'contributions evenly spread',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-11-03T18:00:00Z', { attendance: counted(5, 5, 5, 5) }),
              ],
            }),
          },
          {
            name: 'dominated, but the limit is 95%',
            project: dominated,
            parameters: { maxShare: 0.95 },
          },
          { name: 'not applicable while planning', project: { ...dominated, stage: 'planning' } },
        ],
        invalid: [{ name: 'two members make 91% of contributions', project: dominated }],
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
        ],
      },
      ruleOptions(),
    ));

  it('names the most active members and their share', async () => {
    const [issue] = await issuesOf('dominant-voices', dominated);
    expect(issue?.message).toBe(
      'Across the last 6 meetings, Sean (manager), Dev made 91% of all contributions.',
    );
    // The names are read for the message and the evidence, not as a condition.
    expect(issue?.evidence.facts.map((f) => [f.fact, f.value])).toEqual([
      ['topContributorShare', 30 / 33],
      ['topContributors', ['Sean (manager)', 'Dev']],
    ]);
  });

  it('decides on the share alone', async () => {
    const rule = builtinRules().get('dominant-voices');
    expect(JSON.stringify(rule?.conditions)).not.toContain('topContributors');
    expect(rule?.facts?.map((f) => f.fact)).toEqual(['topContributors']);
    const [issue] = await issuesOf('dominant-voices', dominated, { topMembers: 1 });
    expect(issue?.message).toContain('Sean (manager) made 61%');
  });
});
