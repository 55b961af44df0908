import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, parseProjectJson } from '../../src/index.js';
import { formatReportText, summariseReport } from '../../src/report/index.js';

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

  it('groups issues under their section, sections in framework order, one card per rule', () => {
    const text = formatReportText(report);
    const sections = Object.keys(report.counts.bySection).filter((s) =>
      report.issues.some((i) => i.section === s),
    );
    const positions = sections.map((s) => text.indexOf(`\n${s}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const rank = (ruleId: string) => {
      const issues = report.issues.filter((i) => i.ruleId === ruleId);
      const severity = ['error', 'warning', 'info'].indexOf(issues[0]!.severity);
      const onlyReview = issues.every((i) => i.outcome === 'needs-review') ? 1 : 0;
      return [severity, onlyReview, -issues.length];
    };
    for (const section of sections) {
      const start = text.indexOf(`\n${section}\n`);
      const next = positions.find((p) => p > start) ?? text.length;
      const block = text.slice(start, next);
      // One card per rule: each rule of the section once, most serious first.
      const rules = [...block.matchAll(/^ +Rule: (\S+)$/gm)].map((m) => m[1]!);
      const expected = [
        ...new Set(report.issues.filter((i) => i.section === section).map((i) => i.ruleId)),
      ];
      expect([...rules].sort()).toEqual([...expected].sort());
      const ranks = rules.map(rank);
      const sorted = [...ranks].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
      expect(ranks).toEqual(sorted);
    }
  });

  it('opens with the actions that matter most, most serious and widest first', () => {
    const text = formatReportText(report, { width: 1000 });
    const glance = text.slice(
      text.indexOf('\nAt a glance\n'),
      text.indexOf('\nShared understanding\n'),
    );
    const items = [...glance.matchAll(/^ {2}(\d)\. +(ERROR|WARNING|INFO|REVIEW) +(.+)$/gm)];
    expect(items.map((m) => m[1])).toEqual(['1', '2', '3', '4', '5']);
    // The errors come first, and among them the rule that affects the most people.
    const errorRules = new Set(
      report.issues.filter((i) => i.severity === 'error').map((i) => i.ruleId),
    );
    expect(items.filter((m) => m[2] === 'ERROR')).toHaveLength(Math.min(5, errorRules.size));
    const widest = Math.max(
      ...[...errorRules].map((id) => report.issues.filter((i) => i.ruleId === id).length),
    );
    const first = report.issues.find((i) => i.title === items[0]![3]);
    expect(report.issues.filter((i) => i.ruleId === first?.ruleId)).toHaveLength(widest);
    expect(glance).toMatch(/Affects: \d+ members: /);
  });

  it('shows every issue with its message, action and subject', () => {
    const text = formatReportText(report, { width: 1000 });
    for (const issue of report.issues) {
      expect(text).toContain(issue.message);
      if (issue.action) expect(text).toContain(`What to do: ${issue.action}`);
      expect(text).toContain(issue.ruleId);
    }
  });

  it('labels a card that only needs review REVIEW, and marks review findings in a mixed card', () => {
    const text = formatReportText(report, { width: 1000 });
    const byRule = new Map<string, typeof report.issues>();
    for (const issue of report.issues)
      byRule.set(issue.ruleId, [...(byRule.get(issue.ruleId) ?? []), issue]);
    let mixed = 0;
    let onlyReview = 0;
    for (const issues of byRule.values()) {
      const review = issues.filter((i) => i.outcome === 'needs-review');
      if (review.length === 0) continue;
      if (review.length === issues.length) {
        onlyReview += 1;
        expect(text).toMatch(new RegExp(`^ {2}REVIEW +${escapeRegExp(issues[0]!.title)}$`, 'm'));
      } else {
        mixed += 1;
        for (const issue of review) expect(text).toContain(`- Needs review: ${issue.message}`);
      }
    }
    expect(mixed).toBeGreaterThan(0);
    expect(onlyReview).toBeGreaterThan(0);
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

  it('sums the report up from its counts: issues and rules counted separately', () => {
    const { counts } = report;
    expect(summariseReport(report)).toContain(
      `${counts.issues} issues from ${counts.rules} rules: ${counts.bySeverity.error} errors, ${counts.bySeverity.warning} warnings and ${counts.bySeverity.info} for information.`,
    );
    expect(summariseReport(report)).toContain(`${counts.needsReview} issues need review`);
    expect(summariseReport(report)).toContain(`${counts.byOutcome.passed} rules passed`);
    expect(formatReportText(report, { width: 1000 })).toContain(summariseReport(report));
  });

  it('recounts the summary when less serious issues are left out', () => {
    const text = formatReportText(report, { minSeverity: 'error', width: 1000 });
    const errors = report.issues.filter((i) => i.severity === 'error');
    const rules = new Set(errors.map((i) => i.ruleId)).size;
    expect(text).toContain(
      `${errors.length} issues from ${rules} rules: ${errors.length} errors, 0 warnings and 0 for information.`,
    );
    expect(text).toContain('Showing errors only.');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
