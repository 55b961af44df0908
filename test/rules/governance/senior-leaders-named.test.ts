import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

describe('senior-leaders-named', () => {
  it('flags a project that names no senior leaders', () =>
    testRule(
      'senior-leaders-named',
      {
        valid: [
          {
            name: 'a sponsor named',
            project: project({
              governance: {
                seniorLeaders: [{ id: 'sl-1', name: 'Director of Housing', role: 'Sponsor' }],
                informationFlows: [],
                responsibilities: [],
              },
            }),
          },
        ],
        invalid: [{ name: 'none named', project: project({ stage: 'planning' }) }],
      },
      ruleOptions(),
    ));

  it('says what is missing', async () => {
    const [issue] = await issuesOf('senior-leaders-named', project());
    expect(issue?.message).toBe(
      'The project has not named the senior leaders who need to be involved in the work.',
    );
  });
});
