/**
 * One file of `coproduce check <files or folders…>`: read, parsed and
 * validated the same way whether the command reads it itself or a worker
 * thread does, and what a worker sends back about it. Errors cross the
 * thread boundary as plain data and are built again on this side, so a
 * broken file is reported word for word as it is without workers.
 *
 * @module
 */
import {
  checkPortfolioPart,
  type PortfolioPart,
  portfolioProjectOf,
} from '../check/portfolio/check-portfolio.js';
import type { CoproduceErrorCode, History, ProblemDetail, Project, RuleSet } from '../index.js';
import { CoproduceError, isCoproduceError } from '../model/errors.js';
import { parseProject } from '../model/parse.js';
import { projectAsOf } from '../state/history.js';
import { parseHistory } from '../state/history-file.js';
import { say } from './catalogue.js';
import {
  type CliIo,
  displayPath,
  InputError,
  parseJsonText,
  readTextFile,
  type Words,
} from './io.js';
import {
  lighten,
  type OutputPlan,
  type PartFile,
  type RenderedProject,
  renderProject,
} from './portfolio-output.js';

/** A file read: left out (a folder's other JSON files), or a project or history to check. */
export type PortfolioFile =
  | { readonly kind: 'skipped'; readonly shown: string }
  | { readonly kind: 'project'; readonly shown: string; readonly project: Project }
  | { readonly kind: 'history'; readonly shown: string; readonly history: History };

/** Whether parsed JSON is a project (or a history) rather than some other file in the folder. */
function kindOf(data: unknown): 'project' | 'history' | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  if (Object.hasOwn(data, 'entries') && Object.hasOwn(data, 'initial')) return 'history';
  if (Object.hasOwn(data, 'schemaVersion')) return 'project';
  return undefined;
}

/**
 * Reads one file of a portfolio. `named`: the file was named outright, so
 * it must be a project; a folder's other files are skipped.
 *
 * @throws InputError or CoproduceError when the file cannot be used.
 */
export async function readPortfolioFile(
  io: CliIo,
  file: string,
  named: boolean,
): Promise<PortfolioFile> {
  const shown = displayPath(io, file);
  const data = parseJsonText(io, file, await readTextFile(io, file));
  const kind = kindOf(data);
  if (kind === undefined) {
    // A folder may hold configurations and other files: only files named outright must be projects.
    if (!named) return { kind: 'skipped', shown };
    throw new InputError(say('check.notAProject', { file: shown }), [
      {
        path: [],
        pointer: '',
        message: 'is not a project or a project history',
        file,
        code: 'cli.check.notProject',
      },
    ]);
  }
  if (kind === 'history') return { kind, shown, history: parseHistory(data) };
  return { kind, shown, project: parseProject(data) };
}

/** The time zone `--as-of` is read in when this is the first project. */
export function zoneOf(read: PortfolioFile & { kind: 'project' | 'history' }): string {
  return read.kind === 'history' ? read.history.project.timeZone : read.project.timeZone;
}

/** The project to check: a history replayed to `now`. */
export function projectOf(
  read: PortfolioFile & { kind: 'project' | 'history' },
  now: Date,
): Project {
  return read.kind === 'history' ? projectAsOf(read.history, now) : read.project;
}

/**
 * What became of one file: skipped, failed (`error`, reported with the
 * others; no report is made), stopped (`error`: the project could not be
 * checked, so the run stops), or checked. The error's form and what a
 * checked file carries besides its part depend on which side of a worker
 * thread it is seen.
 */
type FileOutcome<Failure, Checked> =
  | { readonly kind: 'skipped'; readonly shown: string }
  | { readonly kind: 'failed'; readonly error: Failure }
  | { readonly kind: 'stopped'; readonly error: Failure }
  | ({
      readonly kind: 'checked';
      readonly shown: string;
      readonly part: PortfolioPart;
      /** Its part of the output, made in a worker thread; its report is then light. */
      readonly rendered?: RenderedProject | undefined;
    } & Checked);

