import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

/** Due 30 October 2026: 21 days before the test's today. */
const late = { id: 'ms-1', title: 'Options agreed', due: '2026-10-30' };
const timeframe = (...milestones: { id: string; title: string; due: string; done?: string }[]) => ({
  timeframe: { start: '2026-03-02', end: '2027-02-26', milestones },
});

describe('milestones-overdue', () => {
  it('flags milestones past their due date and the grace period', () =>
    testRule(
      'milestones-overdue',
      {
        valid: [
          {
            name: 'done, though late',
            project: project(timeframe({ ...late, done: '2026-11-10' })),
          },
          {
            name: 'within the grace period',
            project: project(timeframe({ ...late, due: '2026-11-10' })),
          },
          {
            name: 'not applicable when closed',
            project: project({ stage: 'closed', ...timeframe(late) }),
            notApplicable: true,
          },
        ],
        needsReview: [
          {
            name: 'no milestones recorded',
            project: project(),
            action:
              'Agree a few milestones with the group, each with the date it should be reached, and record them in the timeframe.',
          },
        ],
        invalid: [
          {
            name: 'three weeks late',
            project: project(timeframe(late, { id: 'ms-2', title: 'Pilot', due: '2027-01-29' })),
            subjects: ['ms-1'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives the due date and lateness in words', async () => {
    const [issue] = await issuesOf('milestones-overdue', project(timeframe(late)));
    expect(issue?.message).toBe(
      'The milestone “Options agreed” was due on 30 October 2026 and is now 3 weeks late.',
    );
  });

  it('says why no milestones cannot be judged', async () => {
    const [issue] = await issuesOf('milestones-overdue', project());
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'The timeframe has no milestones, so we cannot tell whether the work is keeping to its plan.',
    );
  });
});
