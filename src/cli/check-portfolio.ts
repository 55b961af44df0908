/**
 * `coproduce check <files or folders…>`: several projects checked together,
 * read from disk one at a time (a folder's `*.json` project and history
 * files, in name order), with a progress counter on standard error for
 * long runs, and the portfolio report in any format.
 *
 * @module
 */
import { appendFile, readdir } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { startPortfolio } from '../check/portfolio/check-portfolio.js';
import type { PortfolioReport, ProblemDetail, Project, RuleSet, Severity } from '../index.js';
import { isCoproduceError } from '../model/errors.js';
import { neutralise, portfolioAnonymiser, uiText } from '../report/index.js';
import { say } from './catalogue.js';
import type { ConfigSource } from './config.js';
import {
  type CliIo,
  type CliStream,
  displayPath,
  EXIT_INVALID,
  EXIT_ISSUES,
  EXIT_OK,
  formatProblem,
  InputError,
  isFolder,
  relativeText,
  resolvePath,
  sayText,
} from './io.js';
import {
  type CheckedFile,
  checkPortfolioFile,
  checkPortfolioProject,
  projectOf,
  readPortfolioFile,
  receiveResult,
  zoneOf,
} from './portfolio-files.js';
import {
  failingIssues,
  hasPieces,
  lighten,
  type OutputPlan,
  type PartFile,
  PortfolioPieces,
  type RenderedProject,
  renderProject,
  writePortfolioOutput,
} from './portfolio-output.js';
import { checkInWorkers, type WorkerSetup } from './portfolio-pool.js';

/** What the portfolio check needs from `coproduce check`'s options. */
export interface PortfolioCheckOptions {
  readonly rules: RuleSet | undefined;
  readonly locale: string | undefined;
  readonly format: 'text' | 'json' | 'markdown' | 'html' | 'csv';
  /** Turns `--as-of` into a moment, in a project's time zone. */
  readonly now: (timeZone: string) => Date;
  readonly anonymise: boolean;
  readonly minSeverity: Severity | undefined;
  readonly failOn: Severity | 'never';
  readonly width: number;
  /** Show each project's issues after the overview. */
  readonly details: boolean;
  /** Where the report goes; a progress counter must not mix with it on the terminal. */
  readonly out: string | undefined;
  readonly write: (text: string) => Promise<void>;
  /** Worker threads to check files on (`--threads`); 1 checks them here, one by one. Default: see {@link threadCount}. */
  readonly threads: number | undefined;
  /** The configuration `rules` came from, for the workers to load again. */
  readonly config: ConfigSource | undefined;
}

/** The files to read: each file named, and each folder's `*.json` files in name order. */
async function listFiles(io: CliIo, names: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    const path = resolvePath(io, name);
    if (!(await isFolder(path))) {
      files.push(path);
      continue;
    }
    const entries = (await readdir(path)).filter((entry) => entry.endsWith('.json')).sort();
    for (const entry of entries) files.push(join(path, entry));
  }
  return files;
}

/** A counter that rewrites one line on a terminal, and writes a line now and then otherwise. */
function progress(stream: CliStream, total: number): { step(done: number): void; end(): void } {
  const tty = stream.isTTY === true;
  // Not a terminal: a line about every tenth of the way, and only for long runs.
  const every = Math.max(1, Math.ceil(total / 10));
  const quiet = !tty && total < 20;
  return {
    step(done) {
      if (quiet) return;
      if (tty) stream.write(`\rChecked ${done} of ${total} projects`);
      else if (done % every === 0 || done === total)
        stream.write(`Checked ${done} of ${total} projects\n`);
    },
    end() {
      if (tty && !quiet) stream.write('\n');
    },
  };
}

/** Worker threads beyond this rarely pay for the memory each one takes. */
const MAX_DEFAULT_THREADS = 8;
/**
 * Unless `--threads` says otherwise, fewer files than this are checked in
 * this process: starting the workers would take longer than the checks.
 */
