import { describe, expect, it } from 'vitest';
import { activity, fact, findings, makeProject, member, summary, withMembers } from './fixtures.js';

const premises = { name: 'Council offices', setting: 'organisation-premises' };
const library = { name: 'Library', setting: 'community' };

describe('where and how the group meets', () => {
  it('shareOnPremises among recent in-person activities with a venue, only with enough recorded', () => {
    const project = makeProject({
      activities: [
        activity('a-old', '2026-01-01T10:00:00Z', { venue: library }),
        activity('a-1', '2026-06-01T10:00:00Z', { venue: premises }),
        activity('a-2', '2026-06-02T10:00:00Z', { venue: premises }),
        activity('a-3', '2026-06-03T10:00:00Z', { venue: library }),
        activity('a-4', '2026-06-04T10:00:00Z'),
        activity('a-5', '2026-06-05T10:00:00Z', { kind: 'online' }),
      ],
    });
    expect(fact('shareOnPremises', project, { recentDays: 90, minActivities: 3 })).toBeCloseTo(
      2 / 3,
    );
    expect(fact('shareOnPremises', project, { recentDays: 365, minActivities: 3 })).toBe(0.5);
    // Online sessions are left out of both counts.
    expect(fact('recentActivitiesWithVenue', project, { recentDays: 90 })).toBe(3);
    expect(fact('recentActivitiesOnPremises', project, { recentDays: 90 })).toBe(2);
    // Too few venues recorded to give a share.
    expect(fact('shareOnPremises', project, { recentDays: 90, minActivities: 4 })).toBeNull();
    const noVenues = makeProject({ activities: [activity('a-1', '2026-06-01T10:00:00Z')] });
    expect(fact('shareOnPremises', noVenues, { recentDays: 90, minActivities: 1 })).toBeNull();
    const community = makeProject({
      activities: [activity('a-1', '2026-06-01T10:00:00Z', { venue: library })],
    });
    expect(fact('shareOnPremises', community, { recentDays: 90, minActivities: 1 })).toBe(0);
    // The venue is unknown for most activities: no share, even above the minimum.
    const mostlyUnknown = makeProject({
      activities: [
        activity('a-1', '2026-06-01T10:00:00Z', { venue: premises }),
        activity('a-2', '2026-06-02T10:00:00Z'),
        activity('a-3', '2026-06-03T10:00:00Z'),
      ],
    });
    expect(fact('shareOnPremises', mostlyUnknown, { recentDays: 90, minActivities: 1 })).toBeNull();
  });

  it('shareLedByCommunity counts activities chaired or facilitated by a non-staff member', () => {
    const members = [
      member('m-staff', { displayName: 'Sean', roles: ['staff'] }),
      member('m-cllr', { displayName: 'Cllr P (ward member)', roles: ['councillor', 'partner'] }),
      member('m-res', { roles: ['resident'] }),
      member('m-both', { roles: ['staff', 'carer'] }),
    ];
    const project = withMembers(members, {
      activities: [
        activity('a-1', '2026-06-01T10:00:00Z', { chairedBy: ['m-staff'] }),
        activity('a-2', '2026-06-02T10:00:00Z', {
          chairedBy: ['m-cllr'],
          facilitatedBy: ['m-res'],
        }),
        activity('a-3', '2026-06-03T10:00:00Z', { facilitatedBy: ['m-both'] }),
        activity('a-4', '2026-06-04T10:00:00Z', { chairedBy: [] }),
        activity('a-5', '2026-06-05T10:00:00Z', { chairedBy: ['m-cllr'] }),
      ],
    });
    const params = { recentDays: 90, minActivities: 3 };
    expect(fact('shareLedByCommunity', project, params)).toBe(0.5);
    expect(fact('recentActivitiesWithLeader', project, { recentDays: 90 })).toBe(4);
    expect(fact('recentActivitiesLedByCommunity', project, { recentDays: 90 })).toBe(2);
    // Who is staff, said where it matters.
    expect(fact('recentStaffLeaders', project, { recentDays: 90 })).toEqual([
      'Sean (staff)',
      'Cllr P (ward member, councillor, partner organisation)',
    ]);
    expect(fact('shareLedByCommunity', project, { ...params, minActivities: 5 })).toBeNull();
    const staffOnly = withMembers(members, {
      activities: [activity('a-1', '2026-06-01T10:00:00Z', { chairedBy: ['m-staff', 'm-cllr'] })],
    });
    expect(fact('shareLedByCommunity', staffOnly, { recentDays: 90, minActivities: 1 })).toBe(0);
    const unrecorded = withMembers(members, {
      activities: [activity('a-1', '2026-06-01T10:00:00Z')],
    });
    expect(
      fact('shareLedByCommunity', unrecorded, { recentDays: 90, minActivities: 1 }),
    ).toBeNull();
  });

  it('activityKindsUsed lists the distinct recent kinds, sorted', () => {
    const project = makeProject({
      activities: [
        activity('a-old', '2025-06-01T10:00:00Z', { kind: 'site-visit' }),
        activity('a-1', '2026-06-01T10:00:00Z', { kind: 'workshop' }),
        activity('a-2', '2026-06-02T10:00:00Z', { kind: 'formal-meeting' }),
        activity('a-3', '2026-06-03T10:00:00Z', { kind: 'workshop' }),
      ],
    });
    expect(fact('activityKindsUsed', project, { recentDays: 90 })).toEqual([
      'formal-meeting',
      'workshop',
    ]);
    expect(fact('activityKindsUsed', makeProject(), { recentDays: 90 })).toEqual([]);
    // The same kinds in plain words, for messages.
    expect(fact('activityKindNames', project, { recentDays: 90 })).toEqual([
      'formal meetings',
      'workshops',
    ]);
    expect(fact('activityKindNames', project, { recentDays: 400 })).toEqual([
      'formal meetings',
      'site visits',
      'workshops',
    ]);
    expect(fact('activityKindNames', makeProject(), { recentDays: 90 })).toEqual([]);
  });
});

