/**
 * A check report as plain text for a terminal: grouped by framework section,
 * worst first, wrapped to a width. Pure: whether to use colour is the
 * caller's decision (a terminal, `NO_COLOR`), never this module's.
 *
 * @module
 */
import type { CheckReport, FlaggedIssue } from '../check/report.js';
import { SEVERITIES, type Severity } from '../check/types.js';
import { ANONYMISED_KEEPS, ANONYMISED_TITLE } from './anonymise.js';
import { describeConfiguration, describeNotices, NOTICES_HEADING } from './context.js';
import { neutraliseReport } from './neutralise.js';
import { checkedOnText } from './shared.js';

/**
 * Options of {@link formatReportText}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: TextReportOptions = { width: 80, color: false, minSeverity: 'warning' };
 * ```
 */
export interface TextReportOptions {
  /** Line width to wrap to. Default 80. */
  readonly width?: number;
  /** Whether to colour severities with ANSI escapes. Default false. */
  readonly color?: boolean;
  /** Leave out issues less serious than this. Default: show every issue. */
  readonly minSeverity?: Severity;
}

const LABELS: Record<Severity | 'review', string> = {
  error: 'ERROR',
  warning: 'WARNING',
  info: 'INFO',
  review: 'REVIEW',
};

const COLOURS: Record<Severity | 'review', string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  review: '\u001b[35m',
};
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** Wraps text to `width` columns, each line after the first indented by `indent` spaces. */
function wrap(text: string, width: number, indent: number): string[] {
  const room = Math.max(20, width - indent);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : `${' '.repeat(indent)}${l}`));
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function kindOf(issue: FlaggedIssue): Severity | 'review' {
  return issue.outcome === 'needs-review' ? 'review' : issue.severity;
}

/**
 * One line that sums a report up: issues by severity, how many need review,
 * how many rules passed.
 *
 * @category Report
 * @example
 * ```ts
 * console.log(summariseReport(report)); // '2 errors, 5 warnings, 1 for information; 3 need review; 40 rules passed'
 * ```
 */
export function summariseReport(report: CheckReport): string {
  const flagged = (severity: Severity) =>
    report.issues.filter((i) => i.outcome === 'flagged' && i.severity === severity).length;
  const review = report.issues.filter((i) => i.outcome === 'needs-review').length;
  const parts = [
    plural(flagged('error'), 'error'),
    plural(flagged('warning'), 'warning'),
    `${flagged('info')} for information`,
  ].join(', ');
  const passed = report.counts.byOutcome.passed;
  const notApplicable = report.counts.byOutcome['not-applicable'];
  return `${parts}; ${review} need${review === 1 ? 's' : ''} review; ${plural(passed, 'rule')} passed${
    notApplicable > 0 ? `, ${notApplicable} not applicable at this stage` : ''
  }`;
}

/**
 * Renders a check report as plain text: a heading and summary, then each
 * framework section with its issues, worst first, each with what was found,
 * what to do and what it is about.
 *
 * @category Report
 * @example
 * ```ts
 * const report = await check(project, { now: '2026-11-20T12:00:00Z' });
 * process.stdout.write(formatReportText(report, { width: process.stdout.columns ?? 80 }));
 * ```
 */
export function formatReportText(unsafe: CheckReport, options: TextReportOptions = {}): string {
  // Every string from the data is one line of visible text from here on: no
  // ESC, no C1 control, no line break, so only the colour codes below reach a terminal.
  const report = neutraliseReport(unsafe);
  const width = options.width ?? 80;
  const color = options.color ?? false;
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const minRank = options.minSeverity ? SEVERITIES.indexOf(options.minSeverity) : SEVERITIES.length;
  const shown = report.issues.filter((issue) => SEVERITIES.indexOf(issue.severity) <= minRank);

  const out: string[] = [];
  out.push(...wrap(paint(BOLD, report.project.title), width, 0));
  out.push(
    `Stage: ${report.project.stage} · checked on ${checkedOnText(report)} (${report.project.timeZone})`,
  );
  out.push(...wrap(summariseReport(report), width, 0));
  const configuration = describeConfiguration(report);
  if (configuration) out.push(...wrap(configuration, width, 0));
  const notices = describeNotices(report);
  if (notices.length > 0) {
    out.push('', paint(BOLD, NOTICES_HEADING));
    for (const notice of notices) {
      const [first = '', ...rest] = wrap(notice, width, 11);
      out.push(`  ${paint(COLOURS.warning, 'WARNING'.padEnd(8))} ${first.trimStart()}`, ...rest);
    }
  }
  if (report.project.title === ANONYMISED_TITLE) out.push(...wrap(ANONYMISED_KEEPS, width, 0));

  const sections: string[] = [];
  for (const issue of shown) if (!sections.includes(issue.section)) sections.push(issue.section);
  const order = Object.keys(report.counts.bySection);
  sections.sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
  });

  const labelWidth = 8;
  const indent = 2 + labelWidth + 1;
  for (const section of sections) {
    out.push('');
    out.push(paint(BOLD, section));
    const issues = shown
      .filter((i) => i.section === section)
      .sort((a, b) => {
        const rank = (i: FlaggedIssue) =>
          i.outcome === 'needs-review' ? SEVERITIES.length : SEVERITIES.indexOf(i.severity);
        return rank(a) - rank(b);
      });
    for (const issue of issues) {
      const kind = kindOf(issue);
      const label = LABELS[kind].padEnd(labelWidth);
      const first = wrap(issue.message, width, indent);
      out.push(`  ${paint(COLOURS[kind], label)} ${first[0] ?? ''}`);
      out.push(...first.slice(1));
      if (issue.action) {
        out.push(
          ...wrap(`What to do: ${issue.action}`, width, indent).map((l, i) =>
            i === 0 ? `${' '.repeat(indent)}${l}` : l,
          ),
        );
      }
      const about =
        issue.subject.type === 'project'
          ? `the project · ${issue.ruleId}`
          : `${issue.subject.type} "${issue.subject.label}" · ${issue.ruleId}`;
      out.push(
        ...wrap(`About: ${about}`, width, indent).map((l, i) =>
          i === 0 ? `${' '.repeat(indent)}${l}` : l,
        ),
      );
    }
  }
  if (shown.length === 0) {
    out.push('');
    out.push('No issues to show.');
  }
  return `${out.join('\n')}\n`;
}
