/**
 * Fuzzing project documents: generated valid documents, the same documents
 * with hostile mutations (wrong types, missing and extra fields, `__proto__`
 * keys, deep nesting, long strings, huge lists, invalid dates and time
 * zones, duplicate ids, dangling references, NaN and other non-JSON
 * values), mangled JSON text, and anything at all. Each case ends in a
 * project or a CoproduceError with paths, within the time budget, and leaves
 * every prototype as it was. A document that parses is also written out,
 * read back and checked.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuleSet } from '../../src/check/compile.js';
import { check } from '../../src/check/evaluate.js';
import type { Project } from '../../src/model/index.js';
import {
  parseProject,
  parseProjectJson,
  safeParseProject,
  serializeProject,
} from '../../src/model/parse.js';
import { smallProjectInput } from '../state/fixtures.js';
import { projectInputArb } from '../support/arbitraries.js';
import {
  expectPrototypesUntouched,
  FUZZ_RUNS,
  hostileValueArb,
  mangledTextArb,
  mutatedArb,
  prototypeSnapshot,
  settle,
  settleAsync,
} from './support.js';

const NOW = '2025-09-01T12:00:00Z';
const allRules = createRuleSet({ extends: ['coproduce:all'] });
let before: string[][];

beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expectPrototypesUntouched(before);
});

/** A project that parsed must survive a round trip and a check. */
async function exercise(project: Project): Promise<void> {
  const text = serializeProject(project);
  expect(parseProjectJson(text)).toEqual(project);
  const report = await settleAsync('check', () => check(project, { rules: allRules, now: NOW }));
  expect(report.ok).toBe(true);
}

const documents = fc.oneof(
  { weight: 3, arbitrary: projectInputArb as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: fc.constant(smallProjectInput as unknown) },
);

describe('parseProject under fuzzing', () => {
  it('reads every generated valid document', () => {
    fc.assert(
      fc.property(projectInputArb, (input) => {
        const outcome = settle('parseProject', () => parseProject(input));
        expect(outcome.ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('ends every mutated document in a project or a CoproduceError with paths', async () => {
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutatedArb(documents), async (input) => {
        const outcome = settle('parseProject', () => parseProject(input));
        if (outcome.ok) {
          accepted += 1;
          await exercise(outcome.value);
        } else {
          refused += 1;
          expect(['invalid-project', 'limit-exceeded', 'unsupported-schema-version']).toContain(
            outcome.error.code,
          );
        }
        // safeParseProject never throws for the same input.
        expect(safeParseProject(input).success).toBe(outcome.ok);
        expectPrototypesUntouched(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
    // The mutations are hostile enough to be refused mostly, but not always.
    expect(refused).toBeGreaterThan(accepted);
  });

  it('ends mangled JSON text in a project or a CoproduceError', () => {
    const text = serializeProject(parseProject(smallProjectInput));
    fc.assert(
      fc.property(mangledTextArb(text), (mangled) => {
        const outcome = settle('parseProjectJson', () => parseProjectJson(mangled));
        if (!outcome.ok) {
          expect(['invalid-json', 'invalid-project', 'unsupported-schema-version']).toContain(
            outcome.error.code,
          );
        }
        expectPrototypesUntouched(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('refuses anything at all that is not a project document', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValueArb, fc.anything()), (input) => {
        const outcome = settle('parseProject', () => parseProject(input));
        expect(outcome.ok).toBe(false);
        expectPrototypesUntouched(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('checks, rather than crashes on, a project that skipped parseProject', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(documents), async (input) => {
        const outcome = await settleAsync('check', () =>
          check(input as Project, { rules: allRules, now: NOW }),
        );
        if (!outcome.ok)
          expect(outcome.error.code).toMatch(
            /^(invalid-project|limit-exceeded|unsupported-schema-version)$/,
          );
        expectPrototypesUntouched(before);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 3) },
    );
  });
});
