/**
 * Facts for "Other things that help": sharing power (where the group meets,
 * who leads), going beyond sessions and usual participants, recognising
 * skills, and the "ways we will work together".
 *
 * @module
 */
import type { ActivityKind } from '../../model/activity.js';
import type { Finding } from '../types.js';
import type { DerivedProject } from './derive.js';
import {
  excerpt,
  finding,
  frozen,
  intParam,
  memberSubject,
  PARAM,
  recentWindow,
  subject,
} from './helpers.js';
import type { FactDefinition } from './types.js';

/** Whether any of the named members is not staff-side. */
function anyCommunity(derived: DerivedProject, ids: readonly string[] | undefined): boolean {
  if (ids === undefined) return false;
  for (const id of ids) {
    const m = derived.memberById.get(id);
    if (m !== undefined && !m.staffSide) return true;
  }
  return false;
}

/**
 * Each kind of activity in plain words, as it reads in a message ("has only
 * held formal meetings, workshops").
 *
 * @example `ACTIVITY_KIND_PHRASES['site-visit'] // 'site visits'`
 */
export const ACTIVITY_KIND_PHRASES: Readonly<Record<ActivityKind, string>> = Object.freeze({
  'formal-meeting': 'formal meetings',
  workshop: 'workshops',
  outreach: 'outreach',
  online: 'online sessions',
  informal: 'informal get-togethers',
  'site-visit': 'site visits',
  other: 'other activities',
});

function recentKinds(derived: DerivedProject, recentDays: number): ActivityKind[] {
  const kinds = new Set<ActivityKind>();
  for (const a of recentWindow(derived, recentDays)) kinds.add(a.activity.kind);
  return [...kinds].sort();
}

/**
 * Facts about power, reach and ways of working.
 *
 * @example `powerFacts.find((f) => f.id === 'shareOnPremises')?.type // 'share'`
 */
