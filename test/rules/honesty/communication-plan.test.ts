import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { outcomeOf } from '../governance/builders.js';
import { project, ruleOptions } from '../helpers.js';

const plan = {
  during: 'Notes within a week of each meeting, by email and WhatsApp',
  after: 'A final report and a celebration event, then a yearly update',
  membersToldOn: '2026-06-03',
};

describe('communication-plan', () => {
  it('asks for a plan during and after the work, shared with members', () =>
    testRule(
      'communication-plan',
      {
        valid: [{ name: 'a full plan, shared', project: project({ communicationPlan: plan }) }],
        invalid: [
          {
            name: 'nothing for after the work',
            project: project({
              communicationPlan: { during: plan.during, membersToldOn: plan.membersToldOn },
            }),
          },
        ],
        needsReview: [
          { name: 'no plan', project: project() },
          {
            name: 'a placeholder for after the work',
            project: project({ communicationPlan: { ...plan, after: 'To be agreed.' } }),
          },
          {
            name: 'only placeholders',
            project: project({ communicationPlan: { during: 'tbc', after: 'tbc' } }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence and lists what is missing', async () => {
    expect(
      (await outcomeOf('communication-plan', project({ communicationPlan: plan }))).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'communication-plan',
      project({ communicationPlan: { during: plan.during } }),
    );
    expect(issues[0]?.message).toBe(
      'The plan for keeping people informed is only partly recorded. Still to record: how information will be shared after the work ends and when members were told the plan.',
    );
  });
});
