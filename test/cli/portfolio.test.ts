import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { PortfolioReport } from '../../src/index.js';
import { AS_OF, createWorkspace, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
  cpSync('examples/portfolio', join(dir, 'portfolio'), { recursive: true });
  writeFileSync(
    join(dir, 'portfolio', 'coproduce.config.json'),
    '{ "extends": ["coproduce:recommended"] }\n',
  );
  // Twenty-five copies of one project, each with its own id: a long run.
  mkdirSync(join(dir, 'many'));
  const base = JSON.parse(readFileSync('examples/portfolio/bus-travel.json', 'utf8'));
  for (let i = 1; i <= 25; i++) {
    writeFileSync(
      join(dir, 'many', `p-${String(i).padStart(2, '0')}.json`),
      JSON.stringify({ ...base, id: `copy-${i}`, title: `Copy ${i}` }),
    );
  }
  mkdirSync(join(dir, 'bad'));
  cpSync('examples/portfolio/parks-play.json', join(dir, 'bad', 'parks.json'));
  writeFileSync(join(dir, 'bad', 'broken.json'), '{ "schemaVersion": 2, "id": "x", }');
  writeFileSync(join(dir, 'bad', 'wrong.json'), JSON.stringify({ ...base, stage: 'almost-done' }));
});
afterAll(() => cleanup());

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validatePortfolio = ajv.compile(
  JSON.parse(readFileSync('schemas/portfolio-report.schema.json', 'utf8')) as object,
);

describe('coproduce check: several projects', () => {
  it('checks a folder: an overview by attention, then the portfolio findings', async () => {
    const { code, stdout, stderr } = await run(
      ['check', 'portfolio', '--as-of', AS_OF, '--overview'],
      at,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('6 projects (5 active)');
    expect(stdout).toContain('Projects, most in need of attention first');
    expect(stdout).toContain('is an active member of 3 projects at once');
    // The configuration file in the folder is not a project: left out, and said so.
    expect(stderr).toBe('Skipped portfolio/coproduce.config.json: not a project file.\n');
    const many = await run(
      [
        'check',
        'portfolio/bus-travel.json',
        'portfolio/school-routes.json',
        '--as-of',
        AS_OF,
        '--overview',
      ],
      at,
    );
    expect(many.stdout).toContain('2 projects (2 active)');
    expect(many.stdout).toContain('2 active projects are consulting on “transport”');
  });

  it('prints JSON valid against the portfolio report schema, the same as the library', async () => {
    const { code, stdout } = await run(['check', 'portfolio', '--as-of', AS_OF, '-f', 'json'], at);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as PortfolioReport;
    expect(validatePortfolio(report), JSON.stringify(validatePortfolio.errors)).toBe(true);
    expect(report.projects.map((p) => p.source)).toEqual([
      'portfolio/bus-travel.json',
      'portfolio/carers-breaks.json',
      'portfolio/housing-repairs.json',
      'portfolio/library-hubs.json',
      'portfolio/parks-play.json',
      'portfolio/school-routes.json',
    ]);
    expect(report.checkedAt).toBe('2026-11-20T12:00:00.000Z');
  });

  it('writes CSV, Markdown and HTML, the format taken from --out', async () => {
    const csv = await run(['check', 'portfolio', '--as-of', AS_OF, '--out', 'portfolio.csv'], at);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain('Wrote the csv report of 6 projects to portfolio.csv');
    const lines = readFileSync(join(dir, 'portfolio.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(7);
    const html = await run(
      ['check', 'portfolio', '--as-of', AS_OF, '-f', 'html', '--anonymise'],
      at,
    );
    expect(html.stdout).toContain('<caption>Projects, most in need of attention first</caption>');
    expect(html.stdout).not.toContain('Safer routes to school');
    expect(html.stdout).not.toContain('P-0101');
    const md = await run(['check', 'portfolio', '--as-of', AS_OF, '-f', 'markdown'], at);
    expect(md.stdout.startsWith('# The council’s projects')).toBe(true);
  });

  it('shows progress on stderr: a counter on a terminal, a line now and then otherwise', async () => {
    const quiet = await run(['check', 'many', '--as-of', AS_OF, '-f', 'csv'], at);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr.split('\n').filter(Boolean)).toEqual([
      'Checked 3 of 25 projects',
      'Checked 6 of 25 projects',
      'Checked 9 of 25 projects',
      'Checked 12 of 25 projects',
      'Checked 15 of 25 projects',
      'Checked 18 of 25 projects',
      'Checked 21 of 25 projects',
      'Checked 24 of 25 projects',
      'Checked 25 of 25 projects',
    ]);
    // On a terminal, one line rewritten in place, ended once the run is done.
    let stderr = '';
    const code = await main(['check', 'many', '--as-of', AS_OF, '-f', 'csv', '--out', 'many.csv'], {
      stdout: { write: () => true },
      stderr: {
        write: (text: string) => {
          stderr += text;
          return true;
        },
        isTTY: true,
      },
      env: {},
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stderr.startsWith('\rChecked 1 of 25 projects\rChecked 2 of 25 projects')).toBe(true);
    expect(stderr).toContain('\rChecked 25 of 25 projects\nWrote the csv report');
  });

  it('exits as for one project: 1 at --fail-on, 2 for invalid files, listing each', async () => {
    const failing = await run(
      ['check', 'portfolio', '--as-of', AS_OF, '--fail-on', 'error', '-f', 'csv'],
      at,
    );
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/coproduce: \d+ issues at or above "error"/);
    const bad = await run(['check', 'bad', '--as-of', AS_OF], at);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('coproduce: 2 of 3 files cannot be checked; no report was made.');
    expect(bad.stderr).toContain('bad/broken.json: is not valid JSON');
    expect(bad.stderr).toContain('bad/wrong.json:');
    expect(bad.stderr).toContain('bad/wrong.json: stage: must be one of');
    const twice = await run(
      ['check', 'portfolio/bus-travel.json', 'portfolio/bus-travel.json'],
      at,
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('Two projects have the id "bus-travel-2026"');
    const baseline = await run(['check', 'portfolio', '--baseline', 'x.json'], at);
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain('--baseline works with one project, not several');
  });
});
