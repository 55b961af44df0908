/**
 * `coproduce check <project.json>`: checks a project and prints or writes
 * the report as text, JSON, Markdown or HTML.
 *
 * @module
 */
import { dirname, extname, isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEVERITIES } from '../check/types.js';
import type { CheckReport, Project, Severity } from '../index.js';
import {
  anonymiseReport,
  filterReport,
  formatReportCsv,
  formatReportHtml,
  formatReportMarkdown,
  formatReportSarif,
  formatReportText,
  neutralise,
  uiText,
} from '../report/index.js';
import { daysFromCivil, dayToIsoDate } from '../time/calendar.js';
import { zoneOffset } from '../time/zone.js';
import { say } from './catalogue.js';
import { checkWithProgress, readProjectOrHistory } from './check-progress.js';
import { CONFIG_OPTIONS, chooseConfig, chosenConfigSource, loadChosenRules } from './config.js';
import {
  type CliIo,
  displayPath,
  EXIT_ISSUES,
  EXIT_OK,
  isFolder,
  oneOf,
  parseCommandArgs,
  readTextFile,
  resolvePath,
  severityOption,
  textWidth,
  UsageError,
  useColour,
  writeOutput,
} from './io.js';
import { packageInfo } from './package.js';

/** The report formats. */
export const FORMATS = ['text', 'json', 'markdown', 'html', 'csv', 'sarif'] as const;
/** A report format. */
export type Format = (typeof FORMATS)[number];

const FAIL_ON = [...SEVERITIES, 'never'] as const;

const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.csv': 'csv',
  '.sarif': 'sarif',
};

/**
 * The format to write: `--format`, or the one `--out`'s extension names.
 * An extension that is not a report format (`report.pdf`), or that names
 * another format than `--format`, is refused rather than written as text.
 */
export function outputFormat(given: Format | undefined, out: string | undefined): Format {
  // `results.sarif.json` is a SARIF file, as code-scanning tools name them too.
  const ext =
    out === undefined
      ? ''
      : out.toLowerCase().endsWith('.sarif.json')
        ? '.sarif'
        : extname(out).toLowerCase();
  if (ext === '') return given ?? 'text';
  const named = Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
  if (named === undefined) {
    throw new UsageError(
      say(ext === '.pdf' ? 'usage.outPdf' : 'usage.outExtension', { out, ext }),
      'check',
    );
  }
  if (given !== undefined && given !== named) {
    // The file name a format is written to: its first extension above.
    const wanted = Object.keys(EXTENSIONS).find((e) => EXTENSIONS[e] === given) ?? '';
    throw new UsageError(
      say('usage.outFormat', { out, kind: say(`format.${named}`), format: given, ext: wanted }),
      'check',
    );
  }
  return named;
}

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
      throw new UsageError(say('usage.notADate', { option, value }), 'check');
    }
    // Midday in the project's zone: the offset there at midday UTC is the one in force then.
    const midday = dayNumber * 86_400_000 + 12 * 3_600_000;
    return new Date(midday - zoneOffset(timeZone, midday));
  }
  if (ISO_DATE_TIME.test(value) && Number.isFinite(Date.parse(value))) return new Date(value);
  throw new UsageError(say('usage.dateForm', { option, value }), 'check');
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
    /** For CSV: start with a byte-order mark (for a file Excel will open). */
    byteOrderMark?: boolean | undefined;
    /** For SARIF: the project file as results name it, and its text for their lines. */
    projectUri?: string | undefined;
    projectText?: string | undefined;
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
      return formatReportCsv(shown, { minSeverity, byteOrderMark: options.byteOrderMark });
    case 'sarif':
      return formatReportSarif(shown, {
        minSeverity,
        projectUri: options.projectUri,
        projectText: options.projectText,
        toolVersion: packageInfo().version,
      });
    case 'text':
      return formatReportText(shown, {
        width: options.width,
        color: options.colour,
        ...(minSeverity ? { minSeverity } : {}),
      });
  }
}

/**
 * The project file as SARIF names it: relative to the working folder with
 * forward slashes (where code-scanning tools run), else a `file:` URL; and
 * its text, for each result's line.
 */
async function sarifSource(
  io: CliIo,
  file: string,
): Promise<{ projectUri: string; projectText: string }> {
  const path = resolvePath(io, file);
  const shown = displayPath(io, path);
  const projectUri = isAbsolute(shown) ? pathToFileURL(shown).href : shown.split(sep).join('/');
  return { projectUri, projectText: await readTextFile(io, path) };
}

/** `--threads`: a whole number from 1, or undefined when not given. */
function threadsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^[0-9]+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(say('usage.threads', { value }), 'check');
  }
  return n;
}

/** Runs `coproduce check`. */
export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, 'check', args, {
    ...CONFIG_OPTIONS,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'min-severity': { type: 'string' },
    'fail-on': { type: 'string' },
    'as-of': { type: 'string' },
    anonymise: { type: 'boolean' },
    anonymize: { type: 'boolean' },
    baseline: { type: 'string' },
    since: { type: 'string' },
    trend: { type: 'string', multiple: true },
    overview: { type: 'boolean' },
    'allow-unverified': { type: 'boolean' },
    threads: { type: 'string' },
  });
  if (parsed === undefined) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(say('usage.checkFile'), 'check');
  const file = positionals[0] as string;
  const format = outputFormat(oneOf('check', 'format', values.format, FORMATS), values.out);
  const minSeverity = severityOption('check', 'min-severity', values['min-severity']);
  const failOn = oneOf('check', 'fail-on', values['fail-on'], FAIL_ON) ?? 'never';
  const threads = threadsOption(values.threads);

  // Several projects: several names, or a folder.
  const portfolio = positionals.length > 1 || (await isFolder(resolvePath(io, file)));
  // The configuration nearest the project (or, for several, the working folder), as ESLint finds it.
  const choice = await chooseConfig(
    io,
    'check',
    values,
    portfolio ? io.cwd : dirname(resolvePath(io, file)),
  );
  const rules = await loadChosenRules(io, choice, values['config-root']);
  if (portfolio) {
    if (format === 'sarif') {
      throw new UsageError(say('usage.sarifPortfolio'), 'check');
    }
    for (const option of ['baseline', 'since', 'trend'] as const) {
      if (values[option] !== undefined) {
        throw new UsageError(say('usage.onlyOneProject', { option }), 'check');
      }
    }
    const toTerminal = values.out === undefined;
    // Loaded only for several projects: one check does not need it.
    const { runPortfolioCheck } = await import('./check-portfolio.js');
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
      threads,
      config: chosenConfigSource(io, choice, values['config-root']),
    });
  }
  if (values.overview === true) {
    throw new UsageError(say('usage.overview'), 'check');
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
    byteOrderMark: !toTerminal,
    ...(format === 'sarif' ? await sarifSource(io, file) : {}),
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
