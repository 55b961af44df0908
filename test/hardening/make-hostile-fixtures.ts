/**
 * Writes the two generated files of the hostile corpus (the others are
 * written by hand): a configuration with 2,000 inline rules, and a rule
 * file and a configuration whose conditions nest 5,000 levels deep.
 *
 * ```sh
 * npx tsx test/hardening/make-hostile-fixtures.ts
 * ```
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = 'test/fixtures/hostile';

function rule(id: string, texts: 'short' | 'full'): Record<string, unknown> {
  const full = texts === 'full';
  return {
    id,
    set: 'council',
    version: 1,
    title: full ? 'A council rule' : 'T',
    questions: ['honesty.open-to-change'],
    section: full ? 'Governance' : 'S',
    scope: 'project',
    severity: 'info',
    conditions: { all: [{ fact: 'ideaCount', operator: 'lessThan', value: 2 }] },
    messages: full
      ? { flagged: 'Only {ideaCount} ideas so far.', action: 'Ask members for ideas.' }
      : { flagged: 'F', action: 'A' },
    rationale: full ? 'Ideas show the group is shaping the work.' : 'R',
  };
}

const leaf = '{"fact":"ideaCount","operator":"lessThan","value":2}';
const deep = `${'{"not":'.repeat(5000)}${leaf}${'}'.repeat(5000)}`;
const compactLeaf = '{"all":[{"fact":"ideaCount","operator":"lessThan","value":2}]}';

const rules = Array.from({ length: 2000 }, (_, i) =>
  JSON.stringify(rule(`council-rule-${String(i).padStart(4, '0')}`, 'short')),
);
writeFileSync(
  join(CORPUS, 'configs/thousands-of-rules/coproduce.json'),
  `{"extends": [], "customRules": [\n${rules.join(',\n')}\n]}\n`,
);

const indented = JSON.stringify(rule('nested-thousands-deep', 'full'), null, 2).replace(
  /"conditions": \{[\s\S]*?\n {2}\}/,
  `"conditions": ${deep}`,
);
writeFileSync(join(CORPUS, 'rules/nested-thousands-deep.json'), `${indented}\n`);

const inline = JSON.stringify(rule('council-deep', 'full')).replace(compactLeaf, deep);
writeFileSync(
  join(CORPUS, 'configs/nested-thousands-deep/coproduce.json'),
  `{"extends": [], "customRules": [${inline}]}\n`,
);
