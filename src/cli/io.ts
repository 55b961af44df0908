/**
 * What every command shares: the streams and environment it runs in,
 * argument parsing with `node:util` `parseArgs`, usage errors, reading JSON
 * files with plain-word errors, and printing problems as
 * `file: JSON path: message`.
 *
 * @module
 */

import { constants } from 'node:fs';
import { open, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { countProblems } from '../check/problems.js';
import { SEVERITIES } from '../check/types.js';
import type { CoproduceError, ProblemDetail, Severity } from '../index.js';
import { isCoproduceError } from '../model/errors.js';
import { suggestValue } from '../model/suggest.js';
import { readJsonText } from '../node/index.js';
import { uiLocale } from '../report/catalogue.js';
import { neutralise } from '../report/index.js';
import { problemMessage, problemWhere } from '../report/problem-catalogue.js';
import { wrapWords } from '../report/wrap.js';
import { CLI_CATALOGUES, type CliMessage, type CliMessageId, cliText, say } from './catalogue.js';

/** An output stream: `process.stdout` or a test's buffer. */
export interface CliStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}

/** Where a command runs: its streams, environment and working folder. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are read from. */
  readonly cwd: string;
  /**
   * The language of the command line's own words (`--locale`): help,
   * usage errors and problems. `main` sets it from the arguments.
   */
  readonly locale?: string | undefined;
}

/** Text, or a catalogue message to render in the command line's locale. */
export type Words = string | CliMessage;

/** Renders {@link Words} in a locale; plain text stays as it is. */
export function words(locale: string | undefined, text: Words): string {
  return typeof text === 'string' ? text : cliText(locale, text.id, text.data);
}

/** A catalogue message in the command line's locale. */
export function sayText(io: CliIo, id: CliMessageId, data: CliMessage['data'] = {}): string {
  return cliText(io.locale, id, data);
}

/** Exit codes: no issue at or above `--fail-on`; issues at or above it; invalid input or usage. */
export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_INVALID = 2;

/** Bad arguments: printed with a pointer to `--help`, exit 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** What to say, in the command line's locale; `message` is its English. */
  readonly said: Words;
  constructor(
    message: Words,
    /** The command whose help to point to. */
    readonly command?: string,
  ) {
    super(words('en-GB', message));
    this.said = message;
  }
}

/**
 * A file that cannot be used (missing, unreadable, not JSON, invalid): its
 * problems are printed, exit 2, no stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** What to say, in the command line's locale; `message` is its English. */
  readonly said: Words;
  constructor(
    summary: Words,
    readonly problems: readonly ProblemDetail[] = [],
    /** The file the problems are in when they do not say. */
    readonly file?: string,
  ) {
    super(words('en-GB', summary));
    this.said = summary;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The commands with a help text of their own: `help.<command>` in the CLI catalogue. */
type CommandWithHelp = Exclude<
  CliMessageId extends infer Id ? (Id extends `help.${infer Command}` ? Command : never) : never,
  'main' | 'config' | 'listOptions'
>;

/**
 * Parses a command's arguments strictly: unknown options, missing values
 * and stray arguments are usage errors. `--help` / `-h` and `--locale`
 * (checked with {@link localeOption}) are added here for every command, so
 * a command declares only its own options. With `--help`, the command's
 * help is written to stdout and the answer is `undefined`: the command
 * then stops with {@link EXIT_OK}.
 */
export function parseCommandArgs<const O extends Options>(
  io: CliIo,
  command: CommandWithHelp,
  args: readonly string[],
  options: O,
) {
  const parsed = parseStrictly(command, args, options);
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(sayText(io, `help.${command}`));
    return undefined;
  }
  return parsed;
}

function parseStrictly<const O extends Options>(
  command: string,
  args: readonly string[],
  options: O,
) {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: {
        ...options,
        help: { type: 'boolean', short: 'h' },
        locale: { type: 'string' },
      } as O & {
        help: { type: 'boolean'; short: 'h' };
        locale: { type: 'string' };
      },
      allowPositionals: true,
      strict: true,
    });
    localeOption(command, (parsed.values as { locale?: string }).locale);
    return parsed;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(plainParseError((error as Error).message), command);
    }
    throw error;
  }
}

