/**
 * Progress over time in each report format: what changed since a baseline
 * (`report.changes`) and the trend of issues over the last few checks
 * (`report.trend`), the trend in HTML as an accessible chart with a table
 * behind it. Pure.
 *
 * @internal
 * @module
 */
import { formatDate } from '../check/messages.js';
import type { CheckReport, FlaggedIssue, TrendPoint } from '../check/report.js';
import { SEVERITIES, type Severity } from '../check/types.js';
import { escapeHtml, escapeMarkdown, neutralise } from './neutralise.js';
import { wrapWords } from './wrap.js';

const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  error: 'errors',
  warning: 'warnings',
  info: 'for information',
};

/** A moment as a date in words, in the project's time zone. */
function dayWords(report: CheckReport, instant: string): string {
  return (
    formatDate(instant, { locale: 'en-GB', timeZone: report.project.timeZone }) ??
    instant.slice(0, 10)
  );
}

function about(issue: FlaggedIssue): string {
  return issue.subject.type === 'project'
    ? 'the project'
    : `${issue.subject.type} “${issue.subject.label}”`;
}

/** "Since the check on 1 October 2026: 2 new, 30 still open, 3 resolved, 1 acknowledged." */
export function changesSentence(report: CheckReport): string | undefined {
  const changes = report.changes;
  if (changes === undefined) return undefined;
  const { counts } = changes;
  return `Since the check on ${dayWords(report, changes.since)}: ${counts.new} new, ${counts.stillOpen} still open, ${counts.resolved} resolved, ${counts.acknowledged} acknowledged.`;
}

function newIssues(report: CheckReport): FlaggedIssue[] {
  const ids = new Set(report.changes?.newIssues ?? []);
  return report.issues.filter((issue) => ids.has(issue.id));
}

function total(point: TrendPoint): number {
  return point.bySeverity.error + point.bySeverity.warning + point.bySeverity.info;
}

/** The plain-text block: changes since the baseline, then the trend. Every value passes `neutralise`. */
export function progressText(report: CheckReport, width: number): string[] {
  const out: string[] = [];
  const sentence = changesSentence(report);
  if (sentence !== undefined) {
    out.push('', 'Since the last check');
    out.push(...wrapWords(sentence, width, 2));
    for (const issue of newIssues(report)) {
      out.push(
        ...wrapWords(`NEW ${neutralise(issue.title)} (${neutralise(about(issue))})`, width, 2),
      );
    }
    for (const issue of report.changes?.resolved ?? []) {
      out.push(
        ...wrapWords(`RESOLVED ${neutralise(issue.title)} (${neutralise(about(issue))})`, width, 2),
      );
    }
  }
  const trend = report.trend ?? [];
  if (trend.length > 0) {
    out.push('', `Issues at the last ${trend.length} checks`);
    for (const point of trend) {
      const parts = SEVERITIES.map((s) => `${point.bySeverity[s]} ${SEVERITY_WORDS[s]}`);
      out.push(
        ...wrapWords(
          `${dayWords(report, point.checkedAt)}: ${parts.join(', ')}; ${point.needsReview} need review; ${point.acknowledged} acknowledged`,
          width,
          2,
        ),
      );
    }
  }
  return out;
}

/** The Markdown block, headings at `level`. */
export function progressMarkdown(report: CheckReport, level: number): string[] {
  const md = escapeMarkdown;
  const heading = (text: string) => `${'#'.repeat(Math.min(6, level))} ${text}`;
  const out: string[] = [];
  const sentence = changesSentence(report);
  if (sentence !== undefined) {
    out.push(heading('Since the last check'), '', md(sentence), '');
    const fresh = newIssues(report);
    const resolved = report.changes?.resolved ?? [];
    if (fresh.length > 0 || resolved.length > 0) {
      out.push('| Change | Issue | About |', '| --- | --- | --- |');
      for (const issue of fresh) out.push(`| New | ${md(issue.title)} | ${md(about(issue))} |`);
      for (const issue of resolved)
        out.push(`| Resolved | ${md(issue.title)} | ${md(about(issue))} |`);
      out.push('');
    }
  }
  const trend = report.trend ?? [];
  if (trend.length > 0) {
    out.push(heading(`Issues at the last ${trend.length} checks`), '');
    out.push(
      '| Checked on | Errors | Warnings | For information | Needs review | Acknowledged |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const point of trend) {
      out.push(
        `| ${md(dayWords(report, point.checkedAt))} | ${point.bySeverity.error} | ${point.bySeverity.warning} | ${point.bySeverity.info} | ${point.needsReview} | ${point.acknowledged} |`,
      );
    }
    out.push('');
  }
  return out;
}

/** Colours of the severities, as the rest of the HTML report uses them. */
const COLOURS: Readonly<Record<Severity, string>> = {
  error: '#a4262c',
  warning: '#8a4b00',
  info: '#1d5fa6',
};

/** Patterns, so the severities differ in shape as well as colour. */
function patterns(): string {
  const overlay: Readonly<Record<Severity, string>> = {
    error: '',
    warning: '<rect width="3" height="8" fill="#fff" fill-opacity="0.55"/>',
    info: '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
  };
  return `<defs>${SEVERITIES.map(
    (s) =>
      `<pattern id="tr-${s}" width="8" height="8" patternUnits="userSpaceOnUse"${s === 'warning' ? ' patternTransform="rotate(45)"' : ''}><rect width="8" height="8" fill="${COLOURS[s]}"/>${overlay[s]}</pattern>`,
  ).join('')}</defs>`;
}

