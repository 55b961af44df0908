import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

describe('dedicated-resource', () => {
  it('passes only on time or money that is really committed and set aside', () =>
    testRule(
      'dedicated-resource',
      {
        valid: [
          {
            name: 'a budget and staff hours, set aside',
            project: project({
              resources: { budgetGbp: 12000, staffHoursPerWeek: 15, dedicated: true },
            }),
          },
          {
            name: 'staff time set aside with no budget',
            project: project({
              resources: { budgetGbp: 0, staffHoursPerWeek: 10, dedicated: true },
            }),
          },
        ],
        needsReview: [
          { name: 'a bare project in planning', project: project({ stage: 'planning' }) },
          {
            name: 'staff hours not recorded yet, before the work is under way',
            project: project({
              stage: 'starting',
              resources: { budgetGbp: 5000, dedicated: true },
            }),
          },
        ],
        invalid: [
          {
            name: 'marked as set aside with £0 and no staff hours',
            project: project({
              resources: { budgetGbp: 0, staffHoursPerWeek: 0, dedicated: true },
            }),
          },
          {
            name: 'borrowed from other work, even in planning',
            project: project({
              stage: 'planning',
              resources: { budgetGbp: 8000, staffHoursPerWeek: 6, dedicated: false },
            }),
          },
          { name: 'under way with nothing recorded', project: project() },
        ],
      },
      ruleOptions(),
    ));

  it('says why £0 and no hours is not resource set aside', async () => {
    const [issue] = await issuesOf(
      'dedicated-resource',
      project({ resources: { budgetGbp: 0, staffHoursPerWeek: 0, dedicated: true } }),
    );
    expect(issue?.outcome).toBe('flagged');
    expect(issue?.message).toBe(
      'Time and money for this work are not clearly set aside: they are marked as set aside, but the budget is £0 and no staff hours are committed.',
    );
  });

  it('names borrowed resources without a yes or no fill-in', async () => {
    const [issue] = await issuesOf(
      'dedicated-resource',
      project({ resources: { budgetGbp: 8000, staffHoursPerWeek: 6, dedicated: false } }),
    );
    expect(issue?.message).toBe(
      'Time and money for this work are not clearly set aside: the time and money are borrowed from other work.',
    );
  });

  it('lists what to record before the work is under way', async () => {
    const [issue] = await issuesOf('dedicated-resource', project({ stage: 'planning' }));
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet tell whether time and money are set aside for this work. Still to record: the budget, the staff hours each week and whether the time and money belong to this work or are borrowed.',
    );
  });
});
