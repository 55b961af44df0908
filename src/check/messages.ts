/**
 * Message templates: `{placeholder}` parsing, rendering and the plain,
 * machine-independent formatting of values. Rendering never reads the
 * machine's locale or time zone (`toLocaleString` would differ between a
 * developer's laptop and a council's server), so numbers, dates and lists
 * are formatted by hand, in words a resident reads easily.
 *
 * Placeholders:
 *
 * - `{name}`: the value as it is; a list is joined naturally.
 * - `{name:date}`: an ISO date or date-time as "30 October 2026" (a
 *   date-time is read in the project's time zone).
 * - `{name:list}`: "Dev, Sean and Priya"; `{name:orList}`: "Dev, Sean or Priya".
 * - `{name:percent}`: a 0–1 share as a whole percentage, "26%".
 * - `{name:count:meeting:meetings}`: a number with its noun, "1 meeting", "3 meetings".
 * - `{name:days}`: a number of days as a person says it: "5 days", "3 weeks",
 *   "about 4 months".
 *
 * A placeholder whose value is missing or cannot be shown in words (null, an
 * empty list, `true`/`false`, a date that is not a date) is never printed:
 * {@link missingPlaceholders} names it, and a check then shows the rule's
 * needs-review message instead (see `docs/contributing/rules-design.md`).
 *
 * @module
 */
import { dayToIsoDate, isoDateToDay, parseInstant } from '../time/calendar.js';
import { zonedTime } from '../time/zone.js';
import { translateFactPhrase } from './phrases.js';
import type { DataValue } from './types.js';

/**
 * The locale of the messages in rule files, and the fallback for every other
 * locale.
 *
 * @category Check
 * @example `DEFAULT_LOCALE // 'en-GB'`
 */
export const DEFAULT_LOCALE = 'en-GB';

/**
 * The formats a placeholder may ask for: `{share:percent}` renders 0.25 as
 * `25%`; `{names:list}` joins a list as "Dev, Sean and Priya";
 * `{names:orList}` as "Dev, Sean or Priya"; `{on:date}` renders
 * `2026-10-30` as "30 October 2026"; `{n:count:meeting:meetings}` renders 3
 * as "3 meetings", and a third word says what to write for none
 * (`{n:count:meeting:meetings:no meetings}` renders 0 as "no meetings", not
 * "0 meetings"); `{gap:days}` renders 21 as "3 weeks"; `{start:time}` renders
 * `17:30` as "5.30pm" (and `12:00` as "midday").
 *
 * @category Check
 * @example `PLACEHOLDER_FORMATS.includes('date') // true`
 */
export const PLACEHOLDER_FORMATS = Object.freeze([
  'percent',
  'list',
  'orList',
  'date',
  'count',
  'days',
  'time',
] as const);

/**
 * A placeholder format.
 *
 * @category Check
 * @example `const f: PlaceholderFormat = 'list';`
 */
export type PlaceholderFormat = (typeof PLACEHOLDER_FORMATS)[number];

/** How many arguments each format takes after its name: at least, at most. */
const FORMAT_ARGUMENTS: Readonly<Record<PlaceholderFormat, readonly [number, number]>> = {
  percent: [0, 0],
  list: [0, 0],
  orList: [0, 0],
  date: [0, 0],
  count: [2, 3],
  days: [0, 0],
  time: [0, 0],
};

/**
 * One `{name}`, `{name:format}` or `{name:count:singular:plural}` in a
 * template.
 *
 * @category Check
 * @example `const p: Placeholder = { name: 'meetings', format: 'count', args: ['meeting', 'meetings'] };`
 */
export interface Placeholder {
  readonly name: string;
  readonly format?: PlaceholderFormat;
  /** The format's arguments: for `count`, the singular and plural nouns. */
  readonly args?: readonly string[];
}

