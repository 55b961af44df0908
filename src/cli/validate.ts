/**
 * `coproduce validate <file...>`: tells project, rule, configuration,
 * preset and report files apart (by `$schema`, else by shape), validates
 * each fully and prints every problem as `file: JSON path: message`.
 *
 * @module
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  builtinRules,
  CheckReportSchema,
  CoproduceError,
  createRuleSet,
  isCoproduceError,
  neutralise,
  type ProblemDetail,
  parseCouncilConfig,
  parseProject,
  parseRuleFile,
  parseRuleSetPreset,
  problem,
  resolveConfig,
} from '../index.js';
import { describeJsonSyntaxError } from '../node/index.js';
import {
  type CliIo,
  displayPath,
  EXIT_INVALID,
  EXIT_OK,
  formatProblem,
  InputError,
  parseCommandArgs,
  parseJsonText,
  readTextFile,
  resolvePath,
  UsageError,
} from './io.js';

export const validateHelp = `Usage: coproduce validate <file...> [options]

Validates project files, rule files and configuration files (and rule-set
presets and saved JSON reports). Each file's kind is read from its "$schema"
(project.schema.json, rule.schema.json, config.schema.json...) or, without
one, from its shape. Rule files are also checked against the facts,
operators and framework questions; configurations with every file they
extend or name.

Every problem is printed as "file: JSON path: message", all of them.

Options:
  --quiet                 Print only the problems, not the files that are
                          valid
  --config-root <folder>  Let configurations read files in this folder
                          (default: each only in its own folder)
  -h, --help              Show this help

Exit codes: 0 every file is valid; 2 a file has problems, or usage.

Example:
  coproduce validate project.json coproduce.config.json council-rules/*.json
`;

/** The kinds of file `validate` knows. */
export type FileKind = 'project' | 'rule' | 'config' | 'preset' | 'report';

