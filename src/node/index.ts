/**
 * The Node-only entry, `coproduce/node`: reading configuration files, rule
 * files and folders, and project files from disk. Everything here reads
 * files and then hands plain data to the pure core, so a browser app can do
 * the same with its own storage.
 *
 * @module coproduce/node
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  createRuleSetFrom,
  type ResolvedConfig,
  type RuleFolderEntry,
  type RuleSet,
  type RuleSetInternals,
  ruleSetInternals,
} from '../check/compile.js';
import { countProblems, ProblemCollector } from '../check/problems.js';
import { parseRuleFile, type RuleFile } from '../check/rule-schema.js';
import { PACK_LAYOUT } from '../check/schema/frameworks.js';
import { looksLikePreset } from '../check/schema/rule-file.js';
import { CoproduceError, type ProblemDetail, problem } from '../model/errors.js';
import { deepFreeze } from '../model/freeze.js';
import { locateProblems, readJsonText } from '../model/json-text.js';
import { describeLocation } from '../model/location.js';
import { parseProjectJson } from '../model/parse.js';
import type { Project } from '../model/project.js';

/** Bounds folder walks, so a symlink loop or a huge tree cannot hang a load. */
const MAX_FOLDER_DEPTH = 6;
const MAX_RULE_FILES = 500;
/** Rule, configuration and project files are small; refuse anything huge before parsing it. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * Distinct configuration files one configuration may reach through
 * `extends`, however they are shared: a council's chain is a handful; a
 * graph of hundreds is a mistake or an attack.
 */
const MAX_CONFIG_FILES = 100;

/** How a message names a file: relative to a base folder the caller chose. */
type Show = (file: string) => string;

/**
 * Names files relative to `base` (a configuration's folder, or the folder of
 * the file being loaded), so an error never carries the machine's folder
 * layout (a user name, a server path) and reads the same wherever the
 * process runs. Problems keep the full path in their `file` field for tools.
 */
function showFrom(base: string): Show {
  return (file) => relative(base, file) || basename(file);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An `extends` entry that names something other than a configuration file:
 * a folder, or a pack's preset. Both are turned on through `ruleFiles`.
 */
function wrongKindOfFile(
  where: ProblemDetail,
  code: 'extends-folder' | 'extends-pack-preset',
  what: string,
): CoproduceError {
  const ref = String(where.params?.ref ?? '');
  const message = `names "${ref}", ${what}, but "extends" takes a configuration file or a preset such as "coproduce:recommended": to turn on the rules of a folder, such as your own framework pack, name the folder in "ruleFiles"`;
  return new CoproduceError('invalid-config', `${where.file ?? ''}: ${message}.`, [
    problem(where.path, message, {
      ...(where.file !== undefined ? { file: where.file } : {}),
      code,
      params: { ref },
    }),
  ]);
}

function notFound(file: string, show: Show, detail?: ProblemDetail): CoproduceError {
  return new CoproduceError('file-not-found', `Cannot read ${show(file)}: no such file.`, [
    detail ?? problem([], 'no such file', { file, code: 'file-missing' }),
  ]);
}

async function readText(file: string, show: Show, referencedBy?: ProblemDetail): Promise<string> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw notFound(file, show, referencedBy);
    if (info.size > MAX_FILE_BYTES) {
      throw new CoproduceError(
        'limit-exceeded',
        `${show(file)} is larger than ${MAX_FILE_BYTES} bytes.`,
        [problem([], `is larger than ${MAX_FILE_BYTES} bytes`, { file })],
      );
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CoproduceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
      throw notFound(file, show, referencedBy);
    throw unreadable(file, show, error);
  }
}

// Each reason has a key, so a front end can say it in its reader's language
// (`file-unreadable.<key>` in the problem catalogue).
const UNREADABLE_REASONS: Readonly<Record<string, readonly [key: string, words: string]>> = {
  EACCES: ['permission', 'permission denied'],
  EPERM: ['permission', 'permission denied'],
  ELOOP: ['links', 'too many symbolic links'],
  ENAMETOOLONG: ['name', 'the name is too long'],
  EMFILE: ['open-files', 'too many files are open at once'],
  ENFILE: ['open-files', 'too many files are open at once'],
  EIO: ['disk', 'the disk could not be read'],
};

