import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { project, ruleOptions } from '../helpers.js';
import { outcomeOf } from './builders.js';

const monthly = {
  id: 'f-1',
  direction: 'group-to-leaders' as const,
  cadence: 'monthly' as const,
  description: 'Highlight report to the director',
  lastOccurred: '2026-11-02',
};
const quarterly = {
  id: 'f-2',
  direction: 'leaders-to-group' as const,
  cadence: 'quarterly' as const,
  description: 'The director visits the group',
  lastOccurred: '2026-09-10',
};

describe('information-flows-on-time', () => {
  it('judges each flow against its own agreed rhythm', () =>
    testRule(
      'information-flows-on-time',
      {
        valid: [
          {
            name: 'a quarterly flow 71 days on is not late',
            project: project({ governance: { informationFlows: [monthly, quarterly] } }),
          },
        ],
        invalid: [
          {
            name: 'a monthly flow last held in August',
            project: project({
              governance: {
                informationFlows: [{ ...monthly, lastOccurred: '2026-08-20' }, quarterly],
              },
            }),
            subjects: ['f-1'],
          },
          {
            name: 'a flow that never happened counts from the start',
            project: project({
              timeframe: { start: '2026-06-01', milestones: [] },
              governance: { informationFlows: [{ ...quarterly, lastOccurred: undefined }] },
            }),
            subjects: ['f-2'],
          },
        ],
        needsReview: [
          {
            name: 'no flows recorded',
            project: project(),
            // Not "arrange the update now": no update is known to be due.
            action:
              'Agree with senior leaders and the group how often news will pass between them, and record each flow with how often it should happen and when it last did.',
          },
          {
            name: 'only ad hoc flows',
            project: project({
              governance: { informationFlows: [{ ...monthly, cadence: 'ad-hoc' }] },
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence and says when it fell due in words', async () => {
    expect(
      (
        await outcomeOf(
          'information-flows-on-time',
          project({ governance: { informationFlows: [monthly] } }),
        )
      ).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'information-flows-on-time',
      project({ governance: { informationFlows: [{ ...monthly, lastOccurred: '2026-08-20' }] } }),
    );
    expect(issues[0]?.message).toBe(
      'The agreed updates from the group to senior leaders, “Highlight report to the director”, were due by 20 September 2026 and are now about 2 months late.',
    );
  });
});