const KIND_NAMES: Readonly<Record<FileKind, string>> = {
  project: 'project',
  rule: 'rule file',
  config: 'configuration',
  preset: 'rule-set preset',
  report: 'check report',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What kind of file a parsed JSON document is: by its `$schema` when that
 * names one of coproduce's schemas, else by the fields it has.
 */
export function detectKind(data: unknown): FileKind | undefined {
  if (!isObject(data)) return undefined;
  if (typeof data.$schema === 'string') {
    const named = /(project|rule|config|preset|report)\.schema\.json(?:#.*)?$/.exec(data.$schema);
    if (named) return named[1] as FileKind;
  }
  if ('schemaVersion' in data || ('timeZone' in data && 'stage' in data)) return 'project';
  if ('reportVersion' in data) return 'report';
  if ('conditions' in data || ('set' in data && 'scope' in data)) return 'rule';
  if ('id' in data && 'description' in data && (data.rules === '*' || Array.isArray(data.rules))) {
    return 'preset';
  }
  const configKeys = ['extends', 'ruleFiles', 'customRules', 'locale', 'rules', 'messages'];
  if (configKeys.some((key) => key in data)) return 'config';
  return undefined;
}

/** The result of validating one file. */
export interface FileResult {
  readonly file: string;
  readonly kind?: FileKind | undefined;
  readonly problems: readonly ProblemDetail[];
}

function problemsOf(error: unknown): readonly ProblemDetail[] {
  if (isCoproduceError(error)) {
    if (error.problems.length > 0) return error.problems;
    return [problem([], error.message.split('\n')[0] ?? error.message)];
  }
  throw error;
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

function validateRule(data: unknown, path: string): readonly ProblemDetail[] {
  const parsed = parseRuleFile(data, { file: path });
  if (!parsed.success) return parsed.problems;
  // A default rule as shipped is valid as it is, though a council rule may not reuse its id.
  const builtin = builtinRules().get(parsed.value.id);
  if (builtin && canonical(builtin) === canonical(parsed.value)) return [];
  try {
    createRuleSet(
      resolveConfig(
        { extends: [], ruleFiles: [path] },
        { resolveRuleFiles: () => [{ file: path, rule: data }] },
      ),
    );
    return [];
  } catch (error) {
    return problemsOf(error);
  }
}

/** Whether `target` is `root` or inside it (both absolute). */
function isWithin(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** Reads a JSON file that a configuration names, for `resolveConfig`; failures become its problems. */
function readReferenced(path: string, ref: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CoproduceError('file-not-found', `names "${ref}", which does not exist`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CoproduceError(
      'invalid-json',
      `names "${ref}", which is not valid JSON: ${describeJsonSyntaxError(text, error)}`,
    );
  }
}

const MAX_RULE_FOLDER_DEPTH = 6;

function ruleFilesIn(dir: string, depth = 0, found: string[] = []): string[] {
  if (depth > MAX_RULE_FOLDER_DEPTH) return found;
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) ruleFilesIn(path, depth + 1, found);
    else if (entry.isFile() && extname(entry.name) === '.json') found.push(path);
  }
  return found;
}

/**
 * Resolves and compiles a configuration with every file it names, the way
 * `loadConfig` does, but collecting every problem: a missing or broken file
 * named in `extends` or `ruleFiles` is one problem among the others rather
 * than the end of the check.
 */
function validateConfig(
  data: unknown,
  path: string,
  rootOption: string | undefined,
): readonly ProblemDetail[] {
  const parsed = parseCouncilConfig(data, { file: path });
  if (!parsed.success) return parsed.problems;
  // As loadConfig does: only files inside the configuration's folder (or --config-root).
  const root = resolve(rootOption ?? dirname(path));
  const realRoot = (() => {
    try {
      return realpathSync(root);
    } catch {
      return root;
    }
  })();
  const insideRoot = (target: string, ref: string) => {
    let real: string | undefined;
    try {
      real = realpathSync(target);
    } catch {
      real = undefined;
    }
    if (!isWithin(root, target) || (real !== undefined && !isWithin(realRoot, real))) {
      throw new CoproduceError(
        'invalid-config',
        `names "${ref}", which is outside the configuration's folder (${root}): a configuration may only read files inside its own folder; pass --config-root <folder> to allow a wider one`,
      );
    }
  };
  try {
    const resolved = resolveConfig(data, {
      file: path,
      resolveExtends: (ref, from) => {
        const target = resolve(dirname(from ?? path), ref);
        insideRoot(target, ref);
        return { file: target, config: readReferenced(target, ref) };
      },
      resolveRuleFiles: (ref, from) => {
        const target = resolve(dirname(from ?? path), ref);
        insideRoot(target, ref);
        let files: string[];
        try {
          files = statSync(target).isDirectory() ? ruleFilesIn(target) : [target];
        } catch {
          throw new CoproduceError('file-not-found', `names "${ref}", which does not exist`);
        }
        return files.map((file) => ({ file, rule: readReferenced(file, ref) }));
      },
    });
    createRuleSet(resolved);
    return [];
  } catch (error) {
    return problemsOf(error);
  }
}

function validatePreset(data: unknown, path: string): readonly ProblemDetail[] {
  const parsed = parseRuleSetPreset(data, { file: path });
  if (!parsed.success) return parsed.problems;
  const rules = parsed.value.rules;
  if (rules === '*') return [];
  const known = builtinRules();
  return rules.flatMap((id, i) =>
    known.has(id) ? [] : [problem(['rules', i], `unknown rule id "${id}"`, { file: path })],
  );
}

function validateReport(data: unknown): readonly ProblemDetail[] {
  const result = CheckReportSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    problem(
      issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      issue.message,
    ),
  );
}

/** Validates one file of any kind. */
export async function validateFile(
  io: CliIo,
  file: string,
  options: { configRoot?: string | undefined } = {},
): Promise<FileResult> {
  const path = resolvePath(io, file);
  let data: unknown;
  try {
    data = parseJsonText(io, path, await readTextFile(io, path));
  } catch (error) {
    if (error instanceof InputError) return { file: path, problems: error.problems };
    throw error;
  }
  const kind = detectKind(data);
  if (kind === undefined) {
    return {
      file: path,
      problems: [
        problem(
          [],
          'cannot tell whether this is a project, rule or configuration file: add "$schema" naming project.schema.json, rule.schema.json or config.schema.json',
        ),
      ],
    };
  }
  let problems: readonly ProblemDetail[];
  switch (kind) {
    case 'project':
      try {
        parseProject(data);
        problems = [];
      } catch (error) {
        problems = problemsOf(error);
      }
      break;
    case 'rule':
      problems = validateRule(data, path);
      break;
    case 'config':
      problems = validateConfig(
        data,
        path,
        options.configRoot !== undefined ? resolvePath(io, options.configRoot) : undefined,
      );
      break;
    case 'preset':
      problems = validatePreset(data, path);
      break;
    case 'report':
      problems = validateReport(data);
      break;
  }
  return { file: path, kind, problems };
}

/** Runs `coproduce validate`. */
export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, {
    quiet: { type: 'boolean', short: 'q' },
    'config-root': { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(validateHelp);
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new UsageError('name at least one file to validate', 'validate');
  const configRoot = values['config-root'];
  const results = await Promise.all(
    positionals.map((file) => validateFile(io, file, { configRoot })),
  );
  let invalid = 0;
  let count = 0;
  for (const result of results) {
    const shown = displayPath(io, result.file);
    const kind = result.kind ? KIND_NAMES[result.kind] : 'file';
    if (result.problems.length === 0) {
      if (!values.quiet) io.stdout.write(`${neutralise(shown)}: valid ${kind}\n`);
      continue;
    }
    invalid += 1;
    count += result.problems.length;
    for (const p of result.problems) io.stdout.write(`${formatProblem(io, p, result.file)}\n`);
  }
  if (invalid > 0) {
    const files = results.length;
    io.stdout.write(
      `${count} problem${count === 1 ? '' : 's'} in ${invalid} of ${files} file${files === 1 ? '' : 's'}.\n`,
    );
    return EXIT_INVALID;
  }
  return EXIT_OK;
}
