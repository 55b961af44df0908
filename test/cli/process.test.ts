/**
 * The command line as a user runs it: a separate process, real files, exit
 * codes and what reaches the terminal. Runs the sources through tsx, and the
 * built bin (bundled here with the project's own tsup configuration for the
 * CLI, so it is always current) through its `#!/usr/bin/env node` line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tsupConfig from '../../tsup.config.js';
import { AS_OF, createWorkspace } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = join(ROOT, 'src/cli/main.ts');
// Inside the repository, so the bin finds the package's schemas as it would when installed.
const BIN_DIR = join(ROOT, 'node_modules/.cache', `coproduce-cli-test-${process.pid}`);
const BIN = join(BIN_DIR, 'cli.js');

let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = createWorkspace());
  const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
  const cli = configs.find((c) => typeof c.entry === 'object' && 'cli' in (c.entry as object));
  if (!cli) throw new Error('tsup.config.ts has no cli entry');
  mkdirSync(BIN_DIR, { recursive: true });
  await build({ ...cli, outDir: BIN_DIR, silent: true, config: false });
}, 120_000);
afterAll(() => {
  cleanup();
  rmSync(BIN_DIR, { recursive: true, force: true });
});

function runSource(args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
  });
}

function runBin(args: readonly string[], options: { direct?: boolean } = {}) {
  const [command, full] = options.direct ? [BIN, args] : [process.execPath, [BIN, ...args]];
  return spawnSync(command, full, { cwd: dir, encoding: 'utf8' });
}

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+/m);

describe('the command line from the sources, as a process', () => {
  it('exits 0 with the report on standard output', () => {
    const result = runSource(['check', 'well-run.json', '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No issues.');
  });

  it('exits 1 for issues at or above --fail-on', () => {
    const result = runSource(['check', 'mid-way.json', '--as-of', AS_OF, '--fail-on', 'warning']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^ {2}ERROR /m);
    expect(result.stderr).toMatch(/^coproduce: \d+ issues at or above "warning"/);
  });

  it('exits 2 for broken JSON, without a stack trace', () => {
    const result = runSource(['check', 'broken.json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^coproduce: broken\.json: is not valid JSON/);
    noStack(result.stderr);
  });
});

describe('the built bin', () => {
  it('is one executable ESM file with a shebang', () => {
    const text = readFileSync(BIN, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const version = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    ).version;
    const result = runBin(['--version'], { direct: true });
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.status).toBe(0);
  });

  it('checks a project into an HTML file, and exits 1 on --fail-on', () => {
    const result = runBin([
      'check',
      'mid-way.json',
      '--as-of',
      AS_OF,
      '--anonymise',
      '--out',
      'bin-report.html',
      '--fail-on',
      'error',
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const page = readFileSync(join(dir, 'bin-report.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toMatch(/<th scope="row">Member \d+<\/th>/);
  });

  it('validates files, prints every problem and exits 2', () => {
    const result = runBin([
      'validate',
      'invalid-field.json',
      'minutes-published.json',
      'nowhere.json',
    ]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('invalid-field.json, line 6: stage: ');
    expect(result.stdout).toContain(
      'minutes-published.json, line 17: conditions, condition 1, operator: unknown operator "biggerThan"',
    );
    expect(result.stdout).toContain('nowhere.json: no such file');
    noStack(result.stderr);
  });

  it('prints the schemas it ships and reads configurations', () => {
    const schema = runBin(['schema', 'report']);
    expect(schema.status).toBe(0);
    expect(schema.stdout).toBe(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
    const rules = runBin(['rules', '--config', 'extends-missing.json']);
    expect(rules.status).toBe(2);
    expect(rules.stderr).toContain(
      'extends entry 2: names "./no-such-base.json", which does not exist',
    );
    noStack(rules.stderr);
    expect(existsSync(BIN)).toBe(true);
  });
});
