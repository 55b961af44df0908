/**
 * The API report (`npm run api`, `scripts/api-report.ts`): checked in CI so
 * that a change to the public surface is deliberate. These tests make sure
 * the check can fail: a changed signature, a new export, a removed export
 * and a stale or stray report file are each reported as drift, on a small
 * package of their own in a temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  API_ENTRIES,
  type ApiEntry,
  apiDrift,
  collectApi,
  writeApi,
} from '../../scripts/api-report.js';

const ENTRY: ApiEntry = { specifier: 'fixture', source: 'src/entry.ts', file: 'fixture.api.md' };
const SOURCE = [
  '/** Greets someone. */',
  'export function greet(name: string, times = 1): string {',
  "  return ('Hello ' + name).repeat(times);",
  '}',
  'export interface Options {',
  '  readonly loud?: boolean;',
  '}',
  "export const LEVELS = ['low', 'high'] as const;",
  'export type Level = (typeof LEVELS)[number];',
  'export class Greeter {',
  '  constructor(private readonly prefix: string) {}',
  '  greet(name: string): string {',
  '    return this.prefix + name;',
  '  }',
  '}',
].join('\n');

let root: string;
const report = () => readFile(join(root, 'api', ENTRY.file), 'utf8');
const edit = (from: string, to: string) => {
  if (!SOURCE.includes(from)) throw new Error(`the fixture has no "${from}"`);
  writeFileSync(join(root, ENTRY.source), SOURCE.replace(from, to));
};

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'coproduce-api-'));
  await mkdir(join(root, 'src'));
  await writeFile(
    join(root, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext' } }),
  );
  await writeFile(join(root, ENTRY.source), SOURCE);
  writeApi([ENTRY], root);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the API report', () => {
  it('lists each export with its kind and declared signature', async () => {
    const text = await report();
    expect(text).toContain('5 exports: 1 class, 1 const, 1 function, 1 interface, 1 type.');
    expect(text).toContain('## greet (function)');
    expect(text).toContain('function greet(name: string, times = 1): string;');
    expect(text).toContain("const LEVELS: readonly ['low', 'high']");
    expect(text).toContain('## Level (type)');
    expect(text).toContain('greet(name: string): string;');
    // Signatures only: no bodies.
    expect(text).not.toContain('return');
    expect(apiDrift([ENTRY], root)).toEqual([]);
  });

  it('reports a changed parameter type as drift', () => {
    edit('greet(name: string, times = 1)', 'greet(name: string, times: number | bigint = 1)');
    expect(apiDrift([ENTRY], root)).toEqual(['fixture.api.md is out of date']);
  });

  it('reports a changed interface member, a new export and a removed export', () => {
    edit('readonly loud?: boolean;', 'readonly loud?: boolean | "very";');
    expect(apiDrift([ENTRY], root)).toEqual(['fixture.api.md is out of date']);
    edit('export type Level', 'export type Level2');
    expect(apiDrift([ENTRY], root)).toEqual(['fixture.api.md is out of date']);
    edit('export class Greeter', 'class Greeter');
    expect(apiDrift([ENTRY], root)).toEqual(['fixture.api.md is out of date']);
  });

  it('ignores a change to a body, which is not part of the surface', () => {
    edit('.repeat(times)', '.repeat(times + 0)');
    expect(apiDrift([ENTRY], root)).toEqual([]);
  });

  it('reports a missing report and a stray one', () => {
    rmSync(join(root, 'api', ENTRY.file));
    writeFileSync(join(root, 'api', 'old.api.md'), '');
    expect(apiDrift([ENTRY], root)).toEqual([
      'fixture.api.md is missing',
      'old.api.md names no entry',
    ]);
  });
});

describe("the package's API report", () => {
  it('matches the sources (run `npm run api` after a deliberate change)', () => {
    expect(apiDrift()).toEqual([]);
  }, 60_000);

  it('covers every entry package.json exports, each built from the source it reports on', async () => {
    // Three lists name the entries (package.json "exports", tsup's build, the
    // report); an entry added to one and not the others would ship unreported.
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      exports: Record<string, { import?: { default?: string } } | string>;
    };
    const { default: builds } = (await import('../../tsup.config.js')) as {
      default: readonly { entry: Record<string, string> }[];
    };
    const built = new Map(Object.entries(builds[0]!.entry));
    const expected = Object.entries(pkg.exports)
      .filter(([subpath]) => subpath !== './package.json')
      .map(([subpath, target]) => {
        const file = typeof target === 'string' ? target : (target.import?.default ?? '');
        const name = /dist\/([^/]+)\.js$/.exec(file)?.[1] ?? file;
        return {
          specifier: subpath === '.' ? 'coproduce' : `coproduce/${subpath.slice(2)}`,
          source: built.get(name),
        };
      });
    expect(API_ENTRIES.map(({ specifier, source }) => ({ specifier, source }))).toEqual(expected);
  });

  let surface: ReturnType<typeof collectApi>;
  beforeAll(() => {
    surface = collectApi(API_ENTRIES);
  }, 60_000);

  it('names each export in one browser entry only (coproduce/node re-exports the error types)', () => {
    const owners = new Map<string, string[]>();
    for (const [entry, exports] of surface) {
      if (entry.specifier === 'coproduce/node') continue;
      for (const { name } of exports)
        owners.set(name, [...(owners.get(name) ?? []), entry.specifier]);
    }
    const shared = [...owners].filter(([, entries]) => entries.length > 1);
    expect(shared).toEqual([]);
  });

  it('keeps internals out of every entry', () => {
    const names = new Set([...surface.values()].flat().map((exported) => exported.name));
    for (const internal of ['pathResolver', 'parseSafePath', 'deepFreeze', 'problem']) {
      expect(names.has(internal), internal).toBe(false);
    }
    expect(names.has('testRule')).toBe(true);
  });
});
