/**
 * A check report as Markdown, for pasting into a council report or a
 * ticket: a summary table by section, then each issue with its framework
 * question, what was found, the suggested action and what it is about.
 * Pure.
 *
 * @module
 */
import type { CheckReport, FlaggedIssue } from '../check/report.js';
import type { Severity } from '../check/types.js';
import { ANONYMISED_KEEPS, ANONYMISED_TITLE } from './anonymise.js';
import { describeConfiguration, describeNotices, NOTICES_HEADING } from './context.js';
import { filterReport } from './filter.js';
import { escapeMarkdown, neutralise, neutraliseReport } from './neutralise.js';
import {
  checkedOnText,
  ISSUE_KINDS,
  issuesBySection,
  KIND_LABELS,
  kindOf,
  questionText,
  summariseSections,
} from './shared.js';
import { summariseReport } from './text.js';

/**
 * Options of {@link formatReportMarkdown}.
 *
 * @category Report
 * @example `const options: MarkdownReportOptions = { minSeverity: 'warning', headingLevel: 2 };`
 */
export interface MarkdownReportOptions {
  /** Leave out issues less serious than this (see `filterReport`). Default: every issue. */
  readonly minSeverity?: Severity | undefined;
  /**
   * The level of the report's own heading, 1 to 4, so the report can sit
   * inside a longer document. Sections and issues go one and two levels
   * deeper. Default 1.
   */
  readonly headingLevel?: number | undefined;
}

/**
 * Text from a project or a rule as Markdown that shows it as written: one
 * line, no controls, no emphasis, links, HTML, headings or table breaks
 * (see `escapeMarkdown` in neutralise.ts, the one step for every format).
 */
const md = escapeMarkdown;

function inlineCode(text: string): string {
  const clean = neutralise(text);
  const fence = clean.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${clean}${fence.length > 1 ? ' ' : ''}${fence}`;
}

function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, level))} ${text}`;
}

function issueBlock(issue: FlaggedIssue, level: number): string[] {
  const kind = kindOf(issue);
  const label = kind === 'review' ? `${KIND_LABELS.review} (${issue.severity})` : KIND_LABELS[kind];
  const lines = [heading(level, `${label}: ${md(issue.title)}`), ''];
  const questions = issue.questionIds.map((id) => {
    const words = questionText(id);
    return words ? `${md(words)} (${inlineCode(id)})` : inlineCode(id);
  });
  if (questions.length > 0) {
    lines.push(
      `- **Framework question${questions.length > 1 ? 's' : ''}:** ${questions.join('; ')}`,
    );
  }
  lines.push(`- **What we found:** ${md(issue.message)}`);
  if (issue.action) lines.push(`- **Suggested action:** ${md(issue.action)}`);
  const about =
    issue.subject.type === 'project'
      ? 'the project'
      : `${issue.subject.type} “${md(issue.subject.label)}”`;
  lines.push(`- **About:** ${about}`);
  lines.push(`- **Rule:** ${inlineCode(issue.ruleId)} · issue ${inlineCode(issue.id)}`);
  lines.push('');
  return lines;
}

/**
 * Renders a check report as Markdown (CommonMark with a GitHub-style
 * table): a heading with the project, stage and date; a summary table of
 * issues by section and severity with the rules passed; then each section's
 * issues, worst first, each with its framework question, what was found,
 * the suggested action and what it is about. Text from the project is
 * escaped, so a name or note can never become a link or HTML.
 *
 * @category Report
 * @example
 * ```ts
 * const report = await check(project, { now: '2026-11-20T12:00:00Z' });
 * await writeFile('report.md', formatReportMarkdown(anonymiseReport(report, project)));
 * ```
 */
export function formatReportMarkdown(
  report: CheckReport,
  options: MarkdownReportOptions = {},
): string {
  const top = Math.max(1, Math.min(4, Math.trunc(options.headingLevel ?? 1)));
  const shown = neutraliseReport(filterReport(report, { minSeverity: options.minSeverity }));
  const out: string[] = [];
  out.push(heading(top, `Co-production check: ${md(shown.project.title)}`), '');
  out.push(
    `Stage: **${md(shown.project.stage)}** · checked on ${md(checkedOnText(shown))} (${md(shown.project.timeZone)}) · ${shown.outcomes.length} rules`,
    '',
  );
  out.push(`${md(summariseReport(shown))}.`, '');
  const configuration = describeConfiguration(shown);
  if (configuration) out.push(`${md(configuration)}.`, '');
  const notices = describeNotices(shown);
  if (notices.length > 0) {
    out.push(heading(top + 1, NOTICES_HEADING), '');
    for (const notice of notices) out.push(`- **Warning:** ${md(notice)}`);
    out.push('');
  }
  if (shown.project.title === ANONYMISED_TITLE) out.push(md(ANONYMISED_KEEPS), '');
  if (options.minSeverity) {
    out.push(`Showing issues of severity ${options.minSeverity} or above.`, '');
  }

  out.push(heading(top + 1, 'Summary'), '');
  out.push(
    '| Section | Errors | Warnings | For information | Needs review | Rules passed | Not applicable |',
  );
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const { rows, total } = summariseSections(shown);
  for (const row of [...rows, total]) {
    const name = row === total ? '**Total**' : md(row.section);
    const cells = ISSUE_KINDS.map((kind) => String(row.counts[kind]));
    out.push(`| ${name} | ${cells.join(' | ')} | ${row.passed} | ${row.notApplicable} |`);
  }
  out.push('');
  out.push(
    'Errors, warnings and information count issues the rules flagged; needs review counts issues where the data to decide has not been recorded; the last two columns count rules.',
    '',
  );

  out.push(heading(top + 1, 'Issues'), '');
  const groups = issuesBySection(shown);
  if (groups.length === 0) out.push('No issues to show.', '');
  for (const { section, issues } of groups) {
    out.push(heading(top + 2, md(section)), '');
    for (const issue of issues) out.push(...issueBlock(issue, top + 3));
  }
  return `${out.join('\n').trimEnd()}\n`;
}
