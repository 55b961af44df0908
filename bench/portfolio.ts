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
 * `npx tsx bench/portfolio.ts [count]`, or `npm run bench -- --only=portfolio`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyntheticProject } from '../scripts/synthetic-project.js';
import { main } from '../src/cli/main.js';
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

/**
 * `coproduce check <folder> --threads n` run in this process, as the
 * command line runs it (a CSV report written to a file; the command writes
 * every format a project at a time, so a JSON report longer than a
 * JavaScript string may be is written too):
 * wall time, CPU time of the process with its worker threads, and peak resident set size, which
 * counts the workers too (they are threads of this process). From the
 * sources, each worker first compiles the TypeScript through tsx: about a
 * second the built CLI does not spend.
 */
async function viaCli(folder: string, threads: number): Promise<string> {
  const out = join(folder, '..', `coproduce-portfolio-bench-${threads}.csv`);
  const silent = { write: () => true };
  let said = '';
  const stderr = { write: (text: string) => (said += text) };
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const code = await main(
    [
      'check',
      folder,
      '--as-of',
      NOW,
      '--format',
      'csv',
      '--out',
      out,
      '--threads',
      String(threads),
    ],
    { stdout: silent, stderr, env: {}, cwd: folder },
  );
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  rmSync(out, { force: true });
  if (code !== 0) throw new Error(`coproduce check exited with ${code}: ${said}`);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return `coproduce check --threads ${threads}: ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU (all threads), peak RSS ${mb(peak)} (whole process, workers included)`;
}

/**
 * Runs the benchmark and returns its figures.
 *
 * @example `const { seconds, peakRss } = await benchPortfolio(100);`
 */
export async function benchPortfolio(count = 1000): Promise<{
  seconds: number;
  peakRss: number;
  findings: number;
}> {
  const templates = Array.from({ length: TEMPLATES }, (_, seed) =>
    generateSyntheticProject({ seed: seed + 1, members: 200, activities: 500 }),
  );
  // The files are written before the clock starts: a council's projects are
  // already on disk, and writing them is no part of checking them.
  const folder = mkdtempSync(join(tmpdir(), 'coproduce-portfolio-bench-'));
  const written = performance.now();
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = join(folder, `project-${String(i).padStart(4, '0')}.json`);
    writeFileSync(file, projectText(templates, i));
    files.push(file);
  }
  const writing = (performance.now() - written) / 1000;
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
  let cli: string[];
  try {
    cli = [await viaCli(folder, 1), await viaCli(folder, availableParallelism())];
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
  for (const line of cli) console.log(line);
  console.log(
    `issues: ${report.counts.issues.error + report.counts.issues.warning + report.counts.issues.info + report.counts.issues.needsReview} in the projects, ${report.findings.issues.length} across them`,
  );
  return { seconds, peakRss, findings: report.findings.issues.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  await benchPortfolio(Number.isInteger(count) && count > 0 ? count : 1000);
}
