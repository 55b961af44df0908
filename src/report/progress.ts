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
import type { CheckReport, FlaggedIssue, TrendPoint } from '../check/report-schema.js';
import { SEVERITIES, type Severity } from '../check/types.js';
import { aboutWords } from './acknowledged.js';
import type { UiMessageId } from './catalogue.js';
import { escapeHtml, escapeMarkdown, neutralise } from './neutralise.js';
import { svgChart, type Words } from './shared.js';
import { wrapWords } from './wrap.js';

/** A moment as a date in words, in the words' locale and the project's time zone. */
function dayWords(report: CheckReport, words: Words, instant: string): string {
  return (
    formatDate(instant, { locale: words.lang, timeZone: report.project.timeZone }) ??
    instant.slice(0, 10)
  );
}

/** "Since the check on 1 October 2026: 2 new, 30 still open, 3 resolved, 1 acknowledged." */
export function changesSentence(report: CheckReport, words: Words): string | undefined {
  const changes = report.changes;
  if (changes === undefined) return undefined;
  const { counts } = changes;
  return words.text('progress.sentence', {
    date: dayWords(report, words, changes.since),
    new: counts.new,
    stillOpen: counts.stillOpen,
    resolved: counts.resolved,
    acknowledged: counts.acknowledged,
  });
}

function newIssues(report: CheckReport): FlaggedIssue[] {
  const ids = new Set(report.changes?.newIssues ?? []);
  return report.issues.filter((issue) => ids.has(issue.id));
}

function total(point: TrendPoint): number {
  return point.bySeverity.error + point.bySeverity.warning + point.bySeverity.info;
}

/** The plain-text block: changes since the baseline, then the trend. Every value passes `neutralise`. */
export function progressText(report: CheckReport, width: number, words: Words): string[] {
  const out: string[] = [];
  const sentence = changesSentence(report, words);
  if (sentence !== undefined) {
    out.push('', words.text('progress.since'));
    out.push(...wrapWords(sentence, width, 2));
    const line = (label: string, issue: FlaggedIssue) =>
      wrapWords(
        `${label} ${neutralise(issue.title)} (${neutralise(aboutWords(issue, words))})`,
        width,
        2,
      );
    for (const issue of newIssues(report))
      out.push(...line(words.text('progress.newLabel'), issue));
    for (const issue of report.changes?.resolved ?? []) {
      out.push(...line(words.text('progress.resolvedLabel'), issue));
    }
  }
  const trend = report.trend ?? [];
  if (trend.length > 0) {
    out.push('', words.text('progress.trendHeading', { n: trend.length }));
    for (const point of trend) {
      const severities = words.text('summary.severities', { ...point.bySeverity });
      out.push(
        ...wrapWords(
          words.text('progress.trendLine', {
            date: dayWords(report, words, point.checkedAt),
            severities,
            review: point.needsReview,
            acknowledged: point.acknowledged,
          }),
          width,
          2,
        ),
      );
    }
  }
  return out;
}

