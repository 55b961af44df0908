import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

describe('ideas-recorded', () => {
  it('flags a group with no ideas recorded while the work is under way', () =>
    testRule(
      'ideas-recorded',
      {
        valid: [
          {
            name: 'one idea recorded',
            project: project({
              ideas: [
                {
                  id: 'i-1',
                  summary: 'Sessions at the school gate',
                  raisedOn: '2026-10-01',
                  status: 'adopted',
                },
              ],
            }),
          },
          { name: 'not applicable while starting', project: project({ stage: 'starting' }) },
        ],
        invalid: [{ name: 'no ideas', project: project() }],
      },
      ruleOptions(),
    ));

  it('is information only', async () => {
    const [issue] = await issuesOf('ideas-recorded', project());
    expect(issue?.severity).toBe('info');
    expect(issue?.message).toContain('No ideas raised by members have been recorded');
  });
});
