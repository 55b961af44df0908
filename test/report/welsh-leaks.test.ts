/**
 * What facts, the Node loader, report comparison and `coproduce facts`
 * compose must reach a Welsh reader in Welsh: each test renders in `cy` and
 * asserts the Welsh words, and that the English ones are gone.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCoproduceError } from '../../src/index.js';
import { loadConfig, loadProjectFile } from '../../src/node/index.js';
import { problemMessage } from '../../src/report/index.js';
import { run } from '../cli/helpers.js';

const cwd = process.cwd();
const MID_WAY = 'examples/projects/mid-way.json';

async function problemsOf(load: () => Promise<unknown>) {
  try {
    await load();
  } catch (error) {
    if (isCoproduceError(error)) return error.problems;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('the Node loader in Welsh', () => {
  it('says a missing project file is missing, in Welsh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const problems = await problemsOf(() => loadProjectFile(join(dir, 'nope.json')));
    expect(problems.map((p) => problemMessage(p, 'en-GB'))).toEqual(['no such file']);
    expect(problems.map((p) => problemMessage(p, 'cy'))).toEqual(['nid oes ffeil o’r fath']);
  });

  it('names a missing rule file a configuration refers to, in Welsh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const file = join(dir, 'coproduce.config.json');
    await writeFile(file, JSON.stringify({ ruleFiles: ['rules/gone.json'] }));
    const problems = await problemsOf(() => loadConfig(file));
    expect(problems.map((p) => problemMessage(p, 'en-GB'))).toEqual([
      'names "rules/gone.json", which does not exist',
    ]);
    expect(problems.map((p) => problemMessage(p, 'cy'))).toEqual([
      'mae’n enwi "rules/gone.json", nad yw’n bodoli',
    ]);
  });
});

describe('a Welsh comparison with an English baseline', () => {
  it('titles the resolved issues in Welsh, and says the comparison errors in Welsh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const october = await run(['check', MID_WAY, '--as-of', '2026-10-01', '-f', 'json'], { cwd });
    const baseline = join(dir, 'october.json');
    await writeFile(baseline, october.stdout);
    const welsh = await run(
      ['check', MID_WAY, '--as-of', '2026-11-20', '--baseline', baseline, '--locale', 'cy'],
      { cwd, columns: 10_000 },
    );
    const resolved = welsh.stdout.split('\n').filter((line) => line.includes('DATRYSWYD'));
    expect(resolved.length).toBeGreaterThan(0);
    expect(welsh.stdout).toContain('DATRYSWYD Codwyd jargon heb ei esbonio');
    expect(welsh.stdout).not.toContain('Jargon came up without being explained');

    const other = JSON.parse(october.stdout) as { project: { id: string } };
    other.project.id = 'another-project';
    const otherFile = join(dir, 'other.json');
    await writeFile(otherFile, JSON.stringify(other));
    const mixed = await run(['check', MID_WAY, '--baseline', otherFile, '--locale', 'cy'], { cwd });
    expect(mixed.stderr).toContain('mae’r adroddiadau hyn o ddau brosiect gwahanol');
    expect(mixed.stderr).not.toContain('two different projects');

    const brokenFile = join(dir, 'broken.json');
    await writeFile(brokenFile, '{"reportVersion": ');
    const broken = await run(['check', MID_WAY, '--baseline', brokenFile, '--locale', 'cy'], { cwd });
    expect(broken.stderr).toContain('nid yw’r adroddiad yn JSON dilys.');
    expect(broken.stderr).not.toContain('not valid JSON');
  });
});

describe('--out and --format that disagree, in Welsh', () => {
  it('names the format in Welsh', async () => {
    const welsh = await run(['check', MID_WAY, '--out', 'r.txt', '-f', 'html', '--locale', 'cy'], {
      cwd,
    });
    expect(welsh.stderr).toContain('yn enw ffeil testun (.txt)');
    const english = await run(['check', MID_WAY, '--out', 'r.txt', '-f', 'markdown'], { cwd });
    expect(english.stderr).toContain(
      '--out r.txt is a text (.txt) file name, but --format is markdown: name the file with .md',
    );
  });
});

describe('coproduce facts in Welsh', () => {
  it('frames the catalogue in Welsh, and keeps the English frame as it was', async () => {
    const welsh = await run(['facts', '--locale', 'cy'], { cwd, columns: 10_000 });
    expect(welsh.code).toBe(0);
    for (const heading of ['Casgliadau', 'Mesurau', 'Hidlau', 'Terfynau:', 'o cod y llyfrgell']) {
      expect(welsh.stdout).toContain(heading);
    }
    expect(welsh.stdout).toMatch(/Yn cael ei defnyddio gan [a-z-]+/);
    for (const english of [
      'Collections',
      'Measures',
      'Limits:',
      'Used by',
      "from the library's code",
      'Facts of the catalogue',
    ]) {
      expect(welsh.stdout).not.toContain(english);
    }
    const english = await run(['facts', 'catalogue'], { cwd, columns: 10_000 });
    expect(english.stdout).toContain('Facts of the catalogue, by what they measure');
    expect(english.stdout).toContain("; from the library's code): ");
    expect(english.stdout).toMatch(/Used by [a-z-]+/);
  });
});
