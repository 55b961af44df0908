/**
 * Versioned project documents (see docs/migrations.md).
 *
 * - Every published version has fixtures under test/fixtures/migrations/vN/
 *   that must read, forever, to the same project (the `.expected.json`
 *   beside each); a migration step never ships without fixtures of the
 *   shape it migrates from.
 * - The mechanism (one step per version, a copy for the steps, a newer
 *   version refused with "upgrade", failures as CoproduceErrors) is tested
 *   with steps that exist only here: `test-only-v0/` holds documents of a
 *   made-up draft shape that no release ever wrote.
 *
 * Run with COPRODUCE_UPDATE_FIXTURES=1 to write the `.expected.json` files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoproduceError, CURRENT_SCHEMA_VERSION } from '../../src/model/index.js';
import {
  type MigrationRegistry,
  type MigrationStep,
  migrateProjectDocument,
  PROJECT_MIGRATIONS,
  parseProject,
  parseProjectJson,
  parseProjectWith,
  serializeProject,
} from '../../src/model/parse.js';
import { createHistory } from '../../src/state/history.js';
import { parseHistory, serializeHistory } from '../../src/state/history-file.js';
import { smallProject } from '../state/fixtures.js';
import { FUZZ_RUNS, mutatedArb, settle } from './support.js';

const FIXTURES = 'test/fixtures/migrations';
const update = process.env.COPRODUCE_UPDATE_FIXTURES === '1';

function documentsIn(folder: string): { name: string; input: unknown; expectedFile: string }[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
    .sort()
    .map((file) => ({
      name: `${folder}/${file}`,
      input: JSON.parse(readFileSync(join(FIXTURES, folder, file), 'utf8')) as unknown,
      expectedFile: join(FIXTURES, folder, file.replace(/\.json$/, '.expected.json')),
    }));
}

/**
 * Compares a written project with the stored expectation (as data: Biome
 * formats the stored files), or writes it when asked to.
 */
