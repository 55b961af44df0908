import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import {
  checkPortfolio,
  type PortfolioInput,
  type PortfolioReport,
  parseProjectJson,
} from '../../src/index.js';
import {
  filterReport,
  formatPortfolioCsv,
  formatPortfolioHtml,
  formatPortfolioMarkdown,
  formatPortfolioText,
  portfolioAnonymiser,
} from '../../src/report/index.js';
import { createWorkspace, run } from './helpers.js';

// The output of `coproduce check <folder>` is written a project at a time;
// these tests hold it to what formatting the whole report at once gives.
const NOW = '2026-11-20T12:00:00Z';

let dir = '';

beforeAll(() => {
  const workspace = createWorkspace();
  dir = workspace.dir;
  cpSync('examples/portfolio', join(dir, 'portfolio'), { recursive: true });
  // Enough copies, with Welsh and curly quotes in their titles, that the
  // JSON set aside is read back in more than one chunk.
  mkdirSync(join(dir, 'many'));
  const base = JSON.parse(readFileSync('examples/portfolio/school-routes.json', 'utf8'));
  for (let i = 1; i <= 60; i++) {
    writeFileSync(
      join(dir, 'many', `p-${String(i).padStart(2, '0')}.json`),
      JSON.stringify({ ...base, id: `copy-${i}`, title: `Llwybrau’r ysgol ${i} — “copi”` }),
    );
  }
  // The same, the last but three with the first one's id: the run stops there.
  mkdirSync(join(dir, 'repeated'));
  for (let i = 1; i <= 24; i++) {
    writeFileSync(
      join(dir, 'repeated', `p-${String(i).padStart(2, '0')}.json`),
      JSON.stringify({ ...base, id: `copy-${i === 21 ? 1 : i}`, title: `Copi ${i}` }),
    );
  }
  return workspace.cleanup;
});

/** The library's report of a folder, its files named as the command names them. */
async function library(
  folder: string,
  anonymise = false,
  locale?: string,
): Promise<PortfolioReport> {
  const files = readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const inputs: PortfolioInput[] = files.map((file) => ({
    project: parseProjectJson(readFileSync(join(dir, folder, file), 'utf8')),
    ...(anonymise ? {} : { source: `${folder}/${file}` }),
  }));
  return checkPortfolio(inputs, {
    now: NOW,
    ...(locale === undefined ? {} : { locale }),
    ...(anonymise ? { anonymiser: portfolioAnonymiser() } : {}),
  });
}

/** Each format's arguments and what formatting the whole report gives for them. */
function everyFormat(report: PortfolioReport): [string[], string][] {
  return [
    [['-f', 'json'], json(report)],
    [['-f', 'json', '--min-severity', 'warning'], json(report, 'warning')],
    [['-f', 'text'], formatPortfolioText(report, { width: 80 })],
    [
      ['-f', 'text', '--min-severity', 'error'],
      formatPortfolioText(report, { width: 80, minSeverity: 'error' }),
    ],
    [['-f', 'text', '--overview'], formatPortfolioText(report, { width: 80, details: false })],
    [['-f', 'markdown'], formatPortfolioMarkdown(report)],
    [
      ['-f', 'markdown', '--min-severity', 'warning'],
      formatPortfolioMarkdown(report, { minSeverity: 'warning' }),
    ],
    [['-f', 'markdown', '--overview'], formatPortfolioMarkdown(report, { details: false })],
    [['-f', 'html'], formatPortfolioHtml(report)],
    [
      ['-f', 'html', '--min-severity', 'error'],
      formatPortfolioHtml(report, { minSeverity: 'error' }),
    ],
    [['-f', 'html', '--overview'], formatPortfolioHtml(report, { details: false })],
    [['-f', 'csv'], formatPortfolioCsv(report)],
  ];
}

function json(report: PortfolioReport, minSeverity?: 'error' | 'warning'): string {
  const shown =
    minSeverity === undefined
      ? report
      : {
          ...report,
          projects: report.projects.map((p) => ({
            ...p,
            report: filterReport(p.report, { minSeverity }),
          })),
          findings: filterReport(report.findings, { minSeverity }),
        };
  return `${JSON.stringify(shown, null, 2)}\n`;
}

