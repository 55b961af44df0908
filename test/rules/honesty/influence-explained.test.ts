import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const influence = {
  canInfluence: ['How tenants report a repair'],
  cannotInfluence: [{ topic: 'The repairs budget', reason: 'Set by full council in February' }],
  sharedOn: '2026-04-02',
};
const limitWithoutReason = project({
  influence: { ...influence, cannotInfluence: [{ topic: 'The repairs contract' }] },
});

describe('influence-explained', () => {
  it('flags a missing or unexplained statement of what the group can influence', () =>
    testRule(
      'influence-explained',
      {
        valid: [
          {
            name: 'what can and cannot change, with reasons, shared',
            project: project({ influence }),
          },
          {
            name: 'an empty list of limits says nothing is off limits',
            project: project({ influence: { ...influence, cannotInfluence: [] } }),
          },
        ],
        invalid: [
          { name: 'nothing recorded', project: project({ stage: 'planning' }) },
          { name: 'a limit with no reason', project: limitWithoutReason },
          {
            name: 'never shared with the group',
            project: project({ influence: { ...influence, sharedOn: undefined } }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names what is missing and counts limits without a reason', async () => {
    const [issue] = await issuesOf('influence-explained', limitWithoutReason);
    expect(issue?.message).toBe(
      'What the group can and cannot influence has not been fully set out. Still to record: none. Limits given without a reason: 1.',
    );
  });
});
