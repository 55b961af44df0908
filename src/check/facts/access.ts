/**
 * Facts about whether the work is accessible: access needs, venues, the
 * times members can come, and meeting outside office hours. Times are read
 * in the project's time zone.
 *
 * @module
 */

import { ActivityKindSchema } from '../../model/activity.js';
import {
  type AccessFeature,
  type DayPart,
  DayPartSchema,
  type Weekday,
} from '../../model/group.js';
import { dayToIsoDate, isoDateToDay } from '../../time/calendar.js';
import { factPhrase } from '../phrases.js';
import type { Finding } from '../types.js';
import {
  ACCESS_FEATURES,
  type DerivedActivity,
  type DerivedMember,
  type DerivedProject,
  featureList,
  PLACE_FEATURES_MASK,
  SUPPORT_MASK,
  WEEKDAYS,
} from './derive.js';
import { isPlaceholderText } from './evidence.js';
import {
  excerpt,
  finding,
  frozen,
  intParam,
  memberSubject,
  numberParam,
  PARAM,
  recentDaysFact,
  recentWindow,
  stringListParam,
  timeParam,
} from './helpers.js';
import type { FactDefinition } from './types.js';

const DAY_PARTS: readonly DayPart[] = DayPartSchema.options;

/**
 * Each access feature in plain words, as it reads in a message ("needs a
 * hearing loop and help with travel costs").
 *
 * @example `ACCESS_FEATURE_PHRASES['hearing-loop'] // 'a hearing loop'`
 */
export const ACCESS_FEATURE_PHRASES: Readonly<Record<AccessFeature, string>> = Object.freeze(
  Object.fromEntries(
    ACCESS_FEATURES.map((feature) => [feature, factPhrase(`feature.${feature}`)]),
  ) as Record<AccessFeature, string>,
);

/** One bit per (weekday, part of day): 21 slots in a week. */
function slotBit(weekday: number, part: number): number {
  return 1 << (weekday * 3 + part);
}

/** The slots a member's availability allows; an empty or missing list allows all. */
function availabilitySlots(days: readonly string[], parts: readonly string[]): number {
  let mask = 0;
  for (let w = 0; w < 7; w++) {
    if (days.length > 0 && !days.includes(WEEKDAYS[w]!)) continue;
    for (let p = 0; p < 3; p++) {
      if (parts.length > 0 && !parts.includes(DAY_PARTS[p]!)) continue;
      mask |= slotBit(w, p);
    }
  }
  return mask;
}

/** How many set bits a mask has. */
function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** Phrases for the features in a mask ("a hearing loop", "captions"). */
function phrases(mask: number): string[] {
  return featureList(mask).map((f) => ACCESS_FEATURE_PHRASES[f as AccessFeature]);
}

/** At most this many activities are named one by one in a message; the rest are counted. */
const MAX_LISTED_ACTIVITIES = 10;

/**
 * Each activity's label and local date once written, by document position:
 * the same recent activities are named for many members, and writing a date
 * is not cheap. Held in the derivation's memo, so nothing outlives a check;
 * arrays rather than a WeakMap per derived activity, whose thousands of
 * short-lived keys the garbage collector then had to trace.
 */
interface ActivityTexts {
  readonly labels: (string | undefined)[];
  readonly dates: (string | undefined)[];
}

function activityTexts(derived: DerivedProject): ActivityTexts {
  return derived.memo('access:activity-texts', () => {
    const count = derived.activities.length;
    return {
      labels: new Array<string | undefined>(count).fill(undefined),
      dates: new Array<string | undefined>(count).fill(undefined),
    };
  });
}

/** An activity's local start date, `YYYY-MM-DD`. */
function activityDate(texts: ActivityTexts, a: DerivedActivity): string {
  let date = texts.dates[a.index];
  if (date === undefined) {
    date = dayToIsoDate(a.day);
    texts.dates[a.index] = date;
  }
  return date;
}

/** An activity as a message names it: "Monthly meeting on 3 March 2026". */
function activityLabel(texts: ActivityTexts, a: DerivedActivity): string {
  let label = texts.labels[a.index];
  if (label === undefined) {
    label = factPhrase('activity.on', { title: a.activity.title, on: activityDate(texts, a) });
    texts.labels[a.index] = label;
  }
  return label;
}

