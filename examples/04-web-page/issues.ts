/**
 * The parts of the web page that do not touch the DOM: grouping a report's
 * issues by section, filtering them by severity and choosing the words to
 * show. Kept apart from `app.ts` so they can be tested without a browser.
 *
 * @module
 */
// #region imports
import {
  type CheckReport,
  type FlaggedIssue,
  renderMessage,
  SEVERITIES,
  type Severity,
} from 'coproduce';
// #endregion imports

/** What the severity filter can show: one severity, or all of them. */
export type SeverityFilter = Severity | 'all';

/** Words for each severity, as the page shows them. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'For information',
};

// #region group
/** One framework section and its issues, in the order the report gives them. */
export interface SectionIssues {
  readonly section: string;
  readonly issues: readonly FlaggedIssue[];
}

/**
 * The report's issues grouped by framework section, sections in the
 * framework's order (`counts.bySection` lists them in that order).
 */
export function groupBySection(report: CheckReport): SectionIssues[] {
  return Object.keys(report.counts.bySection)
    .map((section) => ({
      section,
      issues: report.issues.filter((issue) => issue.section === section),
    }))
    .filter((group) => group.issues.length > 0);
}
// #endregion group

/** Whether an issue passes the severity filter. */
export function matchesFilter(issue: FlaggedIssue, filter: SeverityFilter): boolean {
  return filter === 'all' || issue.severity === filter;
}

/** How many issues of each severity there are, for the filter's labels. */
export function countBySeverity(report: CheckReport): Record<SeverityFilter, number> {
  return { all: report.issues.length, ...report.counts.bySeverity };
}

/** The severities in the order the filter offers them. */
export const FILTERS: readonly SeverityFilter[] = ['all', ...SEVERITIES];

// #region messages
/**
 * This front end's own wording for some messages, by message id
 * (`<ruleId>.flagged` or `<ruleId>.needsReview`). The placeholders are the
 * keys of each issue's `data`.
 */
export const PAGE_MESSAGES: Readonly<Record<string, string>> = {
  'quiet-members.flagged':
    '{subject} has said very little at the last {meetings:count:meeting:meetings} they came to.',
};

/**
 * The message to show for an issue: the page's own wording when it has one,
 * filled in from the issue's data with `renderMessage` in the report's
 * locale and the project's time zone (so dates read as the check wrote
 * them); otherwise the message the check rendered.
 */
export function messageFor(
  issue: FlaggedIssue,
  report: Pick<CheckReport, 'locale' | 'project'>,
  wording: Readonly<Record<string, string>> = PAGE_MESSAGES,
): string {
  const template = wording[issue.messageId];
  return template === undefined
    ? issue.message
    : renderMessage(template, issue.data, {
        locale: report.locale,
        timeZone: report.project.timeZone,
      });
}
// #endregion messages
