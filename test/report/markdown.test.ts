import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CheckReport,
  check,
  parseProject,
  parseProjectJson,
  questionCatalogue,
} from '../../src/index.js';
import { formatReportMarkdown } from '../../src/report/index.js';

const NOW = '2026-11-20T12:00:00Z';
const midWay = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
const report = await check(midWay, { now: NOW });
const markdown = formatReportMarkdown(report);

/** How Markdown escaping leaves plain text readable: undo the backslashes. */
const plainText = (text: string) => text.replace(/\\([\\`*_[\]<>|~&#+\-=.)])/g, '$1');

describe('formatReportMarkdown', () => {
  it('starts with a heading, the stage and date, and the summary from the counts', () => {
    const [first, , meta, , summary] = markdown.split('\n');
    expect(first).toBe(`# Co-production check: ${report.project.title}`);
    expect(meta).toContain('Stage: **during co-production**');
    expect(meta).toContain('checked on 20 November 2026 (Europe/London)');
    expect(meta).toContain(`${report.outcomes.length} rules checked`);
    const { counts } = report;
    expect(plainText(summary!)).toContain(
      `${counts.issues} issues from ${counts.rules} rules: ${counts.bySeverity.error} errors, ${counts.bySeverity.warning} warnings and ${counts.bySeverity.info} for information.`,
    );
    const headings = markdown.split('\n').filter((line) => /^## /.test(line));
    expect(headings).toEqual(['## At a glance', '## Summary', '## Issues by section']);
  });

  it('lists three to five actions at a glance, most serious first', () => {
    const glance = markdown.slice(
      markdown.indexOf('## At a glance'),
      markdown.indexOf('## Summary'),
    );
    const items = [
      ...glance.matchAll(/^(\d)\. \*\*(Error|Warning|For information|Needs review): /gm),
    ];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(5);
    const order = ['Error', 'Warning', 'For information', 'Needs review'];
    const ranks = items.map((m) => order.indexOf(m[2]!));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(glance).toMatch(/Affects: \d+ members: /);
    expect(glance).toContain('**What to do:**');
  });

  it('has a summary table with a row per section and a total that matches the counts', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(rows[0]).toBe(
      '| Section | Rules with issues | Issues | Errors | Warnings | For information | Need review | Rules passed | Rules not applicable |',
    );
    const sections = Object.keys(report.counts.bySection);
    for (const section of sections)
      expect(rows.some((r) => r.startsWith(`| ${section} |`))).toBe(true);
    const total = rows
      .find((r) => r.startsWith('| **Total** |'))!
      .split('|')
      .map((c) => c.trim().replace(/\*/g, ''));
    const { counts } = report;
    expect(total.slice(2, 10).map(Number)).toEqual([
      new Set(report.issues.map((i) => i.ruleId)).size,
      report.issues.length,
      counts.bySeverity.error,
      counts.bySeverity.warning,
      counts.bySeverity.info,
      report.issues.filter((i) => i.outcome === 'needs-review').length,
      counts.byOutcome.passed,
      counts.byOutcome['not-applicable'],
    ]);
  });

  it('shows one card per rule with its question, subjects, findings and action, and no internal ids but the rule', () => {
    const plain = plainText(markdown);
    const cards = [...markdown.matchAll(/^#### /gm)];
    expect(cards).toHaveLength(new Set(report.issues.map((i) => i.ruleId)).size);
    for (const issue of report.issues) {
      expect(plain).toContain(issue.message);
      expect(plain).toContain(`**What to do:** ${issue.action}`);
      expect(plain).toContain(`**Rule:** \`${issue.ruleId}\``);
      expect(markdown).not.toContain(issue.id);
      for (const id of issue.questionIds) {
        expect(plain).toContain(questionCatalogue().get(id)!.point);
        expect(markdown).not.toContain(id);
      }
    }
    expect(plain).toMatch(/- \*\*Affects:\*\* \d+ members: /);
  });

  it('puts cards under their section, most serious first', () => {
    const lines = markdown.split('\n');
    let rank = -1;
    for (const line of lines) {
      if (line.startsWith('### ')) rank = -1;
      const match = /^#### (?:Error|Warning|For information|Needs review): (.*)$/.exec(line);
      if (!match) continue;
      const issue = report.issues.find((i) => plainText(match[1]!) === i.title)!;
      const next = ['error', 'warning', 'info'].indexOf(issue.severity);
      expect(next).toBeGreaterThanOrEqual(rank);
      rank = next;
    }
  });

  it('escapes text from the project so it cannot become markup', async () => {
    const doc = JSON.parse(readFileSync('examples/projects/early-stage.json', 'utf8'));
    doc.title = 'Fix *this* <script>alert(1)</script> | [link](http://x) &amp;';
    const project = parseProject(doc);
    const text = formatReportMarkdown(await check(project, { now: NOW }));
    expect(text).toContain(
      '# Co-production check: Fix \\*this\\* \\<script\\>alert(1)\\</script\\> \\| \\[link\\](http://x) \\&amp;',
    );
    expect(text).not.toContain('<script>');
  });

  it('leaves out less serious issues and can sit inside a longer document', () => {
    const errors = formatReportMarkdown(report, { minSeverity: 'error', headingLevel: 2 });
    expect(errors.startsWith('## Co-production check')).toBe(true);
    expect(errors).toContain('### Summary');
    expect(errors).toContain('Showing errors only.');
    expect(errors).not.toMatch(/^##### (Warning|For information)/m);
    expect(errors).toMatch(/^##### Error: /m);
  });

  it('says so when there is nothing to show', () => {
    const empty: CheckReport = { ...report, issues: [] };
    expect(formatReportMarkdown(empty)).toContain('No issues to show.');
  });
});
