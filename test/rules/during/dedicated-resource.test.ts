import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const borrowed = project({
  resources: { budgetGbp: 5000, staffHoursPerWeek: 10, dedicated: false },
});

describe('dedicated-resource', () => {
  it('flags time and money that are not set aside, or not recorded', () =>
    testRule(
      'dedicated-resource',
      {
        valid: [
          {
            name: 'a dedicated budget and staff time',
            project: project({
              resources: { budgetGbp: 12000, staffHoursPerWeek: 15, dedicated: true },
            }),
          },
        ],
        invalid: [
          { name: 'borrowed from other work', project: borrowed },
          { name: 'nothing recorded', project: project({ stage: 'planning' }) },
        ],
      },
      ruleOptions(),
    ));

  it('says whether it is set aside and what is still to record', async () => {
    const [issue] = await issuesOf('dedicated-resource', borrowed);
    expect(issue?.message).toBe(
      'The project does not show time and money set aside for this work. Set aside for it: no. Still to record: none.',
    );
    const [unrecorded] = await issuesOf(
      'dedicated-resource',
      project({ resources: { staffHoursPerWeek: 10 } }),
    );
    expect(unrecorded?.message).toBe(
      'The project does not show time and money set aside for this work. Set aside for it: (not recorded). Still to record: a budget, whether the time and money are set aside for this work.',
    );
  });
});
