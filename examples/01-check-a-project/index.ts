/**
 * Example 1: check a project and print its issues, grouped by framework section.
 *
 * ```sh
 * npx tsx examples/01-check-a-project/index.ts                      # the bundled mid-way project
 * npx tsx examples/01-check-a-project/index.ts my-project.json --now 2026-11-20
 * ```
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// #region imports
import { check, isCoproduceError } from 'coproduce';
import { loadProjectFile } from 'coproduce/node';

// #endregion imports

const { values, positionals } = parseArgs({
  allowPositionals: true,
  // The bundled projects are written to be current on 20 November 2026.
  options: { now: { type: 'string', default: '2026-11-20' } },
});
const file = positionals[0] ?? fileURLToPath(new URL('../projects/mid-way.json', import.meta.url));

try {
  // #region check
  // Read and validate the project document. A bad document throws a
  // CoproduceError that lists every problem with its place in the file.
  const project = await loadProjectFile(file);

  // Check it against the recommended rules, as of midday on the given day.
  const report = await check(project, { now: `${values.now}T12:00:00Z` });
  // #endregion check

  // #region print
  // counts: issues and the rules that raised them, counted separately; the
  // same figures every report format prints.
  const { issues, rules, needsReview, bySeverity } = report.counts;
  console.log(`${report.project.title} (stage: ${report.project.stage})`);
  console.log(
    `${issues} issues from ${rules} rules: ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} for information; ${needsReview} of them need review`,
  );

  // counts.bySection lists the framework's sections in order; issues are
  // sorted by severity within the report, so pick each section's out.
  for (const [section, count] of Object.entries(report.counts.bySection)) {
    if (count === 0) continue;
    console.log(`\n${section} (${count})`);
    for (const issue of report.issues.filter((i) => i.section === section)) {
      const needsReview = issue.outcome === 'needs-review' ? ' (needs review)' : '';
      console.log(`  ${issue.severity.toUpperCase()}${needsReview}: ${issue.message}`);
      console.log(`    What to do: ${issue.action}`);
      console.log(`    About: ${issue.subject.label} · rule ${issue.ruleId}`);
    }
  }
  // #endregion print
} catch (error) {
  if (!isCoproduceError(error)) throw error;
  // #region errors
  // Every CoproduceError has a code and a list of problems, each with a
  // JSON Pointer into the document and a message in plain words.
  console.error(`Cannot check ${file} (${error.code}):`);
  if (error.problems.length === 0) console.error(`  ${error.message}`);
  for (const problem of error.problems) {
    console.error(`  ${problem.pointer || '(whole document)'}: ${problem.message}`);
  }
  // #endregion errors
  process.exitCode = 1;
}
