/**
 * Checks that every default rule is complete in its four places: the rule
 * file, its test, its section in the generated docs, and the framework
 * questions it encodes.
 *
 * `tsx scripts/check-rules.ts` prints one line per problem and exits 1 when
 * there is any:
 *
 * - a rule file is not a valid rule (structure, as the engine reads it);
 * - a rule's `id` differs from its file name, or its `set` from its folder;
 * - two rules share an id;
 * - a rule has no test file `test/rules/<set>/<id>.test.ts`;
 * - a rule has no section (a `## <id>` heading) in `docs/rules/<set>.md`;
 * - a rule names a question id that is not in `rules/questions.json`, or its
 *   `section` is not the section of any question it names;
 * - a question in `rules/questions.json` is encoded by no rule;
 * - a rule's parameter has a unit without words in the report's catalogue
 *   (`unit.<unit>`, which `explain` and `rules` say it by);
 * - a preset's `id` differs from its file name, or it names a rule that does
 *   not exist;
 * - a test file under `test/rules/<set>/` belongs to no rule.
 *
 * A framework pack (`rules/<pack>/` with its own `questions.json`) is checked
 * the same way against its own catalogue, with its JSON rule tests
 * `rules/<pack>/tests/<id>.json` in place of test files.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseRuleFile, parseRuleSetPreset } from '../src/check/rule-schema.js';
import { isUiMessageId } from '../src/report/catalogue.js';
import { loadRuleCatalogue, REPO_ROOT, type RuleCatalogue } from './generate-rule-docs.js';

function headingsOf(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const line of markdown.split('\n')) {
    const match = /^## (\S+)\s*$/.exec(line);
    if (match?.[1]) ids.add(match[1]);
  }
  return ids;
}

/**
 * Every problem with the default rules, as plain sentences, sorted.
 *
 * @example `findRuleProblems() // []`
 */