/** node's parseArgs messages, made shorter and free of internal advice. */
function plainParseError(message: string): Words {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return say('usage.unknownOption', { option: unknown[1] });
  const value = /^Option '([^']+)' argument missing/.exec(message);
  if (value) {
    const option = value[1]?.replace(/^-\w, /, '').replace(/ <value>$/, '');
    return say('usage.needsValue', { option });
  }
  const positional = /^Unexpected argument '([^']+)'/.exec(message);
  if (positional) return say('usage.unexpectedArgument', { argument: positional[1] });
  return message.split('\n')[0] ?? message;
}

/** A language tag: `en-GB`, `cy`, `fr-CA`. */
const LOCALE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * `--locale`, which every command takes: a language tag, or `undefined`
 * when not given. Anything else is a usage error.
 */
export function localeOption(command: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!LOCALE_TAG.test(value)) throw new UsageError(say('usage.locale'), command);
  return value;
}

/**
 * The `--locale` of a command line, read before the command parses its
 * arguments, so that even a usage error is said in that language; a
 * malformed tag is `undefined` here (the command refuses it).
 */
export function scanLocale(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg === '--locale') found = argv[i + 1];
    else if (arg.startsWith('--locale=')) found = arg.slice('--locale='.length);
  }
  return found !== undefined && LOCALE_TAG.test(found) ? found : undefined;
}

/** Checks that an option's value is one of a list. */
export function oneOf<T extends string>(
  command: string,
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = suggestValue(value, allowed);
  const data = { option, allowed: allowed.join(', '), value, guess };
  throw new UsageError(say(guess ? 'usage.oneOfGuess' : 'usage.oneOf', data), command);
}

/**
 * `--format` of the commands that list what a configuration holds (`rules`,
 * `questions`, `facts`): text for people, the default, or JSON for tools.
 * Declared once so the three take the same short form and accept and
 * refuse the same values; read it with {@link listFormat}.
 */
export const LIST_FORMAT_OPTION = { format: { type: 'string', short: 'f' } } as const;

/** The value of {@link LIST_FORMAT_OPTION}: `text` when not given; anything else is a usage error. */
export function listFormat(command: string, value: string | undefined): 'text' | 'json' {
  return oneOf(command, 'format', value, ['text', 'json'] as const) ?? 'text';
}

/** Parses a severity option (`error`, `warning`, `info`). */
export function severityOption(
  command: string,
  option: string,
  value: string | undefined,
): Severity | undefined {
  return oneOf(command, option, value, SEVERITIES);
}

/** An absolute path for a path given on the command line. */
export function resolvePath(io: CliIo, file: string): string {
  return resolve(io.cwd, file);
}

