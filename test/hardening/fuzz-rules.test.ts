/**
 * Fuzzing rule files and council configurations: the default rules (renamed
 * as council rules) and generated configurations, with hostile mutations.
 * Parsing returns problems with paths and never throws; compiling ends in a
 * rule set or a CoproduceError with paths; a rule set that compiles runs a
 * check to a report. Within the time budget, prototypes untouched, and no
 * trap value is ever called.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, createRuleSet, resolveConfig } from '../../src/check/compile.js';
import { check } from '../../src/check/evaluate.js';
import { CheckReportSchema } from '../../src/check/report-schema.js';
import {
  type ParseResult,
  parseCouncilConfig,
  parseRuleFile,
  parseRuleSetPreset,
} from '../../src/check/rule-schema.js';
import { CoproduceError, toJsonPointer } from '../../src/model/index.js';
import { parseProject } from '../../src/model/parse.js';
import { smallProject } from '../state/fixtures.js';
import {
  expectPrototypesUntouched,
  FUZZ_RUNS,
  hostileStrings,
  hostileValueArb,
  mutatedArb,
  prototypeSnapshot,
  settle,
  settleAsync,
} from './support.js';

const NOW = '2025-09-01T12:00:00Z';
const projects = [
  smallProject(),
  parseProject(JSON.parse(readFileSync('examples/projects/mid-way.json', 'utf8'))),
];

let before: string[][];
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expectPrototypesUntouched(before);
});

const defaults = [...builtinRules().values()];
const ruleIds = defaults.map((rule) => rule.id);

/** A default rule as a council's own: same content, an id of its own. */
const councilRuleArb: fc.Arbitrary<unknown> = fc
  .constantFrom(...defaults)
  .map((rule) => ({ ...rule, id: `council-${rule.id}`, set: 'council' }));

/** Parsing never throws: it returns the value or problems, each with a path. */
function expectParseResult<T>(label: string, parse: () => ParseResult<T>): ParseResult<T> {
  const outcome = settle(label, parse);
  expect(outcome.ok).toBe(true);
  const result = (outcome as { value: ParseResult<T> }).value;
  if (!result.success) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(p.pointer).toBe(toJsonPointer(p.path));
  }
  return result;
}

/** A rule set that compiled runs to a report that meets the report schema. */
async function expectChecks(ruleSet: ReturnType<typeof createRuleSet>, locale?: string) {
  for (const project of projects) {
    const outcome = await settleAsync('check', () =>
      check(project, { rules: ruleSet, now: NOW, ...(locale ? { locale } : {}) }),
    );
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(CheckReportSchema.safeParse(outcome.value).success).toBe(true);
  }
}

