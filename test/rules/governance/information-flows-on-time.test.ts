import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

type Flow = {
  id: string;
  direction: 'group-to-leaders' | 'leaders-to-group';
  cadence: 'weekly' | 'monthly' | 'ad-hoc';
  description?: string;
  lastOccurred?: string;
};
const withFlows = (...informationFlows: Flow[]) =>
  project({
    timeframe: { start: '2026-03-01', milestones: [] },
    governance: { seniorLeaders: [], responsibilities: [], informationFlows },
  });
/** Monthly, last on 1 September: due by 2 October, 49 days before the test's today. */
const lapsed: Flow = {
  id: 'f-1',
  direction: 'group-to-leaders',
  cadence: 'monthly',
  description: 'Highlight report to the director',
  lastOccurred: '2026-09-01',
};
const weekly: Flow = {
  id: 'f-2',
  direction: 'leaders-to-group',
  cadence: 'weekly',
  lastOccurred: '2026-11-18',
};
const adHoc: Flow = { id: 'f-3', direction: 'leaders-to-group', cadence: 'ad-hoc' };
const neverHappened: Flow = { id: 'f-4', direction: 'leaders-to-group', cadence: 'monthly' };

describe('information-flows-on-time', () => {
  it('flags agreed information flows that have lapsed', () =>
    testRule(
      'information-flows-on-time',
      {
        valid: [
          { name: 'a recent weekly flow and an ad-hoc one', project: withFlows(weekly, adHoc) },
          {
            name: 'lapsed, with 60 days of slack',
            project: withFlows(lapsed, weekly),
            parameters: { graceDays: 60 },
          },
        ],
        invalid: [
          {
            name: 'the monthly report has lapsed',
            project: withFlows(lapsed, weekly, adHoc),
            subjects: ['f-1'],
          },
          {
            name: 'a monthly flow that never happened since March',
            project: withFlows(neverHappened, weekly),
            subjects: ['f-4'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the flow and how overdue it is', async () => {
    const [issue] = await issuesOf('information-flows-on-time', withFlows(lapsed));
    expect(issue?.message).toBe(
      'The agreed update "Highlight report to the director" is 49 days overdue.',
    );
  });
});
