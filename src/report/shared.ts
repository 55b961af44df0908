/**
 * What the text, Markdown and HTML reports share: issues grouped into one
 * card per rule, the "at a glance" ranking, the summary in words and its
 * table by section (all counted with `countReport`, the one counting
 * model), and the words around them from the locale's catalogue. Pure.
 *
 * @internal
 * @module
 */

import { formatDate, joinList } from '../check/messages.js';
import {
  type CheckReport,
  countReport,
  type FlaggedIssue,
  type ReportCounts,
} from '../check/report-schema.js';
import { type RuleScope, SEVERITIES, type Severity } from '../check/types.js';
import { parseInstant } from '../time/calendar.js';
import { zonedTime } from '../time/zone.js';
import { ANONYMISED_TITLE } from './anonymise.js';
import {
  questionPoint,
  sectionName,
  UI_CATALOGUES,
  type UiMessageId,
  uiLocale,
  uiText,
} from './catalogue.js';
import { escapeHtml } from './neutralise.js';

/** How a card or issue is shown: its severity, or "needs review" when none of it was flagged. */
export type IssueKind = Severity | 'review';

/** Display order of issue kinds. */
export const ISSUE_KINDS: readonly IssueKind[] = ['error', 'warning', 'info', 'review'];

/** Whether an issue is flagged at a severity, or needs review. */
export function kindOf(issue: FlaggedIssue): IssueKind {
  return issue.outcome === 'needs-review' ? 'review' : issue.severity;
}

/** The words of a report in its locale. */
export interface Words {
  readonly locale: string;
  /** The language tag of the catalogue words (`en-GB` or `cy`). */
  readonly lang: string;
  text(
    id: UiMessageId,
    data?: Readonly<Record<string, string | number | readonly string[]>>,
  ): string;
  section(name: string): string;
  question(id: string): string | undefined;
  kind(kind: IssueKind): string;
  label(kind: IssueKind): string;
  severity(severity: Severity): string;
  stage(stage: string): string;
  list(items: readonly string[]): string;
}

/** The catalogue words for a report's locale. */
export function wordsFor(report: CheckReport): Words {
  const locale = report.locale;
  const lang = uiLocale(locale);
  const text: Words['text'] = (id, data = {}) => uiText(lang, id, data);
  const council = report.frameworkWords;
  return {
    locale,
    lang,
    text,
    // A council's own framework comes with its words in the report itself.
    section: (name) => council?.sections[name] ?? sectionName(name, lang),
    question: (id) => council?.questions[id] ?? questionPoint(id, lang),
    kind: (kind) => text(`kind.${kind}`),
    label: (kind) => text(`label.${kind}`),
    severity: (severity) => text(`severity.${severity}`),
    stage: (stage) =>
      Object.hasOwn(UI_CATALOGUES[lang], `stage.${stage}`)
        ? text(`stage.${stage}` as UiMessageId)
        : stage,
    list: (items) => joinList(items, 'and', lang),
  };
}

/** Whether a report was anonymised: its title is the withheld title, in any locale. */
export function isAnonymised(report: CheckReport): boolean {
  return (
    report.project.title === ANONYMISED_TITLE ||
    Object.values(UI_CATALOGUES).some((c) => c['anon.title'] === report.project.title)
  );
}

