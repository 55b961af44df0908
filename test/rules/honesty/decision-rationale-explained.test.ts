import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupDecision, outcomeOf, outsideDecision } from '../governance/builders.js';
import { project, ruleOptions } from '../helpers.js';

const explained = outsideDecision('d-1', 'Repairs budget set', { rationaleExplained: true });
const withReasons = outsideDecision('d-2', 'Office hours cut', {
  reasons: 'The service lost a quarter of its staff budget.',
});
const ours = groupDecision('d-3', 'Pilot route chosen');
const unexplained = outsideDecision('d-4', 'Contract extended', { rationaleExplained: false });

describe('decision-rationale-explained', () => {
  it('asks whether the group was given the reasons', () =>
    testRule(
      'decision-rationale-explained',
      {
        valid: [
          {
            name: 'explained, or the reasons written down',
            project: project({ decisions: [explained, withReasons, ours] }),
          },
          { name: 'only the group’s own decisions', project: project({ decisions: [ours] }) },
        ],
        invalid: [
          {
            name: 'not explained',
            project: project({ decisions: [explained, unexplained] }),
            subjects: ['d-4'],
          },
        ],
        needsReview: [
          { name: 'no decisions recorded', project: project() },
          {
            name: 'nobody recorded it',
            project: project({ decisions: [outsideDecision('d-5', 'Budget capped')] }),
          },
          {
            name: 'reasons only as a placeholder',
            project: project({
              decisions: [outsideDecision('d-6', 'Budget capped', { reasons: 'n/a' })],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence, and names decisions', async () => {
    expect(
      (await outcomeOf('decision-rationale-explained', project({ decisions: [explained] })))
        .outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'decision-rationale-explained',
      project({ decisions: [unexplained] }),
    );
    expect(issues[0]?.message).toBe(
      'The reasons for the decision “Contract extended” were not explained to the group.',
    );
    const unknown = await outcomeOf(
      'decision-rationale-explained',
      project({ decisions: [outsideDecision('d-5', 'Budget capped')] }),
    );
    expect(unknown.issues[0]?.message).toBe(
      'We cannot tell yet whether the group was given the reasons for decisions that affect it. Still to record: whether the reasons for “Budget capped” were explained to the group.',
    );
  });
});
