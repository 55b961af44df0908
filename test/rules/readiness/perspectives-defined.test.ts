import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const group = (...labels: string[]) => ({
  requiredPerspectives: labels.map((label, i) => ({ id: `p-${i}`, label })),
  members: [],
});

describe('perspectives-defined', () => {
  it('passes only when a needed perspective is named in real words', () =>
    testRule(
      'perspectives-defined',
      {
        valid: [
          { name: 'one perspective named', project: project({ group: group('Young carers') }) },
        ],
        needsReview: [
          { name: 'a bare project in planning', project: project({ stage: 'planning' }) },
          { name: 'only a placeholder', project: project({ group: group('TBC') }) },
        ],
        invalid: [{ name: 'under way and none named', project: project() }],
      },
      ruleOptions(),
    ));

  it('is an error, with a message that says why it matters', async () => {
    const [issue] = await issuesOf('perspectives-defined', project());
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toBe(
      'The work is under way, but the project has not named the experiences and viewpoints it needs, so nobody can check who is missing from the group.',
    );
  });
});
