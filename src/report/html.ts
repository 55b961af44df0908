/**
 * A check report as one self-contained, accessible HTML page to send
 * round: a summary with a chart by section and severity, a chart of who
 * contributes at recent meetings, and the issues. No scripts, no external
 * files; works printed. Pure: no Node built-ins.
 *
 * @module
 */
import { deriveProject } from '../check/facts/index.js';
import type { CheckReport, FlaggedIssue } from '../check/report.js';
import type { Severity } from '../check/types.js';
import { CoproduceError, problem } from '../model/errors.js';
import type { Project } from '../model/project.js';
import { ANONYMISED_KEEPS, anonymiseReport, memberPseudonyms } from './anonymise.js';
import { describeConfiguration, describeNotices, NOTICES_HEADING } from './context.js';
import { filterReport } from './filter.js';
import { escapeHtml, neutraliseReport, safeLink } from './neutralise.js';
import {
  checkedOnText,
  ISSUE_KINDS,
  type IssueKind,
  issuesBySection,
  KIND_LABELS,
  kindOf,
  plural,
  questionText,
  type SectionSummary,
  summariseSections,
} from './shared.js';
import { summariseReport } from './text.js';

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
a:focus, summary:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
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
@media print {
  .skip, details > summary { display: none; }
  details > * { display: block; }
  ol.issues > li, figure, tr { break-inside: avoid; }
  a { color: inherit; }
}
`;

// ---------------------------------------------------------------- summary chart

/** Fill patterns, so the chart's kinds differ in shape as well as colour (WCAG 1.4.1). */
function patternDefs(prefix: string): string {
  const overlay: Readonly<Record<IssueKind, string>> = {
    error: '',
    warning: '<rect width="3" height="8" fill="#fff" fill-opacity="0.55"/>',
    info: '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
    review: '<path d="M0 0L8 8M8 0L0 8" stroke="#fff" stroke-width="1.4"/>',
  };
  const defs = ISSUE_KINDS.map((kind) => {
    const rotate = kind === 'warning' ? ' patternTransform="rotate(45)"' : '';
    return `<pattern id="${prefix}-${kind}" width="8" height="8" patternUnits="userSpaceOnUse"${rotate}><rect width="8" height="8" fill="${KIND_COLOURS[kind]}"/>${overlay[kind]}</pattern>`;
  });
  return `<defs>${defs.join('')}</defs>`;
}

function kindCounts(row: SectionSummary): string {
  const parts = [
    plural(row.counts.error, 'error'),
    plural(row.counts.warning, 'warning'),
    `${row.counts.info} for information`,
    `${row.counts.review} needing review`,
  ];
  return parts.join(', ');
}

function summaryChart(rows: readonly SectionSummary[]): string {
  const width = 720;
  const barWidth = 560;
  const rowHeight = 50;
  const top = 8;
  const height = top + rows.length * rowHeight + 4;
  const max = Math.max(1, ...rows.map((r) => r.issues));
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    parts.push(
      `<text x="0" y="${y + 14}" font-size="14" font-weight="600" fill="#1b1b1b">${esc(row.section)}</text>`,
    );
    let x = 0;
    for (const kind of ISSUE_KINDS) {
      const count = row.counts[kind];
      if (count === 0) continue;
      const w = Math.max(6, (count / max) * barWidth);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y + 22}" width="${w.toFixed(1)}" height="18" fill="url(#sc-${kind})" stroke="#fff" stroke-width="1.5"/>`,
      );
      x += w;
    }
    const label = row.issues === 0 ? 'no issues' : plural(row.issues, 'issue');
    parts.push(
      `<text x="${(x + 8).toFixed(1)}" y="${y + 36}" font-size="13" fill="#1b1b1b">${esc(label)}</text>`,
    );
    if (row.issues === 0) {
      parts.push(
        `<line x1="0" y1="${y + 22}" x2="0" y2="${y + 40}" stroke="#767676" stroke-width="2"/>`,
      );
    }
  });
  const description = rows
    .map((row) => `${row.section}: ${row.issues === 0 ? 'no issues' : kindCounts(row)}.`)
    .join(' ');
  return [
    `<svg role="img" aria-labelledby="summary-chart-title summary-chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    '<title id="summary-chart-title">Issues by section and severity</title>',
    `<desc id="summary-chart-desc">${esc(description)}</desc>`,
    patternDefs('sc'),
    ...parts,
    '</svg>',
  ].join('');
}

function legend(): string {
  const items = ISSUE_KINDS.map(
    (kind) =>
      `<li><svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">${patternDefs(`lg-${kind}`)}<rect width="28" height="16" fill="url(#lg-${kind}-${kind})"/></svg>${esc(KIND_LABELS[kind])}</li>`,
  );
  return `<ul class="legend" aria-label="Key to the chart">${items.join('')}</ul>`;
}

