import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const whatOnly = project({
  stage: 'starting',
  purpose: { what: 'A simpler way to book short breaks' },
});

describe('purpose-recorded', () => {
  it('flags a project that has not written down what it is making and why', () =>
    testRule(
      'purpose-recorded',
      {
        valid: [
          {
            name: 'what and why recorded',
            project: project({
              purpose: {
                what: 'A simpler way to book short breaks',
                why: 'Carers give up on the current forms',
              },
            }),
          },
          { name: 'not applicable once closed', project: { ...whatOnly, stage: 'closed' } },
        ],
        invalid: [
          { name: 'nothing recorded', project: project({ stage: 'planning' }) },
          { name: 'the why is missing', project: whatOnly },
        ],
      },
      ruleOptions(),
    ));

  it('says which part is missing', async () => {
    const [issue] = await issuesOf('purpose-recorded', whatOnly);
    expect(issue?.message).toBe(
      "The group's purpose is not fully written down yet. Still to record: why it matters.",
    );
  });
});
