import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const mixed = project({
  group: groupOf(
    staff('m-1', 'Sam (officer)', { briefedOnCoproduction: true }),
    resident('m-2', 'Amira', { briefedOnCoproduction: false }),
    resident('m-3', 'Bernard'),
    resident('m-4', 'Dev', { briefedOnCoproduction: false, left: '2026-09-01' }),
  ),
});

describe('members-briefed-on-coproduction', () => {
  it('flags active members not briefed, and asks about those nobody recorded', () =>
    testRule(
      'members-briefed-on-coproduction',
      {
        valid: [
          {
            name: 'every active member briefed (Dev has left)',
            project: project({
              group: groupOf(
                resident('m-2', 'Amira', { briefedOnCoproduction: true }),
                resident('m-4', 'Dev', { briefedOnCoproduction: false, left: '2026-09-01' }),
              ),
            }),
          },
          { name: 'not applicable while planning', project: { ...mixed, stage: 'planning' } },
        ],
        invalid: [{ name: 'Amira not briefed', project: mixed, subjects: ['m-2'] }],
        needsReview: [
          {
            name: 'nobody recorded whether Bernard was briefed',
            project: project({
              group: groupOf(
                staff('m-1', 'Sam (officer)', { briefedOnCoproduction: true }),
                resident('m-3', 'Bernard'),
              ),
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('raises one issue per member, flagged or needing review', async () => {
    const issues = await issuesOf('members-briefed-on-coproduction', mixed);
    expect(issues.map((i) => [i.subject.id, i.outcome])).toEqual([
      ['m-2', 'flagged'],
      ['m-3', 'needs-review'],
    ]);
    expect(issues[1]?.message).toContain('We do not know whether Bernard has been talked through');
  });
});
