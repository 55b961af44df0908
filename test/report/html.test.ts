import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, isCoproduceError, parseProject, parseProjectJson } from '../../src/index.js';
import { formatReportHtml } from '../../src/report/index.js';

const NOW = '2026-11-20T12:00:00Z';
const read = (name: string) => readFileSync(`examples/projects/${name}.json`, 'utf8');
const midWay = parseProjectJson(read('mid-way'));
const report = await check(midWay, { now: NOW });
const html = formatReportHtml(report, { project: midWay });

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe('formatReportHtml', () => {
  it('is one self-contained page: no scripts, no external files', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    // The only addresses are links to rule documentation.
    for (const match of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
      expect(match[1]).toMatch(
        /^(#main|https:\/\/github\.com\/coproduce\/coproduce\/blob\/main\/docs\/rules\/)/,
      );
    }
  });

  it('has landmarks and a heading outline', () => {
    expect(html).toContain('<header>');
    expect(html).toContain('<main id="main"');
    expect(html).toContain('<footer>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const h2 = [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual([
      'At a glance',
      'Summary',
      'Who contributes at recent meetings',
      'Issues by section',
    ]);
    // Headings go down one level at a time: h1, h2, h3, h4.
    const levels = [...html.matchAll(/<h(\d)[ >]/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    for (const section of Object.keys(report.counts.bySection)) {
      if (report.issues.some((i) => i.section === section)) {
        expect(html).toMatch(new RegExp(`<h3 id="section-\\d+">${escapeHtml(section)} `));
      }
    }
  });

  it('draws both charts as labelled SVG, with the numbers also as tables', () => {
    expect(html).toContain('aria-labelledby="summary-chart-title summary-chart-desc"');
    expect(html).toContain(
      '<title id="summary-chart-title">Issues by section and severity</title>',
    );
    expect(html).toContain('aria-labelledby="participation-chart-title participation-chart-desc"');
    expect(html).toContain('<caption>Issues and rules by section</caption>');
    expect(html).toContain('<caption>Contributions per member at each meeting</caption>');
    // Severities differ by pattern as well as colour.
    expect(html).toContain('<pattern id="sc-warning"');
    expect(html).toContain('fill="url(#sc-error)"');
  });

  it('shows one card per rule: severity in words, question, subjects, findings and action', () => {
    const cards = html.match(/<article aria-labelledby="card-\d+">/g) ?? [];
    expect(cards).toHaveLength(new Set(report.issues.map((i) => i.ruleId)).size);
    for (const issue of report.issues) {
      expect(html).toContain(`id="issue-${issue.id}"`);
      expect(html).toContain(escapeHtml(issue.message));
      expect(html).toContain(escapeHtml(issue.action));
    }
    expect(html).toContain('<span class="badge">Error</span>');
    expect(html).toContain('<span class="badge">Needs review</span>');
    expect(html).toMatch(/<dt>Affects<\/dt><dd>\d+ members: [^<]+<\/dd>/);
    expect(html).toContain('<dt>Framework question</dt>');
    expect(html).toContain('<ol class="glance">');
  });

  it('charts contributions per member at recent meetings, most first', () => {
    const table = html.slice(html.indexOf('<caption>Contributions per member'));
    const totals = [
      ...table.matchAll(/<tr><th scope="row">[^<]+<\/th>(?:<td class="n">[^<]*<\/td>)+/g),
    ]
      .map((row) => [...row[0].matchAll(/<td class="n">([^<]*)<\/td>/g)].map((c) => c[1]!))
      .map((cells) => Number(cells.at(-2)));
    expect(totals.length).toBeGreaterThan(5);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(table).toContain('did not attend');
    // Six meetings: the dominant-voices rule's recentMeetings.
    expect(report.parameters['dominant-voices']?.recentMeetings).toBe(6);
    expect(html.match(/<th scope="col" class="n">\d+ \w{3} \d{4}<br>/g)).toHaveLength(6);
  });

  it('anonymises members everywhere, the chart included', () => {
    const anonymous = formatReportHtml(report, { project: midWay, anonymise: true });
    for (const member of midWay.group.members) {
      expect(anonymous).not.toContain(escapeHtml(member.displayName));
    }
    expect(anonymous).toMatch(/<tr><th scope="row">Member \d+<\/th>/);
    expect(anonymous).toContain('members shown by pseudonym');
    for (const issue of report.issues) expect(anonymous).toContain(`id="issue-${issue.id}"`);
  });

  it('needs the project to anonymise, and works without it otherwise', () => {
    let error: unknown;
    try {
      formatReportHtml(report, { anonymise: true });
    } catch (caught) {
      error = caught;
    }
    expect(isCoproduceError(error) && error.code).toBe('invalid-options');
    const bare = formatReportHtml(report);
    expect(bare).not.toContain('participation-heading');
    expect(bare).toContain('<h2 id="issues-heading">');
  });

  it('escapes text from the project', async () => {
    const doc = JSON.parse(read('early-stage'));
    doc.title = '<script>alert("x")</script> & "friends"';
    const project = parseProject(doc);
    const page = formatReportHtml(await check(project, { now: NOW }), { project });
    expect(page).not.toContain('<script>');
    expect(page).toContain(
      '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;friends&quot;</h1>',
    );
  });

  it('says when contributions have never been counted', async () => {
    const doc = JSON.parse(read('mid-way'));
    for (const activity of doc.activities) {
      for (const row of activity.attendance ?? []) delete row.contributions;
    }
    const project = parseProject(doc);
    const page = formatReportHtml(await check(project, { now: NOW }), { project });
    expect(page).toContain('Contributions have not been counted at any past meeting yet');
    expect(page).not.toContain('participation-chart-title');
  });

  it('leaves out less serious issues and follows a chosen number of meetings', () => {
    const page = formatReportHtml(report, {
      project: midWay,
      minSeverity: 'error',
      recentMeetings: 2,
    });
    expect(page).not.toContain('<span class="badge">Warning</span>');
    expect(page).toContain('Showing errors only.');
    expect(page.match(/<th scope="col" class="n">\d+ \w{3} \d{4}<br>/g)).toHaveLength(2);
  });
});
