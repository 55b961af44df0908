import { describe, expect, it } from 'vitest';
import { activity, fact, findings, makeProject, member, summary, withMembers } from './fixtures.js';

const premises = { name: 'Council offices', setting: 'organisation-premises' };
const library = { name: 'Library', setting: 'community' };

describe('where and how the group meets', () => {
  it('shareOnPremises among recent activities with a venue, null when none has one', () => {
    const project = makeProject({
      activities: [
        activity('a-old', '2026-01-01T10:00:00Z', { venue: library }),
        activity('a-1', '2026-06-01T10:00:00Z', { venue: premises }),
        activity('a-2', '2026-06-02T10:00:00Z', { venue: premises }),
        activity('a-3', '2026-06-03T10:00:00Z', { venue: library }),
        activity('a-4', '2026-06-04T10:00:00Z'),
      ],
    });
    expect(fact('shareOnPremises', project, { recentDays: 90 })).toBeCloseTo(2 / 3);
    expect(fact('shareOnPremises', project, { recentDays: 365 })).toBe(0.5);
    const noVenues = makeProject({ activities: [activity('a-1', '2026-06-01T10:00:00Z')] });
    expect(fact('shareOnPremises', noVenues, { recentDays: 90 })).toBeNull();
    const community = makeProject({
      activities: [activity('a-1', '2026-06-01T10:00:00Z', { venue: library })],
    });
    expect(fact('shareOnPremises', community, { recentDays: 90 })).toBe(0);
  });

  it('shareLedByCommunity counts activities chaired or facilitated by a non-staff member', () => {
    const members = [
      member('m-staff', { roles: ['staff'] }),
      member('m-cllr', { roles: ['councillor', 'partner'] }),
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
        activity('a-5', '2026-06-05T10:00:00Z'),
      ],
    });
    expect(fact('shareLedByCommunity', project, { recentDays: 90 })).toBeCloseTo(2 / 3);
    const staffOnly = withMembers(members, {
      activities: [activity('a-1', '2026-06-01T10:00:00Z', { chairedBy: ['m-staff', 'm-cllr'] })],
    });
    expect(fact('shareLedByCommunity', staffOnly, { recentDays: 90 })).toBe(0);
    const unrecorded = withMembers(members, {
      activities: [activity('a-1', '2026-06-01T10:00:00Z')],
    });
    expect(fact('shareLedByCommunity', unrecorded, { recentDays: 90 })).toBeNull();
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
  it('membersWithoutSkills flags active members with no skills recorded', () => {
    const project = withMembers([
      member('m-1', { skills: ['Design'] }),
      member('m-2', { skills: [] }),
      member('m-3'),
      member('m-4', { left: '2026-01-01' }),
    ]);
    const list = findings('membersWithoutSkills', project);
    expect(summary(list)).toEqual([
      ['m-2', 'flagged'],
      ['m-3', 'flagged'],
    ]);
    expect(list[0]!.data).toEqual({});
    expect(
      findings('membersWithoutSkills', withMembers([member('m-1', { skills: ['x'] })])),
    ).toEqual([]);
  });

  it('shareUsualParticipants and usualParticipantsRecorded', () => {
    const project = withMembers([
      member('m-1', { usualParticipant: true }),
      member('m-2', { usualParticipant: false }),
      member('m-3', { usualParticipant: false }),
      member('m-4'),
      member('m-5', { usualParticipant: true, left: '2026-01-01' }),
    ]);
    expect(fact('shareUsualParticipants', project)).toBeCloseTo(1 / 3);
    expect(fact('usualParticipantsRecorded', project)).toBe(3);
    const none = withMembers([member('m-1')]);
    expect(fact('shareUsualParticipants', none)).toBeNull();
    expect(fact('usualParticipantsRecorded', none)).toBe(0);
  });
});

describe('ways we will work together', () => {
  const members = [
    member('m-staff', { roles: ['staff'] }),
    member('m-partner', { roles: ['partner'] }),
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
    ],
  });

  it('agreementTopics and agreementCount', () => {
    expect(fact('agreementTopics', project)).toEqual(['behaviour', 'language']);
    expect(fact('agreementCount', project)).toBe(3);
    expect(fact('agreementTopics', makeProject())).toEqual([]);
    expect(fact('agreementCount', makeProject())).toBe(0);
  });

  it('agreementsNotCoCreated flags agreements written by nobody or only staff-side members', () => {
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
        data: { topic: 'behaviour' },
      },
      {
        subject: { type: 'agreement', id: 'w-3', label: 'No acronyms', pointer: '/agreements/2' },
        status: 'flagged',
        data: { topic: 'language' },
      },
    ]);
    const coCreated = withMembers(members, {
      agreements: [{ id: 'w-1', topic: 'language', text: 'Plain words', createdBy: ['m-res'] }],
    });
    expect(findings('agreementsNotCoCreated', coCreated)).toEqual([]);
  });
});
