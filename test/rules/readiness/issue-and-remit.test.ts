import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const noLimits = project({
  remit: {
    issue: 'Tenants wait weeks for repairs',
    inScope: ['How repairs are reported'],
    outOfRemit: [],
  },
});

describe('issue-and-remit', () => {
  it('flags a remit without the issue, the scope or what is outside it', () =>
    testRule(
      'issue-and-remit',
      {
        valid: [
          {
            name: 'issue, scope and limits all set out',
            project: project({
              remit: {
                issue: 'Tenants wait weeks for repairs',
                inScope: ['How repairs are reported'],
                outOfRemit: ['The repairs contract'],
              },
            }),
          },
        ],
        invalid: [
          { name: 'nothing recorded', project: project({ stage: 'planning' }) },
          { name: 'an empty list of what is out of remit', project: noLimits },
        ],
      },
      ruleOptions(),
    ));

  it('names the missing parts', async () => {
    const [issue] = await issuesOf('issue-and-remit', noLimits);
    expect(issue?.message).toContain('Still to record: what is outside the remit.');
  });
});
