import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { project, ruleOptions } from '../helpers.js';
import { outcomeOf } from './builders.js';

const up = {
  id: 'f-1',
  direction: 'group-to-leaders' as const,
  cadence: 'monthly' as const,
  description: 'Highlight report to the director',
};
const down = {
  id: 'f-2',
  direction: 'leaders-to-group' as const,
  cadence: 'quarterly' as const,
  description: 'The director comes to a meeting each quarter',
};

describe('information-flows-both-ways', () => {
  it('asks for an agreed flow each way', () =>
    testRule(
      'information-flows-both-ways',
      {
        valid: [
          { name: 'both ways', project: project({ governance: { informationFlows: [up, down] } }) },
        ],
        invalid: [
          { name: 'only up', project: project({ governance: { informationFlows: [up] } }) },
        ],
        needsReview: [
          { name: 'no flows recorded', project: project() },
          {
            name: 'the way back described only as "tbc"',
            project: project({
              governance: { informationFlows: [up, { ...down, description: 'tbc' }] },
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence and names the missing way', async () => {
    expect(
      (
        await outcomeOf(
          'information-flows-both-ways',
          project({ governance: { informationFlows: [up, down] } }),
        )
      ).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'information-flows-both-ways',
      project({ governance: { informationFlows: [up] } }),
    );
    expect(issues[0]?.message).toBe(
      'The group and senior leaders have agreed how information passes only one way. Still to agree: updates from senior leaders to the group.',
    );
  });
});
