import { describe, expect, it } from 'vitest';
import { createRuleSet } from '../../src/check/compile.js';
import {
  minimalProject,
  parseRuleTestFile,
  RuleTestError,
  testRule,
} from '../../src/check/test-rule.js';
import { onlyCustom, stubProvider, stubRule } from './stub-facts.js';

const idea = {
  id: 'i-1',
  summary: 'Evening sessions',
  raisedOn: '2025-05-01',
  status: 'open' as const,
};

/** Three workshops before DEFAULT_TEST_NOW: enough for an empty ideas log to count as a gap. */
const activities = ['2025-03-04', '2025-04-01', '2025-05-06'].map((day, i) => ({
  id: `a-${i + 1}`,
  kind: 'workshop' as const,
  title: `Workshop ${i + 1}`,
  start: `${day}T18:00:00+01:00`,
  end: `${day}T20:00:00+01:00`,
}));

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
          notApplicable: true,
        },
      ],
      invalid: [
        { name: 'no ideas after three workshops', project: minimalProject({ activities }) },
      ],
      needsReview: [{ name: 'no ideas yet, early days', project: minimalProject() }],
    });
  });

  it('lists every failing case, with its place and what happened', async () => {
    const error = await failure(
      testRule('ideas-recorded', {
        valid: [{ name: 'no ideas', project: minimalProject({ activities }) }],
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

  it('checks the rendered message and action, and fails a message with a hole in it', async () => {
    const rule = stubRule({
      facts: [{ fact: 'since' }],
      messages: {
        flagged: '{count:count:meeting:meetings} since {since:date}.',
        needsReview: 'We cannot count the meetings yet.',
        action: 'Talk to the group before {since:date}.',
      },
    });
    const rules = createRuleSet(onlyCustom(rule), { facts: stubProvider });
    const project = minimalProject({ extensions: { count: 3, since: '2026-10-30' } });
    await testRule(
      'stub-rule',
      {
        invalid: [
          {
            project,
            message: '3 meetings since 30 October 2026.',
            action: /before 30 October 2026/,
          },
        ],
      },
      { rules },
    );
    const wrongWords = await failure(
      testRule('stub-rule', { invalid: [{ project, message: /4 meetings/ }] }, { rules }),
    );
    expect(wrongWords.problems[0]?.message).toBe(
      'invalid[0]: the message should match /4 meetings/, but was "3 meetings since 30 October 2026."',
    );
    // `since` missing: the flagged message cannot be said, so the generic text shows, and the case fails.
    const hole = await failure(
      testRule(
        'stub-rule',
        { invalid: [{ project: minimalProject({ extensions: { count: 3 } }) }] },
        { rules },
      ),
    );
    expect(hole.problems[0]?.message).toMatch(
      /^invalid\[0\]: a message names a value this issue does not have/,
    );
  });

  describe('asserts each expectation exactly', () => {
    const planning = minimalProject({ stage: 'planning' });
    const flagged = minimalProject({ activities });

    it('fails a valid case where the rule does not apply, unless it says notApplicable', async () => {
      const error = await failure(
        testRule('ideas-recorded', { valid: [{ name: 'planning', project: planning }] }),
      );
      expect(error.problems.map((p) => p.message)).toEqual([
        '"planning" should pass, but got not-applicable (if the rule is meant not to apply here, say notApplicable: true)',
      ]);
      await testRule('ideas-recorded', { valid: [{ project: planning, notApplicable: true }] });
    });

    it('fails a notApplicable case where the rule applies and passes', async () => {
      const error = await failure(
        testRule('ideas-recorded', {
          valid: [{ project: minimalProject({ ideas: [idea] }), notApplicable: true }],
        }),
      );
      expect(error.problems.map((p) => p.message)).toEqual([
        'valid[0] should not apply, but got passed',
      ]);
    });

    it('refuses notApplicable, and issue expectations, where they cannot hold', async () => {
      const error = await failure(
        testRule('ideas-recorded', {
          valid: [{ project: minimalProject({ ideas: [idea] }), message: 'x', subjects: [] }],
          invalid: [{ project: flagged, notApplicable: true }],
        }),
      );
      expect(error.problems.map((p) => p.message)).toEqual([
        'valid[0]: "subjects", "message" cannot be checked on a valid case, which raises no issue',
        'invalid[0]: "notApplicable" belongs to valid cases only, since a rule that does not apply raises no issue',
      ]);
    });

    it("asserts the message id of every issue with the case's outcome", async () => {
      await testRule('ideas-recorded', {
        invalid: [{ project: flagged, messageId: 'ideas-recorded.flagged' }],
        needsReview: [{ project: minimalProject(), messageId: 'ideas-recorded.needsReview' }],
      });
      const error = await failure(
        testRule('ideas-recorded', {
          invalid: [{ project: flagged, messageId: 'ideas-recorded.needsReview' }],
        }),
      );
      expect(error.problems.map((p) => p.message)).toEqual([
        'invalid[0]: the message id should be "ideas-recorded.needsReview", but was "ideas-recorded.flagged"',
      ]);
    });

    it('asserts the message ids of exactly the issues raised', async () => {
      await testRule('ideas-recorded', {
        valid: [{ project: minimalProject({ ideas: [idea] }), messageIds: [] }],
        invalid: [{ project: flagged, messageIds: ['ideas-recorded.flagged'] }],
      });
      const error = await failure(
        testRule('ideas-recorded', {
          invalid: [
            { project: flagged, messageIds: ['ideas-recorded.flagged', 'ideas-recorded.flagged'] },
          ],
          valid: [{ project: minimalProject({ ideas: [idea] }), messageIds: ['x.flagged'] }],
        }),
      );
      expect(error.problems.map((p) => p.message)).toEqual([
        'valid[0] should give the message ids [x.flagged], but gave []',
        'invalid[0] should give the message ids [ideas-recorded.flagged, ideas-recorded.flagged], but gave [ideas-recorded.flagged]',
      ]);
    });

    it('asserts the subjects of a needsReview case', async () => {
      await testRule('ideas-recorded', {
        needsReview: [{ project: minimalProject(), subjects: ['test-project'] }],
      });
      const error = await failure(
        testRule('ideas-recorded', {
          needsReview: [{ project: minimalProject(), subjects: ['m-1'] }],
        }),
      );
      expect(error.problems.map((p) => p.message)).toEqual([
        'needsReview[0] should ask for review of [m-1], but asked for review of [test-project]',
      ]);
    });
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

describe('rule tests written as JSON', () => {
  const file = {
    rule: 'ideas-recorded',
    now: '2025-06-01T12:00:00Z',
    valid: [{ name: 'an idea is recorded', project: { ideas: [idea], activities } }],
    invalid: [{ name: 'three workshops and no ideas', project: { activities } }],
  };

  it('reads a fixture into testRule cases, filling the project from minimalProject', async () => {
    const parsed = parseRuleTestFile(JSON.parse(JSON.stringify(file)), { file: 'tests/x.json' });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.ruleId).toBe('ideas-recorded');
    expect(parsed.value.cases.valid?.[0]?.project.title).toBe(minimalProject().title);
    await testRule(parsed.value.ruleId, parsed.value.cases, { now: parsed.value.now });
  });

  it('fails a fixture whose expectation is wrong, as testRule does', async () => {
    const swapped = { ...file, valid: file.invalid, invalid: file.valid };
    const parsed = parseRuleTestFile(swapped);
    if (!parsed.success) throw new Error('expected the fixture to parse');
    const error = await failure(
      testRule(parsed.value.ruleId, parsed.value.cases, { now: parsed.value.now }),
    );
    expect(error.problems.map((p) => p.path.join('.'))).toEqual(['valid.0', 'invalid.0']);
  });

  it('carries notApplicable and message ids from JSON, and asserts them', async () => {
    const parsed = parseRuleTestFile({
      rule: 'ideas-recorded',
      valid: [{ name: 'planning', project: { stage: 'planning' }, notApplicable: true }],
      invalid: [{ project: { activities }, messageId: 'ideas-recorded.needsReview' }],
    });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.cases.valid?.[0]?.notApplicable).toBe(true);
    const error = await failure(testRule(parsed.value.ruleId, parsed.value.cases));
    expect(error.problems.map((p) => p.path.join('.'))).toEqual(['invalid.0']);
  });

  it('refuses an unknown key, naming the file and the path', () => {
    const parsed = parseRuleTestFile({ ...file, flagged: [] }, { file: 'tests/x.json' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.problems.map((p) => [p.file, p.path.join('.')])).toEqual([
      ['tests/x.json', 'flagged'],
    ]);
  });
});
