import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePathProblem } from '../../src/check/path.js';
import { conditionProblems } from '../../src/check/rule-schema.js';
import { RuleFileSchema } from '../../src/schemas.js';

/**
 * The condition walker gives each problem its own path and words; the
 * schema is the grammar that JSON Schema and the types come from. They must
 * agree on what is a valid condition.
 */
const grammar = RuleFileSchema.shape.conditions;
const walkerAccepts = (conditions: unknown) => conditionProblems(conditions).length === 0;

const fact = fc.constantFrom('ideaCount', 'quietMembers', 'Bad-Fact', '', 7);
const operator = fc.constantFrom(
  'equal',
  'notEmpty',
  'greaterThan',
  '',
  5,
  'o'.repeat(64),
  'o'.repeat(65),
);
const paramName = fc.constantFrom('top', 'recentMeetings', 'Top', 'bad-name', '');
const scalar = fc.constantFrom<unknown>(0, 2.5, -1, 'text', '', true, false);
const paramValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.constantFrom<unknown>(
    null,
    { param: 'quietMeetings' },
    { param: 'Bad-Param' },
    { param: 'subject' },
    { fact: 'ideaCount' },
    {},
    [null],
    [{}],
  ),
);
const params = fc.dictionary(paramName, paramValue, { maxKeys: 2 });
const value = fc.oneof(
  paramValue,
  fc.constantFrom<unknown>(
    { fact: 'ideaCount' },
    { fact: 'ideaCount', params: { top: 2 } },
    { fact: 'ideaCount', params: { top: { param: 'topMembers' } } },
    { fact: 'ideaCount', params: { 'Bad-Key': 1 } },
    { fact: 'ideaCount', params: { top: null } },
    { fact: 'Bad-Fact' },
    { fact: 'ideaCount', param: 'x' },
    { other: 1 },
  ),
);
// Paths the walker reads as safe dot paths (its stricter path rules are tested on their own below).
const path = fc.constantFrom<unknown>('a', 'a.0.b', '$.a.b', 'members', 3);

const goodLeaf = fc.record(
  {
    fact: fc.constantFrom('ideaCount', 'quietMembers'),
    operator: fc.constantFrom('equal', 'notEmpty', 'o'.repeat(64)),
    value: fc.constantFrom<unknown>(
      1,
      'text',
      true,
      ['a', 2],
      { param: 'quietMeetings' },
      {
        fact: 'ideaCount',
        params: { top: 2 },
      },
    ),
    params: fc.constantFrom<unknown>({}, { top: 2 }, { recentMeetings: { param: 'recent' } }),
    path: fc.constantFrom<unknown>('a', 'a.0.b', '$.a.b'),
  },
  { requiredKeys: ['fact', 'operator', 'value'] },
);
/** A good leaf, often with one field changed to anything the generators give, added or taken away. */
const leaf = fc.oneof(
  goodLeaf,
  fc
    .tuple(
      goodLeaf,
      fc.constantFrom('fact', 'operator', 'value', 'params', 'path', 'priority', 'name'),
      fc.oneof(fact, operator, value, params, path, fc.constant(undefined)),
    )
    .map(([node, key, replacement]) => {
      const copy: Record<string, unknown> = { ...node };
      if (replacement === undefined) delete copy[key];
      else copy[key] = replacement;
      return copy;
    }),
);

const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: leaf, weight: 3 },
    fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
    fc.record({ not: fc.array(tie('condition'), { maxLength: 2 }) }),
    fc.record({ all: tie('condition'), any: fc.array(tie('condition'), { maxLength: 1 }) }),
    fc.constantFrom<unknown>(null, 'all', [], { all: 'x' }),
  ),
}));

/** Depth of `all`/`any`/`not` nesting and number of leaves, for the walker's own limits. */
function measure(node: unknown, depth = 0): { depth: number; leaves: number; unsafePath: boolean } {
  if (typeof node !== 'object' || node === null || Array.isArray(node))
    return { depth, leaves: 0, unsafePath: false };
  const inner = ['all', 'any', 'not'].filter((k) => k in node);
  if (inner.length === 0) {
    const { path } = node as { path?: unknown };
    const unsafePath = typeof path === 'string' && describePathProblem(path) !== undefined;
    return { depth, leaves: 1, unsafePath };
  }
  const children = ([] as unknown[]).concat(
    ...inner.map((k) => (node as Record<string, unknown>)[k]),
  );
  let deepest = depth + 1;
  let leaves = 0;
  let unsafePath = false;
  for (const child of children) {
    const m = measure(child, depth + 1);
    deepest = Math.max(deepest, m.depth);
    leaves += m.leaves;
    unsafePath ||= m.unsafePath;
  }
  return { depth: deepest, leaves, unsafePath };
}

describe('the condition walker and the condition schema', () => {
  it('agree on every generated condition within the walker’s limits', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(condition, (conditions) => {
        const { depth, leaves, unsafePath } = measure(conditions);
        fc.pre(depth <= 8 && leaves <= 100);
        const schema = grammar.safeParse(conditions).success;
        // The walker also refuses paths that are not plain dot paths (see below).
        expect(walkerAccepts(conditions)).toBe(schema && !unsafePath);
        seen[schema ? 'valid' : 'invalid']++;
      }),
      { numRuns: 3000 },
    );
    expect(seen.valid).toBeGreaterThan(50);
    expect(seen.invalid).toBeGreaterThan(50);
  });

  it('are stricter in the walker only where the walker keeps a limit of its own', () => {
    const leafWith = (extra: Record<string, unknown>) => ({
      all: [{ fact: 'ideaCount', operator: 'equal', value: 1, ...extra }],
    });
    // JSONPath filters and prototype keys in a path: the grammar takes any short text.
    for (const bad of ['a[0]', '$..a', 'a.__proto__', 'a.?(@.x)']) {
      expect(grammar.safeParse(leafWith({ path: bad })).success).toBe(true);
      expect(walkerAccepts(leafWith({ path: bad }))).toBe(false);
    }
    let deep: unknown = { fact: 'ideaCount', operator: 'equal', value: 1 };
    for (let i = 0; i < 9; i++) deep = { not: deep };
    expect(grammar.safeParse(deep).success).toBe(true);
    expect(conditionProblems(deep)[0]?.message).toBe('conditions nest more than 8 levels deep');
    const many = {
      all: Array.from({ length: 101 }, () => ({ fact: 'ideaCount', operator: 'equal', value: 1 })),
    };
    expect(grammar.safeParse(many).success).toBe(true);
    expect(conditionProblems(many)[0]?.message).toBe(
      'has 101 conditions; a rule may have at most 100',
    );
  });

  it('say what is wrong where the schema alone would only refuse: file, rule and path', () => {
    const problems = conditionProblems(
      {
        all: [{ fact: 'ideaCount', operator: 'o'.repeat(65), value: 1, params: { 'bad-name': 1 } }],
      },
      { file: 'rules/council/r.json', ruleId: 'r' },
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'rules/council/r.json',
        ruleId: 'r',
        path: ['conditions', 'all', 0, 'operator'],
        message: 'must be at most 64 characters long',
      }),
      expect.objectContaining({
        file: 'rules/council/r.json',
        ruleId: 'r',
        path: ['conditions', 'all', 0, 'params', 'bad-name'],
        message:
          'a fact parameter name must be camelCase letters and digits, starting with a lower-case letter, like "quietMeetings"',
      }),
    ]);
  });
});
