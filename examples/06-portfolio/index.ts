/**
 * Example 6: check a council's portfolio: every project in a folder, one
 * at a time, and the portfolio they make together.
 *
 * ```sh
 * npx tsx examples/06-portfolio/index.ts                  # the bundled folder of six projects
 * npx tsx examples/06-portfolio/index.ts my-projects/ --now 2026-11-20
 * ```
 *
 * @module
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// #region imports
import {
  checkPortfolio,
  checkPortfolioPart,
  combinePortfolioParts,
  type PortfolioInput,
} from 'coproduce';
import { loadProjectFile } from 'coproduce/node';
import { formatPortfolioText } from 'coproduce/report';

// #endregion imports

const { values, positionals } = parseArgs({
  allowPositionals: true,
  // The bundled projects are written to be current on 20 November 2026.
  options: { now: { type: 'string', default: '2026-11-20' } },
});
const folder = positionals[0] ?? fileURLToPath(new URL('../portfolio/', import.meta.url));

// #region check
// Read the folder one project at a time: checkPortfolio asks for the next
// project only when it has checked the last, and keeps a small summary of
// each, so a thousand projects never sit in memory at once.
async function* projects(): AsyncGenerator<PortfolioInput> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  for (const name of names) {
    yield { project: await loadProjectFile(join(folder, name)), source: name };
  }
}

const portfolio = await checkPortfolio(projects(), {
  now: `${values.now}T12:00:00Z`,
  title: 'Northfield Council co-production',
  // Thresholds are rule parameters, and any portfolio rule can be switched off.
  rules: { rules: { 'person-in-many-activities': { parameters: { activities: 20 } } } },
});
// #endregion check

// #region print
// The overview (projects that need attention first) and the portfolio's
// own findings; leave out `details: false` to add every project's issues.
console.log(formatPortfolioText(portfolio, { details: false, width: 78 }).trimEnd());

// Each finding is an ordinary issue: a person, a topic, a project or the whole portfolio.
const people = portfolio.findings.issues.filter((issue) => issue.subject.type === 'person');
console.log(`\n${people.length} findings about people, by their person reference:`);
for (const issue of people) console.log(`  ${issue.subject.id}: ${issue.ruleId}`);
// #endregion print

// #region parts
// The same portfolio made in two steps, as a council's own job system would:
// one job a project, each writing its part (plain JSON) where the last step
// can read it. Every job is given the same moment and the same rules.
const now = `${values.now}T12:00:00Z`;
const rules = { rules: { 'person-in-many-activities': { parameters: { activities: 20 } } } };
const partsFolder = await mkdtemp(join(tmpdir(), 'coproduce-parts-'));
const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
for (const name of names) {
  const part = await checkPortfolioPart(await loadProjectFile(join(folder, name)), { now, rules });
  await writeFile(join(partsFolder, name), JSON.stringify(part));
}
// The last step reads the parts back in the projects' order and runs the portfolio rules.
const parts = [];
for (const name of names) {
  parts.push({ part: JSON.parse(await readFile(join(partsFolder, name), 'utf8')), source: name });
}
const combined = await combinePortfolioParts(parts, {
  now,
  rules,
  title: 'Northfield Council co-production',
});
await rm(partsFolder, { recursive: true });
console.log(
  `\nMade in parts: ${combined.counts.projects} projects, ${combined.findings.issues.length} findings across them (${portfolio.findings.issues.length} in one step).`,
);
// #endregion parts
