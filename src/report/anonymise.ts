/**
 * Showing members as stable pseudonyms ("Member 3") in a check report, so
 * a report can be shared without the names of people whose records may hold
 * lived-experience or health information. Pure: a function of the report
 * and the project it was made from.
 *
 * @module
 */
import { getFact } from '../check/facts/index.js';
import { noticeMessage, type ReportNotice } from '../check/notices.js';
import type { CheckReport, EvidenceFact, FlaggedIssue } from '../check/report-schema.js';
import type { DataValue, SubjectRef } from '../check/types.js';
import type { Project } from '../model/project.js';
import { anonymiseAcknowledgements } from './acknowledged.js';
import { type UiMessageId, uiLocale, uiText } from './catalogue.js';

/**
 * How one member is shown in an anonymised report.
 *
 * @category Report
 * @example `const p: MemberPseudonym = { id: 'member#3', label: 'Member 3' };`
 */
export interface MemberPseudonym {
  /** Stands in for the member id. `#` cannot appear in a real id, so the two never mix. */
  readonly id: string;
  /** Stands in for the display name. */
  readonly label: string;
}

/**
 * The pseudonym of every member, by member id: the member at position `n`
 * (from 1) in `group.members` is "Member n". Members are only ever added to
 * the end of the list (a member who leaves keeps their record), so a
 * member keeps their pseudonym from one report to the next.
 *
 * @category Report
 * @example
 * ```ts
 * memberPseudonyms(project).get('m-03'); // { id: 'member#3', label: 'Member 3' }
 * memberPseudonyms(project, 'cy').get('m-03'); // { id: 'member#3', label: 'Aelod 3' }
 * ```
 */
export function memberPseudonyms(
  project: Project,
  locale?: string,
): ReadonlyMap<string, MemberPseudonym> {
  const map = new Map<string, MemberPseudonym>();
  project.group.members.forEach((member, i) => {
    if (!map.has(member.id))
      map.set(member.id, {
        id: `member#${i + 1}`,
        label: uiText(locale, 'anon.member', { n: String(i + 1) }),
      });
  });
  return map;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names shorter than this are replaced only where they are a whole value, never inside text. */
const MIN_NAME_LENGTH = 2;

interface Replacer {
  /** Replaces member names inside a piece of text, preferring `first` for a name two members share. */
  text(value: string, first?: string): string;
  /** A member id or name standing alone as a value. */
  whole(value: string): string | undefined;
  subject(subject: SubjectRef): SubjectRef;
}

function replacer(project: Project, locale: string): Replacer {
  const pseudonyms = memberPseudonyms(project, locale);
  const byName = new Map<string, string>();
  const byId = new Map<string, MemberPseudonym>();
  for (const member of project.group.members) {
    const pseudonym = pseudonyms.get(member.id);
    if (!pseudonym) continue;
    byId.set(member.id, pseudonym);
    if (!byName.has(member.displayName)) byName.set(member.displayName, pseudonym.label);
  }
  // Longest first, so "Mary Ann" is replaced before "Mary" can match inside it.
  const names = [...byName.keys()]
    .filter((name) => name.trim().length >= MIN_NAME_LENGTH)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern =
    names.length === 0
      ? undefined
      : new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
          'gu',
        );
  const memberByPseudonym = new Map<string, string>();
  for (const member of project.group.members) {
    const pseudonym = byId.get(member.id);
    if (pseudonym) memberByPseudonym.set(pseudonym.label, member.displayName);
  }
  const replaceText = (value: string, first?: string): string => {
    if (!pattern) return value;
    const own = first !== undefined ? memberByPseudonym.get(first) : undefined;
    return value.replace(pattern, (name) =>
      own === name && first !== undefined ? first : (byName.get(name) ?? name),
    );
  };
  return {
    text: replaceText,
    whole(value) {
      return byId.get(value)?.id ?? byName.get(value);
    },
    subject(subject) {
      if (subject.type === 'member') {
        const pseudonym = byId.get(subject.id);
        if (pseudonym) return { ...subject, id: pseudonym.id, label: pseudonym.label };
        return { ...subject, label: uiText(locale, 'anon.aMember') };
      }
      return { ...subject, label: replaceText(subject.label) };
    },
  };
}

