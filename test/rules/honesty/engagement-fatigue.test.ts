import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { outcomeOf } from '../governance/builders.js';
import { groupOf, project, resident, ruleOptions, staff } from '../helpers.js';

const busy = resident('m-1', 'Dev', {
  otherEngagement: ["Tenants' panel", 'Budget consultation', 'Estate inspections'],
});
const fine = resident('m-2', 'Sean', { otherEngagement: [] });

describe('engagement-fatigue', () => {
  it('asks what else members take part in', () =>
    testRule(
      'engagement-fatigue',
      {
        valid: [
          {
            name: 'recorded, nobody stretched',
            project: project({
              group: groupOf(fine, resident('m-3', 'Amira', { otherEngagement: ['Youth forum'] })),
            }),
          },
        ],
        invalid: [
          {
            name: 'one member in three others',
            project: project({ group: groupOf(busy, fine) }),
            subjects: ['m-1'],
          },
        ],
        needsReview: [
          {
            name: 'nobody’s other engagement recorded',
            project: project({ group: groupOf(resident('m-4', 'Ola')) }),
          },
          {
            name: 'only staff recorded it',
            project: project({
              group: groupOf(
                resident('m-4', 'Ola'),
                staff('m-5', 'Priya', { otherEngagement: [] }),
              ),
            }),
          },
          { name: 'no members', project: project() },
          {
            name: 'only a placeholder for other engagement',
            project: project({
              group: groupOf(resident('m-4', 'Ola', { otherEngagement: ['tbc'] })),
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence and counts with a noun', async () => {
    expect((await outcomeOf('engagement-fatigue', project({ group: groupOf(fine) }))).outcome).toBe(
      'passed',
    );
    const { issues } = await outcomeOf('engagement-fatigue', project({ group: groupOf(busy) }));
    expect(issues[0]?.message).toBe(
      "Dev also takes part in 3 other pieces of engagement (Tenants' panel, Budget consultation and Estate inspections) and may be getting stretched.",
    );
  });
});
