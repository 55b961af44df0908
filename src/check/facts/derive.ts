/**
 * One pass over a project that builds every index the facts need, so each
 * fact computes from lookups instead of rescanning the document.
 *
 * @module
 */
import type { Activity, Attendance } from '../../model/activity.js';
import type { AccessFeature, DayPart, Member, MemberRole, Weekday } from '../../model/group.js';
import {
  AccessFeatureSchema,
  SupportSchema,
  VenueFeatureSchema,
  WeekdaySchema,
} from '../../model/group.js';
import type { Project } from '../../model/project.js';
import { dayToIsoDate, parseInstant } from '../../time/calendar.js';
import { zonedTime } from '../../time/zone.js';
import type { SubjectRef } from '../types.js';
import { DEFAULT_EVIDENCE_OPTIONS, type EvidenceOptions } from './evidence.js';

/**
 * Every access feature, in the model's order: bit `i` of a feature mask
 * stands for `ACCESS_FEATURES[i]`.
 *
 * @example `ACCESS_FEATURES[0] // 'step-free'`
 */
export const ACCESS_FEATURES: readonly AccessFeature[] = AccessFeatureSchema.options;

/**
 * Each feature's bit, in an object without a prototype rather than a Map:
 * every check looks up each venue's and each need's features, and a
 * property lookup by a short string the engine has seen before is the
 * quicker of the two. Own properties only, so no feature name can reach
 * anything inherited.
 */
const FEATURE_BIT: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, number>,
    Object.fromEntries(ACCESS_FEATURES.map((feature, i) => [feature, 1 << i])),
  ),
);

/**
 * The bit mask of a list of access features.
 *
 * @example `featureMask(['step-free']) // 1`
 */
export function featureMask(features: readonly string[]): number {
  let mask = 0;
  for (let i = 0; i < features.length; i++) mask |= FEATURE_BIT[features[i]!] ?? 0;
  return mask;
}

/**
 * The access features in a mask, in the model's order.
 *
 * @example `featureList(featureMask(['captions', 'step-free'])) // ['step-free', 'captions']`
 */
export function featureList(mask: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < ACCESS_FEATURES.length; i++) {
    if (mask & (1 << i)) out.push(ACCESS_FEATURES[i]!);
  }
  return out;
}

/**
 * The mask of every property of a place (step-free access, a hearing
 * loop…): what only matters when people are in the room.
 *
 * @example `(PLACE_FEATURES_MASK & featureMask(['captions'])) === 0 // true`
 */
export const PLACE_FEATURES_MASK: number = featureMask(VenueFeatureSchema.options);

/**
 * The mask of every kind of support that is arranged for an activity
 * (an interpreter, captions, childcare…).
 *
 * @example `(SUPPORT_MASK & featureMask(['captions'])) !== 0 // true`
 */
export const SUPPORT_MASK: number = featureMask(SupportSchema.options);

/**
 * What only matters when people come in person: every property of a place,
 * and help with travel costs. A need never requires these online.
 *
 * @example `(IN_PERSON_ONLY_MASK & featureMask(['travel-costs'])) !== 0 // true`
 */
export const IN_PERSON_ONLY_MASK: number = PLACE_FEATURES_MASK | featureMask(['travel-costs']);

/**
 * One of a member's access needs as masks: what it requires in a room and
 * what it requires online (each including what it requires everywhere).
 *
 * @category Customisation
 * @example `const roomOnly = (n: DerivedNeed) => n.online === 0 && n.inPerson !== 0;`
 */
export interface DerivedNeed {
  /** Position in the member's `accessNeeds`. */
  readonly index: number;
  /** Features and support needed when the member is in the room. */
  readonly inPerson: number;
  /** Support needed when the member joins online (a place's features and travel costs never matter online). */
  readonly online: number;
}

/**
 * Weekday names by index, Monday first, as the model spells them: the
 * model's own list, so a day index and a recorded day can never disagree.
 *
 * @example `WEEKDAYS[2] // 'wed'`
 */
export const WEEKDAYS: readonly Weekday[] = Object.freeze([...WeekdaySchema.options]);

/**
 * The part of the day a local time falls in: morning before 12:00,
 * afternoon before 17:00, evening after.
 *
 * @example `dayPartOf(17 * 60 + 30) // 'evening'`
 */
export function dayPartOf(minutes: number): DayPart {
  if (minutes < 12 * 60) return 'morning';
  if (minutes < 17 * 60) return 'afternoon';
  return 'evening';
}