function anonymiseValue(
  value: DataValue,
  r: Replacer,
  first: string | undefined,
  ids: boolean,
): DataValue {
  const one = (text: string) => (ids ? r.whole(text) : undefined) ?? r.text(text, first);
  if (typeof value === 'string') return one(value);
  if (Array.isArray(value)) return value.map((item) => one(item));
  return value;
}

function anonymiseRecord(
  record: Readonly<Record<string, DataValue>>,
  r: Replacer,
  first: string | undefined,
): Record<string, DataValue> {
  const out: Record<string, DataValue> = {};
  for (const [key, value] of Object.entries(record))
    out[key] = anonymiseValue(value, r, first, true);
  return out;
}

/**
 * Stands in for free text from the project in an anonymised report.
 *
 * @example
 * ```ts
 * // Which values an anonymised report kept back, to tell the reader why a figure is missing.
 * const anonymous = anonymiseReport(report, project);
 * const keptBack = anonymous.issues.filter((issue) => Object.values(issue.data).includes(WITHHELD));
 * ```
 */
export const WITHHELD = '(withheld)';

/**
 * Every string written in a project other than ids, references and dates:
 * titles, notes, names, agreement text, summaries. Anonymised reports show
 * none of them.
 */
function projectTexts(project: Project): Set<string> {
  const texts = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (key === 'id' || /Ids?$/.test(key) || /^\d{4}-\d{2}-\d{2}/.test(value)) return;
      if (value.trim().length >= MIN_NAME_LENGTH) texts.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(project, '');
  return texts;
}

/**
 * The amounts in the reciprocity ledger that anonymised reports withhold, in
 * pence: every amount above nothing, and each member's total. An amount is
 * what one person was paid; once members are pseudonyms, it is the last
 * thing that could tie a finding to someone's finances.
 */
function ledgerAmounts(project: Project): ReadonlySet<number> {
  const amounts = new Set<number>();
  const totals = new Map<string, number>();
  for (const entry of project.reciprocity) {
    if (entry.amountPence === undefined || entry.amountPence <= 0) continue;
    amounts.add(entry.amountPence);
    totals.set(entry.memberId, (totals.get(entry.memberId) ?? 0) + entry.amountPence);
  }
  for (const total of totals.values()) amounts.add(total);
  return amounts;
}

/** Sums of money in text: "£25", "£25.00", "£ 1,250.50". One pass; no backtracking to speak of. */
const MONEY = /£\s?\d[\d,]*(?:\.\d{1,2})?/g;
/** Whole numbers in text ("2500", "2,500"), not part of a longer number, a decimal or a sum of money. */
const NUMBER = /(?<![\d.,£]|£\s)\d[\d,]*(?![\d,]|\.\d)/g;

/** Withholds sums of money that are ledger amounts, and the bare numbers in `numbers`. */
function withholdAmounts(
  value: string,
  amounts: ReadonlySet<number>,
  numbers: ReadonlySet<number>,
  withheldText: string,
): string {
  if (amounts.size === 0) return value;
  const pence = (pounds: string) => Math.round(Number(pounds.replace(/[£\s,]/g, '')) * 100);
  let out = value.replace(MONEY, (money) => (amounts.has(pence(money)) ? withheldText : money));
  if (numbers.size > 0) {
    out = out.replace(NUMBER, (digits) =>
      numbers.has(Number(digits.replace(/,/g, ''))) ? withheldText : digits,
    );
  }
  return out;
}

/** `decision` at `/decisions/2` → "Decision 3" (in Welsh, "Penderfyniad 3"). */
function positionalLabel(type: string, pointer: string, locale: string): string {
  const last = pointer.slice(pointer.lastIndexOf('/') + 1);
  const noun = uiLocale(locale) === 'cy' ? uiText(locale, `noun.${type}` as UiMessageId) : type;
  const word = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  return /^\d+$/.test(last) ? `${word} ${Number(last) + 1}` : word;
}

/** Replaces each text by its stand-in, longest first; plain string search, no patterns. */
function withhold(value: string, swaps: readonly (readonly [string, string])[]): string {
  let out = value;
  for (const [from, to] of swaps) if (from.length > 0) out = out.split(from).join(to);
  return out;
}

