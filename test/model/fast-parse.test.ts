import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSyntheticProject } from '../../scripts/synthetic-project.js';
import { fastValidator, GIVE_UP } from '../../src/model/fast-parse.js';
import { ProjectSchema } from '../../src/model/index.js';
import { jsonValueArb, projectInputArb } from '../support/arbitraries.js';
import { readExamples } from './example-files.js';

const fast = fastValidator(ProjectSchema);

/** The fast path either gives up or returns exactly what zod returns. */
function expectAgreesWithZod(input: unknown): 'fast' | 'gave-up' {
  const result = fast(input);
  const zod = ProjectSchema.safeParse(input);
  if (result === GIVE_UP) return 'gave-up';
  expect(zod.success).toBe(true);
  expect(result).toStrictEqual(zod.data);
  return 'fast';
}

/** Sets a value at a random place in a copy of a document. */
function mutate(doc: unknown, steps: readonly number[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let node: unknown = copy;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    if (typeof child !== 'object' || child === null || steps.indexOf(step) === steps.length - 1) {
      (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = child;
  }
  return copy;
}

describe('the fast validation path', () => {
  it('takes every bundled example and a large synthetic project, with zod’s exact output', () => {
    for (const example of readExamples()) expect(expectAgreesWithZod(example.json)).toBe('fast');
    const big = generateSyntheticProject({ seed: 3, members: 120, activities: 200 });
    expect(expectAgreesWithZod(JSON.parse(JSON.stringify(big)))).toBe('fast');
  });

  it('takes generated valid documents, with zod’s exact output', () => {
    fc.assert(
      fc.property(projectInputArb, (input) => {
        const json = JSON.parse(JSON.stringify(input));
        expect(expectAgreesWithZod(json)).toBe('fast');
      }),
      { numRuns: 150 },
    );
  });

  it('never accepts what zod refuses, and never differs from zod, on mutated documents', () => {
    const seen = { fast: 0, 'gave-up': 0 };
    fc.assert(
      fc.property(
        projectInputArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(
          jsonValueArb,
          fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, '', 'x'),
        ),
        (input, steps, value) => {
          seen[expectAgreesWithZod(mutate(JSON.parse(JSON.stringify(input)), steps, value))]++;
        },
      ),
      { numRuns: 400 },
    );
    // Both paths were exercised: some mutations keep the document valid, most do not.
    expect(seen.fast).toBeGreaterThan(0);
    expect(seen['gave-up']).toBeGreaterThan(0);
  });

  it('gives up on every invalid fixture', () => {
    const dir = 'test/fixtures/projects/invalid';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      expect(fast(doc), file).toBe(GIVE_UP);
    }
  });

  it('gives up on unknown keys, prototype keys and objects that are not plain', () => {
    const [example] = readExamples();
    const doc = example!.json as Record<string, unknown>;
    expect(fast({ ...doc, surprise: 1 })).toBe(GIVE_UP);
    expect(fast(JSON.parse(`{"__proto__": {}, ${JSON.stringify(doc).slice(1)}`))).toBe(GIVE_UP);
    expect(fast(Object.assign(new (class Doc {})(), doc))).toBe(GIVE_UP);
    expect(fast([doc])).toBe(GIVE_UP);
  });
});
