/**
 * Small pieces shared by the fact modules: reading parameters, building
 * findings and subjects, and the recent-activity window.
 *
 * @module
 */

import { isoDateToDay } from '../../time/calendar.js';
import type { DataValue, Finding, RuleScope, SubjectRef } from '../types.js';
import type { DerivedActivity, DerivedMember, DerivedProject } from './derive.js';
import type { FactDefinition, FactParameterSpec } from './types.js';

/**
 * Longest label or text excerpt a finding carries, so messages stay readable.
 *
 * @example `excerpt('Members said the evening slot clashed with school pick-up and asked for a Saturday morning instead.').length <= EXCERPT_LENGTH // true`
 */
export const EXCERPT_LENGTH = 80;

/**
 * Shortens text to at most {@link EXCERPT_LENGTH} characters, ending in `…`
 * when cut, without splitting a surrogate pair.
 *
 * @example `excerpt('short') // 'short'`
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

function fail(fact: string, name: string, wanted: string): never {
  throw new TypeError(`The fact "${fact}" needs the parameter "${name}" as ${wanted}.`);
}

/**
 * Reads an integer parameter. The engine validates parameters against the
 * catalogue when rules load; this guards direct callers.
 *
 * @throws TypeError if the parameter is missing or not a whole number ≥ `minimum`.
 * @example `intParam('quietMembers', { meetings: 3 }, 'meetings', 1) // 3`
 */
export function intParam(
  fact: string,
  params: Readonly<Record<string, unknown>>,
  name: string,
  minimum: number,
): number {
  const value = params[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    fail(fact, name, `a whole number of at least ${minimum}`);
  }
  return value;
}

/**
 * Reads a number parameter, such as a share from 0 to 1.
 *
 * @throws TypeError if the parameter is missing, not a number, or outside `minimum` to `maximum`.
 * @example `numberParam('quietMembers', { quietShare: 0.25 }, 'quietShare', 0, 1) // 0.25`
 */
export function numberParam(
  fact: string,
  params: Readonly<Record<string, unknown>>,
  name: string,
  minimum: number,
  maximum: number,
): number {
  const value = params[name];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < minimum || value > maximum) {
    fail(fact, name, `a number from ${minimum} to ${maximum}`);
  }
  return value;
}

/**
 * Reads a parameter that must be one of a few words.
 *
 * @throws TypeError if the parameter is missing or not one of `allowed`; `wanted` says what was wanted.
 * @example `oneOfParam('f', { status: 'made' }, 'status', ['made', 'planned'], '"made" or "planned"') // 'made'`
 */
export function oneOfParam<T extends string>(
  fact: string,
  params: Readonly<Record<string, unknown>>,
  name: string,
  allowed: readonly T[],
  wanted: string,
): T {
  const value = params[name];
  if (typeof value !== 'string' || !allowed.includes(value as T)) fail(fact, name, wanted);
  return value as T;
}

/**
 * Reads a list-of-strings parameter.
 *
 * @throws TypeError if the parameter is missing or not a list of strings.
 * @example `stringListParam('f', { days: ['mon'] }, 'days') // ['mon']`
 */
export function stringListParam(
  fact: string,
  params: Readonly<Record<string, unknown>>,
  name: string,
): readonly string[] {
  const value = params[name];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    fail(fact, name, 'a list of strings');
  }
  return value as readonly string[];
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Reads an `HH:MM` time parameter as minutes since midnight.
 *
 * @throws TypeError if the parameter is not a time of day.
 * @example `timeParam('f', { officeEnd: '17:00' }, 'officeEnd') // 1020`
 */
