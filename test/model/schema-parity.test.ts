/**
 * The published JSON Schema and the zod model must agree: a document is
 * accepted by both or rejected by both. The checks JSON Schema cannot
 * express are made by parseProject() and tested separately.
 */
import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSyntheticProject } from '../../scripts/synthetic-project.js';
import { ProjectSchema } from '../../src/model/index.js';
import { safeParseProject } from '../../src/model/parse.js';
import { zodProblems } from '../../src/model/zod-problems.js';
import { projectInputArb } from '../support/arbitraries.js';
import { type ExampleFile, readExamples, readJsonFiles } from './example-files.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/project.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const fixturesDir = (name: string) =>
  new URL(`../fixtures/projects/${name}/`, import.meta.url).pathname;
const invalid = readJsonFiles(fixturesDir('invalid'));
const invalidReferences = readJsonFiles(fixturesDir('invalid-references'));

/** What a fixture says it breaks, kept under `extensions.fixture`. */
function expectation(file: ExampleFile): { expect: string; why: string } {
  const note = (file.json as { extensions?: { fixture?: { expect?: unknown; why?: unknown } } })
    .extensions?.fixture;
  if (typeof note?.expect !== 'string' || typeof note.why !== 'string') {
    throw new Error(`${file.name} has no extensions.fixture { expect, why } note`);
  }
  return { expect: note.expect, why: note.why };
}

/** Where an ajv error points, down to the property it names. */
function ajvPointer(error: ErrorObject): string {
  const params = error.params as {
    missingProperty?: string;
    additionalProperty?: string;
    propertyName?: string;
  };
  const key = params.missingProperty ?? params.additionalProperty ?? params.propertyName;
  return key === undefined ? error.instancePath : `${error.instancePath}/${key}`;
}

function ajvAccepts(doc: unknown): { ok: boolean; pointers: string[] } {
  const ok = validate(doc);
  return { ok, pointers: (validate.errors ?? []).map(ajvPointer) };
}

function zodAccepts(doc: unknown): { ok: boolean; pointers: string[] } {
  const result = ProjectSchema.safeParse(doc);
  return {
    ok: result.success,
    pointers: result.success ? [] : zodProblems(result.error).map((p) => p.pointer),
  };
}

describe('JSON Schema and zod agree', () => {
  it('the schema compiles in ajv strict mode', () => {
    expect(typeof validate).toBe('function');
  });

  it.each(readExamples().map((e) => [e.name, e] as const))(
    'both accept the %s example',
    (_, file) => {
      expect(ajvAccepts(file.json)).toEqual({ ok: true, pointers: [] });
      expect(zodAccepts(file.json)).toEqual({ ok: true, pointers: [] });
    },
  );

  it('both accept the base document every fixture is one change away from', () => {
    const base = JSON.parse(
      readFileSync(new URL('../fixtures/projects/base.json', import.meta.url), 'utf8'),
    );
    expect(ajvAccepts(base)).toEqual({ ok: true, pointers: [] });
    expect(zodAccepts(base)).toEqual({ ok: true, pointers: [] });
    expect(safeParseProject(base).success).toBe(true);
  });

  it('the corpus of invalid documents has at least 20 files, each with a note', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(20);
    for (const file of invalid) expect(expectation(file).why.length).toBeGreaterThan(0);
  });

  it.each(invalid.map((f) => [f.name, f] as const))(
    'both reject %s, at the same place',
    (_, file) => {
      const { expect: pointer } = expectation(file);
      const byAjv = ajvAccepts(file.json);
      const byZod = zodAccepts(file.json);
      expect(byAjv.ok).toBe(false);
      expect(byZod.ok).toBe(false);
      // Each fixture breaks exactly one structural thing.
      expect(byZod.pointers).toEqual([pointer]);
      expect(byAjv.pointers).toContain(pointer);
      const result = safeParseProject(file.json);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe('invalid-project');
        expect(result.error.problems.map((p) => p.pointer)).toContain(pointer);
      }
    },
  );

  it('both accept generated synthetic projects', () => {
    for (const seed of [1, 2, 3]) {
      const doc = generateSyntheticProject({ seed, members: 40, activities: 60 });
      expect(ajvAccepts(doc)).toEqual({ ok: true, pointers: [] });
      expect(zodAccepts(doc).ok).toBe(true);
    }
  });

  it('both accept arbitrary valid projects', () => {
    fc.assert(
      fc.property(projectInputArb, (doc) => {
        expect(ajvAccepts(doc)).toEqual({ ok: true, pointers: [] });
        expect(zodAccepts(doc).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('checks JSON Schema cannot express, made by parseProject', () => {
  it('has fixtures for them', () => {
    expect(invalidReferences.length).toBeGreaterThanOrEqual(15);
  });

  it.each(invalidReferences.map((f) => [f.name, f] as const))(
    '%s passes the JSON Schema but not parseProject',
    (_, file) => {
      const { expect: pointer } = expectation(file);
      expect(ajvAccepts(file.json)).toEqual({ ok: true, pointers: [] });
      const result = safeParseProject(file.json);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe('invalid-project');
        expect(result.error.problems.map((p) => p.pointer)).toEqual([pointer]);
      }
    },
  );

  it('all but the extensions depth limit pass the zod shape too, so only the reference pass catches them', () => {
    const shapeRejects = invalidReferences
      .filter((file) => !ProjectSchema.safeParse(file.json).success)
      .map((file) => file.name);
    expect(shapeRejects).toEqual(['extensions-nested-too-deep']);
  });
});