describe('coproduce check <folder>: output written a project at a time', () => {
  it('writes every format byte for byte as formatting the whole report does', async () => {
    const report = await library('portfolio');
    for (const [args, expected] of everyFormat(report)) {
      const { code, stdout } = await run(
        ['check', 'portfolio', '--as-of', NOW, '--threads', '1', ...args],
        { cwd: dir, columns: 80 },
      );
      expect(code, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).toBe(expected);
    }
  });

  // Each run starts two workers, which first compile the sources: slow on a busy machine.
  it.each(['en-GB', 'cy'])(
    'writes every format the same from worker threads (%s)',
    async (locale) => {
      const report = await library('portfolio', false, locale);
      // The formats whose projects' parts are written by the workers themselves.
      const cases = everyFormat(report).filter(
        ([args]) => !args.includes('--overview') && !args.includes('csv'),
      );
      for (const [args, expected] of cases) {
        const { code, stdout } = await run(
          ['check', 'portfolio', '--as-of', NOW, '--threads', '2', '--locale', locale, ...args],
          { cwd: dir, columns: 80 },
        );
        expect(code, `${locale} ${args.join(' ')}`).toBe(0);
        expect(stdout, `${locale} ${args.join(' ')}`).toBe(expected);
      }
    },
    120_000,
  );

  it('anonymises as the library does, in pieces too', async () => {
    const report = await library('portfolio', true);
    for (const [format, expected] of [
      ['json', json(report)],
      ['text', formatPortfolioText(report, { width: 80 })],
      ['markdown', formatPortfolioMarkdown(report)],
      ['html', formatPortfolioHtml(report)],
    ] as const) {
      const { stdout } = await run(
        ['check', 'portfolio', '--as-of', NOW, '-f', format, '--anonymise'],
        { cwd: dir, columns: 80 },
      );
      expect(stdout, format).toBe(expected);
    }
  });

  it('writes a long report to a file the same on worker threads and in one thread', async () => {
    const report = await library('many');
    const expected = json(report);
    // Long enough to be set aside and read back in several chunks.
    expect(Buffer.byteLength(expected)).toBeGreaterThan(2 * 1024 * 1024);
    for (const threads of ['1', '2']) {
      const out = `many-${threads}.json`;
      const { code } = await run(
        ['check', 'many', '--as-of', NOW, '--out', out, '--threads', threads],
        { cwd: dir },
      );
      expect(code).toBe(0);
      expect(readFileSync(join(dir, out), 'utf8'), `--threads ${threads}`).toBe(expected);
    }
    const text = await run(
      [
        'check',
        'many',
        '--as-of',
        NOW,
        '-f',
        'text',
        '--threads',
        '2',
        '--min-severity',
        'warning',
      ],
      { cwd: dir, columns: 80 },
    );
    expect(text.stdout).toBe(formatPortfolioText(report, { width: 80, minSeverity: 'warning' }));
  });

  /**
   * Runs `coproduce check <folder>` with TMPDIR set to a folder of its own,
   * noting the temporary files there each time progress is shown.
   */
  async function watched(folder: string, args: readonly string[]) {
    const tmp = join(dir, `tmp-${folder}-${args.join('')}`);
    mkdirSync(tmp);
    const seen = new Set<string>();
    let said = '';
    const code = await main(['check', folder, '--as-of', NOW, ...args], {
      stdout: { write: () => true },
      stderr: {
        write: (text: string) => {
          said += text;
          for (const entry of readdirSync(tmp)) {
            for (const file of readdirSync(join(tmp, entry))) {
              seen.add(`${entry.replace(/-[^-]*$/, '')}/${file}`);
            }
          }
          return true;
        },
      },
      env: { TMPDIR: tmp },
      cwd: dir,
    });
    return { code, said, seen: [...seen], left: readdirSync(tmp) };
  }

  it.each(['1', '2'])(
    'removes its temporary part files at the end and when the run stops (--threads %s)',
    async (threads) => {
      // This thread's part file, and with workers theirs too.
      const parts =
        threads === '1'
          ? ['coproduce-portfolio/part-main']
          : [
              'coproduce-portfolio/part-main',
              expect.stringMatching(/^coproduce-portfolio\/part-\d+$/),
            ];
      const out = `t-${threads}.json`;
      const done = await watched('many', ['-f', 'json', '--out', out, '--threads', threads]);
      expect(done.code).toBe(0);
      // While the projects were checked their parts were set aside there…
      expect(done.seen).toEqual(expect.arrayContaining(parts));
      // …and nothing is left once the report is written.
      expect(done.left).toEqual([]);

      const stopped = await watched('repeated', ['-f', 'html', '--threads', threads]);
      expect(stopped.code).not.toBe(0);
      expect(stopped.said).toContain('Two projects have the id "copy-1"');
      expect(stopped.seen).toEqual(expect.arrayContaining(parts));
      expect(stopped.left).toEqual([]);
    },
    120_000,
  );
});
