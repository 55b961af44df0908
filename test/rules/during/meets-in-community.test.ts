import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, meeting, project, ruleOptions } from '../helpers.js';

const townHall = { name: 'Town Hall', setting: 'organisation-premises' } as const;
const library = { name: 'Ferndale Library', setting: 'community' } as const;
const dates = ['2026-09-15', '2026-09-29', '2026-10-13', '2026-10-27', '2026-11-10'];
const at = (
  venues: ({ name: string; setting: 'organisation-premises' | 'community' } | undefined)[],
) =>
  venues.map((venue, i) =>
    meeting(`a-${i + 1}`, `${dates[i]}T18:00:00Z`, venue === undefined ? {} : { venue }),
  );

const allAtTheTownHall = project({ activities: at([townHall, townHall, townHall, townHall]) });

describe('meets-in-community', () => {
  it("flags a group that mostly meets on the organisation's premises, on enough evidence", () =>
    testRule(
      'meets-in-community',
      {
        valid: [
          {
            name: 'half in the community',
            project: project({ activities: at([townHall, library, townHall, library]) }),
          },
          {
            name: 'all at the town hall, with no limit',
            project: allAtTheTownHall,
            parameters: { maxShareOnPremises: 1 },
          },
          {
            name: 'online sessions do not count against the group',
            project: project({
              activities: [
                ...at([library, library, townHall]),
                meeting('a-9', '2026-11-17T18:00:00Z', { kind: 'online' }),
              ],
            }),
          },
        ],
        invalid: [
          {
            name: 'every meeting at the town hall',
            project: allAtTheTownHall,
            message:
              "Of the 4 activities the group held in person within about 6 months with a venue recorded, 4 were on the organisation's own premises.",
          },
        ],
        needsReview: [
          {
            name: 'nothing recorded (bare project)',
            project: project(),
            message:
              'We cannot yet tell where the group usually meets: no in-person activity has a venue recorded within about 6 months, and we need at least 3 and most of them.',
          },
          {
            name: 'no venues recorded',
            project: project({ activities: at([undefined, undefined]) }),
          },
          {
            name: 'two meetings are too few',
            project: project({ activities: at([townHall, townHall]) }),
          },
          {
            name: 'venue unknown for most meetings',
            project: project({
              activities: at([townHall, townHall, undefined, undefined, undefined]),
            }),
            parameters: { minActivities: 1 },
          },
        ],
      },
      ruleOptions(),
    ));

  it('cites the sharing-power question, with a next step', async () => {
    const [issue] = await issuesOf('meets-in-community', allAtTheTownHall);
    expect(issue?.questionIds).toEqual(['enablers.sharing-power']);
    expect(issue?.action).toMatch(/where people already gather/);
  });
});
