import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import {
  groupOf,
  issuesOf,
  meeting,
  project,
  resident,
  ruleOptions,
  type VenueInput,
} from '../helpers.js';

const group = groupOf(
  resident('m-1', 'Grace', {
    accessNeeds: [{ need: 'Step-free access', requires: ['step-free'], met: true }],
  }),
  resident('m-2', 'Dev'),
);
const library: VenueInput = {
  name: 'Ferndale Library',
  setting: 'community',
  features: ['step-free', 'hearing-loop'],
};
const upstairs: VenueInput = {
  name: 'Civic Centre room 4',
  setting: 'organisation-premises',
  features: ['hearing-loop'],
};
const stepsInTheWay = project({
  group,
  activities: [
    meeting('a-1', '2026-10-20T18:00:00Z', {
      venue: upstairs,
      attendance: [{ memberId: 'm-1' }, { memberId: 'm-2' }],
    }),
    meeting('a-2', '2026-11-03T18:00:00Z', { venue: library, attendance: [{ memberId: 'm-1' }] }),
    meeting('a-3', '2026-11-10T18:00:00Z', { venue: upstairs, attendance: [{ memberId: 'm-2' }] }),
  ],
});

describe('accessible-venues', () => {
  it('flags recent activities that lacked a feature an expected member needs', () =>
    testRule(
      'accessible-venues',
      {
        valid: [
          {
            name: 'Grace only came to the library',
            project: project({ group, activities: stepsInTheWay.activities?.slice(1) ?? [] }),
          },
          {
            name: 'the civic centre meeting is older than a 14-day window',
            project: stepsInTheWay,
            parameters: { recentDays: 14 },
          },
        ],
        invalid: [
          { name: 'Grace was expected upstairs', project: stepsInTheWay, subjects: ['a-1'] },
          {
            name: 'attendance not recorded, so every active member counts',
            project: project({
              group,
              activities: [meeting('a-4', '2026-11-10T18:00:00Z', { venue: upstairs })],
            }),
            subjects: ['a-4'],
          },
        ],
        needsReview: [
          {
            name: "the venue's features are not recorded",
            project: project({
              group,
              activities: [
                meeting('a-5', '2026-11-10T18:00:00Z', {
                  venue: { name: 'Church hall', setting: 'community' },
                  attendance: [{ memberId: 'm-1' }],
                }),
              ],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the activity, the missing feature and how many members it affects', async () => {
    const [issue] = await issuesOf('accessible-venues', stepsInTheWay);
    expect(issue?.message).toBe(
      'The activity "Meeting a-1" did not have everything members need to take part: step-free access (members affected: 1).',
    );
  });
});
