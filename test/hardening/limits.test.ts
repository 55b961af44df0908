/**
 * The documented limits (docs/guarantees-and-limits.md) are enforced, each
 * with a clear CoproduceError naming the limit and where it was broken, and
 * quickly: a document past a size limit is refused before the schema, the
 * copy or any recursion reads it.
 */
import { describe, expect, it } from 'vitest';
import { createRuleSet } from '../../src/check/compile.js';
import { parseCouncilConfig, RULE_LIMITS } from '../../src/check/rule-schema.js';
import {
  MAX_EXTENSION_DEPTH,
  MAX_EXTENSION_VALUES,
  MAX_TEXT_LENGTH,
} from '../../src/model/index.js';
import { HISTORY_LIMITS, MAX_LISTED_PROBLEMS, PROJECT_LIMITS } from '../../src/model/limits.js';
import { parseProject, parseProjectJson } from '../../src/model/parse.js';
import { createHistory } from '../../src/state/history.js';
import { parseHistory, serializeHistory } from '../../src/state/history-file.js';
import { smallProject, smallProjectInput } from '../state/fixtures.js';
import { settle } from './support.js';

function refused(label: string, call: () => unknown) {
  const outcome = settle(label, call);
  if (outcome.ok) throw new Error(`${label} accepted what it should refuse`);
  return outcome.error;
}

const doc = (changes: Record<string, unknown>) => ({ ...smallProjectInput, ...changes });

function nested(depth: number): unknown {
  let node: unknown = 'deep';
  for (let i = 0; i < depth; i++) node = { a: node };
  return node;
}

