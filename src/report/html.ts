/**
 * A check report as one self-contained, accessible HTML page to send
 * round: a summary with a chart by section and severity, a chart of who
 * contributes at recent meetings, and the issues. No scripts, no external
 * files; works printed. Pure: no Node built-ins.
 *
 * @module
 */
import { deriveProject } from '../check/facts/index.js';
import type { CheckReport, FlaggedIssue, ReportCounts } from '../check/report-schema.js';
import type { Severity } from '../check/types.js';
import { CoproduceError, problem } from '../model/errors.js';
import type { Project } from '../model/project.js';
import { acknowledgedHtml } from './acknowledged.js';
import { anonymiseReport, memberPseudonyms } from './anonymise.js';
import { describeConfiguration, describeNotices } from './context.js';
import { filterReport } from './filter.js';
import { escapeHtml, neutraliseReport, safeLink } from './neutralise.js';
import { progressHtml } from './progress.js';
import {
  affectsText,
  atAGlance,
  checkedOnText,
  groupByRule,
  groupsBySection,
  type IssueKind,
  isAnonymised,
  isTranslated,
  type RuleGroup,
  rulesBelow,
  type SectionRow,
  SUMMARY_COLUMNS,
  sectionRows,
  showingText,
  splitText,
  summaryCells,
  summarySentences,
  svgChart,
  type Words,
  wordsFor,
} from './shared.js';

/**
 * Options of {@link formatReportHtml}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: HtmlReportOptions = { project, anonymise: true, minSeverity: 'warning' };
 * ```
 */
export interface HtmlReportOptions {
  /**
   * The project the report was made from. Needed for the participation
   * chart (contributions per member at recent meetings) and to anonymise;
   * without it the page has the summary and the issues only.
   */
  readonly project?: Project | undefined;
  /**
   * Show members as stable pseudonyms ("Member 3") everywhere, in the
   * issues and the participation chart (see `anonymiseReport`). Pass the
   * report straight from `check()`; needs `project`. Default false.
   */
  readonly anonymise?: boolean | undefined;
  /** Leave out issues less serious than this (see `filterReport`). Default: every issue. */
  readonly minSeverity?: Severity | undefined;
  /**
   * How many recent meetings the participation chart shows. Default: the
   * `recentMeetings` parameter of the `dominant-voices` rule in the report,
   * else 6.
   */
  readonly recentMeetings?: number | undefined;
}

/**
 * Text for HTML content and attribute values: one line, no controls or
 * invisible format characters, `& < > " '` escaped (see `escapeHtml` in
 * neutralise.ts, the one step for every format).
 */
const esc = escapeHtml;

/** Colours: each one has at least 4.5:1 contrast with white, so white text on it and it on white both pass. */
const KIND_COLOURS: Readonly<Record<IssueKind, string>> = {
  error: '#a4262c',
  warning: '#8a4b00',
  info: '#1d5fa6',
  review: '#5c3b99',
};

const CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #767676; --soft: #f3f2f1; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.5; }
body { margin: 0; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: -999rem; }
.skip:focus { position: static; display: inline-block; margin: .5rem 1rem; padding: .25rem .5rem; background: #ffdd00; color: #0b0c0c; }
a { color: #1d4f91; }
a:focus, summary:focus, .scroll:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
header { border-bottom: 4px solid var(--ink); padding: 1rem 0 .75rem; margin-bottom: 1.5rem; }
header .kicker { margin: 0; color: var(--muted); font-weight: 600; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .25rem 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 0 0 .5rem; }
.meta { margin: 0; color: var(--muted); }
.lead { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--soft); }
td.n, th.n { text-align: right; }
tbody tr.total th, tbody tr.total td { font-weight: 700; background: var(--soft); }
figure { margin: 1rem 0; }
figcaption { color: var(--muted); font-size: .95rem; }
svg { max-width: 100%; height: auto; display: block; }
svg text { font-family: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; list-style: none; padding: 0; margin: .5rem 0; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.legend svg { display: inline-block; }
.scroll { overflow-x: auto; }
ol.issues { list-style: none; padding: 0; margin: 0; }
ol.issues > li { border: 1px solid var(--line); border-left: 8px solid var(--kind); padding: .75rem 1rem; margin: 0 0 1rem; }
.badge { display: inline-block; background: var(--kind); color: #fff; font-size: .85rem; font-weight: 700; padding: .05rem .45rem; border-radius: 3px; margin-right: .35rem; vertical-align: .1em; }
dl { margin: 0; display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; background: var(--soft); padding: 0 .2em; }
details { margin: .5rem 0 1rem; }
summary { cursor: pointer; color: #1d4f91; text-decoration: underline; }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding: 1rem 0 2rem; color: var(--muted); font-size: .95rem; }
@media (max-width: 40rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: .4rem; } }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ol.glance { padding-left: 1.5rem; margin: .5rem 0 1rem; }
ol.glance > li { margin: 0 0 .75rem; padding-left: .25rem; }
ol.glance p { margin: 0; }
.label { font-weight: 600; }
.tag { display: inline-block; border: 1px solid currentColor; font-size: .8rem; font-weight: 600; padding: 0 .3rem; border-radius: 3px; margin-right: .25rem; }
dd ul { margin: 0; padding-left: 1.1rem; }
dd li + li { margin-top: .25rem; }
p.note { color: var(--muted); font-size: .95rem; }
@page { size: A4; margin: 10mm 11mm 11mm; }
@media print {
  html { font-size: 8.5pt; line-height: 1.2; }
  .wrap { max-width: none; padding: 0; }
  .skip, details.numbers, figure.summary-chart { display: none; }
  header { padding: 0 0 .25rem; margin-bottom: .4rem; border-bottom-width: 2px; }
  h1 { font-size: 14pt; margin: 0 0 .1rem; }
  h2 { font-size: 11.5pt; margin: .7rem 0 .3rem; padding-bottom: .1rem; break-after: avoid; }
  h3 { font-size: 10pt; margin: .55rem 0 .25rem; break-after: avoid; }
  h4 { font-size: 9pt; margin: 0 0 .1rem; break-after: avoid; }
  p { margin: .25rem 0; }
  .lead { font-size: 9.5pt; }
  ol.glance { margin: .25rem 0 .4rem; }
  ol.glance > li { margin: 0 0 .3rem; break-inside: avoid; }
  ol.issues > li { border: 0; border-left: 3px solid var(--kind); padding: 0 0 0 .45rem; margin: 0 0 .45rem; }
  .scroll { overflow: visible; }
  table.summary thead th { font-size: 7.5pt; hyphens: auto; }
  dl { display: block; }
  dt { float: left; clear: left; margin-right: .35em; }
  dt::after { content: ":"; }
  dd { margin: 0 0 .05rem; }
  dd ul { clear: left; padding-left: 1.1rem; }
  dd li + li { margin-top: .05rem; }
  .rule { display: none; }
  table { margin: .25rem 0; }
  th, td { padding: .05rem .3rem; }
  tr, ol.glance > li, dd li, figure { break-inside: avoid; }
  .sections { column-count: 2; column-gap: 6mm; }
  figure { margin: .25rem 0; }
  figure.participation svg { width: 100%; }
  figcaption, p.note { font-size: 8pt; }
  footer { margin-top: .6rem; padding: .25rem 0 0; font-size: 8pt; }
  a { color: inherit; text-decoration: none; }
  .badge, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * A wrapper that scrolls sideways when its table or chart is wider than
 * the screen: a named region keyboard users can focus to scroll it.
 */
function scrollable(name: string): string {
  return `<div class="scroll" role="region" tabindex="0" aria-label="${esc(name)}">`;
}

// ---------------------------------------------------------------- summary chart

const SEVERITY_KINDS: readonly Severity[] = ['error', 'warning', 'info'];

/** Fill patterns, so the chart's severities differ in shape as well as colour (WCAG 1.4.1). */
function patternDefs(prefix: string): string {
  const overlay: Readonly<Record<Severity, string>> = {
    error: '',
    warning: '<rect width="3" height="8" fill="#fff" fill-opacity="0.55"/>',
    info: '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
  };
  const defs = SEVERITY_KINDS.map((kind) => {
    const rotate = kind === 'warning' ? ' patternTransform="rotate(45)"' : '';
    return `<pattern id="${prefix}-${kind}" width="8" height="8" patternUnits="userSpaceOnUse"${rotate}><rect width="8" height="8" fill="${KIND_COLOURS[kind]}"/>${overlay[kind]}</pattern>`;
  });
  return `<defs>${defs.join('')}</defs>`;
}

function severityCounts(counts: ReportCounts, words: Words): string {
  return words.text('summary.severities', {
    error: counts.bySeverity.error,
    warning: counts.bySeverity.warning,
    info: counts.bySeverity.info,
  });
}

function summaryChart(rows: readonly SectionRow[], words: Words): string {
  const width = 720;
  const barWidth = 520;
  const rowHeight = 40;
  const top = 6;
  const height = top + rows.length * rowHeight + 2;
  const max = Math.max(1, ...rows.map((r) => r.counts.issues));
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    parts.push(
      `<text x="0" y="${y + 13}" font-size="13" font-weight="600" fill="#1b1b1b">${esc(words.section(row.section))}</text>`,
    );
    let x = 0;
    for (const kind of SEVERITY_KINDS) {
      const count = row.counts.bySeverity[kind];
      if (count === 0) continue;
      const w = Math.max(6, (count / max) * barWidth);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y + 19}" width="${w.toFixed(1)}" height="16" fill="url(#sc-${kind})" stroke="#fff" stroke-width="1.5"/>`,
      );
      x += w;
    }
    const label =
      row.counts.issues === 0
        ? words.text('chart.noIssues')
        : words.text('chart.issues', { n: row.counts.issues });
    parts.push(
      `<text x="${(x + 8).toFixed(1)}" y="${y + 32}" font-size="13" fill="#1b1b1b">${esc(label)}</text>`,
    );
    if (row.counts.issues === 0) {
      parts.push(
        `<line x1="0" y1="${y + 19}" x2="0" y2="${y + 35}" stroke="#767676" stroke-width="2"/>`,
      );
    }
  });
  const description = rows
    .map((row) =>
      words.text('chart.row', {
        section: words.section(row.section),
        counts:
          row.counts.issues === 0
            ? words.text('chart.noIssues')
            : severityCounts(row.counts, words),
      }),
    )
    .join(' ');
  return [
    `<svg role="img" aria-labelledby="summary-chart-title summary-chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="summary-chart-title">${esc(words.text('chart.title'))}</title>`,
    `<desc id="summary-chart-desc">${esc(description)}</desc>`,
    patternDefs('sc'),
    ...parts,
    '</svg>',
  ].join('');
}

function legend(words: Words): string {
  const items = SEVERITY_KINDS.map(
    (kind) =>
      `<li><svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">${patternDefs(`lg-${kind}`)}<rect width="28" height="16" fill="url(#lg-${kind}-${kind})"/></svg>${esc(words.kind(kind))}</li>`,
  );
  return `<ul class="legend" aria-label="${esc(words.text('chart.legend'))}">${items.join('')}</ul>`;
}

function summaryTable(rows: readonly SectionRow[], total: ReportCounts, words: Words): string {
  const head = [
    `<th scope="col">${esc(words.text('table.section'))}</th>`,
    ...SUMMARY_COLUMNS.map((c) => `<th scope="col" class="n">${esc(words.text(c.heading))}</th>`),
  ].join('');
  const line = (name: string, counts: ReportCounts, isTotal: boolean) =>
    `<tr${isTotal ? ' class="total"' : ''}><th scope="row">${esc(name)}</th>${summaryCells(counts)
      .map((n) => `<td class="n">${n}</td>`)
      .join('')}</tr>`;
  const body = [
    ...rows.map((row) => line(words.section(row.section), row.counts, false)),
    line(words.text('table.total'), total, true),
  ].join('');
  return `${scrollable(words.text('table.caption'))}<table class="summary"><caption>${esc(words.text('table.caption'))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div><p class="note">${esc(words.text('table.note'))}</p>`;
}

// ---------------------------------------------------------------- participation

/** One member's row in the participation chart. */
interface ParticipationRow {
  readonly label: string;
  /** Per meeting: contributions, `null` when attended but not counted, `undefined` when absent. */
  readonly cells: readonly (number | null | undefined)[];
  readonly total: number;
  readonly attended: number;
}

interface Participation {
  readonly meetings: readonly { readonly date: string; readonly title: string }[];
  readonly rows: readonly ParticipationRow[];
  readonly total: number;
}

function shortDate(day: number, words: Words): string {
  const months = words.text('months.short').split(' ');
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${months[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/**
 * Contributions per member over the last `count` past meetings where
 * contributions were counted (the same meetings the participation rules
 * read): active members, and anyone else who attended them, most
 * contributions first.
 */
function participation(
  project: Project,
  checkedAt: string,
  count: number,
  labelOf: (memberId: string, name: string) => string,
  words: Words,
  anonymise = false,
): Participation {
  const derived = deriveProject(project, new Date(checkedAt));
  const meetings = derived.countedMeetings.slice(-count);
  const { rows, rowMember } = derived.attendance;
  const byMember = new Map<number, (number | null | undefined)[]>();
  for (const member of derived.activeMembers) byMember.set(member.index, []);
  meetings.forEach((meeting, m) => {
    for (let k = meeting.rowStart; k < meeting.rowEnd; k++) {
      const who = rowMember[k] ?? -1;
      if (who < 0) continue;
      let cells = byMember.get(who);
      if (!cells) {
        cells = [];
        byMember.set(who, cells);
      }
      const contributions = rows[k]?.contributions;
      const before = cells[m];
      cells[m] =
        contributions === undefined
          ? (before ?? null)
          : (typeof before === 'number' ? before : 0) + contributions;
    }
  });
  const out: (ParticipationRow & { index: number })[] = [];
  for (const [index, cells] of byMember) {
    const member = derived.members[index];
    if (!member) continue;
    const full = meetings.map((_, m) => cells[m]);
    out.push({
      index,
      label: labelOf(member.member.id, member.member.displayName),
      cells: full,
      total: full.reduce<number>((sum, c) => sum + (typeof c === 'number' ? c : 0), 0),
      attended: full.filter((c) => c !== undefined).length,
    });
  }
  out.sort((a, b) => b.total - a.total || a.index - b.index);
  return {
    meetings: meetings.map((meeting) => ({
      date: shortDate(meeting.day, words),
      // A meeting title is free text and can name people.
      title: anonymise ? '' : meeting.activity.title,
    })),
    rows: out,
    total: out.reduce((sum, r) => sum + r.total, 0),
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Light tints only, so dark numbers on them keep at least 7:1 contrast. */
function tint(count: number, max: number): string {
  if (count <= 0 || max <= 0) return '#ffffff';
  const t = Math.min(1, count / max);
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return `#${hex(mix(0xee, 0x9c))}${hex(mix(0xf4, 0xc3))}${hex(mix(0xfb, 0xe6))}`;
}

function cellText(cell: number | null | undefined): string {
  if (cell === undefined) return '–';
  if (cell === null) return '?';
  return String(cell);
}

function participationChart(data: Participation, words: Words): string {
  const nameWidth = 200;
  const cellWidth = 64;
  const rowHeight = 20;
  const headHeight = 36;
  const barWidth = 170;
  const n = data.meetings.length;
  const totalX = nameWidth + n * cellWidth + 16;
  const width = totalX + barWidth + 60;
  const height = headHeight + data.rows.length * rowHeight + 8;
  const maxCell = Math.max(
    1,
    ...data.rows.flatMap((r) => r.cells.map((c) => (typeof c === 'number' ? c : 0))),
  );
  const maxTotal = Math.max(1, ...data.rows.map((r) => r.total));
  const parts: string[] = [];
  data.meetings.forEach((meeting, m) => {
    const x = nameWidth + m * cellWidth + cellWidth / 2;
    const [day, month, year] = meeting.date.split(' ');
    parts.push(
      `<text x="${x}" y="16" font-size="12" text-anchor="middle" fill="#1b1b1b">${esc(`${day} ${month}`)}</text>`,
      `<text x="${x}" y="31" font-size="12" text-anchor="middle" fill="#4a4a4a">${esc(year ?? '')}</text>`,
    );
  });
  parts.push(
    `<text x="${totalX}" y="31" font-size="12" font-weight="600" fill="#1b1b1b">${esc(words.text('participation.totalShare'))}</text>`,
  );
  data.rows.forEach((row, r) => {
    const y = headHeight + r * rowHeight;
    parts.push(
      `<text x="0" y="${y + 14}" font-size="13" fill="#1b1b1b">${esc(truncate(row.label, 24))}</text>`,
    );
    row.cells.forEach((cell, m) => {
      const x = nameWidth + m * cellWidth;
      const count = typeof cell === 'number' ? cell : 0;
      parts.push(
        `<rect x="${x + 2}" y="${y + 2}" width="${cellWidth - 4}" height="${rowHeight - 4}" fill="${cell === undefined ? '#ffffff' : tint(count, maxCell)}" stroke="${cell === undefined ? '#d0d0d0' : '#767676'}"/>`,
        `<text x="${x + cellWidth / 2}" y="${y + 14}" font-size="12" text-anchor="middle" fill="${cell === undefined ? '#4a4a4a' : '#1b1b1b'}">${esc(cellText(cell))}</text>`,
      );
    });
    const w = (row.total / maxTotal) * barWidth;
    if (row.total > 0) {
      parts.push(
        `<rect x="${totalX}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="#1d5fa6"/>`,
      );
    }
    const share = data.total > 0 ? Math.round((row.total / data.total) * 100) : 0;
    parts.push(
      `<text x="${(totalX + w + 6).toFixed(1)}" y="${y + 14}" font-size="12" fill="#1b1b1b">${row.total} (${share}%)</text>`,
    );
  });
  const quiet = data.rows.filter((r) => r.attended > 0 && r.total === 0).length;
  const top = data.rows[0];
  const description = [
    words.text('participation.descMeetings', { n }),
    top && top.total > 0
      ? words.text('participation.descTop', { name: top.label, total: top.total, all: data.total })
      : words.text('participation.descNone'),
    words.text('participation.descQuiet', { n: quiet }),
    words.text('participation.descTable'),
  ].join(' ');
  return svgChart(
    'participation-chart',
    { width, height },
    words.text('participation.title'),
    description,
    parts,
  );
}

function participationTable(data: Participation, words: Words): string {
  const head = [
    `<th scope="col">${esc(words.text('participation.member'))}</th>`,
    ...data.meetings.map(
      (m) =>
        `<th scope="col" class="n">${esc(m.date)}<br><span class="meta">${esc(m.title)}</span></th>`,
    ),
    `<th scope="col" class="n">${esc(words.text('participation.total'))}</th>`,
    `<th scope="col" class="n">${esc(words.text('participation.attended'))}</th>`,
  ].join('');
  const body = data.rows
    .map((row) => {
      const cells = row.cells
        .map((cell) => {
          const shown =
            cell === undefined
              ? words.text('participation.absent')
              : cell === null
                ? words.text('participation.notCounted')
                : String(cell);
          return `<td class="n">${esc(shown)}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(row.label)}</th>${cells}<td class="n">${row.total}</td><td class="n">${row.attended}</td></tr>`;
    })
    .join('');
  return `${scrollable(words.text('participation.tableCaption'))}<table><caption>${esc(words.text('participation.tableCaption'))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function participationSection(data: Participation, words: Words): string {
  const intro = `<p>${esc(words.text('participation.intro'))}</p>`;
  if (data.meetings.length === 0) {
    return `${intro}<p>${esc(words.text('participation.none'))}</p>`;
  }
  return [
    intro,
    '<figure class="participation">',
    `${scrollable(words.text('participation.title'))}${participationChart(data, words)}</div>`,
    `<figcaption>${esc(words.text('participation.caption'))}</figcaption>`,
    '</figure>',
    `<details class="numbers"><summary>${esc(words.text('participation.details'))}</summary>`,
    participationTable(data, words),
    '</details>',
  ].join('');
}

// ---------------------------------------------------------------- issues

/** ` lang="en-GB"` on text shown in en-GB when the page is in another language. */
function langOf(report: CheckReport, words: Words, messageId: string): string {
  if (isTranslated(report, messageId)) {
    return report.locale === words.lang ? '' : ` lang="${esc(report.locale)}"`;
  }
  return words.lang === 'en-GB' ? '' : ' lang="en-GB"';
}

function cardItem(group: RuleGroup, report: CheckReport, words: Words, index: number): string {
  const [first] = group.issues;
  const titleLang = langOf(report, words, group.titleId);
  const questions = group.questionIds.map((id) => esc(words.question(id) ?? id)).join('<br>');
  const message = (issue: FlaggedIssue) => {
    const review =
      group.flagged > 0 && issue.outcome === 'needs-review'
        ? `<span class="tag">${esc(words.kind('review'))}</span> `
        : '';
    return `${review}<span${langOf(report, words, issue.messageId)}>${esc(issue.message)}</span>`;
  };
  const found =
    group.issues.length === 1 && first
      ? `<dd id="issue-${esc(first.id)}">${message(first)}</dd>`
      : `<dd><ul>${group.issues.map((issue) => `<li id="issue-${esc(issue.id)}">${message(issue)}</li>`).join('')}</ul></dd>`;
  const docs = safeLink(group.docs);
  const rule = docs
    ? `<a href="${esc(docs)}"><code>${esc(group.ruleId)}</code></a>`
    : `<code>${esc(group.ruleId)}</code>`;
  const split = splitText(group, words);
  const rows = [
    questions
      ? `<dt>${esc(words.text(group.questionIds.length > 1 ? 'card.questions' : 'card.question'))}</dt><dd>${questions}</dd>`
      : '',
    group.scope === 'project' || group.issues.length === 1
      ? ''
      : `<dt>${esc(words.text('card.affects'))}</dt><dd>${esc(affectsText(group, words))}${split ? ` <span class="meta">(${esc(split)})</span>` : ''}</dd>`,
    `<dt>${esc(words.text('card.found'))}</dt>${found}`,
    ...group.actions.map(
      (action, k) =>
        `<dt>${esc(words.text('card.action'))}</dt><dd${langOf(report, words, group.actionIds[k] ?? '')}>${esc(action)}</dd>`,
    ),
    group.heldUp.length > 0
      ? `<dt>${esc(words.text('card.heldUp'))}</dt><dd><ul>${group.heldUp.map((issue) => `<li id="issue-${esc(issue.id)}"><span${langOf(report, words, issue.titleId ?? `${issue.ruleId}.title`)}>${esc(issue.title)}</span> (<code>${esc(issue.ruleId)}</code>)</li>`).join('')}</ul></dd>`
      : '',
    `<dt class="rule">${esc(words.text('card.rule'))}</dt><dd class="rule">${rule}</dd>`,
  ].join('');
  const headingId = `card-${index}`;
  return `<li style="--kind: ${KIND_COLOURS[group.kind]}"><article aria-labelledby="${headingId}"><h4 id="${headingId}"><span class="badge">${esc(words.kind(group.kind))}</span> <span${titleLang}>${esc(group.title)}</span></h4><dl>${rows}</dl></article></li>`;
}

function glanceItem(group: RuleGroup, report: CheckReport, words: Words): string {
  const [action] = group.actions;
  return `<li style="--kind: ${KIND_COLOURS[group.kind]}"><p class="glance-title"><span class="badge">${esc(words.kind(group.kind))}</span> <strong${langOf(report, words, group.titleId)}>${esc(group.title)}</strong></p><p><span class="label">${esc(words.text('card.affects'))}:</span> ${esc(affectsText(group, words))}</p>${action ? `<p><span class="label">${esc(words.text('card.action'))}:</span> <span${langOf(report, words, group.actionIds[0] ?? '')}>${esc(action)}</span></p>` : ''}</li>`;
}

function recentMeetingsOf(report: CheckReport, options: HtmlReportOptions): number {
  const fromOptions = options.recentMeetings;
  if (fromOptions !== undefined) {
    if (!Number.isInteger(fromOptions) || fromOptions < 1) {
      throw new CoproduceError(
        'invalid-options',
        'recentMeetings must be a whole number of at least 1.',
        [
          problem(['recentMeetings'], 'must be a whole number of at least 1', {
            code: 'option-whole-at-least',
            params: { minimum: 1 },
          }),
        ],
      );
    }
    return fromOptions;
  }
  const fromRule = report.parameters['dominant-voices']?.recentMeetings;
  return typeof fromRule === 'number' && Number.isInteger(fromRule) && fromRule >= 1 ? fromRule : 6;
}

/**
 * Renders a check report as one self-contained HTML page for sharing:
 * no scripts and nothing loaded from elsewhere, so it can be emailed,
 * opened offline or printed. It has a summary (a sentence, a chart of
 * issues by section and severity drawn in SVG, and the same numbers as a
 * table); given the project, a chart of contributions per member at recent
 * meetings, so the group can see who is quiet and who dominates; and every
 * issue by section, worst first, with its framework question, what was
 * found, the suggested action and what it is about.
 *
 * Built to WCAG 2.2 AA: headings and landmarks, a skip link, text
 * alternatives and a table for each chart, severities in words and
 * patterns as well as colour, and contrast of at least 4.5:1. All text
 * from the project is escaped.
 *
 * @throws {@link coproduce!CoproduceError} `invalid-options` when `anonymise` is set
 * without `project`, or `recentMeetings` is not a whole number of at least 1.
 *
 * @category Report
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
 * const report = await check(project, { now: '2026-11-20T12:00:00Z' });
 * const html = formatReportHtml(report, { project, anonymise: true });
 * await writeFile('report.html', html);
 * ```
 */
export function formatReportHtml(report: CheckReport, options: HtmlReportOptions = {}): string {
  const { project } = options;
  if (options.anonymise && !project) {
    throw new CoproduceError(
      'invalid-options',
      'Anonymising an HTML report needs the project it was made from.',
      [
        problem(['project'], 'is required when anonymise is true', {
          code: 'option-anonymise-project',
        }),
      ],
    );
  }
  const count = recentMeetingsOf(report, options);
  const source = options.anonymise && project ? anonymiseReport(report, project) : report;
  const shown = neutraliseReport(filterReport(source, { minSeverity: options.minSeverity }));
  const pseudonyms =
    options.anonymise && project ? memberPseudonyms(project, report.locale) : undefined;
  const labelOf = (id: string, name: string) => pseudonyms?.get(id)?.label ?? name;

  const words = wordsFor(shown);
  const title = words.text('report.title', { title: shown.project.title });
  const checked = checkedOnText(shown, false, words);
  const meta = [
    words.text('report.stage', { stage: words.stage(shown.project.stage) }),
    words.text('report.checkedOn', { date: checked, timeZone: shown.project.timeZone }),
    words.text('report.rulesChecked', { rules: shown.outcomes.length }),
    ...(options.anonymise ? [words.text('report.pseudonyms')] : []),
  ];
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${esc(words.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="coproduce">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${esc(words.text('report.skip'))}</a>`,
    '<header><div class="wrap">',
    `<p class="kicker">${esc(words.text('report.kicker'))}</p>`,
    `<h1>${esc(shown.project.title)}</h1>`,
    `<p class="meta">${esc(meta.join(' · '))}</p>`,
    '</div></header>',
    '<main id="main" tabindex="-1"><div class="wrap">',
  );
  if (isAnonymised(shown)) out.push(`<p class="meta">${esc(words.text('anon.keeps'))}</p>`);
  if (shown.history?.verified === false) {
    out.push(`<p class="warning"><strong>${esc(words.text('report.unverified'))}</strong></p>`);
  }

  const groups = groupByRule(shown);
  const glance = atAGlance(groups);
  out.push(
    '<section aria-labelledby="glance-heading">',
    `<h2 id="glance-heading">${esc(words.text('heading.atAGlance'))}</h2>`,
    `<p class="lead">${esc(summarySentences(shown, words).join(' '))}</p>`,
  );
  if (options.minSeverity) out.push(`<p>${esc(showingText(options.minSeverity, words))}</p>`);
  if (shown.issues.some((issue) => !isTranslated(shown, issue.messageId))) {
    out.push(`<p class="meta">${esc(words.text('report.fallback'))}</p>`);
  }
  if (glance.length > 0) {
    out.push(
      `<p>${esc(words.text('atAGlance.intro'))}</p>`,
      `<ol class="glance">${glance.map((group) => glanceItem(group, shown, words)).join('')}</ol>`,
    );
    if (groups.length > glance.length) {
      out.push(`<p>${esc(words.text('atAGlance.more', { n: rulesBelow(groups, glance) }))}</p>`);
    }
  }
  out.push('</section>');

  const { rows, total } = sectionRows(shown);
  out.push(
    '<section aria-labelledby="summary-heading">',
    `<h2 id="summary-heading">${esc(words.text('heading.summary'))}</h2>`,
    '<figure class="summary-chart">',
    legend(words),
    summaryChart(rows, words),
    `<figcaption>${esc(words.text('chart.caption'))}</figcaption>`,
    '</figure>',
    summaryTable(rows, total, words),
    '</section>',
  );

  if (project) {
    out.push(
      '<section aria-labelledby="participation-heading">',
      `<h2 id="participation-heading">${esc(words.text('heading.participation'))}</h2>`,
      participationSection(
        participation(project, shown.checkedAt, count, labelOf, words, options.anonymise === true),
        words,
      ),
      '</section>',
    );
  }

  // Warnings about the data itself, such as a time with the wrong UTC offset: not issues.
  const notices = describeNotices(shown);
  if (notices.length > 0) {
    out.push(
      '<section aria-labelledby="notices-heading">',
      `<h2 id="notices-heading">${esc(words.text('heading.notices'))}</h2>`,
      `<ul>${notices.map((notice) => `<li><strong>${esc(words.kind('warning'))}:</strong> ${esc(notice)}</li>`).join('')}</ul>`,
      '</section>',
    );
  }
  out.push(
    '<section aria-labelledby="issues-heading">',
    `<h2 id="issues-heading">${esc(words.text('heading.issues'))}</h2>`,
  );
  const sections = groupsBySection(shown);
  if (sections.length === 0) out.push(`<p>${esc(words.text('report.noIssues'))}</p>`);
  out.push('<div class="sections">');
  let index = 0;
  sections.forEach(({ section, groups: cards }, i) => {
    const issues = cards.reduce((sum, g) => sum + g.issues.length, 0);
    out.push(
      `<section aria-labelledby="section-${i}">`,
      `<h3 id="section-${i}">${esc(words.section(section))} <span class="meta">(${esc(words.text('chart.issues', { n: issues }))})</span></h3>`,
      `<ol class="issues">${cards.map((group) => cardItem(group, shown, words, index++)).join('')}</ol>`,
      '</section>',
    );
  });
  out.push(
    '</div>',
    '</section>',
    acknowledgedHtml(shown, words),
    progressHtml(shown, words),
    '</div></main>',
  );

  const configuration = describeConfiguration(shown);
  out.push(
    '<footer><div class="wrap">',
    `<p>${esc(
      words.text('report.footer', {
        when: checkedOnText(shown, true, words),
        timeZone: shown.project.timeZone,
        sets:
          shown.ruleSets.map((s) => `${s.id} ${s.version}`).join(', ') ||
          words.text('report.noRuleSets'),
      }),
    )}</p>`,
    ...(configuration !== undefined ? [`<p>${esc(configuration)}.</p>`] : []),
    '</div></footer>',
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}
