/**
 * A portfolio report (see `checkPortfolio`) for people: as text, Markdown,
 * one accessible HTML page, and CSV. Each starts with a line per project,
 * the ones that need attention first, then the portfolio's own findings
 * (people, topics, projects across the council), then each project's own
 * report. Pure: no Node built-ins.
 *
 * @module
 */
import {
  type PortfolioProject,
  type PortfolioReport,
  projectsByAttention,
} from '../check/portfolio/check-portfolio.js';
import type { CheckReport, FlaggedIssue } from '../check/report-schema.js';
import { type DataValue, SEVERITIES, type Severity } from '../check/types.js';
import { type UiMessageId, uiLocale, uiText } from './catalogue.js';
import { csvField } from './csv.js';
import { formatReportMarkdown } from './markdown.js';
import { escapeHtml, escapeMarkdown, neutralise } from './neutralise.js';
import { checkedOnText } from './shared.js';
import { formatReportText } from './text.js';
import { wrapWords } from './wrap.js';

/**
 * Options of the portfolio formatters.
 *
 * @category Report
 * @example `const options: PortfolioFormatOptions = { details: false, minSeverity: 'warning' };`
 */
export interface PortfolioFormatOptions {
  /** Show each project's own issues after the overview and the portfolio findings. Default true. */
  readonly details?: boolean | undefined;
  /** In the details, leave out issues less serious than this. Default: every issue. */
  readonly minSeverity?: Severity | undefined;
  /** Text only: the width to wrap to. Default 80. */
  readonly width?: number | undefined;
}

/** English counts as they have always been written, without thousands separators. */
function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** When the portfolio was checked, in words, in its time zone. */
function checkedOn(report: PortfolioReport): string {
  return checkedOnText(report.findings);
}

/**
 * One line that sums a portfolio up: how many projects, how many active,
 * and their open issues by severity.
 *
 * @category Report
 * @example `summarisePortfolio(portfolio) // '6 projects (5 active): 12 errors, 30 warnings, 4 for information; 20 need review; 1 acknowledged'`
 */
export function summarisePortfolio(report: PortfolioReport): string {
  const { projects, active, issues } = report.counts;
  return `${plural(projects, 'project')} (${active} active): ${plural(issues.error, 'error')}, ${plural(issues.warning, 'warning')}, ${issues.info} for information; ${issues.needsReview} need${issues.needsReview === 1 ? 's' : ''} review; ${issues.acknowledged} acknowledged`;
}

/**
 * The summary line in the report's locale. English keeps `summarisePortfolio`'s
 * own words and digits exactly (no thousands separators), as it always had.
 */
function summaryLine(report: PortfolioReport, locale: string): string {
  if (uiLocale(locale) === 'en-GB') return summarisePortfolio(report);
  const { projects, active, issues } = report.counts;
  return uiText(locale, 'portfolio.summary', {
    projects,
    active: String(active),
    errors: issues.error,
    warnings: issues.warning,
    info: String(issues.info),
    review: issues.needsReview,
    acknowledged: issues.acknowledged,
  });
}

type Say = (id: UiMessageId, data?: Readonly<Record<string, DataValue | undefined>>) => string;

/** The catalogue words of a portfolio report's locale. */
function sayer(report: PortfolioReport): Say {
  const locale = report.findings.locale;
  return (id, data = {}) => uiText(locale, id, data);
}

/**
 * The portfolio's title as the reader sees it: the default title (which the
 * check gives in English) in the report's words; a title given is kept.
 */
function titleOf(report: PortfolioReport, say: Say): string {
  return report.title === uiText('en-GB', 'portfolio.defaultTitle')
    ? say('portfolio.defaultTitle')
    : report.title;
}

/** A project's stage in the overview: English has always shown the stage's id. */
function stageWords(project: PortfolioProject, say: Say, welsh: boolean): string {
  return welsh ? say(`stage.${project.stage}`) : project.stage;
}

/** How a finding reads: its severity, or "review". */
function kindLabel(issue: FlaggedIssue): string {
  return issue.outcome === 'needs-review' ? 'REVIEW' : issue.severity.toUpperCase();
}

function kindWords(issue: FlaggedIssue, say: Say): string {
  return say(issue.outcome === 'needs-review' ? 'kind.review' : `kind.${issue.severity}`);
}

