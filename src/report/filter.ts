/**
 * Narrowing a check report to the issues worth showing. Pure.
 *
 * @module
 */
import { type CheckReport, countReport } from '../check/report-schema.js';
import { SEVERITIES, type Severity } from '../check/types.js';

/**
 * Options of {@link filterReport}.
 *
 * @category Report
 * @example `const options: FilterReportOptions = { minSeverity: 'warning' };`
 */
export interface FilterReportOptions {
  /** Keep only issues at least this serious. Default: keep every issue. */
  readonly minSeverity?: Severity | undefined;
}

/**
 * A copy of a report with only the issues at or above a severity (flagged
 * or needing review alike), and every issue count (`counts.issues`, `rules`, `needsReview`,
 * `bySeverity`, `bySection`) recounted with `countReport`. Rule outcomes, parameters and
 * everything else are unchanged, so the result is still a valid report.
 * Returns the report itself when nothing is left out.
 *
 * @category Report
 * @example
 * ```ts
 * const serious = filterReport(report, { minSeverity: 'warning' });
 * serious.issues.every((i) => i.severity !== 'info'); // true
 * ```
 */
export function filterReport(report: CheckReport, options: FilterReportOptions = {}): CheckReport {
  const { minSeverity } = options;
  if (minSeverity === undefined) return report;
  const limit = SEVERITIES.indexOf(minSeverity);
  if (limit < 0) throw new RangeError(`Unknown severity "${String(minSeverity)}"`);
  const issues = report.issues.filter((issue) => SEVERITIES.indexOf(issue.severity) <= limit);
  if (issues.length === report.issues.length) return report;
  const sections = Object.keys(report.counts.bySection);
  const counts = countReport(issues, report.outcomes, sections);
  return {
    ...report,
    issues,
    counts:
      report.counts.acknowledged === undefined
        ? counts
        : { ...counts, acknowledged: report.counts.acknowledged },
  };
}