/**
 * Options of {@link renderMessage}: the locale whose words (month names,
 * "and"/"or") are used, and the time zone date-times are read in. Pass the
 * report's `locale` and `project.timeZone` to re-render an issue exactly as
 * the report shows it.
 *
 * @category Check
 * @example `const options: RenderOptions = { locale: 'cy', timeZone: 'Europe/London' };`
 */
export interface RenderOptions {
  /** Default `en-GB`; a locale without its own words falls back to `en-GB`. */
  readonly locale?: string | undefined;
  /** The IANA zone date-times are read in. Without it, a date-time's own date as written. */
  readonly timeZone?: string | undefined;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const WORD = /^[^{}:]+$/;

interface LocaleWords {
  readonly months: readonly string[];
  readonly and: string;
  readonly or: string;
  readonly about: string;
  readonly day: readonly [string, string];
  readonly week: readonly [string, string];
  readonly month: readonly [string, string];
  readonly year: (n: number) => string;
  /** A time of day on the 12-hour clock: hours 0–23, minutes 0–59. */
  readonly time: (hours: number, minutes: number) => string;
}

/** "5" or "5.30": the hour on the 12-hour clock, with minutes only when there are some. */
function clock(hours: number, minutes: number): string {
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour}` : `${hour}.${String(minutes).padStart(2, '0')}`;
}

/**
 * A time of day in a locale's words: midnight and midday by name, any other
 * time on the 12-hour clock with the locale's morning or afternoon mark.
 */
function timeOfDay(words: {
  readonly midnight: string;
  readonly midday: string;
  readonly am: string;
  readonly pm: string;
}): LocaleWords['time'] {
  return (hours, minutes) => {
    if (minutes === 0 && hours === 0) return words.midnight;
    if (minutes === 0 && hours === 12) return words.midday;
    return `${clock(hours, minutes)}${hours < 12 ? words.am : words.pm}`;
  };
}

const ENGLISH: LocaleWords = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  and: 'and',
  or: 'or',
  about: 'about',
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: (n) => `${n} ${n === 1 ? 'year' : 'years'}`,
  time: timeOfDay({ midnight: 'midnight', midday: 'midday', am: 'am', pm: 'pm' }),
};

// Welsh counts with the singular noun ("5 diwrnod"); years mutate after some numbers.
const WELSH: LocaleWords = {
  months: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  and: 'a',
  or: 'neu',
  about: 'tua',
  day: ['diwrnod', 'diwrnod'],
  week: ['wythnos', 'wythnos'],
  month: ['mis', 'mis'],
  year: (n) =>
    n === 1
      ? '1 flwyddyn'
      : n === 2
        ? '2 flynedd'
        : [5, 7, 8, 9, 10].includes(n)
          ? `${n} mlynedd`
          : `${n} blynedd`,
  time: timeOfDay({ midnight: 'hanner nos', midday: 'canol dydd', am: 'yb', pm: 'yh' }),
};

/**
 * The locales whose own words (month names, "and", "or", units of time)
 * messages use. Any other locale uses `en-GB`'s.
 *
 * @category Check
 * @example `MESSAGE_LOCALES // ['en-GB', 'cy']`
 */
export const MESSAGE_LOCALES: readonly string[] = Object.freeze(['en-GB', 'cy']);

const wordsByLocale = new Map<string, LocaleWords>();

function wordsFor(locale: string | undefined): LocaleWords {
  if (locale === undefined || locale === DEFAULT_LOCALE) return ENGLISH;
  let words = wordsByLocale.get(locale);
  if (words === undefined) {
    const language = locale.toLowerCase().split('-')[0];
    words = language === 'cy' ? WELSH : ENGLISH;
    if (wordsByLocale.size < 100) wordsByLocale.set(locale, words);
  }
  return words;
}

/**
 * A mistake in a template's placeholders: the English words, and a code with
 * values so a front end can say it in its reader's language (the braces a
 * message shows are values, `open` and `close`: a catalogue's braces are its
 * own placeholders).
 */
interface PlaceholderError {
  readonly message: string;
  readonly code: string;
  readonly params: Readonly<Record<string, string | readonly string[]>>;
}

const BRACES = { open: '{', close: '}' } as const;

function parseBody(body: string): Placeholder | PlaceholderError {
  const [name = '', format, ...args] = body.split(':');
  const placeholder = `{${body}}`;
  if (!NAME.test(name)) {
    return {
      message: `"${placeholder}" is not a placeholder: use {name} or {name:format}`,
      code: 'placeholder-not-name',
      params: { placeholder, ...BRACES },
    };
  }
  if (format === undefined) return { name };
  if (!(PLACEHOLDER_FORMATS as readonly string[]).includes(format)) {
    const allowed = PLACEHOLDER_FORMATS.map((f) => `"${f}"`);
    return {
      message: `"${placeholder}" asks for the unknown format "${format}": use ${allowed.join(', ')}`,
      code: 'placeholder-unknown-format',
      params: { placeholder, format, allowed },
    };
  }
  const known = format as PlaceholderFormat;
  const [least, most] = FORMAT_ARGUMENTS[known];
  if (args.length < least || args.length > most) {
    return most === 0
      ? {
          message: `"${placeholder}": the format "${known}" takes no arguments, use {${name}:${known}}`,
          code: 'placeholder-no-arguments',
          params: { placeholder, format: known, name, ...BRACES },
        }
      : {
          message: `"${placeholder}": the format "count" needs a singular and a plural noun, and may add the words for none, like {${name}:count:meeting:meetings} or {${name}:count:meeting:meetings:no meetings}`,
          code: 'placeholder-count-nouns',
          params: { placeholder, name, ...BRACES },
        };
  }
  if (args.some((a) => !WORD.test(a) || a.trim() !== a)) {
    return {
      message: `"${placeholder}": each noun of "count" must be a word or words, without spaces at either end`,
      code: 'placeholder-count-words',
      params: { placeholder },
    };
  }
  return args.length > 0 ? { name, format: known, args } : { name, format: known };
}

/**
 * The mistakes in a template's placeholders, each with a problem code and
 * its values: what {@link parsePlaceholders} returns as `errors`, for a
 * front end that says them in another language.
 *
 * @internal
 * @example `placeholderErrors('{n:count}')[0]?.code // 'placeholder-count-nouns'`
 */
export function placeholderErrors(template: string): PlaceholderError[] {
  return readPlaceholders(template).errors;
}

function readPlaceholders(template: string): {
  placeholders: Placeholder[];
  errors: PlaceholderError[];
} {
  const placeholders: Placeholder[] = [];
  const errors: PlaceholderError[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const parsed = parseBody(match[1] ?? '');
    if ('name' in parsed) placeholders.push(parsed);
    else errors.push(parsed);
  }
  const stray = template.replace(PLACEHOLDER, '');
  if (stray.includes('{') || stray.includes('}')) {
    errors.push({
      message: 'has a "{" or "}" that does not belong to a placeholder',
      code: 'placeholder-stray-brace',
      params: { ...BRACES },
    });
  }
  return { placeholders, errors };
}

/**
 * Reads the placeholders of a template. Braces that do not form a valid
 * placeholder, unknown formats and wrong format arguments are returned as
 * errors, since a template is checked when its rule set is compiled.
 *
 * @category Check
 * @example
 * ```ts
 * parsePlaceholders('{subject} missed {n:count:meeting:meetings}');
 * // { placeholders: [{ name: 'subject' }, { name: 'n', format: 'count', args: ['meeting', 'meetings'] }], errors: [] }
 * ```
 */
export function parsePlaceholders(template: string): {
  placeholders: Placeholder[];
  errors: string[];
} {
  const { placeholders, errors } = readPlaceholders(template);
  return { placeholders, errors: errors.map((e) => e.message) };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats a number the same way on every machine: thousands separated by
 * commas, at most two decimal places, no trailing zeros. A number that is
 * not finite gives an empty string.
 *
 * @category Check
 * @example `formatNumber(12345.678) // '12,345.68'`
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Counts are small whole numbers, and a big group's report says thousands of them.
  if (Number.isInteger(value) && value > -1000 && value < 1000) return `${value}`;
  const rounded = Math.round(value * 100) / 100;
  const negative = rounded < 0;
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(2).split('.');
  const trimmed = (fraction ?? '').replace(/0+$/, '');
  const body = `${groupThousands(whole)}${trimmed ? `.${trimmed}` : ''}`;
  return negative && body !== '0' ? `-${body}` : body;
}

/**
 * Joins items the way people write them: "Dev", "Dev and Sean",
 * "Dev, Sean and Priya" (with "or" for `'or'`; Welsh "a" / "neu").
 *
 * @category Check
 * @example `joinList(['Dev', 'Sean', 'Priya']) // 'Dev, Sean and Priya'`
 */
export function joinList(
  items: readonly string[],
  joiner: 'and' | 'or' = 'and',
  locale: string = DEFAULT_LOCALE,
): string {
  const word = wordsFor(locale)[joiner];
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  const joined =
    word === 'a'
      ? welshAnd(last)
      : word === 'neu' && /^yr? /.test(last)
        ? `neu’r ${last.replace(/^yr? /, '')}`
        : `${word} ${last}`;
  return `${items.slice(0, -1).join(', ')} ${joined}`;
}

/**
 * Welsh "a" (and) before the last item, as Welsh writes it ("neu" joins the
 * article as "neu’r" too): "a’r" before the
 * article ("a’r cerrig milltir"), "ac" before a vowel or "nid" ("ac Amira",
 * "ac nid yw"), and "a ph…" for the question words the catalogues put in
 * lists ("a pha mor aml", "a phwy"). Other words, and names, are left as
 * they are written.
 */
function welshAnd(item: string): string {
  if (/^yr? /.test(item)) return `a’r ${item.replace(/^yr? /, '')}`;
  if (/^([aeiouâêîôûAEIOUÂÊÎÔÛ]|nid )/.test(item)) return `ac ${item}`;
  if (/^p(a|am|wy)\b/.test(item)) return `a ph${item.slice(1)}`;
  return `a ${item}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO date (`2026-10-30`) or date-time in words: "30 October 2026". A
 * date-time is read in `timeZone` (without one, its date as written).
 * Returns `undefined` for anything that is not a real date.
 *
 * @category Check
 * @example
 * ```ts
 * formatDate('2026-10-30'); // '30 October 2026'
 * formatDate('2026-10-30T23:30:00Z', { timeZone: 'Europe/London' }); // '30 October 2026'
 * formatDate('2026-10-30', { locale: 'cy' }); // '30 Hydref 2026'
 * ```
 */
export function formatDate(value: string, options: RenderOptions = {}): string | undefined {
  const words = wordsFor(options.locale);
  let date = value;
  if (!ISO_DATE.test(value)) {
    if (!ISO_DATE_TIME.test(value)) return undefined;
    if (options.timeZone === undefined) {
      date = value.slice(0, 10);
    } else {
      const instant = parseInstant(value);
      if (!Number.isFinite(instant)) return undefined;
      try {
        date = dayToIsoDate(zonedTime(options.timeZone, instant).day);
      } catch {
        return undefined;
      }
    }
  }
  return dateInWords(date, words);
}

// A report names the same dates over and over (a member's last meeting, an
// activity's day), so each calendar date is worded once per language and
// kept. Bounded, as the dates come from documents.
const datesInWords = new Map<LocaleWords, Map<string, string | undefined>>();
const DATE_CACHE_LIMIT = 10_000;

/** A `YYYY-MM-DD` date in words, or `undefined` when it is no real date. */
function dateInWords(date: string, words: LocaleWords): string | undefined {
  let known = datesInWords.get(words);
  if (known === undefined) {
    known = new Map();
    datesInWords.set(words, known);
  }
  const cached = known.get(date);
  if (cached !== undefined || known.has(date)) return cached;
  let text: string | undefined;
  const match = ISO_DATE.exec(date);
  // A real date reads back as itself from its day number; 31 June does not.
  if (match && dayToIsoDate(isoDateToDay(date)) === date) {
    text = `${Number(match[3])} ${words.months[Number(match[2]) - 1]} ${Number(match[1])}`;
  }
  if (known.size >= DATE_CACHE_LIMIT) known.clear();
  known.set(date, text);
  return text;
}

/**
 * A number of days as a person says it: up to 13 days in days, then weeks
 * (with "about" when not whole weeks) up to 8 weeks, then months (about) up
 * to 23 months, then years (about).
 *
 * @category Check
 * @example
 * ```ts
 * formatDays(5); // '5 days'
 * formatDays(21); // '3 weeks'
 * formatDays(120); // 'about 4 months'
 * ```
 */
export function formatDays(days: number, locale: string = DEFAULT_LOCALE): string {
  const words = wordsFor(locale);
  const n = Math.round(Math.abs(days));
  const unit = (count: number, noun: readonly [string, string]) =>
    `${count} ${count === 1 ? noun[0] : noun[1]}`;
  if (n < 14) return unit(n, words.day);
  if (n < 60) {
    const weeks = Math.round(n / 7);
    return n % 7 === 0 ? unit(weeks, words.week) : `${words.about} ${unit(weeks, words.week)}`;
  }
  const months = Math.round(n / 30.4375);
  if (months < 24) return `${words.about} ${unit(months, words.month)}`;
  return `${words.about} ${words.year(Math.round(n / 365.25))}`;
}

/** The items of a list worth saying (trimmed, blanks dropped), or `undefined` for none. */
function listItems(value: DataValue): readonly string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  let clean = true;
  for (const item of value) {
    if (typeof item !== 'string' || item === '' || item.trim() !== item) {
      clean = false;
      break;
    }
  }
  const items = clean
    ? value
    : value.map((item) => String(item).trim()).filter((item) => item !== '');
  return items.length === 0 ? undefined : items;
}

/**
 * Texts of a value in the locale: a phrase a fact built in English (see
 * `phrases.ts`) is said in the locale's words; English needs no change.
 */
function sayPhrases(items: readonly string[], locale: string): readonly string[] {
  if (wordsFor(locale) === ENGLISH) return items;
  return items.map((item) => translateFactPhrase(item, locale));
}

/**
 * Formats one value for a message, or returns `undefined` when the value
 * cannot be said in words: missing, an empty list or text, `true`/`false`
 * (a message says what the answer means, never "yes" or "no"), or a value
 * of the wrong kind for the format.
 *
 * @category Check
 * @example
 * ```ts
 * formatValue(0.256, 'percent'); // '26%'
 * formatValue(['Amira', 'Ben', 'Cy'], 'list'); // 'Amira, Ben and Cy'
 * formatValue(3, 'count', ['meeting', 'meetings']); // '3 meetings'
 * formatValue(0, 'count', ['meeting', 'meetings', 'no meetings']); // 'no meetings'
 * formatValue('17:30', 'time'); // '5.30pm'
 * formatValue(true); // undefined
 * ```
 */
export function formatValue(
  value: DataValue | undefined,
  format?: PlaceholderFormat,
  args: readonly string[] = [],
  options: RenderOptions = {},
): string | undefined {
  return formatPart(value, format, args, options);
}

/**
 * {@link formatValue} without its defaults, for rendering: a check renders
 * a placeholder or two for every issue, and a default list or options
 * object would be made anew at each.
 */
function formatPart(
  value: DataValue | undefined,
  format: PlaceholderFormat | undefined,
  args: readonly string[] | undefined,
  options: RenderOptions,
): string | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') return undefined;
  const locale = options.locale ?? DEFAULT_LOCALE;
  switch (format) {
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value)
        ? `${formatNumber(Math.round(value * 100))}%`
        : undefined;
    case 'date':
      return typeof value === 'string' ? formatDate(value, options) : undefined;
    case 'count': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      const singular = args?.[0] ?? '';
      const plural = args?.[1] ?? '';
      const none = args?.[2];
      if (value === 0 && none !== undefined) return none;
      return `${formatNumber(value)} ${value === 1 ? singular : plural}`;
    }
    case 'days':
      return typeof value === 'number' && Number.isFinite(value)
        ? formatDays(value, locale)
        : undefined;
    case 'time': {
      const match = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
      return match ? wordsFor(locale).time(Number(match[1]), Number(match[2])) : undefined;
    }
    case 'list':
    case 'orList': {
      const items = listItems(typeof value === 'string' ? [value] : value);
      return items === undefined
        ? undefined
        : joinList(sayPhrases(items, locale), format === 'orList' ? 'or' : 'and', locale);
    }
    default: {
      if (Array.isArray(value)) {
        const items = listItems(value);
        return items === undefined ? undefined : joinList(sayPhrases(items, locale), 'and', locale);
      }
      if (typeof value === 'number') {
        return Number.isFinite(value) ? formatNumber(value) : undefined;
      }
      const text = String(value);
      if (text.trim() === '') return undefined;
      return wordsFor(locale) === ENGLISH ? text : translateFactPhrase(text, locale);
    }
  }
}

/**
 * The names of the placeholders in a template that {@link formatValue}
 * cannot show for these values (missing, empty, `true`/`false`, or the
 * wrong kind for their format). A check never shows a message with such a
 * placeholder: it shows the rule's needs-review message instead.
 *
 * @category Check
 * @example `missingPlaceholders('{who} left on {on:date}', { who: 'Dev', on: null }) // ['on']`
 */
export function missingPlaceholders(
  template: string,
  data: Readonly<Record<string, DataValue | undefined>>,
  options: RenderOptions = {},
): string[] {
  const parts = compiledTemplate(template);
  if (typeof parts === 'string') return [];
  const missing: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') continue;
    const value = Object.hasOwn(data, part.name) ? data[part.name] : undefined;
    if (formatPart(value, part.format, part.args, options) === undefined) missing.push(part.name);
  }
  return missing;
}

/**
 * Renders a template with values. A placeholder whose value cannot be shown
 * (see {@link missingPlaceholders}) renders as nothing, so a reader never
 * sees a raw `{key}` or a stand-in like "(not recorded)"; a check never
 * renders such a template (it falls back to the needs-review message), so
 * re-rendering a report's issue from its `messageId` and `data` always
 * gives a full sentence. Text that is not a valid placeholder is left as
 * written. Front ends use this to re-render an issue's message, with the
 * report's `locale` and `project.timeZone`.
 *
 * @category Check
 * @example
 * ```ts
 * renderMessage('{subject} has missed {n:count:meeting:meetings} since {since:date}.', {
 *   subject: 'Amira',
 *   n: 3,
 *   since: '2026-09-01',
 * }); // 'Amira has missed 3 meetings since 1 September 2026.'
 * ```
 */
export function renderMessage(
  template: string,
  data: Readonly<Record<string, DataValue | undefined>>,
  options: RenderOptions = {},
): string {
  const parts = compiledTemplate(template);
  if (typeof parts === 'string') return parts;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out = appendText(out, part);
    } else {
      const value = Object.hasOwn(data, part.name) ? data[part.name] : undefined;
      out += formatPart(value, part.format, part.args, options) ?? '';
    }
  }
  return out;
}

