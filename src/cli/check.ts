/**
 * `coproduce check <project.json>`: checks a project and prints or writes
 * the report as text, JSON, Markdown or HTML.
 *
 * @module
 */
import { extname } from 'node:path';
import { daysFromCivil, dayToIsoDate, zoneOffset } from '../check/facts/zone.js';
import {
  anonymiseReport,
  type CheckReport,
  filterReport,
  formatReportHtml,
  formatReportMarkdown,
  formatReportText,
  isCoproduceError,
  neutralise,
  type Project,
  parseProject,
  type RuleSet,
  SEVERITIES,
  type Severity,
  uiText,
} from '../index.js';
import { loadConfig } from '../node/index.js';
import { namesPortfolio, runPortfolioCheck } from './check-portfolio.js';
import { checkWithProgress, readProjectOrHistory } from './check-progress.js';
import {
  type CliIo,
  displayPath,
  EXIT_ISSUES,
  EXIT_OK,
  InputError,
  oneOf,
  parseCommandArgs,
  parseJsonText,
  readTextFile,
  resolvePath,
  severityOption,
  textWidth,
  UsageError,
  useColour,
  writeOutput,
} from './io.js';

/** The report formats. */
export const FORMATS = ['text', 'json', 'markdown', 'html', 'csv'] as const;
/** A report format. */
export type Format = (typeof FORMATS)[number];

const FAIL_ON = [...SEVERITIES, 'never'] as const;

export const checkHelp = `Usage: coproduce check <project.json | history.json> [options]
       coproduce check <files or folders...> [options]

Checks a project against the rules and shows the issues found: grouped by
section of the framework, worst first. A saved history is checked as the
project stood at --as-of (or now).

Given several files, or a folder (its .json project and history files),
checks each project and the portfolio they make together: the same people
in many projects, the same topic consulted twice, and more. The report
starts with one line per project, the ones that need attention first.

Options:
  --config <file>         A council configuration file (default: the
                          recommended rules)
  --config-root <folder>  Let the configuration read files in this folder
                          (default: only in its own folder)
  --format <format>       text (default), json, markdown, html or csv (several
                          projects: one row per project); with --out, taken
                          from the file's extension when not given
  --out <file>            Write the report to a file instead of the terminal
  --min-severity <level>  Show only issues at least this serious: error,
                          warning or info (default: every issue)
  --fail-on <level>       Exit with code 1 when any issue is at least this
                          serious: error, warning, info or never (default)
  --as-of <date>          Check as of a day (2026-11-20: midday in the
                          project's time zone) or a moment
                          (2026-11-20T09:30:00Z) instead of now
  --locale <tag>          The language of the messages, such as en-GB or cy
  --anonymise             Show members as "Member 1", "Member 2"... instead of
                          their names, and withhold titles, notes and other
                          free text from the project, in every format
  --baseline <report>     An earlier report of the project (saved with
                          --format json): mark each issue new, still open or
                          resolved since then
  --since <date>          With a history file: what changed between this day
                          (or moment) and --as-of (or now), in one command
  --trend <report>        An earlier report, or a folder of them, to show the
                          issues at each of the last 8 checks (repeatable)
  --overview              Several projects: show the overview and the
                          portfolio's findings, not each project's issues
  --allow-unverified      Read a history saved without a chain of hashes
                          (format version 1); every format then warns that
                          it cannot be verified
  -h, --help              Show this help

JSON output is the report of the library's check(), as described by
"coproduce schema report"; --min-severity leaves issues out of it and
recounts them, and --anonymise replaces names in it.

Exit codes: 0 no issue at or above --fail-on; 1 issues at or above it;
2 invalid input or usage.

Examples:
  coproduce check project.json
  coproduce check project.json --config coproduce.config.json --fail-on error
  coproduce check project.json --format html --anonymise --out report.html
  coproduce check project.json --baseline october.json --trend reports/
  coproduce check history.json --since 2026-10-01 --as-of 2026-11-01
  coproduce check projects/ --format html --out portfolio.html
`;

const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.csv': 'csv',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * The moment of `--as-of`: a calendar day is midday of that day in the
 * project's time zone; a date-time must carry its offset.
 */
export function parseAsOf(value: string, timeZone: string, option = 'as-of'): Date {
  const day = ISO_DATE.exec(value);
  if (day) {
    const dayNumber = daysFromCivil(Number(day[1]), Number(day[2]), Number(day[3]));
    if (dayToIsoDate(dayNumber) !== value) {
      throw new UsageError(`--${option} "${value}" is not a real calendar date`, 'check');
    }
    // Midday in the project's zone: the offset there at midday UTC is the one in force then.
    const midday = dayNumber * 86_400_000 + 12 * 3_600_000;
    return new Date(midday - zoneOffset(timeZone, midday));
  }
  if (ISO_DATE_TIME.test(value) && Number.isFinite(Date.parse(value))) return new Date(value);
  throw new UsageError(
    `--${option} must be a date like 2026-11-20 or a date-time with an offset like 2026-11-20T09:30:00Z, not "${value}"`,
    'check',
  );
}

/** Reads and validates a project file; problems name the file and each JSON path. */
export async function readProject(io: CliIo, file: string): Promise<Project> {
  const path = resolvePath(io, file);
  const data = parseJsonText(io, path, await readTextFile(io, path));
  try {
    return parseProject(data);
  } catch (error) {
    if (isCoproduceError(error)) {
      const [summary = error.message] = error.message.split('\n');
      throw new InputError(`${displayPath(io, path)}: ${summary}`, error.problems, path);
    }
    throw error;
  }
}