export function timeParam(
  fact: string,
  params: Readonly<Record<string, unknown>>,
  name: string,
): number {
  const value = params[name];
  const match = typeof value === 'string' ? TIME_PATTERN.exec(value) : null;
  if (!match) fail(fact, name, 'a time of day such as "09:00"');
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Parameter specs used by several facts, so they read the same everywhere.
 *
 * @example `const params = { recentDays: PARAM.recentDays };`
 */
export const PARAM = {
  recentDays: {
    type: 'integer',
    minimum: 0,
    description:
      'How many calendar days back from today count as recent; activities that started in that window (and not in the future) are looked at.',
  },
  recentMeetings: {
    type: 'integer',
    minimum: 1,
    description:
      'How many of the most recent meetings where contributions were counted to look at.',
  },
} as const satisfies Record<string, FactParameterSpec>;

/**
 * Makes the builder of facts that take one window parameter of {@link PARAM}
 * and nothing else: `compute` gets its value already read and checked
 * against the spec's minimum, so each such fact names its id once.
 */
function windowFact(param: keyof typeof PARAM) {
  const spec = PARAM[param];
  return (
    definition: Omit<FactDefinition, 'params' | 'compute'>,
    compute: (derived: DerivedProject, window: number) => unknown,
  ): FactDefinition => ({
    ...definition,
    params: { [param]: spec },
    compute: (derived, params) =>
      compute(derived, intParam(definition.id, params, param, spec.minimum)),
  });
}

/**
 * A fact about the activities of the last `recentDays` calendar days: it
 * takes that one parameter, and `compute` gets the number of days already
 * read and checked, so each such fact names its id once.
 *
 * @example
 * ```ts
 * const fact = recentDaysFact(
 *   {
 *     id: 'recentActivityCount',
 *     type: 'number',
 *     description: 'How many activities started recently.',
 *     reads: ['activities[].start'],
 *     nullable: false,
 *   },
 *   (derived, recentDays) => recentWindow(derived, recentDays).length,
 * );
 * fact.params // { recentDays: PARAM.recentDays }
 * ```
 */
export const recentDaysFact = windowFact('recentDays');

/**
 * A fact about the last `recentMeetings` meetings where contributions were
 * counted: it takes that one parameter, and `compute` gets the number of
 * meetings already read and checked, as {@link recentDaysFact} does for days.
 *
 * @example
 * ```ts
 * const fact = recentMeetingsFact(
 *   {
 *     id: 'countedMeetingCount',
 *     type: 'number',
 *     description: 'How many recent meetings had their contributions counted.',
 *     reads: ['activities[].attendance[].contributions'],
 *     nullable: false,
 *   },
 *   (derived, recentMeetings) => Math.min(derived.countedMeetings.length, recentMeetings),
 * );
 * fact.params // { recentMeetings: PARAM.recentMeetings }
 * ```
 */
export const recentMeetingsFact = windowFact('recentMeetings');

/**
 * The share `part / recorded` when enough is recorded to mean something:
 * at least `minimum` records, and records for at least half of the `total`
 * that could have one. Otherwise null (needs review), never a percentage
 * of two people.
 *
 * @example `recordedShare(3, 4, 6, 2) // 0.75, while recordedShare(3, 4, 9, 2) // null (most not recorded)`
 */
export function recordedShare(
  part: number,
  recorded: number,
  total: number,
  minimum: number,
): number | null {
  if (recorded < minimum || recorded * 2 < total) return null;
  return part / recorded;
}

/**
 * What one pass over the record found: findings to flag, and what is still
 * to record before the rest can be judged, in words for messages.
 *
 * @example `const nothing: Review = { flagged: [], toRecord: [] };`
 */
export interface Review {
  readonly flagged: readonly Finding[];
  readonly toRecord: readonly string[];
}

/**
 * Runs a review pass once per project (memoised under `key`) and freezes
 * what it found.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const briefing = review(derived, 'governance:briefing', (_flagged, toRecord) => {
 *   if (derived.activeMembers.length === 0) toRecord.push('the members of the group');
 * });
 * briefing.toRecord // ['the members of the group'] for a group with no active members
 * ```
 */
export function review(
  derived: DerivedProject,
  key: string,
  pass: (flagged: Finding[], toRecord: string[]) => void,
): Review {
  return derived.memo(key, () => {
    const flagged: Finding[] = [];
    const toRecord: string[] = [];
    pass(flagged, toRecord);
    return { flagged: frozen(flagged), toRecord: frozen(toRecord) };
  });
}

/**
 * A review's flagged findings, or `null` (needs review) when there are none
 * and something could not be judged.
 *
 * @example `flaggedOrUnknown({ flagged: [], toRecord: ['whether members were briefed'] }) // null`
 */
export function flaggedOrUnknown(found: Review): readonly Finding[] | null {
  if (found.flagged.length > 0) return found.flagged;
  return found.toRecord.length > 0 ? null : found.flagged;
}

/**
 * The two facts of a review that takes no parameters: its findings (null,
 * needs review, when none is flagged but something could not be judged;
 * see {@link flaggedOrUnknown}) and its companion list of what is still to
 * record, in words for the needs-review message.
 *
 * @example
 * ```ts
 * const [flagged, toRecord] = reviewFacts(
 *   (derived) => review(derived, 'example:briefing', () => {}),
 *   { id: 'membersNotBriefed', scope: 'member', description: 'Members not briefed.', reads: ['group.members[]'], data: [] },
 *   { id: 'briefingToRecord', description: 'Whose briefing is not recorded.', reads: ['group.members[]'] },
 * );
 * [flagged.type, toRecord.type] // ['findings', 'string-list']
 * ```
 */
export function reviewFacts(
  pass: (derived: DerivedProject) => Review,
  findings: Omit<FactDefinition, 'type' | 'params' | 'nullable' | 'compute'>,
  toRecord: Omit<FactDefinition, 'type' | 'params' | 'nullable' | 'compute'>,
): readonly [FactDefinition, FactDefinition] {
  return [
    {
      ...findings,
      type: 'findings',
      params: {},
      nullable: true,
      compute: (derived) => flaggedOrUnknown(pass(derived)),
    },
    {
      ...toRecord,
      type: 'string-list',
      params: {},
      nullable: false,
      compute: (derived) => pass(derived).toRecord,
    },
  ];
}

/**
 * Builds a finding. Findings are not frozen one by one (that costs four
 * times the allocation on large projects); the list holding them is, and
 * the types are read-only.
 *
 * @example `finding(subject('member', 'm-01', 'Amira', '/group/members/0'), 'flagged', { meetings: 3 })`
 */
export function finding(
  subject: SubjectRef,
  status: Finding['status'],
  data: Record<string, DataValue>,
): Finding {
  return { subject, status, data };
}

/**
 * A subject reference.
 *
 * @example `subject('decision', 'd-01', 'Pilot route chosen', '/decisions/0')`
 */
export function subject(type: RuleScope, id: string, label: string, pointer: string): SubjectRef {
  return { type, id, label, pointer };
}

/**
 * The subject for a member: labelled with the display name.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const first = derived.activeMembers[0];
 * if (first) memberSubject(first).label; // e.g. 'Amira'
 * ```
 */
export function memberSubject(m: DerivedMember): SubjectRef {
  return { type: 'member', id: m.member.id, label: m.member.displayName, pointer: m.pointer };
}

/**
 * The subject for an activity: labelled with its title.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const first = derived.activities[0];
 * if (first) activitySubject(first).pointer; // '/activities/0'
 * ```
 */
export function activitySubject(a: DerivedActivity): SubjectRef {
  return { type: 'activity', id: a.activity.id, label: a.activity.title, pointer: a.pointer };
}

/**
 * Freezes a findings list for memoisation.
 *
 * @example
 * ```ts
 * // A memoised list is shared by every rule that asks for it, so none may change it.
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const unbriefed = derived.memo('unbriefed', () =>
 *   frozen(derived.members.filter((m) => !m.member.briefedOnGovernance)),
 * );
 * ```
 */
export function frozen<T>(items: T[]): readonly T[] {
  return Object.freeze(items);
}

/**
 * Calendar days from a `YYYY-MM-DD` date to today in the project zone
 * (negative for a future date; `NaN` for an unreadable one).
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * daysAgo(derived, derived.today); // 0
 * ```
 */
export function daysAgo(derived: DerivedProject, date: string): number {
  return derived.todayDay - isoDateToDay(date);
}

/**
 * The recent window: past activities whose local start date is at most
 * `recentDays` calendar days before today, by start. Memoised per length.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const recent = recentWindow(derived, 90); // oldest first
 * const lastMet = recent.at(-1)?.activity.start; // undefined: no activity in the window
 * ```
 */
export function recentWindow(
  derived: DerivedProject,
  recentDays: number,
): readonly DerivedActivity[] {
  return derived.memo(`window:${recentDays}`, () => {
    const first = derived.todayDay - recentDays;
    const out: DerivedActivity[] = [];
    // Local dates rise with start time except, in a few zones, by an hour
    // around a midnight clock change; the one-day slack covers that.
    for (let pos = derived.pastActivityCount - 1; pos >= 0; pos--) {
      const a = derived.activities[pos]!;
      if (a.day < first - 1) break;
      if (a.day >= first) out.push(a);
    }
    return out.reverse();
  });
}

/**
 * The last `count` items of a list (all of it if shorter).
 *
 * @example `lastOf([1, 2, 3], 2) // [2, 3]`
 */
export function lastOf<T>(items: readonly T[], count: number): readonly T[] {
  return items.length <= count ? items : items.slice(items.length - count);
}

/**
 * Names of the fields that are missing, in the order given.
 *
 * @example `missingOf([['what', false], ['why', true]]) // ['what']`
 */
export function missingOf(fields: readonly (readonly [string, boolean])[]): string[] {
  const out: string[] = [];
  for (const [name, present] of fields) if (!present) out.push(name);
  return out;
}

/**
 * Whether an optional list is present and has items.
 *
 * @example `hasItems([]) // false`
 */
export function hasItems(list: readonly unknown[] | undefined): boolean {
  return list !== undefined && list.length > 0;
}

/**
 * Active members who have not been briefed on something: `false` is a
 * known gap (flagged), a missing answer means nobody recorded whether they
 * were (needs review).
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * briefingFindings(derived, 'briefedOnGovernance').length; // how many members are not briefed
 * ```
 */
export function briefingFindings(
  derived: DerivedProject,
  field: 'briefedOnCoproduction' | 'briefedOnGovernance',
): readonly Finding[] {
  const out: Finding[] = [];
  for (const m of derived.activeMembers) {
    const briefed = m.member[field];
    if (briefed === true) continue;
    out.push(finding(memberSubject(m), briefed === false ? 'flagged' : 'needs-review', {}));
  }
  return frozen(out);
}
