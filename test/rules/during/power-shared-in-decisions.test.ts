import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { type DecisionInput, issuesOf, project, ruleOptions } from '../helpers.js';

function decision(
  id: string,
  influence: DecisionInput['influence'],
  extra: Partial<DecisionInput> = {},
): DecisionInput {
  return {
    id,
    title: `Decision ${id}`,
    date: '2026-09-01',
    madeBy: 'group-with-organisation',
    ...(influence === undefined ? {} : { influence }),
    ...extra,
  };
}

const informedOnly = project({
  decisions: [
    decision('d-1', 'inform', { madeBy: 'outside-group' }),
    decision('d-2', 'inform', { madeBy: 'outside-group' }),
    decision('d-3', 'consult'),
    decision('d-4', 'involve'),
  ],
});

describe('power-shared-in-decisions', () => {
  it('passes on a decision made in collaboration, flags a project that never shares power', () =>
    testRule(
      'power-shared-in-decisions',
      {
        valid: [
          {
            name: 'one of three decisions made in collaboration',
            project: project({
              decisions: [
                decision('d-1', 'inform'),
                decision('d-2', 'consult'),
                decision('d-3', 'collaborate'),
              ],
            }),
          },
          {
            name: 'the group made one itself',
            project: project({
              decisions: [
                decision('d-1', 'inform'),
                decision('d-2', 'consult'),
                decision('d-3', 'empower', { madeBy: 'group' }),
              ],
            }),
          },
        ],
        invalid: [
          {
            name: 'four decisions, none beyond involving the group',
            project: informedOnly,
            message:
              'The work is set up as co-production, but none of the 4 decisions made so far was made in collaboration with the group: 2 decisions where the group was only informed, 1 decision where the group was consulted and 1 decision where the group was involved.',
          },
          {
            name: 'collaboration only planned, not yet made',
            project: project({
              decisions: [
                ...(informedOnly.decisions ?? []),
                decision('d-9', 'collaborate', {
                  status: 'planned',
                  date: undefined,
                  due: '2027-01-10',
                }),
              ],
            }),
          },
        ],
        needsReview: [
          {
            name: 'nothing recorded (bare project)',
            project: project(),
            message:
              "We cannot yet tell how much power the group shares: the group's influence is recorded for no decision made so far, and we need at least 3.",
          },
          {
            name: 'two decisions are too few to judge',
            project: project({ decisions: [decision('d-1', 'inform'), decision('d-2', 'inform')] }),
          },
          {
            name: 'influence not recorded on most decisions',
            project: project({
              decisions: [
                decision('d-1', 'inform'),
                decision('d-2', undefined),
                decision('d-3', undefined),
              ],
            }),
          },
          {
            name: 'a higher minimum',
            project: informedOnly,
            parameters: { minDecisions: 5 },
          },
        ],
      },
      ruleOptions(),
    ));

  it('cites the sharing-power question and suggests a next step', async () => {
    const [issue] = await issuesOf('power-shared-in-decisions', informedOnly);
    expect(issue?.questionIds).toEqual(['enablers.sharing-power']);
    expect(issue?.severity).toBe('warning');
    expect(issue?.action).toMatch(/equal partner/);
  });
});
