import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions } from '../helpers.js';

const busy = project({
  group: groupOf(
    resident('m-1', 'Dev', {
      otherEngagement: ["Tenants' panel", 'Scrutiny group', 'Budget consultation'],
    }),
    resident('m-2', 'Grace', { otherEngagement: ["Tenants' panel", 'Estate inspections'] }),
    resident('m-3', 'Kai'),
  ),
});

describe('engagement-fatigue', () => {
  it('flags members taking part in many other engagement activities', () =>
    testRule(
      'engagement-fatigue',
      {
        valid: [
          {
            name: 'two other activities at most',
            project: project({
              group: groupOf(resident('m-2', 'Grace', busy.group?.members?.[1])),
            }),
          },
          {
            name: 'three, with the limit at four',
            project: busy,
            parameters: { maxOtherEngagements: 4 },
          },
        ],
        invalid: [
          { name: 'Dev is in three other activities', project: busy, subjects: ['m-1'] },
          {
            name: 'with the limit at two, Grace too',
            project: busy,
            parameters: { maxOtherEngagements: 2 },
            subjects: ['m-1', 'm-2'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('counts and names the other activities', async () => {
    const [issue] = await issuesOf('engagement-fatigue', busy);
    expect(issue?.message).toBe(
      "Dev is also taking part in 3 other engagement activities (Tenants' panel, Scrutiny group, Budget consultation) and may be getting stretched.",
    );
  });
});
