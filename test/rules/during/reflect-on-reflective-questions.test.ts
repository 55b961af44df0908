import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const reflection = (id: string, questionId: string, date: string) => ({
  id,
  questionId,
  date,
  rating: 'amber' as const,
});
const recent = [
  reflection('r-1', 'during.representation-assumptions', '2026-10-01'),
  reflection('r-2', 'during.knowledge-valued', '2026-10-01'),
  reflection('r-3', 'enablers.strengths-based', '2026-11-03'),
];
const openToChangeStale = project({
  reflections: [...recent, reflection('r-4', 'honesty.open-to-change', '2026-06-01')],
});

describe('reflect-on-reflective-questions', () => {
  it('flags each reflective question the group has not come back to lately', () =>
    testRule(
      'reflect-on-reflective-questions',
      {
        valid: [
          {
            name: 'all four reflected on in the last 90 days',
            project: project({
              reflections: [...recent, reflection('r-4', 'honesty.open-to-change', '2026-09-15')],
            }),
          },
          {
            name: 'the stale one left out of the questions',
            project: openToChangeStale,
            parameters: {
              questions: [
                'during.representation-assumptions',
                'during.knowledge-valued',
                'enablers.strengths-based',
              ],
            },
          },
          {
            name: 'not applicable while starting',
            project: { ...openToChangeStale, stage: 'starting' },
          },
        ],
        invalid: [
          {
            name: 'openness to change last discussed in June',
            project: openToChangeStale,
            subjects: ['honesty.open-to-change'],
          },
          {
            name: 'no reflections at all',
            project: project(),
            subjects: [
              'during.representation-assumptions',
              'during.knowledge-valued',
              'enablers.strengths-based',
              'honesty.open-to-change',
            ],
          },
          {
            name: 'with a 30-day window, the October ones are stale too',
            project: openToChangeStale,
            parameters: { maxDaysSinceReflection: 30 },
            subjects: [
              'during.representation-assumptions',
              'during.knowledge-valued',
              'honesty.open-to-change',
            ],
          },
        ],
      },
      ruleOptions(),
    ));

  it('quotes the question', async () => {
    const [issue] = await issuesOf('reflect-on-reflective-questions', openToChangeStale);
    expect(issue?.message).toBe(
      'The group has not recorded a reflection on "Staying open to change and to unexpected ideas and solutions; being comfortable with uncertainty" in the last 90 days.',
    );
  });
});
