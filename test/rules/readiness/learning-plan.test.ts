import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const nobodyToTell = project({
  learningPlan: { captureMethod: 'A learning log after each session', shareWith: [] },
});

describe('learning-plan', () => {
  it('flags a project with no plan for capturing and sharing learning', () =>
    testRule(
      'learning-plan',
      {
        valid: [
          {
            name: 'capture method and audiences recorded',
            project: project({
              learningPlan: {
                captureMethod: 'A learning log after each session',
                shareWith: ['Housing DMT'],
              },
            }),
          },
        ],
        invalid: [
          { name: 'no plan', project: project({ stage: 'planning' }) },
          { name: 'nobody to share with', project: nobodyToTell },
        ],
      },
      ruleOptions(),
    ));

  it('names what is still to record', async () => {
    const [issue] = await issuesOf('learning-plan', nobodyToTell);
    expect(issue?.message).toContain('Still to record: who learning is shared with.');
  });
});
