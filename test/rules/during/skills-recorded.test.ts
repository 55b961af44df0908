import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const strengths = (date: string, recordedBy: string[]) => ({
  id: 'r-1',
  questionId: 'enablers.strengths-based',
  date,
  rating: 'green' as const,
  recordedBy,
});

const everyone = groupOf(
  resident('m-1', 'Grace', { skills: ['Chairing', 'Knows the estate'] }),
  staff('m-3', 'Sam (officer)', { skills: ['Budgets'] }),
);

const someMissing = project({
  group: groupOf(
    resident('m-1', 'Grace', { skills: ['Chairing', 'Knows the estate'] }),
    resident('m-2', 'Dev'),
    resident('m-4', 'Kai', { skills: ['tbc'] }),
    staff('m-3', 'Sam (officer)', { skills: [] }),
  ),
  reflections: [strengths('2026-10-30', ['m-1', 'm-3'])],
});

describe('skills-recorded', () => {
  it("passes on members' skills and the group's own reflection on them", () =>
    testRule(
      'skills-recorded',
      {
        valid: [
          {
            name: 'everyone has skills recorded, and the group reflected last month',
            project: project({ group: everyone, reflections: [strengths('2026-10-30', ['m-1'])] }),
          },
        ],
        invalid: [
          {
            name: 'Dev, Kai ("tbc") and Sam have none recorded',
            project: someMissing,
            subjects: ['m-2', 'm-3', 'm-4'],
          },
        ],
        needsReview: [
          {
            name: 'nothing recorded (bare project)',
            project: project({ stage: 'planning' }),
            message:
              "We cannot yet tell whether the group draws on the strengths everyone brings: that needs each member's skills recorded and the group's own reflection on it within about 3 months.",
          },
          {
            name: 'skills recorded, but no reflection',
            project: project({ group: everyone }),
          },
          {
            name: 'the only reflection was recorded by the officer alone',
            project: project({ group: everyone, reflections: [strengths('2026-10-30', ['m-3'])] }),
          },
          {
            name: 'the group reflected too long ago',
            project: project({ group: everyone, reflections: [strengths('2026-05-01', ['m-1'])] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the member, as information', async () => {
    const [issue] = await issuesOf('skills-recorded', someMissing);
    expect(issue?.message).toBe(
      'The skills and experience Dev brings to the group have not been recorded yet.',
    );
    expect(issue?.severity).toBe('info');
    expect(issue?.questionIds).toEqual(['enablers.strengths-based']);
  });
});