describe('strengths and reach', () => {
  const strengths = (date: string, recordedBy: string[]) => ({
    id: 'r-1',
    questionId: 'enablers.strengths-based',
    date,
    rating: 'green',
    recordedBy,
  });

  it('membersWithoutSkills flags active members with no real skills recorded', () => {
    const project = withMembers([
      member('m-1', { skills: ['Design'] }),
      member('m-2', { skills: [] }),
      member('m-3'),
      member('m-4', { left: '2026-01-01' }),
      member('m-5', { skills: ['tbc'] }),
    ]);
    const list = findings('membersWithoutSkills', project, { reflectionDays: 90 });
    expect(summary(list)).toEqual([
      ['m-2', 'flagged'],
      ['m-3', 'flagged'],
      ['m-5', 'flagged'],
    ]);
    expect(list[0]!.data).toEqual({});
  });

  it("membersWithoutSkills needs the group's own recent reflection before it is empty", () => {
    const members = [
      member('m-1', { skills: ['Design'] }),
      member('m-2', { skills: ['Chairing'], roles: ['staff'] }),
    ];
    const params = { reflectionDays: 90 };
    // No reflection at all, or no members at all: cannot tell.
    expect(fact('membersWithoutSkills', withMembers(members), params)).toBeNull();
    expect(fact('membersWithoutSkills', makeProject(), params)).toBeNull();
    // Recorded by the officer alone: not the group's answer.
    const officer = withMembers(members, { reflections: [strengths('2026-06-10', ['m-2'])] });
    expect(fact('membersWithoutSkills', officer, params)).toBeNull();
    // Too long ago.
    const old = withMembers(members, { reflections: [strengths('2026-01-10', ['m-1'])] });
    expect(fact('membersWithoutSkills', old, params)).toBeNull();
    const ours = withMembers(members, { reflections: [strengths('2026-06-10', ['m-1', 'm-2'])] });
    expect(fact('membersWithoutSkills', ours, params)).toEqual([]);
  });

  it('shareUsualParticipants among community members, only with enough recorded', () => {
    const project = withMembers([
      member('m-1', { usualParticipant: true }),
      member('m-2', { usualParticipant: false }),
      member('m-3', { usualParticipant: false }),
      member('m-4'),
      member('m-5', { usualParticipant: true, left: '2026-01-01' }),
      member('m-6', { otherEngagement: ['Tenants panel'] }),
      member('m-7', { otherEngagement: ['tbc'] }),
      member('m-8', { roles: ['staff'], usualParticipant: true }),
    ]);
    expect(fact('shareUsualParticipants', project, { minRecorded: 3 })).toBe(0.5);
    expect(fact('usualParticipantsRecorded', project)).toBe(4);
    expect(fact('usualParticipantCount', project)).toBe(2);
    expect(fact('communityMemberCount', project)).toBe(6);
    // Below the minimum sample: no share.
    expect(fact('shareUsualParticipants', project, { minRecorded: 5 })).toBeNull();
    const none = withMembers([member('m-1')]);
    expect(fact('shareUsualParticipants', none, { minRecorded: 1 })).toBeNull();
    expect(fact('usualParticipantsRecorded', none)).toBe(0);
  });

  it('shareUsualParticipants says nothing when 2 of 15 are recorded', () => {
    const members = Array.from({ length: 15 }, (_, i) =>
      member(`m-${i + 1}`, i < 2 ? { usualParticipant: true } : {}),
    );
    expect(fact('shareUsualParticipants', withMembers(members), { minRecorded: 2 })).toBeNull();
  });
});

