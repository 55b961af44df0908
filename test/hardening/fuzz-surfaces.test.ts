/**
 * Fuzzing the surfaces issue 12 bounded: batches nested at any depth, and
 * graphs of configurations that extend each other (shared files, cycles,
 * missing files, presets, repeats), in memory and on disk. Every case ends
 * in a value or a well-formed CoproduceError within the per-case budget
 * (`settle` fails the test past it), and no prototype is touched.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/check/compile.js';
import {
  applyCommand,
  builtinRules,
  COMMAND_LIMITS,
  type Command,
  CoproduceError,
  commands,
  createRuleSet,
  parseCommand,
} from '../../src/index.js';
import { loadConfig } from '../../src/node/index.js';
import { smallProject } from '../state/fixtures.js';
import { commandArbitrary } from '../support/command-arbitraries.js';
import {
  expectPrototypesUntouched,
  FUZZ_RUNS,
  hostileValueArb,
  prototypeSnapshot,
  settle,
  settleAsync,
} from './support.js';

/** A command wrapped in batches `depth` deep, some levels holding siblings. */
const nestedBatchArb: fc.Arbitrary<{ command: Command; depth: number }> = fc
  .tuple(
    commandArbitrary,
    fc.integer({ min: 0, max: 40 }),
    fc.array(fc.oneof(commandArbitrary, hostileValueArb as fc.Arbitrary<Command>), {
      maxLength: 3,
    }),
  )
  .map(([inner, depth, siblings]) => {
    let command = inner;
    for (let level = 0; level < depth; level++) {
      command = commands.batch(level % 7 === 0 ? [...siblings, command] : [command]);
    }
    return { command, depth };
  });

describe('batches nested at any depth', () => {
  it('end in a project or a CoproduceError, refused past the limit', () => {
    const before = prototypeSnapshot();
    const project = smallProject();
    fc.assert(
      fc.property(nestedBatchArb, ({ command, depth }) => {
        const applied = settle('applyCommand', () => applyCommand(project, command));
        const parsed = settle('parseCommand', () => parseCommand(command as unknown));
        // Depth counts the batches around the inner command (plus one if it is a batch itself).
        if (depth > COMMAND_LIMITS.maxBatchDepth) {
          expect(applied.ok).toBe(false);
          expect(parsed.ok).toBe(false);
          if (!applied.ok) expect(applied.error.code).toBe('limit-exceeded');
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
    expectPrototypesUntouched(before);
  });
});

/** A graph of up to twelve configuration files extending one another. */
const graphArb = fc.integer({ min: 1, max: 12 }).chain((size) =>
  fc.array(
    fc.record({
      extends: fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: 0, max: size }).map((i) => `c${i}.json`) },
          { weight: 1, arbitrary: fc.constantFrom('coproduce:recommended', 'coproduce:all') },
          { weight: 1, arbitrary: fc.constantFrom('coproduce:nothing', '../outside.json', '') },
        ),
        { maxLength: 6 },
      ),
      rules: fc.dictionary(
        fc.constantFrom('quiet-members', 'dominant-voices', 'no-such-rule', 'constructor'),
        fc.constantFrom('off', 'warning', 'error', 'loud'),
        { maxKeys: 2 },
      ),
    }),
    { minLength: size, maxLength: size },
  ),
);

describe('graphs of configurations', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'coproduce-fuzz-graphs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolve in memory to a configuration or a CoproduceError', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(graphArb, (graph) => {
        // As coproduce/node does: a missing file is a CoproduceError from the resolver.
        const missing = (name: string) =>
          new CoproduceError('file-not-found', `Cannot read ${name}: no such file.`);
        const file = (name: string) => {
          const index = Number(/^c(\d+)\.json$/.exec(name)?.[1] ?? Number.NaN);
          if (!(index >= 0 && index < graph.length)) throw missing(name);
          return graph[index];
        };
        settle('resolveConfig', () =>
          resolveConfig(graph[0], {
            file: 'c0.json',
            resolveExtends: (ref) => {
              const config = file(ref);
              if (config === undefined) throw missing(ref);
              return { file: ref, config };
            },
          }),
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
    expectPrototypesUntouched(before);
  });

  it('load from disk to a rule set or a CoproduceError', async () => {
    const before = prototypeSnapshot();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(graphArb, async (graph) => {
        const base = mkdtempSync(join(dir, `run-${run++}-`));
        graph.forEach((config, i) => {
          writeFileSync(join(base, `c${i}.json`), JSON.stringify(config));
        });
        await settleAsync('loadConfig', () => loadConfig(join(base, 'c0.json')));
        // Removed case by case: thousands of folders left for afterAll outlast its timeout.
        rmSync(base, { recursive: true, force: true });
      }),
      { numRuns: Math.max(20, Math.floor(FUZZ_RUNS / 3)) },
    );
    expectPrototypesUntouched(before);
  });
});

