/**
 * Shared value schemas: text, dates, times, time zones, free-form extensions.
 *
 * @module
 */
import * as z from 'zod';
import type { DeepReadonly } from './readonly.js';

/**
 * Longest text field a project accepts, so a document cannot smuggle megabytes into one field.
 *
 * @category Model
 * @example `if (text.length > MAX_TEXT_LENGTH) console.log('too long');`
 */
export const MAX_TEXT_LENGTH = 20_000;

/**
 * Non-empty text, trimmed of nothing (what went in comes back out).
 *
 * @category Model
 * @example `TextSchema.parse('Improve bus travel for young carers')`
 */
export const TextSchema = z.string().min(1).max(MAX_TEXT_LENGTH);

/** Short labels such as a title or a name. @category Model @example `LabelSchema.parse('Young carers travel group')` */
export const LabelSchema = z.string().min(1).max(500);

/**
 * The years a project's dates and times may fall in. Co-production work,
 * and the people in it, are of this world: a date in year 1 or 9999 is a
 * typing mistake, and would make every check that reads time zones do work
 * for thousands of years of calendars.
 *
 * @category Model
 * @example `DATE_YEARS.first // 1900`
 */
export const DATE_YEARS = Object.freeze({ first: 1900, last: 2200 });

// Calendar dates in the years 1900 to 2200, 29 February only in leap years
// (2000 is one; 1900, 2100 and 2200 are not). One pattern per format, so the
// JSON Schema keeps its `format` and says exactly what the schema checks.
const YEAR = '(?:19\\d\\d|2[01]\\d\\d|2200)';
const LEAP_YEAR = '(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)';
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const DATE = `(?:${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?';
const OFFSET = '(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';

/**
 * A calendar date, `YYYY-MM-DD`, read in the project's time zone, in the
 * years {@link DATE_YEARS}.
 *
 * @category Model
 * @example `IsoDateSchema.parse('2025-03-14')`
 */
export const IsoDateSchema = z.stringFormat('date', new RegExp(`^${DATE}$`));
/** A calendar date, `YYYY-MM-DD`. @category Model @example `const day: IsoDate = '2025-03-14';` */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A date and time with an explicit offset (`Z` or `+01:00`), so a meeting's
 * time means the same thing on every machine, in the years {@link DATE_YEARS}.
 *
 * @category Model
 * @example `IsoDateTimeSchema.parse('2025-03-14T18:30:00+00:00')`
 */
export const IsoDateTimeSchema = z.stringFormat(
  'date-time',
  new RegExp(`^${DATE}T${TIME}${OFFSET}$`),
);
/** A date and time with offset. @category Model @example `const at: IsoDateTime = '2025-03-14T18:30:00Z';` */
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;

/**
 * An IANA time zone name such as `Europe/London`. Whether the name is known
 * is checked by {@link coproduce!parseProject} (JSON Schema cannot ask the platform).
 *
 * @category Model
 * @example `TimeZoneSchema.parse('Europe/London')`
 */
export const TimeZoneSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/, {
    error: 'must be an IANA time zone name such as "Europe/London"',
  })
  .max(64);

/**
 * A JSON value: what a council may keep in `extensions`.
 *
 * @category Model
 * @example `const v: JsonValue = { caseRef: 'ASC-2291', tags: ['carers'] };`
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * Deepest nesting accepted inside `extensions`.
 *
 * @category Model
 * @example `MAX_EXTENSION_DEPTH // 32`
 */
export const MAX_EXTENSION_DEPTH = 32;

/**
 * Most values (objects, lists, strings, numbers, booleans, nulls) one
 * `extensions` object may hold, so a self-referencing or shared-branch
 * object cannot make the copy grow without bound.
 *
 * @category Model
 * @example `MAX_EXTENSION_VALUES // 100000`
 */
export const MAX_EXTENSION_VALUES = 100_000;

/**
 * Keys that could reach an object's prototype; refused anywhere in user data.
 *
 * @category Model
 * @example `FORBIDDEN_KEYS.has('__proto__') // true`
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

type CloneProblem = { path: (string | number)[]; message: string };

/**
 * Validates a JSON value and copies it, so the parsed project never shares
 * (and later freezes) objects the caller still holds. `budget` counts the
 * values copied; past {@link MAX_EXTENSION_VALUES} the copy stops, so an
 * object whose branches share or repeat themselves cannot blow up.
 */
