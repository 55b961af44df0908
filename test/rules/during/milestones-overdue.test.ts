import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const timeframe = {
  start: '2026-03-01',
  end: '2027-03-31',
  milestones: [
    { id: 'ms-1', title: 'Options agreed', due: '2026-10-01' },
    { id: 'ms-2', title: 'Pilot sites chosen', due: '2026-11-15' },
    { id: 'ms-3', title: 'Group formed', due: '2026-04-01', done: '2026-04-10' },
  ],
};
const late = project({ timeframe });

describe('milestones-overdue', () => {
  it('flags milestones not done well after their due date', () =>
    testRule(
      'milestones-overdue',
      {
        valid: [
          {
            name: 'one done, one five days late (inside the grace period)',
            project: project({
              timeframe: { ...timeframe, milestones: timeframe.milestones.slice(1) },
            }),
          },
          { name: 'not applicable while starting', project: { ...late, stage: 'starting' } },
        ],
        invalid: [
          { name: 'options agreed 50 days late', project: late, subjects: ['ms-1'] },
          {
            name: 'no grace period',
            project: late,
            parameters: { graceDays: 0 },
            subjects: ['ms-1', 'ms-2'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives the due date and how late it is', async () => {
    const [issue] = await issuesOf('milestones-overdue', late);
    expect(issue?.message).toBe(
      'The milestone "Options agreed" was due on 2026-10-01 and is now 50 days late.',
    );
  });
});
