import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const noMilestones = project({
  timeframe: { start: '2026-03-01', end: '2027-03-31', milestones: [] },
});

describe('timeframe-defined', () => {
  it('flags a project without a start, an end or milestones', () =>
    testRule(
      'timeframe-defined',
      {
        valid: [
          {
            name: 'start, end and a milestone',
            project: project({
              timeframe: {
                start: '2026-03-01',
                end: '2027-03-31',
                milestones: [{ id: 'ms-1', title: 'Options agreed', due: '2026-10-01' }],
              },
            }),
          },
        ],
        invalid: [
          { name: 'nothing recorded', project: project({ stage: 'planning' }) },
          { name: 'no milestones', project: noMilestones },
        ],
      },
      ruleOptions(),
    ));

  it('names what is missing', async () => {
    const [issue] = await issuesOf('timeframe-defined', noMilestones);
    expect(issue?.message).toBe(
      "The project's timeframe is incomplete. Still to record: milestones.",
    );
  });
});