/** The rank of a severity: 0 for error. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

// ---------------------------------------------------------------- one card per rule

/** The issues one rule raised: one card in a report. */
export interface RuleGroup {
  readonly ruleId: string;
  /** The rule's title, or the heading it gives issues that need review when none was flagged. */
  readonly title: string;
  /** Which of the rule's texts the title is, such as `quiet-members.title`. */
  readonly titleId: string;
  readonly section: string;
  readonly severity: Severity;
  readonly scope: RuleScope;
  readonly questionIds: readonly string[];
  readonly docs?: string | undefined;
  /** In the report's order. */
  readonly issues: readonly FlaggedIssue[];
  readonly flagged: number;
  readonly needsReview: number;
  /** Its severity when any issue was flagged, else `review`. */
  readonly kind: IssueKind;
  /** The distinct suggested actions, in order (usually one). */
  readonly actions: readonly string[];
  /** Which of the rule's texts each action is, such as `quiet-members.action`, by position in `actions`. */
  readonly actionIds: readonly string[];
  /**
   * Issues of other rules that could not tell at all until what this rule
   * asks for is done (their `heldUpBy` names this rule), in the report's
   * order: shown on this card, by their titles, rather than as cards of their own.
   */
  readonly heldUp: readonly FlaggedIssue[];
}

/**
 * The report's issues grouped by rule, most important first: severity,
 * then rules that flagged something before rules that only need review,
 * then the number of people or records affected, then the framework's
 * section order and rule id.
 */
