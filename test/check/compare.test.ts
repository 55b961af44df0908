import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  applyCommands,
  check,
  commands,
  isCoproduceError,
  parseProjectJson,
} from '../../src/index.js';
import {
  compareReports,
  formatReportHtml,
  formatReportMarkdown,
  formatReportText,
  parseReport,
  withBaseline,
  withTrend,
} from '../../src/report/index.js';
import { CheckReportSchema } from '../../src/schemas.js';

const midWay = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
const OCTOBER = '2026-10-20T12:00:00Z';
const NOVEMBER = '2026-11-20T12:00:00Z';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('compareReports', () => {
  it('marks each issue new, still open, resolved or acknowledged, by issue id, with counts', async () => {
    const before = await check(midWay, { now: OCTOBER });
    const [first, second] = before.issues;
    if (!first || !second) throw new Error('the example has issues');
    // A month later, with one issue acknowledged: date-driven rules raise and resolve others.
    const after = await check(
      applyCommands(midWay, [
        commands.acknowledgement.record({
          id: 'ack-01',
          issueId: second.id,
          reason: 'Agreed with the board in October.',
          by: 'Board',
          on: '2026-10-21',
        }),
      ]),
      { now: NOVEMBER },
    );
    const comparison = compareReports(before, after);
    const beforeIds = new Set(before.issues.map((i) => i.id));
    const afterIds = new Set(after.issues.map((i) => i.id));
    expect(comparison.acknowledged.map((i) => i.id)).toEqual([second.id]);
    expect(comparison.new.map((i) => i.id)).toEqual(
      after.issues.filter((i) => !beforeIds.has(i.id)).map((i) => i.id),
    );
    expect(comparison.stillOpen.map((i) => i.id)).toEqual(
      after.issues.filter((i) => beforeIds.has(i.id)).map((i) => i.id),
    );
    expect(comparison.resolved.map((i) => i.id)).toEqual(
      before.issues.filter((i) => !afterIds.has(i.id) && i.id !== second.id).map((i) => i.id),
    );
    expect(comparison.counts).toEqual({
      new: comparison.new.length,
      stillOpen: comparison.stillOpen.length,
      resolved: comparison.resolved.length,
      acknowledged: 1,
    });
    expect(comparison.counts.stillOpen + comparison.counts.new).toBe(after.issues.length);
    expect(comparison.since).toBe('2026-10-20T12:00:00.000Z');
  });

  it('finds an issue resolved by a command', async () => {
    const before = await check(midWay, { now: NOVEMBER });
    const changed = applyCommand(
      midWay,
      commands.progressTracking.recordReview({ on: '2026-11-19' }),
    );
    const after = await check(changed, { now: NOVEMBER });
    const { counts, resolved } = compareReports(before, after);
    expect(resolved.map((i) => i.ruleId)).toContain('progress-review-overdue');
    expect(counts.resolved).toBeGreaterThan(0);
    // Comparing a report with itself changes nothing.
    expect(compareReports(after, after).counts).toEqual({
      new: 0,
      stillOpen: after.issues.length,
      resolved: 0,
      acknowledged: 0,
    });
  });

  it('refuses reports of two different projects', async () => {
    const one = await check(midWay, { now: NOVEMBER });
    const other = await check(
      applyCommand(midWay, commands.project.update({ changes: { title: 'Other' } })),
      { now: NOVEMBER },
    );
    const renamed = { ...other, project: { ...other.project, id: 'another-project' } };
    const error = thrown(() => compareReports(one, renamed));
    expect(isCoproduceError(error) && error.code).toBe('invalid-options');
  });

  it('adds the changes to a report that every format shows and the schema accepts', async () => {
    const before = await check(midWay, { now: OCTOBER });
    const after = await check(
      applyCommand(midWay, commands.progressTracking.recordReview({ on: '2026-11-19' })),
      { now: NOVEMBER },
    );
    const report = withBaseline(after, parseReport(JSON.stringify(before)));
    expect(CheckReportSchema.safeParse(report).success).toBe(true);
    const { counts } = report.changes ?? { counts: undefined };
    const sentence = `Since the check on 20 October 2026: ${counts?.new} new, ${counts?.stillOpen} still open, ${counts?.resolved} resolved, 0 acknowledged.`;
    expect(formatReportText(report, { width: 200 })).toContain(sentence);
    expect(formatReportMarkdown(report)).toContain(sentence);
    expect(formatReportHtml(report)).toContain(sentence);
    const resolvedTitle = report.changes?.resolved[0]?.title ?? '';
    expect(formatReportText(report, { width: 400 })).toContain(`RESOLVED ${resolvedTitle}`);
  });

  it('reads only reports: other JSON is refused with its problems', () => {
    const error = thrown(() => parseReport('{"reportVersion": 1}'));
    expect(isCoproduceError(error) && error.code).toBe('invalid-report');
    expect(isCoproduceError(error) && error.problems.length).toBeGreaterThan(0);
    expect(isCoproduceError(thrown(() => parseReport('not json')))).toBe(true);
  });
});

describe('withTrend', () => {
  it('keeps the last checks before this one, oldest first, and draws them as a chart with a table', async () => {
    const moments = ['2026-06-20', '2026-07-20', '2026-08-20', '2026-09-20', '2026-10-20'];
    const earlier = await Promise.all(
      moments.map((day) => check(midWay, { now: `${day}T12:00:00Z` })),
    );
    const later = await check(midWay, { now: '2026-12-20T12:00:00Z' });
    const now = await check(midWay, { now: NOVEMBER });
    const report = withTrend(now, [later, ...earlier.reverse(), earlier[0]!], { limit: 4 });
    expect(report.trend?.map((p) => p.checkedAt.slice(0, 10))).toEqual([
      '2026-08-20',
      '2026-09-20',
      '2026-10-20',
      '2026-11-20',
    ]);
    expect(report.trend?.at(-1)?.bySeverity).toEqual(now.counts.bySeverity);
    expect(CheckReportSchema.safeParse(report).success).toBe(true);
    const html = formatReportHtml(report);
    expect(html).toContain('<svg role="img" aria-labelledby="trend-chart-title trend-chart-desc"');
    expect(html).toContain(
      '<title id="trend-chart-title">Open issues by severity at recent checks</title>',
    );
    expect(html).toContain('<caption>Open issues at each check</caption>');
    expect(
      (html.match(/<th scope="row">20 (August|September|October|November) 2026<\/th>/g) ?? [])
        .length,
    ).toBe(4);
    expect(formatReportMarkdown(report)).toContain('## Issues at the last 4 checks');
    expect(() => withTrend(now, [], { limit: 1 })).toThrow(/at least 2/);
  });

  it('writes the changes and the trend in the report’s language', async () => {
    const cy = { locale: 'cy' } as const;
    const before = await check(midWay, { now: OCTOBER, ...cy });
    const after = await check(
      applyCommand(midWay, commands.progressTracking.recordReview({ on: '2026-11-19' })),
      { now: NOVEMBER, ...cy },
    );
    const report = withTrend(withBaseline(after, before), [before]);
    const outputs = [
      formatReportText(report, { width: 400 }),
      formatReportMarkdown(report),
      formatReportHtml(report),
    ];
    for (const output of outputs) {
      expect(output).toContain('Ers y gwiriad ar 20 Hydref 2026:');
      expect(output).not.toMatch(/Since the|still open|Issues at the last|Open issues|RESOLVED/);
    }
    expect(outputs[2]).toContain('<h2 id="progress-heading">Cynnydd dros amser</h2>');
    expect(outputs[1]).toContain('## Materion yn y 2 gwiriad diwethaf');
  });
});
