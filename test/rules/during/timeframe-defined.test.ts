import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const milestones = [{ id: 'ms-1', title: 'Pass designed', due: '2026-07-31' }];
const full = { start: '2026-03-02', end: '2027-02-26', milestones };

describe('timeframe-defined', () => {
  it('passes on a start, an end and milestones that still fit the work', () =>
    testRule(
      'timeframe-defined',
      {
        valid: [
          { name: 'a full timeframe', project: project({ timeframe: full }) },
          {
            name: 'an end date passed while the work is ending',
            project: project({ stage: 'ending', timeframe: { ...full, end: '2026-11-01' } }),
          },
        ],
        needsReview: [
          { name: 'a bare project in planning', project: project({ stage: 'planning' }) },
          {
            name: 'no milestones yet, while starting',
            project: project({
              stage: 'starting',
              timeframe: { start: full.start, end: full.end },
            }),
          },
        ],
        invalid: [
          {
            name: 'under way with no end date',
            project: project({ timeframe: { start: full.start, milestones } }),
          },
          {
            name: 'the end date has passed while the work carries on',
            project: project({ timeframe: { ...full, end: '2026-11-01' } }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names what is still to agree', async () => {
    const [issue] = await issuesOf(
      'timeframe-defined',
      project({ timeframe: { ...full, end: '2026-11-01' } }),
    );
    expect(issue?.message).toBe(
      "The work's timeframe needs attention. Still to agree: a new end date, as the one recorded has passed while the work carries on.",
    );
  });

  it('lists what to record before the work is under way', async () => {
    const [issue] = await issuesOf('timeframe-defined', project({ stage: 'planning' }));
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet tell whether the plan fits a realistic timeframe. Still to record: a start date, an end date and the milestones along the way.',
    );
  });
});
