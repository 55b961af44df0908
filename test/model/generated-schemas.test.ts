import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildSchemas,
  findStaleSchemas,
  main,
  projectSchemaEntry,
  SCHEMA_BASE_URL,
  SCHEMAS_DIR,
  writeSchemas,
} from '../../scripts/generate-schemas.js';
import { REFERENCE_CHECKS_DESCRIPTION } from '../../src/model/references.js';

describe('generated JSON Schemas', () => {
  it('the committed schemas match what the generator builds (run `npm run generate` if not)', () => {
    for (const { file, text } of buildSchemas()) {
      const committed = readFileSync(join(SCHEMAS_DIR, file), 'utf8');
      expect(committed, `${file} is out of date: run npm run generate`).toBe(text);
    }
    expect(findStaleSchemas(SCHEMAS_DIR, buildSchemas())).toEqual([]);
  });

  it('builds the project schema with an id, a title and the reference checks in its description', () => {
    const project = buildSchemas().find((s) => s.file === 'project.schema.json');
    expect(project).toBeDefined();
    const schema = JSON.parse(project!.text) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SCHEMA_BASE_URL}project.schema.json`);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toContain(REFERENCE_CHECKS_DESCRIPTION);
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    expect(project!.text.endsWith('}\n')).toBe(true);
    expect(project!.text).toContain('\n  "$id"');
  });

  it('offers facts, operators, question ids and sections as completions in rule and config files, without restricting them', async () => {
    const { factCatalogue, OPERATORS } = await import('../../src/schemas.js');
    const { questionCatalogue } = await import('../../src/index.js');
    for (const file of ['rule.schema.json', 'config.schema.json']) {
      const text = buildSchemas().find((s) => s.file === file)?.text ?? '';
      const examples = new Set<string>();
      JSON.parse(text, (key, value) => {
        if (key === 'examples' && Array.isArray(value)) for (const v of value) examples.add(v);
        return value;
      });
      for (const fact of factCatalogue)
        expect(examples.has(fact.id), `${file}: ${fact.id}`).toBe(true);
      for (const operator of OPERATORS) expect(examples.has(operator.name), file).toBe(true);
      for (const id of questionCatalogue().keys())
        expect(examples.has(id), `${file}: ${id}`).toBe(true);
      expect(examples.has('Governance')).toBe(true);
      // Suggestions only: a council's own fact or question is still allowed by the schema.
      expect(text).not.toContain('"enum": [\n        "during.');
    }
  });

  it('builds the same text every time', () => {
    expect(buildSchemas()).toEqual(buildSchemas());
  });
});

describe('generate-schemas --check', () => {
  let dir: string | undefined;
  afterEach(() => {
    vi.restoreAllMocks();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('names missing, edited and unknown schema files, and passes once they are written', () => {
    dir = mkdtempSync(join(tmpdir(), 'coproduce-schemas-'));
    const generated = buildSchemas([projectSchemaEntry]);
    expect(findStaleSchemas(dir, generated)).toEqual([
      { file: 'project.schema.json', reason: 'missing' },
    ]);

    expect(writeSchemas(dir, generated)).toEqual(['project.schema.json']);
    expect(findStaleSchemas(dir, generated)).toEqual([]);
    expect(writeSchemas(dir, generated)).toEqual([]);

    writeFileSync(join(dir, 'project.schema.json'), '{}\n');
    writeFileSync(join(dir, 'stray.schema.json'), '{}\n');
    expect(findStaleSchemas(dir, generated)).toEqual([
      { file: 'project.schema.json', reason: 'out of date' },
      { file: 'stray.schema.json', reason: 'not generated' },
    ]);
  });

  it('exits 1 with --check when a file is stale and 0 when all are current', () => {
    dir = mkdtempSync(join(tmpdir(), 'coproduce-schemas-'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(main(['--check'], dir)).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toContain('project.schema.json is missing');
    expect(main([], dir)).toBe(0);
    expect(main(['--check'], dir)).toBe(0);
  });
});
