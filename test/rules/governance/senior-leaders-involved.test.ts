import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { project, ruleOptions } from '../helpers.js';
import { outcomeOf } from './builders.js';

type Point = { point: string; due?: string; done?: string };
const leader = (id: string, name: string, involvement: Point[]) => ({
  id,
  name,
  role: 'Sponsor',
  involvement,
});
const onTrack = leader('sl-1', 'Jo Bloggs', [
  { point: 'Hear the options', due: '2026-09-01', done: '2026-09-03' },
  { point: 'Sign off the pilot', due: '2026-12-15' },
]);

describe('senior-leaders-involved', () => {
  it('asks when each leader will be involved, and whether it happened', () =>
    testRule(
      'senior-leaders-involved',
      {
        valid: [
          {
            name: 'planned with dates, nothing overdue',
            project: project({ governance: { seniorLeaders: [onTrack] } }),
          },
        ],
        invalid: [
          {
            name: 'nothing planned for one, an overdue point for another',
            project: project({
              governance: {
                seniorLeaders: [
                  onTrack,
                  leader('sl-2', 'Cllr Patel', []),
                  leader('sl-3', 'Sam Lee', [{ point: 'Attend a session', due: '2026-10-01' }]),
                ],
              },
            }),
            subjects: ['sl-2', 'sl-3'],
          },
        ],
        needsReview: [
          { name: 'no leaders named', project: project() },
          {
            name: 'involvement with no date',
            project: project({
              governance: {
                seniorLeaders: [leader('sl-4', 'Sam Lee', [{ point: 'Attend a session' }])],
              },
            }),
          },
          {
            name: 'involvement written only as a placeholder',
            project: project({
              governance: {
                seniorLeaders: [leader('sl-4', 'Sam Lee', [{ point: 'tbc', due: '2026-12-01' }])],
              },
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence and names what is off track', async () => {
    expect(
      (
        await outcomeOf(
          'senior-leaders-involved',
          project({ governance: { seniorLeaders: [onTrack] } }),
        )
      ).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'senior-leaders-involved',
      project({
        governance: {
          seniorLeaders: [
            leader('sl-3', 'Sam Lee', [{ point: 'Attend a session', due: '2026-10-01' }]),
          ],
        },
      }),
    );
    expect(issues[0]?.message).toBe(
      'Sam Lee needs to be involved in the work, but the planned involvement “Attend a session” is overdue.',
    );
    const undated = await outcomeOf(
      'senior-leaders-involved',
      project({
        governance: { seniorLeaders: [leader('sl-4', 'Sam Lee', [{ point: 'Attend a session' }])] },
      }),
    );
    expect(undated.issues[0]?.message).toBe(
      'We cannot tell yet when senior leaders will be involved. Still to record: when Sam Lee will be involved.',
    );
  });
});
