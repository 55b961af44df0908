import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const noCadence = project({
  progressTracking: { method: 'Review the outcomes wall at each meeting' },
});

describe('progress-tracking-agreed', () => {
  it('flags a project with no agreed way to track progress', () =>
    testRule(
      'progress-tracking-agreed',
      {
        valid: [
          {
            name: 'method and cadence agreed',
            project: project({
              progressTracking: {
                method: 'Review the outcomes wall at each meeting',
                cadence: 'monthly',
              },
            }),
          },
        ],
        invalid: [
          { name: 'nothing agreed', project: project({ stage: 'starting' }) },
          { name: 'no cadence', project: noCadence },
        ],
      },
      ruleOptions(),
    ));

  it('names what is still to record', async () => {
    const [issue] = await issuesOf('progress-tracking-agreed', noCadence);
    expect(issue?.message).toContain('Still to record: how often progress will be checked.');
  });
});
