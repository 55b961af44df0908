import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

describe('members-briefed-on-coproduction', () => {
  it('flags active members not briefed, and asks about those nobody recorded', () =>
    testRule(
      'members-briefed-on-coproduction',
      {
        valid: [
          {
            name: 'everyone briefed; a member who left is not counted',
            project: project({
              group: groupOf(
                resident('m-1', 'Kai', { briefedOnCoproduction: true }),
                staff('m-2', 'Sam', { briefedOnCoproduction: true }),
                resident('m-3', 'Jo', { left: '2026-10-01' }),
              ),
            }),
          },
          {
            name: 'not applicable in planning',
            project: project({ stage: 'planning' }),
            notApplicable: true,
          },
        ],
        needsReview: [
          {
            name: 'nobody recorded whether a member was briefed',
            project: project({ group: groupOf(resident('m-1', 'Kai')) }),
          },
          { name: 'no active members', project: project() },
        ],
        invalid: [
          {
            name: 'a member recorded as not briefed',
            project: project({
              group: groupOf(
                resident('m-1', 'Kai', { briefedOnCoproduction: false }),
                resident('m-2', 'Lee', { briefedOnCoproduction: true }),
              ),
            }),
            subjects: ['m-1'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('flags by name the members recorded as not briefed', async () => {
    const issues = await issuesOf(
      'members-briefed-on-coproduction',
      project({
        group: groupOf(
          resident('m-1', 'Kai', { briefedOnCoproduction: false }),
          resident('m-2', 'Bernard'),
        ),
      }),
    );
    expect(issues.map((i) => [i.subject.id, i.outcome, i.message])).toEqual([
      [
        'm-1',
        'flagged',
        'Kai has not yet been talked through what co-production means for this project.',
      ],
    ]);
  });

  it('names, in one issue, the members nobody recorded', async () => {
    const issues = await issuesOf(
      'members-briefed-on-coproduction',
      project({
        group: groupOf(
          resident('m-1', 'Kai', { briefedOnCoproduction: true }),
          resident('m-2', 'Bernard'),
          staff('m-3', 'Priya'),
        ),
      }),
    );
    expect(issues.map((i) => [i.outcome, i.message])).toEqual([
      [
        'needs-review',
        'We cannot tell whether everyone has been talked through what co-production means here. Not recorded yet: Bernard and Priya.',
      ],
    ]);
  });

  it('asks who is in the group when nobody is', async () => {
    const [issue] = await issuesOf('members-briefed-on-coproduction', project());
    expect(issue?.message).toBe(
      'We cannot tell whether everyone has been talked through what co-production means here. Not recorded yet: who is in the group.',
    );
  });
});
