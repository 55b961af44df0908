import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions } from '../helpers.js';

const usualSuspects = project({
  group: groupOf(
    resident('m-1', 'Dev', { usualParticipant: true }),
    resident('m-2', 'Grace', { usualParticipant: true }),
    resident('m-3', 'Kai', { usualParticipant: false }),
  ),
});

describe('beyond-usual-participants', () => {
  it("flags a group mostly made up of the organisation's regulars", () =>
    testRule(
      'beyond-usual-participants',
      {
        valid: [
          {
            name: 'one regular in three',
            project: project({
              group: groupOf(
                resident('m-1', 'Dev', { usualParticipant: true }),
                resident('m-3', 'Kai', { usualParticipant: false }),
                resident('m-4', 'Lee', { usualParticipant: false }),
              ),
            }),
          },
          {
            name: 'two in three, with the limit at 70%',
            project: usualSuspects,
            parameters: { maxShareUsual: 0.7 },
          },
        ],
        invalid: [{ name: 'two regulars in three', project: usualSuspects }],
        needsReview: [
          {
            name: 'recorded for nobody',
            project: project({ group: groupOf(resident('m-1', 'Dev'), resident('m-2', 'Grace')) }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives the share of regulars', async () => {
    const [issue] = await issuesOf('beyond-usual-participants', usualSuspects);
    expect(issue?.message).toBe(
      "Of the members whose past involvement is recorded, 67% already take part regularly in the organisation's engagement.",
    );
  });
});