/** Shared by every member with no need that names a requirement; frozen, as every derived list is read-only. */
const NO_NEEDS: readonly DerivedNeed[] = Object.freeze([]);

/**
 * Pointers by position, kept across checks: the same few thousand strings
 * are built for every check otherwise, and a number-to-text conversion per
 * member and per activity was a visible part of the derivation.
 */
const MAX_CACHED_POINTERS = 100_000;
const memberPointers: string[] = [];
const activityPointers: string[] = [];

function pointerAt(cache: string[], prefix: string, index: number): string {
  if (index >= MAX_CACHED_POINTERS) return `${prefix}${index}`;
  let pointer = cache[index];
  if (pointer === undefined) {
    // Filled in order so the array stays packed rather than holey.
    for (let k = cache.length; k <= index; k++) cache.push(`${prefix}${k}`);
    pointer = cache[index]!;
  }
  return pointer;
}

/**
 * Whether every role a member holds is on the organisation's side (staff,
 * councillor, partner); a member with any community role is not staff-side.
 *
 * @example `isStaffSide(['staff', 'resident']) // false`
 */
export function isStaffSide(roles: readonly MemberRole[]): boolean {
  if (roles.length === 0) return false;
  // Indexed loop and string comparisons rather than an iterator and a Set:
  // this runs for every member of every check.
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i];
    if (role !== 'staff' && role !== 'councillor' && role !== 'partner') return false;
  }
  return true;
}

/**
 * A member with what the facts need precomputed.
 *
 * @category Customisation
 * @example
 * ```ts
 * declare const derived: DerivedProject; // as a fact's compute function is given it
 * const names = derived.activeMembers.map((m: DerivedMember) => m.member.displayName);
 * ```
 */
export interface DerivedMember {
  readonly member: Member;
  /** Position in `group.members`. */
  readonly index: number;
  /** JSON Pointer to the member record. */
  readonly pointer: string;
  /** Joined on or before today (or no joined date) and not left on or before today. */
  readonly active: boolean;
  /** Every role is staff, councillor or partner. */
  readonly staffSide: boolean;
  /** Union of the features the member's access needs require in any setting, as a `featureMask`. */
  readonly accessMask: number;
  /**
   * Whether the member's access needs are known: `'unknown'` (nobody has
   * recorded asking), `'none'`, or `'listed'`.
   */
  readonly accessAnswer: 'unknown' | 'none' | 'listed';
  /** The member's needs that name what they require, as masks per setting. */
  readonly accessNeeds: readonly DerivedNeed[];
}

/**
 * An activity with its local time and counts precomputed.
 *
 * @category Customisation
 * @example `const evening = (a: DerivedActivity) => a.dayPart === 'evening';`
 */
export interface DerivedActivity {
  readonly activity: Activity;
  /** Position in `activities`. */
  readonly index: number;
  /** JSON Pointer to the activity record. */
  readonly pointer: string;
  readonly startMs: number;
  /** Day number (days since 1970-01-01) of the local start date in the project zone. */
  readonly day: number;
  /** Weekday of the local start, 0 = Monday. */
  readonly weekday: number;
  /** Minutes since local midnight at the start. */
  readonly minutes: number;
  readonly dayPart: DayPart;
  /** At least one attendance row has `contributions`. */
  readonly contributionsCounted: boolean;
  /** At least one attendance row has `questionsAsked` or `knowledgeShared`. */
  readonly askingCounted: boolean;
  /** The venue's features as a mask, or `undefined` if the venue or its features are not recorded. */
  readonly venueFeatures: number | undefined;
  /** The support arranged for it as a mask, or `undefined` if not recorded. */
  readonly supportArranged: number | undefined;
  /**
   * How members could join: the recorded `format`, else online when the kind
   * or the venue's setting is online, else in person.
   */
  readonly format: 'in-person' | 'online' | 'hybrid';
  /** Union of the access masks of the members in its attendance (0 if attendance is not recorded). */
  readonly attendeeAccessMask: number;
  /** Its attendance rows are `rowStart .. rowEnd - 1` in {@link AttendanceIndex}. */
  readonly rowStart: number;
  readonly rowEnd: number;
}

/**
 * Every attendance row, indexed both ways without per-member arrays: rows
 * are numbered in activity time order, and typed arrays give each row's
 * activity and member and each member's rows in time order.
 *
 * @category Customisation
 * @example
 * ```ts
 * // Inside a fact's compute function, which is given the derived project:
 * declare const derived: DerivedProject;
 * const { memberStart, memberRows, rowActivity } = derived.attendance;
 * // The titles of the activities the first member came to, in time order:
 * const titles: string[] = [];
 * for (let k = memberStart[0] ?? 0; k < (memberStart[1] ?? 0); k++) {
 *   const activity = derived.activities[rowActivity[memberRows[k] ?? 0] ?? 0];
 *   if (activity) titles.push(activity.activity.title);
 * }
 * ```
 */
