import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const oneVague = project({
  outcomes: [
    { id: 'o-1', description: 'Shorter waits', recognisedBy: 'Median wait under 10 days' },
    { id: 'o-2', description: 'Tenants feel listened to' },
  ],
});

describe('outcomes-recognisable', () => {
  it('flags missing outcomes, or outcomes nobody will recognise', () =>
    testRule(
      'outcomes-recognisable',
      {
        valid: [
          {
            name: 'every outcome says how it will be recognised',
            project: project({
              outcomes: [
                {
                  id: 'o-1',
                  description: 'Shorter waits',
                  recognisedBy: 'Median wait under 10 days',
                },
              ],
            }),
          },
        ],
        invalid: [
          { name: 'no outcomes at all', project: project() },
          { name: 'one outcome without a sign of success', project: oneVague },
        ],
      },
      ruleOptions(),
    ));

  it('counts the outcomes and those without a sign of success', async () => {
    const [issue] = await issuesOf('outcomes-recognisable', oneVague);
    expect(issue?.message).toContain(
      'Outcomes recorded: 2. Outcomes without a note of how you will know: 1.',
    );
  });
});
