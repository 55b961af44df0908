/**
 * Notices: warnings about the data itself rather than the framework's
 * questions, reported beside the issues. The first is a date and time
 * whose UTC offset is wrong for the project's time zone at that moment
 * (`+00:00` in British Summer Time): it would silently move a meeting by an
 * hour in every rule that reads times of day, so the report says so in words.
 *
 * @module
 */
import type { Project } from '../model/project.js';
import { dayToIsoDate, parseInstant } from '../time/calendar.js';
import { zonedTime, zoneOffset } from '../time/zone.js';
import { formatDate, formatValue } from './messages.js';
import type { CheckReport } from './report-schema.js';
import type { DataValue } from './types.js';

/**
 * Every kind of notice, for the report schema. A new kind is added here and
 * to {@link NoticeCode}; reports and front ends switch on `code`.
 *
 * @category Check
 * @example `NOTICE_CODES.includes('offset-mismatch') // true`
 */
export const NOTICE_CODES = ['offset-mismatch'] as const;

/**
 * The kinds of notice: `offset-mismatch`, a date and time written with a UTC
 * offset the project's time zone does not have at that moment.
 *
 * @category Check
 * @example `const code: NoticeCode = 'offset-mismatch';`
 */
export type NoticeCode = (typeof NOTICE_CODES)[number];

/**
 * A warning about the data in a project, shown beside the issues: it is
 * not about a framework question, so it is not an issue and has no rule.
 * `code` and `data` let a front end word it itself; `message` is the
 * en-GB wording.
 *
 * @category Check
 * @example
 * ```ts
 * for (const notice of report.notices ?? []) {
 *   console.warn(`${notice.subject?.label ?? 'The project'}: ${notice.message}`);
 * }
 * ```
 */
export type ReportNotice = NonNullable<CheckReport['notices']>[number];

/**
 * The UTC offset a date-time is written with, in minutes (`+01:00` → 60), or
 * `undefined` for none or `Z`. Read from the last six characters, as every
 * check reads every activity's times.
 */
function writtenOffset(text: string | undefined): number | undefined {
  if (text === undefined || text.length < 6) return undefined;
  const at = text.length - 6;
  const sign = text.charCodeAt(at);
  if ((sign !== 43 && sign !== 45) || text.charCodeAt(at + 3) !== 58) return undefined;
  const minutes =
    (digitAt(text, at + 1) * 10 + digitAt(text, at + 2)) * 60 +
    digitAt(text, at + 4) * 10 +
    digitAt(text, at + 5);
  if (Number.isNaN(minutes)) return undefined;
  return sign === 45 ? -minutes : minutes;
}

/**
 * The digit at a position, or NaN. A plain function rather than a closure in
 * {@link writtenOffset}: a closure made for every activity's two times was a
 * measurable share of a check where function names are kept (tsx, esbuild's keepNames).
 */