/** The Markdown block, headings at `level`. */
export function progressMarkdown(report: CheckReport, level: number, words: Words): string[] {
  const md = escapeMarkdown;
  const heading = (text: string) => `${'#'.repeat(Math.min(6, level))} ${text}`;
  const out: string[] = [];
  const sentence = changesSentence(report, words);
  if (sentence !== undefined) {
    out.push(heading(words.text('progress.since')), '', md(sentence), '');
    const fresh = newIssues(report);
    const resolved = report.changes?.resolved ?? [];
    if (fresh.length > 0 || resolved.length > 0) {
      out.push(
        `| ${words.text('progress.change')} | ${words.text('progress.issue')} | ${words.text('ack.about')} |`,
        '| --- | --- | --- |',
      );
      const row = (change: string, issue: FlaggedIssue) =>
        `| ${change} | ${md(issue.title)} | ${md(aboutWords(issue, words))} |`;
      for (const issue of fresh) out.push(row(words.text('progress.new'), issue));
      for (const issue of resolved) out.push(row(words.text('progress.resolved'), issue));
      out.push('');
    }
  }
  const trend = report.trend ?? [];
  if (trend.length > 0) {
    out.push(heading(words.text('progress.trendHeading', { n: trend.length })), '');
    const columns = [
      'progress.checkedOn',
      'progress.errors',
      'progress.warnings',
      'progress.info',
      'progress.needsReview',
      'progress.acknowledged',
    ] as const;
    out.push(
      `| ${columns.map((id) => words.text(id)).join(' | ')} |`,
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const point of trend) {
      out.push(
        `| ${md(dayWords(report, words, point.checkedAt))} | ${point.bySeverity.error} | ${point.bySeverity.warning} | ${point.bySeverity.info} | ${point.needsReview} | ${point.acknowledged} |`,
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
function trendChart(report: CheckReport, trend: readonly TrendPoint[], words: Words): string {
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
    const [day = '', month = '', year = ''] = dayWords(report, words, point.checkedAt).split(' ');
    parts.push(
      `<text x="${x + barWidth / 2}" y="${top + plot + 18}" font-size="12" text-anchor="middle" fill="#1b1b1b">${esc(`${day} ${month.slice(0, 3)}`)}</text>`,
      `<text x="${x + barWidth / 2}" y="${top + plot + 34}" font-size="12" text-anchor="middle" fill="#4a4a4a">${esc(year)}</text>`,
    );
  });
  const first = trend[0];
  const last = trend.at(-1);
  const description = [
    words.text('progress.chartIntro', { n: trend.length }),
    first && last
      ? words.text('progress.chartRange', {
          first: total(first),
          firstDate: dayWords(report, words, first.checkedAt),
          firstErrors: first.bySeverity.error,
          last: total(last),
          lastDate: dayWords(report, words, last.checkedAt),
          lastErrors: last.bySeverity.error,
        })
      : '',
    words.text('progress.chartTable'),
  ].join(' ');
  return svgChart(
    'trend-chart',
    { width, height },
    words.text('progress.chartTitle'),
    description,
    [patterns(), ...parts],
  );
}

function trendTable(report: CheckReport, trend: readonly TrendPoint[], words: Words): string {
  const esc = escapeHtml;
  const rows = trend
    .map(
      (point) =>
        `<tr><th scope="row">${esc(dayWords(report, words, point.checkedAt))}</th>${SEVERITIES.map((s) => `<td class="n">${point.bySeverity[s]}</td>`).join('')}<td class="n">${point.needsReview}</td><td class="n">${point.acknowledged}</td></tr>`,
    )
    .join('');
  const head = (id: UiMessageId, numeric: boolean) =>
    `<th scope="col"${numeric ? ' class="n"' : ''}>${esc(words.text(id))}</th>`;
  const columns = [
    head('progress.checkedOn', false),
    head('progress.errors', true),
    head('progress.warnings', true),
    head('progress.info', true),
    head('progress.ofTheseReview', true),
    head('progress.acknowledged', true),
  ].join('');
  return `<div class="scroll"><table><caption>${esc(words.text('progress.tableCaption'))}</caption><thead><tr>${columns}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The HTML section: changes since the baseline and the trend chart; empty when neither is there. */
export function progressHtml(report: CheckReport, words: Words): string {
  const esc = escapeHtml;
  const sentence = changesSentence(report, words);
  const trend = report.trend ?? [];
  if (sentence === undefined && trend.length === 0) return '';
  const out: string[] = [
    '<section aria-labelledby="progress-heading">',
    `<h2 id="progress-heading">${esc(words.text('progress.heading'))}</h2>`,
  ];
  if (sentence !== undefined) {
    out.push(`<p class="lead">${esc(sentence)}</p>`);
    const fresh = newIssues(report);
    const resolved = report.changes?.resolved ?? [];
    if (fresh.length > 0 || resolved.length > 0) {
      const rows = [
        ...fresh.map((issue) => [words.text('progress.new'), issue] as const),
        ...resolved.map((issue) => [words.text('progress.resolved'), issue] as const),
      ]
        .map(
          ([change, issue]) =>
            `<tr><td>${esc(change)}</td><td>${esc(issue.title)}</td><td>${esc(aboutWords(issue, words))}</td></tr>`,
        )
        .join('');
      const head = (id: UiMessageId) => `<th scope="col">${esc(words.text(id))}</th>`;
      out.push(
        `<div class="scroll"><table><caption>${esc(words.text('progress.changesCaption'))}</caption><thead><tr>${head('progress.change')}${head('progress.issue')}${head('ack.about')}</tr></thead><tbody>${rows}</tbody></table></div>`,
      );
    }
  }
  if (trend.length > 0) {
    out.push(
      '<figure>',
      `<div class="scroll">${trendChart(report, trend, words)}</div>`,
      `<figcaption>${esc(words.text('progress.figcaption', { n: trend.length }))}</figcaption>`,
      '</figure>',
      `<details><summary>${esc(words.text('progress.details'))}</summary>`,
      trendTable(report, trend, words),
      '</details>',
    );
  }
  out.push('</section>');
  return out.join('');
}
