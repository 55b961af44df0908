/**
 * What the Markdown and HTML reports share: filtering by severity, the
 * summary by section and the order issues are shown in. Pure.
 *
 * @internal
 * @module
 */
import { questionCatalogue } from '../check/compile.js';
import { parseInstant, zonedTime } from '../check/facts/zone.js';
import { formatDate } from '../check/messages.js';
import type { CheckReport, FlaggedIssue } from '../check/report.js';
import { SEVERITIES, type Severity } from '../check/types.js';

/** How an issue is shown: its severity, or "needs review" whatever its severity. */
export type IssueKind = Severity | 'review';

/** Display order of issue kinds: worst first, needs review last. */
export const ISSUE_KINDS: readonly IssueKind[] = ['error', 'warning', 'info', 'review'];

/** Plain labels of each kind, for people. */
export const KIND_LABELS: Readonly<Record<IssueKind, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'For information',
  review: 'Needs review',
};

/** Whether an issue is flagged at a severity, or needs review. */
export function kindOf(issue: FlaggedIssue): IssueKind {
  return issue.outcome === 'needs-review' ? 'review' : issue.severity;
}

/** One row of the summary: a section's issues by kind and its rules by outcome. */
export interface SectionSummary {
  readonly section: string;
  readonly counts: Readonly<Record<IssueKind, number>>;
  readonly issues: number;
  readonly passed: number;
  readonly notApplicable: number;
}

/**
 * Sections in report order (the framework's, then any others as they
 * appear), each with its issues by kind and its rules passed or not
 * applicable, and a total row.
 */
export function summariseSections(report: CheckReport): {
  readonly rows: readonly SectionSummary[];
  readonly total: SectionSummary;
} {
  const order: string[] = Object.keys(report.counts.bySection);
  const add = (section: string) => {
    if (!order.includes(section)) order.push(section);
  };
  for (const outcome of report.outcomes) add(outcome.section);
  for (const issue of report.issues) add(issue.section);
  const blank = () => ({ error: 0, warning: 0, info: 0, review: 0 });
  const rows = order.map((section) => {
    const counts: Record<IssueKind, number> = blank();
    let issues = 0;
    for (const issue of report.issues) {
      if (issue.section !== section) continue;
      counts[kindOf(issue)] += 1;
      issues += 1;
    }
    let passed = 0;
    let notApplicable = 0;
    for (const outcome of report.outcomes) {
      if (outcome.section !== section) continue;
      if (outcome.outcome === 'passed') passed += 1;
      else if (outcome.outcome === 'not-applicable') notApplicable += 1;
    }
    return { section, counts, issues, passed, notApplicable };
  });
  const totalCounts: Record<IssueKind, number> = blank();
  for (const row of rows) for (const kind of ISSUE_KINDS) totalCounts[kind] += row.counts[kind];
  const total: SectionSummary = {
    section: 'Total',
    counts: totalCounts,
    issues: rows.reduce((sum, r) => sum + r.issues, 0),
    passed: rows.reduce((sum, r) => sum + r.passed, 0),
    notApplicable: rows.reduce((sum, r) => sum + r.notApplicable, 0),
  };
  return { rows, total };
}

/**
 * The issues of each section that has any, sections in report order and
 * issues worst first (errors, warnings, information, then needs review),
 * keeping the report's order otherwise.
 */
export function issuesBySection(
  report: CheckReport,
): readonly { readonly section: string; readonly issues: readonly FlaggedIssue[] }[] {
  const { rows } = summariseSections(report);
  const rank = (issue: FlaggedIssue) => ISSUE_KINDS.indexOf(kindOf(issue));
  return rows
    .filter((row) => row.issues > 0)
    .map((row) => ({
      section: row.section,
      issues: report.issues
        .filter((issue) => issue.section === row.section)
        .map((issue, i) => ({ issue, i }))
        .sort((a, b) => rank(a.issue) - rank(b.issue) || a.i - b.i)
        .map(({ issue }) => issue),
    }));
}

/** The framework question's words, or `undefined` for an id the catalogue lacks. */
export function questionText(id: string): string | undefined {
  return questionCatalogue().get(id)?.point;
}

/** What an issue is about, in words: "the project" or `member "Amira"`. */
export function subjectText(issue: FlaggedIssue): string {
  return issue.subject.type === 'project'
    ? 'the project'
    : `${issue.subject.type} "${issue.subject.label}"`;
}

/** `1 error`, `2 errors`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The rank of a severity: 0 for error. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * When the check was made, in words, in the project's time zone:
 * "20 November 2026", or with `withTime` "20 November 2026 at 12:00". The
 * report's frame is written in en-GB, so its dates are too, whatever the
 * locale of the messages; the report's data keeps the ISO date-time.
 */
export function checkedOnText(report: CheckReport, withTime = false): string {
  const { timeZone } = report.project;
  const date =
    formatDate(report.checkedAt, { locale: 'en-GB', timeZone }) ?? report.checkedAt.slice(0, 10);
  if (!withTime) return date;
  const instant = parseInstant(report.checkedAt);
  if (!Number.isFinite(instant)) return date;
  let minutes: number;
  try {
    minutes = zonedTime(timeZone, instant).minutes;
  } catch {
    return date;
  }
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date} at ${hh}:${mm}`;
}