/** Findings worst first: flagged by severity, then those that need review. */
function findingsInOrder(findings: CheckReport): FlaggedIssue[] {
  const rank = (issue: FlaggedIssue) =>
    issue.outcome === 'needs-review' ? SEVERITIES.length : SEVERITIES.indexOf(issue.severity);
  return findings.issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.i - b.i)
    .map(({ issue }) => issue);
}

/**
 * Renders a portfolio report as plain text: a heading and summary, a
 * table of projects with the ones that need attention first, the
 * portfolio's findings, then (unless `details` is false) each project's own
 * report as `formatReportText` prints it. Every value from the data passes
 * `neutralise`.
 *
 * @category Report
 * @example
 * ```ts
 * process.stdout.write(formatPortfolioText(portfolio, { width: 100, details: false }));
 * ```
 */
export function formatPortfolioText(
  report: PortfolioReport,
  options: PortfolioFormatOptions = {},
): string {
  const width = options.width ?? 80;
  const locale = report.findings.locale;
  const say = sayer(report);
  const welsh = uiLocale(locale) === 'cy';
  const out: string[] = [];
  out.push(...wrapWords(neutralise(titleOf(report, say)), width, 0));
  out.push(
    say('portfolio.checkedOn', { date: checkedOn(report), timeZone: neutralise(report.timeZone) }),
  );
  out.push(...wrapWords(summaryLine(report, locale), width, 0));
  out.push('', say('portfolio.byAttention'));
  out.push(say('portfolio.tableHead'));
  for (const project of projectsByAttention(report)) {
    const c = project.counts;
    const cells = [c.error, c.warning, c.info, c.needsReview, c.acknowledged]
      .map((n, i) => String(n).padStart([6, 8, 5, 6, 5][i] ?? 5))
      .join(' ');
    const stage = stageWords(project, say, welsh);
    const name = say(project.active ? 'portfolio.project' : 'portfolio.projectInactive', {
      title: neutralise(project.title),
      stage,
    });
    out.push(
      ...wrapWords(name, width, 39, 39).map((l, i) =>
        i === 0 ? `  ${cells}  ${l.trimStart()}` : l,
      ),
    );
  }
  out.push('', say('portfolio.across'));
  const findings = findingsInOrder(report.findings);
  if (findings.length === 0) out.push(`  ${say('portfolio.noFindings')}`);
  for (const issue of findings) {
    const lines = wrapWords(neutralise(issue.message), width, 11, 11);
    const label = welsh
      ? say(issue.outcome === 'needs-review' ? 'label.review' : `label.${issue.severity}`)
      : kindLabel(issue);
    out.push(...lines.map((l, i) => (i === 0 ? `  ${label.padEnd(8)} ${l.trimStart()}` : l)));
    if (issue.action) {
      out.push(
        ...wrapWords(say('portfolio.action', { action: neutralise(issue.action) }), width, 11),
      );
    }
  }
  if (options.details !== false) {
    for (const project of report.projects) {
      out.push('', '='.repeat(Math.min(width, 80)), '');
      out.push(
        formatReportText(project.report, {
          width,
          ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}),
        }).trimEnd(),
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Renders a portfolio report as Markdown: a heading and summary, the
 * overview table (projects needing attention first), the portfolio's
 * findings, then each project's report as `formatReportMarkdown` writes
 * it, one heading level down. Text from the data is escaped.
 *
 * @category Report
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
 * await writeFile('portfolio.md', formatPortfolioMarkdown(portfolio));
 * ```
 */
export function formatPortfolioMarkdown(
  report: PortfolioReport,
  options: PortfolioFormatOptions = {},
): string {
  const md = escapeMarkdown;
  const say = sayer(report);
  const welsh = uiLocale(report.findings.locale) === 'cy';
  const out: string[] = [`# ${md(titleOf(report, say))}`, ''];
  out.push(
    `${say('portfolio.checkedOn', { date: md(checkedOn(report)), timeZone: md(report.timeZone) })}.`,
    '',
  );
  out.push(`${md(summaryLine(report, report.findings.locale))}.`, '');
  out.push(`## ${say('portfolio.byAttention')}`, '');
  out.push(
    `| ${columnNames(say).join(' | ')} |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const project of projectsByAttention(report)) {
    const c = project.counts;
    out.push(
      `| ${md(project.title)} | ${md(stageCell(project, say, welsh))} | ${c.error} | ${c.warning} | ${c.info} | ${c.needsReview} | ${c.acknowledged} |`,
    );
  }
  out.push('', `## ${say('portfolio.across')}`, '');
  const findings = findingsInOrder(report.findings);
  if (findings.length === 0) out.push(say('portfolio.noFindings'), '');
  for (const issue of findings) {
    out.push(`### ${kindWords(issue, say)}: ${md(issue.title)}`, '');
    out.push(`- **${say('card.found')}:** ${md(issue.message)}`);
    if (issue.action) out.push(`- **${say('portfolio.suggestedAction')}:** ${md(issue.action)}`);
    out.push(
      `- **${say('card.rule')}:** \`${md(issue.ruleId)}\` · ${say('ack.issue')} \`${md(issue.id)}\``,
      '',
    );
  }
  if (options.details !== false) {
    out.push(`## ${say('portfolio.eachProject')}`, '');
    for (const project of report.projects) {
      out.push(
        formatReportMarkdown(project.report, { headingLevel: 3, minSeverity: options.minSeverity }),
      );
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The overview table's column names, in order. */
function columnNames(say: Say): string[] {
  return [
    say('portfolio.column.project'),
    say('portfolio.column.stage'),
    say('progress.errors'),
    say('progress.warnings'),
    say('progress.info'),
    say('progress.needsReview'),
    say('progress.acknowledged'),
  ];
}

/** A project's stage in the overview table, with "not active" when it is not. */
function stageCell(project: PortfolioProject, say: Say, welsh: boolean): string {
  const stage = stageWords(project, say, welsh);
  return project.active ? stage : say('portfolio.stageInactive', { stage });
}

const CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #767676; --soft: #f3f2f1; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.5; }
body { margin: 0; }
.wrap { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: -999rem; }
.skip:focus { position: static; display: inline-block; margin: .5rem 1rem; padding: .25rem .5rem; background: #ffdd00; color: #0b0c0c; }
a { color: #1d4f91; }
a:focus, summary:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
header { border-bottom: 4px solid var(--ink); padding: 1rem 0 .75rem; margin-bottom: 1.5rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .25rem 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.2rem; margin: 1.25rem 0 .5rem; }
.meta { margin: 0; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--soft); }
td.n, th.n { text-align: right; }
.scroll { overflow-x: auto; }
ul.findings { padding-left: 1.25rem; }
ul.findings li { margin: 0 0 .75rem; }
.kind { font-weight: 700; }
details { margin: .5rem 0 1rem; }
summary { cursor: pointer; color: #1d4f91; text-decoration: underline; }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding: 1rem 0 2rem; color: var(--muted); font-size: .95rem; }
@media print { .skip { display: none; } details > * { display: block; } }
`;

function overviewTable(report: PortfolioReport, say: Say, welsh: boolean): string {
  const esc = escapeHtml;
  const rows = projectsByAttention(report)
    .map((project) => {
      const index = report.projects.indexOf(project);
      const c = project.counts;
      const stage = esc(stageCell(project, say, welsh));
      return `<tr><th scope="row"><a href="#project-${index + 1}">${esc(project.title)}</a></th><td>${stage}</td><td class="n">${c.error}</td><td class="n">${c.warning}</td><td class="n">${c.info}</td><td class="n">${c.needsReview}</td><td class="n">${c.acknowledged}</td></tr>`;
    })
    .join('');
  const head = columnNames(say)
    .map((name, i) => `<th scope="col"${i < 2 ? '' : ' class="n"'}>${esc(name)}</th>`)
    .join('');
  return `<div class="scroll"><table><caption>${esc(say('portfolio.byAttention'))}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function findingItems(issues: readonly FlaggedIssue[], lang: string, say: Say): string {
  const esc = escapeHtml;
  return issues
    .map(
      (issue) =>
        `<li><span class="kind">${esc(kindWords(issue, say))}:</span> <span${lang}>${esc(issue.message)}</span>${issue.action ? `<br><span class="meta"${lang}>${esc(say('portfolio.action', { action: issue.action }))}</span>` : ''}</li>`,
    )
    .join('');
}

/**
 * The opening of the section of the project at `index` in the report's
 * list, which its line in the overview links to.
 *
 * @internal
 * @example `portfolioHtmlSectionStart(0) // '<section aria-labelledby="project-1"><h3 id="project-1">'`
 */
export function portfolioHtmlSectionStart(index: number): string {
  return `<section aria-labelledby="project-${index + 1}"><h3 id="project-${index + 1}">`;
}

/**
 * The rest of a project's section of the HTML page, after
 * {@link portfolioHtmlSectionStart}: it needs nothing from the other
 * projects, so the command line renders it while the project's report is
 * whole. `locale`: the page's (the portfolio findings') locale.
 *
 * @internal
 * @example
 * ```ts
 * const html = portfolio.projects
 *   .map((entry, i) => portfolioHtmlSectionStart(i) + portfolioHtmlSection(entry, {}, 'en-GB'))
 *   .join('\n');
 * ```
 */
export function portfolioHtmlSection(
  project: PortfolioProject,
  options: PortfolioFormatOptions,
  locale: string,
): string {
  const say: Say = (id, data = {}) => uiText(locale, id, data);
  return projectSection(project, options, say, uiLocale(locale));
}

function projectSection(
  project: PortfolioProject,
  options: PortfolioFormatOptions,
  say: Say,
  frame: string,
): string {
  const esc = escapeHtml;
  const limit = options.minSeverity ? SEVERITIES.indexOf(options.minSeverity) : SEVERITIES.length;
  const issues = findingsInOrder(project.report).filter(
    (issue) => SEVERITIES.indexOf(issue.severity) <= limit,
  );
  const lang = messagesLang(project.report.locale, frame);
  const acknowledged = project.report.acknowledged ?? [];
  const welsh = frame === 'cy';
  const parts = [
    `${esc(project.title)}</h3>`,
    `<p class="meta">${esc(say('report.stage', { stage: stageWords(project, say, welsh) }))}${project.source ? ` · ${esc(project.source)}` : ''} · ${esc(welsh ? say('portfolio.openIssues', { n: issues.length }) : plural(issues.length, 'open issue'))}${acknowledged.length > 0 ? ` · ${esc(say('portfolio.acknowledged', { n: acknowledged.length }))}` : ''}</p>`,
  ];
  if (issues.length > 0) {
    parts.push(
      `<details><summary>${esc(say('portfolio.issuesOf', { title: project.title }))}</summary><ul class="findings">${findingItems(issues, lang, say)}</ul></details>`,
    );
  }
  if (acknowledged.length > 0) {
    parts.push(
      `<details><summary>${esc(say('portfolio.acknowledgedOf', { title: project.title }))}</summary><ul class="findings">${acknowledged
        .map(
          (issue) =>
            `<li>${esc(issue.title)}: ${esc(issue.message)}<br><span class="meta">${esc(say('ack.why'))}: ${esc(issue.acknowledgement.reason)}</span></li>`,
        )
        .join('')}</ul></details>`,
    );
  }
  parts.push('</section>');
  return parts.join('');
}

/**
 * The `lang` attribute of the rules' messages: none when they are in the
 * page's language, else theirs (a locale without a catalogue of its own
 * frames its messages in English).
 */
function messagesLang(locale: string, frame: string): string {
  if (uiLocale(locale) === frame && (frame !== 'en-GB' || locale === 'en-GB')) return '';
  return ` lang="${escapeHtml(locale)}"`;
}

/**
 * Renders a portfolio report as one self-contained, accessible HTML page:
 * a summary, the overview table (one line per project, the ones that need
 * attention first, each linking to its section), the portfolio's
 * findings, and (unless `details` is false) each project's issues. No
 * scripts, nothing loaded from elsewhere; every value from the data is
 * escaped.
 *
 * @category Report
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
 * await writeFile('portfolio.html', formatPortfolioHtml(portfolio));
 * ```
 */
export function formatPortfolioHtml(
  report: PortfolioReport,
  options: PortfolioFormatOptions = {},
): string {
  const { before, after } = portfolioHtmlFrame(report, options);
  if (options.details === false) return before + after;
  const say = sayer(report);
  const frame = uiLocale(report.findings.locale);
  const sections = report.projects.map(
    (project, i) =>
      `${portfolioHtmlSectionStart(i)}${projectSection(project, options, say, frame)}\n`,
  );
  return `${before}${sections.join('')}${after}`;
}

/**
 * The HTML page of a portfolio around its projects' sections: `before`
 * ends where the first section starts (each section ends with a line
 * break), `after` is the rest. With `details: false` there are no
 * sections and the page is `before` and `after` joined.
 *
 * @internal
 * @example `const { before, after } = portfolioHtmlFrame(portfolio, {});`
 */
export function portfolioHtmlFrame(
  report: PortfolioReport,
  options: PortfolioFormatOptions,
): { readonly before: string; readonly after: string } {
  const esc = escapeHtml;
  const say = sayer(report);
  const frame = uiLocale(report.findings.locale);
  const welsh = frame === 'cy';
  const lang = messagesLang(report.locale, frame);
  const title = titleOf(report, say);
  const findings = findingsInOrder(report.findings);
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${frame}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="coproduce">',
    `<title>${esc(say('portfolio.pageTitle', { title }))}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${esc(say('report.skip'))}</a>`,
    '<header><div class="wrap">',
    `<p class="meta">${esc(say('portfolio.kicker'))}</p>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(say('portfolio.checkedOn', { date: checkedOn(report), timeZone: report.timeZone }))}</p>`,
    '</div></header>',
    '<main id="main" tabindex="-1"><div class="wrap">',
    '<section aria-labelledby="overview-heading">',
    `<h2 id="overview-heading">${esc(say('portfolio.overview'))}</h2>`,
    `<p>${esc(summaryLine(report, report.findings.locale))}.</p>`,
    overviewTable(report, say, welsh),
    '</section>',
    '<section aria-labelledby="across-heading">',
    `<h2 id="across-heading">${esc(say('portfolio.acrossHeading'))}</h2>`,
    findings.length === 0
      ? `<p>${esc(say('portfolio.noFindings'))}</p>`
      : `<ul class="findings">${findingItems(findings, lang, say)}</ul>`,
    '</section>',
  ];
  const end = [
    '</div></main>',
    `<footer><div class="wrap"><p>${esc(welsh ? say('portfolio.footer', { n: report.counts.projects }) : `Made by coproduce from a check of ${plural(report.counts.projects, 'project')}. Issue ids stay the same from one check to the next.`)}</p></div></footer>`,
    '</body>',
    '</html>',
  ];
  if (options.details === false)
    return { before: `${out.join('\n')}\n`, after: `${end.join('\n')}\n` };
  out.push(
    '<section aria-labelledby="projects-heading">',
    `<h2 id="projects-heading">${esc(say('portfolio.eachProject'))}</h2>`,
  );
  return { before: `${out.join('\n')}\n`, after: `</section>\n${end.join('\n')}\n` };
}

/**
 * Renders a portfolio report as CSV (RFC 4180, with a header row) for a
 * spreadsheet: by default one row per project, the ones that need
 * attention first; with `rows: 'issues'`, one row per open issue of every
 * project and of the portfolio. A cell that a spreadsheet would read as a
 * formula (starting `=`, `+`, `-` or `@`) is written with a leading `'`.
 *
 * @category Report
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
 * await writeFile('portfolio.csv', formatPortfolioCsv(portfolio));
 * ```
 */
export function formatPortfolioCsv(
  report: PortfolioReport,
  options: { readonly rows?: 'projects' | 'issues' | undefined } = {},
): string {
  const lines: string[] = [];
  // Column names and coded values (severity, outcome, stage) stay as they
  // are in every locale, as in formatReportCsv, so a spreadsheet's formulas
  // and a Power BI model keep working; only the default title is words.
  // Each cell goes through csvField, the same guard against formulas as a
  // project's own CSV (the counts here are never negative, so no number
  // gains a leading ').
  const title = titleOf(report, sayer(report));
  if (options.rows === 'issues') {
    lines.push(
      'project_id,project,issue_id,rule,severity,outcome,section,about,subject,message,action',
    );
    const add = (id: string, title: string, issue: FlaggedIssue) =>
      lines.push(
        [
          id,
          title,
          issue.id,
          issue.ruleId,
          issue.severity,
          issue.outcome,
          issue.section,
          issue.subject.type,
          issue.subject.type === 'portfolio' && issue.subject.label === report.title
            ? title
            : issue.subject.label,
          issue.message,
          issue.action,
        ]
          .map(csvField)
          .join(','),
      );
    for (const issue of report.findings.issues) add('', title, issue);
    for (const project of report.projects) {
      for (const issue of project.report.issues) add(project.id, project.title, issue);
    }
  } else {
    lines.push(
      'project_id,project,source,stage,active,errors,warnings,info,needs_review,acknowledged',
    );
    for (const project of projectsByAttention(report)) {
      const c = project.counts;
      lines.push(
        [
          project.id,
          project.title,
          project.source ?? '',
          project.stage,
          project.active,
          c.error,
          c.warning,
          c.info,
          c.needsReview,
          c.acknowledged,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
