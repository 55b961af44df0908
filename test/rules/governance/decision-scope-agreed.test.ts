import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { project, ruleOptions } from '../helpers.js';
import { groupDecision, outcomeOf } from './builders.js';

const decision = groupDecision('d-1', 'Pilot route chosen');

describe('decision-scope-agreed', () => {
  it('asks for the date the group agreed what is in its control', () =>
    testRule(
      'decision-scope-agreed',
      {
        valid: [
          {
            name: 'agreed on a date',
            project: project({
              governance: { decisionScopeAgreedOn: '2026-06-03' },
              decisions: [decision],
            }),
          },
        ],
        invalid: [
          {
            name: 'decisions under way and nothing agreed',
            project: project({ decisions: [decision] }),
          },
          {
            name: 'a date in the future is not an agreement yet',
            project: project({
              governance: { decisionScopeAgreedOn: '2027-01-10' },
              decisions: [decision],
            }),
          },
        ],
        needsReview: [{ name: 'nothing agreed and no decisions yet', project: project() }],
      },
      ruleOptions(),
    ));

  it('passes on evidence and counts the decisions when flagged', async () => {
    const agreed = project({ governance: { decisionScopeAgreedOn: '2026-06-03' } });
    expect((await outcomeOf('decision-scope-agreed', agreed)).outcome).toBe('passed');
    const { issues } = await outcomeOf('decision-scope-agreed', project({ decisions: [decision] }));
    expect(issues[0]?.message).toBe(
      'The group is already facing decisions (1 decision recorded), but there is no record that it agreed which decisions are its own to make.',
    );
    const bare = await outcomeOf('decision-scope-agreed', project());
    expect(bare.issues[0]?.message).toBe(
      "There is no record yet of the group agreeing which decisions are its own to make, which it can shape, and which go through the council's formal processes.",
    );
  });
});