describe('how far power is shared in decisions', () => {
  const decision = (
    id: string,
    influence: string | undefined,
    extra: Record<string, unknown> = {},
  ) => ({
    id,
    title: `Decision ${id}`,
    date: '2026-05-01',
    madeBy: 'group-with-organisation',
    ...(influence === undefined ? {} : { influence }),
    ...extra,
  });
  const project = makeProject({
    decisions: [
      decision('d-1', 'inform'),
      decision('d-2', 'inform'),
      decision('d-3', 'consult'),
      decision('d-4', 'involve'),
      decision('d-5', undefined),
      decision('d-6', 'collaborate', { status: 'planned', date: undefined, due: '2026-09-01' }),
    ],
  });

  it('decisionsAtInfluence gives the profile level by level, made and planned apart', () => {
    const at = (level: string, status: string) =>
      fact('decisionsAtInfluence', project, { level, status });
    expect(
      ['inform', 'consult', 'involve', 'collaborate', 'empower'].map((l) => at(l, 'made')),
    ).toEqual([2, 1, 1, 0, 0]);
    expect(at('collaborate', 'planned')).toBe(1);
    expect(fact('decisionsWithInfluence', project)).toBe(4);
    expect(fact('influenceProfile', project)).toEqual([
      '2 decisions where the group was only informed',
      '1 decision where the group was consulted',
      '1 decision where the group was involved',
    ]);
    expect(fact('influenceProfile', makeProject())).toEqual([]);
  });

  it('decisionsReachingInfluence counts made decisions at or above a level, with a minimum', () => {
    const reaching = (level: string, minDecisions: number, p = project) =>
      fact('decisionsReachingInfluence', p, { level, minDecisions });
    expect(reaching('collaborate', 3)).toBe(0);
    expect(reaching('consult', 3)).toBe(2);
    expect(reaching('inform', 4)).toBe(4);
    expect(reaching('collaborate', 5)).toBeNull();
    expect(reaching('collaborate', 1, makeProject())).toBeNull();
    const shared = makeProject({
      decisions: [decision('d-1', 'inform'), decision('d-2', 'empower')],
    });
    expect(reaching('collaborate', 2, shared)).toBe(1);
  });
});

describe('ways we will work together', () => {
  const members = [
    member('m-staff', { displayName: 'Lou', roles: ['staff'] }),
    member('m-partner', { displayName: 'Mo', roles: ['partner'] }),
    member('m-res', { roles: ['lived-experience'] }),
  ];
  const project = withMembers(members, {
    agreements: [
      { id: 'w-1', topic: 'language', text: 'Plain words', createdBy: ['m-staff', 'm-res'] },
      {
        id: 'w-2',
        topic: 'behaviour',
        text: 'Listen to each other',
        createdBy: ['m-staff', 'm-partner'],
      },
      { id: 'w-3', topic: 'language', text: 'No acronyms' },
      { id: 'w-4', topic: 'decision-making', text: 'TBC.', createdBy: ['m-staff'] },
    ],
  });

  it('agreementTopics and agreementCount count only agreements with real words', () => {
    expect(fact('agreementTopics', project)).toEqual(['behaviour', 'language']);
    expect(fact('agreementCount', project)).toBe(3);
    expect(fact('agreementTopics', makeProject())).toEqual([]);
    expect(fact('agreementCount', makeProject())).toBe(0);
  });

  it('waysOfWorkingGaps names the topics not covered, null when a gap is only "tbc" so far', () => {
    const topics = ['behaviour', 'language', 'decision-making'];
    // Decision-making holds only "TBC.": cannot tell yet.
    expect(fact('waysOfWorkingGaps', project, { topics })).toBeNull();
    expect(fact('waysOfWorkingGaps', project, { topics: ['behaviour', 'activities'] })).toEqual([
      'what the group will do together',
    ]);
    expect(fact('waysOfWorkingGaps', project, { topics: ['behaviour', 'language'] })).toEqual([]);
    expect(fact('waysOfWorkingGaps', makeProject(), { topics })).toBeNull();
  });

  it('agreementsNotCoCreated flags staff-only agreements and asks about unattributed ones', () => {
    const list = findings('agreementsNotCoCreated', project);
    expect(list).toEqual([
      {
        subject: {
          type: 'agreement',
          id: 'w-2',
          label: 'Listen to each other',
          pointer: '/agreements/1',
        },
        status: 'flagged',
        data: { topic: 'behaviour', writers: ['Lou (staff)', 'Mo (partner organisation)'] },
      },
      {
        subject: { type: 'agreement', id: 'w-3', label: 'No acronyms', pointer: '/agreements/2' },
        status: 'needs-review',
        data: { topic: 'language', writers: [] },
      },
    ]);
    const coCreated = withMembers(members, {
      agreements: [{ id: 'w-1', topic: 'language', text: 'Plain words', createdBy: ['m-res'] }],
    });
    expect(findings('agreementsNotCoCreated', coCreated)).toEqual([]);
    expect(fact('agreementsNotCoCreated', makeProject())).toBeNull();
  });

  it('labels a long agreement at a word boundary, never mid-word', () => {
    const text =
      'We decide by consent: a proposal goes ahead unless someone has a reasoned objection that the group cannot resolve';
    const p = withMembers(members, {
      agreements: [{ id: 'w-1', topic: 'decision-making', text, createdBy: ['m-staff'] }],
    });
    const label = findings('agreementsNotCoCreated', p)[0]!.subject.label;
    expect(label.endsWith('…')).toBe(true);
    expect(text.startsWith(label.slice(0, -1))).toBe(true);
    expect(text[label.length - 1]).toBe(' ');
  });
});
