import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CheckReport,
  check,
  formatReportMarkdown,
  parseProject,
  parseProjectJson,
  questionCatalogue,
} from '../../src/index.js';

const NOW = '2026-11-20T12:00:00Z';
const midWay = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
const report = await check(midWay, { now: NOW });
const markdown = formatReportMarkdown(report);

/** How Markdown escaping leaves plain text readable: undo the backslashes. */
const plainText = (text: string) => text.replace(/\\([\\`*_[\]<>|~&#+\-=.)])/g, '$1');

describe('formatReportMarkdown', () => {
  it('starts with a heading, the stage and date, and a one-line summary', () => {
    const [first, , meta] = markdown.split('\n');
    expect(first).toBe(`# Co-production check: ${report.project.title}`);
    expect(meta).toContain('Stage: **during**');
    expect(meta).toContain('checked on 20 November 2026 (Europe/London)');
    expect(markdown).toContain('## Summary');
    expect(markdown).toContain('## Issues');
  });

  it('has a summary table with a row per section and a total that matches the counts', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(rows[0]).toBe(
      '| Section | Errors | Warnings | For information | Needs review | Rules passed | Not applicable |',
    );
    const sections = Object.keys(report.counts.bySection);
    for (const section of sections)
      expect(rows.some((r) => r.startsWith(`| ${section} |`))).toBe(true);
    const total = rows
      .find((r) => r.startsWith('| **Total** |'))!
      .split('|')
      .map((c) => c.trim());
    const flagged = (severity: string) =>
      report.issues.filter((i) => i.outcome === 'flagged' && i.severity === severity).length;
    expect(total.slice(2, 8).map(Number)).toEqual([
      flagged('error'),
      flagged('warning'),
      flagged('info'),
      report.issues.filter((i) => i.outcome === 'needs-review').length,
      report.counts.byOutcome.passed,
      report.counts.byOutcome['not-applicable'],
    ]);
  });

  it('shows every issue with its question, what was found, the action and the subject', () => {
    const plain = plainText(markdown);
    for (const issue of report.issues) {
      expect(plain).toContain(`**What we found:** ${issue.message}`);
      expect(plain).toContain(`**Suggested action:** ${issue.action}`);
      expect(plain).toContain(`\`${issue.id}\``);
      for (const id of issue.questionIds) {
        expect(plain).toContain(`${questionCatalogue().get(id)?.point} (\`${id}\`)`);
      }
    }
    expect(markdown).toMatch(/- \*\*About:\*\* member “[^”]+”/);
  });

  it('puts issues under their section, worst first', () => {
    const lines = markdown.split('\n');
    let rank = -1;
    const order = ['Error', 'Warning', 'For information', 'Needs review'];
    for (const line of lines) {
      if (line.startsWith('### ')) rank = -1;
      const match = /^#### (Error|Warning|For information|Needs review)/.exec(line);
      if (!match) continue;
      const next = order.indexOf(match[1]!);
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
    expect(errors).toContain('Showing issues of severity error or above.');
    expect(errors).not.toMatch(/^##### (Warning|For information)/m);
    expect(errors).toMatch(/^##### Error: /m);
  });

  it('says so when there is nothing to show', () => {
    const empty: CheckReport = { ...report, issues: [] };
    expect(formatReportMarkdown(empty)).toContain('No issues to show.');
  });
});