function digitAt(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/** An offset in minutes as written in ISO 8601: `+01:00`, `-05:30`. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The en-GB message of an `offset-mismatch` notice, from its data.
 *
 * @category Check
 * @example
 * ```ts
 * offsetMismatchMessage({ activity: 'Workshop 3', field: 'start', date: '10 June 2026', written: '18:00',
 *   writtenOffset: '+00:00', expectedOffset: '+01:00', readAs: '19:00', timeZone: 'Europe/London' });
 * // '… is written as 6pm with the UTC offset +00:00, but Europe/London is at +01:00 then, so it is read as 7pm local time. …'
 * ```
 */
export function offsetMismatchMessage(data: Readonly<Record<string, DataValue>>): string {
  const what = data.field === 'end' ? 'end' : 'start';
  const written = formatValue(data.written, 'time') ?? String(data.written);
  const readAs = formatValue(data.readAs, 'time') ?? String(data.readAs);
  return `The ${what} time of “${data.activity}” on ${data.date} is written as ${written} with the UTC offset ${data.writtenOffset}, but ${data.timeZone} is at ${data.expectedOffset} then, so it is read as ${readAs} local time. If the ${what} was ${written} local time, write its offset as ${data.expectedOffset}.`;
}

/**
 * The en-GB message of a notice, from its code and data: what a report
 * shows, and what an anonymised report rewrites after replacing names.
 *
 * @category Check
 * @example
 * ```ts
 * // A report's notices, worded again from their code and data (as after anonymising):
 * const messages = (report.notices ?? []).map((notice) => noticeMessage(notice.code, notice.data));
 * ```
 */
export function noticeMessage(code: NoticeCode, data: Readonly<Record<string, DataValue>>): string {
  switch (code) {
    case 'offset-mismatch':
      return offsetMismatchMessage(data);
  }
}

/**
 * The notices of a project: for now, each activity start or end whose
 * written UTC offset is not the project's time zone's offset at that
 * moment. A time written in UTC with `Z` is taken as meant (systems write
 * UTC that way); only a numeric offset that the zone does not have is a
 * notice. Linear in the number of activities; never reads the machine's zone.
 *
 * @category Check
 * @example `dataNotices(project).filter((n) => n.code === 'offset-mismatch').length`
 */
export function dataNotices(project: Project): ReportNotice[] {
  return noticesOf(project, undefined);
}

/**
 * {@link dataNotices}, given each activity's start already read (by
 * position in `project.activities`) when a check has derived them, so a
 * check reads every start once rather than twice. Not exported from the
 * package: only the check, which knows where its starts came from, calls it.
 */
export function noticesOf(project: Project, starts: ArrayLike<number> | undefined): ReportNotice[] {
  const notices: ReportNotice[] = [];
  const timeZone = project.timeZone;
  const activities = project.activities;
  // Plain loops and one call per time, no closure or list made per activity:
  // every check reads every activity's two times, and almost none is a notice.
  for (let index = 0; index < activities.length; index++) {
    const activity = activities[index]!;
    const start = activity.start;
    const startWritten = writtenOffset(start);
    if (startWritten !== undefined) {
      const instant = starts !== undefined ? starts[index]! : parseInstant(start);
      // A zone that cannot be read stops this activity's times, as before.
      if (
        !offsetNotice(notices, activity, index, 'start', start, startWritten, instant, timeZone)
      ) {
        continue;
      }
    }
    const end = activity.end;
    const endWritten = writtenOffset(end);
    if (endWritten !== undefined) {
      offsetNotice(notices, activity, index, 'end', end!, endWritten, parseInstant(end!), timeZone);
    }
  }
  return notices;
}

/**
 * Adds the notice of one time, if its written offset is not the zone's then.
 * Returns false when the zone cannot give its offset (the activity's other
 * time is then not read either).
 */
function offsetNotice(
  notices: ReportNotice[],
  activity: Project['activities'][number],
  index: number,
  field: 'start' | 'end',
  text: string,
  written: number,
  instant: number,
  timeZone: string,
): boolean {
  if (!Number.isFinite(instant)) return true;
  let expected: number;
  try {
    expected = Math.round(zoneOffset(timeZone, instant) / 60_000);
  } catch {
    return false;
  }
  if (written === expected) return true;
  const local = zonedTime(timeZone, instant);
  const data: Record<string, DataValue> = {
    activity: activity.title,
    field,
    date: formatDate(dayToIsoDate(local.day)) ?? text.slice(0, 10),
    day: dayToIsoDate(local.day),
    written: text.slice(11, 16),
    writtenOffset: offsetText(written),
    expectedOffset: offsetText(expected),
    readAs: clock(local.minutes),
    timeZone,
  };
  notices.push({
    code: 'offset-mismatch',
    severity: 'warning',
    message: noticeMessage('offset-mismatch', data),
    subject: {
      type: 'activity',
      id: activity.id,
      label: activity.title,
      pointer: `/activities/${index}`,
    },
    pointer: `/activities/${index}/${field}`,
    data,
  });
  return true;
}
