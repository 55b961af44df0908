/**
 * Calendar dates and instants as plain numbers: day numbers (days since
 * 1970-01-01) for `YYYY-MM-DD` dates, and instants read from ISO date-times
 * with an explicit offset. Pure arithmetic, so no result depends on the
 * machine's time zone, and years 0–99 are not read as 1900–1999 the way
 * `Date.UTC` reads them. Time zones are in `zone.ts`.
 *
 * @module
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date. Pure arithmetic
 * (Howard Hinnant's `days_from_civil`) so years 0–99 are not mangled the way
 * `Date.UTC` mangles them.
 *
 * @example `daysFromCivil(1970, 1, 1) // 0`
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The `YYYY-MM-DD` date of a day number (days since 1970-01-01).
 *
 * @example `dayToIsoDate(0) // '1970-01-01'`
 */
export function dayToIsoDate(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or `NaN` if
 * the text is not such a date. Differences of day numbers are ages in
 * calendar days, unaffected by clock changes.
 *
 * @example `isoDateToDay('2026-03-30') - isoDateToDay('2026-03-28') // 2`
 */
export function isoDateToDay(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45)
    return Number.NaN;
  // Digits read directly (no slices): this runs for every date a rule compares.
  const y0 = digit(date, 0);
  const y1 = digit(date, 1);
  const y2 = digit(date, 2);
  const y3 = digit(date, 3);
  const m0 = digit(date, 5);
  const m1 = digit(date, 6);
  const d0 = digit(date, 8);
  const d1 = digit(date, 9);
  if (
    !isDigit(y0) ||
    !isDigit(y1) ||
    !isDigit(y2) ||
    !isDigit(y3) ||
    !isDigit(m0) ||
    !isDigit(m1) ||
    !isDigit(d0) ||
    !isDigit(d1)
  )
    return Number.NaN;
  return daysFromCivil(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18] as const;

const isDigit = (n: number): boolean => n >= 0 && n <= 9;

function digit(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}

/**
 * The instant (milliseconds since the epoch) of an ISO date-time with an
 * explicit offset, `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`. Reads the
 * digits directly, about three times faster than `Date.parse`, which it
 * falls back to for any other shape. Fractions beyond milliseconds are cut.
 *
 * @example `parseInstant('2026-06-10T17:30:00+01:00') // Date.parse('2026-06-10T16:30:00Z')`
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (n < 20 || text.charCodeAt(10) !== 84 /* T */) return Date.parse(text);
  for (const at of DIGIT_POSITIONS) {
    const c = text.charCodeAt(at);
    if (c < 48 || c > 57) return Date.parse(text);
  }
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46 /* . */) {
    i++;
    let scale = 100;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      ms += (c - 48) * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  let offsetMinutes = 0;
  const sign = text.charCodeAt(i);
  if (sign === 90 /* Z */ && i === n - 1) {
    offsetMinutes = 0;
  } else if ((sign === 43 || sign === 45) && i === n - 6 && text.charCodeAt(i + 3) === 58) {
    offsetMinutes = (digit(text, i + 1) * 10 + digit(text, i + 2)) * 60;
    offsetMinutes += digit(text, i + 4) * 10 + digit(text, i + 5);
    if (!(offsetMinutes >= 0 && offsetMinutes < 24 * 60)) return Date.parse(text);
    if (sign === 45) offsetMinutes = -offsetMinutes;
  } else {
    return Date.parse(text);
  }
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  const hour = digit(text, 11) * 10 + digit(text, 12);
  const minute = digit(text, 14) * 10 + digit(text, 15);
  const second = digit(text, 17) * 10 + digit(text, 18);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return Date.parse(text);
  }
  const local =
    daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  return local + ms - offsetMinutes * 60_000;
}
