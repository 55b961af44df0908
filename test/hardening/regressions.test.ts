/**
 * Bugs the hardening work found, each pinned by the smallest input that
 * showed it. Before the fixes, each of these crashed with something other
 * than a CoproduceError, hung, ran out of memory, or quietly accepted a
 * mistake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuleSet } from '../../src/check/compile.js';
import { check } from '../../src/check/evaluate.js';
import { testRule } from '../../src/check/test-rule.js';
import { createHistory } from '../../src/index.js';
import type { Project } from '../../src/model/index.js';
import { parseProject, serializeProject } from '../../src/model/parse.js';
import { applyCommand, parseCommand } from '../../src/state/apply.js';
import type { Command } from '../../src/state/commands/index.js';
import { commands } from '../../src/state/commands/index.js';
import { recordCommand } from '../../src/state/history.js';
import { parseHistory, serializeHistory } from '../../src/state/history-file.js';
import { smallProject, smallProjectInput } from '../state/fixtures.js';
import { expectPrototypesUntouched, prototypeSnapshot, settle, settleAsync } from './support.js';

let before: string[][];
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expectPrototypesUntouched(before);
});

const NOW = '2025-09-01T12:00:00Z';

const customRule = (extra: Record<string, unknown>): never =>
  ({
    id: 'council-rule',
    set: 'council',
    version: 1,
    title: 'A council rule',
    questions: ['honesty.open-to-change'],
    section: 'Governance',
    scope: 'project',
    severity: 'info',
    conditions: { all: [{ fact: 'ideaCount', operator: 'lessThan', value: 2 }] },
    messages: { flagged: 'Few ideas.', action: 'Ask for more.' },
    rationale: 'Ideas matter.',
    ...extra,
  }) as never;

/** Two keys that both lead back to the object: a copy that follows them never ends. */
function twoWayCycle(): Record<string, unknown> {
  const node: Record<string, unknown> = { name: 'loop' };
  node.a = node;
  node.b = node;
  return node;
}

/** Forty levels whose two keys share one branch: 2^40 paths through 41 objects. */
function sharedBranches(levels = 40): unknown {
  let node: unknown = 'leaf';
  for (let i = 0; i < levels; i++) node = { left: node, right: node };
  return node;
}

function deeplyNested(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) node = { a: node };
  return node;
}

describe('names in rule and configuration files are data, not prototype lookups', () => {
  // Before: `toString` found Object.prototype.toString, so these were accepted or crashed.
  it('refuses a configured parameter called toString (was silently accepted)', () => {
    const outcome = settle('createRuleSet', () =>
      createRuleSet({ rules: { 'quiet-members': { parameters: { toString: 5 } } } }),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('invalid-config');
      expect(outcome.error.problems[0]?.message).toContain('unknown parameter "toString"');
    }
  });

  it('refuses a fact parameter called toString (was silently accepted)', () => {
    const outcome = settle('createRuleSet', () =>
      createRuleSet({
        extends: [],
        customRules: [
          customRule({
            conditions: {
              all: [{ fact: 'ideaCount', params: { toString: 1 }, operator: 'lessThan', value: 2 }],
            },
          }),
        ],
      }),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.problems[0]?.message).toContain('takes no parameters');
  });

  it('refuses a fact parameter called hasOwnProperty set from a rule parameter (was a TypeError)', () => {
    const outcome = settle('createRuleSet', () =>
      createRuleSet({
        extends: [],
        customRules: [
          customRule({
            parameters: { limit: { type: 'integer', default: 1, description: 'A limit.' } },
            conditions: {
              all: [
                {
                  fact: 'ideaCount',
                  params: { hasOwnProperty: { param: 'limit' } },
                  operator: 'lessThan',
                  value: 2,
                },
              ],
            },
          }),
        ],
      }),
    );
    expect(outcome.ok).toBe(false);
  });

  it('says { "param": "valueOf" } names no parameter (was "must be a number")', () => {
    const outcome = settle('createRuleSet', () =>
      createRuleSet({
        extends: [],
        customRules: [
          customRule({
            conditions: {
              all: [{ fact: 'ideaCount', operator: 'lessThan', value: { param: 'valueOf' } }],
            },
          }),
        ],
      }),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.problems[0]?.message).toBe(
        'unknown parameter "valueOf": the rule has no parameters',
      );
    }
  });

  it('refuses a rule-test parameter called toString (was silently accepted)', async () => {
    const error = await testRule('quiet-members', {
      valid: [{ name: 'anything', project: smallProjectInput, parameters: { toString: 2 } }],
    }).then(
      () => undefined,
      (reason: unknown) => reason as Error,
    );
    expect(error?.message).toContain('unknown parameter "toString"');
  });
});

