import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, formatReportText, parseProjectJson, summariseReport } from '../../src/index.js';

const NOW = '2026-11-20T12:00:00Z';
const midWay = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
const report = await check(midWay, { now: NOW });

describe('formatReportText', () => {
  it('keeps every line within the width', () => {
    for (const width of [60, 80, 100]) {
      const text = formatReportText(report, { width });
      const long = text.split('\n').filter((line) => line.length > width);
      // Only a single word longer than the width may overflow.
      for (const line of long) expect(line.trim().includes(' ')).toBe(false);
    }
  });

  it('groups issues under their section, sections in framework order, worst first within each', () => {
    const text = formatReportText(report);
    const sections = Object.keys(report.counts.bySection).filter((s) =>
      report.issues.some((i) => i.section === s),
    );
    const positions = sections.map((s) => text.indexOf(`\n${s}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const section of sections) {
      const start = text.indexOf(`\n${section}\n`);
      const next = positions.find((p) => p > start) ?? text.length;
      const block = text.slice(start, next);
      const labels = [...block.matchAll(/^ {2}(ERROR|WARNING|INFO|REVIEW) /gm)].map((m) => m[1]);
      const rank = { ERROR: 0, WARNING: 1, INFO: 2, REVIEW: 3 } as const;
      const ranks = labels.map((l) => rank[l as keyof typeof rank]);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });

  it('shows every issue with its message, action and subject', () => {
    const text = formatReportText(report, { width: 1000 });
    for (const issue of report.issues) {
      expect(text).toContain(issue.message);
      if (issue.action) expect(text).toContain(`What to do: ${issue.action}`);
      expect(text).toContain(issue.ruleId);
    }
  });

  it('labels needs-review issues as REVIEW, whatever their severity', () => {
    const review = report.issues.filter((i) => i.outcome === 'needs-review');
    expect(review.length).toBeGreaterThan(0);
    const text = formatReportText(report, { width: 1000 });
    for (const issue of review) expect(text).toContain(`REVIEW   ${issue.message}`);
  });

  it('leaves out less serious issues with minSeverity', () => {
    const text = formatReportText(report, { minSeverity: 'error', width: 1000 });
    expect(text).not.toMatch(/^ {2}(WARNING|INFO) /m);
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const issue of errors) expect(text).toContain(issue.message);
  });

  it('uses colour only when asked', () => {
    expect(formatReportText(report)).not.toContain('\u001b[');
    expect(formatReportText(report, { color: true })).toContain('\u001b[31mERROR');
  });

  it('sums the report up in one line', () => {
    const flaggedErrors = report.issues.filter(
      (i) => i.outcome === 'flagged' && i.severity === 'error',
    ).length;
    expect(summariseReport(report)).toContain(`${flaggedErrors} errors`);
    expect(summariseReport(report)).toContain(`${report.counts.byOutcome.passed} rules passed`);
  });
});
