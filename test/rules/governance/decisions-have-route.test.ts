import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const decisions = project({
  decisions: [
    {
      id: 'd-1',
      title: 'Shortlist of three ways to report a repair',
      date: '2026-10-01',
      madeBy: 'group',
    },
    {
      id: 'd-2',
      title: 'Evening meetings',
      date: '2026-09-01',
      madeBy: 'group-with-organisation',
      governance: { route: 'not-required' },
    },
    { id: 'd-3', title: 'Contract extended', date: '2026-08-01', madeBy: 'outside-group' },
  ],
});

describe('decisions-have-route', () => {
  it("flags the group's decisions with no recorded route through governance", () =>
    testRule(
      'decisions-have-route',
      {
        valid: [
          {
            name: 'a route recorded, and a decision made elsewhere',
            project: project({ decisions: decisions.decisions?.slice(1) }),
          },
          { name: 'not applicable while starting', project: { ...decisions, stage: 'starting' } },
        ],
        invalid: [{ name: 'the shortlist has no route', project: decisions, subjects: ['d-1'] }],
      },
      ruleOptions(),
    ));

  it('names the decision', async () => {
    const [issue] = await issuesOf('decisions-have-route', decisions);
    expect(issue?.message).toBe(
      'Nobody has recorded which formal council route the decision "Shortlist of three ways to report a repair" will go through, or where it has got to.',
    );
  });
});
