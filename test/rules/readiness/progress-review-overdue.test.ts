import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const method = 'Review against the outcomes';
/** Today in the tests is 20 November 2026; 11 September 2026 is 70 days before, 1 August 111. */
const reviewed = (cadence: 'weekly' | 'monthly' | 'quarterly' | 'ad-hoc', lastReview: string) =>
  project({ progressTracking: { method, cadence, lastReview } });

describe('progress-review-overdue', () => {
  it('judges the gap by the rhythm the group agreed', () =>
    testRule(
      'progress-review-overdue',
      {
        valid: [
          {
            name: 'quarterly reviews, the last 71 days ago',
            project: reviewed('quarterly', '2026-09-10'),
          },
          {
            name: 'monthly reviews, the last 40 days ago (within the grace)',
            project: reviewed('monthly', '2026-10-11'),
          },
          {
            name: 'not applicable before the work is under way',
            project: project({ stage: 'starting' }),
            notApplicable: true,
          },
        ],
        needsReview: [
          {
            name: 'no rhythm agreed',
            project: project({ progressTracking: { method, lastReview: '2026-11-01' } }),
          },
          {
            name: 'no review yet, and the first is not due yet counting from the start',
            project: project({
              timeframe: { start: '2026-11-02' },
              progressTracking: { method, cadence: 'monthly' },
            }),
          },
          {
            name: 'no review and no start date',
            project: project({ progressTracking: { method, cadence: 'monthly' } }),
          },
        ],
        invalid: [
          {
            name: 'monthly reviews, the last 71 days ago',
            project: reviewed('monthly', '2026-09-10'),
          },
          {
            name: 'quarterly reviews, the last 111 days ago',
            project: reviewed('quarterly', '2026-08-01'),
          },
          {
            name: 'monthly reviews agreed from a start in June and none recorded',
            project: project({
              timeframe: { start: '2026-06-01' },
              progressTracking: { method, cadence: 'monthly' },
            }),
          },
          {
            name: 'reviews as and when needed, the last 92 days ago (longest gap 62 days, 14 days of grace)',
            project: reviewed('ad-hoc', '2026-08-20'),
          },
          {
            name: 'weekly reviews, the last 22 days ago, with no grace',
            project: reviewed('weekly', '2026-10-29'),
            parameters: { graceDays: 0 },
          },
        ],
      },
      ruleOptions(),
    ));

  it('says when a review was due, by the agreed rhythm, with the date in words', async () => {
    const [issue] = await issuesOf('progress-review-overdue', reviewed('monthly', '2026-09-10'));
    expect(issue?.outcome).toBe('flagged');
    expect(issue?.message).toBe(
      'The group agreed to look at its progress every month, so a review was due by 11 October 2026. None has been recorded since.',
    );
  });

  it('asks for the rhythm when none is agreed', async () => {
    const [issue] = await issuesOf(
      'progress-review-overdue',
      project({ progressTracking: { method, lastReview: '2026-11-01' } }),
    );
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot tell whether the group is keeping to its rhythm of progress reviews. Still to record: how often the group agreed to look at its progress.',
    );
  });
});