function summaryTable(rows: readonly SectionSummary[], total: SectionSummary): string {
  const head = [
    '<th scope="col">Section</th>',
    ...ISSUE_KINDS.map((kind) => `<th scope="col" class="n">${esc(KIND_LABELS[kind])}</th>`),
    '<th scope="col" class="n">Rules passed</th>',
    '<th scope="col" class="n">Not applicable</th>',
  ].join('');
  const body = [...rows, total]
    .map((row) => {
      const cells = ISSUE_KINDS.map((kind) => `<td class="n">${row.counts[kind]}</td>`).join('');
      return `<tr${row === total ? ' class="total"' : ''}><th scope="row">${esc(row.section)}</th>${cells}<td class="n">${row.passed}</td><td class="n">${row.notApplicable}</td></tr>`;
    })
    .join('');
  return `<div class="scroll"><table><caption>Issues and rules by section</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortDate(day: number): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
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
      date: shortDate(meeting.day),
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

function participationChart(data: Participation): string {
  const nameWidth = 200;
  const cellWidth = 64;
  const rowHeight = 24;
  const headHeight = 40;
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
    `<text x="${totalX}" y="31" font-size="12" font-weight="600" fill="#1b1b1b">Total (share)</text>`,
  );
  data.rows.forEach((row, r) => {
    const y = headHeight + r * rowHeight;
    parts.push(
      `<text x="0" y="${y + 16}" font-size="13" fill="#1b1b1b">${esc(truncate(row.label, 24))}</text>`,
    );
    row.cells.forEach((cell, m) => {
      const x = nameWidth + m * cellWidth;
      const count = typeof cell === 'number' ? cell : 0;
      parts.push(
        `<rect x="${x + 2}" y="${y + 2}" width="${cellWidth - 4}" height="${rowHeight - 4}" fill="${cell === undefined ? '#ffffff' : tint(count, maxCell)}" stroke="${cell === undefined ? '#d0d0d0' : '#767676'}"/>`,
        `<text x="${x + cellWidth / 2}" y="${y + 16}" font-size="12" text-anchor="middle" fill="${cell === undefined ? '#4a4a4a' : '#1b1b1b'}">${esc(cellText(cell))}</text>`,
      );
    });
    const w = (row.total / maxTotal) * barWidth;
    if (row.total > 0) {
      parts.push(
        `<rect x="${totalX}" y="${y + 5}" width="${w.toFixed(1)}" height="${rowHeight - 10}" fill="#1d5fa6"/>`,
      );
    }
    const share = data.total > 0 ? Math.round((row.total / data.total) * 100) : 0;
    parts.push(
      `<text x="${(totalX + w + 6).toFixed(1)}" y="${y + 16}" font-size="12" fill="#1b1b1b">${row.total} (${share}%)</text>`,
    );
  });
  const quiet = data.rows.filter((r) => r.attended > 0 && r.total === 0).length;
  const top = data.rows[0];
  const description = [
    `Contributions per member at the last ${plural(n, 'meeting')} where they were counted.`,
    top && top.total > 0
      ? `${top.label} made the most: ${top.total} of ${data.total}.`
      : 'No contributions were counted.',
    `${plural(quiet, 'member')} attended without a counted contribution.`,
    'The table below gives every number.',
  ].join(' ');
  return [
    `<svg role="img" aria-labelledby="participation-chart-title participation-chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    '<title id="participation-chart-title">Contributions per member at recent meetings</title>',
    `<desc id="participation-chart-desc">${esc(description)}</desc>`,
    ...parts,
    '</svg>',
  ].join('');
}

