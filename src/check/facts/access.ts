/**
 * Facts about whether the work is accessible: access needs, venues, the
 * times members can come, and meeting outside office hours. Times are read
 * in the project's time zone.
 *
 * @module
 */
import type { AccessFeature, DayPart, Weekday } from '../../model/group.js';
import type { Finding } from '../types.js';
import { type DerivedProject, featureList, WEEKDAYS } from './derive.js';
import {
  activitySubject,
  finding,
  frozen,
  intParam,
  memberSubject,
  PARAM,
  recentWindow,
  stringListParam,
  timeParam,
} from './helpers.js';
import type { FactDefinition } from './types.js';

const DAY_PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening'];

/**
 * Each access feature in plain words, as it reads in a message ("lacked
 * what some members need: a hearing loop, help with travel costs").
 *
 * @example `ACCESS_FEATURE_PHRASES['hearing-loop'] // 'a hearing loop'`
 */
export const ACCESS_FEATURE_PHRASES: Readonly<Record<AccessFeature, string>> = Object.freeze({
  'step-free': 'step-free access',
  'hearing-loop': 'a hearing loop',
  'accessible-toilet': 'an accessible toilet',
  'public-transport': 'good public transport links',
  parking: 'parking',
  'quiet-space': 'a quiet space',
  'bsl-interpreter': 'a BSL interpreter',
  captions: 'captions',
  'easy-read': 'easy read papers',
  'large-print': 'large print papers',
  translation: 'translation',
  childcare: 'childcare',
  'travel-costs': 'help with travel costs',
  breaks: 'regular breaks',
});

/**
 * Weekdays in plain words.
 *
 * @example `DAY_NAMES.sat // 'Saturday'`
 */
export const DAY_NAMES: Readonly<Record<Weekday, string>> = Object.freeze({
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
});

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

/** Active members with access needs that name features, for activities without attendance. */
function activeNeeds(derived: DerivedProject): { readonly mask: number; readonly masks: number[] } {
  return derived.memo('access:active-needs', () => {
    let mask = 0;
    const masks: number[] = [];
    for (const m of derived.activeMembers) {
      if (m.accessMask === 0) continue;
      mask |= m.accessMask;
      masks.push(m.accessMask);
    }
    return { mask, masks };
  });
}

/**
 * Facts about access, times and places.
 *
 * @example `accessFacts.some((f) => f.id === 'inaccessibleActivities') // true`
 */