const settingArb = (id: string): fc.Arbitrary<unknown> => {
  const parameters = Object.keys(builtinRules().get(id)?.parameters ?? {});
  return fc.oneof(
    fc.constantFrom('off', 'error', 'warning', 'info', 'loud'),
    fc.record(
      {
        severity: fc.constantFrom('error', 'warning', 'info'),
        parameters: fc.dictionary(
          fc.constantFrom(...parameters, 'toString', 'noSuchParameter'),
          fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.string(), fc.boolean()),
          { maxKeys: 2 },
        ),
        messages: fc.record(
          {
            title: fc.constantFrom('Quiet', '{subject}', '{missingData}'),
            flagged: fc.constantFrom('{subject} is flagged.', '{nothingHere}', 'No placeholder.'),
            action: fc.constantFrom('Act.', '{toString}', '{constructor}'),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  );
};

/** A configuration a council might write, some of it mistaken. */
const configArb: fc.Arbitrary<unknown> = fc.record(
  {
    extends: fc.array(
      fc.constantFrom(
        'coproduce:recommended',
        'coproduce:all',
        'coproduce:nothing',
        'base.json',
        'loop-a.json',
        'missing.json',
      ),
      { maxLength: 3 },
    ),
    rules: fc
      .uniqueArray(fc.constantFrom(...ruleIds, 'no-such-rule'), { maxLength: 4 })
      .chain((ids) => fc.tuple(...ids.map((id) => settingArb(id).map((s) => [id, s] as const))))
      .map((entries) => Object.fromEntries(entries)),
    customRules: fc.array(councilRuleArb, { maxLength: 2 }),
    messages: fc.dictionary(
      fc.constantFrom('cy', 'en-GB', 'fr', 'not a locale'),
      fc.dictionary(
        fc.constantFrom('quiet-members', 'purpose-recorded', 'no-such-rule'),
        fc.record(
          { flagged: fc.constantFrom('Welsh text', '{subject} tawel.', '{missing}') },
          { requiredKeys: [] },
        ),
        { maxKeys: 2 },
      ),
      { maxKeys: 2 },
    ),
    locale: fc.constantFrom('en-GB', 'cy', 'xx_bad'),
  },
  { requiredKeys: [] },
);

/** Files that `extends` can name: a plain base, a cycle, and one never found. */
const files: Record<string, unknown> = {
  'base.json': { extends: ['coproduce:recommended'], rules: { 'quiet-members': 'error' } },
  'loop-a.json': { extends: ['loop-b.json'] },
  'loop-b.json': { extends: ['loop-a.json'] },
};
const resolveExtends = (ref: string) => {
  if (!Object.hasOwn(files, ref))
    throw new CoproduceError('file-not-found', `Cannot read ${ref}: no such file.`);
  return { file: ref, config: files[ref] };
};

describe('rule files under fuzzing', () => {
  it('parse to a rule or problems with paths, and compile to a rule set or a CoproduceError', async () => {
    let compiled = 0;
    await fc.assert(
      fc.asyncProperty(mutatedArb(councilRuleArb), async (rule) => {
        expectParseResult('parseRuleFile', () => parseRuleFile(rule));
        const outcome = settle('createRuleSet', () =>
          createRuleSet({ extends: [], customRules: [rule as never] }),
        );
        if (outcome.ok) {
          compiled += 1;
          await expectChecks(outcome.value);
        } else expect(['invalid-rule', 'invalid-config']).toContain(outcome.error.code);
        expectPrototypesUntouched(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(compiled).toBeGreaterThan(0);
  });

  it('refuse anything at all given as a rule, a preset or a configuration', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValueArb, fc.anything()), (value) => {
        expectParseResult('parseRuleFile', () => parseRuleFile(value));
        expectParseResult('parseRuleSetPreset', () => parseRuleSetPreset(value));
        expectParseResult('parseCouncilConfig', () => parseCouncilConfig(value));
        const outcome = settle('createRuleSet', () => createRuleSet(value as never));
        // Only a configuration that means "the defaults" ({} or nothing at all) compiles.
        if (outcome.ok) expect(outcome.value.rules.length).toBeGreaterThan(0);
        expectPrototypesUntouched(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never evaluate a hostile string used as a path, a fact, an operator or a value', async () => {
    const leaf = fc.record({
      fact: fc.constantFrom('ideaCount', ...hostileStrings),
      operator: fc.constantFrom('lessThan', 'equal', ...hostileStrings),
      value: fc.oneof(fc.constantFrom(...hostileStrings), fc.integer()),
      path: fc.constantFrom(...hostileStrings),
      params: fc.dictionary(fc.constantFrom(...hostileStrings), fc.constantFrom(...hostileStrings)),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.record({ all: fc.array(leaf, { minLength: 1, maxLength: 3 }) }),
        async (conditions) => {
          const rule = {
            ...(defaults[0] as object),
            id: 'council-hostile',
            set: 'council',
            conditions,
          };
          const outcome = settle('createRuleSet', () =>
            createRuleSet({ extends: [], customRules: [rule as never] }),
          );
          if (outcome.ok) await expectChecks(outcome.value);
          expectPrototypesUntouched(before);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('configurations under fuzzing', () => {
  it('resolve and compile to a rule set or a CoproduceError with paths, and a rule set checks', async () => {
    let compiled = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(configArb, mutatedArb(configArb)), async (config) => {
        const resolved = settle('resolveConfig', () => resolveConfig(config, { resolveExtends }));
        if (!resolved.ok) {
          expect(['invalid-config', 'invalid-rule']).toContain(resolved.error.code);
          return;
        }
        const outcome = settle('createRuleSet', () => createRuleSet(resolved.value));
        if (outcome.ok) {
          compiled += 1;
          await expectChecks(outcome.value, 'cy');
        } else expect(['invalid-config', 'invalid-rule']).toContain(outcome.error.code);
        // The same configuration handed to check() directly ends the same way.
        const direct = await settleAsync('check', () =>
          check(projects[0] as never, { rules: config as never, now: NOW }),
        );
        if (!direct.ok) expect(direct.error.code).toMatch(/^invalid-(config|rule|options)$/);
        expectPrototypesUntouched(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(compiled).toBeGreaterThan(0);
  });
});
