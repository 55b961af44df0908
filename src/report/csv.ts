/**
 * The report as CSV, for a spreadsheet or Power BI: one row per issue,
 * RFC 4180 (a header row, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break), and every cell that a spreadsheet would
 * take for a formula written so it stays text.
 *
 * @module
 */
import type { CheckReport, FlaggedIssue } from '../check/report-schema.js';
import type { Severity } from '../check/types.js';
import { filterReport } from './filter.js';
import { neutralise } from './neutralise.js';

/**
 * The columns of {@link formatReportCsv}, in order: names a spreadsheet or
 * Power BI can use as they are (lower case, no spaces).
 *
 * @category Report
 * @example `REPORT_CSV_COLUMNS.indexOf('severity') // 4`
 */
export const REPORT_CSV_COLUMNS = [
  'project_id',
  'project',
  'checked_at',
  'issue_id',
  'severity',
  'outcome',
  'section',
  'rule',
  'rule_set',
  'questions',
  'title',
  'about',
  'subject_id',
  'subject',
  'message',
  'action',
  'docs',
] as const;

/**
 * One CSV field: the value on one line (control characters and line breaks
 * made visible, as every format does), with a leading `'` when it starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return (so Excel, LibreOffice
 * and Google Sheets show it as text rather than run it as a formula), and
 * quoted as RFC 4180 says when it holds a comma or a quote.
 *
 * @category Report
 * @example
 * ```ts
 * csvField('=HYPERLINK("http://evil.example")'); // `"'=HYPERLINK(""http://evil.example"")"`
 * csvField('Dev, Sean and Priya'); // '"Dev, Sean and Priya"'
 * ```
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  let text = neutralise(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Options of {@link formatReportCsv}.
 *
 * @category Report
 * @example `const options: CsvReportOptions = { minSeverity: 'warning', byteOrderMark: true };`
 */
export interface CsvReportOptions {
  /** Keep only issues at least this serious. Default: every issue. */
  readonly minSeverity?: Severity | undefined;
  /**
   * Start with a UTF-8 byte-order mark, so Excel opens the file as UTF-8
   * (without one it misreads curly quotes and accented letters). Default false.
   */
  readonly byteOrderMark?: boolean | undefined;
}

function row(report: CheckReport, issue: FlaggedIssue): string {
  const cells: Record<(typeof REPORT_CSV_COLUMNS)[number], string | undefined> = {
    project_id: report.project.id,
    project: report.project.title,
    checked_at: report.checkedAt,
    issue_id: issue.id,
    severity: issue.severity,
    outcome: issue.outcome,
    section: issue.section,
    rule: issue.ruleId,
    rule_set: issue.set,
    questions: issue.questionIds.join(' '),
    title: issue.title,
    about: issue.subject.type,
    subject_id: issue.subject.id,
    subject: issue.subject.label,
    message: issue.message,
    action: issue.action,
    docs: issue.docs,
  };
  return REPORT_CSV_COLUMNS.map((column) => csvField(cells[column])).join(',');
}

/**
 * Renders a report as CSV: a header row ({@link REPORT_CSV_COLUMNS}), then
 * one row per issue in the report's order (worst first), each with the
 * project, the rule, the subject, the message and the action. Notices about
 * the data are not issues and are left out. For a report to share, pass it
 * through `anonymiseReport` first.
 *
 * @category Report
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
 * await writeFile('issues.csv', formatReportCsv(report, { byteOrderMark: true }));
 * ```
 */
export function formatReportCsv(report: CheckReport, options: CsvReportOptions = {}): string {
  const shown = filterReport(report, { minSeverity: options.minSeverity });
  const lines = [REPORT_CSV_COLUMNS.join(',')];
  for (const issue of shown.issues) lines.push(row(shown, issue));
  return `${options.byteOrderMark ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
