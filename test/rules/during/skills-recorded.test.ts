import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const someMissing = project({
  group: groupOf(
    resident('m-1', 'Grace', { skills: ['Chairing', 'Knows the estate'] }),
    resident('m-2', 'Dev'),
    staff('m-3', 'Sam (officer)', { skills: [] }),
  ),
});

describe('skills-recorded', () => {
  it('flags members whose skills and experience are not recorded', () =>
    testRule(
      'skills-recorded',
      {
        valid: [
          {
            name: 'everyone has skills recorded',
            project: project({
              group: groupOf(resident('m-1', 'Grace', { skills: ['Chairing'] })),
            }),
          },
        ],
        invalid: [
          {
            name: 'Dev and Sam have none recorded',
            project: someMissing,
            subjects: ['m-2', 'm-3'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the member, as information', async () => {
    const [issue] = await issuesOf('skills-recorded', someMissing);
    expect(issue?.message).toBe(
      'The skills and experience Dev brings to the group have not been recorded.',
    );
    expect(issue?.severity).toBe('info');
  });
});
