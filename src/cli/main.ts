/**
 * The `coproduce` command line: `check`, `validate`, `rules`, `explain`,
 * `questions`, `facts`, `init` and `schema`, each with `--help`, and `--version`.
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
import { checkHelp, runCheck } from './check.js';
import { explainHelp, runExplain } from './explain.js';
import { factsHelp, runFacts } from './facts.js';
import { initHelp, runInit } from './init.js';
import { type CliIo, EXIT_INVALID, EXIT_OK, reportError, UsageError } from './io.js';
import { packageInfo } from './package.js';
import { questionsHelp, runQuestions } from './questions.js';
import { rulesHelp, runRules } from './rules.js';
import { runSchema, schemaHelp } from './schema.js';
import { runValidate, validateHelp } from './validate.js';

export type { CliIo, CliStream } from './io.js';

interface Command {
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
  readonly help: string;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  check: { run: runCheck, help: checkHelp },
  validate: { run: runValidate, help: validateHelp },
  rules: { run: runRules, help: rulesHelp },
  explain: { run: runExplain, help: explainHelp },
  questions: { run: runQuestions, help: questionsHelp },
  facts: { run: runFacts, help: factsHelp },
  init: { run: runInit, help: initHelp },
  schema: { run: runSchema, help: schemaHelp },
};

/** The help of `coproduce` itself. */
export function mainHelp(): string {
  return `coproduce ${packageInfo().version}: check a co-production project against your
council's co-production framework.

Usage: coproduce <command> [options]

Commands:
  check <project.json>   Check a project and show the issues found; give
                         several files or a folder to check a portfolio
  validate <file...>     Validate project, rule and configuration files
  rules                  List the rules in force after a configuration
  explain <rule-id>      Explain one rule: its question, what flags it, what
                         to do
  questions [id...]      List the framework's questions and the rules that
                         encode each
  facts [part]           What rules can read: collections, fields, measures,
                         filters, and the facts of the catalogue
  init [dir]             Start a project: a starter project file and a
                         council configuration
  schema <name>          Print a JSON Schema: project, rule, config, report or
                         portfolio-report

Options:
  -h, --help      Show this help; "coproduce <command> --help" for a command
  -v, --version   Show the version

Exit codes: 0 success, with no issue at or above --fail-on; 1 issues at or
above --fail-on; 2 invalid input or usage.

Start with:
  coproduce init
  coproduce check project.json

check, rules, explain and questions use the nearest coproduce.config.json in the
project's folder or above it (up to the top of the repository or your home
folder); --config names another, --no-config uses the recommended rules.
`;
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
  const where = bugs ? ` at ${bugs}` : ' to the coproduce maintainers';
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
      'coproduce: something went wrong inside coproduce. This is a bug in coproduce,',
      'not a problem with your files.',
      `Please report it${where}, with the command you ran and the text below.`,
      '',
      `coproduce ${version}, Node.js ${process.version}, ${process.platform} ${process.arch}`,
      detail,
      '',
    ].join('\n'),
  );
}

function suggestCommand(name: string): string {
  const match = Object.keys(COMMANDS).find(
    (command) => command.startsWith(name.slice(0, 3)) || name.startsWith(command),
  );
  return match ? `; did you mean "${match}"?` : '';
}

/**
 * Runs the command line with its arguments (without `node` and the script)
 * and resolves to the exit code. Writes only through `io`.
 *
 * @example `process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });`
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  let commandName: string | undefined;
  try {
    if (first === undefined) {
      io.stderr.write(mainHelp());
      return EXIT_INVALID;
    }
    if (first === '--help' || first === '-h') {
      io.stdout.write(mainHelp());
      return EXIT_OK;
    }
    if (first === '--version' || first === '-v' || first === 'version') {
      io.stdout.write(`${packageInfo().version}\n`);
      return EXIT_OK;
    }
    if (first === 'help') {
      const topic = rest[0];
      // Own keys only: "help constructor" must not find Object.prototype.constructor.
      const command =
        topic !== undefined && Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : undefined;
      if (topic !== undefined && !command) {
        throw new UsageError(`unknown command "${topic}"${suggestCommand(topic)}`);
      }
      io.stdout.write(command ? command.help : mainHelp());
      return EXIT_OK;
    }
    if (first.startsWith('-')) {
      throw new UsageError(`${first} is not an option of coproduce itself; name a command first`);
    }
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw new UsageError(`unknown command "${first}"${suggestCommand(first)}`);
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
