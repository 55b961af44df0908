/**
 * Example 3: a council's own configuration. `coproduce.config.json` extends
 * the recommended preset, switches one rule off, tunes two parameters,
 * rewords one message and adds a council rule from `rules/`. The tests
 * beside it (`council.test.ts`) test that rule and a tuned one with
 * `testRule`.
 *
 * ```sh
 * npx tsx examples/03-council-customisation/index.ts
 * npx vitest run examples/03-council-customisation
 * ```
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { check, createRuleSet } from 'coproduce';
import { loadConfig, loadProjectFile } from 'coproduce/node';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const project = await loadProjectFile(here('../projects/mid-way.json'));
const now = '2026-11-20T12:00:00Z';

// #region load
// Read the configuration and every file it names, check it, and compile it
// once into a rule set. Reuse the rule set for every check.
const councilRules = await loadConfig(here('coproduce.config.json'));
const council = await check(project, { rules: councilRules, now });
// #endregion load

const recommended = await check(project, { rules: createRuleSet(), now });

console.log(`Rules on: ${councilRules.rules.length} (recommended: ${recommended.outcomes.length})`);
console.log(
  `Issues: ${council.issues.length} with the council's rules, ${recommended.issues.length} with the recommended ones`,
);

const show = (label: string, ruleId: string) => {
  const issues = council.issues.filter((issue) => issue.ruleId === ruleId);
  console.log(`\n${label} (${ruleId}): ${issues.length} issue(s)`);
  for (const issue of issues) {
    console.log(`  ${issue.severity.toUpperCase()}: ${issue.message}`);
    console.log(`    What to do: ${issue.action}`);
  }
};
show('Switched off', 'meets-in-community');
show('Raised to error, quiet after 2 meetings instead of 3', 'quiet-members');
show('Overdue after 7 days instead of 14', 'milestones-overdue');
show('Reworded action', 'jargon-explained');
show("The council's own rule", 'online-option');