/** Activities named one by one, the last item counting any beyond {@link MAX_LISTED_ACTIVITIES}. */
function activityLabels(texts: ActivityTexts, list: readonly DerivedActivity[]): string[] {
  const shown: string[] = [];
  const named = list.length <= MAX_LISTED_ACTIVITIES ? list.length : MAX_LISTED_ACTIVITIES - 1;
  for (let i = 0; i < named; i++) shown.push(activityLabel(texts, list[i]!));
  if (named < list.length) shown.push(factPhrase('activity.more', { n: list.length - named }));
  return shown;
}

/**
 * Whether a need is in place at an activity: 0 when it is, else the
 * features known to be lacking (`missing`) or not known either way
 * (`unknown`). A hybrid activity offers both ways of joining, so either
 * alternative will do.
 */
function needAt(
  a: DerivedActivity,
  inPerson: number,
  online: number,
  out: { missing: number; unknown: number },
): void {
  const have = (a.venueFeatures ?? 0) | (a.supportArranged ?? 0);
  const known =
    (a.venueFeatures !== undefined ? PLACE_FEATURES_MASK : 0) |
    (a.supportArranged !== undefined ? SUPPORT_MASK : 0);
  const roomMissing = inPerson & known & ~have;
  const roomUnknown = inPerson & ~known;
  const onlineMissing = online & known & ~have;
  const onlineUnknown = online & ~known;
  if (a.format === 'in-person') {
    out.missing = roomMissing;
    out.unknown = roomMissing === 0 ? roomUnknown : 0;
  } else if (a.format === 'online') {
    out.missing = onlineMissing;
    out.unknown = onlineMissing === 0 ? onlineUnknown : 0;
  } else if ((roomMissing | roomUnknown) === 0 || (onlineMissing | onlineUnknown) === 0) {
    out.missing = 0;
    out.unknown = 0;
  } else if (roomMissing === 0 || onlineMissing === 0) {
    out.missing = 0;
    out.unknown = roomMissing === 0 ? roomUnknown : onlineUnknown;
  } else {
    out.missing = bitCount(onlineMissing) < bitCount(roomMissing) ? onlineMissing : roomMissing;
    out.unknown = 0;
  }
}

/** What recent activities lacked for one member. */
interface MemberGaps {
  readonly member: DerivedMember;
  /** Positions in the member's `accessNeeds` of needs lacking somewhere (or not known to be met). */
  readonly needs: number[];
  missing: number;
  unknown: number;
  /** Activities where something was missing. */
  readonly missingAt: DerivedActivity[];
  /** Activities where nothing was known to be missing but something was not recorded. */
  readonly unknownAt: DerivedActivity[];
}

/**
 * For each active member whose needs name what they require, what the
 * recent activities they came to (or, where attendance was not recorded,
 * were expected at) lacked. Memoised per window.
 */
function accessGaps(derived: DerivedProject, recentDays: number): ReadonlyMap<number, MemberGaps> {
  return derived.memo(`access:gaps:${recentDays}`, () => {
    const gaps = new Map<number, MemberGaps>();
    const window = recentWindow(derived, recentDays);
    if (window.length === 0) return gaps;
    const withNeeds: DerivedMember[] = [];
    const joinedDay = new Map<number, number>();
    for (const m of derived.activeMembers) {
      if (m.accessNeeds.length === 0) continue;
      withNeeds.push(m);
      if (m.member.joined !== undefined) joinedDay.set(m.index, isoDateToDay(m.member.joined));
    }
    if (withNeeds.length === 0) return gaps;
    const { rowMember } = derived.attendance;
    const result = { missing: 0, unknown: 0 };
    const consider = (m: DerivedMember, a: DerivedActivity) => {
      let missing = 0;
      let unknown = 0;
      let entry = gaps.get(m.index);
      for (const need of m.accessNeeds) {
        needAt(a, need.inPerson, need.online, result);
        if ((result.missing | result.unknown) === 0) continue;
        missing |= result.missing;
        unknown |= result.unknown;
        if (!entry) {
          entry = { member: m, needs: [], missing: 0, unknown: 0, missingAt: [], unknownAt: [] };
          gaps.set(m.index, entry);
        }
        if (!entry.needs.includes(need.index)) entry.needs.push(need.index);
      }
      if (!entry || (missing | unknown) === 0) return;
      entry.missing |= missing;
      entry.unknown |= unknown;
      if (missing !== 0) entry.missingAt.push(a);
      else entry.unknownAt.push(a);
    };
    for (const a of window) {
      if (a.activity.attendance === undefined) {
        for (const m of withNeeds) {
          const joined = joinedDay.get(m.index);
          if (joined === undefined || joined <= a.day) consider(m, a);
        }
      } else if (a.attendeeAccessMask !== 0) {
        for (let k = a.rowStart; k < a.rowEnd; k++) {
          const who = rowMember[k]!;
          if (who < 0) continue;
          const m = derived.members[who]!;
          if (m.active && m.accessNeeds.length > 0) consider(m, a);
        }
      }
    }
    for (const entry of gaps.values()) entry.needs.sort((x, y) => x - y);
    return gaps;
  });
}