function anonymiseIssue(
  issue: FlaggedIssue,
  r: Replacer,
  texts: ReadonlySet<string>,
  amounts: ReadonlySet<number>,
  locale: string,
): FlaggedIssue {
  const withheldText = uiText(locale, 'anon.withheld');
  const swaps = new Map<string, string>();
  const keepsLabel = issue.subject.type === 'member' || issue.subject.type === 'question';
  if (!keepsLabel && issue.subject.type !== 'project')
    swaps.set(
      issue.subject.label,
      positionalLabel(issue.subject.type, issue.subject.pointer, locale),
    );
  const withheld = (text: string) => {
    if (r.whole(text) === undefined && !swaps.has(text)) swaps.set(text, withheldText);
  };
  const note = (value: DataValue) => {
    for (const item of typeof value === 'string' ? [value] : Array.isArray(value) ? value : []) {
      if (texts.has(item)) {
        withheld(item);
        continue;
      }
      // Rules also quote project text inside their own phrases ("Repairs
      // workshop on 12 August 2026"): withhold it there too.
      // Only phrases (with a space) are looked for inside: single words include
      // the model's own values ("group", "online"), which must stay readable.
      for (const text of texts) if (text.includes(' ') && item.includes(text)) withheld(text);
    }
  };
  // Ledger amounts the issue carries as values: withheld there, and where its text repeats them.
  const numbers = new Set<number>();
  const amount = (value: DataValue) => {
    if (typeof value === 'number' && amounts.has(value)) numbers.add(value);
  };
  const values = [
    ...Object.values(issue.data),
    ...Object.values(issue.evidence.finding ?? {}),
    ...issue.evidence.facts.map((fact) => fact.value),
  ];
  for (const value of values) {
    note(value);
    amount(value);
  }
  if (issue.subject.type === 'project')
    swaps.set(issue.subject.label, uiText(locale, 'anon.project'));
  const ordered = [...swaps].sort((a, b) => b[0].length - a[0].length);
  const hide = (value: string) =>
    withholdAmounts(withhold(value, ordered), amounts, numbers, withheldText);
  const hideValue = (value: DataValue): DataValue =>
    typeof value === 'string'
      ? (swaps.get(value) ?? hide(value))
      : Array.isArray(value)
        ? value.map((item) => swaps.get(item) ?? hide(item))
        : typeof value === 'number' && numbers.has(value)
          ? WITHHELD
          : value;
  const hideRecord = (record: Readonly<Record<string, DataValue>>) => {
    const out: Record<string, DataValue> = {};
    for (const [key, value] of Object.entries(record)) out[key] = hideValue(value);
    return out;
  };
  const hidden: FlaggedIssue = {
    ...issue,
    title: hide(issue.title),
    message: hide(issue.message),
    action: hide(issue.action),
    data: hideRecord(issue.data),
    subject: keepsLabel
      ? issue.subject
      : { ...issue.subject, label: swaps.get(issue.subject.label) ?? issue.subject.label },
    evidence: {
      facts: issue.evidence.facts.map((fact) => ({ ...fact, value: hideValue(fact.value) })),
      ...(issue.evidence.finding !== undefined
        ? { finding: hideRecord(issue.evidence.finding) }
        : {}),
    },
  };
  return anonymiseMembers(hidden, r);
}

function anonymiseMembers(issue: FlaggedIssue, r: Replacer): FlaggedIssue {
  const subject = r.subject(issue.subject);
  const first = issue.subject.type === 'member' ? subject.label : undefined;
  const facts: EvidenceFact[] = issue.evidence.facts.map((fact) => ({
    ...fact,
    // A findings fact shows the ids of its subjects: map them only when those subjects are members.
    value: anonymiseValue(fact.value, r, first, getFact(fact.fact)?.scope === 'member'),
  }));
  return {
    ...issue,
    title: r.text(issue.title, first),
    message: r.text(issue.message, first),
    action: r.text(issue.action, first),
    data: anonymiseRecord(issue.data, r, first),
    subject,
    evidence: {
      facts,
      ...(issue.evidence.finding !== undefined
        ? { finding: anonymiseRecord(issue.evidence.finding, r, first) }
        : {}),
    },
  };
}

/** A notice names its record by kind and position ("Activity 20"), never by its title. */
function anonymiseNotice(notice: ReportNotice, locale: string): ReportNotice {
  if (notice.subject === undefined) return notice;
  const label = positionalLabel(notice.subject.type, notice.subject.pointer, locale);
  switch (notice.code) {
    case 'offset-mismatch': {
      const data = { ...notice.data, activity: label };
      return {
        ...notice,
        message: noticeMessage(notice.code, data),
        subject: { ...notice.subject, label },
        data,
      };
    }
  }
}

