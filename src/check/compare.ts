/**
 * Progress over time: comparing two check reports of one project by stable
 * issue id (what is new, still open, resolved or acknowledged since), and a
 * short trend of issues by severity over the last few checks. Pure.
 *
 * @module
 */
import { CoproduceError, problem } from '../model/errors.js';
import { zodProblems } from '../model/zod-problems.js';
import {
  type AcknowledgedIssue,
  type CheckReport,
  CheckReportSchema,
  type FlaggedIssue,
  type ReportChanges,
  reviewTally,
  type TrendPoint,
} from './report-schema.js';

/**
 * Reads a check report saved as JSON (`coproduce check --format json`, or
 * `JSON.stringify(report)`), from text or parsed data, and checks it
 * against the report's schema.
 *
 * @throws {@link coproduce!CoproduceError} `invalid-report` for text that is not JSON
 * or a value that is not a check report, listing every problem with its path.
 *
 * @category Check
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const baseline = parseReport(await readFile('report-october.json', 'utf8'));
 * baseline.checkedAt; // when the October check ran, such as '2026-10-20T09:00:00.000Z'
 * ```
 */
export function parseReport(input: unknown): CheckReport {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch {
      throw new CoproduceError('invalid-report', 'The report is not valid JSON.', [
        problem([], 'is not valid JSON', { code: 'report-not-json' }),
      ]);
    }
  }
  // With the input, a value of the wrong type is said to be so, not "required".
  const parsed = CheckReportSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw new CoproduceError(
      'invalid-report',
      'This is not a check report made by coproduce (coproduce check --format json).',
      zodProblems(parsed.error, { max: 50, schema: CheckReportSchema }),
    );
  }
  return parsed.data as CheckReport;
}

/**
 * Two checks of one project side by side: the issues open now that were
 * not open before (`new`), open in both (`stillOpen`, as they are now),
 * open before and no longer raised (`resolved`, as they were), and open
 * before but acknowledged now (`acknowledged`), with a count of each.
 *
 * @category Check
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const october = parseReport(await readFile('report-october.json', 'utf8'));
 * const comparison = compareReports(october, await check(project, { now: '2026-11-20T12:00:00Z' }));
 * console.log(`${comparison.counts.new} new, ${comparison.counts.resolved} resolved`);
 * ```
 */
export interface ReportComparison {
  /** When the earlier check was made. */
  readonly since: string;
  /** When the later check was made. */
  readonly until: string;
  readonly new: readonly FlaggedIssue[];
  readonly stillOpen: readonly FlaggedIssue[];
  readonly resolved: readonly FlaggedIssue[];
  readonly acknowledged: readonly AcknowledgedIssue[];
  readonly counts: {
    readonly new: number;
    readonly stillOpen: number;
    readonly resolved: number;
    readonly acknowledged: number;
  };
}

function sameProject(before: CheckReport, after: CheckReport): void {
  if (before.project.id !== after.project.id) {
    throw new CoproduceError(
      'invalid-options',
      `These reports are of two different projects ("${before.project.id}" and "${after.project.id}"): compare checks of one project.`,
      [
        problem(
          ['project', 'id'],
          `is "${before.project.id}" in one report and "${after.project.id}" in the other`,
          {
            code: 'report-other-project',
            params: { before: before.project.id, after: after.project.id },
          },
        ),
      ],
    );
  }
}

/**
 * Compares two check reports of the same project by stable issue id (see
 * `issueId`): each open issue of `after` is new or still open, each open
 * issue of `before` that `after` no longer raises is resolved, and one open
 * before but acknowledged in `after` is counted as acknowledged, not
 * resolved. An issue id is a fingerprint of the rule and the record, so
 * changing a rule's wording or severity keeps it the same issue.
 *
 * @throws {@link coproduce!CoproduceError} `invalid-options` when the reports are of
 * different projects.
 *
 * @category Check
 * @example
 * ```ts
 * // The project as it stood on 1 October, and as it is now.
 * const before = await check(projectAsOf(history, '2026-10-01T12:00:00Z'), { now: '2026-10-01T12:00:00Z' });
 * const after = await check(replayHistory(history), { now: '2026-11-01T12:00:00Z' });
 * const { counts } = compareReports(before, after); // e.g. { new: 1, stillOpen: 20, resolved: 3, acknowledged: 0 }
 * ```
 */
export function compareReports(before: CheckReport, after: CheckReport): ReportComparison {
  sameProject(before, after);
  const openBefore = new Set(before.issues.map((issue) => issue.id));
  const openAfter = new Set(after.issues.map((issue) => issue.id));
  const acknowledgedAfter = new Map((after.acknowledged ?? []).map((issue) => [issue.id, issue]));
  const fresh: FlaggedIssue[] = [];
  const stillOpen: FlaggedIssue[] = [];
  for (const issue of after.issues) (openBefore.has(issue.id) ? stillOpen : fresh).push(issue);
  const resolved: FlaggedIssue[] = [];
  const acknowledged: AcknowledgedIssue[] = [];
  for (const issue of before.issues) {
    if (openAfter.has(issue.id)) continue;
    const now = acknowledgedAfter.get(issue.id);
    if (now !== undefined) acknowledged.push(now);
    else resolved.push(issue);
  }
  return {
    since: before.checkedAt,
    until: after.checkedAt,
    new: fresh,
    stillOpen,
    resolved,
    acknowledged,
    counts: {
      new: fresh.length,
      stillOpen: stillOpen.length,
      resolved: resolved.length,
      acknowledged: acknowledged.length,
    },
  };
}