/** A file the system would not let us read, as a CoproduceError with the reason in plain words. */
function unreadable(file: string, show: Show, error: unknown): CoproduceError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const system = typeof code === 'string' ? code : undefined;
  const known = system === undefined ? undefined : UNREADABLE_REASONS[system];
  const reason =
    known?.[1] ?? `the system could not read it${system === undefined ? '' : ` (${system})`}`;
  const params: Record<string, string> = { reason: known?.[0] ?? 'other' };
  if (known === undefined && system !== undefined) params.systemCode = system;
  return new CoproduceError('file-not-found', `Cannot read ${show(file)}: ${reason}.`, [
    problem([], `cannot be read: ${reason}`, { file, code: 'file-unreadable', params }),
  ]);
}

/** The texts of the files a load read, by path, so problems can be given their lines. */
type Texts = Map<string, string>;

async function readJson(
  file: string,
  show: Show,
  referencedBy?: ProblemDetail,
  texts?: Texts,
): Promise<unknown> {
  const text = await readText(file, show, referencedBy);
  // Never JSON.parse's own message: it can quote the start of the file.
  // Every file a configuration loads is written by hand: a key given twice is refused.
  const data = readJsonText(text, 'file', {
    file,
    summaryPrefix: `${show(file)} is`,
    uniqueKeys: true,
  });
  texts?.set(file, text);
  return data;
}

/**
 * Gives each problem in a file that was read its line and column, and its
 * place in words. Field names and positions only: files read for a
 * configuration may not be the person's own, so nothing in them is quoted.
 */
function withPositions(error: CoproduceError, texts: Texts): CoproduceError {
  const byFile = new Map<string, ProblemDetail[]>();
  for (const p of error.problems) {
    if (p.file !== undefined && texts.has(p.file)) {
      const list = byFile.get(p.file) ?? [];
      list.push(p);
      byFile.set(p.file, list);
    }
  }
  const located = new Map<ProblemDetail, ProblemDetail>();
  for (const [file, list] of byFile) {
    const withLines = locateProblems(list, texts.get(file) as string);
    list.forEach((p, i) => {
      located.set(p, withLines[i] ?? p);
    });
  }
  const problems = error.problems.map((p) => {
    const q = located.get(p) ?? p;
    return q.path.length === 0 || q.location !== undefined
      ? q
      : { ...q, location: describeLocation(q.path, undefined, { labels: false }) };
  });
  const [summary = error.message] = error.message.split('\n');
  return new CoproduceError(error.code, summary, problems);
}

/**
 * Reads one rule file and checks its structure (the file name must be the
 * rule id). Facts and operators are checked when the rule is compiled into a
 * rule set.
 *
 * @throws {@link CoproduceError} `file-not-found`, `invalid-json` or
 * `invalid-rule`.
 *
 * @category Node
 * @example
 * ```ts
 * import { loadRuleFile } from 'coproduce/node';
 *
 * const rule = await loadRuleFile('council-rules/minutes-published.json');
 * const ruleSet = createRuleSet({ customRules: [rule] });
 * ```
 */
export async function loadRuleFile(file: string): Promise<RuleFile> {
  const path = resolve(file);
  const show = showFrom(dirname(path));
  const texts: Texts = new Map();
  const parsed = parseRuleFile(await readJson(path, show, undefined, texts), { file: path });
  if (!parsed.success) {
    throw withPositions(
      new CoproduceError(
        'invalid-rule',
        `The rule file ${show(path)} cannot be used:`,
        parsed.problems,
      ),
      texts,
    );
  }
  return parsed.value;
}

/** A file of a rule folder: its rule, or why it could not be read. */
type FolderEntry = RuleFolderEntry | { file: string; error: CoproduceError };

function limitError(path: string, show: Show, what: string): CoproduceError {
  return new CoproduceError('limit-exceeded', `${show(path)} ${what}.`, [
    problem([], what, { file: path }),
  ]);
}

/**
 * The rule files of a folder tree, sorted by path, with hidden files
 * skipped. What cannot be used is listed rather than thrown, so every
 * problem of a folder is reported at once: a symbolic link (not followed:
 * it could lead anywhere, or round in a loop), a folder more than six deep
 * (refused rather than skipped: a rule left out without a word is a rule
 * lost), a folder that cannot be read. More than 500 rule files ends the
 * load with that error.
 */
