import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { outcomeOf } from '../governance/builders.js';
import { project, ruleOptions } from '../helpers.js';

const coordinated = {
  id: 'e-1',
  title: 'Damp and mould task group',
  coordination: 'We share notes monthly and never ask the same tenants twice.',
};
const uncoordinated = { id: 'e-2', title: 'Repairs satisfaction survey' };

describe('related-engagement-mapped', () => {
  it('asks whether other engagement was looked for and coordinated', () =>
    testRule(
      'related-engagement-mapped',
      {
        valid: [
          {
            name: 'looked for, each coordinated',
            project: project({ relatedEngagement: [coordinated] }),
          },
          { name: 'looked for, none found', project: project({ relatedEngagement: [] }) },
        ],
        invalid: [
          {
            name: 'one with no coordination',
            project: project({ relatedEngagement: [coordinated, uncoordinated] }),
          },
        ],
        needsReview: [
          { name: 'never looked for', project: project({ stage: 'planning' }) },
          {
            name: 'coordination only a placeholder',
            project: project({ relatedEngagement: [{ ...uncoordinated, coordination: 'tbc' }] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence and names what is not coordinated', async () => {
    expect(
      (await outcomeOf('related-engagement-mapped', project({ relatedEngagement: [] }))).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'related-engagement-mapped',
      project({ relatedEngagement: [coordinated, uncoordinated] }),
    );
    expect(issues[0]?.message).toBe(
      'Other engagement with the same people or on the same topic is recorded, but nothing says how going over the same ground will be avoided with Repairs satisfaction survey.',
    );
  });
});