/**
 * A copy of a report with `changes`: what is new, still open, resolved and
 * acknowledged since `baseline`, an earlier report of the same project (see
 * {@link compareReports}). Every format shows it: a summary of the counts,
 * the new issues marked, and the resolved issues listed, each titled as its
 * rule is titled in this report (in its locale) when the rule is still
 * enabled.
 *
 * @throws {@link coproduce!CoproduceError} `invalid-options` when the reports are of
 * different projects.
 *
 * @category Check
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const baseline = parseReport(await readFile('report-october.json', 'utf8'));
 * const report = withBaseline(await check(project, { now: '2026-11-20T12:00:00Z' }), baseline);
 * report.changes?.counts.resolved; // how many of October's issues are gone
 * ```
 */
export function withBaseline(report: CheckReport, baseline: CheckReport): CheckReport {
  const comparison = compareReports(baseline, report);
  // A baseline saved in another language (or before a rule was reworded)
  // names its issues in those words: a resolved issue is titled as its rule
  // is titled now, when the rule is still enabled, so a Welsh report of an
  // English baseline lists them in Welsh.
  // An issue that needed review takes the heading the rule gives such issues, if any.
  const outcomes = new Map(report.outcomes.map((outcome) => [outcome.ruleId, outcome]));
  const resolved = comparison.resolved.map((issue) => {
    const outcome = outcomes.get(issue.ruleId);
    if (outcome === undefined) return issue;
    const review = issue.outcome === 'needs-review' && outcome.needsReviewTitle !== undefined;
    const title = review ? outcome.needsReviewTitle! : outcome.title;
    if (title === issue.title) return issue;
    // The id goes with the words, where the baseline gave one.
    const titleId = `${issue.ruleId}.${review ? 'needsReviewTitle' : 'title'}`;
    return { ...issue, title, ...(issue.titleId !== undefined ? { titleId } : {}) };
  });
  const changes: ReportChanges = {
    since: comparison.since,
    counts: { ...comparison.counts },
    newIssues: comparison.new.map((issue) => issue.id),
    acknowledgedIssues: comparison.acknowledged.map((issue) => issue.id),
    resolved,
  };
  return { ...report, changes };
}

/** The trend point of one report. */
function pointOf(report: CheckReport): TrendPoint {
  return {
    checkedAt: report.checkedAt,
    bySeverity: { ...report.counts.bySeverity },
    ...reviewTally(report),
  };
}

/** How many checks a trend shows by default, this one included. */
const DEFAULT_TREND_LENGTH = 8;

/**
 * A copy of a report with `trend`: its open issues by severity at each of
 * the last `limit` checks (default 8, this one included), oldest first,
 * from `earlier` reports of the same project in any order. Reports made
 * after this one are left out, and two made at the same moment count once.
 * The HTML report draws it as a chart with a table behind it.
 *
 * @throws {@link coproduce!CoproduceError} `invalid-options` when an earlier report is
 * of another project, or `limit` is not a whole number of at least 2.
 *
 * @category Check
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const earlier = await Promise.all(
 *   ['report-september.json', 'report-october.json'].map(async (f) => parseReport(await readFile(f, 'utf8'))),
 * );
 * const report = withTrend(await check(project, { now: '2026-11-20T12:00:00Z' }), earlier);
 * report.trend?.map((point) => point.bySeverity.error); // [4, 3, 1]
 * ```
 */
export function withTrend(
  report: CheckReport,
  earlier: readonly CheckReport[],
  options: { readonly limit?: number | undefined } = {},
): CheckReport {
  const limit = options.limit ?? DEFAULT_TREND_LENGTH;
  if (!Number.isInteger(limit) || limit < 2) {
    throw new CoproduceError('invalid-options', 'A trend needs a limit of at least 2 checks.', [
      problem(['limit'], 'must be a whole number of at least 2', {
        code: 'option-whole-at-least',
        params: { minimum: 2 },
      }),
    ]);
  }
  const now = Date.parse(report.checkedAt);
  const byMoment = new Map<number, CheckReport>();
  for (const other of earlier) {
    sameProject(other, report);
    const at = Date.parse(other.checkedAt);
    if (at < now && !byMoment.has(at)) byMoment.set(at, other);
  }
  const points = [...byMoment.entries()]
    .sort(([a], [b]) => a - b)
    .slice(-(limit - 1))
    .map(([, other]) => pointOf(other));
  return { ...report, trend: [...points, pointOf(report)] };
}
