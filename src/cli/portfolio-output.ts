/**
 * The output of `coproduce check <files or folders…>` made a project at a
 * time: each project's part of the chosen format is rendered as soon as
 * its report is made, in the thread that checked it (a worker thread, when
 * there are workers), and written there to that thread's own part file in
 * a temporary folder; the full report is dropped, and only a light line of
 * counts per project, and where its part lies, comes back to this thread
 * for the overview and the portfolio rules. At the end the output is
 * written in pieces: the heading and overview, the parts copied from the
 * part files in the projects' order, the closing lines; JSON's portfolio
 * findings are written a few issues at a time too. So a thousand projects
 * of 250 issues each never sit in memory at once, and a JSON report
 * longer than a JavaScript string may be is still written.
 *
 * What is written is byte for byte what formatting the whole report at
 * once writes: the pieces are cut where those formatters join their parts.
 *
 * @module
 */
import { appendFileSync, rmSync } from 'node:fs';
import { type FileHandle, mkdtemp, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PortfolioProject, PortfolioReport } from '../check/portfolio/check-portfolio.js';
import type { CheckReport } from '../check/report-schema.js';
import { SEVERITIES, type Severity } from '../check/types.js';
import {
  filterReport,
  formatPortfolioCsv,
  formatPortfolioHtml,
  formatPortfolioMarkdown,
  formatPortfolioText,
  formatReportMarkdown,
  formatReportText,
  uiText,
} from '../report/index.js';
import {
  portfolioHtmlFrame,
  portfolioHtmlSection,
  portfolioHtmlSectionStart,
} from '../report/portfolio.js';

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

/** Where one project's part of the output lies in a part file. */
export interface PieceAt {
  /** The part file's name in the run's temporary folder. */
  readonly file: string;
  readonly offset: number;
  readonly bytes: number;
  /** Its length without its trailing blank lines and spaces (Markdown drops them after the last part). */
  readonly trimmed: number;
  /** HTML: the locale the section was written in, which must be the page's. */
  readonly locale?: string | undefined;
}

/** What the output needs of one project, made while its report is whole. */
export interface RenderedProject {
  /** Where its part of the output was written (undefined: the format prints nothing of its own for it). */
  readonly piece: PieceAt | undefined;
  /** Its issues at `--fail-on` or worse, whatever their outcome, for the exit code. */
  readonly failing: number;
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
 * One project's part of the output, from its entry (as the collector
 * makes it), as the whole-report formatter would write it: the text
 * formatter puts a rule before each project; Markdown's parts are joined
 * with a line break when copied; an HTML section's opening, which numbers
 * it, is written when copied. Undefined: the format prints nothing of the
 * project's own.
 */
function pieceOf(entry: PortfolioProject, plan: OutputPlan): string | undefined {
  const minSeverity = plan.minSeverity;
  if (plan.format === 'json') return projectJson(entry, minSeverity);
  if (!plan.details) return undefined;
  switch (plan.format) {
    case 'text': {
      const text = formatReportText(entry.report, {
        width: plan.width,
        ...(minSeverity ? { minSeverity } : {}),
      }).trimEnd();
      const rule = '='.repeat(Math.min(plan.width, 80));
      return `\n${rule}\n\n${text}\n`;
    }
    case 'markdown':
      return formatReportMarkdown(entry.report, { headingLevel: 3, minSeverity });
    case 'html':
      return `${portfolioHtmlSection(entry, { minSeverity }, entry.report.locale)}\n`;
    default:
      return undefined;
  }
}

/**
 * Renders one project's part of the output and writes it to `part`, the
 * part file of the thread that checked it.
 */
export function renderProject(
  entry: PortfolioProject,
  plan: OutputPlan,
  part: PartFile | undefined,
): RenderedProject {
  const failing = failingIssues(entry.report, plan.failOn);
  const text = pieceOf(entry, plan);
  if (text === undefined) return { piece: undefined, failing };
  if (part === undefined) throw new Error('A portfolio project has output but nowhere to write it');
  const at = part.add(text);
  return { piece: plan.format === 'html' ? { ...at, locale: entry.report.locale } : at, failing };
}

/** Whether a plan's format writes anything of each project's own. */
export function hasPieces(plan: OutputPlan): boolean {
  return plan.format === 'json' || (plan.details && plan.format !== 'csv');
}

/**
 * A thread's own part file: the projects it checked, their parts one after
 * another. Each is appended with the file opened and closed again, so a
 * worker thread stopped at any moment leaves no file open behind it.
 */
export class PartFile {
  #size = 0;

  /** `folder`: the run's temporary folder; `name`: this thread's file in it. */
  constructor(
    private readonly folder: string,
    private readonly name: string,
  ) {}

