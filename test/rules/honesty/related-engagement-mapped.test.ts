import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const uncoordinated = project({
  relatedEngagement: [
    {
      id: 'e-1',
      title: 'Housing strategy consultation',
      owner: 'Strategy team',
      coordination: 'Shared survey questions',
    },
    { id: 'e-2', title: 'Damp and mould task group', owner: 'Repairs' },
  ],
});

describe('related-engagement-mapped', () => {
  it('flags engagement elsewhere that has not been looked for or coordinated', () =>
    testRule(
      'related-engagement-mapped',
      {
        valid: [
          { name: 'looked for, none found', project: project({ relatedEngagement: [] }) },
          {
            name: 'found and coordinated',
            project: project({ relatedEngagement: uncoordinated.relatedEngagement?.slice(0, 1) }),
          },
        ],
        invalid: [
          { name: 'never looked for', project: project({ stage: 'planning' }) },
          { name: 'one activity with no coordination', project: uncoordinated },
        ],
      },
      ruleOptions(),
    ));

  it('counts the uncoordinated activities', async () => {
    const [issue] = await issuesOf('related-engagement-mapped', uncoordinated);
    expect(issue?.message).toBe(
      'Other engagement with the same people or on the same topic has not been fully mapped. Looked for yet: yes. Entries with no note on how duplication is avoided: 1.',
    );
  });
});
