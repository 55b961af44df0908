/**
 * Calendar arithmetic in a named IANA time zone, without ever reading the
 * machine's own zone.
 *
 * `Intl.DateTimeFormat#formatToParts` costs several microseconds a call, far
 * too slow to run once per activity on a large project. The zone's UTC offset
 * only changes at a few transitions a year, so we find those transitions once
 * per zone and 52-week block (with `formatToParts`), cache them for the life of
 * the process, and turn every instant into a local date and time by plain
 * arithmetic.
 *
 * @module
 */

import { DAY_MS, daysFromCivil, dayToIsoDate } from './calendar.js';

const WEEK_MS = 7 * DAY_MS;
/** Offsets are tabulated in blocks of whole weeks so sampling lines up with block edges. */
const BLOCK_MS = 52 * WEEK_MS;
/** Bounds the process-wide cache; a long-running server may see many zones and years. */
const MAX_CACHED_BLOCKS = 4096;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per zone: building an `Intl.DateTimeFormat` costs far more
 * than using one.
 */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The zone's UTC offset in milliseconds at an instant, read from `Intl`.
 * Exported for tests that compare the cached tables with `Intl` itself.
 *
 * @example `zoneOffsetFromIntl('Europe/London', Date.UTC(2026, 5, 10)) // 3_600_000`
 */
export function zoneOffsetFromIntl(timeZone: string, instant: number): number {
  const local = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  // The era is a word ("BC"); the parts the offset needs are numbers; literals are skipped.
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (Object.hasOwn(local, part.type))
      local[part.type as keyof typeof local] = Number(part.value);
  }
  const year = bc ? 1 - local.year : local.year;
  const localSeconds =
    daysFromCivil(year, local.month, local.day) * 86_400 +
    local.hour * 3600 +
    local.minute * 60 +
    local.second;
  return localSeconds * 1000 - Math.floor(instant / 1000) * 1000;
}

/** The offsets in force over one block: `offsets[k]` applies from `starts[k]`. */
interface OffsetTable {
  readonly starts: number[];
  readonly offsets: number[];
}

const tables = new Map<string, Map<number, OffsetTable>>();
let cachedBlocks = 0;

/**
 * Finds the transitions inside one 52-week block by sampling the offset
 * weekly and bisecting to the second wherever two samples differ. This
 * assumes a zone never changes its offset and changes it back within a
 * week, which holds for every zone in the tz database since 1970 (the
 * shortest DST suspensions, around Ramadan, last about a month).
 */
function buildTable(timeZone: string, block: number): OffsetTable {
  const start = block * BLOCK_MS;
  const end = start + BLOCK_MS;
  const first = zoneOffsetFromIntl(timeZone, start);
  const table: OffsetTable = { starts: [start], offsets: [first] };
  let lo = start;
  let loOffset = first;
  for (let sample = start + WEEK_MS; sample <= end; sample += WEEK_MS) {
    let sampleOffset = zoneOffsetFromIntl(timeZone, sample);
    while (sampleOffset !== loOffset) {
      // Invariant: offset(lo) = loOffset, offset(hi) ≠ loOffset; both whole seconds.
      let a = lo;
      let hi = sample;
      while (hi - a > 1000) {
        const mid = a + Math.floor((hi - a) / 2000) * 1000;
        if (zoneOffsetFromIntl(timeZone, mid) === loOffset) a = mid;
        else hi = mid;
      }
      const newOffset = zoneOffsetFromIntl(timeZone, hi);
      if (hi < end) {
        table.starts.push(hi);
        table.offsets.push(newOffset);
      }
      lo = hi;
      loOffset = newOffset;
      if (hi === sample) sampleOffset = newOffset;
    }
    lo = sample;
    loOffset = sampleOffset;
  }
  return table;
}

// The table asked for last: a check reads activity after activity in the
// same zone and mostly the same year, so two Map lookups per instant become
// two comparisons. A table is the same whenever it is rebuilt, so keeping
// this one past a clear of the cache below never changes an answer.
let lastZone: string | undefined;
let lastBlock = Number.NaN;
let lastTable: OffsetTable | undefined;