function cloneJson(
  value: unknown,
  path: (string | number)[],
  depth: number,
  problems: CloneProblem[],
  budget: { left: number },
): JsonValue | undefined {
  budget.left -= 1;
  // A hundred problems say enough; stop walking.
  if (problems.length >= 100) budget.left = Math.min(budget.left, -2);
  if (budget.left < 0) {
    if (budget.left === -1) {
      problems.push({ path, message: `holds more than ${MAX_EXTENSION_VALUES} values` });
    }
    return undefined;
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    problems.push({ path, message: `must be a finite number, not ${String(value)}` });
    return undefined;
  }
  if (typeof value !== 'object') {
    problems.push({ path, message: `must be plain JSON data, not ${typeof value}` });
    return undefined;
  }
  if (depth >= MAX_EXTENSION_DEPTH) {
    problems.push({ path, message: `is nested more than ${MAX_EXTENSION_DEPTH} levels deep` });
    return undefined;
  }
  if (Array.isArray(value)) {
    const list: JsonValue[] = [];
    for (let i = 0; i < value.length && budget.left >= 0; i++) {
      list.push(cloneJson(value[i], [...path, i], depth + 1, problems, budget) ?? null);
    }
    return list;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    problems.push({ path, message: 'must be a plain JSON object' });
    return undefined;
  }
  const out: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(value)) {
    if (budget.left < 0) break;
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push({ path: [...path, key], message: `the key "${key}" is not allowed` });
      continue;
    }
    const item = cloneJson(
      (value as Record<string, unknown>)[key],
      [...path, key],
      depth + 1,
      problems,
      budget,
    );
    if (item !== undefined) out[key] = item;
  }
  return out;
}

/**
 * A free-form object where a council system keeps its own fields. The
 * library never reads it and always keeps it, exactly. Values must be plain
 * JSON; keys that could reach a prototype are refused rather than dropped.
 *
 * @category Model
 * @example `ExtensionsSchema.parse({ caseRef: 'ASC-2291' })`
 */
export const ExtensionsSchema = z
  .unknown()
  .transform((value, ctx): { [key: string]: JsonValue } => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: "must be an object of the council's own fields" });
      return z.NEVER;
    }
    const problems: CloneProblem[] = [];
    const copy = cloneJson(value, [], 0, problems, { left: MAX_EXTENSION_VALUES });
    for (const p of problems) ctx.addIssue({ code: 'custom', message: p.message, path: p.path });
    return problems.length > 0 || copy === undefined
      ? z.NEVER
      : (copy as { [key: string]: JsonValue });
  })
  .meta({
    type: 'object',
    description:
      "A council system's own fields, as plain JSON. Kept exactly; never read by coproduce.",
  } as Record<string, unknown>);
/** Free-form council fields. @category Model @example `const ext: Extensions = { caseRef: 'ASC-2291' };` */
export type Extensions = DeepReadonly<z.infer<typeof ExtensionsSchema>>;

/** How often something recurs. @category Model @example `CadenceSchema.options // ['weekly', 'fortnightly', 'monthly', 'quarterly', 'ad-hoc']` */
export const CadenceSchema = z.enum(['weekly', 'fortnightly', 'monthly', 'quarterly', 'ad-hoc']);
/** How often something recurs. @category Model @example `const every: Cadence = 'monthly';` */
export type Cadence = z.infer<typeof CadenceSchema>;

/**
 * Longest gap, in days, that still counts as keeping to a cadence; `ad-hoc`
 * has none, so nothing on an ad-hoc cadence is ever overdue by its cadence.
 *
 * @category Model
 * @example `cadenceDays.monthly // 31`
 */
export const cadenceDays: Readonly<Record<Cadence, number | undefined>> = Object.freeze({
  weekly: 7,
  fortnightly: 14,
  monthly: 31,
  quarterly: 92,
  'ad-hoc': undefined,
});

const timeZoneCache = new Map<string, boolean>();

/**
 * Tells whether the platform knows an IANA time zone name.
 *
 * @category Model
 * @example `isKnownTimeZone('Europe/London') // true`
 */
export function isKnownTimeZone(name: string): boolean {
  const cached = timeZoneCache.get(name);
  if (cached !== undefined) return cached;
  let known = false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    known = true;
  } catch {
    known = false;
  }
  if (timeZoneCache.size < 1000) timeZoneCache.set(name, known);
  return known;
}
