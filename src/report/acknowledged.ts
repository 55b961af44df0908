/**
 * Acknowledged issues and the acknowledgements that need attention, as each
 * report format shows them: apart from the open issues, each with its
 * reason, who accepted it and when, and its review date. Pure.
 *
 * @internal
 * @module
 */
import { noticeMessage } from '../check/acknowledge.js';
import { formatDate } from '../check/messages.js';
import type {
  AcknowledgedIssue,
  AcknowledgementNotice,
  CheckReport,
  FlaggedIssue,
} from '../check/report.js';
import { escapeHtml, escapeMarkdown, neutralise } from './neutralise.js';
import { wrapWords } from './wrap.js';

/** A date in words, in en-GB as the report's frame is. */
function dateWords(report: CheckReport, date: string): string {
  return formatDate(date, { locale: 'en-GB', timeZone: report.project.timeZone }) ?? date;
}

function aboutWords(issue: { readonly subject: FlaggedIssue['subject'] }): string {
  return issue.subject.type === 'project'
    ? 'the project'
    : `${issue.subject.type} “${issue.subject.label}”`;
}

/** One sentence on who accepted an issue, when, and the review. */
function acceptedWords(report: CheckReport, issue: AcknowledgedIssue): string {
  const a = issue.acknowledgement;
  const review =
    a.reviewOn === undefined
      ? 'No review date.'
      : a.reviewDue
        ? `Review was due by ${dateWords(report, a.reviewOn)}: look at it again.`
        : `Review by ${dateWords(report, a.reviewOn)}.`;
  return `Accepted by ${a.by} on ${dateWords(report, a.on)}. ${review}`;
}

/** Whether a report has anything to show about acknowledgements. */
export function hasAcknowledgements(report: CheckReport): boolean {
  return (report.acknowledged?.length ?? 0) > 0 || (report.acknowledgementNotices?.length ?? 0) > 0;
}

/**
 * The acknowledged issues and notices of an anonymised report: each issue
 * anonymised as the open ones are, the reason and who accepted it
 * withheld (they are free text and can name people), and each notice's
 * message written again from the anonymised parts.
 */
export function anonymiseAcknowledgements(
  report: CheckReport,
  anonymisedIssues: readonly FlaggedIssue[],
  anonymiseIssue: (issue: FlaggedIssue) => FlaggedIssue,
  withheld: string,
): Pick<CheckReport, 'acknowledged' | 'acknowledgementNotices'> {
  if (report.acknowledged === undefined && report.acknowledgementNotices === undefined) return {};
  const acknowledged = (report.acknowledged ?? []).map((issue): AcknowledgedIssue => {
    const { acknowledgement, outcome, ...rest } = issue;
    const hidden = anonymiseIssue({ ...rest, outcome: acknowledgement.outcome });
    return {
      ...hidden,
      outcome,
      acknowledgement: { ...acknowledgement, reason: withheld, by: withheld },
    };
  });
  const shown = new Map<string, { title: string; subject: FlaggedIssue['subject'] }>();
  for (const issue of [...anonymisedIssues, ...acknowledged]) shown.set(issue.id, issue);
  const notices = (report.acknowledgementNotices ?? []).map((notice): AcknowledgementNotice => {
    const issue = shown.get(notice.issueId);
    const { title: _title, subject: _subject, ...rest } = notice;
    return {
      ...rest,
      ...(issue !== undefined ? { title: issue.title, subject: issue.subject } : {}),
      reason: withheld,
      by: withheld,
      message: noticeMessage(
        {
          kind: notice.kind,
          title: issue?.title ?? '',
          subject: issue !== undefined ? aboutWords(issue) : 'the project',
          reason: withheld,
          on: notice.on,
          reviewOn: notice.reviewOn,
        },
        { timeZone: report.project.timeZone },
      ),
    };
  });
  return {
    ...(report.acknowledged !== undefined ? { acknowledged } : {}),
    ...(report.acknowledgementNotices !== undefined ? { acknowledgementNotices: notices } : {}),
  };
}

/**
 * The plain-text block: "Acknowledged" with each issue, its reason and
 * who accepted it, then the acknowledgements to look at again. Empty when
 * there is nothing to show. Every value passes `neutralise`.
 */
