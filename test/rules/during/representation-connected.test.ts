import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions } from '../helpers.js';

const unsupported = project({
  group: groupOf(
    resident('m-1', 'Member K', {
      represents: [{ group: 'Disabled tenants on the Ashgrove estate' }],
    }),
    resident('m-2', 'Grace', {
      represents: [
        { group: 'Ferndale tenants association', connection: 'Secretary; reports back monthly' },
      ],
    }),
    resident('m-3', 'Bernard'),
  ),
});

describe('representation-connected', () => {
  it('flags members taken to speak for a group without a known connection to it', () =>
    testRule(
      'representation-connected',
      {
        valid: [
          {
            name: 'every represented group has a connection',
            project: project({
              group: groupOf(
                resident('m-2', 'Grace', unsupported.group?.members?.[1]),
                resident('m-3', 'Bernard'),
              ),
            }),
          },
          {
            name: 'nobody is taken to speak for anyone',
            project: project({ group: groupOf(resident('m-3', 'Bernard')) }),
          },
        ],
        invalid: [
          {
            name: 'Member K speaks for a group with no connection',
            project: unsupported,
            subjects: ['m-1'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the member and the groups', async () => {
    const [issue] = await issuesOf('representation-connected', unsupported);
    expect(issue?.message).toBe(
      'Member K is recorded as speaking for Disabled tenants on the Ashgrove estate, but not how they stay in touch with those people.',
    );
    expect(issue?.severity).toBe('info');
  });
});
