/**
 * The `coproduce` command line: `check`, `validate`, `rules`, `explain`,
 * `questions`, `facts`, `init`, `schema` and `test`, each with `--help`, and `--version`.
 *
 * Exit codes: 0 when there is no issue at or above `--fail-on` (by default
 * `check` never fails on issues); 1 when there are; 2 for invalid input or
 * usage. Invalid input is explained in plain words, never with a stack
 * trace; an unexpected internal error prints its stack and asks for a bug
 * report (and also exits with 2).
 *
 * `main(argv, io)` runs one command in-process, which is what the tests
 * and the built `dist/cli.js` call.
 *
 * @module
 */
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { neutralise } from '../report/index.js';
import { type CliMessageId, cliText, say } from './catalogue.js';
import { runCheck } from './check.js';
import { runExplain } from './explain.js';
import { runFacts } from './facts.js';
import { runInit } from './init.js';
import {
  type CliIo,
  EXIT_INVALID,
  EXIT_OK,
  localeOption,
  reportError,
  sayText,
  scanLocale,
  UsageError,
} from './io.js';
import { packageInfo } from './package.js';
import { runQuestions } from './questions.js';
import { runTest } from './rule-tests.js';
import { runRules } from './rules.js';
import { runSchema } from './schema.js';
import { runValidate } from './validate.js';

export type { CliIo, CliStream } from './io.js';

interface Command {
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
  /** The id of its help in the command line's catalogue. */
  readonly help: CliMessageId;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  check: { run: runCheck, help: 'help.check' },
  validate: { run: runValidate, help: 'help.validate' },
  rules: { run: runRules, help: 'help.rules' },
  explain: { run: runExplain, help: 'help.explain' },
  questions: { run: runQuestions, help: 'help.questions' },
  facts: { run: runFacts, help: 'help.facts' },
  init: { run: runInit, help: 'help.init' },
  schema: { run: runSchema, help: 'help.schema' },
  test: { run: runTest, help: 'help.test' },
};

/** The help of `coproduce` itself, in a locale (English by default). */
export function mainHelp(locale?: string): string {
  return cliText(locale, 'help.main', { version: packageInfo().version });
}

/**
 * A bug report names no folder of the user's machine: the package's own
 * files as `<coproduce>/…`, the working folder as `.`, the home folder as
 * `~`, and any other absolute path by its last two parts, so a report can
 * be pasted into a public issue as it is.
 */
function withoutPaths(text: string, io: CliIo): string {
  const places: [string, string][] = [
    [packageInfo().root, '<coproduce>'],
    [io.cwd, '.'],
    [homedir(), '~'],
  ];
  let out = text.replace(/file:\/\//g, '');
  for (const [place, name] of places.sort((a, b) => b[0].length - a[0].length)) {
    if (place.length > 1) out = out.split(place).join(name);
  }
  // Whatever is left: /any/absolute/path/to/file.js:1:2 → …/to/file.js:1:2.
  return out.replace(/(?<![\w.~>])(?:\/[^\s/:()'"]+){3,}(?=\/[^\s/:()'"]+)/g, (path) => {
    const parts = path.split('/');
    return `…/${parts[parts.length - 1]}`;
  });
}

function bugReport(io: CliIo, error: unknown): void {
  const { version, bugs } = packageInfo();
  const detail = withoutPaths(
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error),
    io,
  )
    .split('\n')
    // Each line made safe for a terminal, keeping the stack's indent.
    .map((line) => `${/^\s*/.exec(line)?.[0].replace(/[^ \t]/g, '') ?? ''}${neutralise(line)}`)
    .join('\n');
  io.stderr.write(
    [
      sayText(io, 'bug.head'),
      bugs ? sayText(io, 'bug.reportAt', { where: bugs }) : sayText(io, 'bug.report'),
      '',
      `coproduce ${version}, Node.js ${process.version}, ${process.platform} ${process.arch}`,
      detail,
      '',
    ].join('\n'),
  );
}

function unknownCommand(name: string): UsageError {
  const guess = Object.keys(COMMANDS).find(
    (command) => command.startsWith(name.slice(0, 3)) || name.startsWith(command),
  );
  return new UsageError(
    guess
      ? say('usage.unknownCommandGuess', { name, guess })
      : say('usage.unknownCommand', { name }),
  );
}

/** Arguments without `--locale <tag>` (or `--locale=<tag>`). */
function withoutLocale(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--locale') i++;
    else if (!arg.startsWith('--locale=')) out.push(arg);
  }
  return out;
}

/**
 * Runs the command line with its arguments (without `node` and the script)
 * and resolves to the exit code. Writes only through `io`.
 *
 * @example `process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });`
 */
export async function main(argv: readonly string[], given: CliIo): Promise<number> {
  // --locale is read first, so that help and even a usage error are in that language.
  const io: CliIo = { ...given, locale: scanLocale(argv) ?? given.locale };
  let args = argv;
  // `coproduce --locale cy <command>`: the option may come before the command too.
  const leading: string[] = [];
  while (args[0] !== undefined && (args[0] === '--locale' || args[0].startsWith('--locale='))) {
    const take = args[0] === '--locale' ? 2 : 1;
    leading.push(...args.slice(0, take));
    args = args.slice(take);
  }
  const [first, ...commandArgs] = args;
  const rest = [...commandArgs, ...leading];
  let commandName: string | undefined;
  try {
    if (leading.length > 0) {
      localeOption('', leading[0] === '--locale' ? leading[1] : leading[0]?.slice(9));
    }
    if (first === undefined) {
      io.stderr.write(mainHelp(io.locale));
      return EXIT_INVALID;
    }
    if (first === '--help' || first === '-h') {
      io.stdout.write(mainHelp(io.locale));
      return EXIT_OK;
    }
    if (first === '--version' || first === '-v' || first === 'version') {
      io.stdout.write(`${packageInfo().version}\n`);
      return EXIT_OK;
    }
    if (first === 'help') {
      const topic = withoutLocale(rest)[0];
      // Own keys only: "help constructor" must not find Object.prototype.constructor.
      const command =
        topic !== undefined && Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : undefined;
      if (topic !== undefined && !command) throw unknownCommand(topic);
      io.stdout.write(command ? sayText(io, command.help) : mainHelp(io.locale));
      return EXIT_OK;
    }
    if (first.startsWith('-')) throw new UsageError(say('usage.notAnOption', { option: first }));
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw unknownCommand(first);
    commandName = first;
    return await command.run(rest, io);
  } catch (error) {
    const code = reportError(io, error, commandName);
    if (code !== undefined) return code;
    bugReport(io, error);
    return EXIT_INVALID;
  }
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

if (isMainModule()) {
  // `coproduce check big.json | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}
