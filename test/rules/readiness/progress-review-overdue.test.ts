import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const tracking = { method: 'Review against the outcomes', cadence: 'monthly' } as const;
/** Last reviewed on 1 October 2026: 50 days before the test's today. */
const reviewed50DaysAgo = project({ progressTracking: { ...tracking, lastReview: '2026-10-01' } });

describe('progress-review-overdue', () => {
  it('flags a group that has not reviewed its progress for too long', () =>
    testRule(
      'progress-review-overdue',
      {
        valid: [
          { name: 'reviewed 50 days ago', project: reviewed50DaysAgo },
          {
            name: 'not applicable before the work is under way',
            project: project({ stage: 'starting' }),
          },
        ],
        invalid: [
          { name: 'never reviewed', project: project({ progressTracking: tracking }) },
          {
            name: 'reviewed 111 days ago',
            project: project({ progressTracking: { ...tracking, lastReview: '2026-08-01' } }),
          },
          {
            name: 'reviewed 50 days ago, with reviews due every 30 days',
            project: reviewed50DaysAgo,
            parameters: { maxDaysSinceReview: 30 },
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives the agreed gap in days', async () => {
    const [issue] = await issuesOf('progress-review-overdue', project());
    expect(issue?.message).toBe(
      'The group has not recorded a progress review in the last 62 days.',
    );
  });
});