/** Whether a path is a folder (a missing path is not). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A path as people should read it: relative to the working folder when inside it. */
export function displayPath(io: CliIo, file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Replaces absolute paths inside the working folder with relative ones in a message. */
export function relativeText(io: CliIo, text: string): string {
  const prefix = io.cwd.endsWith(sep) ? io.cwd : `${io.cwd}${sep}`;
  return text.split(prefix).join('');
}

/** A path into a JSON document as JSONPath: `$.group.members[2].joined`. */
export function jsonPath(path: readonly (string | number)[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * One problem as a person can act on it: `file, line 812: activity 20
 * ("Workshop 3", id a-20), start: message`. Items are counted from 1 and
 * named by their title and id; the line is given when the file was read.
 * The file name, the place and the message may quote the data, so the line
 * goes through the same neutralising step as a report (no control
 * character, escape sequence or line break from the data reaches the
 * terminal).
 */
export function formatProblem(io: CliIo, detail: ProblemDetail, fallbackFile?: string): string {
  const file = detail.file ?? fallbackFile;
  const head = [
    file !== undefined ? displayPath(io, file) : undefined,
    // A JSON syntax error says its line and column itself.
    detail.line !== undefined &&
    detail.code !== 'invalid-json' &&
    !detail.message.includes(`(line ${detail.line},`)
      ? sayText(io, 'problem.line', { line: detail.line })
      : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  const where = detail.path.length === 0 ? undefined : problemWhere(detail, io.locale);
  const message = relativeText(io, cliWords(problemText(io, detail)));
  const rule =
    detail.ruleId !== undefined && !message.includes(`"${detail.ruleId}"`)
      ? sayText(io, 'problem.rule', { id: detail.ruleId })
      : '';
  return neutralise(
    `${[head, where].filter((part) => part).join(': ')}${head || where ? ': ' : ''}${message}${rule}`,
  );
}

/**
 * A problem's message in the command line's locale: from the command
 * line's catalogue (codes `cli.…`) or the problem catalogue by its code,
 * else its English message.
 */
export function problemText(io: CliIo, detail: ProblemDetail): string {
  const code = detail.code;
  if (code?.startsWith('cli.') && uiLocale(io.locale) !== 'en-GB') {
    const id = code.slice(4);
    if (Object.hasOwn(CLI_CATALOGUES['en-GB'], id)) {
      return cliText(io.locale, id as CliMessageId, { ...(detail.params as CliMessage['data']) });
    }
  }
  return problemMessage(detail, io.locale);
}

/** The library's advice, in the command line's own terms. */
function cliWords(message: string): string {
  return message.replace('pass { root } to loadConfig', 'pass --config-root <folder>');
}

/** Files above this size are refused before they are read. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * Reads a text file, or throws an {@link InputError} saying why not in plain
 * words. Only regular files are read, and never more than the input limit:
 * a device such as /dev/zero, a pipe that would wait for a writer, or a
 * file that grows while it is read is refused, not read until memory runs out.
 */
export async function readTextFile(io: CliIo, path: string): Promise<string> {
  const fail = (why: CliMessageId, data: Readonly<Record<string, number>> = {}) => {
    const message = cliText('en-GB', why, data);
    return new InputError(`${displayPath(io, path)}: ${message}.`, [
      { path: [], pointer: '', message, file: path, code: `cli.${why}`, params: data },
    ]);
  };
  const limit = ['file.tooLarge', { mb: MAX_INPUT_BYTES / 1024 / 1024 }] as const;
  try {
    // stat first: opening a pipe for reading would wait for a writer.
    const info = await stat(path);
    if (info.isDirectory()) throw fail('file.folder');
    if (!info.isFile()) throw fail('file.notRegular');
    if (info.size > MAX_INPUT_BYTES) throw fail(...limit);
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      // The path may have been swapped between stat and open.
      const opened = await handle.stat();
      if (!opened.isFile()) throw fail('file.notRegular');
      if (opened.size > MAX_INPUT_BYTES) throw fail(...limit);
      // One buffer of the file's size, so a large project is not held twice
      // (as chunks, then joined) while it is read.
      const whole = Buffer.allocUnsafe(opened.size);
      let length = 0;
      while (length < whole.length) {
        const { bytesRead } = await handle.read(whole, length, whole.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      // A file that grew since (or one whose size the system does not know,
      // as some special files): the rest in chunks, still within the limit.
      const more: Buffer[] = [];
      for (;;) {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        more.push(chunk.subarray(0, bytesRead));
        length += bytesRead;
        if (length > MAX_INPUT_BYTES) throw fail(...limit);
      }
      const read = whole.subarray(0, Math.min(length, whole.length));
      return (more.length === 0 ? read : Buffer.concat([read, ...more], length)).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fail('file.missing');
    if (code === 'EACCES' || code === 'EPERM') throw fail('file.denied');
    throw error;
  }
}

/**
 * Parses JSON text as every reader in coproduce does (a byte-order mark
 * skipped), or throws an {@link InputError} naming the file, line and column.
 * `uniqueKeys` refuses a key given twice in one object, for files people
 * write by hand.
 */
export function parseJsonText(
  io: CliIo,
  path: string,
  text: string,
  options: { readonly uniqueKeys?: boolean } = {},
): unknown {
  try {
    return readJsonText(text, 'file', { file: path, ...options });
  } catch (error) {
    if (isCoproduceError(error) && error.code === 'invalid-json') {
      // One problem for the whole file, which says what is wrong and where.
      const message = error.problems[0]?.message ?? 'is not valid JSON';
      throw new InputError(`${displayPath(io, path)}: ${message}`, [
        { path: [], pointer: '', message, file: path },
      ]);
    }
    if (isCoproduceError(error)) throw new InputError(error.message, error.problems, path);
    throw error;
  }
}

/** Prints an error from the library, a usage error or an input error; returns the exit code. */
export function reportError(io: CliIo, error: unknown, command?: string): number | undefined {
  if (error instanceof UsageError) {
    const which = error.command ?? command;
    // The message may quote an argument, which may hold anything.
    io.stderr.write(`coproduce: ${neutralise(words(io.locale, error.said))}\n`);
    const help = which
      ? sayText(io, 'usage.seeCommandHelp', { command: which })
      : sayText(io, 'usage.seeHelp');
    io.stderr.write(`${help}\n`);
    return EXIT_INVALID;
  }
  if (error instanceof InputError) {
    printProblems(io, error.said, error.problems, error.file);
    return EXIT_INVALID;
  }
  const system = fileSystemProblem(io, error);
  if (system) {
    io.stderr.write(`coproduce: ${neutralise(relativeText(io, system))}\n`);
    return EXIT_INVALID;
  }
  if (isLibraryError(error)) {
    const [summary = error.message] = error.message.split('\n');
    // The library's summary of options it cannot use says it all in English;
    // in another language its coded problems say it instead.
    const said =
      error.code !== 'invalid-options' ||
      (uiLocale(io.locale) !== 'en-GB' &&
        error.problems.length > 0 &&
        error.problems.every((p) => p.code !== undefined));
    const problems = said ? error.problems : [];
    printProblems(io, summary, problems);
    return EXIT_INVALID;
  }
  return undefined;
}

/** A file that could not be read or written (named by the error), in plain words. */
function fileSystemProblem(io: CliIo, error: unknown): string | undefined {
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof path !== 'string' || typeof syscall !== 'string') {
    return undefined;
  }
  const id = `system.${code}`;
  if (!Object.hasOwn(CLI_CATALOGUES['en-GB'], id)) return undefined;
  const reason = sayText(io, id as CliMessageId);
  return sayText(io, 'file.cannotUse', { file: path, reason });
}

function isLibraryError(error: unknown): error is CoproduceError {
  return (
    error instanceof Error &&
    error.name === 'CoproduceError' &&
    Array.isArray((error as { problems?: unknown }).problems)
  );
}

function printProblems(
  io: CliIo,
  said: Words,
  problems: readonly ProblemDetail[],
  file?: string,
): void {
  const english = words('en-GB', said);
  // The summary of a single whole-file problem already says it all.
  const extra = problems.filter((p) => !(p.path.length === 0 && english.includes(p.message)));
  const summary = relativeText(io, localSummary(io, said, problems, extra, file));
  const lines = [`coproduce: ${neutralise(summary)}`];
  for (const p of extra) lines.push(`  ${formatProblem(io, p, file)}`);
  io.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * The line above the problems in the command line's locale. The library's
 * summaries are English sentences: in another language, a whole-file
 * problem is said again inside it, and a list is headed by its count and
 * file.
 */
function localSummary(
  io: CliIo,
  said: Words,
  problems: readonly ProblemDetail[],
  listed: readonly ProblemDetail[],
  file: string | undefined,
): string {
  if (typeof said !== 'string' || uiLocale(io.locale) === 'en-GB') return words(io.locale, said);
  let summary = said;
  for (const p of problems) {
    if (!listed.includes(p) && p.code !== undefined) {
      summary = summary.replace(p.message, () => problemText(io, p));
    }
  }
  if (summary !== said || listed.length === 0) return summary;
  const n = countProblems(problems);
  const where = file ?? listed[0]?.file;
  return where !== undefined && listed.every((p) => p.file === undefined || p.file === where)
    ? sayText(io, 'problem.summaryFile', { file: displayPath(io, where), n })
    : sayText(io, 'problem.summary', { n });
}

/**
 * Wraps text to a width, each line after the first indented. The text is
 * neutralised first (see `neutralise`), as a report's values are: what is
 * wrapped often holds values from rule files, configurations and projects,
 * and no control character, escape sequence or line break in them may reach
 * the terminal.
 */
export function wrap(text: string, width: number, indent = 0, firstIndent = indent): string[] {
  return wrapWords(neutralise(text), width, indent, firstIndent);
}

/** The width to print text at: the terminal's (40 to 100 columns), or 80 when not a terminal. */
export function textWidth(io: CliIo): number {
  if (io.stdout.isTTY !== true) return 80;
  const columns = io.stdout.columns ?? 80;
  return Math.max(40, Math.min(100, columns));
}

/** Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function useColour(io: CliIo): boolean {
  const noColour = io.env.NO_COLOR;
  return io.stdout.isTTY === true && (noColour === undefined || noColour === '');
}

/** Writes output to `--out`, or to standard output. */
export async function writeOutput(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  const path = resolvePath(io, out);
  try {
    await writeFile(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why: CliMessageId | undefined =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'file.noFolder'
        : code === 'EISDIR'
          ? 'file.isFolder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'file.denied'
            : undefined;
    if (why) {
      const file = displayPath(io, path);
      throw new InputError(say('file.cannotWrite', { file, reason: cliText(io.locale, why) }));
    }
    throw error;
  }
}