export interface AttendanceIndex {
  /** All attendance rows, activities in time order. */
  readonly rows: readonly Attendance[];
  /** Position in {@link DerivedProject.activities} of each row's activity. */
  readonly rowActivity: Int32Array;
  /** Index in {@link DerivedProject.members} of each row's member; -1 if the id names no member. */
  readonly rowMember: Int32Array;
  /** Rows of `activities[pos]` are `activityStart[pos] .. activityStart[pos + 1] - 1`. */
  readonly activityStart: Int32Array;
  /** Member `i`'s rows, in time order, are `memberRows[memberStart[i] .. memberStart[i + 1] - 1]`. */
  readonly memberStart: Int32Array;
  readonly memberRows: Int32Array;
}

/**
 * Everything the facts compute from: the project, the time, and indexes
 * built in one pass before the rules run.
 *
 * @category Customisation
 * @example
 * ```ts
 * // A fact's compute function is given the derived project:
 * const today = (derived: DerivedProject): string => derived.today; // e.g. '2026-06-30'
 * ```
 */
export interface DerivedProject {
  readonly project: Project;
  readonly now: Date;
  readonly nowMs: number;
  readonly timeZone: string;
  /** Today's calendar date in the project zone, `YYYY-MM-DD`. */
  readonly today: string;
  /** Day number (days since 1970-01-01) of {@link DerivedProject.today}. */
  readonly todayDay: number;
  /** The subject of project-scope issues. */
  readonly projectSubject: SubjectRef;
  /** All members, in document order. */
  readonly members: readonly DerivedMember[];
  readonly memberById: ReadonlyMap<string, DerivedMember>;
  /** Active members, in document order. */
  readonly activeMembers: readonly DerivedMember[];
  /** All activities, by start time (ties in document order). */
  readonly activities: readonly DerivedActivity[];
  /** `activities[0 .. pastActivityCount)` started at or before now. */
  readonly pastActivityCount: number;
  /** Past activities where contributions were counted, by start. */
  readonly countedMeetings: readonly DerivedActivity[];
  /** Past activities where questions asked or knowledge shared were counted, by start. */
  readonly askingCountedActivities: readonly DerivedActivity[];
  /** Every attendance row, indexed by activity and by member. */
  readonly attendance: AttendanceIndex;
  /** Glossary terms, trimmed and lower-cased. */
  readonly glossary: ReadonlySet<string>;
  /** How strictly evidence is read: placeholder text, whose reflections count as the group's. */
  readonly evidence: EvidenceOptions;
  /**
   * Caches a computation under a key for the life of this derivation, so a
   * fact asked for twice with the same parameters is computed once.
   */
  memo<T>(key: string, compute: () => T): T;
}

/**
 * Derives, in one pass, everything the facts need from a project at an
 * instant: today's date in the project's time zone, active members and
 * their staff-side flags, activities in time order with their local weekday
 * and time of day, every member's attendance history, and lookups.
 *
 * @param now the instant to check at; never read from the clock here, so a
 *   check is reproducible.
 * @param evidence how strictly evidence is read (placeholder text, group
 *   reflections); the defaults when left out.
 * @throws RangeError if `now` is not a valid date or the time zone is unknown.
 * @category Customisation
 * @example
 * ```ts
 * import { getFact } from './index.js';
 *
 * const project = parseProjectJson(text);
 * const derived = deriveProject(project, new Date('2026-06-30T12:00:00Z'));
 * getFact('activeMemberCount')?.compute(derived, {}); // e.g. 12
 * ```
 */
