/**
 * Acknowledged issues in a check: an issue the project has acknowledged
 * (with a reason) is moved out of the open issues into `acknowledged`, and
 * an acknowledgement that needs attention itself (past its review date,
 * matching no issue, or with no real reason) becomes a notice. Pure.
 *
 * @module
 */
import type { Acknowledgement } from '../model/acknowledgement.js';
import type { Project } from '../model/project.js';
import { calendarDateIn } from '../time/zone.js';
import { isPlaceholderText } from './facts/evidence.js';
import { DEFAULT_LOCALE, type RenderOptions, renderMessage } from './messages.js';
import {
  type AcknowledgedIssue,
  type AcknowledgementNotice,
  type AcknowledgementNoticeKind,
  type FlaggedIssue,
  issueId,
} from './report-schema.js';

/**
 * The en-GB words of each kind of notice, by message id. `{title}` is the
 * rule's title, `{subject}` what the issue is about, `{reason}` the reason
 * given, and dates are written in words.
 *
 * @category Check
 * @example
 * ```ts
 * // A notice worded again, as a front end in another language would do with its own template:
 * for (const notice of report.acknowledgementNotices ?? []) {
 *   const template = ACKNOWLEDGEMENT_MESSAGES[notice.messageId];
 *   const data = { title: notice.title, subject: notice.subject?.label, reason: notice.reason, on: notice.on, reviewOn: notice.reviewOn };
 *   if (template) console.log(renderMessage(template, data, { timeZone: report.project.timeZone }));
 * }
 * ```
 */
export const ACKNOWLEDGEMENT_MESSAGES: Readonly<Record<string, string>> = Object.freeze({
  'coproduce.acknowledgement.reviewDue':
    'The issue “{title}” about {subject} was accepted on {on:date} until a review by {reviewOn:date}, and that day has passed. Look at it again: record a new review date if the reason still holds, or remove the acknowledgement so the issue counts as open.',
  'coproduce.acknowledgement.noIssue':
    'An issue accepted on {on:date} (“{reason}”) is no longer raised by the check: it may have been put right, or its rule turned off. Remove the acknowledgement if it is no longer needed.',
  'coproduce.acknowledgement.noReason':
    'The issue “{title}” about {subject} was marked as accepted, but the reason given (“{reason}”) says nothing yet, so the issue still counts as open. Record why it is accepted.',
});

const MESSAGE_IDS: Readonly<Record<AcknowledgementNoticeKind, string>> = {
  'review-due': 'coproduce.acknowledgement.reviewDue',
  'no-issue': 'coproduce.acknowledgement.noIssue',
  'no-reason': 'coproduce.acknowledgement.noReason',
};

/** What an issue is about, in the words a notice uses. */
function subjectWords(issue: FlaggedIssue | undefined): string {
  if (issue === undefined || issue.subject.type === 'project') return 'the project';
  return `${issue.subject.type} “${issue.subject.label}”`;
}

/** The id of the issue an acknowledgement names, in a project with this id. */
export function acknowledgedIssueId(acknowledgement: Acknowledgement, projectId: string): string {
  if (acknowledgement.issueId !== undefined) return acknowledgement.issueId;
  const subject = acknowledgement.subject ?? { type: 'project', id: projectId };
  return issueId(acknowledgement.ruleId ?? '', subject.type, subject.id);
}

/**
 * Renders a notice's message from its parts, so an anonymised copy (with
 * the reason withheld and the subject renamed) reads the same way.
 *
 * @internal
 * @example `noticeMessage({ kind: 'no-issue', on: '2026-01-05', reason: 'Agreed', title: '', subject: 'the project' })`
 */
export function noticeMessage(
  parts: {
    readonly kind: AcknowledgementNoticeKind;
    readonly title: string;
    readonly subject: string;
    readonly reason: string;
    readonly on: string;
    readonly reviewOn?: string | undefined;
  },
  options: RenderOptions = {},
): string {
  const template = ACKNOWLEDGEMENT_MESSAGES[MESSAGE_IDS[parts.kind]] ?? '';
  return renderMessage(
    template,
    {
      title: parts.title,
      subject: parts.subject,
      reason: parts.reason,
      on: parts.on,
      reviewOn: parts.reviewOn ?? null,
    },
    { ...options, locale: DEFAULT_LOCALE },
  );
}

