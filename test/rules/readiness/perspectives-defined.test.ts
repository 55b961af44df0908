import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

describe('perspectives-defined', () => {
  it('flags a project that has not named the perspectives it needs', () =>
    testRule(
      'perspectives-defined',
      {
        valid: [
          {
            name: 'one perspective named',
            project: project({
              group: {
                requiredPerspectives: [
                  { id: 'young-carers', label: 'Young carers', why: 'They use the service' },
                ],
                members: [],
              },
            }),
          },
        ],
        invalid: [{ name: 'none named', project: project({ stage: 'planning' }) }],
      },
      ruleOptions(),
    ));

  it('is an error', async () => {
    const [issue] = await issuesOf('perspectives-defined', project());
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain('The project has not listed the experiences and viewpoints');
  });
});
