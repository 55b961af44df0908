import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const learning = project({
  learning: [
    { id: 'l-1', insight: 'Evening meetings suit working carers', date: '2026-08-01' },
    { id: 'l-2', insight: 'Texts do not reach older tenants', date: '2026-11-01' },
    {
      id: 'l-3',
      insight: 'Operatives cannot see call notes',
      date: '2026-07-01',
      sharedWith: [{ audience: 'Repairs managers', on: '2026-07-20' }],
    },
  ],
});

describe('learning-not-shared', () => {
  it('flags learning that has waited too long to be shared', () =>
    testRule(
      'learning-not-shared',
      {
        valid: [
          {
            name: 'recent or already shared learning only',
            project: project({ learning: learning.learning?.slice(1) ?? [] }),
          },
          {
            name: 'waiting 111 days, with 120 days allowed',
            project: learning,
            parameters: { shareWithinDays: 120 },
          },
        ],
        invalid: [
          { name: 'one entry waiting 111 days', project: learning, subjects: ['l-1'] },
          {
            name: 'two entries, with 14 days allowed',
            project: learning,
            parameters: { shareWithinDays: 14 },
            subjects: ['l-1', 'l-2'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('quotes the learning and its age', async () => {
    const [issue] = await issuesOf('learning-not-shared', learning);
    expect(issue?.message).toBe(
      'The learning "Evening meetings suit working carers" was recorded 111 days ago and has not been shared with anyone yet.',
    );
  });
});