  add(text: string): PieceAt {
    const data = Buffer.from(text, 'utf8');
    appendFileSync(join(this.folder, this.name), data);
    const offset = this.#size;
    this.#size += data.length;
    const trimmed = Buffer.byteLength(text.trimEnd(), 'utf8');
    return { file: this.name, offset, bytes: data.length, trimmed };
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

/** Output is passed on in pieces of this many bytes. */
const CHUNK = 1024 * 1024;

/**
 * Gathers the output into one buffer of {@link CHUNK} bytes, reused: text
 * is encoded straight into it and the part files are read straight into
 * it, so copying hundreds of megabytes makes no strings to collect.
 */
class Batch {
  readonly #buffer = Buffer.allocUnsafe(CHUNK);
  #used = 0;

  /** `write` is done with the bytes when it resolves: the buffer is then filled again. */
  constructor(private readonly write: (bytes: Uint8Array) => Promise<void>) {}

  async add(text: string): Promise<void> {
    if (text.length === 0) return;
    // A UTF-16 unit is at most three bytes of UTF-8.
    if (text.length * 3 > CHUNK - this.#used) {
      await this.flush();
      if (text.length * 3 > CHUNK) {
        await this.write(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.#used += this.#buffer.write(text, this.#used, 'utf8');
  }

  /** Copies `length` bytes of a file from `position`. */
  async copy(handle: FileHandle, position: number, length: number): Promise<void> {
    let at = position;
    let left = length;
    while (left > 0) {
      if (this.#used === CHUNK) await this.flush();
      const want = Math.min(CHUNK - this.#used, left);
      const { bytesRead } = await handle.read(this.#buffer, this.#used, want, at);
      if (bytesRead === 0) throw new Error('A portfolio part file ended early');
      this.#used += bytesRead;
      at += bytesRead;
      left -= bytesRead;
    }
  }

  async flush(): Promise<void> {
    if (this.#used === 0) return;
    const used = this.#used;
    this.#used = 0;
    await this.write(this.#buffer.subarray(0, used));
  }
}

/**
 * The run's temporary folder of part files, and where each project's part
 * lies in them, in the projects' order, until the overview can be written.
 */
export class PortfolioPieces {
  #folder: string | undefined;
  #pieces: PieceAt[] = [];
  #part: PartFile | undefined;
  #forget: (() => void) | undefined;

  /** `temporary`: the folder to make the run's own temporary folder in. */
  constructor(
    private readonly format: PortfolioFormat,
    private readonly temporary: string,
  ) {}

  /** Makes the temporary folder (once), where each thread writes its part file. */
  async folder(): Promise<string> {
    if (this.#folder === undefined) {
      this.#folder = await mkdtemp(join(this.temporary, 'coproduce-portfolio-'));
      this.#forget = removedIfStopped(this.#folder);
    }
    return this.#folder;
  }

  /** This thread's own part file, for the projects checked here. */
  async here(): Promise<PartFile> {
    this.#part ??= new PartFile(await this.folder(), 'part-main');
    return this.#part;
  }

  /** Where the next project's part lies. */
  add(piece: PieceAt): void {
    this.#pieces.push(piece);
  }

  /** The locales the HTML sections were written in. */
  locales(): Set<string | undefined> {
    return new Set(this.#pieces.map((piece) => piece.locale));
  }

  /**
   * Passes every part, in the projects' order, to `batch`, with what the
   * whole-report formatter puts between them: commas between JSON's list
   * items, line breaks between Markdown's parts (and no trailing blank
   * lines after the last), each HTML section's numbered opening.
   */
  async copyTo(batch: Batch): Promise<void> {
    const folder = this.#folder;
    if (folder === undefined || this.#pieces.length === 0) return;
    const handles = new Map<string, FileHandle>();
    try {
      const last = this.#pieces.length - 1;
      for (const [index, piece] of this.#pieces.entries()) {
        if (this.format === 'json' && index > 0) await batch.add(',\n');
        if (this.format === 'html') await batch.add(portfolioHtmlSectionStart(index));
        let handle = handles.get(piece.file);
        if (handle === undefined) {
          handle = await open(join(folder, piece.file), 'r');
          handles.set(piece.file, handle);
        }
        const markdown = this.format === 'markdown';
        await batch.copy(
          handle,
          piece.offset,
          markdown && index === last ? piece.trimmed : piece.bytes,
        );
        if (markdown) await batch.add('\n');
      }
    } finally {
      for (const handle of handles.values()) await handle.close();
    }
  }

  /** Removes the temporary folder and the part files in it. */
  async dispose(): Promise<void> {
    this.#forget?.();
    this.#forget = undefined;
    if (this.#folder !== undefined) await rm(this.#folder, { recursive: true, force: true });
    this.#folder = undefined;
    this.#part = undefined;
  }
}

/**
 * The signals that stop a run from outside: Ctrl-C, a closed terminal, `kill`.
 * Listening for them changes only what happens first, not whether the run
 * stops: Node resets signals a parent ignored (under `nohup`, say) to their
 * default action when it starts, so each of these stopped a run already.
 */
const STOPPING_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Removes `folder` if the process stops before the run disposes of it: on
 * Ctrl-C, a closed terminal or `kill` (then stops as the signal would have,
 * so the shell sees the same status) and on `process.exit`. A portfolio's
 * part files can run to hundreds of megabytes, and a stopped run must not
 * leave them behind. Returns what undoes this once the run has cleaned up.
 */
function removedIfStopped(folder: string): () => void {
  const remove = () => rmSync(folder, { recursive: true, force: true });
  const stop = (signal: NodeJS.Signals) => {
    forget();
    remove();
    // With no listener left, the signal's own action stops the process.
    process.kill(process.pid, signal);
  };
  const forget = () => {
    for (const signal of STOPPING_SIGNALS) process.off(signal, stop);
    process.off('exit', remove);
  };
  for (const signal of STOPPING_SIGNALS) process.once(signal, stop);
  process.once('exit', remove);
  return forget;
}

/** The indentation of JSON nested `level` deep, as `JSON.stringify(…, null, 2)` indents it. */
function pad(level: number): string {
  return '  '.repeat(level);
}

/** Whether JSON.stringify writes nothing for a value (an object's key is then left out). */
function unwritten(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A list or plain object JSON.stringify would write member by member, with no toJSON of its own. */
function opens(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` writes it nested
 * `level` deep, a member at a time for `depth` levels down (a long list
 * of issues is never one string), each deeper value at once.
 */
async function writeJson(
  value: unknown,
  level: number,
  depth: number,
  batch: Batch,
): Promise<void> {
  if (depth === 0 || !opens(value)) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    await batch.add(level === 0 ? text : text.replace(/\n/g, `\n${pad(level)}`));
    return;
  }
  const inner = `\n${pad(level + 1)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return batch.add('[]');
    for (const [i, item] of value.entries()) {
      await batch.add(i === 0 ? `[${inner}` : `,${inner}`);
      await writeJson(unwritten(item) ? null : item, level + 1, depth - 1, batch);
    }
    return batch.add(`\n${pad(level)}]`);
  }
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (unwritten(member)) continue;
    await batch.add(`${first ? '{' : ','}${inner}${JSON.stringify(key)}: `);
    first = false;
    await writeJson(member, level + 1, depth - 1, batch);
  }
  await batch.add(first ? '{}' : `\n${pad(level)}}`);
}

/** How far down the JSON report is written a member at a time: to each of the findings' issues. */
const JSON_DEPTH = 3;

/**
 * Writes the whole output: the part before the projects' parts, the
 * parts, and the part after, each made by the library's own formatter
 * from the light report (whose entries hold only counts and summaries).
 */
export async function writePortfolioOutput(
  report: PortfolioReport,
  plan: OutputPlan,
  pieces: PortfolioPieces,
  write: (bytes: Uint8Array) => Promise<void>,
): Promise<void> {
  const formatOptions = { width: plan.width, minSeverity: plan.minSeverity, details: plan.details };
  const batch = new Batch(write);
  switch (plan.format) {
    case 'json': {
      const findings =
        plan.minSeverity === undefined
          ? report.findings
          : filterReport(report.findings, { minSeverity: plan.minSeverity });
      const whole: Record<string, unknown> = { ...report, findings };
      let first = true;
      for (const [key, value] of Object.entries(whole)) {
        if (unwritten(value)) continue;
        await batch.add(`${first ? '{' : ','}\n  ${JSON.stringify(key)}: `);
        first = false;
        if (key === 'projects') {
          // Each project's JSON was set aside already, indented as it stands here.
          await batch.add('[\n');
          await pieces.copyTo(batch);
          await batch.add('\n  ]');
        } else {
          await writeJson(value, 1, JSON_DEPTH, batch);
        }
      }
      await batch.add('\n}\n');
      break;
    }
    case 'text':
      await batch.add(formatPortfolioText(report, { ...formatOptions, details: false }));
      await pieces.copyTo(batch);
      break;
    case 'markdown': {
      const head = formatPortfolioMarkdown(report, { ...formatOptions, details: false });
      if (!plan.details) {
        await batch.add(head);
        break;
      }
      // The heading ends with a blank line; the formatter's list of parts goes on after it.
      const heading = uiText(report.findings.locale, 'portfolio.eachProject');
      await batch.add(`${head}\n## ${heading}\n\n`);
      await pieces.copyTo(batch);
      break;
    }
    case 'html': {
      if (!plan.details) {
        await batch.add(formatPortfolioHtml(report, formatOptions));
        break;
      }
      const locales = pieces.locales();
      if (locales.size > 1 || !locales.has(report.findings.locale)) {
        throw new Error("A project section was written in a language other than the page's");
      }
      const { before, after } = portfolioHtmlFrame(report, formatOptions);
      await batch.add(before);
      await pieces.copyTo(batch);
      await batch.add(after);
      break;
    }
    default:
      await batch.add(formatPortfolioCsv(report));
  }
  await batch.flush();
}