/**
 * Renders a template, or returns `undefined` when any placeholder's value
 * cannot be shown (see {@link missingPlaceholders}): one pass, for a check
 * that falls back to another template.
 *
 * @internal
 * @example `renderComplete('{who} left', { who: null }) // undefined`
 */
export function renderComplete(
  template: string,
  data: Readonly<Record<string, DataValue | undefined>>,
  options: RenderOptions = {},
): string | undefined {
  return renderCompiled(compiledTemplate(template), data, options);
}

/**
 * A template split into its text and placeholders, for a caller that renders
 * it many times (a check, once per issue) with {@link renderCompiled}.
 *
 * @internal
 * @example `renderCompiled(compileMessage('{who} left'), { who: 'Dev' }, {}) // 'Dev left'`
 */
export type CompiledMessage = string | readonly TemplatePart[];

/**
 * A template split once, to render with {@link renderCompiled}.
 *
 * @internal
 * @example `const parts = compileMessage('{who} left');`
 */
export function compileMessage(template: string): CompiledMessage {
  return compiledTemplate(template);
}

/**
 * {@link renderComplete} of a template split by {@link compileMessage}.
 *
 * @internal
 * @example `renderCompiled(compileMessage('{who} left'), { who: null }, {}) // undefined`
 */
export function renderCompiled(
  parts: CompiledMessage,
  data: Readonly<Record<string, DataValue | undefined>>,
  options: RenderOptions,
): string | undefined {
  if (typeof parts === 'string') return parts;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out = appendText(out, part);
      continue;
    }
    const value = Object.hasOwn(data, part.name) ? data[part.name] : undefined;
    const text = formatPart(value, part.format, part.args, options);
    if (text === undefined) return undefined;
    out += text;
  }
  return out;
}

