import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { type DecisionInput, issuesOf, project, ruleOptions } from '../helpers.js';

const outside = (id: string, title: string, extra: Partial<DecisionInput> = {}): DecisionInput => ({
  id,
  title,
  date: '2026-10-01',
  madeBy: 'outside-group',
  ...extra,
});
const consulted = outside('d-2', 'Repairs budget set', {
  influence: 'consult',
  groupInformed: true,
});
const irrelevant = outside('d-3', 'Car park resurfaced', { affectsGroup: false });
const noSay = project({
  decisions: [
    outside('d-1', 'Repairs contract extended', { groupInformed: true }),
    consulted,
    irrelevant,
  ],
});

describe('outside-decisions-influence', () => {
  it('flags outside decisions affecting the group where its say is unknown or it was not told', () =>
    testRule(
      'outside-decisions-influence',
      {
        valid: [
          {
            name: 'consulted and told, or not affecting the group',
            project: project({ decisions: [consulted, irrelevant] }),
          },
          { name: 'not applicable while starting', project: { ...noSay, stage: 'starting' } },
        ],
        invalid: [
          {
            name: "the group's say in the contract is not recorded",
            project: noSay,
            subjects: ['d-1'],
          },
          {
            name: 'the group was not told',
            project: project({
              decisions: [
                outside('d-4', 'Pilot delayed', { influence: 'inform', groupInformed: false }),
              ],
            }),
            subjects: ['d-4'],
          },
        ],
        needsReview: [
          {
            name: 'nobody recorded whether the group was told',
            project: project({
              decisions: [outside('d-5', 'Pilot budget', { influence: 'involve' }), consulted],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('says what is wrong in words', async () => {
    const [issue] = await issuesOf('outside-decisions-influence', noSay);
    expect(issue?.message).toBe(
      'The decision "Repairs contract extended" was made outside the group and affects its work, but the group\'s influence over it is not recorded.',
    );
  });
});
