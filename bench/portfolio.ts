/**
 * The portfolio benchmark: `count` projects of 200 members and 500
 * activities each (default 1,000), written to a temporary folder before
 * the clock starts, then streamed from it through `checkPortfolio` with the
 * recommended rules, as `coproduce check <folder>` reads them: each file is
 * read, parsed, validated and checked, and only its report and a small
 * summary are kept. Members share
 * person references across projects, so the portfolio rules have people to
 * find. Prints the wall time, the CPU time, the time per project and the
 * peak memory (resident set size, sampled); nothing here fails a build.
 *
 * Then `coproduce check <folder>` runs on the same files, each run in a
 * process of its own, for each format and thread count measured (by
 * default JSON and CSV on 1 and 2 threads, HTML on 2): a table of peak
 * memory, wall and CPU time and the machine's load.
 *
 * `npx tsx bench/portfolio.ts [count] [--cases=json:1,html:2] [--cli-only]`,
 * or `npm run bench -- --only=portfolio`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSyntheticProject } from '../scripts/synthetic-project.js';
import {
  checkPortfolio,
  createRuleSet,
  type PortfolioInput,
  parseProjectJson,
} from '../src/index.js';

const NOW = '2026-11-20T12:00:00Z';
/** Distinct generated projects; the others are copies with their own ids, titles, topics and people. */
const TEMPLATES = 8;
/** How many different people the references are drawn from. */
const PEOPLE = 40_000;
const TOPICS = ['transport', 'housing', 'parks', 'libraries', 'adult-social-care', 'schools'];

type Input = ReturnType<typeof generateSyntheticProject>;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** The JSON text of project `i`: a template with its own id, title, topics and person references. */
function projectText(templates: readonly Input[], i: number): string {
  const template = templates[i % templates.length]!;
  const members = (template.group?.members ?? []).map((member, m) => ({
    ...member,
    // Neighbouring projects share some people: a few will be in many projects.
    personRef: `P-${String((i * 37 + m * 101) % PEOPLE).padStart(5, '0')}`,
  }));
  return JSON.stringify({
    ...template,
    id: `project-${i}`,
    title: `Project ${i}`,
    topics: [TOPICS[i % TOPICS.length], TOPICS[(i * 5) % TOPICS.length]],
    group: { ...template.group, members },
  });
}

/** A run of the command line to measure: the report's format and the worker threads. */
export interface CliCase {
  readonly format: 'text' | 'json' | 'markdown' | 'html' | 'csv';
  readonly threads: number;
}

/** The runs measured unless told otherwise: the heaviest formats, with and without workers. */
export const CLI_CASES: readonly CliCase[] = [
  { format: 'json', threads: 1 },
  { format: 'json', threads: 2 },
  { format: 'csv', threads: 1 },
  { format: 'csv', threads: 2 },
  { format: 'html', threads: 2 },
];

/** What one run of the command line took. */
interface CliFigures {
  readonly wall: number;
  readonly cpu: number;
  readonly peakRss: number;
  /** The one-minute load average when it ended: other work on the machine moves the wall time. */
  readonly load: number;
  readonly bytes: number;
}

/**
 * The script each run starts: beside this one, or, inside the bundle
 * `npm run bench` builds (whose own address is no file), in the
 * repository's `bench` folder, where that command runs.
 */
function runner(): string {
  try {
    return fileURLToPath(new URL('./portfolio-cli.ts', import.meta.url));
  } catch {
    return join(process.cwd(), 'bench', 'portfolio-cli.ts');
  }
}

/**
 * `coproduce check <folder> --format f --threads n --out file` in a
 * process of its own (through tsx, from the sources), so its peak resident
 * set size is its own and not the benchmark's: the operating system's
 * count, workers included (they are threads of that process). From the
 * sources, each worker first compiles the TypeScript through tsx: about a
 * second the built CLI does not spend.
 */
async function viaCli(folder: string, run: CliCase): Promise<CliFigures> {
  const extensions = { text: 'txt', json: 'json', markdown: 'md', html: 'html', csv: 'csv' };
  const extension = extensions[run.format];
  const out = join(folder, '..', `coproduce-portfolio-bench-${process.pid}.${extension}`);
  const args = [
    ...['--import', 'tsx', runner(), 'check', folder, '--as-of', NOW],
    ...['--format', run.format, '--out', out, '--threads', String(run.threads)],
  ];
  try {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let said = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => (said += text));
    const [status] = (await once(child, 'close')) as [number | null];
    const last = said.trim().split('\n').pop() ?? '';
    if (status !== 0 || !last.startsWith('{')) {
      throw new Error(`the benchmark's run of coproduce check failed (${status}): ${said}`);
    }
    const figures = JSON.parse(last) as {
      code: number;
      wall: number;
      cpu: number;
      peakRss: number;
      said: string;
    };
    if (figures.code !== 0 && figures.code !== 1) {
      throw new Error(`coproduce check exited with ${figures.code}: ${figures.said}`);
    }
    const bytes = statSync(out).size;
    return { ...figures, load: loadavg()[0] ?? 0, bytes };
  } finally {
    rmSync(out, { force: true });
  }
}

/** The table of command-line runs, in Markdown. */
function cliTable(rows: readonly (CliCase & CliFigures)[]): string[] {
  const lines = [
    '| format | threads | peak RSS | wall | CPU | load (1 min) | output |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.format} | ${r.threads} | ${mb(r.peakRss)} | ${r.wall.toFixed(1)} s | ${r.cpu.toFixed(1)} s | ${r.load.toFixed(2)} | ${mb(r.bytes)} |`,
    );
  }
  return lines;
}