/** Ids one letter longer than a default rule's: each has a suggestion. */
const NEAR_MISSES = [...builtinRules().keys()]
  .flatMap((id) => [...'abcdefghijklmnopqrstuvwxyz'].map((letter) => `${id}${letter}`))
  .filter((id) => !builtinRules().has(id));

/**
 * Up to five files of rule settings, some naming rules that do not exist
 * (near misses of real ids, and ids near nothing), and inline rules reading
 * facts that do not exist.
 */
const mistakesArb = fc.record({
  files: fc.array(
    fc.record({
      nearMisses: fc.integer({ min: 0, max: 400 }),
      strangers: fc.integer({ min: 0, max: 400 }),
      known: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  rules: fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 6 }),
});

describe('configurations full of mistakes', () => {
  it('list at most 200 problems, count them all, and suggest only for the first 20', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(mistakesArb, ({ files, rules }) => {
        const configs: Record<string, unknown> = {};
        let expected = 0;
        files.forEach((spec, f) => {
          const settings: Record<string, string> = {};
          for (let i = 0; i < spec.nearMisses; i++) settings[NEAR_MISSES[i] as string] = 'error';
          for (let i = 0; i < spec.strangers; i++) settings[`zz-${f}-${i}`] = 'off';
          if (spec.known) settings['quiet-members'] = 'warning';
          configs[`f${f}.json`] = { extends: [], rules: settings };
          expected += spec.nearMisses + spec.strangers;
        });
        const customRules = rules.map((conditions, r) => ({
          id: `council-${r}`,
          set: 'council',
          version: 1,
          title: 'A council rule',
          section: 'Council checks',
          scope: 'project',
          severity: 'info',
          questions: ['honesty.open-to-change'],
          rationale: 'Why.',
          messages: { flagged: 'Found.', action: 'Act.' },
          conditions: {
            all: Array.from({ length: conditions }, () => ({
              fact: 'ideaCuont',
              operator: 'lessThan',
              value: 2,
            })),
          },
        }));
        const outcome = settle('createRuleSet', () =>
          createRuleSet(
            resolveConfig(
              { extends: Object.keys(configs), customRules },
              { resolveExtends: (ref) => ({ file: ref, config: configs[ref] }) },
            ),
          ),
        );
        // Unknown rule ids stop resolveConfig; only then are the rules' facts checked.
        const total = expected > 0 ? expected : rules.reduce((sum, n) => sum + n, 0);
        if (total === 0) {
          expect(outcome.ok).toBe(true);
          return;
        }
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        const { problems, message } = outcome.error;
        expect(message.split('\n')[0]).toContain(
          `(${total.toLocaleString('en-GB')} problem${total === 1 ? '' : 's'})`,
        );
        if (total <= 200) {
          expect(problems).toHaveLength(total);
        } else {
          expect(problems).toHaveLength(201);
          expect(problems[200]?.message).toBe(
            `…and ${(total - 200).toLocaleString('en-GB')} more problem${total === 201 ? '' : 's'}, not listed; fix these first`,
          );
        }
        problems.forEach((p, i) => {
          if (i >= 20) expect(p.message).not.toContain('did you mean');
          else if (p.message.startsWith('unknown rule id "zz-'))
            expect(p.message).not.toContain('did you mean');
          else expect(p.message).toContain('did you mean');
        });
      }),
      { numRuns: Math.max(20, Math.floor(FUZZ_RUNS / 5)) },
    );
    expectPrototypesUntouched(before);
  });
});