export function deriveProject(
  project: Project,
  now: Date,
  evidence: EvidenceOptions = DEFAULT_EVIDENCE_OPTIONS,
): DerivedProject {
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('deriveProject needs a valid date for "now"');
  const timeZone = project.timeZone;
  const todayDay = zonedTime(timeZone, nowMs).day;
  const today = dayToIsoDate(todayDay);

  const rawMembers = project.group.members;
  const memberCount = rawMembers.length;
  const members: DerivedMember[] = new Array(memberCount);
  const memberById = new Map<string, DerivedMember>();
  // The same index again as own properties of an object without a prototype,
  // for the attendance loop: the lookup by a member id there runs once per
  // row (thousands per check), and a property lookup by a short string is
  // the quicker of the two; the Map stays the documented way in for facts.
  const indexById = Object.create(null) as Record<string, number>;
  // Each member's access mask by index, side by side, for the same loop:
  // reading it off each member's record cost a memory fetch per row.
  const masks: number[] = [];
  const activeMembers: DerivedMember[] = [];
  for (let i = 0; i < memberCount; i++) {
    const member = rawMembers[i]!;
    // ISO dates compare correctly as strings.
    const active =
      (member.joined === undefined || member.joined <= today) &&
      (member.left === undefined || member.left > today);
    let accessMask = 0;
    const raw = member.accessNeeds;
    let accessNeeds = NO_NEEDS as DerivedNeed[];
    if (typeof raw !== 'string') {
      for (let n = 0; n < raw.length; n++) {
        const need = raw[n]!;
        const everywhere = need.requires ? featureMask(need.requires) : 0;
        const inPerson =
          everywhere | (need.bySetting?.inPerson ? featureMask(need.bySetting.inPerson) : 0);
        // Online there is no place and no journey: neither is ever needed there.
        const online =
          (everywhere | (need.bySetting?.online ? featureMask(need.bySetting.online) : 0)) &
          ~IN_PERSON_ONLY_MASK;
        accessMask |= inPerson | online;
        if (inPerson !== 0 || online !== 0) {
          if (accessNeeds === NO_NEEDS) accessNeeds = [];
          accessNeeds.push({ index: n, inPerson, online });
        }
      }
    }
    const derived: DerivedMember = {
      member,
      index: i,
      pointer: pointerAt(memberPointers, '/group/members/', i),
      active,
      staffSide: isStaffSide(member.roles),
      accessMask,
      accessAnswer: typeof raw === 'string' ? raw : 'listed',
      accessNeeds,
    };
    members[i] = derived;
    memberById.set(member.id, derived);
    indexById[member.id] = i;
    masks.push(accessMask);
    if (active) activeMembers.push(derived);
  }

  const rawActivities = project.activities;
  const activityCount = rawActivities.length;
  const order: number[] = new Array(activityCount);
  const starts: number[] = new Array(activityCount);
  let sorted = true;
  let rowCount = 0;
  for (let i = 0; i < activityCount; i++) {
    const activity = rawActivities[i]!;
    order[i] = i;
    starts[i] = parseInstant(activity.start);
    if (i > 0 && starts[i]! < starts[i - 1]!) sorted = false;
    rowCount += activity.attendance?.length ?? 0;
  }
  // Documents usually list activities in time order; skip the sort then.
  if (!sorted) order.sort((a, b) => starts[a]! - starts[b]! || a - b);

  const rows: Attendance[] = new Array(rowCount);
  // One buffer for every index array: each typed array of its own was a
  // separate zeroed allocation outside the heap, a tenth of the derivation.
  // The row contributions come first, as 8-byte numbers need 8-byte alignment.
  const intCount = 3 * rowCount + activityCount + memberCount + 2;
  const buffer = new ArrayBuffer(8 * rowCount + 4 * intCount);
  const contributionColumn = new Float64Array(buffer, 0, rowCount);
  const ints = new Int32Array(buffer, 8 * rowCount, intCount);
  const rowActivity = ints.subarray(0, rowCount);
  const rowMember = ints.subarray(rowCount, 2 * rowCount);
  const activityStart = ints.subarray(2 * rowCount, 2 * rowCount + activityCount + 1);
  const memberStart = ints.subarray(
    2 * rowCount + activityCount + 1,
    2 * rowCount + activityCount + memberCount + 2,
  );
  const activities: DerivedActivity[] = new Array(activityCount);
  const countedMeetings: DerivedActivity[] = [];
  const askingCountedActivities: DerivedActivity[] = [];
  let pastActivityCount = 0;
  let r = 0;
  for (let pos = 0; pos < activityCount; pos++) {
    const index = order[pos]!;
    const activity = rawActivities[index]!;
    const startMs = starts[index]!;
    const local = zonedTime(timeZone, startMs);
    let contributionsCounted = false;
    let askingCounted = false;
    let attendeeAccessMask = 0;
    activityStart[pos] = r;
    const attendance = activity.attendance;
    if (attendance) {
      for (let j = 0; j < attendance.length; j++) {
        const row = attendance[j]!;
        const contributions = row.contributions;
        if (contributions !== undefined) {
          contributionsCounted = true;
          contributionColumn[r] = contributions;
        } else {
          contributionColumn[r] = Number.NaN;
        }
        if (row.questionsAsked !== undefined || row.knowledgeShared !== undefined) {
          askingCounted = true;
        }
        const found = indexById[row.memberId];
        const who = found === undefined ? -1 : found;
        if (who >= 0) {
          attendeeAccessMask |= masks[who]!;
          memberStart[who + 1]!++;
        }
        rows[r] = row;
        rowActivity[r] = pos;
        rowMember[r] = who;
        r++;
      }
    }
    const features = activity.venue?.features;
    const support = activity.supportArranged;
    const derived: DerivedActivity = {
      activity,
      index,
      pointer: pointerAt(activityPointers, '/activities/', index),
      startMs,
      day: local.day,
      weekday: local.weekday,
      minutes: local.minutes,
      dayPart: dayPartOf(local.minutes),
      contributionsCounted,
      askingCounted,
      venueFeatures: features === undefined ? undefined : featureMask(features),
      supportArranged: support === undefined ? undefined : featureMask(support),
      format:
        activity.format ??
        (activity.kind === 'online' || activity.venue?.setting === 'online'
          ? 'online'
          : 'in-person'),
      attendeeAccessMask,
      rowStart: activityStart[pos]!,
      rowEnd: r,
    };
    activities[pos] = derived;
    if (startMs <= nowMs) {
      pastActivityCount = pos + 1;
      if (contributionsCounted) countedMeetings.push(derived);
      if (askingCounted) askingCountedActivities.push(derived);
    }
  }
  activityStart[activityCount] = r;

  // Counting sort of the rows by member; rows are already in time order,
  // so each member's slice comes out in time order too.
  for (let i = 0; i < memberCount; i++) memberStart[i + 1]! += memberStart[i]!;
  // The last stretch of the shared buffer: rows naming no member are left
  // out, so this is at most rowCount long.
  const memberRowsAt = 2 * rowCount + activityCount + memberCount + 2;
  const memberRows = ints.subarray(memberRowsAt, memberRowsAt + memberStart[memberCount]!);
  const fill = memberStart.slice(0, memberCount);
  for (let k = 0; k < rowCount; k++) {
    const who = rowMember[k]!;
    if (who >= 0) memberRows[fill[who]!++] = k;
  }

  const glossary = new Set<string>();
  for (const entry of project.glossary) glossary.add(normaliseTerm(entry.term));

  const cache = new Map<string, unknown>();
  cache.set(CONTRIBUTIONS_KEY, contributionColumn);
  return {
    project,
    now,
    nowMs,
    timeZone,
    today,
    todayDay,
    projectSubject: { type: 'project', id: project.id, label: project.title, pointer: '' },
    members,
    memberById,
    activeMembers,
    activities,
    pastActivityCount,
    countedMeetings,
    askingCountedActivities,
    attendance: { rows, rowActivity, rowMember, activityStart, memberStart, memberRows },
    glossary,
    evidence,
    memo<T>(key: string, compute: () => T): T {
      const known = cache.get(key);
      if (known !== undefined || cache.has(key)) return known as T;
      const value = compute();
      cache.set(key, value);
      return value;
    },
  };
}