/** Writes `count` projects to a new temporary folder; the caller removes it. */
function writeProjects(count: number): { folder: string; files: string[]; seconds: number } {
  const templates = Array.from({ length: TEMPLATES }, (_, seed) =>
    generateSyntheticProject({ seed: seed + 1, members: 200, activities: 500 }),
  );
  const folder = mkdtempSync(join(tmpdir(), 'coproduce-portfolio-bench-'));
  const written = performance.now();
  const files: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const file = join(folder, `project-${String(i).padStart(4, '0')}.json`);
      writeFileSync(file, projectText(templates, i));
      files.push(file);
    }
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { folder, files, seconds: (performance.now() - written) / 1000 };
}

/**
 * Only the command-line runs, each in a process of its own, and their
 * table: `npx tsx bench/portfolio.ts 1000 --cli-only --cases=json:1,csv:2`.
 *
 * @example `const rows = await benchPortfolioCli(100, [{ format: 'json', threads: 2 }]);`
 */
export async function benchPortfolioCli(
  count: number,
  cases: readonly CliCase[] = CLI_CASES,
): Promise<(CliCase & CliFigures)[]> {
  const { folder, seconds } = writeProjects(count);
  const rows: (CliCase & CliFigures)[] = [];
  try {
    console.log(`  writing ${count} test files first (not timed): ${seconds.toFixed(1)} s`);
    for (const run of cases) {
      rows.push({ ...run, ...(await viaCli(folder, run)) });
      console.log(cliTable(rows.slice(-1)).slice(2).join('\n'));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(
    `\n## coproduce check <folder> (${count} projects of 200 members / 500 activities, recommended rules; target ≤ 1.5 GB peak RSS) on ${availableParallelism()} cores`,
  );
  for (const line of cliTable(rows)) console.log(line);
  return rows;
}

/**
 * Runs the benchmark and returns its figures.
 *
 * @example `const { seconds, peakRss } = await benchPortfolio(100);`
 */
export async function benchPortfolio(
  count = 1000,
  cases: readonly CliCase[] = CLI_CASES,
): Promise<{
  seconds: number;
  peakRss: number;
  findings: number;
}> {
  // The files are written before the clock starts: a council's projects are
  // already on disk, and writing them is no part of checking them.
  const { folder, files, seconds: writing } = writeProjects(count);
  const rules = createRuleSet();
  let peakRss = process.memoryUsage().rss;
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  let reading = 0;
  async function* stream(): AsyncGenerator<PortfolioInput> {
    for (const [i, file] of files.entries()) {
      // As `coproduce check <folder>` does: one file read, parsed and validated at a time.
      const read = performance.now();
      const text = await readFile(file, 'utf8');
      reading += performance.now() - read;
      yield { project: parseProjectJson(text), source: `project-${i}.json` };
    }
  }
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let report: Awaited<ReturnType<typeof checkPortfolio>>;
  try {
    report = await checkPortfolio(stream(), {
      now: NOW,
      rules,
      onProgress: (done) => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        if (done % 100 === 0) process.stderr.write(`  ${done} of ${count}\n`);
      },
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  clearInterval(sample);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const rows: (CliCase & CliFigures)[] = [];
  try {
    for (const run of cases) rows.push({ ...run, ...(await viaCli(folder, run)) });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(
    `\n## Portfolio (${count} projects of 200 members / 500 activities, recommended rules)`,
  );
  // Other work on the machine moves wall times a lot: say how busy it was.
  console.log(
    `  load average at the end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')} (1, 5, 15 minutes) on ${availableParallelism()} cores`,
  );
  console.log(`  writing the test files first (not timed): ${writing.toFixed(1)} s`);
  console.log(
    `checkPortfolio, streamed from disk: ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(1)} ms a project; target ≤ 5 s for 1,000)`,
  );
  console.log(
    `  CPU time (this process, all threads): ${(cpuMs / 1000).toFixed(1)} s (${(cpuMs / count).toFixed(1)} ms a project); reading the files ${(reading / 1000).toFixed(1)} s`,
  );
  console.log(`peak memory (RSS, sampled):      ${mb(peakRss)} (target ≤ 1.5 GB)`);
  console.log('\ncoproduce check <folder>, each run in a process of its own:');
  for (const line of cliTable(rows)) console.log(line);
  console.log(
    `issues: ${report.counts.issues.error + report.counts.issues.warning + report.counts.issues.info + report.counts.issues.needsReview} in the projects, ${report.findings.issues.length} across them`,
  );
  return { seconds, peakRss, findings: report.findings.issues.length };
}

/** `json:1,csv:2` as the runs it names. */
function parseCases(text: string): CliCase[] {
  return text.split(',').map((item) => {
    const [format = '', threads = ''] = item.split(':');
    const formats: readonly string[] = ['text', 'json', 'markdown', 'html', 'csv'];
    const n = Number(threads);
    if (!formats.includes(format) || !Number.isInteger(n) || n < 1) {
      throw new Error(`--cases: "${item}" is not format:threads (for example json:2)`);
    }
    return { format: format as CliCase['format'], threads: n };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { cases: { type: 'string' }, 'cli-only': { type: 'boolean', default: false } },
  });
  const count = Number(positionals[0] ?? 1000);
  const n = Number.isInteger(count) && count > 0 ? count : 1000;
  const cases = values.cases === undefined ? CLI_CASES : parseCases(values.cases);
  if (values['cli-only']) await benchPortfolioCli(n, cases);
  else await benchPortfolio(n, cases);
}