describe('project document limits', () => {
  it('refuses JSON text longer than maxJsonLength before parsing it', () => {
    const text = `"${'x'.repeat(PROJECT_LIMITS.maxJsonLength)}"`;
    const error = refused('parseProjectJson', () => parseProjectJson(text));
    expect(error.code).toBe('limit-exceeded');
    expect(error.message).toContain(`at most ${PROJECT_LIMITS.maxJsonLength} are read`);
  });

  it('refuses a list longer than maxListLength, naming it', () => {
    const members = Array.from({ length: PROJECT_LIMITS.maxListLength + 1 }, () => 0);
    const error = refused('parseProject', () =>
      parseProject(doc({ group: { requiredPerspectives: [], members } })),
    );
    expect(error.code).toBe('limit-exceeded');
    expect(error.problems[0]?.path).toEqual(['group', 'members']);
    expect(error.problems[0]?.message).toBe(
      `holds ${PROJECT_LIMITS.maxListLength + 1} items; a list may hold at most ${PROJECT_LIMITS.maxListLength}`,
    );
  });

  it('refuses a document of more than maxValues values, whatever shape makes them', () => {
    // One attendance list shared by many activities: small in memory, huge as a document.
    const attendance = Array.from({ length: 100_000 }, () => ({ memberId: 'm-01' }));
    const activity = { ...smallProjectInput.activities?.[0], attendance };
    const error = refused('parseProject', () =>
      parseProject(doc({ activities: Array.from({ length: 10 }, () => activity) })),
    );
    expect(error.code).toBe('limit-exceeded');
    expect(error.problems[0]?.message).toBe(
      `the project document holds more than ${PROJECT_LIMITS.maxValues} values`,
    );
  });

  it('refuses nesting deeper than maxDepth, and extensions deeper than their own limit', () => {
    const tooDeep = refused('parseProject', () =>
      parseProject(doc({ extensions: { x: nested(PROJECT_LIMITS.maxDepth + 10) } })),
    );
    expect(tooDeep.code).toBe('limit-exceeded');
    expect(tooDeep.problems[0]?.message).toBe(
      `nests more than ${PROJECT_LIMITS.maxDepth} levels deep`,
    );
    const deepExtension = refused('parseProject', () =>
      parseProject(doc({ extensions: { x: nested(MAX_EXTENSION_DEPTH + 2) } })),
    );
    expect(deepExtension.code).toBe('invalid-project');
    expect(deepExtension.problems[0]?.message).toBe(
      `is nested more than ${MAX_EXTENSION_DEPTH} levels deep`,
    );
  });

  it('refuses a string longer than maxStringLength anywhere, and text fields past their own limits', () => {
    const huge = refused('parseProject', () =>
      parseProject(doc({ extensions: { note: 'x'.repeat(PROJECT_LIMITS.maxStringLength + 1) } })),
    );
    expect(huge.code).toBe('limit-exceeded');
    expect(huge.problems[0]?.path).toEqual(['extensions', 'note']);
    const hugeKey = refused('parseProject', () =>
      parseProject(doc({ extensions: { ['k'.repeat(PROJECT_LIMITS.maxStringLength + 1)]: 1 } })),
    );
    expect(hugeKey.code).toBe('limit-exceeded');
    const text = refused('parseProject', () =>
      parseProject(doc({ purpose: { what: 'x'.repeat(MAX_TEXT_LENGTH + 1) } })),
    );
    expect(text.problems[0]).toMatchObject({
      path: ['purpose', 'what'],
      message: `must be at most ${MAX_TEXT_LENGTH} characters long`,
    });
    const label = refused('parseProject', () =>
      parseProject(doc({ title: 'x'.repeat(PROJECT_LIMITS.maxLabelLength + 1) })),
    );
    expect(label.problems[0]?.message).toBe(
      `must be at most ${PROJECT_LIMITS.maxLabelLength} characters long`,
    );
    const id = refused('parseProject', () =>
      parseProject(doc({ id: 'x'.repeat(PROJECT_LIMITS.maxIdLength + 1) })),
    );
    expect(id.problems[0]?.path).toEqual(['id']);
  });

  it('refuses extensions holding more than maxExtensionValues values', () => {
    const error = refused('parseProject', () =>
      parseProject(
        doc({ extensions: { list: Array.from({ length: MAX_EXTENSION_VALUES }, () => 1) } }),
      ),
    );
    expect(error.code).toBe('invalid-project');
    expect(error.problems[0]?.message).toBe(`holds more than ${MAX_EXTENSION_VALUES} values`);
  });

  it('lists at most a thousand problems, and says how many there were', () => {
    const members = Array.from({ length: 50_000 }, () => 0);
    const error = refused('parseProject', () =>
      parseProject(doc({ group: { requiredPerspectives: [], members } })),
    );
    expect(error.code).toBe('invalid-project');
    expect(error.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(error.message).toMatch(/^The project document has 500\d\d problems:/);
    expect(error.problems[0]).toMatchObject({
      path: ['group', 'members', 0],
      message: 'must be an object, not a number',
    });
    expect(error.problems.at(-1)?.message).toMatch(/^…and \d+ more problems, not listed$/);
  });

  it('counts every unknown field of an object with thousands of them, listing a thousand', () => {
    const junk = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field${i}`, i]));
    const error = refused('parseProject', () => parseProject(doc(junk)));
    expect(error.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(error.message).toMatch(/^The project document has 5000 problems:/);
  });
});

describe('history limits', () => {
  const saved = JSON.parse(serializeHistory(createHistory(smallProject()))) as Record<
    string,
    unknown
  >;

  it('refuses a history with more than maxEntries entries, or a list past maxListLength', () => {
    const value = Array.from({ length: HISTORY_LIMITS.maxListLength + 1 }, () => 0);
    const entries = [
      {
        command: { type: 'project/set-extensions', payload: { extensions: {} } },
        at: '2025-01-01T00:00:00Z',
        patches: [{ op: 'replace', path: ['extensions'], value: { value } }],
        inversePatches: [],
      },
    ];
    const error = refused('parseHistory', () => parseHistory({ ...saved, entries }));
    expect(error.code).toBe('limit-exceeded');
    expect(error.problems[0]?.path).toEqual(['entries', 0, 'patches', 0, 'value', 'value']);
  });

  it('allows a list as long as the most entries a history may have', () => {
    // The entries are one list: were the list limit lower, a history within maxEntries would be refused.
    expect(HISTORY_LIMITS.maxListLength).toBeGreaterThanOrEqual(HISTORY_LIMITS.maxEntries);
  });

  it('refuses nesting deeper than maxDepth before reading the patches', () => {
    const error = refused('parseHistory', () =>
      parseHistory({ ...saved, extra: nested(HISTORY_LIMITS.maxDepth + 1) }),
    );
    expect(error.code).toBe('limit-exceeded');
  });
});

describe('rule and configuration limits', () => {
  it('refuses a configuration holding more than maxJsonValues values', () => {
    const rules: Record<string, unknown> = {};
    const list = Array.from({ length: 1000 }, () => 'x');
    for (let i = 0; i < RULE_LIMITS.maxJsonValues / 1000 + 1; i++) {
      rules[`rule-${i}`] = { parameters: { list } };
    }
    const result = parseCouncilConfig({ rules });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.problems[0]?.message).toBe(
        `holds more than ${RULE_LIMITS.maxJsonValues} values`,
      );
    }
  });

  it('refuses more inline rules than maxRules before reading any of them', () => {
    const customRules = Array.from({ length: RULE_LIMITS.maxRules + 1 }, () => ({ junk: true }));
    const error = refused('createRuleSet', () => createRuleSet({ customRules } as never));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      path: ['customRules'],
      message: `holds ${RULE_LIMITS.maxRules + 1} rules; a configuration may hold at most ${RULE_LIMITS.maxRules}`,
    });
  });
});
