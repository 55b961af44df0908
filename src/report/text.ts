/**
 * A check report as plain text for a terminal: the summary, the few
 * actions that matter most, then one card per rule by framework section,
 * wrapped to a width. Every word around the rules' messages comes from the
 * report locale's catalogue. Pure: whether to use colour is the
 * caller's decision (a terminal, `NO_COLOR`), never this module's.
 *
 * @module
 */
import type { CheckReport } from '../check/report-schema.js';
import type { Severity } from '../check/types.js';
import { acknowledgedText } from './acknowledged.js';
import { describeConfiguration, describeNotices } from './context.js';
import { filterReport } from './filter.js';
import { neutraliseReport } from './neutralise.js';
import { progressText } from './progress.js';
import {
  affectsText,
  atAGlance,
  checkedOnText,
  groupByRule,
  groupsBySection,
  heldUpText,
  ISSUE_KINDS,
  type IssueKind,
  isAnonymised,
  type RuleGroup,
  rulesBelow,
  showingText,
  splitText,
  summarySentences,
  type Words,
  wordsFor,
} from './shared.js';
import { wrapWords } from './wrap.js';

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

const COLOURS: Record<IssueKind, string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  review: '\u001b[35m',
};
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** Wraps text to `width` columns, each line after the first indented by `indent` spaces. */
function wrap(text: string, width: number, indent: number): string[] {
  // The first line leaves room for the label the caller puts before it.
  return wrapWords(text, width, indent).map((l, i) => (i === 0 ? l.slice(indent) : l));
}

/**
 * The report summed up from its `counts` (the one counting model, see
 * `countReport`), in the report's locale: issues and the rules that raised
 * them, issues by severity, how many need review, and how many rules
 * passed or do not apply.
 *
 * @category Report
 * @example
 * ```ts
 * console.log(summariseReport(report));
 * // '55 issues from 38 rules: 10 errors, 40 warnings and 5 for information. 10 issues need review, …'
 * ```
 */
export function summariseReport(report: CheckReport): string {
  return summarySentences(report, wordsFor(report)).join(' ');
}

/** Lines of a labelled paragraph: the first line after `first`, the rest indented. */
function para(text: string, width: number, indent: number, first = ' '.repeat(indent)): string[] {
  return wrap(text, width, indent).map((line, i) => (i === 0 ? `${first}${line}` : line));
}

function card(
  group: RuleGroup,
  words: Words,
  width: number,
  indent: number,
  lead: string,
): string[] {
  const out: string[] = [];
  out.push(...para(group.title, width, indent, lead));
  const pad = ' '.repeat(indent);
  out.push(
    ...para(`${words.text('card.affects')}: ${affectsText(group, words)}`, width, indent, pad),
  );
  const split = splitText(group, words);
  if (split) out.push(...para(split, width, indent, pad));
  const single = group.issues.length === 1;
  for (const issue of group.issues) {
    const review =
      group.flagged > 0 && issue.outcome === 'needs-review' ? `${words.kind('review')}: ` : '';
    if (single) out.push(...para(`${review}${issue.message}`, width, indent, pad));
    else out.push(...para(`- ${review}${issue.message}`, width, indent + 2, pad));
  }
  for (const action of group.actions) {
    out.push(...para(`${words.text('card.action')}: ${action}`, width, indent, pad));
  }
  const heldUp = heldUpText(group, words);
  if (heldUp) out.push(...para(heldUp, width, indent, pad));
  out.push(...para(`${words.text('card.rule')}: ${group.ruleId}`, width, indent, pad));
  return out;
}

/**
 * Renders a check report as plain text: a heading and the summary (from
 * the report's `counts`), "at a glance" with the three to five actions that
 * matter most (the most serious first, then those affecting the most
 * people or records), then each framework section with one card per rule:
 * its title, who or what it affects, what was found for each, what to do
 * and the rule's id (for `coproduce explain`). In the report's locale.
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
  const report = neutraliseReport(filterReport(unsafe, { minSeverity: options.minSeverity }));
  const words = wordsFor(report);
  const width = options.width ?? 80;
  const color = options.color ?? false;
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);

  const out: string[] = [];
  out.push(...wrap(paint(BOLD, report.project.title), width, 0));
  out.push(
    ...wrap(
      `${words.text('report.stage', { stage: words.stage(report.project.stage) })} · ${words.text(
        'report.checkedOn',
        { date: checkedOnText(report, false, words), timeZone: report.project.timeZone },
      )}`,
      width,
      0,
    ),
  );
  out.push(...wrap(summarySentences(report, words).join(' '), width, 0));
  const configuration = describeConfiguration(report);
  if (configuration) out.push(...wrap(configuration, width, 0));
  if (isAnonymised(report)) out.push(...wrap(words.text('anon.keeps'), width, 0));
  if (report.history?.verified === false) {
    out.push(...wrap(paint(BOLD, words.text('report.unverified')), width, 0));
  }
  if (options.minSeverity) out.push(...wrap(showingText(options.minSeverity, words), width, 0));

  const labelWidth = Math.max(...ISSUE_KINDS.map((kind) => words.label(kind).length));
  const label = (kind: IssueKind) => paint(COLOURS[kind], words.label(kind).padEnd(labelWidth));

  // Warnings about the data itself, such as a time with the wrong UTC offset: not issues.
  const notices = describeNotices(report);
  if (notices.length > 0) {
    out.push('', paint(BOLD, words.text('heading.notices')));
    for (const notice of notices) {
      const [first = '', ...rest] = wrap(notice, width, labelWidth + 3);
      out.push(`  ${label('warning')} ${first.trimStart()}`, ...rest);
    }
  }

  const groups = groupByRule(report);
  if (groups.length === 0) {
    out.push('', words.text('report.noIssues'));
    out.push(...acknowledgedText(report, width, words), ...progressText(report, width, words));
    return `${out.join('\n')}\n`;
  }

  out.push('', paint(BOLD, words.text('heading.atAGlance')));
  const top = atAGlance(groups);
  const glanceIndent = 2 + 3 + labelWidth + 1;
  top.forEach((group, i) => {
    const lead = `  ${`${i + 1}.`.padEnd(3)}${label(group.kind)} `;
    out.push(...para(group.title, width, glanceIndent, lead));
    const pad = ' '.repeat(glanceIndent);
    out.push(
      ...para(
        `${words.text('card.affects')}: ${affectsText(group, words)}`,
        width,
        glanceIndent,
        pad,
      ),
    );
    const [action] = group.actions;
    if (action)
      out.push(...para(`${words.text('card.action')}: ${action}`, width, glanceIndent, pad));
  });
  if (groups.length > top.length) {
    out.push(...para(words.text('atAGlance.more', { n: rulesBelow(groups, top) }), width, 2));
  }

  const indent = 2 + labelWidth + 1;
  for (const { section, groups: cards } of groupsBySection(report)) {
    out.push('', paint(BOLD, words.section(section)));
    for (const group of cards) {
      out.push(...card(group, words, width, indent, `  ${label(group.kind)} `));
    }
  }
  out.push(...acknowledgedText(report, width, words), ...progressText(report, width, words));
  return `${out.join('\n')}\n`;
}