function participationTable(data: Participation): string {
  const head = [
    '<th scope="col">Member</th>',
    ...data.meetings.map(
      (m) =>
        `<th scope="col" class="n">${esc(m.date)}<br><span class="meta">${esc(m.title)}</span></th>`,
    ),
    '<th scope="col" class="n">Total</th>',
    '<th scope="col" class="n">Meetings attended</th>',
  ].join('');
  const body = data.rows
    .map((row) => {
      const cells = row.cells
        .map((cell) => {
          const words =
            cell === undefined ? 'did not attend' : cell === null ? 'not counted' : String(cell);
          return `<td class="n">${esc(words)}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(row.label)}</th>${cells}<td class="n">${row.total}</td><td class="n">${row.attended}</td></tr>`;
    })
    .join('');
  return `<div class="scroll"><table><caption>Contributions per member at each meeting</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function participationSection(data: Participation): string {
  const intro =
    'How many times each member contributed at the group’s most recent meetings where contributions were counted, most first. It shows at a glance who is quiet and who does most of the talking.';
  if (data.meetings.length === 0) {
    return `<p>${intro}</p><p>Contributions have not been counted at any past meeting yet, so there is nothing to show. Record each person’s contributions in a meeting’s attendance to see this chart.</p>`;
  }
  return [
    `<p>${intro}</p>`,
    '<figure>',
    `<div class="scroll">${participationChart(data)}</div>`,
    '<figcaption>Each number is the contributions counted for that member at that meeting; “–” means they did not attend and “?” that they attended but their contributions were not counted. Darker cells mean more contributions. The bar on the right is each member’s total, with their share of all contributions.</figcaption>',
    '</figure>',
    '<details><summary>The numbers behind the chart, as a table</summary>',
    participationTable(data),
    '</details>',
  ].join('');
}

// ---------------------------------------------------------------- issues

function issueItem(issue: FlaggedIssue, report: CheckReport): string {
  const kind = kindOf(issue);
  const badge =
    kind === 'review'
      ? `${KIND_LABELS.review} <span class="sr">(${esc(issue.severity)})</span>`
      : KIND_LABELS[kind];
  const lang =
    report.locale !== 'en-GB' &&
    !report.missingMessages.some((m) => m.messageId === issue.messageId)
      ? ` lang="${esc(report.locale)}"`
      : '';
  const questions = issue.questionIds
    .map((id) => {
      const words = questionText(id);
      return words ? `${esc(words)} <code>${esc(id)}</code>` : `<code>${esc(id)}</code>`;
    })
    .join('<br>');
  const about =
    issue.subject.type === 'project'
      ? 'The project'
      : `${esc(issue.subject.type.charAt(0).toUpperCase() + issue.subject.type.slice(1))} “${esc(issue.subject.label)}”`;
  const docs = safeLink(issue.docs);
  const rule = docs
    ? `<a href="${esc(docs)}"><code>${esc(issue.ruleId)}</code></a>`
    : `<code>${esc(issue.ruleId)}</code>`;
  const rows = [
    questions ? `<dt>Framework question</dt><dd>${questions}</dd>` : '',
    `<dt>What we found</dt><dd${lang}>${esc(issue.message)}</dd>`,
    issue.action ? `<dt>Suggested action</dt><dd${lang}>${esc(issue.action)}</dd>` : '',
    `<dt>About</dt><dd>${about}</dd>`,
    `<dt>Rule</dt><dd>${rule} · issue <code>${esc(issue.id)}</code></dd>`,
  ].join('');
  const headingId = `issue-${esc(issue.id)}`;
  return `<li style="--kind: ${KIND_COLOURS[kind]}"><article aria-labelledby="${headingId}"><h4 id="${headingId}"><span class="badge">${badge}</span> <span${lang}>${esc(issue.title)}</span></h4><dl>${rows}</dl></article></li>`;
}

function recentMeetingsOf(report: CheckReport, options: HtmlReportOptions): number {
  const fromOptions = options.recentMeetings;
  if (fromOptions !== undefined) {
    if (!Number.isInteger(fromOptions) || fromOptions < 1) {
      throw new CoproduceError(
        'invalid-options',
        'recentMeetings must be a whole number of at least 1.',
        [problem(['recentMeetings'], 'must be a whole number of at least 1')],
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
 * @throws {@link CoproduceError} `invalid-options` when `anonymise` is set
 * without `project`, or `recentMeetings` is not a whole number of at least 1.
 *
 * @category Report
 * @example
 * ```ts
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
      [problem(['project'], 'is required when anonymise is true')],
    );
  }
  const count = recentMeetingsOf(report, options);
  const source = options.anonymise && project ? anonymiseReport(report, project) : report;
  const shown = neutraliseReport(filterReport(source, { minSeverity: options.minSeverity }));
  const { rows, total } = summariseSections(shown);
  const pseudonyms = options.anonymise && project ? memberPseudonyms(project) : undefined;
  const labelOf = (id: string, name: string) => pseudonyms?.get(id)?.label ?? name;

  const title = `Co-production check: ${shown.project.title}`;
  const checked = checkedOnText(shown);
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="coproduce">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to the report</a>',
    '<header><div class="wrap">',
    '<p class="kicker">Co-production check</p>',
    `<h1>${esc(shown.project.title)}</h1>`,
    `<p class="meta">Stage: ${esc(shown.project.stage)} · checked on ${esc(checked)} (${esc(shown.project.timeZone)}) · ${plural(shown.outcomes.length, 'rule')}${options.anonymise ? ' · members shown by pseudonym' : ''}</p>`,
    '</div></header>',
    '<main id="main" tabindex="-1"><div class="wrap">',
  );
  if (options.anonymise) out.push(`<p class="meta">${esc(ANONYMISED_KEEPS)}</p>`);

  out.push(
    '<section aria-labelledby="summary-heading">',
    '<h2 id="summary-heading">Summary</h2>',
    `<p class="lead">${esc(summariseReport(shown))}.</p>`,
  );
  if (options.minSeverity) {
    out.push(`<p>Showing issues of severity ${esc(options.minSeverity)} or above.</p>`);
  }
  out.push(
    '<figure>',
    legend(),
    summaryChart(rows),
    '<figcaption>Issues in each section of the framework, by severity. Issues that need review are those where the data to decide has not been recorded.</figcaption>',
    '</figure>',
    summaryTable(rows, total),
    '</section>',
  );

  if (project) {
    out.push(
      '<section aria-labelledby="participation-heading">',
      '<h2 id="participation-heading">Who contributes at recent meetings</h2>',
      participationSection(
        participation(project, shown.checkedAt, count, labelOf, options.anonymise === true),
      ),
      '</section>',
    );
  }

  const notices = describeNotices(shown);
  if (notices.length > 0) {
    out.push(
      '<section aria-labelledby="notices-heading">',
      `<h2 id="notices-heading">${esc(NOTICES_HEADING)}</h2>`,
      `<ul>${notices.map((notice) => `<li><strong>Warning:</strong> ${esc(notice)}</li>`).join('')}</ul>`,
      '</section>',
    );
  }
  out.push('<section aria-labelledby="issues-heading">', '<h2 id="issues-heading">Issues</h2>');
  const groups = issuesBySection(shown);
  if (groups.length === 0) out.push('<p>No issues to show.</p>');
  groups.forEach(({ section, issues }, i) => {
    out.push(
      `<section aria-labelledby="section-${i}">`,
      `<h3 id="section-${i}">${esc(section)} <span class="meta">(${plural(issues.length, 'issue')})</span></h3>`,
      `<ol class="issues">${issues.map((issue) => issueItem(issue, shown)).join('')}</ol>`,
      '</section>',
    );
  });
  out.push('</section>', '</div></main>');

  out.push(
    '<footer><div class="wrap">',
    `<p>Made by coproduce from a check on ${esc(checkedOnText(shown, true))} (${esc(shown.project.timeZone)}). ${esc(
      describeConfiguration(shown) ??
        `Rule sets: ${shown.ruleSets.map((s) => `${s.id} ${s.version}`).join(', ') || 'none'}`,
    )}. Issue ids stay the same from one check to the next, so an issue can be followed over time.</p>`,
    '</div></footer>',
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}
