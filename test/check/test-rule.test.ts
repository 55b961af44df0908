import { describe, expect, it } from 'vitest';
import { createRuleSet } from '../../src/check/compile.js';
import { minimalProject, RuleTestError, testRule } from '../../src/check/test-rule.js';
import { onlyCustom, stubProvider, stubRule } from './stub-facts.js';

const idea = {
  id: 'i-1',
  summary: 'Evening sessions',
  raisedOn: '2025-05-01',
  status: 'open' as const,
};

async function failure(promise: Promise<void>): Promise<RuleTestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RuleTestError) return error;
    throw error;
  }
  throw new Error('expected the rule test to fail');
}

describe('testRule', () => {
  it('passes when every case behaves as expected (a default rule)', async () => {
    await testRule('ideas-recorded', {
      valid: [
        { name: 'an idea is recorded', project: minimalProject({ ideas: [idea] }) },
        {
          name: 'planning: the rule does not apply',
          project: minimalProject({ stage: 'planning' }),
        },
      ],
      invalid: [{ name: 'no ideas', project: minimalProject() }],
    });
  });

  it('lists every failing case, with its place and what happened', async () => {
    const error = await failure(
      testRule('ideas-recorded', {
        valid: [{ name: 'no ideas', project: minimalProject() }],
        invalid: [{ project: minimalProject({ ideas: [idea] }) }],
        needsReview: [{ project: minimalProject({ ideas: [idea] }) }],
      }),
    );
    expect(error.code).toBe('rule-test-failed');
    expect(error.problems.map((p) => [p.path, p.ruleId])).toEqual([
      [['valid', 0], 'ideas-recorded'],
      [['invalid', 0], 'ideas-recorded'],
      [['needsReview', 0], 'ideas-recorded'],
    ]);
    expect(error.problems[0]?.message).toMatch(
      /^"no ideas" should pass, but got flagged \(flagged project test-project: /,
    );
    expect(error.problems[1]?.message).toBe('invalid[0] should be flagged, but got passed');
    expect(error.message).toMatch(/failed 3 test cases/);
  });

  it('tests a council rule with parameters per case and expected subjects', async () => {
    const memberRule = stubRule({
      scope: 'member',
      parameters: {
        minMeetings: { type: 'integer', default: 2, minimum: 1, description: 'Meetings.' },
      },
      conditions: {
        all: [
          {
            fact: 'quiet',
            params: { meetings: { param: 'minMeetings' } },
            operator: 'notEmpty',
            value: true,
          },
        ],
      },
      subjects: { fact: 'quiet' },
      messages: { flagged: '{subject} is quiet.', needsReview: 'Unknown.', action: 'Talk.' },
    });
    const rules = createRuleSet(onlyCustom(memberRule), { facts: stubProvider });
    const quiet = [
      { id: 'm-1', meetings: 2 },
      { id: 'm-2', meetings: 4 },
    ];
    await testRule(
      'stub-rule',
      {
        valid: [{ project: minimalProject({ extensions: { quiet: [] } }) }],
        invalid: [
          { project: minimalProject({ extensions: { quiet } }), subjects: ['m-1', 'm-2'] },
          {
            project: minimalProject({ extensions: { quiet } }),
            parameters: { minMeetings: 3 },
            subjects: ['m-2'],
          },
        ],
        needsReview: [{ project: minimalProject() }],
      },
      { rules },
    );
    const error = await failure(
      testRule(
        'stub-rule',
        { invalid: [{ project: minimalProject({ extensions: { quiet } }), subjects: ['m-1'] }] },
        { rules },
      ),
    );
    expect(error.problems[0]?.message).toBe('invalid[0] should flag [m-1], but flagged [m-1, m-2]');
  });

  it('reports invalid projects and parameters as failing cases', async () => {
    const error = await failure(
      testRule('ideas-recorded', {
        invalid: [{ project: minimalProject({ stage: 'nope' as 'during' }) }],
        valid: [{ project: minimalProject(), parameters: { nope: 1 } }],
      }),
    );
    expect(error.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^valid\[0\] could not be checked: .*unknown parameter "nope"/s),
      expect.stringMatching(/^invalid\[0\] could not be checked: .*stage/s),
    ]);
  });

  it('refuses a test without cases and an unknown rule', async () => {
    await expect(testRule('ideas-recorded', {})).rejects.toThrow(/no test cases/);
    await expect(
      testRule('no-such-rule', { valid: [{ project: minimalProject() }] }),
    ).rejects.toMatchObject({
      code: 'invalid-options',
    });
  });

  it('builds a valid minimal project', () => {
    expect(minimalProject({ title: 'X' })).toEqual({
      schemaVersion: 2,
      id: 'test-project',
      title: 'X',
      stage: 'during',
      timeZone: 'Europe/London',
    });
  });
});
