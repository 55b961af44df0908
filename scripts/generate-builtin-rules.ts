/**
 * Generates `src/check/builtin-rules.ts`, the module that makes the default
 * rule files importable as data (so the `.` entry works in a browser, with
 * no file system).
 *
 * - `tsx scripts/generate-builtin-rules.ts` writes the module.
 * - `tsx scripts/generate-builtin-rules.ts --check` writes nothing and exits 1
 *   when the committed module is missing or out of date.
 *
 * It imports `rules/questions.json`, every `rules/<set>/*.json`, every
 * `rules/presets/*.json` and every `rules/facts/*.json`, in sorted order. Missing folders are simply empty:
 * the rules are written in parallel with the engine.
 *
 * @module
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The repository's `rules/` folder.
 *
 * @example `readdirSync(RULES_DIR)`
 */
export const RULES_DIR: string = fileURLToPath(new URL('../rules/', import.meta.url));
/**
 * The generated module.
 *
 * @example `readFileSync(BUILTIN_RULES_MODULE, 'utf8') === renderBuiltinRulesModule()`
 */
export const BUILTIN_RULES_MODULE: string = fileURLToPath(
  new URL('../src/check/builtin-rules.ts', import.meta.url),
);

const PRESETS = 'presets';
/** The folder of the fact library: declarative facts shared by every rule. */
const FACTS = 'facts';
/** The folder of the built-in framework's texts in other languages, `messages/<locale>.json`. */
const MESSAGES = 'messages';

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && statSync(join(dir, name)).isFile())
    .sort();
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
}

/**
 * Lists the rule, preset and catalogue files, as paths relative to `rules/`
 * with `/` separators.
 *
 * @example
 * ```ts
 * listBuiltinFiles(RULES_DIR).rules; // ['during/quiet-members.json', ...]
 * ```
 */
export function listBuiltinFiles(rulesDir: string = RULES_DIR): {
  questions: string | undefined;
  rules: string[];
  presets: string[];
  facts: string[];
  messages: string[];
  packs: {
    name: string;
    questions: string;
    rules: string[];
    presets: string[];
    messages: string[];
  }[];
} {
  const rules: string[] = [];
  const packs: {
    name: string;
    questions: string;
    rules: string[];
    presets: string[];
    messages: string[];
  }[] = [];
  for (const set of subfolders(rulesDir)) {
    if (set === PRESETS || set === FACTS || set === MESSAGES) continue;
    // A folder with its own question catalogue is a framework pack: its rules
    // are in rules/, its presets in presets/, its rule tests in tests/.
    if (existsSync(join(rulesDir, set, 'questions.json'))) {
      packs.push({
        name: set,
        questions: `${set}/questions.json`,
        rules: jsonFiles(join(rulesDir, set, 'rules')).map((f) => `${set}/rules/${f}`),
        presets: jsonFiles(join(rulesDir, set, PRESETS)).map((f) => `${set}/${PRESETS}/${f}`),
        messages: jsonFiles(join(rulesDir, set, 'messages')).map((f) => `${set}/messages/${f}`),
      });
      continue;
    }
    for (const file of jsonFiles(join(rulesDir, set))) rules.push(`${set}/${file}`);
  }
  const presets = jsonFiles(join(rulesDir, PRESETS)).map((file) => `${PRESETS}/${file}`);
  const facts = jsonFiles(join(rulesDir, FACTS)).map((file) => `${FACTS}/${file}`);
  const messages = jsonFiles(join(rulesDir, MESSAGES)).map((file) => `${MESSAGES}/${file}`);
  const questions = existsSync(join(rulesDir, 'questions.json')) ? 'questions.json' : undefined;
  return { questions, rules, presets, facts, messages, packs };
}

/**
 * Renders the module text (Biome-formatted as written).
 *
 * @example
 * ```ts
 * const text = renderBuiltinRulesModule();
 * text.includes('export const builtinRuleFiles'); // true
 * ```
 */
