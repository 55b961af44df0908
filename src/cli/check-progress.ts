/**
 * Progress over time for `coproduce check`: a history file as input (the
 * project as of `--as-of`), `--since` on a history (what changed between
 * two dates), `--baseline` (an earlier saved report) and `--trend` (earlier
 * saved reports drawn as a trend).
 *
 * @module
 */

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { check } from '../check/evaluate.js';
import type { CheckReport, History, Project, RuleSet } from '../index.js';
import { isCoproduceError } from '../model/errors.js';
import { parseProjectJsonRead } from '../model/parse.js';
import { readJsonText } from '../node/index.js';
import { parseReport, withBaseline, withTrend } from '../report/index.js';
import { say } from './catalogue.js';
import {
  type CliIo,
  displayPath,
  InputError,
  readTextFile,
  resolvePath,
  UsageError,
} from './io.js';

/** A project file, or a history file with the project as it stands at its latest entry. */
export interface ProjectInput {
  readonly project: Project;
  readonly history?: History | undefined;
}

function inputError(io: CliIo, path: string, error: unknown): never {
  if (isCoproduceError(error)) {
    const [summary = error.message] = error.message.split('\n');
    throw new InputError(`${displayPath(io, path)}: ${summary}`, error.problems, path);
  }
  throw error;
}

/**
 * Histories (and every command a history can hold) are loaded only for a
 * history file: a project file, the usual input, does not need them, and
 * setting up their schemas was a twentieth of a whole `coproduce check`.
 */
const histories = async () => ({
  ...(await import('../state/history.js')),
  ...(await import('../state/history-file.js')),
});

/** Whether parsed JSON looks like a saved history rather than a project. */
function looksLikeHistory(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.hasOwn(data, 'entries') &&
    Object.hasOwn(data, 'initial')
  );
}

/** Reads a project file or a saved history; problems name the file and each JSON path. */
export async function readProjectOrHistory(
  io: CliIo,
  file: string,
  allowUnverified = false,
): Promise<ProjectInput> {
  const path = resolvePath(io, file);
  const text = await readTextFile(io, path);
  let data: unknown;
  try {
    data = readJsonText(text, 'file', { file: path });
  } catch (error) {
    if (isCoproduceError(error) && error.code === 'invalid-json') {
      // One line: the file, then what is wrong and where (line and column).
      throw new InputError(
        `${displayPath(io, path)}: ${error.problems[0]?.message ?? 'is not valid JSON'}`,
        // Not listed again (the line says it), but said in the chosen language.
        error.problems,
        path,
      );
    }
    return inputError(io, path, error);
  }
  try {
    if (looksLikeHistory(data)) {
      const { parseHistory } = await histories();
      const history = parseHistory(data, { allowUnverified });
      return { project: history.project, history };
    }
    // With the text, so each problem has its line and the item's title.
    return { project: parseProjectJsonRead(text, data) };
  } catch (error) {
    // The library names its option; on the command line it is a flag.
    if (isCoproduceError(error) && error.message.includes('{ allowUnverified: true }')) {
      const message = error.message.replace('{ allowUnverified: true }', '--allow-unverified');
      throw new InputError(`${displayPath(io, path)}: ${message}`, error.problems, path);
    }
    return inputError(io, path, error);
  }
}

/** Reads a report saved with `--format json`. */
export async function readReportFile(io: CliIo, file: string): Promise<CheckReport> {
  const path = resolvePath(io, file);
  const text = await readTextFile(io, path);
  try {
    return parseReport(text);
  } catch (error) {
    if (isCoproduceError(error) && error.problems[0]?.code === 'report-not-json') {
      throw new InputError(say('report.notJson', { file: displayPath(io, path) }), [], path);
    }
    return inputError(io, path, error);
  }
}

/** Reads the reports named by `--trend`: files, or folders of `*.json` reports. */
export async function readTrendReports(
  io: CliIo,
  entries: readonly string[],
): Promise<CheckReport[]> {
  const reports: CheckReport[] = [];
  for (const entry of entries) {
    const path = resolvePath(io, entry);
    let folder = false;
    try {
      folder = (await stat(path)).isDirectory();
    } catch {
      // Not there: readReportFile says so in plain words.
    }
    if (!folder) {
      reports.push(await readReportFile(io, path));
      continue;
    }
    const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
    for (const name of names) reports.push(await readReportFile(io, join(path, name)));
  }
  return reports;
}

/** What {@link checkWithProgress} needs from the command line. */
export interface ProgressOptions {
  readonly rules: RuleSet | undefined;
  readonly locale: string | undefined;
  /** The moment of the check (`--as-of`, or now). */
  readonly now: Date;
  /** `--since`: the moment of the earlier check on a history. */
  readonly since?: Date | undefined;
  readonly baseline?: string | undefined;
  readonly trend?: readonly string[] | undefined;
}

/**
 * Checks a project (from a history: as it stood at `now`) and adds what
 * the options ask for: changes since `--since` (a check of the same history
 * as it stood then) or since `--baseline`, and a trend from `--trend`.
 */
export async function checkWithProgress(
  io: CliIo,
  input: ProjectInput,
  options: ProgressOptions,
): Promise<{ report: CheckReport; project: Project }> {
  const { history } = input;
  if (options.since !== undefined && history === undefined) {
    throw new UsageError(say('usage.sinceHistory'), 'check');
  }
  if (options.since !== undefined && options.baseline !== undefined) {
    throw new UsageError(say('usage.sinceOrBaseline'), 'check');
  }
  const { projectAsOf } = history !== undefined ? await histories() : { projectAsOf: undefined };
  const project =
    history !== undefined && projectAsOf ? projectAsOf(history, options.now) : input.project;
  const checkOptions = {
    rules: options.rules,
    locale: options.locale,
    ...(history !== undefined ? { history: { verified: history.verified } } : {}),
  };
  let report = await check(project, { ...checkOptions, now: options.now });
  if (options.since !== undefined && history !== undefined && projectAsOf) {
    if (options.since.getTime() > options.now.getTime()) {
      throw new UsageError(say('usage.sinceOrder'), 'check');
    }
    const earlier = await check(projectAsOf(history, options.since), {
      ...checkOptions,
      now: options.since,
    });
    report = withBaseline(report, earlier);
  }
  if (options.baseline !== undefined) {
    const baseline = await readReportFile(io, options.baseline);
    report = sameProjectOr(io, options.baseline, () => withBaseline(report, baseline));
  }
  if (options.trend !== undefined && options.trend.length > 0) {
    const earlier = await readTrendReports(io, options.trend);
    report = sameProjectOr(io, options.trend.join(', '), () => withTrend(report, earlier));
  }
  return { report, project };
}

/** Runs a comparison, turning "reports of two projects" into a plain input error. */
function sameProjectOr(io: CliIo, what: string, run: () => CheckReport): CheckReport {
  try {
    return run();
  } catch (error) {
    const first = isCoproduceError(error) ? error.problems[0] : undefined;
    if (first?.code === 'report-other-project' && first.params !== undefined) {
      const { before, after } = first.params as { before: string; after: string };
      throw new InputError(
        say('report.otherProject', { file: displayPath(io, what), before, after }),
        [],
      );
    }
    if (isCoproduceError(error)) {
      throw new InputError(`${displayPath(io, what)}: ${error.message}`, []);
    }
    throw error;
  }
}
