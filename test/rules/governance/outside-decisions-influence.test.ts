import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { project, ruleOptions } from '../helpers.js';
import { outcomeOf, outsideDecision, plannedDecision } from './builders.js';

const consulted = outsideDecision('d-1', 'Repairs budget set', {
  decidedBy: 'Cabinet',
  influence: 'consult',
  groupInformed: true,
});
const toldWithReasons = outsideDecision('d-2', 'Office opening hours cut', {
  influence: 'inform',
  groupToldOn: '2026-10-08',
  reasons: 'The service lost a quarter of its staff budget.',
});
const irrelevant = outsideDecision('d-3', 'Car park resurfaced', { affectsGroup: false });
const informNoReasons = outsideDecision('d-4', 'Which estates host the pilot', {
  influence: 'inform',
  groupInformed: true,
});
const notTold = outsideDecision('d-5', 'Pilot delayed', {
  influence: 'consult',
  groupInformed: false,
});

describe('outside-decisions-influence', () => {
  it('judges decisions made outside the group that affect it', () =>
    testRule(
      'outside-decisions-influence',
      {
        valid: [
          {
            name: 'consulted and told; told with the reasons; one that does not affect the group',
            project: project({ decisions: [consulted, toldWithReasons, irrelevant] }),
          },
          {
            name: 'a planned decision is judged once made',
            project: project({
              decisions: [
                consulted,
                plannedDecision('d-6', 'Budget for 2027', { influence: 'consult' }),
              ],
            }),
          },
        ],
        invalid: [
          {
            name: 'only told, with no reasons explained (inform level)',
            project: project({ decisions: [consulted, informNoReasons] }),
            subjects: ['d-4'],
          },
          {
            name: 'the group was not told',
            project: project({ decisions: [notTold, consulted] }),
            subjects: ['d-5'],
          },
        ],
        needsReview: [
          { name: 'no outside decisions recorded: never a silent pass', project: project() },
          {
            name: 'only decisions that do not affect the group',
            project: project({ decisions: [irrelevant] }),
          },
          {
            name: 'the group’s say not recorded',
            project: project({
              decisions: [outsideDecision('d-7', 'Contract extended', { groupInformed: true })],
            }),
          },
          {
            name: 'nobody recorded whether the group was told',
            project: project({
              decisions: [outsideDecision('d-8', 'Pilot budget', { influence: 'involve' })],
            }),
          },
          {
            name: 'inform level, with reasons only as a placeholder',
            project: project({
              decisions: [
                outsideDecision('d-9', 'Pilot budget', {
                  influence: 'inform',
                  groupInformed: true,
                  reasons: 'tbc',
                }),
              ],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence', async () => {
    const { outcome } = await outcomeOf(
      'outside-decisions-influence',
      project({ decisions: [consulted, toldWithReasons] }),
    );
    expect(outcome).toBe('passed');
  });

  it('names the decision and what went wrong', async () => {
    const { issues } = await outcomeOf(
      'outside-decisions-influence',
      project({ decisions: [informNoReasons, { ...notTold, influence: 'inform' }] }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'The decision “Which estates host the pilot” was made outside the group and affects its work, but the group could only be told of it, and nobody explained the reasons to the group.',
      'The decision “Pilot delayed” was made outside the group and affects its work, but the group was not told of it.',
    ]);
  });

  it('says what to record when it cannot judge', async () => {
    const bare = await outcomeOf('outside-decisions-influence', project());
    expect(bare.issues[0]?.message).toBe(
      'We cannot tell yet how decisions made outside the group affect it, or how much say it had. Still to record: any decisions made outside the group that affect its work (none is recorded yet).',
    );
    const partial = await outcomeOf(
      'outside-decisions-influence',
      project({ decisions: [outsideDecision('d-7', 'Contract extended')] }),
    );
    expect(partial.issues[0]?.message).toBe(
      'We cannot tell yet how decisions made outside the group affect it, or how much say it had. Still to record: how much say the group had in “Contract extended” and whether the group was told of “Contract extended”.',
    );
  });
});
