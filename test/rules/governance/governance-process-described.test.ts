import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { project, ruleOptions } from '../helpers.js';
import { groupDecision, outcomeOf } from './builders.js';

const formal = groupDecision('d-1', 'Pilot route chosen', { governance: { route: 'cabinet' } });
const summary = 'Proposals go to the housing board, then to Cabinet as a key decision.';

describe('governance-process-described', () => {
  it('asks for a plain account of the governance processes', () =>
    testRule(
      'governance-process-described',
      {
        valid: [
          {
            name: 'an account in real words',
            project: project({ governance: { processSummary: summary } }),
          },
        ],
        invalid: [
          { name: 'formal routes in play, no account', project: project({ decisions: [formal] }) },
        ],
        needsReview: [
          { name: 'no account yet', project: project() },
          {
            name: 'a placeholder, even with formal routes in play',
            project: project({
              governance: { processSummary: 'To be confirmed.' },
              decisions: [formal],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence, and says why when flagged', async () => {
    expect(
      (
        await outcomeOf(
          'governance-process-described',
          project({ governance: { processSummary: summary } }),
        )
      ).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'governance-process-described',
      project({ decisions: [formal] }),
    );
    expect(issues[0]?.message).toBe(
      "Some of the group's decisions go through the council's formal processes, but there is no plain account of those processes for members.",
    );
  });
});