function expectGolden(text: string, file: string): void {
  if (update) writeFileSync(file, text);
  expect(existsSync(file)).toBe(true);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

describe('published schema versions', () => {
  it('has fixtures for the current version and for every version a step migrates from', () => {
    const versions = [CURRENT_SCHEMA_VERSION, ...Object.keys(PROJECT_MIGRATIONS.steps).map(Number)];
    for (const version of versions) {
      expect(documentsIn(`v${version}`).length).toBeGreaterThan(0);
    }
    expect(PROJECT_MIGRATIONS.current).toBe(CURRENT_SCHEMA_VERSION);
  });

  const published = readdirSync(FIXTURES).filter((folder) => /^v\d+$/.test(folder));
  for (const folder of published) {
    for (const { name, input, expectedFile } of documentsIn(folder)) {
      it(`reads ${name} to the same project as ever`, () => {
        const project = parseProject(input);
        expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
        expectGolden(serializeProject(project), expectedFile);
        // And the written form reads back to itself.
        expect(parseProjectJson(serializeProject(project))).toEqual(project);
      });
    }
  }
});

describe('a newer version than the library knows', () => {
  it('is refused with a message that says to upgrade', () => {
    const error = settle('parseProject', () =>
      parseProject({ ...smallProject(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
    );
    expect(error.ok).toBe(false);
    if (!error.ok) {
      expect(error.error.code).toBe('unsupported-schema-version');
      expect(error.error.message).toContain('Upgrade coproduce to read it');
      expect(error.error.problems[0]?.path).toEqual(['schemaVersion']);
    }
  });

  it('in a saved history is refused the same way, as is a newer history format', () => {
    const saved = JSON.parse(serializeHistory(createHistory(smallProject()))) as Record<
      string,
      unknown
    >;
    const newerFormat = settle('parseHistory', () => parseHistory({ ...saved, version: 99 }));
    expect(newerFormat.ok).toBe(false);
    if (!newerFormat.ok) {
      expect(newerFormat.error.code).toBe('unsupported-schema-version');
      expect(newerFormat.error.message).toContain('Upgrade coproduce');
    }
    const initial = { ...(saved.initial as object), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const newerProject = settle('parseHistory', () => parseHistory({ ...saved, initial }));
    expect(newerProject.ok).toBe(false);
    if (!newerProject.ok) {
      expect(newerProject.error.problems[0]).toMatchObject({
        path: ['initial', 'schemaVersion'],
      });
      expect(newerProject.error.problems[0]?.message).toContain('upgrade coproduce');
    }
  });
});

/** The made-up draft shape: `name`, `timezone`, members at the top level with `name`. */
const draftToV1: MigrationStep = (document) => {
  const { name, timezone, members, ...rest } = document;
  const out: Record<string, unknown> = { ...rest };
  if (name !== undefined) out.title = name;
  if (timezone !== undefined) out.timeZone = timezone;
  if (members !== undefined) {
    // A step leaves alone what it does not recognise; the schema reports it.
    const list = Array.isArray(members)
      ? members.map((member: unknown) => {
          if (typeof member !== 'object' || member === null) return member;
          const { name: displayName, ...fields } = member as Record<string, unknown>;
          return displayName === undefined ? fields : { ...fields, displayName };
        })
      : members;
    out.group = { requiredPerspectives: [], members: list };
  }
  return out;
};

/** The library's own steps, with the made-up draft (version 0) in front of them. */
const withDraft: MigrationRegistry = {
  current: CURRENT_SCHEMA_VERSION,
  steps: { ...PROJECT_MIGRATIONS.steps, 0: draftToV1 },
};

describe('the migration mechanism, with steps that exist only in tests', () => {
  for (const { name, input, expectedFile } of documentsIn('test-only-v0')) {
    it(`migrates ${name} through every step to the current version`, () => {
      const before = structuredClone(input);
      const project = parseProjectWith(input, withDraft);
      expectGolden(serializeProject(project), expectedFile);
      // The caller's document is never changed.
      expect(input).toEqual(before);
    });
  }

  it('runs one step per version, in order, and sets each version itself', () => {
    const seen: number[] = [];
    const step =
      (from: number): MigrationStep =>
      (document) => {
        seen.push(document.schemaVersion as number);
        return { ...document, [`step${from}`]: true };
      };
    const registry: MigrationRegistry = {
      current: 4,
      steps: { 1: step(1), 2: step(2), 3: step(3) },
    };
    const { document, migratedFrom } = migrateProjectDocument({ schemaVersion: 1 }, registry);
    expect(seen).toEqual([1, 2, 3]);
    expect(migratedFrom).toBe(1);
    expect(document).toEqual({ schemaVersion: 4, step1: true, step2: true, step3: true });
    expect(migrateProjectDocument({ schemaVersion: 3 }, registry).document).toEqual({
      schemaVersion: 4,
      step3: true,
    });
    // The current version needs no steps and is returned as it is.
    const current = { schemaVersion: 4 };
    expect(migrateProjectDocument(current, registry).document).toBe(current);
  });

  it('gives each step its own copy, so a step that changes its input changes nothing of the caller', () => {
    const careless: MigrationStep = (document) => {
      (document.members as unknown[]).push('added');
      document.name = 'changed';
      return document;
    };
    const input = { schemaVersion: 0, name: 'kept', members: [] as unknown[] };
    migrateProjectDocument(input, { current: 1, steps: { 0: careless } });
    expect(input).toEqual({ schemaVersion: 0, name: 'kept', members: [] });
  });

  it('refuses a version older than any step reaches, saying which versions it reads', () => {
    const outcome = settle('migrate', () =>
      migrateProjectDocument({ schemaVersion: -3 }, withDraft),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('unsupported-schema-version');
      expect(outcome.error.message).toContain(`it reads versions 0 to ${CURRENT_SCHEMA_VERSION}`);
    }
    const real = settle('parseProject', () =>
      parseProject({ ...smallProject(), schemaVersion: 0 }),
    );
    expect(real.ok).toBe(false);
    if (!real.ok) {
      expect(real.error.code).toBe('unsupported-schema-version');
      expect(real.error.message).toContain(`it reads versions 1 to ${CURRENT_SCHEMA_VERSION}`);
    }
  });

  it('turns a step that throws, or returns no document, into a CoproduceError', () => {
    const throwing: MigrationStep = (document) => {
      (document.members as unknown[]).map((m) => m);
      return document;
    };
    const thrown = settle('migrate', () =>
      parseProjectWith(
        { schemaVersion: 0, members: 'not a list' },
        { current: 1, steps: { 0: throwing } },
      ),
    );
    expect(thrown.ok).toBe(false);
    if (!thrown.ok) {
      expect(thrown.error.code).toBe('invalid-project');
      expect(thrown.error.message).toContain('could not be migrated from version 0 to 1');
    }
    const empty = settle('migrate', () =>
      parseProjectWith({ schemaVersion: 0 }, { current: 1, steps: { 0: () => null as never } }),
    );
    expect(empty.ok).toBe(false);
  });

  it('reports problems in a migrated document, saying it was migrated', () => {
    const outcome = settle('parseProjectWith', () =>
      parseProjectWith(
        { schemaVersion: 0, id: 'x', stage: 'planning', timezone: 'UTC' },
        withDraft,
      ),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.message).toMatch(
        /^The project document \(read as schema version 2 after migrating it from version 0\) has 1 problem:/,
      );
      expect(outcome.error.problems[0]).toMatchObject({ path: ['title'], message: 'is required' });
    }
  });

  it('ends every mutated draft document in a project or a CoproduceError', () => {
    const drafts = fc.constantFrom(...documentsIn('test-only-v0').map((d) => d.input));
    fc.assert(
      fc.property(mutatedArb(drafts), (input) => {
        const outcome = settle('parseProjectWith', () => parseProjectWith(input, withDraft));
        if (!outcome.ok) expect(outcome.error).toBeInstanceOf(CoproduceError);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