/**
 * A need as a message quotes it: the member's words, shortened, without a
 * closing full stop, in quotation marks ("“A hearing loop”").
 */
function quoteNeed(text: string): string {
  return `“${excerpt(text.trim().replace(/[\s.]+$/u, ''))}”`;
}

/** The need texts, quoted in the member's words, at these positions. */
function needTexts(m: DerivedMember, positions: readonly number[]): string[] {
  const needs = m.member.accessNeeds;
  if (typeof needs === 'string') return [];
  return positions.map((i) => quoteNeed(needs[i]!.need));
}

/** Whether a member's answer about access needs is on record in words that mean something. */
function accessAnswered(derived: DerivedProject, m: DerivedMember): boolean {
  const needs = m.member.accessNeeds;
  if (needs === 'unknown') return false;
  if (needs === 'none') return true;
  const placeholders = derived.evidence.placeholders;
  for (const need of needs) if (isPlaceholderText(need.need, placeholders)) return false;
  return true;
}

/** Display names of active members whose access needs nobody has recorded asking about. */
function notAskedNames(derived: DerivedProject): readonly string[] {
  return derived.memo('access:not-asked', () => {
    const out: string[] = [];
    for (const m of derived.activeMembers) {
      if (!accessAnswered(derived, m)) out.push(m.member.displayName);
    }
    return frozen(out);
  });
}

/** Who to ask about access needs when no members are recorded yet. */
const NO_MEMBERS_YET: readonly string[] = Object.freeze([factPhrase('record.membersOfGroup')]);

/** The window {@link unmetNeedsOf} looks back over, in days. */
const UNMET_NEEDS_WINDOW_DAYS = 120;

/**
 * A member's access needs that are not being met, in their own words: those
 * recorded as not met, and those that recent activities (the last 120 days)
 * they came to, or were expected at, did not provide for. Empty when
 * nothing is known to be unmet (including when nobody asked). For other
 * facts' messages, such as a quiet member's, so one cause is named where it
 * helps explain another issue.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const m = derived.memberById.get('m-01')!;
 * unmetNeedsOf(derived, m); // e.g. ['I am hard of hearing']
 * ```
 */
export function unmetNeedsOf(derived: DerivedProject, member: DerivedMember): readonly string[] {
  const needs = member.member.accessNeeds;
  if (typeof needs === 'string') return [];
  const positions = new Set<number>();
  for (let i = 0; i < needs.length; i++) if (!needs[i]!.met) positions.add(i);
  const gaps = accessGaps(derived, UNMET_NEEDS_WINDOW_DAYS).get(member.index);
  if (gaps && gaps.missingAt.length > 0) {
    // Only the needs lacking somewhere, not those merely unrecorded.
    for (const i of gaps.needs) {
      for (const a of gaps.missingAt) {
        const need = member.accessNeeds.find((n) => n.index === i)!;
        const out = { missing: 0, unknown: 0 };
        needAt(a, need.inPerson, need.online, out);
        if (out.missing !== 0) {
          positions.add(i);
          break;
        }
      }
    }
  }
  return needTexts(
    member,
    [...positions].sort((x, y) => x - y),
  );
}