async function listRuleFiles(
  dir: string,
  show: Show,
  depth = 0,
  found: FolderEntry[] = [],
  counted = { files: 0 },
): Promise<FolderEntry[]> {
  if (depth > MAX_FOLDER_DEPTH) {
    found.push({
      file: dir,
      error: limitError(
        dir,
        show,
        `is more than ${MAX_FOLDER_DEPTH} folders deep inside a rule folder`,
      ),
    });
    return found;
  }
  let entries: Awaited<ReturnType<typeof readdirEntries>>;
  try {
    entries = await readdirEntries(dir);
  } catch (error) {
    found.push({ file: dir, error: unreadable(dir, show, error) });
    return found;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      found.push({
        file: path,
        error: new CoproduceError('invalid-rule', `${show(path)} is a symbolic link.`, [
          problem(
            [],
            'is a symbolic link: links in a rule folder are not followed; put the rule file itself in the folder',
            { file: path },
          ),
        ]),
      });
      continue;
    }
    if (entry.isDirectory()) await listRuleFiles(path, show, depth + 1, found, counted);
    else if (entry.isFile() && extname(entry.name) === '.json') {
      counted.files += 1;
      // Ends the load: reading and checking hundreds of files first would be wasted work.
      if (counted.files > MAX_RULE_FILES) {
        throw limitError(dir, show, `holds more than ${MAX_RULE_FILES} rule files`);
      }
      found.push({ file: path, rule: undefined });
    }
  }
  return found;
}