export function groupByRule(report: CheckReport): RuleGroup[] {
  const byRule = new Map<string, FlaggedIssue[]>();
  const heldUp = new Map<string, FlaggedIssue[]>();
  const raised = new Set(report.issues.map((i) => i.ruleId));
  for (const issue of report.issues) {
    // Shown on the card of the rule that holds it up, when the report shows that card.
    const cause = issue.heldUpBy;
    const held = cause !== undefined && cause !== issue.ruleId && raised.has(cause);
    const [into, key] = held ? [heldUp, cause] : [byRule, issue.ruleId];
    const list = into.get(key);
    if (list) list.push(issue);
    else into.set(key, [issue]);
  }
  const sections = sectionOrder(report);
  const reviewTitled = new Set(
    report.outcomes.filter((o) => o.needsReviewTitle !== undefined).map((o) => o.ruleId),
  );
  const groups: RuleGroup[] = [];
  for (const [ruleId, issues] of byRule) {
    const first = issues[0] as FlaggedIssue;
    const needsReview = issues.filter((i) => i.outcome === 'needs-review').length;
    const flagged = issues.length - needsReview;
    // A card with a flagged issue is headed by the problem found.
    const headed = issues.find((i) => i.outcome === 'flagged') ?? first;
    // A rule has one severity; should issues differ (a hand-made report), the worst leads.
    const severity = issues.reduce<Severity>(
      (worst, i) => (severityRank(i.severity) < severityRank(worst) ? i.severity : worst),
      first.severity,
    );
    const actions: string[] = [];
    const actionIds: string[] = [];
    for (const issue of issues) {
      if (!issue.action || actions.includes(issue.action)) continue;
      actions.push(issue.action);
      actionIds.push(issue.actionId ?? `${ruleId}.action`);
    }
    groups.push({
      ruleId,
      title: headed.title,
      // A report made before issues named their texts: worked out from the rule's outcome.
      titleId:
        headed.titleId ??
        (flagged === 0 && reviewTitled.has(ruleId)
          ? `${ruleId}.needsReviewTitle`
          : `${ruleId}.title`),
      section: first.section,
      severity,
      scope: first.subject.type,
      questionIds: first.questionIds,
      docs: first.docs,
      issues,
      flagged,
      needsReview,
      kind: flagged > 0 ? severity : 'review',
      actions,
      actionIds,
      heldUp: heldUp.get(ruleId) ?? [],
    });
  }
  const sectionIndex = (s: string) => sections.indexOf(s);
  return groups.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (a.flagged > 0 ? 0 : 1) - (b.flagged > 0 ? 0 : 1) ||
      affected(b) - affected(a) ||
      sectionIndex(a.section) - sectionIndex(b.section) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** How many rules a card speaks for: its own, and each other rule whose issue it holds up. */
export function rulesOnCard(group: RuleGroup): number {
  return 1 + new Set(group.heldUp.map((i) => i.ruleId)).size;
}

/**
 * "Also waiting on this: …": the titles of the issues a card holds up, each
 * with its rule's id, or nothing when it holds none up.
 */
export function heldUpText(group: RuleGroup, words: Words): string | undefined {
  if (group.heldUp.length === 0) return undefined;
  const titles = group.heldUp.map((i) => `${i.title} (${i.ruleId})`);
  return `${words.text('card.heldUp')}: ${titles.join('; ')}`;
}

/** How many people or records a card's issues are about. */
export function affected(group: RuleGroup): number {
  return group.scope === 'project' ? 1 : new Set(group.issues.map((i) => i.subject.id)).size;
}

/** How many rules the cards after "at a glance" speak for, held-up ones included. */
export function rulesBelow(groups: readonly RuleGroup[], top: readonly RuleGroup[]): number {
  let n = 0;
  for (const group of groups) if (!top.includes(group)) n += rulesOnCard(group);
  return n;
}

/** The three to five cards that matter most, for "at a glance". */
export function atAGlance(groups: readonly RuleGroup[]): readonly RuleGroup[] {
  return groups.slice(0, 5);
}

const MAX_NAMES_LENGTH = 160;

/** Who or what a card is about: "the project as a whole", or "3 members: Bernard, Grace and Member S". */
export function affectsText(group: RuleGroup, words: Words): string {
  if (group.scope === 'project') return words.text('card.project');
  const labels: string[] = [];
  for (const issue of group.issues)
    if (!labels.includes(issue.subject.label)) labels.push(issue.subject.label);
  const count = words.text(`subjects.${group.scope}` as UiMessageId, { n: affected(group) });
  const names = words.list(labels);
  // Long labels (a piece of learning, a quoted note) are in the messages already.
  return names.length > MAX_NAMES_LENGTH ? count : words.text('card.subjects', { count, names });
}

/** "2 flagged and 2 need review" for a card with both; nothing when it is all one or the other. */
export function splitText(group: RuleGroup, words: Words): string | undefined {
  return group.flagged > 0 && group.needsReview > 0
    ? words.text('card.split', { flagged: group.flagged, review: group.needsReview })
    : undefined;
}

/** Sections in report order: the framework's (as counted), then any others as they appear. */
export function sectionOrder(report: CheckReport): string[] {
  const order: string[] = Object.keys(report.counts.bySection);
  const add = (section: string) => {
    if (!order.includes(section)) order.push(section);
  };
  for (const outcome of report.outcomes) add(outcome.section);
  for (const issue of report.issues) add(issue.section);
  return order;
}

/** The cards of each section that has any, sections in report order, cards most important first. */
export function groupsBySection(
  report: CheckReport,
): readonly { readonly section: string; readonly groups: readonly RuleGroup[] }[] {
  const groups = groupByRule(report);
  return sectionOrder(report)
    .map((section) => ({ section, groups: groups.filter((g) => g.section === section) }))
    .filter((s) => s.groups.length > 0);
}

// ---------------------------------------------------------------- counts

/** One row of the summary table: a section counted with `countReport`. */
export interface SectionRow {
  readonly section: string;
  readonly counts: ReportCounts;
}

/**
 * A row per section and the total, each counted with `countReport` over
 * that section's issues and rules; the total is the report's own
 * `counts`, so the table, the sentence and the JSON agree.
 */
export function sectionRows(report: CheckReport): {
  readonly rows: readonly SectionRow[];
  readonly total: ReportCounts;
} {
  const rows = sectionOrder(report).map((section) => ({
    section,
    counts: countReport(
      report.issues.filter((i) => i.section === section),
      report.outcomes.filter((o) => o.section === section),
      [section],
    ),
  }));
  return { rows, total: report.counts };
}

/** One count column of the summary table: its heading and the count it shows. */
export interface SummaryColumn {
  readonly heading: UiMessageId;
  readonly count: (counts: ReportCounts) => number;
}

/**
 * The count columns of the summary table by section, in order, after the
 * section's name. The Markdown and HTML tables both read them, so a column
 * is added, moved or dropped in one place and each heading stays beside
 * the count it names.
 */
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { heading: 'table.rulesWithIssues', count: (c) => c.rules },
  { heading: 'table.issues', count: (c) => c.issues },
  { heading: 'table.errors', count: (c) => c.bySeverity.error },
  { heading: 'table.warnings', count: (c) => c.bySeverity.warning },
  { heading: 'table.info', count: (c) => c.bySeverity.info },
  { heading: 'table.needsReview', count: (c) => c.needsReview },
  { heading: 'table.passed', count: (c) => c.byOutcome.passed },
  { heading: 'table.notApplicable', count: (c) => c.byOutcome['not-applicable'] },
];