/**
 * One file read and checked, with errors as they were thrown: what the
 * command does with each file, itself or through a worker thread. The
 * project itself is kept only where it was checked in this thread (the
 * anonymiser needs it).
 */
export type CheckedFile = FileOutcome<unknown, { readonly project?: Project | undefined }>;

/** How each project of the run is checked. */
export interface PartOptions {
  readonly rules: RuleSet | undefined;
  readonly now: Date;
  readonly locale: string | undefined;
}

/** Checks one project of the run; `shown` is its file as the person named it. */
export async function checkPortfolioProject(
  project: Project,
  shown: string,
  options: PartOptions,
): Promise<CheckedFile> {
  try {
    const part = await checkPortfolioPart(project, options);
    return { kind: 'checked', shown, part, project };
  } catch (error) {
    return { kind: 'stopped', error };
  }
}

/** Reads one file of a portfolio and checks it. */
export async function checkPortfolioFile(
  io: CliIo,
  file: string,
  named: boolean,
  options: PartOptions,
): Promise<CheckedFile> {
  let project: Project;
  let shown: string;
  try {
    const read = await readPortfolioFile(io, file, named);
    if (read.kind === 'skipped') return read;
    shown = read.shown;
    project = projectOf(read, options.now);
  } catch (error) {
    return { kind: 'failed', error };
  }
  return checkPortfolioProject(project, shown, options);
}

/** An error as a worker sends it. */
export type SentError =
  | {
      readonly type: 'input';
      readonly said: Words;
      readonly problems: readonly ProblemDetail[];
      readonly file?: string | undefined;
    }
  | {
      readonly type: 'library';
      readonly code: CoproduceErrorCode;
      readonly summary: string;
      readonly problems: readonly ProblemDetail[];
    }
  | { readonly type: 'other'; readonly message: string; readonly stack?: string | undefined };

/** What a worker sends back about one file: its errors as plain data, never the project. */
export type FileResult = FileOutcome<SentError, unknown>;

/** An error thrown while reading or checking a file, as plain data. */
export function sendError(error: unknown): SentError {
  if (error instanceof InputError) {
    return { type: 'input', said: error.said, problems: error.problems, file: error.file };
  }
  if (isCoproduceError(error)) {
    const [summary = error.message] = error.message.split('\n');
    return { type: 'library', code: error.code, summary, problems: error.problems };
  }
  const thrown = error instanceof Error ? error : new Error(String(error));
  return { type: 'other', message: thrown.message, stack: thrown.stack };
}

/** A file's result as plain data for the thread boundary (the project stays behind). */
export function sendResult(result: CheckedFile): FileResult {
  if (result.kind === 'failed' || result.kind === 'stopped') {
    return { kind: result.kind, error: sendError(result.error) };
  }
  if (result.kind === 'skipped') return result;
  return { kind: 'checked', shown: result.shown, part: result.part };
}

/**
 * A project checked in a worker, with its part of the output rendered
 * there, from the entry the collector would make of it, and written to the
 * worker's own part file; only what the overview reads is sent back, with
 * where the part lies: a full report is large to copy between threads and
 * to hold until the end.
 */
export function renderResult(
  result: FileResult,
  plan: OutputPlan,
  part: PartFile | undefined,
): FileResult {
  if (result.kind !== 'checked') return result;
  const entry = portfolioProjectOf(result.part, result.shown);
  const rendered = renderProject(entry, plan, part);
  return { ...result, part: { ...result.part, report: lighten(entry).report }, rendered };
}

/** A result a worker sent, with its error built again as the one it threw. */
export function receiveResult(result: FileResult): CheckedFile {
  if (result.kind === 'failed' || result.kind === 'stopped') {
    return { kind: result.kind, error: receiveError(result.error) };
  }
  return result;
}

/** The error a worker sent, built again as the one it threw. */
export function receiveError(sent: SentError): Error {
  if (sent.type === 'input') return new InputError(sent.said, sent.problems, sent.file);
  if (sent.type === 'library') return new CoproduceError(sent.code, sent.summary, sent.problems);
  const error = new Error(sent.message);
  if (sent.stack !== undefined) error.stack = sent.stack;
  return error;
}
