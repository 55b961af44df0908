import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const captureMethod = 'A learning log after each session';

describe('learning-plan', () => {
  it('passes only on a capture method in real words and someone to share with', () =>
    testRule(
      'learning-plan',
      {
        valid: [
          {
            name: 'method and audiences',
            project: project({ learningPlan: { captureMethod, shareWith: ['Service managers'] } }),
          },
        ],
        needsReview: [
          {
            name: 'the audiences are placeholders',
            project: project({ learningPlan: { captureMethod, shareWith: ['tbc', '-'] } }),
          },
          { name: 'a bare project in planning', project: project({ stage: 'planning' }) },
        ],
        invalid: [
          { name: 'under way with no plan', project: project() },
          {
            name: 'under way with an empty audience list',
            project: project({ learningPlan: { captureMethod, shareWith: [] } }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names what the plan does not say', async () => {
    const [issue] = await issuesOf('learning-plan', project({ learningPlan: { captureMethod } }));
    expect(issue?.outcome).toBe('flagged');
    expect(issue?.message).toBe(
      'The work is under way, but the learning plan does not say who learning will be shared with.',
    );
  });

  it('asks about placeholder audiences', async () => {
    const [issue] = await issuesOf(
      'learning-plan',
      project({ stage: 'starting', learningPlan: { captureMethod, shareWith: ['TBC'] } }),
    );
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet tell how the group will capture and share what it learns. Still to record or check: who learning will be shared with (only a placeholder so far).',
    );
  });
});
