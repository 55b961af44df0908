import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check/evaluate.js';
import { testRule } from '../../../src/check/test-rule.js';
import { parseProject } from '../../../src/model/parse.js';
import {
  type ActivityInput,
  allRuleSet,
  groupOf,
  issuesOf,
  meeting,
  NOW,
  project,
  resident,
  ruleOptions,
  type VenueInput,
} from '../helpers.js';

const grace = resident('m-1', 'Grace', {
  accessNeeds: [{ need: 'Step-free access', requires: ['step-free'], met: true }],
});
const dev = resident('m-2', 'Dev', { accessNeeds: 'none' });
/** Hard of hearing: a loop in rooms, captions online. */
const bernard = resident('m-3', 'Bernard', {
  accessNeeds: [
    {
      need: 'I am hard of hearing',
      bySetting: { inPerson: ['hearing-loop'], online: ['captions'] },
      met: true,
    },
  ],
});
const group = groupOf(grace, dev, bernard);
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
const videoCall: VenueInput = { name: 'Video call', setting: 'online' };
const everyone = [{ memberId: 'm-1' }, { memberId: 'm-2' }, { memberId: 'm-3' }];

const stepsInTheWay = project({
  group,
  activities: [
    meeting('a-1', '2026-10-20T18:00:00Z', {
      venue: upstairs,
      supportArranged: [],
      attendance: everyone,
    }),
    meeting('a-2', '2026-11-03T18:00:00Z', {
      venue: library,
      supportArranged: [],
      attendance: everyone,
    }),
    meeting('a-3', '2026-11-10T18:00:00Z', {
      venue: upstairs,
      supportArranged: [],
      attendance: [{ memberId: 'm-2' }],
    }),
  ],
});

/** Eleven fortnightly meetings upstairs, where there is no step-free access: 2 July to 19 November. */
const elevenMeetings: ActivityInput[] = Array.from({ length: 11 }, (_, i) =>
  meeting(`a-${i + 1}`, new Date(Date.UTC(2026, 6, 2, 17) + i * 14 * 86_400_000).toISOString(), {
    title: 'Monthly meeting',
    venue: upstairs,
    supportArranged: [],
    attendance: everyone,
  }),
);

async function outcome(input: Parameters<typeof parseProject>[0]): Promise<string | undefined> {
  const report = await check(parseProject(input), { rules: allRuleSet(), now: NOW });
  return report.outcomes.find((o) => o.ruleId === 'accessible-venues')?.outcome;
}

describe('accessible-venues', () => {
  it('checks each member’s needs against the activities they came to, in the way they joined', () =>
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
          {
            name: 'online with captions: no hearing loop or step-free access asked for',
            project: project({
              group,
              activities: [
                meeting('a-4', '2026-11-10T18:00:00Z', {
                  kind: 'online',
                  venue: videoCall,
                  supportArranged: ['captions'],
                  attendance: everyone,
                }),
              ],
            }),
          },
          {
            name: 'hybrid: the loop is missing in the room, but captions are there online',
            project: project({
              group: groupOf(bernard),
              activities: [
                meeting('a-5', '2026-11-10T18:00:00Z', {
                  format: 'hybrid',
                  venue: { ...library, features: ['step-free'] },
                  supportArranged: ['captions'],
                  attendance: [{ memberId: 'm-3' }],
                }),
              ],
            }),
          },
        ],
        invalid: [
          {
            name: 'Grace was expected upstairs',
            project: stepsInTheWay,
            subjects: ['m-1'],
            message:
              'Grace needs step-free access in order to take part, and this was not in place at 1 activity they came to or were expected at: Meeting a-1 on 20 October 2026.',
          },
          {
            name: 'online without captions, for a member who needs them online',
            project: project({
              group,
              activities: [
                meeting('a-6', '2026-11-10T18:00:00Z', {
                  kind: 'online',
                  venue: videoCall,
                  supportArranged: [],
                  attendance: everyone,
                }),
              ],
            }),
            subjects: ['m-3'],
            message: /^Bernard needs captions in order to take part/,
          },
          {
            name: 'attendance not recorded, so every active member counts',
            project: project({
              group,
              activities: [
                meeting('a-7', '2026-11-10T18:00:00Z', { venue: upstairs, supportArranged: [] }),
              ],
            }),
            subjects: ['m-1'],
          },
        ],
        needsReview: [
          {
            name: "the venue's features are not recorded",
            project: project({
              group,
              activities: [
                meeting('a-8', '2026-11-10T18:00:00Z', {
                  title: 'Open meeting',
                  venue: { name: 'Church hall', setting: 'community' },
                  attendance: [{ memberId: 'm-1' }],
                }),
              ],
            }),
            message:
              'We cannot tell yet whether recent activities had what members need in order to take part. Still to record: whether Open meeting on 10 November 2026 had step-free access, which Grace needs. For each activity, note what the place has and what support was arranged.',
          },
          {
            name: 'the support arranged online is not recorded',
            project: project({
              group,
              activities: [
                meeting('a-9', '2026-11-10T18:00:00Z', {
                  kind: 'online',
                  venue: videoCall,
                  attendance: everyone,
                }),
              ],
            }),
            message:
              /Still to record: whether Meeting a-9 on 10 November 2026 had captions, which Bernard needs\./,
          },
        ],
      },
      ruleOptions(),
    ));

  it('reports one unmet need at eleven meetings once, listing the meetings by title and date', async () => {
    const issues = await issuesOf(
      'accessible-venues',
      project({ group, activities: elevenMeetings }),
      { recentDays: 365 },
    );
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue?.subject.label).toBe('Grace');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toBe(
      'Grace needs step-free access in order to take part, and this was not in place at 11 activities they came to or were expected at: Monthly meeting on 2 July 2026, Monthly meeting on 16 July 2026, Monthly meeting on 30 July 2026, Monthly meeting on 13 August 2026, Monthly meeting on 27 August 2026, Monthly meeting on 10 September 2026, Monthly meeting on 24 September 2026, Monthly meeting on 8 October 2026, Monthly meeting on 22 October 2026 and 2 more.',
    );
    expect(issue?.action).toMatch(/^Before the next activity/);
  });

  it('says what is still to record when there is nothing to check against', async () => {
    const [issue] = await issuesOf(
      'accessible-venues',
      project({ group: groupOf(resident('m-4', 'Sean')) }),
    );
    expect(issue?.message).toBe(
      "We cannot tell yet whether recent activities had what members need in order to take part. Still to record: the group's activities in the last 120 days and what members need in order to take part. For each activity, note what the place has and what support was arranged.",
    );
  });

  it('never passes without evidence: no recent activities, or nobody’s needs on record', async () => {
    expect(await outcome(project({ group }))).toBe('needs-review');
    expect(
      await outcome(
        project({
          group: groupOf(resident('m-4', 'Sean')),
          activities: [meeting('a-1', '2026-11-10T18:00:00Z', { venue: library })],
        }),
      ),
    ).toBe('needs-review');
    expect(
      await outcome(project({ group, activities: stepsInTheWay.activities?.slice(1) ?? [] })),
    ).toBe('passed');
  });
});
