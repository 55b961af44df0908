import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const mixed = project({
  group: groupOf(
    staff('m-1', 'Sam (officer)', { briefedOnGovernance: true }),
    resident('m-2', 'Amira', { briefedOnGovernance: false }),
    resident('m-3', 'Bernard'),
  ),
});

describe('members-briefed-on-governance', () => {
  it("flags active members not briefed on the council's governance, and asks about the unrecorded", () =>
    testRule(
      'members-briefed-on-governance',
      {
        valid: [
          {
            name: 'everyone briefed',
            project: project({
              group: groupOf(resident('m-2', 'Amira', { briefedOnGovernance: true })),
            }),
          },
          { name: 'not applicable while planning', project: { ...mixed, stage: 'planning' } },
        ],
        invalid: [{ name: 'Amira not briefed', project: mixed, subjects: ['m-2'] }],
        needsReview: [
          {
            name: 'nobody recorded whether Bernard was briefed',
            project: project({ group: groupOf(resident('m-3', 'Bernard')) }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('raises one issue per member', async () => {
    const issues = await issuesOf('members-briefed-on-governance', mixed);
    expect(issues.map((i) => [i.subject.id, i.outcome])).toEqual([
      ['m-2', 'flagged'],
      ['m-3', 'needs-review'],
    ]);
    expect(issues[0]?.message).toBe(
      "Amira has not been talked through how the council's decision-making and governance work.",
    );
  });
});
