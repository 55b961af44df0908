import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const method = 'Review against the outcomes at the first meeting of each month';

describe('progress-tracking-agreed', () => {
  it('passes only on a method in real words and an agreed rhythm', () =>
    testRule(
      'progress-tracking-agreed',
      {
        valid: [
          {
            name: 'method and rhythm',
            project: project({ progressTracking: { method, cadence: 'quarterly' } }),
          },
        ],
        needsReview: [
          {
            name: 'the method is a placeholder',
            project: project({ progressTracking: { method: 'TBD', cadence: 'monthly' } }),
          },
          { name: 'a bare project in planning', project: project({ stage: 'planning' }) },
        ],
        invalid: [
          {
            name: 'under way with no rhythm agreed',
            project: project({ progressTracking: { method } }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names what the group has not agreed', async () => {
    const [issue] = await issuesOf('progress-tracking-agreed', project());
    expect(issue?.message).toBe(
      'The work is under way, but the group has not agreed how progress will be tracked and how often the group will look at its progress.',
    );
  });

  it('says a placeholder method needs checking', async () => {
    const [issue] = await issuesOf(
      'progress-tracking-agreed',
      project({ stage: 'starting', progressTracking: { method: 'tbc', cadence: 'monthly' } }),
    );
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet tell how the group will keep track of its progress. Still to record or check: how progress will be tracked (only a placeholder so far).',
    );
  });
});
