/**
 * The output of `coproduce check <files or folders…>` made a project at a
 * time: each project's part of the chosen format is rendered as soon as
 * its report is made (in the worker thread that checked it, when there
 * are workers), set aside in a temporary file, and the full report is
 * dropped; only a light line of counts per project stays for the overview
 * and the portfolio rules. At the end the output is written in pieces:
 * the heading and overview, the set-aside parts, the closing lines. So a
 * thousand projects of 250 issues each never sit in memory at once, and a
 * JSON report longer than a JavaScript string may be is still written.
 *
 * What is written is byte for byte what formatting the whole report at
 * once writes: the pieces are cut where those formatters join their parts.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PortfolioProject, PortfolioReport } from '../check/portfolio/check-portfolio.js';
import type { CheckReport } from '../check/report.js';
import { SEVERITIES, type Severity } from '../check/types.js';
import {
  filterReport,
  formatPortfolioCsv,
  formatPortfolioHtml,
  formatPortfolioMarkdown,
  formatPortfolioText,
  formatReportMarkdown,
  formatReportText,
} from '../report/index.js';

/** The formats of a portfolio report. */
export type PortfolioFormat = 'text' | 'json' | 'markdown' | 'html' | 'csv';

/** What shapes the output: plain data, so a worker thread can be given it. */
export interface OutputPlan {
  readonly format: PortfolioFormat;
  readonly minSeverity: Severity | undefined;
  readonly failOn: Severity | 'never';
  readonly width: number;
  readonly details: boolean;
}

/** What the output needs of one project, made while its report is whole. */
export interface RenderedProject {
  /** Its part of the output (undefined: the format prints nothing of its own for it). */
  readonly piece: string | undefined;
  /** Its issues at `--fail-on` or worse, whatever their outcome, for the exit code. */
  readonly failing: number;
  /** Whether the overview needs the whole report kept (HTML renders its sections at the end). */
  readonly keepWhole: boolean;
}

/** Issues at `failOn` or worse, as the exit code counts them. */
export function failingIssues(report: CheckReport, failOn: Severity | 'never'): number {
  if (failOn === 'never') return 0;
  const limit = SEVERITIES.indexOf(failOn);
  let n = 0;
  for (const issue of report.issues) if (SEVERITIES.indexOf(issue.severity) <= limit) n += 1;
  return n;
}

/** The JSON of one project, indented as it stands inside the report's `projects` list. */
function projectJson(entry: PortfolioProject, minSeverity: Severity | undefined): string {
  const shown =
    minSeverity === undefined
      ? entry
      : { ...entry, report: filterReport(entry.report, { minSeverity }) };
  // JSON text holds no raw line breaks inside strings: every one is indentation.
  return `    ${JSON.stringify(shown, null, 2).replace(/\n/g, '\n    ')}`;
}

/**
 * Renders one project's part of the output from its entry (as the
 * collector makes it). The text formatter separates projects with a rule;
 * Markdown joins them with a line break.
 */
export function renderProject(entry: PortfolioProject, plan: OutputPlan): RenderedProject {
  const failing = failingIssues(entry.report, plan.failOn);
  const minSeverity = plan.minSeverity;
  switch (plan.format) {
    case 'json':
      return { piece: projectJson(entry, minSeverity), failing, keepWhole: false };
    case 'text': {
      if (!plan.details) return { piece: undefined, failing, keepWhole: false };
      const text = formatReportText(entry.report, {
        width: plan.width,
        ...(minSeverity ? { minSeverity } : {}),
      }).trimEnd();
      const rule = '='.repeat(Math.min(plan.width, 80));
      return { piece: `\n${rule}\n\n${text}\n`, failing, keepWhole: false };
    }
    case 'markdown':
      if (!plan.details) return { piece: undefined, failing, keepWhole: false };
      return {
        piece: formatReportMarkdown(entry.report, { headingLevel: 3, minSeverity }),
        failing,
        keepWhole: false,
      };
    case 'html':
      return { piece: undefined, failing, keepWhole: plan.details };
    default:
      return { piece: undefined, failing, keepWhole: false };
  }
}

/**
 * A project's entry with its report emptied of everything the overview,
 * the counts and the portfolio rules do not read: the issues, outcomes
 * and parameters go; the project, the moment and the locale stay.
 */
