import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

describe('decision-scope-agreed', () => {
  it('flags a group that has not agreed which decisions are its own', () =>
    testRule(
      'decision-scope-agreed',
      {
        valid: [
          {
            name: 'agreed in April',
            project: project({
              governance: {
                seniorLeaders: [],
                informationFlows: [],
                responsibilities: [],
                decisionScopeAgreedOn: '2026-04-02',
              },
            }),
          },
          { name: 'not applicable while planning', project: project({ stage: 'planning' }) },
        ],
        invalid: [
          { name: 'not agreed, starting', project: project({ stage: 'starting' }) },
          { name: 'not agreed, under way', project: project() },
        ],
      },
      ruleOptions(),
    ));

  it('says what is not recorded', async () => {
    const [issue] = await issuesOf('decision-scope-agreed', project());
    expect(issue?.message).toBe(
      'There is no record of the group agreeing which decisions are its own to make.',
    );
  });
});