describe('self-referencing and shared-branch objects end quickly', () => {
  // Before: the copy walked every path (2^32 or more) and ran out of memory.
  it('refuses extensions that refer to themselves', () => {
    const outcome = settle('parseProject', () =>
      parseProject({ ...smallProjectInput, extensions: twoWayCycle() }),
    );
    expect(outcome.ok).toBe(false);
  });

  it('refuses extensions whose branches are shared forty levels deep', () => {
    const outcome = settle('parseProject', () =>
      parseProject({ ...smallProjectInput, extensions: { tree: sharedBranches() } }),
    );
    expect(outcome.ok).toBe(false);
  });

  it('refuses a command whose payload refers to itself (was out of memory)', () => {
    const command = {
      type: 'project/set-extensions',
      payload: { extensions: twoWayCycle() },
    } as unknown as Command;
    const applied = settle('applyCommand', () => applyCommand(smallProject(), command));
    expect(applied.ok).toBe(false);
    expect(settle('parseCommand', () => parseCommand(command)).ok).toBe(false);
  });

  it('refuses a command whose extra field shares branches forty levels deep', () => {
    const command = {
      type: 'member/add',
      payload: { id: 'm-09', displayName: 'I', roles: ['resident'], extra: sharedBranches() },
    } as unknown as Command;
    expect(settle('applyCommand', () => applyCommand(smallProject(), command)).ok).toBe(false);
  });

  it('refuses a saved history whose patch value is cyclic or deeply nested (was a stack overflow)', () => {
    const saved = JSON.parse(serializeHistory(createHistory(smallProject()))) as Record<
      string,
      unknown
    >;
    const entry = (value: unknown) => ({
      command: commands.project.setExtensions({ extensions: {} }),
      at: '2025-01-01T00:00:00Z',
      patches: [{ op: 'replace', path: ['extensions'], value }],
      inversePatches: [],
    });
    for (const value of [twoWayCycle(), deeplyNested(20_000)]) {
      const outcome = settle('parseHistory', () =>
        parseHistory({ ...saved, entries: [entry(value)] }),
      );
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.code).toBe('limit-exceeded');
    }
  });
});

describe('a "__proto__" key in a command from JSON is a key, not a prototype', () => {
  // Before: the payload's copy assigned the key, which set the copy's
  // prototype; the schema then read the fields through it, so the command
  // was applied, but its recorded form had no such fields and replayed as
  // a different change.
  const memberId = smallProject().group.members[0]!.id;
  it.each([
    ['in the changes', `{"id":"${memberId}","changes":{"__proto__":{"displayName":"Injected"}}}`],
    [
      'around the whole payload',
      `{"__proto__":{"id":"${memberId}","changes":{"displayName":"Injected"}}}`,
    ],
  ])('refuses it %s, and records nothing', (_where, payload) => {
    const command = JSON.parse(`{"type":"member/update","payload":${payload}}`) as Command;
    const project = smallProject();
    const applied = settle('applyCommand', () => applyCommand(project, command));
    expect(applied.ok).toBe(false);
    if (!applied.ok) expect(applied.error.code).toBe('invalid-command');
    expect(project.group.members[0]!.displayName).not.toBe('Injected');
    const history = createHistory(project);
    const recorded = settle('recordCommand', () =>
      recordCommand(history, command, { at: '2025-01-01T00:00:00Z' }),
    );
    expect(recorded.ok).toBe(false);
  });

  it('names the key in the problem', () => {
    const command = JSON.parse(
      `{"type":"member/update","payload":{"id":"${memberId}","changes":{"__proto__":{"displayName":"Injected"}}}}`,
    ) as Command;
    const applied = settle('applyCommand', () => applyCommand(smallProject(), command));
    expect(applied.ok ? [] : applied.error.problems.map((p) => p.path.join('.'))).toEqual([
      'payload.changes.__proto__',
    ]);
  });
});

