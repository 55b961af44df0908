/**
 * `coproduce validate <file...>`: tells project, rule, configuration,
 * preset and report files apart (by `$schema`, else by shape), validates
 * each fully and prints every problem as `file: JSON path: message`.
 *
 * @module
 */

import { dirname, join } from 'node:path';
import { builtinRules, createRuleSetFrom, questionCatalogue } from '../check/compile.js';
import { parsePlaceholders } from '../check/messages.js';
import { countProblems } from '../check/problems.js';
import { parseRuleFile, parseRuleSetPreset } from '../check/rule-schema.js';
import {
  PACK_LAYOUT,
  parsePackMessages,
  parseQuestionCatalogue,
} from '../check/schema/frameworks.js';
import { looksLikePreset } from '../check/schema/rule-file.js';
import { closestMatch } from '../check/suggest.js';
import { parseRuleTestFile } from '../check/test-rule.js';
import type { ProblemDetail, RuleFolderEntry } from '../index.js';
import { isCoproduceError, problem } from '../model/errors.js';
import { refuseDuplicateKeys } from '../model/json-text.js';
import { describeLocation } from '../model/location.js';
import { parseProjectJson } from '../model/parse.js';
import { loadConfig, locateProblems, readJsonText } from '../node/index.js';
import { dataNotices, neutralise } from '../report/index.js';
import { CheckReportSchema } from '../schemas.js';
import { canonicalJson } from '../state/hash-chain.js';
import { type CliMessageId, cliText, say } from './catalogue.js';
import {
  type CliIo,
  displayPath,
  EXIT_INVALID,
  EXIT_OK,
  formatProblem,
  InputError,
  parseCommandArgs,
  problemText,
  readTextFile,
  resolvePath,
  sayText,
  UsageError,
} from './io.js';

/**
 * The kinds of file `validate` knows: a framework pack's catalogue, texts and
 * tests too, as an officer writing a pack checks each file as it is written.
 */
export type FileKind =
  | 'project'
  | 'rule'
  | 'config'
  | 'preset'
  | 'report'
  | 'questions'
  | 'pack-messages'
  | 'rule-test';

const KIND_NAMES: Readonly<Record<FileKind, CliMessageId>> = {
  project: 'validate.kind.project',
  rule: 'validate.kind.rule',
  config: 'validate.kind.config',
  preset: 'validate.kind.preset',
  report: 'validate.kind.report',
  questions: 'validate.kind.questions',
  'pack-messages': 'validate.kind.packMessages',
  'rule-test': 'validate.kind.ruleTest',
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
    const named =
      /(project|rule|config|preset|report|questions|pack-messages|rule-test)\.schema\.json(?:#.*)?$/.exec(
        data.$schema,
      );
    if (named) return named[1] as FileKind;
  }
  if ('schemaVersion' in data || ('timeZone' in data && 'stage' in data)) return 'project';
  if ('reportVersion' in data) return 'report';
  if (typeof data.rule === 'string' && ['valid', 'invalid', 'needsReview'].some((k) => k in data))
    return 'rule-test';
  if (Array.isArray(data.questions) && ('source' in data || 'citation' in data)) return 'questions';
  if ('review' in data && typeof data.locale === 'string' && !('extends' in data))
    return 'pack-messages';
  if ('conditions' in data || ('set' in data && 'scope' in data)) return 'rule';
  if (looksLikePreset(data)) return 'preset';
  const configKeys = ['extends', 'ruleFiles', 'customRules', 'locale', 'rules', 'messages'];
  if (configKeys.some((key) => key in data)) return 'config';
  return undefined;
}

/** The result of validating one file. */
export interface FileResult {
  readonly file: string;
  readonly kind?: FileKind | undefined;
  readonly problems: readonly ProblemDetail[];
  /** Warnings that do not make the file invalid, such as a time with the wrong UTC offset. */
  readonly warnings?: readonly ProblemDetail[];
}

function problemsOf(error: unknown): readonly ProblemDetail[] {
  if (isCoproduceError(error)) {
    if (error.problems.length > 0) return error.problems;
    return [problem([], error.message.split('\n')[0] ?? error.message)];
  }
  throw error;
}

/**
 * The question catalogue of the framework pack a rule file sits in
 * (`<pack>/rules/<id>.json` or `<pack>/<id>.json`, beside `questions.json`),
 * when it reads as one: without it, a pack's own question ids and sections
 * would be reported unknown. A catalogue with problems of its own is left
 * to be validated as itself, and one of coproduce's own is loaded already.
 */
async function packCatalogueOf(io: CliIo, path: string): Promise<RuleFolderEntry | undefined> {
  for (const file of [
    join(dirname(path), '..', PACK_LAYOUT.questions),
    join(dirname(path), PACK_LAYOUT.questions),
  ]) {
    let data: unknown;
    try {
      data = readJsonText(await readTextFile(io, file), 'file', { file });
    } catch {
      continue;
    }
    const parsed = parseQuestionCatalogue(data, { file });
    // coproduce's own catalogue (rules/questions.json) is already loaded.
    const builtin = questionCatalogue();
    if (parsed.success && !parsed.value.questions.some((q) => builtin.has(q.id)))
      return { file, rule: data, kind: 'questions' };
  }
  return undefined;
}