export const accessFacts: readonly FactDefinition[] = [
  {
    id: 'unmetAccessNeeds',
    type: 'findings',
    scope: 'member',
    description: 'Active members with an access or support need recorded as not met.',
    reads: ['group.members[].accessNeeds[].met', 'group.members[].accessNeeds[].need'],
    params: {},
    data: ['needs'],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        const needs: string[] = [];
        for (const need of m.member.accessNeeds) if (!need.met) needs.push(need.need);
        if (needs.length > 0) out.push(finding(memberSubject(m), 'flagged', { needs }));
      }
      return frozen(out);
    },
  },
  {
    id: 'inaccessibleActivities',
    type: 'findings',
    scope: 'activity',
    description:
      'Recent activities that lacked a feature an attending member\'s access need requires (everyone active counts when attendance was not recorded). Flagged when the venue\'s features are recorded and one is missing; needs review when there were such needs but the venue or its features are not recorded. `missing` lists the features lacking (or not known to be there) in plain words ("a hearing loop", "help with travel costs"); `members` counts the members affected.',
    reads: [
      'activities[].venue.features',
      'activities[].attendance[].memberId',
      'activities[].start',
      'group.members[].accessNeeds[].requires',
    ],
    params: { recentDays: PARAM.recentDays },
    data: ['missing', 'members'],
    nullable: false,
    compute: (derived, params) => {
      const recentDays = intParam('inaccessibleActivities', params, 'recentDays', 0);
      const out: { index: number; finding: Finding }[] = [];
      const { rowMember } = derived.attendance;
      for (const a of recentWindow(derived, recentDays)) {
        const everyone = a.activity.attendance === undefined ? activeNeeds(derived) : undefined;
        const required = everyone ? everyone.mask : a.attendeeAccessMask;
        if (required === 0) continue;
        const venue = a.venueFeatures;
        // With the venue's features unknown, every required feature is in doubt.
        const missing = venue === undefined ? required : required & ~venue;
        if (missing === 0) continue;
        let members = 0;
        if (everyone) {
          for (const mask of everyone.masks) if (mask & missing) members++;
        } else {
          for (let k = a.rowStart; k < a.rowEnd; k++) {
            const who = rowMember[k]!;
            if (who >= 0 && derived.members[who]!.accessMask & missing) members++;
          }
        }
        out.push({
          index: a.index,
          finding: finding(activitySubject(a), venue === undefined ? 'needs-review' : 'flagged', {
            missing: featureList(missing).map((f) => ACCESS_FEATURE_PHRASES[f as AccessFeature]),
            members,
          }),
        });
      }
      out.sort((x, y) => x.index - y.index);
      return frozen(out.map((x) => x.finding));
    },
  },
  {
    id: 'availabilityNotMet',
    type: 'findings',
    scope: 'member',
    description:
      'Active members who said when they can take part (days and/or parts of the day) when none of the last `recentActivities` activities fell in those times (weekday and part of day of the start, in the project time zone: morning before 12:00, afternoon before 17:00, evening after). Nothing is flagged before the first activity. `days` lists the days they gave in plain words ("Tuesday"), or "any day"; `dayParts` the parts of the day ("evening"), or "any time of day".',
    reads: [
      'group.members[].availability.days',
      'group.members[].availability.dayParts',
      'activities[].start',
    ],
    params: {
      recentActivities: {
        type: 'integer',
        minimum: 1,
        description:
          'How many of the most recent activities to compare with members’ availability.',
      },
    },
    data: ['days', 'dayParts'],
    nullable: false,
    compute: (derived, params) => {
      const n = intParam('availabilityNotMet', params, 'recentActivities', 1);
      const end = derived.pastActivityCount;
      if (end === 0) return frozen([]);
      let recentSlots = 0;
      for (let pos = Math.max(0, end - n); pos < end; pos++) {
        const a = derived.activities[pos]!;
        recentSlots |= slotBit(a.weekday, DAY_PARTS.indexOf(a.dayPart));
      }
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        const availability = m.member.availability;
        const days = availability?.days ?? [];
        const dayParts = availability?.dayParts ?? [];
        if (days.length === 0 && dayParts.length === 0) continue;
        if (availabilitySlots(days, dayParts) & recentSlots) continue;
        out.push(
          finding(memberSubject(m), 'flagged', {
            days: days.length > 0 ? days.map((d) => DAY_NAMES[d]) : ['any day'],
            dayParts: dayParts.length > 0 ? [...dayParts] : ['any time of day'],
          }),
        );
      }
      return frozen(out);
    },
  },
  {
    id: 'recentActivityCount',
    type: 'number',
    unit: 'activities',
    description:
      'How many activities started in the last `recentDays` calendar days (not counting future ones).',
    reads: ['activities[].start'],
    params: { recentDays: PARAM.recentDays },
    nullable: false,
    compute: (derived, params) =>
      recentWindow(derived, intParam('recentActivityCount', params, 'recentDays', 0)).length,
  },
  {
    id: 'shareOutsideOfficeHours',
    type: 'share',
    description:
      'Of the activities that started in the last `recentDays` calendar days, the share that started outside office hours in the project time zone: on a day not in `officeDays`, before `officeStart` or at or after `officeEnd`. Null when there were no recent activities.',
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
    },
    nullable: true,
    compute: (derived, params) => {
      const fact = 'shareOutsideOfficeHours';
      const recentDays = intParam(fact, params, 'recentDays', 0);
      const start = timeParam(fact, params, 'officeStart');
      const end = timeParam(fact, params, 'officeEnd');
      let dayMask = 0;
      for (const day of stringListParam(fact, params, 'officeDays')) {
        const w = WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]);
        if (w < 0) throw new TypeError(`The fact "${fact}" does not know the day "${day}".`);
        dayMask |= 1 << w;
      }
      const window = recentWindow(derived, recentDays);
      if (window.length === 0) return null;
      let outside = 0;
      for (const a of window) {
        if (!(dayMask & (1 << a.weekday)) || a.minutes < start || a.minutes >= end) outside++;
      }
      return outside / window.length;
    },
  },
];
