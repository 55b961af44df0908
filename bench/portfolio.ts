/**
 * The portfolio benchmark: `count` projects of 200 members and 500
 * activities each (default 1,000), streamed as JSON text through
 * `checkPortfolio` with the recommended rules, as `coproduce check <folder>`
 * reads them from disk: each project's text is parsed, validated and
 * checked, and only its report and a small summary are kept. Members share
 * person references across projects, so the portfolio rules have people to
 * find. Prints the wall time, the time per project and the peak memory
 * (resident set size, sampled); nothing here fails a build.
 *
 * `npx tsx bench/portfolio.ts [count]`, or `npm run bench -- --only=portfolio`.
 */
import { generateSyntheticProject } from '../scripts/synthetic-project.js';
import { checkPortfolio, createRuleSet, type PortfolioInput } from '../src/index.js';

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
  const rules = createRuleSet();
  let peakRss = process.memoryUsage().rss;
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  let generating = 0;
  async function* stream(): AsyncGenerator<PortfolioInput> {
    for (let i = 0; i < count; i++) {
      // As from disk: text parsed here, validated and checked by checkPortfolio.
      // Writing the generated text stands in for a file already on disk: timed apart.
      const made = performance.now();
      const text = projectText(templates, i);
      generating += performance.now() - made;
      yield { project: JSON.parse(text), source: `project-${i}.json` };
    }
  }
  const start = performance.now();
  const report = await checkPortfolio(stream(), {
    now: NOW,
    rules,
    onProgress: (done) => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (done % 100 === 0) process.stderr.write(`  ${done} of ${count}\n`);
    },
  });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sample);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(
    `\n## Portfolio (${count} projects of 200 members / 500 activities, recommended rules)`,
  );
  console.log(
    `checkPortfolio, streamed:        ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(1)} ms a project; target ≤ 5 s for 1,000)`,
  );
  console.log(
    `  of which making the test text:  ${(generating / 1000).toFixed(1)} s; without it ${(seconds - generating / 1000).toFixed(1)} s (reading from disk adds the file reads)`,
  );
  console.log(`peak memory (RSS, sampled):      ${mb(peakRss)} (target ≤ 1.5 GB)`);
  console.log(
    `issues: ${report.counts.issues.error + report.counts.issues.warning + report.counts.issues.info + report.counts.issues.needsReview} in the projects, ${report.findings.issues.length} across them`,
  );
  return { seconds, peakRss, findings: report.findings.issues.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  await benchPortfolio(Number.isInteger(count) && count > 0 ? count : 1000);
}