/** The memo key of {@link rowContributions}, filled by {@link deriveProject} itself. */
const CONTRIBUTIONS_KEY = 'derive:row-contributions';

/**
 * Each attendance row's `contributions` by row number, `NaN` where none was
 * counted. Facts that walk members' histories read this column rather than
 * the row objects: those lie scattered across the heap, and visiting them in
 * member order missed the cache at nearly every row. {@link deriveProject}
 * fills it while it has each row in hand anyway (a pass of its own later
 * cost as much as the misses it saved); a derived project made some other
 * way gets it built here on first use.
 *
 * @example
 * ```ts
 * const derived = deriveProject(project, new Date());
 * Number.isNaN(rowContributions(derived)[0]!); // true when the first row has no count
 * ```
 */
export function rowContributions(derived: DerivedProject): Float64Array {
  return derived.memo(CONTRIBUTIONS_KEY, () => {
    const rows = derived.attendance.rows;
    const column = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) column[k] = rows[k]!.contributions ?? Number.NaN;
    return column;
  });
}

/**
 * How a jargon term or glossary term is compared: trimmed, inner spaces
 * collapsed, lower-cased.
 *
 * @example `normaliseTerm('  Key  Decision ') // 'key decision'`
 */
export function normaliseTerm(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLowerCase();
}