/**
 * Loads `--config`, or the recommended rules when it is not given. The
 * files it names must be inside its folder, or inside `--config-root`.
 */
export async function readRules(
  io: CliIo,
  config: string | undefined,
  root?: string | undefined,
): Promise<RuleSet | undefined> {
  if (config === undefined) {
    if (root !== undefined) throw new UsageError('--config-root needs --config', 'check');
    return undefined;
  }
  return loadConfig(
    resolvePath(io, config),
    root !== undefined ? { root: resolvePath(io, root) } : {},
  );
}

/** Renders a report in a format. */
export function renderReport(
  report: CheckReport,
  project: Project,
  format: Format,
  options: {
    anonymise: boolean;
    minSeverity?: Severity | undefined;
    width: number;
    colour: boolean;
  },
): string {
  const { minSeverity } = options;
  const shown = options.anonymise ? anonymiseReport(report, project) : report;
  switch (format) {
    case 'json':
      return `${JSON.stringify(filterReport(shown, { minSeverity }), null, 2)}\n`;
    case 'markdown':
      return formatReportMarkdown(shown, { minSeverity });
    case 'html':
      return formatReportHtml(report, { project, anonymise: options.anonymise, minSeverity });
    case 'csv':
      throw new UsageError('--format csv is for several projects: name them, or a folder', 'check');
    case 'text':
      return formatReportText(shown, {
        width: options.width,
        color: options.colour,
        ...(minSeverity ? { minSeverity } : {}),
      });
  }
}

/** Runs `coproduce check`. */
export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, {
    config: { type: 'string' },
    'config-root': { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'min-severity': { type: 'string' },
    'fail-on': { type: 'string' },
    'as-of': { type: 'string' },
    locale: { type: 'string' },
    anonymise: { type: 'boolean' },
    anonymize: { type: 'boolean' },
    baseline: { type: 'string' },
    since: { type: 'string' },
    trend: { type: 'string', multiple: true },
    overview: { type: 'boolean' },
    'allow-unverified': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(checkHelp);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('name the project file to check', 'check');
  const file = positionals[0] as string;
  const inferred =
    values.out !== undefined ? EXTENSIONS[extname(values.out).toLowerCase()] : undefined;
  const format = oneOf('check', 'format', values.format, FORMATS) ?? inferred ?? 'text';
  const minSeverity = severityOption('check', 'min-severity', values['min-severity']);
  const failOn = oneOf('check', 'fail-on', values['fail-on'], FAIL_ON) ?? 'never';
  if (values.locale !== undefined && values.locale.trim() === '') {
    throw new UsageError('--locale needs a language tag such as en-GB or cy', 'check');
  }

  const rules = await readRules(io, values.config, values['config-root']);
  if (format === 'csv' || (await namesPortfolio(io, positionals))) {
    for (const option of ['baseline', 'since', 'trend'] as const) {
      if (values[option] !== undefined) {
        throw new UsageError(`--${option} works with one project, not several`, 'check');
      }
    }
    const toTerminal = values.out === undefined;
    return runPortfolioCheck(io, positionals, {
      rules,
      locale: values.locale,
      format,
      now: (zone) =>
        values['as-of'] !== undefined ? parseAsOf(values['as-of'], zone) : new Date(),
      anonymise: values.anonymise === true || values.anonymize === true,
      minSeverity,
      failOn,
      width: toTerminal ? textWidth(io) : 80,
      out: values.out,
      write: (text) => writeOutput(io, values.out, text),
      details: values.overview !== true,
    });
  }
  if (values.overview === true) {
    throw new UsageError('--overview is for several projects', 'check');
  }
  const input = await readProjectOrHistory(io, file, values['allow-unverified'] === true);
  const zone = input.project.timeZone;
  const now = values['as-of'] !== undefined ? parseAsOf(values['as-of'], zone) : new Date();
  const { report, project } = await checkWithProgress(io, input, {
    rules,
    locale: values.locale,
    now,
    since: values.since !== undefined ? parseAsOf(values.since, zone, 'since') : undefined,
    baseline: values.baseline,
    trend: values.trend,
  });

  const toTerminal = values.out === undefined;
  const text = renderReport(report, project, format, {
    anonymise: values.anonymise === true || values.anonymize === true,
    minSeverity,
    width: toTerminal ? textWidth(io) : 80,
    colour: toTerminal && format === 'text' && useColour(io),
  });
  await writeOutput(io, values.out, text);
  if (values.out !== undefined) {
    io.stderr.write(
      `${uiText(report.locale, 'cli.wrote', { format, file: neutralise(values.out) })}\n`,
    );
  }

  if (failOn === 'never') return EXIT_OK;
  const limit = SEVERITIES.indexOf(failOn);
  const failing = report.issues.filter((i) => SEVERITIES.indexOf(i.severity) <= limit).length;
  if (failing === 0) return EXIT_OK;
  const severity = uiText(report.locale, `severity.${failOn}`);
  io.stderr.write(
    `coproduce: ${uiText(report.locale, 'cli.failing', { n: failing, severity, level: failOn })}\n`,
  );
  return EXIT_ISSUES;
}