export function renderBuiltinRulesModule(rulesDir: string = RULES_DIR): string {
  const { questions, rules, presets, facts, messages, packs } = listBuiltinFiles(rulesDir);
  const imports: { name: string; path: string }[] = [];
  rules.forEach((path, i) => {
    imports.push({ name: `r${i}`, path });
  });
  presets.forEach((path, i) => {
    imports.push({ name: `p${i}`, path });
  });
  facts.forEach((path, i) => {
    imports.push({ name: `f${i}`, path });
  });
  messages.forEach((path, i) => {
    imports.push({ name: `m${i}`, path });
  });
  if (questions) imports.push({ name: 'questions', path: questions });
  packs.forEach((pack, k) => {
    imports.push({ name: `k${k}q`, path: pack.questions });
    pack.rules.forEach((path, i) => {
      imports.push({ name: `k${k}r${i}`, path });
    });
    pack.presets.forEach((path, i) => {
      imports.push({ name: `k${k}p${i}`, path });
    });
    pack.messages.forEach((path, i) => {
      imports.push({ name: `k${k}m${i}`, path });
    });
  });

  const importLines = [...imports]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ name, path }) => `import ${name} from '../../rules/${path}' with { type: 'json' };`);
  const entries = (list: string[], prefix: string) =>
    list.length === 0
      ? '[]'
      : `[\n${list.map((path, i) => `  { file: 'rules/${path}', data: ${prefix}${i} },`).join('\n')}\n]`;
  const packEntries =
    packs.length === 0
      ? '[]'
      : `[\n${packs
          .map(
            (pack, k) =>
              `  {\n    name: '${pack.name}',\n    questions: { file: 'rules/${pack.questions}', data: k${k}q },\n    rules: ${entries(pack.rules, `k${k}r`).replace(/\n/g, '\n    ')},\n    presets: ${entries(pack.presets, `k${k}p`).replace(/\n/g, '\n    ')},\n    messages: ${entries(pack.messages, `k${k}m`).replace(/\n/g, '\n    ')},\n  },`,
          )
          .join('\n')}\n]`;
  return [
    '/**',
    ' * The default rules, presets and question catalogue as data. Generated by',
    ' * `scripts/generate-builtin-rules.ts` from `rules/`: do not edit by hand.',
    ' *',
    ' * @module',
    ' * @internal',
    ' */',
    ...importLines,
    '',
    '/**',
    ' * A JSON file shipped in `rules/`, with its path for error messages.',
    ' *',
    ' * @example `builtinRuleFiles.map((f: BuiltinFile) => f.file)`',
    ' * @internal',
    ' */',
    'export interface BuiltinFile {',
    '  readonly file: string;',
    '  readonly data: unknown;',
    '}',
    '',
    '/** Every default rule file, sorted by path. @example `for (const { file, data } of builtinRuleFiles) parseRuleFile(data, { file });` @internal */',
    `export const builtinRuleFiles: readonly BuiltinFile[] = ${entries(rules, 'r')};`,
    '',
    '/** Every preset file, sorted by path. @example `for (const { file, data } of builtinPresetFiles) parseRuleSetPreset(data, { file });` @internal */',
    `export const builtinPresetFiles: readonly BuiltinFile[] = ${entries(presets, 'p')};`,
    '',
    '/**',
    ' * A framework pack shipped in `rules/<name>/`: its question catalogue, rules and presets.',
    ' *',
    " * @example `builtinPacks.map((p: BuiltinPack) => p.name) // ['six-principles']`",
    ' * @internal',
    ' */',
    'export interface BuiltinPack {',
    '  readonly name: string;',
    '  readonly questions: BuiltinFile;',
    '  readonly rules: readonly BuiltinFile[];',
    '  readonly presets: readonly BuiltinFile[];',
    '  readonly messages: readonly BuiltinFile[];',
    '}',
    '',
    "/** Every framework pack in `rules/`, sorted by name. @example `builtinPacks.find((pack) => pack.name === 'six-principles')?.rules.map((rule) => rule.file)` @internal */",
    `export const builtinPacks: readonly BuiltinPack[] = ${packEntries};`,
    '',
    '/**',
    ' * Every file of the fact library, `rules/facts/*.json`, sorted by path.',
    ' *',
    ' * @internal',
    ' * @example',
    ' * ```ts',
    " * import { compileFactLibrary } from './declarative/library.js';",
    ' *',
    ' * compileFactLibrary(builtinFactFiles).map((fact) => fact.id);',
    ' * ```',
    ' */',
    `export const builtinFactFiles: readonly BuiltinFile[] = ${entries(facts, 'f')};`,
    '',
    "/** The built-in framework's texts in other languages, `rules/messages/*.json`. @example `builtinMessageFiles.map(({ file, data }) => parsePackMessages(data, { file }))` @internal */",
    `export const builtinMessageFiles: readonly BuiltinFile[] = ${entries(messages, 'm')};`,
    '',
    "/** The framework question catalogue, `rules/questions.json`. @example `parseQuestionCatalogue(builtinQuestionCatalogue, { file: 'rules/questions.json' })` @internal */",
    `export const builtinQuestionCatalogue: unknown = ${questions ? 'questions' : 'undefined'};`,
    '',
  ].join('\n');
}

/**
 * The command line: writes the module, or with `--check` reports whether it
 * is stale. Returns the exit code.
 *
 * @example `process.exitCode = main(['--check']);`
 */
export function main(argv: readonly string[], target: string = BUILTIN_RULES_MODULE): number {
  const text = renderBuiltinRulesModule();
  const shown = relative(process.cwd(), target);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (argv.includes('--check')) {
    if (current === text) {
      console.log(`${shown} is up to date.`);
      return 0;
    }
    console.error(`${shown} is ${current === undefined ? 'missing' : 'out of date'}.`);
    console.error('Run `tsx scripts/generate-builtin-rules.ts` and commit the result.');
    return 1;
  }
  if (current === text) {
    console.log(`${shown} already up to date.`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${shown}`);
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

if (isMainModule()) process.exitCode = main(process.argv.slice(2));