function tableFor(timeZone: string, block: number): OffsetTable {
  if (block === lastBlock && timeZone === lastZone && lastTable !== undefined) return lastTable;
  lastTable = cachedTableFor(timeZone, block);
  lastZone = timeZone;
  lastBlock = block;
  return lastTable;
}

function cachedTableFor(timeZone: string, block: number): OffsetTable {
  let zoneTables = tables.get(timeZone);
  if (zoneTables === undefined) {
    zoneTables = new Map();
    tables.set(timeZone, zoneTables);
  }
  let table = zoneTables.get(block);
  if (table === undefined) {
    if (cachedBlocks >= MAX_CACHED_BLOCKS) {
      for (const t of tables.values()) t.clear();
      cachedBlocks = 0;
    }
    table = buildTable(timeZone, block);
    zoneTables.set(block, table);
    cachedBlocks++;
  }
  return table;
}

/**
 * The zone's UTC offset in milliseconds at an instant (local time = UTC +
 * offset), from the cached transition tables.
 *
 * @throws RangeError if the zone is unknown to the platform.
 * @example `zoneOffset('Europe/London', Date.parse('2026-06-10T16:30:00Z')) // 3_600_000`
 */
export function zoneOffset(timeZone: string, instant: number): number {
  const table = tableFor(timeZone, Math.floor(instant / BLOCK_MS));
  const { starts, offsets } = table;
  let k = starts.length - 1;
  while (k > 0 && instant < starts[k]!) k--;
  return offsets[k]!;
}

/**
 * A local date and time in some zone: the day number (days since
 * 1970-01-01 of the local calendar date), weekday (0 = Monday) and
 * minutes since local midnight.
 *
 * @example `const t: ZonedTime = { day: 20614, weekday: 2, minutes: 1050 };`
 */
export interface ZonedTime {
  readonly day: number;
  readonly weekday: number;
  readonly minutes: number;
}

/**
 * Splits an offset-adjusted (local) millisecond count into day number,
 * weekday and minutes of the day.
 */
function splitLocal(local: number): ZonedTime {
  const day = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - day * DAY_MS) / 60_000);
  // 1970-01-01 was a Thursday, which is 3 when Monday is 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return { day, weekday, minutes };
}

/**
 * The local date, weekday and time of day of an instant in a zone.
 *
 * @example
 * ```ts
 * import { dayToIsoDate } from './calendar.js';
 *
 * const t = zonedTime('Europe/London', Date.parse('2026-06-10T16:30:00Z'));
 * dayToIsoDate(t.day); // '2026-06-10'
 * t.minutes; // 1050 (17:30)
 * t.weekday; // 2 (Wednesday)
 * ```
 */
export function zonedTime(timeZone: string, instant: number): ZonedTime {
  return splitLocal(instant + zoneOffset(timeZone, instant));
}

/** From 1970 up to 2100, {@link calendarDateIn} reads the zone's cached offset tables. */
const TABLED_FROM_MS = 0;
const TABLED_UNTIL_MS = daysFromCivil(2100, 1, 1) * DAY_MS;

/**
 * The calendar date of an instant in a time zone, as `YYYY-MM-DD`: what
 * "today" is for a project. The machine's zone and locale are never read.
 *
 * @internal
 * @example `calendarDateIn(new Date('2025-06-01T23:30:00Z'), 'Europe/London') // '2025-06-02'`
 */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  // Outside the years a project lives in, Intl is asked once rather than
  // building offset tables that no other instant will read.
  const offset =
    ms >= TABLED_FROM_MS && ms < TABLED_UNTIL_MS
      ? zoneOffset(timeZone, ms)
      : zoneOffsetFromIntl(timeZone, ms);
  return dayToIsoDate(Math.floor((ms + offset) / DAY_MS));
}
