import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

describe('governance-process-described', () => {
  it('flags a project with no account of its governance processes', () =>
    testRule(
      'governance-process-described',
      {
        valid: [
          {
            name: 'a short summary recorded',
            project: project({
              governance: {
                seniorLeaders: [],
                informationFlows: [],
                responsibilities: [],
                processSummary:
                  'Proposals go to the housing board, then to cabinet as a key decision.',
              },
            }),
          },
        ],
        invalid: [{ name: 'no summary', project: project({ stage: 'planning' }) }],
      },
      ruleOptions(),
    ));

  it('is information only', async () => {
    const [issue] = await issuesOf('governance-process-described', project());
    expect(issue?.severity).toBe('info');
  });
});