/** The times a member said they can come, as a phrase: "on Saturday mornings", "on Tuesday or Thursday evenings", "in the evenings". */
function timesPhrase(days: readonly Weekday[], parts: readonly DayPart[]): string {
  // From the phrase catalogue, so a Welsh message can say the times in Welsh.
  const partNames = parts.map((p) => factPhrase(`dayPart.${p}`));
  if (days.length === 0) return factPhrase('times.parts', { dayParts: partNames });
  if (parts.length === 0) {
    return factPhrase('times.days', { weekdayNames: days.map((d) => factPhrase(`weekdays.${d}`)) });
  }
  return factPhrase('times.daysParts', {
    dayNames: days.map((d) => factPhrase(`weekday.${d}`)),
    dayParts: partNames,
  });
}

/**
 * Facts about access, times and places.
 *
 * @example `accessFacts.some((f) => f.id === 'accessGaps') // true`
 */
export const accessFacts: readonly FactDefinition[] = [
  {
    id: 'unmetAccessNeeds',
    type: 'findings',
    scope: 'member',
    description:
      "Active members with an access or support need recorded as not met (flagged, `needs` in the member's words), and, when at least one member's answer is on record, active members whose needs nobody has recorded asking about, or whose answer is a placeholder (needs review, `accessNeedsNotAsked` naming them). Null when there are no active members, or when nobody's answer is on record: then the list of members not asked is the whole group.",
    reads: [
      'group.members[].accessNeeds',
      'group.members[].accessNeeds[].met',
      'group.members[].accessNeeds[].need',
    ],
    params: {},
    data: ['needs', 'accessNeedsNotAsked'],
    nullable: true,
    compute: (derived) => {
      if (derived.activeMembers.length === 0) return null;
      if (notAskedNames(derived).length === derived.activeMembers.length) return null;
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        if (!accessAnswered(derived, m)) {
          out.push(
            finding(memberSubject(m), 'needs-review', {
              needs: [],
              accessNeedsNotAsked: [m.member.displayName],
            }),
          );
          continue;
        }
        const needs = m.member.accessNeeds;
        if (typeof needs === 'string') continue;
        const unmet: string[] = [];
        for (const need of needs) if (!need.met) unmet.push(quoteNeed(need.need));
        if (unmet.length > 0) {
          out.push(finding(memberSubject(m), 'flagged', { needs: unmet, accessNeedsNotAsked: [] }));
        }
      }
      return frozen(out);
    },
  },
  {
    id: 'accessNeedsNotAsked',
    type: 'string-list',
    description:
      'Display names of active members whose access and support needs are not on record: nobody has recorded asking, or the answer is a placeholder such as "tbc". A member who needs nothing is recorded as `\'none\'`, and is not listed. With no active members at all, the phrase "the members of the group", so a message can still say who to ask.',
    reads: ['group.members[].accessNeeds'],
    params: {},
    nullable: false,
    compute: (derived) =>
      derived.activeMembers.length === 0 ? NO_MEMBERS_YET : notAskedNames(derived),
  },
  {
    id: 'accessGaps',
    type: 'findings',
    scope: 'member',
    description:
      "One finding per active member, however many activities are involved: recent activities they came to (or, where attendance was not recorded, every activity since they joined) that lacked what one of their access needs requires. A need requires its `requires` in every setting and its `bySetting` alternatives in a room or online; a place's features and travel costs never matter online, and a hybrid activity will do when either alternative is in place. What an activity has is its venue's features and the support arranged for it. Flagged when something was known to be missing; needs review when it was not recorded whether it was there (then `accessToRecord` says, in a phrase, what is still to record). `missing` names what was lacking (or not known to be there) in plain words, `needs` the needs in the member's words, `meetings` the activities by title and date (at most ten named), `meetingCount` how many, `meetingDates` their ISO dates. Null when there were no recent activities, or no active member's access needs are on record.",
    reads: [
      'activities[].venue.features',
      'activities[].supportArranged',
      'activities[].format',
      'activities[].kind',
      'activities[].venue.setting',
      'activities[].attendance[].memberId',
      'activities[].start',
      'group.members[].accessNeeds[].requires',
      'group.members[].accessNeeds[].bySetting',
      'group.members[].accessNeeds[].met',
    ],
    params: { recentDays: PARAM.recentDays },
    data: ['needs', 'missing', 'meetings', 'meetingCount', 'meetingDates', 'accessToRecord'],
    nullable: true,
    compute: (derived, params) => {
      const recentDays = intParam('accessGaps', params, 'recentDays', 0);
      if (recentWindow(derived, recentDays).length === 0) return null;
      if (notAskedNames(derived).length === derived.activeMembers.length) return null;
      const gaps = accessGaps(derived, recentDays);
      const texts = activityTexts(derived);
      const out: Finding[] = [];
      // Only active members have gaps; in document order, as the active members are.
      const entries = [...gaps.values()].sort((x, y) => x.member.index - y.member.index);
      for (const entry of entries) {
        const m = entry.member;
        const flagged = entry.missingAt.length > 0;
        const at = flagged ? entry.missingAt : entry.unknownAt;
        const missing = phrases(flagged ? entry.missing : entry.unknown);
        const meetings = activityLabels(texts, at);
        out.push(
          finding(memberSubject(m), flagged ? 'flagged' : 'needs-review', {
            needs: needTexts(m, entry.needs),
            missing,
            meetings,
            meetingCount: at.length,
            meetingDates: at.map((a) => activityDate(texts, a)),
            accessToRecord: flagged
              ? []
              : [
                  factPhrase('record.accessAt', {
                    meetings,
                    missing,
                    name: m.member.displayName,
                  }),
                ],
          }),
        );
      }
      return frozen(out);
    },
  },
  {
    id: 'accessToRecord',
    type: 'string-list',
    description:
      'What is still to record before recent activities can be checked against members\' access needs, as phrases for a message: "the group\'s activities in the last 120 days" when none are recorded in the last `recentDays` days, "what members need in order to take part" when no active member\'s needs are on record. Empty when both are there (each member with something not recorded has a finding of `accessGaps` saying what).',
    reads: ['activities[].start', 'group.members[].accessNeeds'],
    params: { recentDays: PARAM.recentDays },
    nullable: false,
    compute: (derived, params) => {
      const recentDays = intParam('accessToRecord', params, 'recentDays', 0);
      const out: string[] = [];
      if (recentWindow(derived, recentDays).length === 0) {
        out.push(factPhrase('record.recentActivities', { days: recentDays }));
      }
      if (notAskedNames(derived).length === derived.activeMembers.length) {
        out.push(factPhrase('record.accessNeeds'));
      }
      return frozen(out);
    },
  },
  {
    id: 'availabilityNotMet',
    type: 'findings',
    scope: 'member',
    description:
      'Active members who said when they can take part (days and/or parts of the day) when at most `maxShareInTimes` of the last `recentActivities` activities since they joined fell in those times (weekday and part of day of the start, in the project time zone: morning before 12:00, afternoon before 17:00, evening after). A member is judged only once at least `minActivities` activities can be compared. `times` says when they can come ("on Saturday mornings"), `inTimes` how many of the `compared` activities fell then; `days` and `dayParts` list what they gave. Null when no active member has said when they can come, or fewer than `minActivities` activities have happened.',
    reads: [
      'group.members[].availability.days',
      'group.members[].availability.dayParts',
      'group.members[].joined',
      'activities[].start',
    ],
    params: {
      recentActivities: {
        type: 'integer',
        minimum: 1,
        description:
          'How many of the most recent activities to compare with members’ availability.',
      },
      minActivities: {
        type: 'integer',
        minimum: 1,
        description: 'The fewest activities to compare before judging a member’s availability.',
      },
      maxShareInTimes: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description:
          'The largest share of the compared activities that may fall in a member’s times for them still to count as missed.',
      },
    },
    data: ['times', 'days', 'dayParts', 'inTimes', 'compared'],
    nullable: true,
    compute: (derived, params) => {
      const fact = 'availabilityNotMet';
      const n = intParam(fact, params, 'recentActivities', 1);
      const minimum = intParam(fact, params, 'minActivities', 1);
      const maxShare = numberParam(fact, params, 'maxShareInTimes', 0, 1);
      const end = derived.pastActivityCount;
      if (end < minimum) return null;
      let stated = false;
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        const availability = m.member.availability;
        const days = availability?.days ?? [];
        const dayParts = availability?.dayParts ?? [];
        if (days.length === 0 && dayParts.length === 0) continue;
        stated = true;
        const slots = availabilitySlots(days, dayParts);
        const joined = m.member.joined === undefined ? undefined : isoDateToDay(m.member.joined);
        let compared = 0;
        let inTimes = 0;
        for (let pos = end - 1; pos >= 0 && compared < n; pos--) {
          const a = derived.activities[pos]!;
          if (joined !== undefined && a.day < joined) break;
          compared++;
          if (slots & slotBit(a.weekday, DAY_PARTS.indexOf(a.dayPart))) inTimes++;
        }
        if (compared < minimum || inTimes / compared > maxShare) continue;
        out.push(
          finding(memberSubject(m), 'flagged', {
            times: timesPhrase(days, dayParts),
            days: days.map((d) => factPhrase(`weekday.${d}`)),
            dayParts: [...dayParts],
            inTimes,
            compared,
          }),
        );
      }
      return stated ? frozen(out) : null;
    },
  },
  recentDaysFact(
    {
      id: 'recentActivityCount',
      type: 'number',
      unit: 'activities',
      description:
        'How many activities started in the last `recentDays` calendar days (not counting future ones).',
      reads: ['activities[].start'],
      nullable: false,
    },
    (derived, recentDays) => recentWindow(derived, recentDays).length,
  ),
  {
    id: 'activitiesBeyondSessions',
    type: 'number',
    unit: 'activities',
    description:
      'How many of the activities that started in the last `recentDays` calendar days were of one of the `kinds` (outreach, online, informal…). Null when there were no recent activities: nothing to judge.',
    reads: ['activities[].kind', 'activities[].start'],
    params: {
      recentDays: PARAM.recentDays,
      kinds: {
        type: 'string-list',
        enum: ActivityKindSchema.options,
        description: 'The kinds of activity to count.',
      },
    },
    nullable: true,
    compute: (derived, params) => {
      const fact = 'activitiesBeyondSessions';
      const window = recentWindow(derived, intParam(fact, params, 'recentDays', 0));
      if (window.length === 0) return null;
      const kinds = new Set(stringListParam(fact, params, 'kinds'));
      let count = 0;
      for (const a of window) if (kinds.has(a.activity.kind)) count++;
      return count;
    },
  },
  {
    id: 'shareOutsideOfficeHours',
    type: 'share',
    description:
      'Of the activities that started in the last `recentDays` calendar days, the share that started outside office hours in the project time zone: on a day not in `officeDays`, before `officeStart` or at or after `officeEnd`. Null when fewer than `minActivities` activities happened in that time: too few to state a share.',
    reads: ['activities[].start', 'timeZone'],
    params: {
      recentDays: PARAM.recentDays,
      officeStart: { type: 'time', description: 'When office hours start, "HH:MM" local time.' },
      officeEnd: { type: 'time', description: 'When office hours end, "HH:MM" local time.' },
      officeDays: {
        type: 'string-list',
        enum: WEEKDAYS,
        description: 'The working days, as "mon" to "sun".',
      },
      minActivities: {
        type: 'integer',
        minimum: 1,
        description: 'The fewest recent activities from which a share is stated.',
      },
    },
    nullable: true,
    compute: (derived, params) => {
      const fact = 'shareOutsideOfficeHours';
      const recentDays = intParam(fact, params, 'recentDays', 0);
      const start = timeParam(fact, params, 'officeStart');
      const end = timeParam(fact, params, 'officeEnd');
      const minimum = intParam(fact, params, 'minActivities', 1);
      let dayMask = 0;
      for (const day of stringListParam(fact, params, 'officeDays')) {
        const w = WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]);
        if (w < 0) throw new TypeError(`The fact "${fact}" does not know the day "${day}".`);
        dayMask |= 1 << w;
      }
      const window = recentWindow(derived, recentDays);
      if (window.length === 0 || window.length < minimum) return null;
      let outside = 0;
      for (const a of window) {
        if (!(dayMask & (1 << a.weekday)) || a.minutes < start || a.minutes >= end) outside++;
      }
      return outside / window.length;
    },
  },
];
