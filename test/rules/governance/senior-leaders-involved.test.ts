import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

type Leader = {
  id: string;
  name: string;
  role: string;
  involvement?: { point: string; due?: string; done?: string }[];
};
const withLeaders = (...seniorLeaders: Leader[]) =>
  project({ governance: { seniorLeaders, informationFlows: [], responsibilities: [] } });
const nothingPlanned: Leader = {
  id: 'sl-1',
  name: 'Cabinet Member for Housing',
  role: 'Portfolio holder',
};
const slipped: Leader = {
  id: 'sl-2',
  name: 'Director of Housing',
  role: 'Sponsor',
  involvement: [{ point: 'Hear the shortlist', due: '2026-10-01' }],
};
const onTrack: Leader = {
  id: 'sl-3',
  name: 'Head of Repairs',
  role: 'Service lead',
  involvement: [
    { point: 'Attend the options workshop', due: '2026-10-01', done: '2026-09-30' },
    { point: 'Sign off the pilot', due: '2026-12-15' },
  ],
};

describe('senior-leaders-involved', () => {
  it('flags leaders with no involvement planned or a planned point overdue', () =>
    testRule(
      'senior-leaders-involved',
      {
        valid: [{ name: 'involvement planned and kept', project: withLeaders(onTrack) }],
        invalid: [
          {
            name: 'one with nothing planned, one slipped',
            project: withLeaders(nothingPlanned, slipped, onTrack),
            subjects: ['sl-1', 'sl-2'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the leader and says in words what is wrong', async () => {
    const [planned, overdue] = await issuesOf(
      'senior-leaders-involved',
      withLeaders(nothingPlanned, slipped),
    );
    expect(planned?.message).toBe(
      'Cabinet Member for Housing needs to be involved in the work, but no involvement is planned.',
    );
    expect(overdue?.message).toBe(
      'Director of Housing needs to be involved in the work, but the planned involvement "Hear the shortlist" is overdue.',
    );
    expect(overdue?.data).toMatchObject({
      problem: 'the planned involvement "Hear the shortlist" is overdue',
    });
  });
});
