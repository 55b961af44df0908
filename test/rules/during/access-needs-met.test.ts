import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions } from '../helpers.js';

const unmet = project({
  stage: 'starting',
  group: groupOf(
    resident('m-1', 'Bernard', {
      accessNeeds: [{ need: 'A hearing loop', requires: ['hearing-loop'], met: false }],
    }),
    resident('m-2', 'Amira', {
      accessNeeds: [{ need: 'Papers a week ahead', met: true, howMet: 'Sent by post' }],
    }),
  ),
});

describe('access-needs-met', () => {
  it('flags members with a need recorded as not met', () =>
    testRule(
      'access-needs-met',
      {
        valid: [
          {
            name: 'every need met',
            project: project({
              group: groupOf(resident('m-2', 'Amira', unmet.group?.members?.[1])),
            }),
          },
          {
            name: 'no needs recorded',
            project: project({ group: groupOf(resident('m-3', 'Grace')) }),
          },
        ],
        invalid: [{ name: "Bernard's hearing loop is missing", project: unmet, subjects: ['m-1'] }],
      },
      ruleOptions(),
    ));

  it('names the member and the need, as an error', async () => {
    const [issue] = await issuesOf('access-needs-met', unmet);
    expect(issue?.message).toBe(
      'Some of what Bernard needs in order to take part is not in place: A hearing loop',
    );
    expect(issue?.severity).toBe('error');
  });
});