async function readdirEntries(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Reads every rule file of a folder tree; a file that cannot be read is
 * listed with its error. A folder that is a framework pack holds, at its
 * top, `questions.json` (its question catalogue), `presets/` (its presets),
 * `messages/` (its texts in other languages) and `tests/` (rule tests, not
 * read here); every other `*.json` is a rule.
 */
async function readRuleFolder(dir: string, show: Show, texts?: Texts): Promise<FolderEntry[]> {
  const listed = await listRuleFiles(dir, show);
  const kindOf = (file: string): RuleFolderEntry['kind'] | 'skip' => {
    const [top, ...rest] = relative(dir, file).split(sep);
    if (rest.length === 0 && top === PACK_LAYOUT.questions) return 'questions';
    if (rest.length > 0 && top === PACK_LAYOUT.presets) return 'preset';
    if (rest.length > 0 && top === PACK_LAYOUT.messages) return 'messages';
    if (rest.length > 0 && top === PACK_LAYOUT.tests) return 'skip';
    return 'rule';
  };
  const entries = await Promise.all(
    listed.map(async (entry): Promise<FolderEntry | undefined> => {
      if ('error' in entry) return entry;
      const kind = kindOf(entry.file);
      if (kind === 'skip') return undefined;
      try {
        return {
          file: entry.file,
          rule: await readJson(entry.file, show, undefined, texts),
          kind,
        };
      } catch (error) {
        if (error instanceof CoproduceError) return { file: entry.file, error };
        throw error;
      }
    }),
  );
  return entries.filter((e): e is FolderEntry => e !== undefined);
}

/**
 * Reads every `*.json` rule file in a folder and its subfolders (sorted by
 * path; hidden files skipped) and checks each one's structure. In a
 * framework pack's folder, `questions.json`, `presets/`, `messages/` and
 * `tests/` at the top are not rules and are left out. All problems
 * in all files are reported together. Folders more than six deep and
 * symbolic links are refused, not skipped.
 *
 * @throws {@link CoproduceError} `file-not-found`, `invalid-json`,
 * `invalid-rule` or `limit-exceeded`.
 *
 * @category Node
 * @example
 * ```ts
 * const rules = await loadRuleFolder('council-rules');
 * const ruleSet = createRuleSet({ customRules: rules });
 * ```
 */
export async function loadRuleFolder(dir: string): Promise<RuleFile[]> {
  const path = resolve(dir);
  const info = await stat(path).catch(() => undefined);
  const show = showFrom(dirname(path));
  if (!info?.isDirectory()) throw notFound(path, show);
  const texts: Texts = new Map();
  const rules: RuleFile[] = [];
  const problems = new ProblemCollector();
  const failures: CoproduceError[] = [];
  for (const entry of await readRuleFolder(path, show, texts)) {
    if ('error' in entry) {
      failures.push(entry.error);
      problems.addAll(entry.error.problems);
      continue;
    }
    if (entry.kind !== undefined && entry.kind !== 'rule') continue;
    const parsed = parseRuleFile(entry.rule, { file: entry.file });
    if (parsed.success) rules.push(parsed.value);
    else problems.addAll(parsed.problems);
  }
  if (problems.count > 0) {
    const only = failures.length === 1 ? failures[0] : undefined;
    if (only !== undefined && countProblems(only.problems) === problems.count) throw only;
    throw withPositions(
      new CoproduceError(
        // Only files that could not be read, all for one reason: that reason's code.
        failures.every((f) => f.code === failures[0]?.code) &&
          failures.reduce((n, f) => n + countProblems(f.problems), 0) === problems.count
          ? (failures[0]?.code ?? 'invalid-rule')
          : 'invalid-rule',
        `The rule files in ${show(path)} cannot be used:`,
        problems.list(),
      ),
      texts,
    );
  }
  return rules;
}

/**
 * Options of {@link loadConfig} and {@link resolveConfigFile}.
 *
 * @category Node
 * @example
 * ```ts
 * // council/coproduce.json extends ../shared/base.json: allow the parent folder.
 * const options: LoadConfigOptions = { root: '.' };
 * const ruleSet = await loadConfig('council/coproduce.json', options);
 * ```
 */
export interface LoadConfigOptions {
  /**
   * The folder whose files a configuration may read: every `extends` and
   * `ruleFiles` entry, in every file, must name a file or folder inside it
   * (after following symbolic links). Default: the folder of the
   * configuration file itself, so a configuration found in a project cannot
   * read files elsewhere on the machine.
   */
  readonly root?: string;
  /**
   * How reports name the configuration (`report.configuration.path`).
   * Default: the path as given when it is relative, else the file's name
   * alone, so a report never carries the machine's folder layout.
   */
  readonly displayPath?: string;
}

/**
 * The name of the configuration file that `coproduce check`, `rules` and
 * `explain` find by themselves.
 *
 * @category Node
 * @example
 * ```ts
 * import { join } from 'node:path';
 *
 * const file = join('projects', CONFIG_FILE_NAME); // 'projects/coproduce.config.json'
 * ```
 */
export const CONFIG_FILE_NAME = 'coproduce.config.json';

/**
 * Finds the configuration that applies to a folder, as ESLint finds its
 * own: `coproduce.config.json` in the folder itself or the nearest folder
 * above it. The search stops at a folder holding `.git` (the top of a
 * repository) or at the home folder, after looking in it, so a project
 * never picks up a stranger's configuration from higher up the disk.
 *
 * @returns The configuration file's absolute path, or `undefined` when
 * there is none.
 *
 * @category Node
 * @example
 * ```ts
 * import { dirname, resolve } from 'node:path';
 *
 * const file = await findConfigFile(dirname(resolve('projects/transport.json')));
 * const rules = file ? await loadConfig(file) : undefined;
 * ```
 */
export async function findConfigFile(
  dir: string,
  options: {
    /** The home folder, where the search stops (default: the user's). */
    readonly home?: string;
  } = {},
): Promise<string | undefined> {
  const home = resolve(options.home ?? homedir());
  let current = resolve(dir);
  for (let steps = 0; steps < 256; steps++) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
    if (current === home) return undefined;
    if (await stat(join(current, '.git')).catch(() => undefined)) return undefined;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** Whether `target` is `root` or inside it (both absolute, normalised). */
function isWithin(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * Reads a configuration file and every file it reaches, then resolves and
 * compiles it in one pass. Every file is read once; what cannot be read is
 * kept as an error for the entry that names it, so that every problem of
 * every file is reported together.
 */
async function loadConfigFiles(file: string, options: LoadConfigOptions): Promise<RuleSet> {
  const top = resolve(file);
  const root = resolve(options.root ?? dirname(top));
  // The root as the filesystem sees it, so a symbolic link cannot lead out of it.
  const realRoot = await realpath(root).catch(() => root);
  const show = showFrom(root);
  const texts: Texts = new Map();
  const configs = new Map<string, unknown>();
  const configFailures = new Map<string, CoproduceError>();
  const ruleFiles = new Map<string, FolderEntry[]>();
  const ruleFailures = new Map<string, CoproduceError>();
  const refKey = (ref: string, from: string) => resolve(dirname(from), ref);

  /** Refuses a path outside the root, by its name and by where its links lead. */
  const checkInside = async (target: string, ref: string, where: ProblemDetail): Promise<void> => {
    const outside = () =>
      new CoproduceError(
        'invalid-config',
        `${show(where.file ?? top)}: "${ref}" is outside the configuration's folder.`,
        [
          problem(
            where.path,
            `names "${ref}", which is outside the configuration's folder (${basename(root)}): a configuration may only read files inside its own folder; pass { root } to loadConfig to allow a wider one`,
            where.file !== undefined ? { file: where.file } : {},
          ),
        ],
      );
    if (!isWithin(root, target)) throw outside();
    const real = await realpath(target).catch(() => undefined);
    if (real !== undefined && !isWithin(realRoot, real)) throw outside();
  };
  /** Runs one read; a CoproduceError is kept for the entry instead of ending the load. */
  const keep = async (
    failures: Map<string, CoproduceError>,
    key: string,
    task: () => Promise<void>,
  ) => {
    try {
      await task();
    } catch (error) {
      if (!(error instanceof CoproduceError)) throw error;
      failures.set(key, error);
    }
  };

  // Each file is read once: the pending read is stored before it is awaited,
  // so a file named by fifty configurations at once is not read fifty times.
  const visiting = new Map<string, Promise<void>>();
  const visit = (path: string, referencedBy?: ProblemDetail): Promise<void> => {
    let pending = visiting.get(path);
    if (pending === undefined) {
      if (visiting.size >= MAX_CONFIG_FILES) {
        return Promise.reject(
          new CoproduceError(
            'limit-exceeded',
            `${show(top)} reaches more than ${MAX_CONFIG_FILES} configuration files through "extends".`,
            [
              problem(
                referencedBy?.path ?? [],
                `reaches more than ${MAX_CONFIG_FILES} configuration files through "extends"`,
                referencedBy?.file !== undefined ? { file: referencedBy.file } : { file: top },
              ),
            ],
          ),
        );
      }
      pending = read(path, referencedBy);
      visiting.set(path, pending);
    }
    return pending;
  };
  /** Where a configuration names a file that may not exist, said only if it does not. */
  const missingReference = (path: string, field: string, i: number, ref: string) =>
    problem([field, i], `names "${ref}", which does not exist`, {
      file: path,
      code: 'file-reference-missing',
      params: { ref },
    });
  const read = async (path: string, referencedBy?: ProblemDetail): Promise<void> => {
    const data = await readJson(path, show, referencedBy, texts);
    // Officers writing their own framework try to turn it on by its preset;
    // read as a configuration, it would fail with problems about "id" and
    // "rules" that say nothing of what to do instead.
    if (referencedBy !== undefined && looksLikePreset(data)) {
      throw wrongKindOfFile(referencedBy, 'extends-pack-preset', 'a preset of a framework pack');
    }
    configs.set(path, data);
    if (!isObject(data)) return;
    const tasks: Promise<void>[] = [];
    if (Array.isArray(data.extends)) {
      data.extends.slice(0, 50).forEach((ref, i) => {
        if (typeof ref !== 'string' || ref.startsWith('coproduce:')) return;
        const target = refKey(ref, path);
        const where = missingReference(path, 'extends', i, ref);
        tasks.push(
          keep(configFailures, target, async () => {
            await checkInside(target, ref, where);
            // A folder is not missing: it is in the wrong list.
            if ((await stat(target).catch(() => undefined))?.isDirectory()) {
              throw wrongKindOfFile(where, 'extends-folder', 'a folder');
            }
            // A file already being read is awaited by whoever started it; waiting
            // here too would deadlock on a cycle, which resolveConfig reports.
            if (!visiting.has(target)) await visit(target, where);
          }),
        );
      });
    }
    if (Array.isArray(data.ruleFiles)) {
      data.ruleFiles.slice(0, 100).forEach((ref, i) => {
        if (typeof ref !== 'string') return;
        const target = refKey(ref, path);
        if (ruleFiles.has(target)) return;
        ruleFiles.set(target, []);
        const where = missingReference(path, 'ruleFiles', i, ref);
        tasks.push(
          keep(ruleFailures, target, async () => {
            await checkInside(target, ref, where);
            const info = await stat(target).catch(() => undefined);
            if (!info) throw notFound(target, show, where);
            const loaded: FolderEntry[] = info.isDirectory()
              ? await readRuleFolder(target, show, texts)
              : [{ file: target, rule: await readJson(target, show, where, texts) }];
            ruleFiles.set(target, loaded);
          }),
        );
      });
    }
    await Promise.all(tasks);
  };
  // The configuration itself must be readable: without it there is nothing else to check.
  await visit(top);

  const displayPath =
    options.displayPath ?? (isAbsolute(file) ? basename(file) : file.split(sep).join('/'));
  try {
    return createRuleSetFrom(configs.get(top), {
      file: top,
      displayPath,
      resolveExtends: (ref, from) => {
        const path = refKey(ref, from ?? top);
        const failure = configFailures.get(path);
        if (failure) throw failure;
        if (!configs.has(path)) throw notFound(path, show);
        return { file: path, config: configs.get(path) };
      },
      resolveRuleFiles: (ref, from) => {
        const path = refKey(ref, from ?? top);
        const failure = ruleFailures.get(path);
        if (failure) throw failure;
        const loaded = ruleFiles.get(path);
        if (!loaded) throw notFound(path, show);
        return loaded;
      },
    });
  } catch (error) {
    if (error instanceof CoproduceError) throw withPositions(error, texts);
    throw error;
  }
}

/**
 * Reads a configuration file and every file it names, and resolves it (see
 * `resolveConfig`): `extends` entries are presets or paths relative to the
 * file that names them, `ruleFiles` entries are rule files or folders. A
 * cycle of `extends` is refused, and so is any path outside the
 * configuration's folder (or `options.root`), before it is read. The rules
 * it enables are compiled too, so that every problem, in every file, is
 * reported at once, each with its file, line and place.
 *
 * @throws {@link CoproduceError} `file-not-found` naming the missing path,
 * `invalid-json`, `invalid-config` (including a path outside the folder) or
 * `invalid-rule`.
 *
 * @category Node
 * @example
 * ```ts
 * const resolved = await resolveConfigFile('coproduce.config.json');
 * resolved.rules.filter((r) => r.enabled).length;
 * ```
 */
export async function resolveConfigFile(
  file: string,
  options: LoadConfigOptions = {},
): Promise<ResolvedConfig> {
  const ruleSet = await loadConfigFiles(file, options);
  return (ruleSetInternals(ruleSet) as RuleSetInternals).resolved;
}

/**
 * Reads a configuration file (see {@link resolveConfigFile}) and compiles it
 * into a rule set ready for `check()`. It reads only files inside the
 * configuration's folder, or `options.root` (see {@link LoadConfigOptions}).
 * Every problem of the configuration, the files it extends and the rule
 * files it names is reported in one error, each once.
 *
 * @throws {@link CoproduceError} `file-not-found`, `invalid-json`,
 * `invalid-config` (also for a path outside the folder) or `invalid-rule`,
 * listing every problem with its file, line, rule and path.
 *
 * @category Node
 * @example
 * ```ts
 * import { check } from 'coproduce';
 * import { loadConfig, loadProjectFile } from 'coproduce/node';
 *
 * const ruleSet = await loadConfig('coproduce.config.json');
 * const report = await check(await loadProjectFile('project.json'), { rules: ruleSet });
 * ```
 */
export async function loadConfig(file: string, options: LoadConfigOptions = {}): Promise<RuleSet> {
  return loadConfigFiles(file, options);
}

/**
 * Reads and validates a project document (see `parseProject`); problems
 * name the file. The project is returned deeply frozen, as its read-only
 * type says: reading the file costs far more than freezing what it holds.
 *
 * @throws {@link CoproduceError} `file-not-found`, `invalid-json`,
 * `invalid-project` or `unsupported-schema-version`.
 *
 * @category Node
 * @example
 * ```ts
 * const project = await loadProjectFile('examples/projects/mid-way.json');
 * project.stage; // 'during'
 * ```
 */
export async function loadProjectFile(file: string): Promise<Project> {
  const path = resolve(file);
  const show = showFrom(dirname(path));
  const text = await readText(path, show);
  try {
    return deepFreeze(parseProjectJson(text));
  } catch (error) {
    if (error instanceof CoproduceError) {
      const [summary = error.message] = error.message.split('\n');
      throw new CoproduceError(
        error.code,
        `${show(path)}: ${summary}`,
        error.problems.map((p) => ({ ...p, file: path })),
      );
    }
    throw error;
  }
}

// Re-exported so callers of these loaders can recognise their errors without a second import.
export { CoproduceError, isCoproduceError, type ProblemDetail } from '../model/errors.js';
export {
  describeJsonSyntaxError,
  locateProblems,
  readJsonText,
  type TextPosition,
} from '../model/json-text.js';
