import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(resident('m-1', 'Kai'), staff('m-2', 'Sam'));
/** The work ended on 31 July 2026: 112 days before the test's today. */
const timeframe = { start: '2026-01-05', end: '2026-07-31', milestones: [] };
const outcomes = [
  { id: 'o-1', description: 'Shorter waits', status: 'partly-achieved' as const },
  { id: 'o-2', description: 'A new bus route', status: 'dropped' as const },
];
const closed = (extra: Parameters<typeof project>[0] = {}) =>
  project({ stage: 'closed', group, timeframe, outcomes, ...extra });
const evaluated = { evaluatedOn: '2026-09-03', evaluatedWith: ['m-1', 'm-2'] };

describe('ending-evaluated', () => {
  it('passes only on an evaluation with the group that says what became of each outcome', () =>
    testRule(
      'ending-evaluated',
      {
        valid: [
          {
            name: 'evaluated with a resident; every outcome has a final status',
            project: closed({ ending: evaluated }),
          },
        ],
        needsReview: [
          {
            name: 'evaluated with staff alone',
            project: closed({ ending: { ...evaluated, evaluatedWith: ['m-2'] } }),
          },
          {
            name: 'an outcome still marked in progress',
            project: closed({
              ending: evaluated,
              outcomes: [{ id: 'o-1', description: 'Shorter waits', status: 'in-progress' }],
            }),
          },
          {
            name: 'no evaluation yet, soon after the end',
            project: closed({ timeframe: { ...timeframe, end: '2026-11-01' } }),
          },
          {
            name: 'no evaluation and no end date',
            project: closed({ timeframe: { milestones: [] } }),
          },
        ],
        invalid: [{ name: 'no evaluation, months after the end', project: closed() }],
      },
      ruleOptions(),
    ));

  it('does not apply before the project is closed', () =>
    testRule(
      'ending-evaluated',
      { valid: [{ project: project({ group, timeframe }), notApplicable: true }] },
      ruleOptions(),
    ));

  it('says when the work ended, in words', async () => {
    const [issue] = await issuesOf('ending-evaluated', closed());
    expect(issue?.outcome).toBe('flagged');
    expect(issue?.message).toBe(
      'The work ended on 31 July 2026, about 4 months ago, and no evaluation with the group is recorded.',
    );
  });

  it('names the outcomes whose fate is not recorded', async () => {
    const [issue] = await issuesOf(
      'ending-evaluated',
      closed({
        ending: { ...evaluated, evaluatedWith: ['m-2'] },
        outcomes: [{ id: 'o-1', description: 'Shorter waits.' }],
      }),
    );
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet tell whether the group looked back on the work together. Still to record: which members of the group, not only staff, took part and what became of “Shorter waits”.',
    );
  });
});
