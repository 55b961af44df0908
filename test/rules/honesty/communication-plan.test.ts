import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const nothingAfter = project({
  communicationPlan: { during: 'Notes within a week of each meeting', membersToldOn: '2026-04-02' },
});

describe('communication-plan', () => {
  it('flags a plan that does not cover sharing during and after the work', () =>
    testRule(
      'communication-plan',
      {
        valid: [
          {
            name: 'during, after, and members told',
            project: project({
              communicationPlan: {
                ...nothingAfter.communicationPlan,
                after: 'A final report and a celebration',
              },
            }),
          },
        ],
        invalid: [
          { name: 'no plan', project: project({ stage: 'planning' }) },
          { name: 'nothing said about after the work', project: nothingAfter },
        ],
      },
      ruleOptions(),
    ));

  it('names what is still to record', async () => {
    const [issue] = await issuesOf('communication-plan', nothingAfter);
    expect(issue?.message).toBe(
      'The plan for keeping people informed about the work is incomplete. Still to record: how information will be shared after the work ends.',
    );
  });
});
