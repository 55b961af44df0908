import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const names = ['Dev', 'Grace', 'Kai', 'Lee', 'Amira', 'Bea', 'Sol', 'Tom'];
/** Residents, the first `usual` of them regulars, the next `fresh` new voices, the rest unknown. */
function members(usual: number, fresh: number, total = usual + fresh) {
  return names
    .slice(0, total)
    .map((name, i) =>
      resident(
        `m-${i + 1}`,
        name,
        i < usual
          ? { usualParticipant: true }
          : i < usual + fresh
            ? { usualParticipant: false }
            : {},
      ),
    );
}

const usualSuspects = project({
  group: groupOf(...members(4, 2), staff('m-9', 'Sean (officer)', { usualParticipant: true })),
});

describe('beyond-usual-participants', () => {
  it("flags a group mostly made up of the organisation's regulars, on enough evidence", () =>
    testRule(
      'beyond-usual-participants',
      {
        valid: [
          { name: 'two regulars in six', project: project({ group: groupOf(...members(2, 4)) }) },
          {
            name: 'four in six, with the limit at 70%',
            project: usualSuspects,
            parameters: { maxShareUsual: 0.7 },
          },
          {
            name: 'regulars recorded as taking part in other engagement',
            project: project({
              group: groupOf(
                ...members(0, 4),
                resident('m-5', 'Amira', { otherEngagement: ['Tenants panel'] }),
              ),
            }),
          },
        ],
        invalid: [
          {
            name: 'four regulars in six (staff not counted)',
            project: usualSuspects,
            message:
              "4 of the 6 community members whose past involvement is known already take part regularly in the organisation's engagement (67%).",
          },
        ],
        needsReview: [
          {
            name: 'nothing recorded (bare project)',
            project: project({ stage: 'planning' }),
            message:
              "We cannot yet tell whether the group reaches beyond familiar faces. So far the group has no community members, and whether they already take part in the organisation's engagement is known for none of them. This check needs it for at least 5 community members, and for most of the group.",
          },
          {
            name: 'recorded for nobody',
            project: project({ group: groupOf(...members(0, 0, 6)) }),
          },
          {
            name: 'two of eight recorded, both regulars: no "100%"',
            project: project({ group: groupOf(...members(2, 0, 8)) }),
            message:
              "We cannot yet tell whether the group reaches beyond familiar faces. So far the group has 8 community members, and whether they already take part in the organisation's engagement is known for 2 of them. This check needs it for at least 5 community members, and for most of the group.",
          },
          {
            name: 'five of eight recorded is enough, but a higher minimum is not met',
            project: project({ group: groupOf(...members(4, 1, 8)) }),
            parameters: { minMembersRecorded: 6 },
          },
          {
            name: 'unknown for most members',
            project: project({ group: groupOf(...members(0, 0, 8)) }),
            parameters: { minMembersRecorded: 1 },
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives the counts behind the share, and a next step', async () => {
    const [issue] = await issuesOf('beyond-usual-participants', usualSuspects);
    expect(issue?.outcome).toBe('flagged');
    expect(issue?.action).toMatch(/^Ask each member whether they already take part/);
  });
});
