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
} from '../check/report-schema.js';
import { isUiMessageId } from './catalogue.js';
import { escapeHtml, escapeMarkdown, neutralise } from './neutralise.js';
import type { Words } from './shared.js';
import { wrapWords } from './wrap.js';

/** A date in words, in the words' locale and the project's time zone. */
function dateWords(report: CheckReport, words: Words, date: string): string {
  return formatDate(date, { locale: words.lang, timeZone: report.project.timeZone }) ?? date;
}

/** What an issue is about: "the project", or a record's noun and name. */
export function aboutWords(
  issue: { readonly subject: FlaggedIssue['subject'] },
  words: Words,
): string {
  if (issue.subject.type === 'project') return words.text('about.project');
  const nounId = `noun.${issue.subject.type}`;
  const noun = isUiMessageId(nounId) ? words.text(nounId) : issue.subject.type;
  return words.text('about.record', { noun, label: issue.subject.label });
}

/** One sentence on who accepted an issue, when, and the review. */
function acceptedWords(report: CheckReport, issue: AcknowledgedIssue, words: Words): string {
  const a = issue.acknowledgement;
  const review =
    a.reviewOn === undefined
      ? words.text('ack.noReview')
      : words.text(a.reviewDue ? 'ack.reviewDue' : 'ack.reviewBy', {
          date: dateWords(report, words, a.reviewOn),
        });
  return `${words.text('ack.acceptedBy', { by: a.by, on: dateWords(report, words, a.on) })} ${review}`;
}

/** What an issue is about, in the words the check's notices use. */
function noticeSubjectWords(issue: { readonly subject: FlaggedIssue['subject'] }): string {
  return issue.subject.type === 'project'
    ? 'the project'
    : `${issue.subject.type} “${issue.subject.label}”`;
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
          subject: issue !== undefined ? noticeSubjectWords(issue) : 'the project',
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
export function acknowledgedText(report: CheckReport, width: number, words: Words): string[] {
  if (!hasAcknowledgements(report)) return [];
  const out: string[] = [];
  const acknowledged = report.acknowledged ?? [];
  if (acknowledged.length > 0) {
    out.push('', words.text('ack.textHeading', { n: acknowledged.length }));
    for (const issue of acknowledged) {
      out.push(...wrapWords(`${neutralise(issue.title)}: ${neutralise(issue.message)}`, width, 2));
      out.push(
        ...wrapWords(
          `${words.text('ack.about')}: ${neutralise(aboutWords(issue, words))} · ${issue.ruleId}`,
          width,
          4,
        ),
      );
      out.push(
        ...wrapWords(
          `${words.text('ack.why')}: ${neutralise(issue.acknowledgement.reason)}`,
          width,
          4,
        ),
      );
      out.push(...wrapWords(neutralise(acceptedWords(report, issue, words)), width, 4));
    }
  }
  const notices = report.acknowledgementNotices ?? [];
  if (notices.length > 0) {
    out.push('', words.text('ack.lookAgain'));
    for (const notice of notices) out.push(...wrapWords(neutralise(notice.message), width, 2));
  }
  return out;
}

/** The Markdown block, headings at `level`; empty when there is nothing to show. */
export function acknowledgedMarkdown(report: CheckReport, level: number, words: Words): string[] {
  if (!hasAcknowledgements(report)) return [];
  const md = escapeMarkdown;
  const heading = (depth: number, text: string) => `${'#'.repeat(Math.min(6, depth))} ${text}`;
  const out: string[] = [];
  const acknowledged = report.acknowledged ?? [];
  if (acknowledged.length > 0) {
    out.push(heading(level, words.text('ack.heading')), '');
    out.push(words.text('ack.intro', { n: acknowledged.length }), '');
    for (const issue of acknowledged) {
      out.push(heading(level + 1, md(words.text('ack.cardTitle', { title: issue.title }))), '');
      out.push(`- **${words.text('card.found')}:** ${md(issue.message)}`);
      out.push(`- **${words.text('ack.about')}:** ${md(aboutWords(issue, words))}`);
      out.push(`- **${words.text('ack.why')}:** ${md(issue.acknowledgement.reason)}`);
      out.push(`- **${words.text('ack.accepted')}:** ${md(acceptedWords(report, issue, words))}`);
      out.push(
        `- **${words.text('card.rule')}:** \`${md(issue.ruleId)}\` · ${words.text('ack.issue')} \`${md(issue.id)}\``,
        '',
      );
    }
  }
  const notices = report.acknowledgementNotices ?? [];
  if (notices.length > 0) {
    out.push(heading(level, words.text('ack.lookAgain')), '');
    for (const notice of notices) out.push(`- ${md(notice.message)}`);
    out.push('');
  }
  return out;
}

/** The HTML section; empty when there is nothing to show. Every value passes `escapeHtml`. */
export function acknowledgedHtml(report: CheckReport, words: Words): string {
  if (!hasAcknowledgements(report)) return '';
  const esc = escapeHtml;
  const out: string[] = [
    '<section aria-labelledby="acknowledged-heading">',
    `<h2 id="acknowledged-heading">${esc(words.text('ack.heading'))}</h2>`,
  ];
  const acknowledged = report.acknowledged ?? [];
  if (acknowledged.length > 0) {
    out.push(
      `<p>${esc(words.text('ack.intro', { n: acknowledged.length }))}</p>`,
      '<ol class="issues">',
    );
    for (const issue of acknowledged) {
      const id = `ack-${esc(issue.id)}`;
      out.push(
        `<li style="--kind: #4a4a4a"><article aria-labelledby="${id}"><h3 id="${id}"><span class="badge">${esc(words.text('ack.badge'))}</span> ${esc(issue.title)}</h3><dl>`,
        `<dt>${esc(words.text('card.found'))}</dt><dd>${esc(issue.message)}</dd>`,
        `<dt>${esc(words.text('ack.about'))}</dt><dd>${esc(aboutWords(issue, words))}</dd>`,
        `<dt>${esc(words.text('ack.why'))}</dt><dd>${esc(issue.acknowledgement.reason)}</dd>`,
        `<dt>${esc(words.text('ack.accepted'))}</dt><dd>${esc(acceptedWords(report, issue, words))}</dd>`,
        `<dt>${esc(words.text('card.rule'))}</dt><dd><code>${esc(issue.ruleId)}</code> · ${esc(words.text('ack.issue'))} <code>${esc(issue.id)}</code></dd>`,
        '</dl></article></li>',
      );
    }
    out.push('</ol>');
  }
  const notices = report.acknowledgementNotices ?? [];
  if (notices.length > 0) {
    out.push(`<h3 id="acknowledgement-notices">${esc(words.text('ack.lookAgain'))}</h3><ul>`);
    for (const notice of notices) out.push(`<li>${esc(notice.message)}</li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('');
}
