/**
 * The one step every value from the data passes through on its way into a
 * report, whatever the format: {@link neutralise} makes a value one line of
 * plain, visible text, and each format's escaping goes on top of it
 * ({@link escapeMarkdown}, {@link escapeHtml}). {@link neutraliseReport}
 * applies the step to every string of a check report at once, so a
 * formatter that starts from its result cannot write a control character,
 * an escape sequence or a line break that came from the data. Pure; every
 * function is one pass over its input (no regular expressions on untrusted
 * text), so a megabyte of spaces or of `\r` costs a few milliseconds.
 *
 * @module
 */
import type { CheckReport, EvidenceFact, FlaggedIssue } from '../check/report-schema.js';
import type { DataValue } from '../check/types.js';

/**
 * Whether a UTF-16 code unit is an invisible format character that can
 * change how text around it looks or reads: bidirectional embeddings,
 * overrides, isolates and marks, zero-width spaces and joiners used to hide
 * text, word joiners, invisible operators, the byte-order mark and
 * interlinear annotations. ZWNJ and ZWJ (U+200C, U+200D) are kept: scripts
 * such as Persian and emoji sequences need them, and they change no order.
 */
function isInvisibleFormat(c: number): boolean {
  return (
    c === 0x00ad || // soft hyphen
    c === 0x061c || // Arabic letter mark
    c === 0x180e || // Mongolian vowel separator
    c === 0x200b || // zero-width space
    c === 0x200e || // left-to-right mark
    c === 0x200f || // right-to-left mark
    (c >= 0x202a && c <= 0x202e) || // embeddings and overrides
    (c >= 0x2060 && c <= 0x206f) || // word joiner, invisible operators, isolates, deprecated controls
    c === 0xfeff || // byte-order mark
    (c >= 0xfff9 && c <= 0xfffb) // interlinear annotation
  );
}

/** Whether a code unit ends a line somewhere: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR. */
function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Whether a code unit is white space to fold: tab, space, no-break space and the Unicode spaces. */
function isSpace(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Whether {@link neutralise} would give the text back as it is: visible
 * characters with single spaces between them, as nearly every value of a
 * report is. Looked at first because copying it piece by piece at every
 * space was a tenth of the time of writing a large report.
 */
function isNeutral(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return false;
      continue;
    }
    // Beyond ASCII, only what the full pass copies as it is: no controls,
    // surrogates, spaces, line breaks or invisible format characters.
    if (c < 0xa0 || (c >= 0xd800 && c <= 0xdfff)) return false;
    if (isSpace(c) || isLineBreak(c) || isInvisibleFormat(c)) return false;
  }
  return true;
}

/**
 * A value from the data as one line of visible text, safe to put in any
 * report format before that format's own escaping:
 *
 * - every line ending (`\r\n`, `\r`, `\n`, `\v`, `\f`, U+0085, U+2028,
 *   U+2029) and every run of white space becomes one space, and the ends
 *   are trimmed;
 * - C0 and C1 control characters and DEL are removed, ESC among them, so
 *   an escape sequence (`\u001b]0;title\u0007`, `\u001b[2J`) loses its
 *   introducer and what is left shows as ordinary text (`]0;title`, `[2J`);
 * - bidirectional overrides, embeddings, isolates and marks and other
 *   invisible format characters are removed;
 * - a lone surrogate becomes U+FFFD, so the text is valid Unicode.
 *
 * Numbers, booleans and `null` are written as JSON writes them. One pass,
 * linear in the length of the text.
 *
 * @category Report
 * @example
 * ```ts
 * neutralise('X\r## All clear'); // 'X ## All clear'
 * neutralise('\u001b]0;pwned\u0007Title'); // ']0;pwnedTitle'
 * ```
 */
export function neutralise(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return value === null ? 'null' : '';
  const text = typeof value === 'string' ? value : String(value);
  if (isNeutral(text)) return text;
  let out = '';
  let pendingSpace = false;
  let start = 0; // the first code unit not yet copied to `out`
  let i = 0;
  const flush = (end: number) => {
    if (end > start) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += text.slice(start, end);
    }
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const plain =
      c >= 0x20 && c !== 0x7f && !(c >= 0x80 && c <= 0x9f) && !(c >= 0xd800 && c <= 0xdfff);
    if (c > 0x20 && c < 0x7f) {
      i += 1;
      continue;
    }
    if (plain && !isSpace(c) && !isLineBreak(c) && !isInvisibleFormat(c)) {
      i += 1;
      continue;
    }
    // A code unit that is not copied as it is: copy what came before it.
    flush(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A valid pair: keep it (the tag characters of plane 14 are invisible).
        const point = (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        if (!(point >= 0xe0000 && point <= 0xe007f)) {
          if (pendingSpace && out.length > 0) out += ' ';
          pendingSpace = false;
          out += text.slice(i, i + 2);
        }
        i += 2;
        start = i;
        continue;
      }
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += '\ufffd';
    } else if (isSpace(c) || isLineBreak(c)) {
      pendingSpace = true;
    }
    // Controls and invisible format characters are dropped.
    i += 1;
    start = i;
  }
  flush(text.length);
  return out;
}