export function acknowledgedText(report: CheckReport, width: number): string[] {
  if (!hasAcknowledgements(report)) return [];
  const out: string[] = [];
  const acknowledged = report.acknowledged ?? [];
  if (acknowledged.length > 0) {
    out.push('', `Acknowledged (${acknowledged.length}, not counted above)`);
    for (const issue of acknowledged) {
      out.push(...wrapWords(`${neutralise(issue.title)}: ${neutralise(issue.message)}`, width, 2));
      out.push(...wrapWords(`About: ${neutralise(aboutWords(issue))} · ${issue.ruleId}`, width, 4));
      out.push(...wrapWords(`Why: ${neutralise(issue.acknowledgement.reason)}`, width, 4));
      out.push(...wrapWords(neutralise(acceptedWords(report, issue)), width, 4));
    }
  }
  const notices = report.acknowledgementNotices ?? [];
  if (notices.length > 0) {
    out.push('', 'Acknowledgements to look at again');
    for (const notice of notices) out.push(...wrapWords(neutralise(notice.message), width, 2));
  }
  return out;
}

/** The Markdown block, headings at `level`; empty when there is nothing to show. */
export function acknowledgedMarkdown(report: CheckReport, level: number): string[] {
  if (!hasAcknowledgements(report)) return [];
  const md = escapeMarkdown;
  const heading = (depth: number, text: string) => `${'#'.repeat(Math.min(6, depth))} ${text}`;
  const out: string[] = [];
  const acknowledged = report.acknowledged ?? [];
  if (acknowledged.length > 0) {
    out.push(heading(level, 'Acknowledged issues'), '');
    out.push(
      'Issues the project knows about and has accepted for now, with the reason. They are not counted among the issues above.',
      '',
    );
    for (const issue of acknowledged) {
      out.push(heading(level + 1, `Acknowledged: ${md(issue.title)}`), '');
      out.push(`- **What we found:** ${md(issue.message)}`);
      out.push(`- **About:** ${md(aboutWords(issue))}`);
      out.push(`- **Why it is accepted:** ${md(issue.acknowledgement.reason)}`);
      out.push(`- **Accepted:** ${md(acceptedWords(report, issue))}`);
      out.push(`- **Rule:** \`${md(issue.ruleId)}\` · issue \`${md(issue.id)}\``, '');
    }
  }
  const notices = report.acknowledgementNotices ?? [];
  if (notices.length > 0) {
    out.push(heading(level, 'Acknowledgements to look at again'), '');
    for (const notice of notices) out.push(`- ${md(notice.message)}`);
    out.push('');
  }
  return out;
}

/** The HTML section; empty when there is nothing to show. Every value passes `escapeHtml`. */
export function acknowledgedHtml(report: CheckReport): string {
  if (!hasAcknowledgements(report)) return '';
  const esc = escapeHtml;
  const out: string[] = [
    '<section aria-labelledby="acknowledged-heading">',
    '<h2 id="acknowledged-heading">Acknowledged issues</h2>',
  ];
  const acknowledged = report.acknowledged ?? [];
  if (acknowledged.length > 0) {
    out.push(
      `<p>${acknowledged.length === 1 ? 'One issue the project knows about and has' : `${acknowledged.length} issues the project knows about and has`} accepted for now, with the reason. They are not counted among the issues above.</p>`,
      '<ol class="issues">',
    );
    for (const issue of acknowledged) {
      const id = `ack-${esc(issue.id)}`;
      out.push(
        `<li style="--kind: #4a4a4a"><article aria-labelledby="${id}"><h3 id="${id}"><span class="badge">Acknowledged</span> ${esc(issue.title)}</h3><dl>`,
        `<dt>What we found</dt><dd>${esc(issue.message)}</dd>`,
        `<dt>About</dt><dd>${esc(aboutWords(issue))}</dd>`,
        `<dt>Why it is accepted</dt><dd>${esc(issue.acknowledgement.reason)}</dd>`,
        `<dt>Accepted</dt><dd>${esc(acceptedWords(report, issue))}</dd>`,
        `<dt>Rule</dt><dd><code>${esc(issue.ruleId)}</code> · issue <code>${esc(issue.id)}</code></dd>`,
        '</dl></article></li>',
      );
    }
    out.push('</ol>');
  }
  const notices = report.acknowledgementNotices ?? [];
  if (notices.length > 0) {
    out.push('<h3 id="acknowledgement-notices">Acknowledgements to look at again</h3><ul>');
    for (const notice of notices) out.push(`<li>${esc(notice.message)}</li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('');
}