type TemplatePart = string | Placeholder;

/** A sentence's end, perhaps inside closing quotes: `TBC.` or `TBC.”`. */
const SENTENCE_END = /[.!?][”’"']*$/;
/** A template's full stop, perhaps after its closing quotes (`”.`), not an ellipsis. */
const FULL_STOP_NEXT = /^([”’"']*)\.(?!\.)/;

/**
 * Appends a template's own text to what is rendered so far, without a
 * second full stop: a value quoted from a record may end its own sentence
 * (notes that say only “TBC.”), and the template's full stop after it
 * would make two. An ellipsis in the template is left as written.
 */
function appendText(out: string, text: string): string {
  const first = text.charCodeAt(0);
  // Most text starts with neither a full stop nor a closing quote: no regex then.
  if (first !== 46 && first !== 8221 && first !== 8217 && first !== 34 && first !== 39)
    return out + text;
  const stop = FULL_STOP_NEXT.exec(text);
  if (stop === null || !SENTENCE_END.test(out)) return out + text;
  return out + stop[1] + text.slice(stop[0].length);
}

// A check renders two messages per issue from a few dozen templates, so each
// template is split into text and placeholders once. Bounded, because
// templates can come from council files.
const templateCache = new Map<string, string | readonly TemplatePart[]>();
const TEMPLATE_CACHE_LIMIT = 2000;

function compiledTemplate(template: string): string | readonly TemplatePart[] {
  const cached = templateCache.get(template);
  if (cached !== undefined) return cached;
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const whole = match[0];
    const index = match.index ?? 0;
    const parsed = parseBody(match[1] ?? '');
    // Anything that is not a valid placeholder stays as written.
    if (!('name' in parsed)) continue;
    if (index > last) parts.push(template.slice(last, index));
    parts.push(parsed);
    last = index + whole.length;
  }
  if (last < template.length) parts.push(template.slice(last));
  const compiled = parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts;
  const result = parts.length === 0 ? '' : compiled;
  if (templateCache.size >= TEMPLATE_CACHE_LIMIT) templateCache.clear();
  templateCache.set(template, result);
  return result;
}

/**
 * A catalogue in each locale the library speaks (English, and Welsh with
 * every id the English has), each frozen: the frame the report's, the
 * problems', the phrases' and the command line's catalogues share.
 *
 * @internal
 *
 * @example `localeCatalogues({ hi: 'Hello' }, { hi: 'Helo' }).cy.hi // 'Helo'`
 */
export function localeCatalogues<Id extends string>(
  enGb: Readonly<Record<Id, string>>,
  cy: Readonly<Record<Id, string>>,
): Readonly<Record<'en-GB' | 'cy', Readonly<Record<Id, string>>>> {
  return Object.freeze({ 'en-GB': Object.freeze({ ...enGb }), cy: Object.freeze({ ...cy }) });
}