/** A stacked bar per check, oldest on the left, with its total above it. */
function trendChart(report: CheckReport, trend: readonly TrendPoint[]): string {
  const esc = escapeHtml;
  const barWidth = 48;
  const gap = 36;
  const left = 8;
  const plot = 180;
  const top = 24;
  const width = left + trend.length * (barWidth + gap);
  const height = top + plot + 44;
  const max = Math.max(1, ...trend.map(total));
  const parts: string[] = [
    `<line x1="0" y1="${top + plot}" x2="${width}" y2="${top + plot}" stroke="#767676"/>`,
  ];
  trend.forEach((point, i) => {
    const x = left + i * (barWidth + gap);
    let y = top + plot;
    for (const severity of SEVERITIES) {
      const count = point.bySeverity[severity];
      if (count === 0) continue;
      const h = (count / max) * plot;
      y -= h;
      parts.push(
        `<rect x="${x}" y="${y.toFixed(1)}" width="${barWidth}" height="${h.toFixed(1)}" fill="url(#tr-${severity})" stroke="#fff" stroke-width="1.5"/>`,
      );
    }
    parts.push(
      `<text x="${x + barWidth / 2}" y="${(y - 6).toFixed(1)}" font-size="13" text-anchor="middle" fill="#1b1b1b">${total(point)}</text>`,
    );
    const [day = '', month = '', year = ''] = dayWords(report, point.checkedAt).split(' ');
    parts.push(
      `<text x="${x + barWidth / 2}" y="${top + plot + 18}" font-size="12" text-anchor="middle" fill="#1b1b1b">${esc(`${day} ${month.slice(0, 3)}`)}</text>`,
      `<text x="${x + barWidth / 2}" y="${top + plot + 34}" font-size="12" text-anchor="middle" fill="#4a4a4a">${esc(year)}</text>`,
    );
  });
  const first = trend[0];
  const last = trend.at(-1);
  const description = [
    `Open issues at each of the last ${trend.length} checks, oldest first, stacked by severity.`,
    first && last
      ? `From ${total(first)} on ${dayWords(report, first.checkedAt)} (${first.bySeverity.error} errors) to ${total(last)} on ${dayWords(report, last.checkedAt)} (${last.bySeverity.error} errors).`
      : '',
    'The table below gives every number.',
  ].join(' ');
  return [
    `<svg role="img" aria-labelledby="trend-chart-title trend-chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    '<title id="trend-chart-title">Open issues by severity at recent checks</title>',
    `<desc id="trend-chart-desc">${esc(description)}</desc>`,
    patterns(),
    ...parts,
    '</svg>',
  ].join('');
}

function trendTable(report: CheckReport, trend: readonly TrendPoint[]): string {
  const esc = escapeHtml;
  const rows = trend
    .map(
      (point) =>
        `<tr><th scope="row">${esc(dayWords(report, point.checkedAt))}</th>${SEVERITIES.map((s) => `<td class="n">${point.bySeverity[s]}</td>`).join('')}<td class="n">${point.needsReview}</td><td class="n">${point.acknowledged}</td></tr>`,
    )
    .join('');
  return `<div class="scroll"><table><caption>Open issues at each check</caption><thead><tr><th scope="col">Checked on</th><th scope="col" class="n">Errors</th><th scope="col" class="n">Warnings</th><th scope="col" class="n">For information</th><th scope="col" class="n">Of these, need review</th><th scope="col" class="n">Acknowledged</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The HTML section: changes since the baseline and the trend chart; empty when neither is there. */
export function progressHtml(report: CheckReport): string {
  const esc = escapeHtml;
  const sentence = changesSentence(report);
  const trend = report.trend ?? [];
  if (sentence === undefined && trend.length === 0) return '';
  const out: string[] = [
    '<section aria-labelledby="progress-heading">',
    '<h2 id="progress-heading">Progress over time</h2>',
  ];
  if (sentence !== undefined) {
    out.push(`<p class="lead">${esc(sentence)}</p>`);
    const fresh = newIssues(report);
    const resolved = report.changes?.resolved ?? [];
    if (fresh.length > 0 || resolved.length > 0) {
      const rows = [
        ...fresh.map((issue) => ['New', issue] as const),
        ...resolved.map((issue) => ['Resolved', issue] as const),
      ]
        .map(
          ([change, issue]) =>
            `<tr><td>${change}</td><td>${esc(issue.title)}</td><td>${esc(about(issue))}</td></tr>`,
        )
        .join('');
      out.push(
        `<div class="scroll"><table><caption>Issues new and resolved since the last check</caption><thead><tr><th scope="col">Change</th><th scope="col">Issue</th><th scope="col">About</th></tr></thead><tbody>${rows}</tbody></table></div>`,
      );
    }
  }
  if (trend.length > 0) {
    out.push(
      '<figure>',
      `<div class="scroll">${trendChart(report, trend)}</div>`,
      `<figcaption>Open issues at each of the last ${trend.length} checks, stacked by severity: errors solid, warnings striped, information dotted. Acknowledged issues are not counted.</figcaption>`,
      '</figure>',
      '<details><summary>The numbers behind the chart, as a table</summary>',
      trendTable(report, trend),
      '</details>',
    );
  }
  out.push('</section>');
  return out.join('');
}