/** Characters that can start or end Markdown structure anywhere in a line (CommonMark and GFM). */
const MARKDOWN_SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '!']);

/**
 * A value from the data as Markdown that shows it as written, on one line:
 * {@link neutralise}d, then every character that can make structure
 * escaped with a backslash — backslashes themselves, code spans, emphasis,
 * links and images, HTML tags and autolinks, GFM table cells and
 * strikethrough, and `&` where it would start a character reference — and
 * a heading, list, quote or thematic-break marker escaped at the start, so
 * the text is safe even at the start of a line. One pass.
 *
 * @category Report
 * @example
 * ```ts
 * escapeMarkdown('[click](https://x) | **me**'); // '\\[click\\](https://x) \\| \\*\\*me\\*\\*'
 * escapeMarkdown('# All clear'); // '\\# All clear'
 * ```
 */
export function escapeMarkdown(value: string | number | boolean | null | undefined): string {
  const text = neutralise(value);
  // The text between escapes is copied a run at a time: a long message
  // built up a character at a time takes many times its size in memory.
  let out = '';
  let start = 0; // the first code unit not yet copied to `out`
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    let escaped: string | undefined;
    if (MARKDOWN_SPECIAL.has(ch)) {
      escaped = `\\${ch}`;
    } else if (ch === '&') {
      // `&amp;`, `&#39;`, `&#x27;`: a reference only when letters or digits run to a `;`.
      let j = i + 1;
      if (text.charAt(j) === '#') j += 1;
      let k = j;
      while (k < text.length && k - j <= 32 && /[A-Za-z0-9]/.test(text.charAt(k))) k += 1;
      if (k > j && text.charAt(k) === ';') escaped = '\\&';
    } else if (i === 0 && (ch === '#' || ch === '+' || ch === '-' || ch === '=')) {
      escaped = `\\${ch}`;
    } else if ((ch === '.' || ch === ')') && i > 0 && i <= 9 && /^[0-9]+$/.test(text.slice(0, i))) {
      // `1.` or `1)` at the start would begin an ordered list.
      escaped = `\\${ch}`;
    }
    if (escaped === undefined) continue;
    out += text.slice(start, i) + escaped;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A value as HTML text, safe in element content and in a quoted attribute
 * value: {@link neutralise}d, then `& < > " '` escaped. One pass.
 *
 * @category Report
 * @example
 * ```ts
 * escapeHtml('<img src=x onerror="alert(1)">'); // '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 * ```
 */
export function escapeHtml(value: string | number | boolean | null | undefined): string {
  const text = neutralise(value);
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const escaped = HTML_ESCAPES[text.charAt(i)];
    if (escaped === undefined) continue;
    out += text.slice(start, i) + escaped;
    start = i + 1;
  }
  return out + text.slice(start);
}

/**
 * A `docs` link as it may be shown: an absolute `http:` or `https:` URL,
 * serialised by the URL parser (so quotes, spaces and angle brackets are
 * percent-encoded), or `undefined` for anything else (`javascript:`,
 * `data:`, relative links, text that is not a URL).
 *
 * @category Report
 * @example
 * ```ts
 * safeLink('https://example.org/rules/a"b'); // 'https://example.org/rules/a%22b'
 * safeLink('javascript:alert(1)'); // undefined
 * ```
 */
export function safeLink(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href;
}

function neutraliseValue(value: DataValue): DataValue {
  if (typeof value === 'string') return neutralise(value);
  if (Array.isArray(value)) return value.map((item) => neutralise(item));
  return value;
}

function neutraliseRecord(record: Readonly<Record<string, DataValue>>): Record<string, DataValue> {
  const out: Record<string, DataValue> = {};
  for (const [key, value] of Object.entries(record)) out[neutralise(key)] = neutraliseValue(value);
  return out;
}