/**
 * The project title of an anonymised report: a title is free text and can name people.
 *
 * @category Report
 * @example `anonymiseReport(report, project).project.title === ANONYMISED_TITLE; // true`
 */
export const ANONYMISED_TITLE = 'A co-production project (title withheld)';

/**
 * What an anonymised report keeps, in one line for each format to show.
 *
 * @category Report
 * @example
 * ```ts
 * // A report to share outside the group, with a line saying what it keeps:
 * const shared = anonymiseReport(report, project);
 * const heading = `${shared.project.title}\n${ANONYMISED_KEEPS}`;
 * ```
 */
export const ANONYMISED_KEEPS =
  'Anonymised: members are shown as "Member n" and records by kind and position ("Decision 2"); titles, names, notes and other free text from the project are withheld. Kept: the rules’ own words, framework questions, sections, counts, dates, stages and issue and rule ids.';

/**
 * A copy of a check report that shows members as stable pseudonyms
 * ("Member 3", see {@link memberPseudonyms}) instead of their names, and
 * withholds every other piece of free text from the project, for sharing.
 * It keeps only the rules' own words, framework questions, sections,
 * counts, dates, stages, pointers and issue and rule ids
 * ({@link ANONYMISED_KEEPS} says so in each format): the project title
 * becomes {@link ANONYMISED_TITLE}; a record that is not a member (a
 * meeting, decision, idea, agreement, milestone, leader...) is shown by
 * kind and position ("Decision 2"); and any text written in the project
 * (titles, names, notes, agreement text, summaries) that a message, action
 * or evidence value repeats becomes "(withheld)". So do amounts from the
 * reciprocity ledger (each amount, and each member's total): a sum of money
 * in text ("£25.00") equal to one, and a number an issue carries as a value
 * equal to one, with that number wherever the issue's text repeats it. A
 * count that happens to equal an amount is withheld too: anonymising errs
 * on the side of hiding. Issue ids, rule ids, pointers and counts stay the same, so an
 * anonymised issue can be matched with the original.
 *
 * What changes:
 * - a member subject's label becomes the pseudonym, and its id becomes the
 *   pseudonym's id (`member#3`), since ids may be made from names;
 * - every member's display name is replaced wherever it appears, as a whole
 *   word, in issue titles, messages, actions and subject labels; a name two members share becomes the issue's own
 *   member's pseudonym in that member's issues, and the first member's
 *   elsewhere;
 * - in `data` and `evidence`, a value that is a member's id or name becomes
 *   the pseudonym's id or label (findings facts about other records keep
 *   their ids);
 * - the project title, other records' labels and every other text written
 *   in the project are withheld, as above.
 *
 * Apply it once, to the report of `check()` on the same project. Free text
 * that describes a member without using their display name cannot be
 * recognised, so names should not be written into other records.
 *
 * @category Report
 * @example
 * ```ts
 * const report = await check(project, { now: '2026-11-20T12:00:00Z' });
 * const shareable = anonymiseReport(report, project);
 * shareable.issues[0]?.id === report.issues[0]?.id; // true
 * ```
 */
export function anonymiseReport(report: CheckReport, project: Project): CheckReport {
  const locale = report.locale;
  const r = replacer(project, locale);
  const texts = projectTexts(project);
  const amounts = ledgerAmounts(project);
  const hide = (issue: FlaggedIssue) => anonymiseIssue(issue, r, texts, amounts, locale);
  const issues = report.issues.map(hide);
  return {
    ...report,
    project: {
      ...report.project,
      title: uiLocale(locale) === 'cy' ? uiText(locale, 'anon.title') : ANONYMISED_TITLE,
    },
    issues,
    // Acknowledged issues as the open ones; reasons and who gave them withheld.
    ...anonymiseAcknowledgements(report, issues, hide, uiText(locale, 'anon.withheld')),
    ...(report.changes !== undefined
      ? { changes: { ...report.changes, resolved: report.changes.resolved.map(hide) } }
      : {}),
    ...(report.notices !== undefined
      ? { notices: report.notices.map((n) => anonymiseNotice(n, locale)) }
      : {}),
  };
}
