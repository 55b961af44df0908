import { describe, expect, it } from 'vitest';
import { builtinRules, createRuleSet, resolveConfig } from '../../src/check/compile.js';
import { parseCouncilConfig, parseRuleFile, RULE_LIMITS } from '../../src/check/rule-schema.js';
import { CoproduceError, type ProblemDetail } from '../../src/model/errors.js';
import { onlyCustom, stubProvider, stubRule } from './stub-facts.js';

function compileError(...rules: Record<string, unknown>[]): CoproduceError {
  try {
    createRuleSet(onlyCustom(...rules), { facts: stubProvider });
  } catch (error) {
    if (error instanceof CoproduceError) return error;
    throw error;
  }
  throw new Error('expected the rule set to be refused');
}

function only(error: CoproduceError, match: RegExp): ProblemDetail {
  const found = error.problems.filter((p) => match.test(p.message));
  expect(found, error.message).toHaveLength(1);
  return found[0] as ProblemDetail;
}

const leaf = (l: Record<string, unknown>) => ({ conditions: { all: [l] } });

describe('rule validation names the rule and the path of each problem', () => {
  it('accepts a valid custom rule', () => {
    const ruleSet = createRuleSet(onlyCustom(stubRule()), { facts: stubProvider });
    expect(ruleSet.rules.map((r) => r.id)).toEqual(['stub-rule']);
  });

  it('refuses an unknown operator', () => {
    const error = compileError(
      stubRule(leaf({ fact: 'count', operator: 'greaterThen', value: 1 })),
    );
    expect(error.code).toBe('invalid-rule');
    const p = only(error, /unknown operator "greaterThen"; did you mean "greaterThan"/);
    expect(p).toMatchObject({
      ruleId: 'stub-rule',
      path: ['customRules', 0, 'conditions', 'all', 0, 'operator'],
      pointer: '/customRules/0/conditions/all/0/operator',
    });
  });

  it('refuses decorated operators', () => {
    const error = compileError(stubRule(leaf({ fact: 'count', operator: 'not:equal', value: 1 })));
    only(error, /unknown operator "not:equal"/);
  });

  it('refuses an unknown fact, suggesting a near one', () => {
    const error = compileError(
      stubRule(leaf({ fact: 'cuont', operator: 'greaterThan', value: 1 })),
    );
    const p = only(error, /unknown fact "cuont"; did you mean "count"/);
    expect(p.path).toEqual(['customRules', 0, 'conditions', 'all', 0, 'fact']);
  });

  it('refuses an unknown fact in a fact-valued value', () => {
    const error = compileError(
      stubRule(leaf({ fact: 'count', operator: 'greaterThan', value: { fact: 'nope' } })),
    );
    expect(only(error, /unknown fact "nope"/).path).toEqual([
      'customRules',
      0,
      'conditions',
      'all',
      0,
      'value',
      'fact',
    ]);
  });

  it('refuses an unknown parameter', () => {
    const error = compileError(
      stubRule(leaf({ fact: 'count', operator: 'greaterThan', value: { param: 'limit' } })),
    );
    const p = only(error, /unknown parameter "limit"/);
    expect(p.path).toEqual(['customRules', 0, 'conditions', 'all', 0, 'value']);
  });

  it('refuses unknown, missing and mistyped fact parameters', () => {
    const unknown = compileError(
      stubRule(
        leaf({
          fact: 'scaled',
          params: { factor: 2, fudge: 1 },
          operator: 'greaterThan',
          value: 1,
        }),
      ),
    );
    expect(only(unknown, /unknown parameter "fudge" of the fact "scaled"/).path).toEqual([
      'customRules',
      0,
      'conditions',
      'all',
      0,
      'params',
      'fudge',
    ]);
    const missing = compileError(
      stubRule(leaf({ fact: 'scaled', operator: 'greaterThan', value: 1 })),
    );
    expect(only(missing, /needs the parameter "factor"/).path).toEqual([
      'customRules',
      0,
      'conditions',
      'all',
      0,
    ]);
    // A parameter given as undefined (possible from JavaScript, not from JSON) is
    // missing too: let through, the fact would throw a TypeError at every check.
    const undefinedParam = compileError(
      stubRule(
        leaf({ fact: 'scaled', params: { factor: undefined }, operator: 'greaterThan', value: 1 }),
      ),
    );
    only(undefinedParam, /needs the parameter "factor"/);
    const wrong = compileError(
      stubRule(
        leaf({ fact: 'scaled', params: { factor: 'two' }, operator: 'greaterThan', value: 1 }),
      ),
    );
    only(wrong, /must be a whole number/);
    const range = compileError(
      stubRule(leaf({ fact: 'scaled', params: { factor: 11 }, operator: 'greaterThan', value: 1 })),
    );
    only(range, /must be at most 10/);
    const viaParam = compileError(
      stubRule({
        parameters: { f: { type: 'string', default: 'x', description: 'A text.' } },
        ...leaf({
          fact: 'scaled',
          params: { factor: { param: 'f' } },
          operator: 'greaterThan',
          value: 1,
        }),
      }),
    );
    only(viaParam, /the parameter "f" is string, but the fact "scaled" needs integer/);
  });

  it('refuses an unknown question id', () => {
    const error = compileError(stubRule({ questions: ['during.everyone-contribute'] }));
    const p = only(
      error,
      /unknown question id "during.everyone-contribute"; did you mean "during.everyone-contributes"/,
    );
    expect(p.path).toEqual(['customRules', 0, 'questions', 0]);
    // Without its section, or with the wrong one, the question is still found.
    for (const typed of ['everyone-contributes', 'governance.everyone-contribute']) {
      only(
        compileError(stubRule({ questions: [typed] })),
        new RegExp(`unknown question id "${typed}"; did you mean "during.everyone-contributes"`),
      );
    }
  });

  it('refuses unknown and malformed placeholders', () => {
    const error = compileError(
      stubRule({ messages: { flagged: 'Count is {cuont}.', action: 'Fix {x:money}.' } }),
    );
    expect(only(error, /unknown placeholder "\{cuont\}"/).path).toEqual([
      'customRules',
      0,
      'messages',
      'flagged',
    ]);
    expect(only(error, /unknown format "money"/).path).toEqual([
      'customRules',
      0,
      'messages',
      'action',
    ]);
  });

  it('refuses a format with the wrong arguments, naming the file, rule and path', () => {
    let caught: unknown;
    try {
      const resolved = resolveConfig(
        onlyCustom(
          stubRule({
            messages: {
              flagged: 'Count is {count:count:meeting}.',
              needsReview: 'Seen on {count:date:long}.',
              action: 'Fix it.',
            },
          }),
        ),
        { file: 'council.json' },
      );
      createRuleSet(resolved, { facts: stubProvider });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CoproduceError);
    const error = caught as CoproduceError;
    expect(only(error, /needs a singular and a plural/)).toMatchObject({
      file: 'council.json',
      ruleId: 'stub-rule',
      path: ['customRules', 0, 'messages', 'flagged'],
    });
    expect(only(error, /takes no arguments/).path).toEqual([
      'customRules',
      0,
      'messages',
      'needsReview',
    ]);
  });

  it('allows placeholders for parameters, subject, findings data and facts in the conditions', () => {
    const ruleSet = createRuleSet(
      onlyCustom(
        stubRule({
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
          messages: {
            flagged: '{subject}: {meetings} of {minMeetings}, {quiet:list}',
            action: 'Talk with {subject}.',
          },
        }),
      ),
      { facts: stubProvider },
    );
    expect(ruleSet.rules).toHaveLength(1);
  });

  it('checks the "facts" a rule reads for its messages like condition facts', () => {
    const error = compileError(
      stubRule({
        facts: [
          { fact: 'nmaes' },
          { fact: 'scaled', params: { factor: 11 } },
          { fact: 'scaled', params: { factr: 2 } },
          { fact: 'quiet', params: { meetings: 2 } },
          { fact: 'count' },
          { fact: 'names' },
          { fact: 'names' },
          { fact: 'share', params: { top: { param: 'nope' } } },
        ],
        messages: { flagged: '{names:list} {unlisted}', action: 'Act.' },
      }),
    );
    expect(error.code).toBe('invalid-rule');
    const at = (i: number, ...rest: string[]) => ['customRules', 0, 'facts', i, ...rest];
    expect(only(error, /unknown fact "nmaes"; did you mean "names"/).path).toEqual(at(0, 'fact'));
    expect(only(error, /must be at most 10/).path).toEqual(at(1, 'params', 'factor'));
    expect(only(error, /unknown parameter "factr" of the fact "scaled"/).path).toEqual(
      at(2, 'params', 'factr'),
    );
    expect(only(error, /finds member subjects, but the rule's scope is "project"/).path).toEqual(
      at(3, 'fact'),
    );
    expect(only(error, /conditions already read the fact "count"/).path).toEqual(at(4, 'fact'));
    expect(only(error, /"names" is listed twice/).path).toEqual(at(6, 'fact'));
    expect(only(error, /the fact "share" takes no parameters/).path).toEqual(
      at(7, 'params', 'top'),
    );
    expect(only(error, /unknown placeholder "\{unlisted\}"/).path).toEqual([
      'customRules',
      0,
      'messages',
      'flagged',
    ]);
  });

  it('substitutes parameters into the params of "facts", checking their type', () => {
    const error = compileError(
      stubRule({
        parameters: { label: { type: 'string', default: 'x', description: 'Text.' } },
        facts: [{ fact: 'scaled', params: { factor: { param: 'label' } } }],
      }),
    );
    expect(only(error, /the parameter "label" is string/).path).toEqual([
      'customRules',
      0,
      'facts',
      0,
      'params',
      'factor',
    ]);
  });

  it('does not let "facts" stand in for the subjects fact in the conditions', () => {
    const error = compileError(
      stubRule({
        scope: 'member',
        conditions: { all: [{ fact: 'count', operator: 'greaterThan', value: 2 }] },
        subjects: { fact: 'quiet' },
        facts: [{ fact: 'quiet', params: { meetings: 2 } }],
      }),
    );
    expect(only(error, /must be used in the conditions/).path).toEqual([
      'customRules',
      0,
      'subjects',
      'fact',
    ]);
  });

  it('refuses a "facts" entry that is not { fact, params }', () => {
    const parsed = parseRuleFile(
      stubRule({ facts: [{ fact: 'names', operator: 'notEmpty', value: true }] }),
    );
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(parsed.problems.map((p) => p.path)).toEqual([
        ['facts', 0, 'operator'],
        ['facts', 0, 'value'],
      ]);
    }
    const tooMany = parseRuleFile(
      stubRule({
        facts: Array.from({ length: RULE_LIMITS.maxMessageFacts + 1 }, () => ({ fact: 'names' })),
      }),
    );
    expect(tooMany.success).toBe(false);
  });

  it('refuses a JSONPath-like path at load time', () => {
    const error = compileError(
      stubRule(leaf({ fact: 'names', path: '$.x[?(@.a)]', operator: 'equal', value: 1 })),
    );
    expect(error.code).toBe('invalid-rule');
    const p = only(error, /JSONPath filters/);
    expect(p.path).toEqual(['customRules', 0, 'conditions', 'all', 0, 'path']);
    expect(p.ruleId).toBe('stub-rule');
  });

  it('refuses __proto__, constructor and prototype keys anywhere', () => {
    const raw = JSON.parse(
      '{"extends": [], "customRules": [{"id": "stub-rule", "conditions": {"all": [{"__proto__": {"x": 1}}]}}], "rules": {"constructor": "off"}}',
    );
    const result = parseCouncilConfig(raw, { file: 'council.json' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.map((p) => p.pointer)).toEqual([
      '/customRules/0/conditions/all/0/__proto__',
      '/rules/constructor',
    ]);
    expect(result.problems[0]?.file).toBe('council.json');
    expect(() => createRuleSet(raw)).toThrow(/the key "__proto__" is not allowed/);
  });

  it('refuses an id that differs from the file name', () => {
    const result = parseRuleFile(stubRule(), { file: 'rules/council/other-name.json' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'rules/council/other-name.json',
        ruleId: 'stub-rule',
        path: ['id'],
        message: 'the id "stub-rule" must match the file name "other-name.json"',
      }),
    ]);
  });

  it('refuses duplicate rule ids, including a default rule id', () => {
    const error = compileError(stubRule(), stubRule());
    expect(only(error, /duplicate rule id "stub-rule"/).path).toEqual(['customRules', 1, 'id']);
    const clash = compileError(stubRule({ id: 'quiet-members' }));
    expect(
      only(
        clash,
        /duplicate rule id "quiet-members": a default rule \(rules\/during\/quiet-members.json\)/,
      ),
    ).toBeDefined();
  });

  it('refuses conditions nested deeper than the limit', () => {
    let node: Record<string, unknown> = { fact: 'count', operator: 'greaterThan', value: 1 };
    for (let i = 0; i < RULE_LIMITS.maxConditionDepth + 1; i++) node = { all: [node] };
    const error = compileError(stubRule({ conditions: node }));
    const p = only(error, /nest more than 8 levels deep/);
    expect(p.path).toEqual([
      'customRules',
      0,
      'conditions',
      'all',
      0,
      'all',
      0,
      'all',
      0,
      'all',
      0,
      'all',
      0,
      'all',
      0,
      'all',
      0,
      'all',
      0,
    ]);
    // Exactly the limit is fine.
    let ok: Record<string, unknown> = { fact: 'count', operator: 'greaterThan', value: 1 };
    for (let i = 0; i < RULE_LIMITS.maxConditionDepth; i++) ok = { all: [ok] };
    expect(
      createRuleSet(onlyCustom(stubRule({ conditions: ok })), { facts: stubProvider }).rules,
    ).toHaveLength(1);
  });

  it('refuses more leaves than the limit', () => {
    const leaves = Array.from({ length: RULE_LIMITS.maxConditionsPerRule + 1 }, () => ({
      fact: 'count',
      operator: 'greaterThan',
      value: 1,
    }));
    only(
      compileError(stubRule({ conditions: { any: leaves } })),
      /has 101 conditions; a rule may have at most 100/,
    );
  });

  it('refuses more enabled rules than the limit', () => {
    const count = RULE_LIMITS.maxRules + 1 - builtinRules().size;
    const custom = Array.from({ length: count }, (_, i) => stubRule({ id: `stub-${i}` }));
    expect(() =>
      createRuleSet(
        { extends: ['coproduce:all'], customRules: custom as never },
        { facts: stubProvider },
      ),
    ).toThrow(/501 rules are enabled; a rule set may have at most 500/);
    // The same rules fit once the default ones are off.
    const ruleSet = createRuleSet(
      { extends: [], customRules: custom as never },
      { facts: stubProvider },
    );
    expect(ruleSet.rules).toHaveLength(count);
  });

  it('refuses strings over the length limit', () => {
    const error = compileError(
      stubRule({ rationale: 'x'.repeat(RULE_LIMITS.maxStringLength + 1) }),
    );
    expect(only(error, /at most 2000 characters/).path).toEqual(['customRules', 0, 'rationale']);
  });

  it('refuses condition priorities, references, names and null values', () => {
    const error = compileError(
      stubRule({
        conditions: {
          all: [
            { fact: 'count', operator: 'greaterThan', value: 1, priority: 2 },
            { condition: 'shared' },
            { fact: 'count', operator: 'equal', value: null },
          ],
          name: 'x',
        },
      }),
    );
    only(error, /condition priorities are not allowed/);
    only(error, /condition references are not allowed/);
    only(error, /condition names are not allowed/);
    only(error, /must not be null/);
  });

  it('refuses an operator that cannot test the fact, and values of the wrong kind', () => {
    only(
      compileError(stubRule(leaf({ fact: 'count', operator: 'shareAbove', value: 0.5 }))),
      /"shareAbove" cannot test the fact "count", which is number/,
    );
    only(
      compileError(stubRule(leaf({ fact: 'names', operator: 'notEmpty', value: 1 }))),
      /must be true for "notEmpty"/,
    );
    only(
      compileError(stubRule(leaf({ fact: 'share', operator: 'shareAbove', value: 2 }))),
      /must be a share from 0 to 1/,
    );
  });

  it('refuses a findings fact whose scope differs from the rule scope', () => {
    const error = compileError(
      stubRule({
        scope: 'member',
        ...leaf({ fact: 'lateMilestones', operator: 'notEmpty', value: true }),
        subjects: { fact: 'lateMilestones' },
        messages: { flagged: 'Late.', action: 'Act.' },
      }),
    );
    expect(
      error.problems
        .filter((p) => /finds milestone subjects, but the rule's scope is "member"/.test(p.message))
        .map((p) => p.pointer),
    ).toEqual(['/customRules/0/conditions/all/0/fact', '/customRules/0/subjects/fact']);
  });

  it('needs subjects for a subject rule and none for a project rule', () => {
    only(compileError(stubRule({ scope: 'member' })), /a member rule must name its findings fact/);
    only(compileError(stubRule({ subjects: { fact: 'quiet' } })), /a project rule has no subjects/);
  });

  it('reports every problem of every rule in one error', () => {
    const error = compileError(
      stubRule({ id: 'first-rule', questions: ['nope'] }),
      stubRule({
        id: 'second-rule',
        ...leaf({ fact: 'nope', operator: 'equal', value: 1 }),
        messages: { flagged: 'x', action: 'y' },
      }),
    );
    expect(error.problems.map((p) => p.ruleId)).toEqual(['first-rule', 'second-rule']);
    expect(error.message).toMatch(/2 problems/);
  });
});