function neutraliseIssue(issue: FlaggedIssue): FlaggedIssue {
  const facts: EvidenceFact[] = issue.evidence.facts.map((fact) => ({
    ...fact,
    fact: neutralise(fact.fact),
    ...(fact.path !== undefined ? { path: neutralise(fact.path) } : {}),
    value: neutraliseValue(fact.value),
  }));
  const { docs: _docs, ...rest } = issue;
  const docs = safeLink(issue.docs);
  return {
    ...rest,
    id: neutralise(issue.id),
    ruleId: neutralise(issue.ruleId),
    set: neutralise(issue.set),
    questionIds: issue.questionIds.map((id) => neutralise(id)),
    section: neutralise(issue.section),
    title: neutralise(issue.title),
    ...(issue.titleId !== undefined ? { titleId: neutralise(issue.titleId) } : {}),
    message: neutralise(issue.message),
    messageId: neutralise(issue.messageId),
    action: neutralise(issue.action),
    ...(issue.actionId !== undefined ? { actionId: neutralise(issue.actionId) } : {}),
    ...(issue.heldUpBy !== undefined ? { heldUpBy: neutralise(issue.heldUpBy) } : {}),
    data: neutraliseRecord(issue.data),
    subject: {
      ...issue.subject,
      id: neutralise(issue.subject.id),
      label: neutralise(issue.subject.label),
      pointer: neutralise(issue.subject.pointer),
    },
    evidence: {
      facts,
      ...(issue.evidence.finding !== undefined
        ? { finding: neutraliseRecord(issue.evidence.finding) }
        : {}),
    },
    ...(docs !== undefined ? { docs } : {}),
  };
}

/**
 * A copy of a check report in which every string is {@link neutralise}d
 * (titles, names, labels, messages, actions, subjects, evidence values,
 * section names, rule texts, rule set names) and each `docs` link is kept
 * only when {@link safeLink} accepts it. Every formatter of this library
 * starts from it, then escapes for its format; a front end of its own can
 * do the same. Counts keep their section names neutralised too, so the
 * summary and the issues still match. Linear in the size of the report.
 *
 * @category Report
 * @example
 * ```ts
 * const report = await check(project, { now: '2026-11-20T12:00:00Z' });
 * const safe = neutraliseReport(report);
 * safe.issues.every((issue) => !/[\u0000-\u001f]/.test(issue.message)); // true
 * ```
 */
export function neutraliseReport(report: CheckReport): CheckReport {
  const bySection: Record<string, number> = {};
  for (const [section, count] of Object.entries(report.counts.bySection))
    bySection[neutralise(section)] = (bySection[neutralise(section)] ?? 0) + count;
  return {
    ...report,
    project: {
      ...report.project,
      id: neutralise(report.project.id),
      title: neutralise(report.project.title),
      timeZone: neutralise(report.project.timeZone),
    },
    checkedAt: neutralise(report.checkedAt),
    locale: neutralise(report.locale),
    issues: report.issues.map(neutraliseIssue),
    outcomes: report.outcomes.map((outcome) => ({
      ...outcome,
      ruleId: neutralise(outcome.ruleId),
      set: neutralise(outcome.set),
      title: neutralise(outcome.title),
      ...(outcome.needsReviewTitle !== undefined
        ? { needsReviewTitle: neutralise(outcome.needsReviewTitle) }
        : {}),
      section: neutralise(outcome.section),
    })),
    counts: { ...report.counts, bySection },
    ruleSets: report.ruleSets.map((set) => ({
      id: neutralise(set.id),
      version: neutralise(set.version),
    })),
    ...(report.notices !== undefined
      ? {
          notices: report.notices.map((notice) => ({
            ...notice,
            message: neutralise(notice.message),
            data: neutraliseRecord(notice.data),
            ...(notice.subject !== undefined
              ? {
                  subject: {
                    ...notice.subject,
                    id: neutralise(notice.subject.id),
                    label: neutralise(notice.subject.label),
                  },
                }
              : {}),
          })),
        }
      : {}),
    ...(report.configuration !== undefined
      ? {
          configuration: {
            path: report.configuration.path === null ? null : neutralise(report.configuration.path),
            ...(report.configuration.inline ? { inline: true as const } : {}),
            ruleSets: report.configuration.ruleSets.map((set) => ({
              id: neutralise(set.id),
              version: neutralise(set.version),
            })),
          },
        }
      : {}),
  };
}
