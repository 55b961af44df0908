import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { project, ruleOptions } from '../helpers.js';
import { groupDecision, outcomeOf, outsideDecision, plannedDecision } from './builders.js';

const routed = groupDecision('d-1', 'Pilot route chosen', {
  governance: { route: 'officer-decision', status: 'approved' },
});
const noRoute = groupDecision('d-2', 'Shortlist of three ways to report a repair', {
  madeBy: 'group-with-organisation',
  governance: undefined,
});
const plannedNoRoute = plannedDecision('d-3', 'Pilot name', {
  madeBy: 'group',
  governance: undefined,
});

describe('decisions-have-route', () => {
  it('asks each of the group’s decisions for its formal route', () =>
    testRule(
      'decisions-have-route',
      {
        valid: [
          { name: 'every group decision has a route', project: project({ decisions: [routed] }) },
          {
            name: 'not applicable while planning',
            project: project({ stage: 'planning', decisions: [noRoute] }),
            notApplicable: true,
          },
        ],
        invalid: [
          {
            name: 'one made with the council, no route',
            project: project({ decisions: [routed, noRoute] }),
            subjects: ['d-2'],
          },
          {
            name: 'a planned one, no route yet',
            project: project({ decisions: [routed, plannedNoRoute] }),
            subjects: ['d-3'],
          },
        ],
        needsReview: [
          { name: 'no decisions recorded', project: project() },
          {
            name: 'only decisions made outside the group',
            project: project({ decisions: [outsideDecision('d-4', 'Budget set')] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence, and names the decision', async () => {
    expect(
      (await outcomeOf('decisions-have-route', project({ decisions: [routed] }))).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf('decisions-have-route', project({ decisions: [noRoute] }));
    expect(issues[0]?.message).toBe(
      'Nobody has recorded which formal council route the decision “Shortlist of three ways to report a repair” goes through, or where it has got to.',
    );
    const bare = await outcomeOf('decisions-have-route', project());
    expect(bare.issues[0]?.message).toBe(
      "No decision made by the group is recorded yet, so we cannot see whether each has a route through the council's governance.",
    );
  });
});
