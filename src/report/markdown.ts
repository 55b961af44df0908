/**
 * A check report as Markdown, for pasting into a council report or a
 * ticket: a summary table by section, then each issue with its framework
 * question, what was found, the suggested action and what it is about.
 * Pure.
 *
 * @module
 */
import type { CheckReport } from '../check/report-schema.js';
import type { Severity } from '../check/types.js';
import { acknowledgedMarkdown } from './acknowledged.js';
import type { UiMessageId } from './catalogue.js';
import { describeConfiguration, describeNotices } from './context.js';
import { filterReport } from './filter.js';
import { escapeMarkdown, neutralise, neutraliseReport } from './neutralise.js';
import { progressMarkdown } from './progress.js';
import {
  affectsText,
  atAGlance,
  checkedOnText,
  groupByRule,
  groupsBySection,
  isAnonymised,
  isTranslated,
  type RuleGroup,
  rulesBelow,
  SUMMARY_COLUMNS,
  sectionRows,
  showingText,
  splitText,
  summaryCells,
  summarySentences,
  type Words,
  wordsFor,
} from './shared.js';

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

function cardBlock(group: RuleGroup, words: Words, level: number): string[] {
  const lines = [heading(level, `${words.kind(group.kind)}: ${md(group.title)}`), ''];
  const questions = group.questionIds.map((id) => md(words.question(id) ?? id));
  if (questions.length > 0) {
    const label = words.text(questions.length > 1 ? 'card.questions' : 'card.question');
    lines.push(`- **${label}:** ${questions.join('; ')}`);
  }
  lines.push(`- **${words.text('card.affects')}:** ${md(affectsText(group, words))}`);
  const split = splitText(group, words);
  if (split) lines.push(`- **${words.kind(group.kind)}:** ${md(split)}`);
  const found = words.text('card.found');
  const review = (outcome: string) =>
    group.flagged > 0 && outcome === 'needs-review' ? `${words.kind('review')}: ` : '';
  if (group.issues.length === 1) {
    const [issue] = group.issues;
    if (issue) lines.push(`- **${found}:** ${md(review(issue.outcome) + issue.message)}`);
  } else {
    lines.push(`- **${found}:**`);
    for (const issue of group.issues)
      lines.push(`  - ${md(review(issue.outcome) + issue.message)}`);
  }
  for (const action of group.actions)
    lines.push(`- **${words.text('card.action')}:** ${md(action)}`);
  if (group.heldUp.length > 0) {
    const titles = group.heldUp.map((i) => `${md(i.title)} (${inlineCode(i.ruleId)})`);
    lines.push(`- **${words.text('card.heldUp')}:** ${titles.join('; ')}`);
  }
  lines.push(`- **${words.text('card.rule')}:** ${inlineCode(group.ruleId)}`);
  lines.push('');
  return lines;
}

/**
 * Renders a check report as Markdown (CommonMark with a GitHub-style
 * table), for a council report or a ticket: a heading with the project,
 * stage and date and the summary from the report's `counts`; "at a glance",
 * the three to five actions that matter most (the most serious first, then
 * those affecting the most people or records); a table of issues and rules
 * by section; then each section's issues, one card per rule with its
 * framework question, who or what it affects, what was found, what to do
 * and the rule's id. No other internal ids. In the report's locale; text
 * from the project is escaped, so a name or note can never become a link
 * or HTML.
 *
 * @category Report
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
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
  const words = wordsFor(shown);
  const out: string[] = [];
  out.push(heading(top, md(words.text('report.title', { title: shown.project.title }))), '');
  const meta = [
    words.text('report.stage', { stage: `**${md(words.stage(shown.project.stage))}**` }),
    md(
      words.text('report.checkedOn', {
        date: checkedOnText(shown, false, words),
        timeZone: shown.project.timeZone,
      }),
    ),
    md(words.text('report.rulesChecked', { rules: shown.outcomes.length })),
  ];
  out.push(meta.join(' · '), '');
  out.push(md(summarySentences(shown, words).join(' ')), '');
  const configuration = describeConfiguration(shown);
  if (configuration) out.push(`${md(configuration)}.`, '');
  if (isAnonymised(shown)) out.push(md(words.text('anon.keeps')), '');
  if (shown.history?.verified === false) out.push(`**${md(words.text('report.unverified'))}**`, '');
  if (options.minSeverity) out.push(md(showingText(options.minSeverity, words)), '');
  if (shown.issues.some((issue) => !isTranslated(shown, issue.messageId))) {
    out.push(md(words.text('report.fallback')), '');
  }

  // Warnings about the data itself, such as a time with the wrong UTC offset: not issues.
  const notices = describeNotices(shown);
  if (notices.length > 0) {
    out.push(heading(top + 1, md(words.text('heading.notices'))), '');
    for (const notice of notices) out.push(`- **${md(words.kind('warning'))}:** ${md(notice)}`);
    out.push('');
  }

  const groups = groupByRule(shown);
  if (groups.length > 0) {
    out.push(heading(top + 1, md(words.text('heading.atAGlance'))), '');
    out.push(md(words.text('atAGlance.intro')), '');
    const glance = atAGlance(groups);
    glance.forEach((group, i) => {
      const [action] = group.actions;
      // One list item, its lines joined by CommonMark hard line breaks.
      const parts = [
        `${i + 1}. **${md(words.kind(group.kind))}: ${md(group.title)}**`,
        `   ${md(words.text('card.affects'))}: ${md(affectsText(group, words))}`,
        ...(action ? [`   **${md(words.text('card.action'))}:** ${md(action)}`] : []),
      ];
      out.push(parts.join('\\\n'));
    });
    out.push('');
    if (groups.length > glance.length) {
      out.push(md(words.text('atAGlance.more', { n: rulesBelow(groups, glance) })), '');
    }
  }

  out.push(heading(top + 1, md(words.text('heading.summary'))), '');
  const headings: UiMessageId[] = ['table.section', ...SUMMARY_COLUMNS.map((c) => c.heading)];
  out.push(`| ${headings.map((h) => md(words.text(h))).join(' | ')} |`);
  out.push(`| --- |${' ---: |'.repeat(SUMMARY_COLUMNS.length)}`);
  const { rows, total } = sectionRows(shown);
  for (const row of rows) {
    out.push(`| ${md(words.section(row.section))} | ${summaryCells(row.counts).join(' | ')} |`);
  }
  out.push(
    `| **${md(words.text('table.total'))}** | ${summaryCells(total)
      .map((n) => `**${n}**`)
      .join(' | ')} |`,
  );
  out.push('', md(words.text('table.note')), '');

  out.push(heading(top + 1, md(words.text('heading.issues'))), '');
  const sections = groupsBySection(shown);
  if (sections.length === 0) out.push(md(words.text('report.noIssues')), '');
  for (const { section, groups: cards } of sections) {
    out.push(heading(top + 2, md(words.section(section))), '');
    for (const group of cards) out.push(...cardBlock(group, words, top + 3));
  }
  out.push(
    ...acknowledgedMarkdown(shown, top + 1, words),
    ...progressMarkdown(shown, top + 1, words),
  );
  return `${out.join('\n').trimEnd()}\n`;
}