const FEW_FILES = 16;

/** How many worker threads to check `files` more files on (1: none, here). */
function threadCount(requested: number | undefined, files: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < FEW_FILES) return 1;
  return Math.min(availableParallelism(), MAX_DEFAULT_THREADS, files);
}

/**
 * Writes the report in pieces of UTF-8: to the `--out` file, made (or
 * refused, saying why) by `options.write` first, then added to; or as text
 * to standard output, a character cut between two pieces joined again.
 */
function writer(io: CliIo, options: PortfolioCheckOptions): (bytes: Uint8Array) => Promise<void> {
  const out = options.out;
  if (out === undefined) {
    const decoder = new StringDecoder('utf8');
    return async (bytes) => {
      const text = decoder.write(bytes);
      if (text.length > 0) await options.write(text);
    };
  }
  let started = false;
  return async (bytes) => {
    if (!started) {
      started = true;
      await options.write('');
    }
    await appendFile(resolvePath(io, out), bytes);
  };
}

/** Runs `coproduce check` on several projects. */
export async function runPortfolioCheck(
  io: CliIo,
  names: readonly string[],
  options: PortfolioCheckOptions,
): Promise<number> {
  const files = await listFiles(io, names);
  const named = new Set(names.map((name) => resolvePath(io, name)));
  const problems: { summary: string; problems: readonly ProblemDetail[]; file: string }[] = [];
  const skipped: string[] = [];
  const counter = progress(io.stderr, files.length);
  // A file's name can say what a project is about: an anonymised report leaves it out.
  const sourceOf = (shown: string) => (options.anonymise ? undefined : shown);
  const cannotUse = (error: unknown, file: string) => {
    if (error instanceof InputError) {
      problems.push({ summary: error.message, problems: error.problems, file });
    } else if (isCoproduceError(error)) {
      const shown = displayPath(io, file);
      const [summary = error.message] = error.message.split('\n');
      problems.push({ summary: `${shown}: ${summary}`, problems: error.problems, file });
    } else {
      throw error;
    }
  };

  // Every project is checked at the same moment: --as-of read in the first
  // project's time zone. The files up to the first project are read here,
  // one at a time; the first project is checked here too.
  let first: { file: string; project: Project; shown: string } | undefined;
  let moment: Date | undefined;
  let next = 0;
  while (next < files.length && first === undefined) {
    const file = files[next++] as string;
    try {
      const read = await readPortfolioFile(io, file, named.has(file));
      if (read.kind === 'skipped') {
        skipped.push(read.shown);
        continue;
      }
      moment = options.now(zoneOf(read));
      first = { file, project: projectOf(read, moment), shown: read.shown };
    } catch (error) {
      cannotUse(error, file);
    }
  }
  const now = moment ?? new Date();
  const rest = files.slice(next);
  // The anonymiser numbers people across projects with each project in
  // hand: it runs here, never in a worker.
  const threads = options.anonymise ? 1 : threadCount(options.threads, rest.length);

  const plan: OutputPlan = {
    format: options.format,
    minSeverity: options.minSeverity,
    failOn: options.failOn,
    width: options.width,
    details: options.details,
  };
  // TMPDIR as the command's environment gives it (the process's, but for tests).
  const pieces = new PortfolioPieces(options.format, io.env.TMPDIR || tmpdir());
  try {
    return await checkAndWrite();
  } finally {
    await pieces.dispose();
  }

  async function checkAndWrite(): Promise<number> {
    let report: PortfolioReport;
    let failing = 0;
    try {
      // The entry the collector made of the project just added, once rendered
      // (here, or already in a worker): only a light copy of it is kept.
      let rendered: RenderedProject | undefined;
      // The part files: this thread's, and the workers' in the same temporary folder.
      const parts = hasPieces(plan) ? await pieces.folder() : undefined;
      const here: PartFile | undefined = parts === undefined ? undefined : await pieces.here();
      const collector = startPortfolio(
        {
          rules: options.rules,
          locale: options.locale,
          now,
          ...(options.anonymise ? { anonymiser: portfolioAnonymiser() } : {}),
          onProgress: (done) => counter.step(done),
        },
        {
          keep: (entry) => {
            rendered ??= renderProject(entry, plan, here);
            return lighten(entry);
          },
        },
      );
      const partOptions = { rules: collector.projectRules, now, locale: options.locale };
      const checked = async function* (): AsyncGenerator<readonly [string, CheckedFile]> {
        if (first) {
          const { file, project, shown } = first;
          // Let the first document go once checked, as every other one is.
          first = undefined;
          yield [file, await checkPortfolioProject(project, shown, partOptions)];
        }
        if (threads > 1) {
          const setup: WorkerSetup = {
            cwd: io.cwd,
            locale: io.locale,
            checkLocale: options.locale,
            config: options.config,
            now: now.toISOString(),
            plan,
            parts,
          };
          const tasks = rest.map((file) => ({ file, named: named.has(file) }));
          let index = 0;
          for await (const result of checkInWorkers(tasks, setup, threads)) {
            yield [rest[index++] as string, receiveResult(result)];
          }
        } else {
          // One file at a time: only the project being checked is held in memory.
          for (const file of rest) {
            yield [file, await checkPortfolioFile(io, file, named.has(file), partOptions)];
          }
        }
      };
      for await (const [file, result] of checked()) {
        if (result.kind === 'skipped') skipped.push(result.shown);
        else if (result.kind === 'failed') cannotUse(result.error, file);
        // A project that cannot be checked stops the run, as a file that cannot be read does not.
        else if (result.kind === 'stopped') throw result.error;
        else {
          rendered = result.rendered;
          collector.add(result.part, sourceOf(result.shown), result.project);
          const done = rendered as RenderedProject | undefined;
          rendered = undefined;
          if (done === undefined) throw new Error('A portfolio project was not rendered');
          failing += done.failing;
          // Set aside even while some file cannot be used: the run then ends with no output, as before.
          if (done.piece !== undefined) pieces.add(done.piece);
        }
      }
      report = await collector.finish();
    } catch (error) {
      counter.end();
      throw error;
    }
    counter.end();
    for (const file of skipped) io.stderr.write(`${sayText(io, 'check.skipped', { file })}\n`);
    if (problems.length > 0) {
      const lines = [
        `coproduce: ${sayText(io, 'check.cannotCheck', { n: problems.length, total: files.length })}`,
      ];
      for (const p of problems) {
        lines.push(`  ${relativeText(io, p.summary)}`);
        // The summary of a single whole-file problem already says it all.
        const extra = p.problems.filter(
          (d) => !(d.path.length === 0 && p.summary.includes(d.message)),
        );
        for (const detail of extra) lines.push(`    ${formatProblem(io, detail, p.file)}`);
      }
      io.stderr.write(`${lines.join('\n')}\n`);
      return EXIT_INVALID;
    }
    if (report.projects.length === 0) {
      throw new InputError(say('check.noProjects'));
    }

    await writePortfolioOutput(report, plan, pieces, writer(io, options));
    if (options.out !== undefined) {
      const wrote = sayText(io, 'check.wrotePortfolio', {
        format: options.format,
        n: report.projects.length,
        file: options.out,
      });
      io.stderr.write(`${neutralise(wrote)}\n`);
    }

    if (options.failOn === 'never') return EXIT_OK;
    failing += failingIssues(report.findings, options.failOn);
    if (failing === 0) return EXIT_OK;
    const locale = options.locale ?? io.locale;
    const severity = uiText(locale, `severity.${options.failOn}`);
    const level = options.failOn;
    io.stderr.write(
      `coproduce: ${uiText(locale, 'cli.failing', { n: failing, severity, level })}\n`,
    );
    return EXIT_ISSUES;
  }
}