export const powerFacts: readonly FactDefinition[] = [
  {
    id: 'shareOnPremises',
    type: 'share',
    description:
      "Of the recent activities (last `recentDays` calendar days) whose venue is recorded, the share held on the organisation's premises. Null when no recent activity has a venue recorded.",
    reads: ['activities[].venue.setting', 'activities[].start'],
    params: { recentDays: PARAM.recentDays },
    nullable: true,
    compute: (derived, params) => {
      const window = recentWindow(derived, intParam('shareOnPremises', params, 'recentDays', 0));
      let withVenue = 0;
      let onPremises = 0;
      for (const a of window) {
        const venue = a.activity.venue;
        if (venue === undefined) continue;
        withVenue++;
        if (venue.setting === 'organisation-premises') onPremises++;
      }
      return withVenue === 0 ? null : onPremises / withVenue;
    },
  },
  {
    id: 'shareLedByCommunity',
    type: 'share',
    description:
      'Of the recent activities (last `recentDays` calendar days) that name who chaired or facilitated them, the share chaired or facilitated by at least one member who is not staff-side (not only staff, councillor or partner). Null when no recent activity names anyone.',
    reads: [
      'activities[].chairedBy',
      'activities[].facilitatedBy',
      'activities[].start',
      'group.members[].roles',
    ],
    params: { recentDays: PARAM.recentDays },
    nullable: true,
    compute: (derived, params) => {
      const window = recentWindow(
        derived,
        intParam('shareLedByCommunity', params, 'recentDays', 0),
      );
      let recorded = 0;
      let community = 0;
      for (const a of window) {
        const { chairedBy, facilitatedBy } = a.activity;
        // An empty list names nobody, so it says nothing about who led.
        if ((chairedBy?.length ?? 0) + (facilitatedBy?.length ?? 0) === 0) continue;
        recorded++;
        if (anyCommunity(derived, chairedBy) || anyCommunity(derived, facilitatedBy)) community++;
      }
      return recorded === 0 ? null : community / recorded;
    },
  },
  {
    id: 'activityKindsUsed',
    type: 'string-list',
    description:
      'The distinct kinds of activity (formal-meeting, workshop, outreach, online, ...) held in the last `recentDays` calendar days, sorted: ids to compare with a rule parameter; `activityKindNames` gives them in plain words.',
    reads: ['activities[].kind', 'activities[].start'],
    params: { recentDays: PARAM.recentDays },
    nullable: false,
    compute: (derived, params) =>
      recentKinds(derived, intParam('activityKindsUsed', params, 'recentDays', 0)),
  },
  {
    id: 'activityKindNames',
    type: 'string-list',
    description:
      'The kinds of activity held in the last `recentDays` calendar days, in plain words for messages ("formal meetings", "workshops", "online sessions", ...), in the order of `activityKindsUsed`.',
    reads: ['activities[].kind', 'activities[].start'],
    params: { recentDays: PARAM.recentDays },
    nullable: false,
    compute: (derived, params) =>
      recentKinds(derived, intParam('activityKindNames', params, 'recentDays', 0)).map(
        (kind) => ACTIVITY_KIND_PHRASES[kind],
      ),
  },
  {
    id: 'membersWithoutSkills',
    type: 'findings',
    scope: 'member',
    description: 'Active members whose skills and experience are not recorded (missing or empty).',
    reads: ['group.members[].skills'],
    params: {},
    data: [],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      for (const m of derived.activeMembers) {
        if ((m.member.skills?.length ?? 0) === 0)
          out.push(finding(memberSubject(m), 'flagged', {}));
      }
      return frozen(out);
    },
  },
  {
    id: 'shareUsualParticipants',
    type: 'share',
    description:
      "Among active members for whom it is recorded, the share who are among the organisation's usual participants. Null when it is recorded for nobody.",
    reads: ['group.members[].usualParticipant'],
    params: {},
    nullable: true,
    compute: (derived) => {
      let recorded = 0;
      let usual = 0;
      for (const m of derived.activeMembers) {
        const flag = m.member.usualParticipant;
        if (flag === undefined) continue;
        recorded++;
        if (flag) usual++;
      }
      return recorded === 0 ? null : usual / recorded;
    },
  },
  {
    id: 'usualParticipantsRecorded',
    type: 'number',
    unit: 'members',
    description:
      'How many active members have it recorded whether they are usual participants (either way).',
    reads: ['group.members[].usualParticipant'],
    params: {},
    nullable: false,
    compute: (derived) => {
      let recorded = 0;
      for (const m of derived.activeMembers)
        if (m.member.usualParticipant !== undefined) recorded++;
      return recorded;
    },
  },
  {
    id: 'agreementTopics',
    type: 'string-list',
    description:
      'The distinct topics of the "ways we will work together" agreements (behaviour, language, decision-making, activities, other), sorted.',
    reads: ['agreements[].topic'],
    params: {},
    nullable: false,
    compute: ({ project }) => [...new Set(project.agreements.map((a) => a.topic))].sort(),
  },
  {
    id: 'agreementCount',
    type: 'number',
    unit: 'agreements',
    description: 'How many "ways we will work together" agreements are recorded.',
    reads: ['agreements'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.agreements.length,
  },
  {
    id: 'agreementsNotCoCreated',
    type: 'findings',
    scope: 'agreement',
    description:
      'Agreements that name nobody as having written them, or only staff-side members (staff, councillors, partners).',
    reads: ['agreements[].createdBy', 'agreements[].topic', 'group.members[].roles'],
    params: {},
    data: ['topic'],
    nullable: false,
    compute: (derived) => {
      const out: Finding[] = [];
      derived.project.agreements.forEach((agreement, i) => {
        if (anyCommunity(derived, agreement.createdBy)) return;
        out.push(
          finding(
            subject('agreement', agreement.id, excerpt(agreement.text), `/agreements/${i}`),
            'flagged',
            { topic: agreement.topic },
          ),
        );
      });
      return frozen(out);
    },
  },
];
