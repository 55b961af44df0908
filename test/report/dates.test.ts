import { describe, expect, it } from 'vitest';
import { check, createRuleSet, parseProject } from '../../src/index.js';
import {
  formatReportHtml,
  formatReportMarkdown,
  formatReportText,
} from '../../src/report/index.js';

const noRules = createRuleSet({ extends: [] });

async function reportAt(now: string, timeZone: string, locale?: string) {
  const project = parseProject({
    schemaVersion: 2,
    id: 'p-dates',
    title: 'Dates',
    stage: 'planning',
    timeZone,
  });
  return check(project, { rules: noRules, now, ...(locale ? { locale } : {}) });
}

describe('dates shown to readers', () => {
  it('are in words, in the project time zone, while the data stays ISO', async () => {
    // 23:30 on 20 November in UTC is already 21 November in Auckland.
    const report = await reportAt('2026-11-20T23:30:00Z', 'Pacific/Auckland');
    expect(report.checkedAt).toBe('2026-11-20T23:30:00.000Z');
    expect(formatReportText(report)).toContain('checked on 21 November 2026 (Pacific/Auckland)');
    expect(formatReportMarkdown(report)).toContain(
      'checked on 21 November 2026 (Pacific/Auckland)',
    );
    const html = formatReportHtml(report);
    expect(html).toContain('checked on 21 November 2026 (Pacific/Auckland)');
    expect(html).toContain('from a check on 21 November 2026 at 12:30 (Pacific/Auckland)');
    for (const text of [formatReportText(report), formatReportMarkdown(report), html])
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('use the same day as the project in London, not the machine', async () => {
    const report = await reportAt('2026-06-30T23:30:00Z', 'Europe/London');
    expect(formatReportText(report)).toContain('checked on 1 July 2026 (Europe/London)');
  });

  // The report's frame is in the report's locale now (issue 14), so its dates are too.
  it('are in the language of the report, Welsh with the cy locale', async () => {
    const report = await reportAt('2026-10-30T09:00:00Z', 'Europe/London', 'cy');
    expect(report.locale).toBe('cy');
    expect(formatReportText(report)).toContain('gwiriwyd ar 30 Hydref 2026 (Europe/London)');
    expect(formatReportMarkdown(report)).toContain('gwiriwyd ar 30 Hydref 2026');
    const html = formatReportHtml(report);
    expect(html).toContain('o wiriad ar 30 Hydref 2026 am 09:00 (Europe/London)');
    expect(html).not.toContain('October');
  });
});