async function validateRule(
  io: CliIo,
  data: unknown,
  path: string,
): Promise<readonly ProblemDetail[]> {
  const parsed = parseRuleFile(data, { file: path });
  if (!parsed.success) return parsed.problems;
  // A default rule as shipped is valid as it is, though a council rule may not reuse its id.
  const builtin = builtinRules().get(parsed.value.id);
  if (builtin && canonicalJson(builtin) === canonicalJson(parsed.value)) return [];
  // Alone, a rule file cannot know the sections its configuration adds: a
  // section far from every framework section may be one of those, and is
  // checked when the configuration is; one near a framework section is a typo.
  const pack = await packCatalogueOf(io, path);
  const sections = [...new Set([...questionCatalogue().values()].map((q) => q.section))];
  const section = parsed.value.section;
  const own =
    pack === undefined &&
    !sections.includes(section) &&
    closestMatch(section, sections) === undefined;
  try {
    createRuleSetFrom(
      { extends: [], ruleFiles: [path], ...(own ? { sections: [section] } : {}) },
      { resolveRuleFiles: () => [...(pack ? [pack] : []), { file: path, rule: data }] },
    );
    return [];
  } catch (error) {
    // Alone, it cannot know the council's other rules it may depend on: those
    // are checked with the configuration. A near miss of a known one is a typo.
    return problemsOf(error).filter(
      (p) =>
        !(p.code === 'unknown-rule' && p.path[0] === 'dependsOn' && p.params?.guess === undefined),
    );
  }
}

/**
 * What a rule about records says in a text that may show on an issue about
 * the whole project (raised when it cannot tell at all): `{subject}` has no
 * value there, so the general text shows instead. Not a mistake, as a rule
 * whose facts are always known never raises one, so a warning.
 */
function subjectTextWarnings(data: unknown, path: string): ProblemDetail[] {
  const rule = data as { scope?: unknown; messages?: Record<string, unknown> };
  if (rule.scope === 'project' || rule.scope === 'portfolio' || rule.messages === undefined)
    return [];
  const names = (key: string) => {
    const text = rule.messages?.[key];
    return (
      typeof text === 'string' &&
      parsePlaceholders(text).placeholders.some((p) => p.name === 'subject')
    );
  };
  const warnings: ProblemDetail[] = [];
  const warn = (key: string, code: string, message: string) =>
    warnings.push(
      problem(['messages', key], message, { file: path, code, params: { subject: '{subject}' } }),
    );
  const whole =
    'names {subject}, which an issue about the project as a whole does not have: when the rule cannot tell at all, that issue shows the general';
  if (names('needsReview'))
    warn(
      'needsReview',
      'subject-in-review-message',
      `${whole} text instead; put the text about one record in "needsReviewSubject" and write "needsReview" without {subject}`,
    );
  if (names('action') && rule.messages.needsReviewAction === undefined)
    warn(
      'action',
      'subject-in-action',
      `${whole} action instead; say what to do then in "needsReviewAction"`,
    );
  return warnings;
}

/**
 * Loads a configuration with every file it extends or names, exactly as
 * `check` and `rules` do (the same loader, `loadConfig`, with the same
 * limits), and returns every problem it finds in one pass.
 */