export function findRuleProblems(
  root: string = REPO_ROOT,
  catalogue: RuleCatalogue = loadRuleCatalogue(root),
): string[] {
  const problems: string[] = [];
  const ruleIds = new Map<string, string>();
  const docsCache = new Map<string, Set<string> | undefined>();
  const framework = (
    part: Pick<RuleCatalogue, 'rules' | 'questions' | 'presets'>,
    where: {
      readonly questionsFile: string;
      readonly testOf: (folder: string, name: string) => string;
      readonly pageOf: (folder: string) => string;
    },
  ) => {
    const questions = new Map(part.questions.map((q) => [q.id, q]));
    const encoded = new Set<string>();
    const ownIds = new Set<string>();
    for (const { file, folder, name, rule } of part.rules) {
      const parsed = parseRuleFile(rule, { file });
      if (!parsed.success) {
        for (const p of parsed.problems) {
          problems.push(`${file}: ${p.path.length > 0 ? `${p.path.join('.')} ` : ''}${p.message}`);
        }
      }
      const id = typeof rule.id === 'string' ? rule.id : name;
      if (rule.id !== name)
        problems.push(`${file}: the id "${String(rule.id)}" must be "${name}", the file name`);
      if (rule.set !== folder)
        problems.push(`${file}: the set "${String(rule.set)}" must be "${folder}", the folder`);
      const earlier = ruleIds.get(id);
      if (earlier) problems.push(`${file}: the id "${id}" is already used by ${earlier}`);
      else ruleIds.set(id, file);
      ownIds.add(id);

      const test = where.testOf(folder, name);
      if (!existsSync(join(root, test))) problems.push(`${file}: has no test file ${test}`);

      const page = where.pageOf(folder);
      if (!docsCache.has(page)) {
        const path = join(root, page);
        docsCache.set(page, existsSync(path) ? headingsOf(readFileSync(path, 'utf8')) : undefined);
      }
      const headings = docsCache.get(page);
      if (!headings?.has(name)) {
        problems.push(
          `${file}: has no section "## ${name}" in ${page} (run npx tsx scripts/generate-rule-docs.ts)`,
        );
      }

      if (typeof rule.evidence !== 'string' || rule.evidence.trim() === '') {
        problems.push(
          `${file}: has no "evidence": say in plain words what data makes the rule pass and what makes it need review`,
        );
      }

      // Every issue shows the action, including the one a rule about members (say)
      // raises about the project as a whole when it cannot tell at all, where
      // {subject} has no value and the generic action would stand in.
      const messages = (rule.messages ?? {}) as { action?: unknown };
      if (
        rule.scope !== 'project' &&
        typeof messages.action === 'string' &&
        /\{subject[}:]/.test(messages.action)
      ) {
        problems.push(
          `${file}: the action names {subject}, which an issue about the project as a whole does not have: write it for each ${String(rule.scope)} concerned`,
        );
      }

      // A unit is said in the reader's words by `explain` and `rules`: each shipped rule's is in the catalogue.
      const parameters = (rule.parameters ?? {}) as Record<string, { unit?: unknown }>;
      for (const [name, definition] of Object.entries(parameters)) {
        const unit = definition?.unit;
        if (typeof unit === 'string' && !isUiMessageId(`unit.${unit.replaceAll(' ', '-')}`))
          problems.push(
            `${file}: the unit "${unit}" of the parameter "${name}" has no words in src/report/catalogue.ts (add "unit.${unit.replaceAll(' ', '-')}" to every locale)`,
          );
      }

      const named = Array.isArray(rule.questions) ? rule.questions : [];
      if (named.length === 0) problems.push(`${file}: names no framework question`);
      for (const q of named) {
        if (questions.has(q)) encoded.add(q);
        else
          problems.push(
            `${file}: names the question "${q}", which is not in ${where.questionsFile}`,
          );
      }
      const sections = named.map((q) => questions.get(q)?.section).filter((s) => s !== undefined);
      if (sections.length > 0 && !sections.includes(rule.section)) {
        problems.push(
          `${file}: the section "${String(rule.section)}" is not the section of any question it names (${[...new Set(sections)].join(', ')})`,
        );
      }
    }

    for (const q of part.questions) {
      if (!encoded.has(q.id))
        problems.push(`${where.questionsFile}: the question "${q.id}" is encoded by no rule`);
    }

    for (const preset of part.presets) {
      const parsed = parseRuleSetPreset(preset.raw);
      const { file, name } = preset;
      if (!parsed.success) {
        for (const p of parsed.problems) {
          problems.push(`${file}: ${p.path.length > 0 ? `${p.path.join('.')} ` : ''}${p.message}`);
        }
      }
      if (preset.id !== name)
        problems.push(`${file}: the id "${String(preset.id)}" must be "${name}", the file name`);
      if (Array.isArray(preset.rules)) {
        for (const id of preset.rules) {
          if (!ownIds.has(id))
            problems.push(`${file}: names the rule "${id}", which does not exist`);
        }
      }
    }
  };

  framework(catalogue, {
    questionsFile: 'rules/questions.json',
    testOf: (folder, name) => `test/rules/${folder}/${name}.test.ts`,
    pageOf: (folder) => `docs/rules/${folder}.md`,
  });
  // A framework pack's rules are tested by JSON rule tests in its own folder.
  for (const pack of catalogue.packs) {
    framework(pack, {
      questionsFile: `rules/${pack.name}/questions.json`,
      testOf: (folder, name) => `rules/${folder}/tests/${name}.json`,
      pageOf: (folder) => `docs/rules/${folder}.md`,
    });
    const testsDir = join(root, 'rules', pack.name, 'tests');
    for (const test of existsSync(testsDir) ? readdirSync(testsDir) : []) {
      const id = test.replace(/\.json$/, '');
      if (ruleIds.get(id) !== `rules/${pack.name}/rules/${id}.json`)
        problems.push(
          `rules/${pack.name}/tests/${test}: belongs to no rule (expected rules/${pack.name}/rules/${id}.json)`,
        );
    }
  }

  const testsDir = join(root, 'test/rules');
  if (existsSync(testsDir)) {
    for (const entry of readdirSync(testsDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      for (const test of readdirSync(join(testsDir, entry.name))) {
        if (!test.endsWith('.test.ts')) continue;
        const id = test.slice(0, -'.test.ts'.length);
        const owner = ruleIds.get(id);
        if (owner !== `rules/${entry.name}/${id}.json`) {
          problems.push(
            `test/rules/${entry.name}/${test}: belongs to no rule (expected rules/${entry.name}/${id}.json)`,
          );
        }
      }
    }
  }
  return problems.sort();
}

/** The command line. Returns the exit code. */
export function main(root: string = REPO_ROOT): number {
  let problems: string[];
  try {
    problems = findRuleProblems(root);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s) with the default rules:`);
    for (const p of problems) console.error(`- ${p}`);
    return 1;
  }
  const { rules, questions, presets, packs } = loadRuleCatalogue(root);
  console.log(
    `${rules.length} rules, ${presets.length} presets: every rule has its test, docs section and evidence note, and all ${questions.length} framework questions are encoded.`,
  );
  for (const pack of packs) {
    console.log(
      `Framework pack ${pack.name}: ${pack.rules.length} rules, each with its JSON rule test and docs section; all ${pack.questions.length} of its questions are encoded.`,
    );
  }
  return 0;
}

function isMainModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(resolve(script))).href;
  } catch {
    return false;
  }
}

if (isMainModule()) process.exitCode = main();
