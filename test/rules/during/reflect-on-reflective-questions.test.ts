import { describe, expect, it } from 'vitest';
import { createRuleSet } from '../../../src/check/compile.js';
import { check } from '../../../src/check/evaluate.js';
import { testRule } from '../../../src/check/test-rule.js';
import { parseProject } from '../../../src/model/parse.js';
import { groupOf, issuesOf, NOW, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(
  resident('m-1', 'Grace'),
  resident('m-2', 'Dev'),
  staff('m-9', 'Lou (officer)'),
);
const reflection = (id: string, questionId: string, date: string, recordedBy?: string[]) => ({
  id,
  questionId,
  date,
  rating: 'amber' as const,
  ...(recordedBy === undefined ? {} : { recordedBy }),
});
const recent = [
  reflection('r-1', 'during.representation-assumptions', '2026-10-01', ['m-1', 'm-9']),
  reflection('r-2', 'during.knowledge-valued', '2026-10-01', ['m-1', 'm-2']),
  reflection('r-3', 'enablers.strengths-based', '2026-11-03', ['m-2']),
];
const openToChangeStale = project({
  group,
  reflections: [...recent, reflection('r-4', 'honesty.open-to-change', '2026-06-01', ['m-1'])],
});
const officerOnly = project({
  group,
  reflections: [...recent, reflection('r-4', 'honesty.open-to-change', '2026-10-30', ['m-9'])],
});

describe('reflect-on-reflective-questions', () => {
  it('passes only on reflections the group itself recorded lately', () =>
    testRule(
      'reflect-on-reflective-questions',
      {
        valid: [
          {
            name: 'all four reflected on by members in the last 90 days',
            project: project({
              group,
              reflections: [
                ...recent,
                reflection('r-4', 'honesty.open-to-change', '2026-09-15', ['m-2', 'm-9']),
              ],
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
            name: 'knowledge-valued is left to knowledge-shared, so one cause is reported once',
            project: project({
              group,
              reflections: [
                reflection('r-1', 'during.representation-assumptions', '2026-10-01', ['m-1']),
                reflection('r-2', 'during.knowledge-valued', '2026-10-01', ['m-9']),
                reflection('r-3', 'enablers.strengths-based', '2026-11-03', ['m-2']),
                reflection('r-4', 'honesty.open-to-change', '2026-09-15', ['m-2']),
              ],
            }),
          },
          {
            name: 'not applicable while starting',
            project: { ...openToChangeStale, stage: 'starting' },
            notApplicable: true,
          },
        ],
        invalid: [
          {
            name: 'openness to change last discussed by the group in June',
            project: openToChangeStale,
            subjects: ['honesty.open-to-change'],
            message:
              'The group has not recorded its own reflection on “Staying open to change and to unexpected ideas and solutions; being comfortable with uncertainty” within about 3 months.',
          },
          {
            name: 'nothing recorded (bare project, during)',
            project: project(),
            subjects: [
              'during.representation-assumptions',
              'enablers.strengths-based',
              'honesty.open-to-change',
            ],
          },
        ],
        needsReview: [
          {
            name: 'the only recent reflection was recorded by the officer alone',
            project: officerOnly,
            message:
              "The latest reflection on “Staying open to change and to unexpected ideas and solutions; being comfortable with uncertainty”, on 30 October 2026, names too few members of the community among those who recorded it (staff alone do not count), so it does not yet count as the group's own answer.",
          },
          {
            name: 'a recent reflection names nobody',
            project: project({
              group,
              reflections: [...recent, reflection('r-4', 'honesty.open-to-change', '2026-10-30')],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('asks the group to talk it through and record who took part', async () => {
    const [issue] = await issuesOf('reflect-on-reflective-questions', officerOnly);
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.subject.id).toBe('honesty.open-to-change');
    expect(issue?.action).toMatch(/the members who took part/);
  });

  it('counts a reflection as the group’s only with enough members when a council asks for more', async () => {
    const strict = createRuleSet({
      extends: ['coproduce:all'],
      evidence: { minCommunityAuthors: 2 },
    });
    const report = await check(parseProject(openToChangeStale), {
      rules: strict,
      now: NOW,
    });
    const issues = report.issues.filter((i) => i.ruleId === 'reflect-on-reflective-questions');
    // Only the knowledge-valued reflection had two members among its authors.
    expect(issues.map((i) => [i.subject.id, i.outcome])).toEqual([
      ['during.representation-assumptions', 'needs-review'],
      ['enablers.strengths-based', 'needs-review'],
      ['honesty.open-to-change', 'flagged'],
    ]);
  });
});