async function validateConfig(
  path: string,
  root: string | undefined,
): Promise<readonly ProblemDetail[]> {
  try {
    await loadConfig(path, root !== undefined ? { root } : {});
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

function parsedProblems(
  parsed: { success: true } | { success: false; problems: readonly ProblemDetail[] },
): readonly ProblemDetail[] {
  return parsed.success ? [] : parsed.problems;
}

/** Every problem of a result, each naming its own file. */
function withFile(problems: readonly ProblemDetail[], file: string): ProblemDetail[] {
  return problems.map((p) => (p.file !== undefined ? p : { ...p, file }));
}

/** Validates one file of any kind. */
export async function validateFile(
  io: CliIo,
  file: string,
  options: { configRoot?: string | undefined } = {},
): Promise<FileResult> {
  const path = resolvePath(io, file);
  let text: string;
  let data: unknown;
  try {
    text = await readTextFile(io, path);
    data = readJsonText(text, 'file', { file: path, summaryPrefix: `${displayPath(io, path)} is` });
  } catch (error) {
    if (error instanceof InputError) return { file: path, problems: error.problems };
    if (isCoproduceError(error)) return { file: path, problems: withFile(error.problems, path) };
    throw error;
  }
  const kind = detectKind(data);
  if (kind === undefined) {
    return {
      file: path,
      problems: [
        problem([], cliText('en-GB', 'validate.unknownKind'), {
          file: path,
          code: 'cli.validate.unknownKind',
          params: {},
        }),
      ],
    };
  }
  // Files written by hand (all but projects, which software writes) may not give a key twice.
  if (kind !== 'project') {
    try {
      refuseDuplicateKeys(text, 'file', { file: path });
    } catch (error) {
      if (isCoproduceError(error)) return { file: path, problems: withFile(error.problems, path) };
      throw error;
    }
  }
  let problems: readonly ProblemDetail[];
  let warnings: readonly ProblemDetail[] = [];
  switch (kind) {
    case 'project':
      try {
        // From the text, as check reads it: each problem with its line and the item's title.
        const project = parseProjectJson(text);
        problems = [];
        warnings = locateProblems(
          dataNotices(project).map((notice) => {
            const at = notice.pointer
              .split('/')
              .slice(1)
              .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
            return {
              ...problem(at, notice.message, { file: path }),
              location: describeLocation(at, data),
            };
          }),
          text,
        );
      } catch (error) {
        problems = problemsOf(error);
      }
      break;
    case 'rule':
      problems = locateProblems(await validateRule(io, data, path), text);
      if (problems.length === 0) warnings = locateProblems(subjectTextWarnings(data, path), text);
      break;
    case 'config':
      problems = await validateConfig(
        path,
        options.configRoot !== undefined ? resolvePath(io, options.configRoot) : undefined,
      );
      break;
    case 'preset':
      problems = locateProblems(validatePreset(data, path), text);
      break;
    case 'report':
      problems = locateProblems(validateReport(data), text);
      break;
    // Alone, these are checked for their shape; what they name (a rule, a
    // question id, a placeholder) is checked with the configuration that
    // names their pack's folder.
    case 'questions':
      problems = locateProblems(parsedProblems(parseQuestionCatalogue(data, { file: path })), text);
      break;
    case 'pack-messages':
      problems = locateProblems(parsedProblems(parsePackMessages(data, { file: path })), text);
      break;
    case 'rule-test':
      problems = locateProblems(parsedProblems(parseRuleTestFile(data, { file: path })), text);
      break;
  }
  return {
    file: path,
    kind,
    problems: withFile(problems, path),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** The same problem reached twice (a rule file given alone and named by a configuration). */
const problemKey = (p: ProblemDetail) =>
  [p.file ?? '', p.pointer, p.ruleId ?? '', p.message].join('\u0000');

/** A warning as a problem line says it: "warning: …", in the command line's locale. */
function warningOf(io: CliIo, w: ProblemDetail): ProblemDetail {
  const { code: _code, params: _params, ...rest } = w;
  return { ...rest, message: sayText(io, 'validate.warning', { message: problemText(io, w) }) };
}

/** Runs `coproduce validate`. */
export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, 'validate', args, {
    quiet: { type: 'boolean', short: 'q' },
    'config-root': { type: 'string' },
  });
  if (parsed === undefined) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(say('usage.validateFile'), 'validate');
  const configRoot = values['config-root'];
  const results = await Promise.all(
    positionals.map((file) => validateFile(io, file, { configRoot })),
  );
  // Each problem once, under its own file, however many of the files given reach it.
  const seen = new Set<string>();
  const problems: ProblemDetail[] = [];
  const fresh = results.map((result) =>
    result.problems.filter((p) => {
      const key = problemKey(p);
      if (seen.has(key)) return false;
      seen.add(key);
      problems.push(p);
      return true;
    }),
  );
  const invalidFiles = new Set(problems.map((p) => p.file));
  results.forEach((result, i) => {
    const kind = sayText(io, result.kind ? KIND_NAMES[result.kind] : 'validate.kind.file');
    const shown = displayPath(io, result.file);
    if (result.problems.length === 0) {
      const warned = result.warnings?.length ?? 0;
      if (!values.quiet || warned > 0) {
        const line =
          warned > 0
            ? sayText(io, 'validate.validWarned', { file: shown, kind, n: warned })
            : sayText(io, 'validate.valid', { file: shown, kind });
        io.stdout.write(`${neutralise(line)}\n`);
      }
      for (const w of result.warnings ?? [])
        io.stdout.write(`${formatProblem(io, warningOf(io, w))}\n`);
    } else if (!invalidFiles.has(result.file)) {
      // Its own text is valid, but a file it names is not: not "valid", and not counted twice.
      io.stdout.write(`${neutralise(sayText(io, 'validate.blocked', { file: shown, kind }))}\n`);
    }
    for (const p of fresh[i] ?? []) io.stdout.write(`${formatProblem(io, p, result.file)}\n`);
  });
  if (problems.length > 0) {
    const count = countProblems(problems);
    const files = invalidFiles.size;
    io.stdout.write(`${sayText(io, 'validate.summary', { n: count, files })}\n`);
    return EXIT_INVALID;
  }
  return EXIT_OK;
}