describe('-0, which JSON writes as 0', () => {
  // Before: a project holding -0 (JSON.parse('-0') gives it) did not read back from its own JSON.
  it('is read as 0, so a project reads back from its JSON exactly', () => {
    const text = JSON.stringify({ ...smallProjectInput, extensions: { n: 1 } }).replace(
      '"n":1',
      '"n":-0',
    );
    const project = parseProject(JSON.parse(text));
    expect(Object.is(project.extensions.n, 0)).toBe(true);
    expect(parseProject(JSON.parse(serializeProject(project)))).toEqual(project);
    const budget = parseProject({ ...smallProjectInput, resources: { budgetGbp: -0 } });
    expect(Object.is(budget.resources.budgetGbp, 0)).toBe(true);
  });
});

describe('a saved history with a value JSON cannot hold', () => {
  // Before: the hash chain wrote the entry out with JSON.stringify, which threw a TypeError.
  it('is refused when a recorded command holds a BigInt', () => {
    const saved = JSON.parse(
      serializeHistory(
        recordCommand(
          createHistory(smallProject()),
          commands.project.update({ changes: { title: 'Renamed' } }),
          { at: '2025-01-01T00:00:00Z' },
        ),
      ),
    ) as { entries: { command: { payload: Record<string, unknown> } }[] };
    (saved.entries[0] as (typeof saved.entries)[number]).command.payload.changes = { title: 10n };
    const outcome = settle('parseHistory', () => parseHistory(saved));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('invalid-history');
  });

  // Before: freezing the entries threw "Cannot freeze array buffer views with elements".
  it('is refused when a recorded command holds a typed array', () => {
    const saved = JSON.parse(
      serializeHistory(
        recordCommand(
          createHistory(smallProject()),
          commands.project.update({ changes: { title: 'Renamed' } }),
          { at: '2025-01-01T00:00:00Z' },
        ),
      ),
    ) as { entries: { command: { payload: Record<string, unknown> } }[] };
    (saved.entries[0] as (typeof saved.entries)[number]).command.payload.changes = {
      title: new Uint8Array([1, 2, 3]),
    };
    const outcome = settle('parseHistory', () => parseHistory(saved));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('invalid-history');
  });
});

describe('check() refuses what it cannot use', () => {
  const project = smallProject();

  // Before: the configuration was written out as a cache key before it was
  // checked, which overflowed the stack.
  it('refuses a configuration nested 20,000 levels deep (was a stack overflow)', async () => {
    const outcome = await settleAsync('check', () =>
      check(project, { rules: { extends: [], rules: deeplyNested(20_000) } as never, now: NOW }),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('invalid-config');
      expect(outcome.error.problems[0]?.message).toContain('levels deep');
    }
  });

  it('refuses a configuration that refers to itself (was a stack overflow)', async () => {
    const config: Record<string, unknown> = { extends: [] };
    config.self = config;
    const outcome = await settleAsync('check', () =>
      check(project, { rules: config as never, now: NOW }),
    );
    expect(outcome.ok).toBe(false);
  });

  // Before: facts read the raw document and threw TypeErrors.
  it('validates a project that did not come from parseProject (was a TypeError)', async () => {
    const raw = JSON.parse(JSON.stringify(smallProjectInput)) as Record<string, unknown>;
    const fine = await settleAsync('check', () => check(raw as unknown as Project, { now: NOW }));
    expect(fine.ok).toBe(true);
    (raw.group as Record<string, unknown>).members = [{ id: 'm-01' }];
    const broken = await settleAsync('check', () => check(raw as unknown as Project, { now: NOW }));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.code).toBe('invalid-project');
    const nothing = await settleAsync('check', () => check(null as unknown as Project));
    expect(nothing.ok).toBe(false);
  });

  it('still checks parsed and command-made projects without parsing them again', async () => {
    const next = applyCommand(project, commands.project.update({ changes: { title: 'Renamed' } }));
    const report = await check(next, { now: NOW });
    expect(report.project.title).toBe('Renamed');
  });
});

describe('a command given a hand-made project', () => {
  it('refuses one that is not valid, rather than break on it', () => {
    const broken = { ...smallProject(), group: { members: 'nobody' } } as unknown as Project;
    const outcome = settle('applyCommand', () =>
      applyCommand(broken, commands.project.update({ changes: { title: 'X' } })),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('invalid-project');
  });

  it('accepts a valid one, frozen by its owner, and leaves the owner’s object alone', () => {
    const own = Object.freeze(JSON.parse(JSON.stringify(smallProject()))) as Project;
    const next = applyCommand(own, commands.project.update({ changes: { title: 'X' } }));
    expect(next.title).toBe('X');
    expect(own.title).toBe('Young carers travel');
  });
});
