import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const redNoSteps = project({
  reflections: [
    { id: 'r-1', questionId: 'during.everyone-contributes', date: '2026-10-01', rating: 'red' },
    {
      id: 'r-2',
      questionId: 'during.jargon-explained',
      date: '2026-10-01',
      rating: 'red',
      actions: [{ description: 'Start a glossary' }],
    },
  ],
});

describe('red-reflection-without-action', () => {
  it('flags the latest red reflection on a question when no steps were agreed', () =>
    testRule(
      'red-reflection-without-action',
      {
        valid: [
          {
            name: 'a later green rating settles the red one',
            project: project({
              reflections: [
                ...(redNoSteps.reflections ?? []),
                {
                  id: 'r-3',
                  questionId: 'during.everyone-contributes',
                  date: '2026-11-03',
                  rating: 'green',
                },
              ],
            }),
          },
          { name: 'no reflections', project: project() },
        ],
        invalid: [{ name: 'red with no steps', project: redNoSteps, subjects: ['r-1'] }],
      },
      ruleOptions(),
    ));

  it('names the reflection', async () => {
    const [issue] = await issuesOf('red-reflection-without-action', redNoSteps);
    expect(issue?.message).toMatch(
      /^Reflection of 2026-10-01 on ".+" was rated red, but the group has not agreed any steps to improve things\.$/,
    );
  });
});
