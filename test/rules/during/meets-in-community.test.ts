import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, meeting, project, ruleOptions } from '../helpers.js';

const townHall = { name: 'Town Hall', setting: 'organisation-premises' } as const;
const library = { name: 'Ferndale Library', setting: 'community' } as const;
const allAtTheTownHall = project({
  activities: [
    meeting('a-1', '2026-10-20T18:00:00Z', { venue: townHall }),
    meeting('a-2', '2026-11-03T18:00:00Z', { venue: townHall }),
  ],
});

describe('meets-in-community', () => {
  it("flags a group that mostly meets on the organisation's premises", () =>
    testRule(
      'meets-in-community',
      {
        valid: [
          {
            name: 'half in the community',
            project: project({
              activities: [
                meeting('a-1', '2026-10-20T18:00:00Z', { venue: townHall }),
                meeting('a-2', '2026-11-03T18:00:00Z', { venue: library }),
              ],
            }),
          },
          {
            name: 'all at the town hall, with no limit',
            project: allAtTheTownHall,
            parameters: { maxShareOnPremises: 1 },
          },
        ],
        invalid: [{ name: 'every meeting at the town hall', project: allAtTheTownHall }],
        needsReview: [
          {
            name: 'no venues recorded',
            project: project({ activities: [meeting('a-1', '2026-11-03T18:00:00Z')] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives the share on the premises', async () => {
    const [issue] = await issuesOf('meets-in-community', allAtTheTownHall);
    expect(issue?.message).toBe(
      "Of the group's activities in the last 180 days whose venue is recorded, 100% were held on the organisation's own premises.",
    );
  });
});
