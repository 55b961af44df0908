/**
 * Showing members as stable pseudonyms ("Member 3") in a check report, so
 * a report can be shared without the names of people whose records may hold
 * lived-experience or health information. Pure: a function of the report
 * and the project it was made from.
 *
 * @module
 */
import { getFact } from '../check/facts/index.js';
import type { CheckReport, EvidenceFact, FlaggedIssue } from '../check/report.js';
import type { DataValue, SubjectRef } from '../check/types.js';
import type { Project } from '../model/project.js';

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
 * ```
 */
export function memberPseudonyms(project: Project): ReadonlyMap<string, MemberPseudonym> {
  const map = new Map<string, MemberPseudonym>();
  project.group.members.forEach((member, i) => {
    if (!map.has(member.id))
      map.set(member.id, { id: `member#${i + 1}`, label: `Member ${i + 1}` });
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

function replacer(project: Project): Replacer {
  const pseudonyms = memberPseudonyms(project);
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
        return { ...subject, label: 'A member' };
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

function anonymiseIssue(issue: FlaggedIssue, r: Replacer): FlaggedIssue {
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

/**
 * A copy of a check report that shows members as stable pseudonyms
 * ("Member 3", see {@link memberPseudonyms}) instead of their names, for
 * sharing. Issue ids, rule ids, pointers and counts stay the same, so an
 * anonymised issue can be matched with the original.
 *
 * What changes:
 * - a member subject's label becomes the pseudonym, and its id becomes the
 *   pseudonym's id (`member#3`), since ids may be made from names;
 * - every member's display name is replaced wherever it appears, as a whole
 *   word, in issue titles, messages, actions, subject labels and the
 *   project title; a name two members share becomes the issue's own
 *   member's pseudonym in that member's issues, and the first member's
 *   elsewhere;
 * - in `data` and `evidence`, a value that is a member's id or name becomes
 *   the pseudonym's id or label (findings facts about other records keep
 *   their ids).
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
  const r = replacer(project);
  return {
    ...report,
    project: { ...report.project, title: r.text(report.project.title) },
    issues: report.issues.map((issue) => anonymiseIssue(issue, r)),
  };
}
