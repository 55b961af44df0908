import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { type DecisionInput, issuesOf, project, ruleOptions } from '../helpers.js';

const decision = (id: string, title: string, extra: Partial<DecisionInput>): DecisionInput => ({
  id,
  title,
  date: '2026-10-01',
  madeBy: 'outside-group',
  ...extra,
});
const explained = decision('d-2', 'Pilot budget set', {
  madeBy: 'group-with-organisation',
  rationaleExplained: true,
});
const groupOwn = decision('d-3', 'Meeting times moved to evenings', { madeBy: 'group' });
const notAffecting = decision('d-4', 'Call centre moved', {
  affectsGroup: false,
  rationaleExplained: false,
});
const unexplained = project({
  decisions: [
    decision('d-1', 'Repairs contract extended', { rationaleExplained: false }),
    explained,
    groupOwn,
    notAffecting,
  ],
});

describe('decision-rationale-explained', () => {
  it('flags decisions made with or for the group whose reasons were not explained', () =>
    testRule(
      'decision-rationale-explained',
      {
        valid: [
          {
            name: 'reasons explained, or the group decided, or it does not affect the group',
            project: project({ decisions: [explained, groupOwn, notAffecting] }),
          },
          { name: 'not applicable while starting', project: { ...unexplained, stage: 'starting' } },
        ],
        invalid: [
          {
            name: 'the contract extension was not explained',
            project: unexplained,
            subjects: ['d-1'],
          },
        ],
        needsReview: [
          {
            name: 'nobody recorded whether the reasons were explained',
            project: project({
              decisions: [decision('d-5', 'Pilot estates chosen', {}), explained],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the decision', async () => {
    const [issue] = await issuesOf('decision-rationale-explained', unexplained);
    expect(issue?.message).toBe(
      'The reasons for the decision "Repairs contract extended" were not explained to the group.',
    );
  });
});
