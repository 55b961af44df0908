// Runs the JSON rule tests of a council's own framework pack: every
// tests/*.json of each folder beside this file, against the configuration
// beside it (coproduce.config.json), so each rule is tested as the council
// has set it up. Copy this file next to your configuration and run
//   node run-rule-tests.mjs
// It prints one line per test file and ends with "N passed, N failed";
// it exits with 1 when a test fails, so a scheduled job can notice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from 'coproduce/node';
import { parseRuleTestFile, testRule } from 'coproduce/testing';

const here = dirname(fileURLToPath(import.meta.url));
const rules = await loadConfig(join(here, 'coproduce.config.json'));

const testFiles = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'tests')))
  .flatMap((entry) =>
    readdirSync(join(here, entry.name, 'tests'))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(here, entry.name, 'tests', name)),
  );

let passed = 0;
let failed = 0;
for (const path of testFiles) {
  const file = relative(here, path);
  const parsed = parseRuleTestFile(JSON.parse(readFileSync(path, 'utf8')), { file });
  if (!parsed.success) {
    failed += 1;
    console.log(`${file}: cannot be used`);
    for (const problem of parsed.problems)
      console.log(`  - ${problem.path.join(', ')}: ${problem.message}`);
    continue;
  }
  const { ruleId, cases, now } = parsed.value;
  try {
    await testRule(ruleId, cases, { rules, now });
    passed += 1;
    console.log(`${file}: passed`);
  } catch (error) {
    failed += 1;
    console.log(`${file}: FAILED\n${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