/** The result of {@link applyAcknowledgements}. */
export interface AcknowledgedSplit {
  /** The issues still open, in the order given. */
  readonly issues: readonly FlaggedIssue[];
  readonly acknowledged: readonly AcknowledgedIssue[];
  readonly notices: readonly AcknowledgementNotice[];
  /** Message ids shown in en-GB because the report's locale lacks them. */
  readonly missing: readonly string[];
}

/**
 * Splits a check's issues by the project's acknowledgements. An issue is
 * acknowledged when an acknowledgement names it and gives a real reason (a
 * placeholder such as "tbc" does not count: the issue stays open and a
 * notice says so). An acknowledgement whose review day has passed (read in
 * the project's time zone at `now`) keeps its issue acknowledged and adds a
 * notice; one that names no issue of this check adds a notice.
 *
 * @internal
 * @example
 * ```ts
 * const { issues, acknowledged, notices } = applyAcknowledgements(project, report.issues, new Date(), {
 *   placeholders: ['tbc', 'n/a'],
 *   locale: 'en-GB',
 * });
 * ```
 */
export function applyAcknowledgements(
  project: Project,
  issues: readonly FlaggedIssue[],
  now: Date,
  options: { readonly placeholders: readonly string[]; readonly locale: string },
): AcknowledgedSplit {
  const list = project.acknowledgements ?? [];
  if (list.length === 0) return { issues, acknowledged: [], notices: [], missing: [] };
  const today = calendarDateIn(now, project.timeZone);
  const byIssue = new Map<string, FlaggedIssue>();
  for (const issue of issues) byIssue.set(issue.id, issue);
  const render: RenderOptions = { timeZone: project.timeZone };
  const acknowledgedIds = new Map<string, Acknowledgement>();
  const notices: AcknowledgementNotice[] = [];
  const used = new Set<string>();

  for (const acknowledgement of list) {
    const id = acknowledgedIssueId(acknowledgement, project.id);
    const issue = byIssue.get(id);
    const notice = (kind: AcknowledgementNoticeKind) => {
      used.add(MESSAGE_IDS[kind]);
      const title = issue?.title ?? '';
      const subject = subjectWords(issue);
      notices.push({
        kind,
        acknowledgementId: acknowledgement.id,
        issueId: id,
        ...(acknowledgement.ruleId !== undefined ? { ruleId: acknowledgement.ruleId } : {}),
        ...(issue !== undefined ? { title, subject: { ...issue.subject } } : {}),
        reason: acknowledgement.reason,
        by: acknowledgement.by,
        on: acknowledgement.on,
        ...(acknowledgement.reviewOn !== undefined ? { reviewOn: acknowledgement.reviewOn } : {}),
        messageId: MESSAGE_IDS[kind],
        message: noticeMessage(
          {
            kind,
            title,
            subject,
            reason: acknowledgement.reason,
            on: acknowledgement.on,
            reviewOn: acknowledgement.reviewOn,
          },
          render,
        ),
      });
    };
    if (issue === undefined) {
      notice('no-issue');
      continue;
    }
    if (isPlaceholderText(acknowledgement.reason, options.placeholders)) {
      notice('no-reason');
      continue;
    }
    // Two acknowledgements of one issue: the first recorded stands.
    if (!acknowledgedIds.has(id)) acknowledgedIds.set(id, acknowledgement);
    if (acknowledgement.reviewOn !== undefined && today > acknowledgement.reviewOn) {
      notice('review-due');
    }
  }

  const open: FlaggedIssue[] = [];
  const acknowledged: AcknowledgedIssue[] = [];
  for (const issue of issues) {
    const acknowledgement = acknowledgedIds.get(issue.id);
    if (acknowledgement === undefined) {
      open.push(issue);
      continue;
    }
    const { outcome, ...rest } = issue;
    acknowledged.push({
      ...rest,
      outcome: 'acknowledged',
      acknowledgement: {
        id: acknowledgement.id,
        reason: acknowledgement.reason,
        by: acknowledgement.by,
        on: acknowledgement.on,
        ...(acknowledgement.reviewOn !== undefined ? { reviewOn: acknowledgement.reviewOn } : {}),
        reviewDue: acknowledgement.reviewOn !== undefined && today > acknowledgement.reviewOn,
        outcome,
      },
    });
  }
  const missing = options.locale === DEFAULT_LOCALE ? [] : [...used].sort();
  return { issues: open, acknowledged, notices, missing };
}
