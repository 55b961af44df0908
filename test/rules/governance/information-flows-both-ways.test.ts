import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const upOnly = project({
  governance: {
    seniorLeaders: [],
    responsibilities: [],
    informationFlows: [
      {
        id: 'f-1',
        direction: 'group-to-leaders',
        cadence: 'monthly',
        description: 'Highlight report',
      },
    ],
  },
});

describe('information-flows-both-ways', () => {
  it('flags a group without agreed information flows in both directions', () =>
    testRule(
      'information-flows-both-ways',
      {
        valid: [
          {
            name: 'both directions agreed',
            project: project({
              governance: {
                seniorLeaders: [],
                responsibilities: [],
                informationFlows: [
                  ...(upOnly.governance?.informationFlows ?? []),
                  { id: 'f-2', direction: 'leaders-to-group', cadence: 'quarterly' },
                ],
              },
            }),
          },
          { name: 'not applicable while planning', project: { ...upOnly, stage: 'planning' } },
        ],
        invalid: [
          { name: 'nothing comes back from leaders', project: upOnly },
          { name: 'no flows at all', project: project() },
        ],
      },
      ruleOptions(),
    ));

  it('names the missing direction', async () => {
    const [issue] = await issuesOf('information-flows-both-ways', upOnly);
    expect(issue?.message).toBe(
      'The group and senior leaders have not agreed how information will pass between them. Still to agree: updates from senior leaders to the group.',
    );
  });
});
