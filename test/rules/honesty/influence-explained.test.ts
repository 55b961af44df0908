import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { outcomeOf } from '../governance/builders.js';
import { project, ruleOptions } from '../helpers.js';

const statement = {
  canInfluence: ['How repairs are reported', 'What the letters say'],
  cannotInfluence: [{ topic: 'The repairs contract', reason: 'Cabinet extended it to 2028' }],
  sharedOn: '2026-06-03',
};

describe('influence-explained', () => {
  it('asks what the group can and cannot influence, with reasons', () =>
    testRule(
      'influence-explained',
      {
        valid: [
          { name: 'set out in full and shared', project: project({ influence: statement }) },
          {
            name: 'nothing off limits',
            project: project({ influence: { ...statement, cannotInfluence: [] } }),
          },
        ],
        invalid: [
          {
            name: 'a fixed point with no reason',
            project: project({
              influence: { ...statement, cannotInfluence: [{ topic: 'The budget' }] },
            }),
          },
          {
            name: 'never shared with the group',
            project: project({ influence: { ...statement, sharedOn: undefined } }),
          },
        ],
        needsReview: [
          { name: 'nothing recorded', project: project({ stage: 'planning' }) },
          {
            name: 'a reason that is only a placeholder',
            project: project({
              influence: {
                ...statement,
                cannotInfluence: [{ topic: 'The budget', reason: 'TBC' }],
              },
            }),
          },
          { name: 'only placeholders', project: project({ influence: { canInfluence: ['tbc'] } }) },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence and lists what is missing', async () => {
    expect(
      (await outcomeOf('influence-explained', project({ influence: statement }))).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'influence-explained',
      project({
        influence: {
          canInfluence: statement.canInfluence,
          cannotInfluence: [{ topic: 'The budget' }],
        },
      }),
    );
    expect(issues[0]?.message).toBe(
      'What the group can and cannot influence is only partly set out. Still to record: a reason for each thing that is fixed and when this was shared with the group.',
    );
  });
});
