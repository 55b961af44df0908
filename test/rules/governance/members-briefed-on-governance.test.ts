import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, project, resident, ruleOptions, staff } from '../helpers.js';
import { outcomeOf } from './builders.js';

const briefed = groupOf(
  resident('m-1', 'Dev', { briefedOnGovernance: true }),
  resident('m-2', 'Sean', { briefedOnGovernance: true }),
  staff('m-3', 'Priya'),
);

describe('members-briefed-on-governance', () => {
  it('asks whether each community member was talked through governance', () =>
    testRule(
      'members-briefed-on-governance',
      {
        valid: [
          {
            name: 'every community member briefed (staff need not be)',
            project: project({ group: briefed }),
          },
        ],
        invalid: [
          {
            name: 'one recorded as not briefed',
            project: project({
              group: groupOf(
                resident('m-1', 'Dev', { briefedOnGovernance: true }),
                resident('m-2', 'Sean', { briefedOnGovernance: false }),
              ),
            }),
            subjects: ['m-2'],
          },
        ],
        needsReview: [
          {
            name: 'briefing not recorded for some',
            project: project({
              group: groupOf(
                resident('m-1', 'Dev', { briefedOnGovernance: true }),
                resident('m-2', 'Sean'),
                resident('m-4', 'Amira'),
              ),
            }),
          },
          { name: 'no members recorded', project: project() },
          {
            name: 'only staff recorded',
            project: project({ group: groupOf(staff('m-3', 'Priya')) }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence, and names the members it cannot judge', async () => {
    expect(
      (await outcomeOf('members-briefed-on-governance', project({ group: briefed }))).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'members-briefed-on-governance',
      project({
        group: groupOf(
          resident('m-1', 'Dev', { briefedOnGovernance: true }),
          resident('m-2', 'Sean'),
          resident('m-4', 'Amira'),
        ),
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      "Nobody has recorded yet whether anyone has talked Sean and Amira through how the council's governance works.",
    ]);
    const flagged = await outcomeOf(
      'members-briefed-on-governance',
      project({ group: groupOf(resident('m-2', 'Sean', { briefedOnGovernance: false })) }),
    );
    expect(flagged.issues[0]?.message).toBe(
      "Sean has not yet been talked through how the council's decision-making and governance work.",
    );
  });
});