/** A row's counts in the order of {@link SUMMARY_COLUMNS}. */
export function summaryCells(counts: ReportCounts): number[] {
  return SUMMARY_COLUMNS.map((column) => column.count(counts));
}

/**
 * The report summed up in words, from its `counts`: "55 issues from 38
 * rules: 10 errors, 40 warnings and 5 for information. 10 issues need
 * review, … 12 rules passed and 2 do not apply at this stage."
 */
export function summarySentences(report: CheckReport, words: Words): string[] {
  const { counts } = report;
  const out: string[] = [];
  if (counts.issues === 0) {
    out.push(words.text('summary.noIssues'));
  } else {
    const severities = words.text('summary.severities', {
      error: counts.bySeverity.error,
      warning: counts.bySeverity.warning,
      info: counts.bySeverity.info,
    });
    out.push(
      words.text('summary.issues', { issues: counts.issues, rules: counts.rules, severities }),
    );
    if (counts.needsReview > 0)
      out.push(words.text('summary.needsReview', { n: counts.needsReview }));
  }
  const passed = counts.byOutcome.passed;
  const notApplicable = counts.byOutcome['not-applicable'];
  out.push(
    notApplicable > 0
      ? words.text('summary.passedNotApplicable', { passed, notApplicable })
      : words.text('summary.passed', { passed }),
  );
  return out;
}

/** "Showing errors only." when a report was narrowed to a severity. */
export function showingText(minSeverity: Severity, words: Words): string {
  return words.text(`report.showing.${minSeverity}`);
}

/**
 * When the check was made, in words, in the project's time zone and the
 * report's locale: "20 November 2026", or with `withTime` "20 November
 * 2026 at 12:00". The report's data keeps the ISO date-time.
 */
export function checkedOnText(
  report: CheckReport,
  withTime = false,
  words = wordsFor(report),
): string {
  const { timeZone } = report.project;
  const date =
    formatDate(report.checkedAt, { locale: words.lang, timeZone }) ?? report.checkedAt.slice(0, 10);
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
  return words.text('report.dateAtTime', { date, time: `${hh}:${mm}` });
}

/**
 * Whether an issue's text in a report is in the report's locale, or an
 * en-GB stand-in: a rule text the locale lacks (listed in
 * `missingMessages`), or the generic texts, which are en-GB only.
 */
export function isTranslated(report: CheckReport, messageId: string): boolean {
  if (uiLocale(report.locale) === 'en-GB' && report.locale.toLowerCase().startsWith('en'))
    return true;
  if (messageId.startsWith('coproduce.')) return false;
  return !report.missingMessages.some((m) => m.messageId === messageId);
}

/**
 * An SVG chart a screen reader can tell: the image is labelled by its title
 * and described in words (what the chart shows, and that a table below
 * holds the figures); `id` keeps the labels of two charts on one page apart.
 */
export function svgChart(
  id: string,
  size: { readonly width: number; readonly height: number },
  title: string,
  description: string,
  drawing: readonly string[],
): string {
  const { width, height } = size;
  return [
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    ...drawing,
    '</svg>',
  ].join('');
}