export function lighten(entry: PortfolioProject): PortfolioProject {
  const { report } = entry;
  const light: CheckReport = {
    reportVersion: report.reportVersion,
    project: report.project,
    checkedAt: report.checkedAt,
    locale: report.locale,
    issues: [],
    outcomes: [],
    counts: report.counts,
    ruleSets: [],
    parameters: {},
    missingMessages: [],
  };
  return { ...entry, report: light };
}

/** Where the projects' pieces wait, in order, until the overview can be written. */
export class SetAside {
  #folder: string | undefined;
  #handle: FileHandle | undefined;
  #count = 0;
  /** Markdown drops the trailing blank lines of the last piece only: each waits for the next. */
  #held: string | undefined;

  constructor(private readonly format: PortfolioFormat) {}

  async add(piece: string): Promise<void> {
    if (this.format === 'markdown') {
      const before = this.#held;
      this.#held = piece;
      if (before !== undefined) await this.#write(`${before}\n`);
      return;
    }
    // JSON's list items are separated by commas.
    await this.#write(this.format === 'json' && this.#count > 0 ? `,\n${piece}` : piece);
  }

  async #write(text: string): Promise<void> {
    if (this.#handle === undefined) {
      this.#folder = await mkdtemp(join(tmpdir(), 'coproduce-portfolio-'));
      this.#handle = await open(join(this.#folder, 'pieces'), 'w+');
    }
    await this.#handle.write(text);
    this.#count += 1;
  }

  /** Passes every piece, in order, to `write`, in chunks of about a megabyte. */
  async copyTo(write: (text: string) => Promise<void>): Promise<void> {
    if (this.#handle !== undefined && this.#folder !== undefined) {
      await this.#handle.close();
      this.#handle = undefined;
      const stream = createReadStream(join(this.#folder, 'pieces'), {
        encoding: 'utf8',
        highWaterMark: 1024 * 1024,
      });
      for await (const chunk of stream) await write(chunk as string);
    }
    if (this.#held !== undefined) await write(`${this.#held.trimEnd()}\n`);
  }

  /** Removes the temporary file. */
  async dispose(): Promise<void> {
    await this.#handle?.close();
    this.#handle = undefined;
    if (this.#folder !== undefined) await rm(this.#folder, { recursive: true, force: true });
    this.#folder = undefined;
  }
}

/** The line of the JSON report where the projects go, found in the report made with one stand-in. */
const STAND_IN = '\n  "projects": [\n    0\n  ]';

/**
 * Writes the whole output: the part before the projects' pieces, the
 * pieces, and the part after, each made by the library's own formatter
 * from the light report. `report` holds light entries, or whole ones
 * where {@link RenderedProject.keepWhole} asked for them.
 */
export async function writePortfolioOutput(
  report: PortfolioReport,
  plan: OutputPlan,
  pieces: SetAside,
  write: (text: string) => Promise<void>,
): Promise<void> {
  const formatOptions = { width: plan.width, minSeverity: plan.minSeverity, details: plan.details };
  switch (plan.format) {
    case 'json': {
      const findings =
        plan.minSeverity === undefined
          ? report.findings
          : filterReport(report.findings, { minSeverity: plan.minSeverity });
      // Nothing before `projects` holds a raw line break, so the first match is the list itself.
      const whole = JSON.stringify({ ...report, projects: [0], findings }, null, 2);
      const at = whole.indexOf(STAND_IN);
      if (at < 0) throw new Error('The JSON report has no projects list where expected');
      await write(`${whole.slice(0, at)}\n  "projects": [\n`);
      await pieces.copyTo(write);
      await write(`\n  ]${whole.slice(at + STAND_IN.length)}\n`);
      return;
    }
    case 'text':
      await write(formatPortfolioText(report, { ...formatOptions, details: false }));
      await pieces.copyTo(write);
      return;
    case 'markdown': {
      const head = formatPortfolioMarkdown(report, { ...formatOptions, details: false });
      if (!plan.details) {
        await write(head);
        return;
      }
      // The heading ends with a blank line; the formatter's list of parts goes on after it.
      await write(`${head}\n## Each project\n\n`);
      await pieces.copyTo(write);
      return;
    }
    case 'html':
      await write(formatPortfolioHtml(report, formatOptions));
      return;
    default:
      await write(formatPortfolioCsv(report));
  }
}
