import { describe, expect, it } from 'vitest';
import {
  dayPartOf,
  deriveProject,
  featureList,
  featureMask,
  isStaffSide,
} from '../../../src/check/facts/derive.js';
import { dayToIsoDate } from '../../../src/time/calendar.js';
import { activity, makeProject, member, NOW, withMembers } from './fixtures.js';

describe('deriveProject', () => {
  it("reads today's date in the project's zone, not UTC, across the spring clock change", () => {
    const project = makeProject();
    // 23:30 UTC on 29 March 2026 is 00:30 BST on 30 March.
    expect(deriveProject(project, new Date('2026-03-29T23:30:00Z')).today).toBe('2026-03-30');
    // Before the change, 23:30 UTC on 28 March is 23:30 GMT the same day.
    expect(deriveProject(project, new Date('2026-03-28T23:30:00Z')).today).toBe('2026-03-28');
    const auckland = makeProject({ timeZone: 'Pacific/Auckland' });
    expect(deriveProject(auckland, new Date('2026-03-29T23:30:00Z')).today).toBe('2026-03-30');
    expect(deriveProject(auckland, new Date('2026-03-29T10:30:00Z')).today).toBe('2026-03-29');
  });

  it('refuses an invalid "now"', () => {
    expect(() => deriveProject(makeProject(), new Date('nonsense'))).toThrow(RangeError);
  });

  it('counts a member active from the day they join until the day they leave', () => {
    const project = withMembers([
      member('m-1', { joined: '2026-07-01' }),
      member('m-2', { joined: '2026-07-02' }),
      member('m-3', { left: '2026-07-01' }),
      member('m-4', { left: '2026-07-02' }),
      member('m-5', { joined: undefined }),
    ]);
    const derived = deriveProject(project, NOW);
    expect(derived.activeMembers.map((m) => m.member.id)).toEqual(['m-1', 'm-4', 'm-5']);
    expect(derived.members.map((m) => m.pointer)).toEqual([
      '/group/members/0',
      '/group/members/1',
      '/group/members/2',
      '/group/members/3',
      '/group/members/4',
    ]);
    expect(derived.memberById.get('m-2')?.index).toBe(1);
  });

  it('treats a member as staff-side only when every role is staff, councillor or partner', () => {
    expect(isStaffSide(['staff'])).toBe(true);
    expect(isStaffSide(['councillor', 'partner'])).toBe(true);
    expect(isStaffSide(['staff', 'resident'])).toBe(false);
    expect(isStaffSide(['other'])).toBe(false);
    const derived = deriveProject(
      withMembers([member('m-1', { roles: ['staff'] }), member('m-2', { roles: ['carer'] })]),
      NOW,
    );
    expect(derived.members.map((m) => m.staffSide)).toEqual([true, false]);
  });

  it('sorts activities by start (ties in document order) and knows which are past', () => {
    const project = withMembers([member('m-1'), member('m-2')], {
      activities: [
        activity('a-late', '2026-06-20T10:00:00Z', { attendance: [{ memberId: 'm-1' }] }),
        activity('a-future', '2026-07-05T10:00:00Z', { attendance: [{ memberId: 'm-1' }] }),
        activity('a-early', '2026-06-01T10:00:00+01:00', {
          attendance: [{ memberId: 'm-2', contributions: 1 }, { memberId: 'm-1' }],
        }),
        activity('a-tie', '2026-06-20T11:00:00+01:00', {
          attendance: [{ memberId: 'm-1', questionsAsked: 2 }],
        }),
      ],
    });
    const derived = deriveProject(project, NOW);
    expect(derived.activities.map((a) => a.activity.id)).toEqual([
      'a-early',
      'a-late',
      'a-tie',
      'a-future',
    ]);
    expect(derived.activities.map((a) => a.pointer)).toEqual([
      '/activities/2',
      '/activities/0',
      '/activities/3',
      '/activities/1',
    ]);
    expect(derived.pastActivityCount).toBe(3);
    expect(derived.countedMeetings.map((a) => a.activity.id)).toEqual(['a-early']);
    expect(derived.askingCountedActivities.map((a) => a.activity.id)).toEqual(['a-tie']);

    // Member m-1's rows, in time order, future included at the end.
    const { memberStart, memberRows, rowActivity, rows, rowMember } = derived.attendance;
    const history = (i: number) =>
      Array.from(memberRows.subarray(memberStart[i]!, memberStart[i + 1]!), (k) => [
        derived.activities[rowActivity[k]!]!.activity.id,
        rows[k]!.memberId,
        rowMember[k],
      ]);
    expect(history(0)).toEqual([
      ['a-early', 'm-1', 0],
      ['a-late', 'm-1', 0],
      ['a-tie', 'm-1', 0],
      ['a-future', 'm-1', 0],
    ]);
    expect(history(1)).toEqual([['a-early', 'm-2', 1]]);
    const early = derived.activities[0]!;
    expect(early.rowEnd - early.rowStart).toBe(2);
  });

  it('reads the local weekday, time and part of day of each start in the project zone', () => {
    const project = makeProject({
      activities: [
        activity('a-1', '2026-06-10T16:30:00Z'),
        activity('a-2', '2026-01-12T11:59:00Z'),
        activity('a-3', '2026-01-12T12:00:00Z'),
      ],
    });
    const derived = deriveProject(project, NOW);
    expect(
      derived.activities.map((a) => [dayToIsoDate(a.day), a.weekday, a.minutes, a.dayPart]),
    ).toEqual([
      ['2026-01-12', 0, 11 * 60 + 59, 'morning'],
      ['2026-01-12', 0, 12 * 60, 'afternoon'],
      ['2026-06-10', 2, 17 * 60 + 30, 'evening'],
    ]);
    expect(dayPartOf(16 * 60 + 59)).toBe('afternoon');
  });

  it('keeps access features as masks and venue features only when recorded', () => {
    expect(featureList(featureMask(['captions', 'step-free']))).toEqual(['step-free', 'captions']);
    const project = withMembers(
      [
        member('m-1', {
          accessNeeds: [{ need: 'Step-free access', requires: ['step-free'], met: true }],
        }),
      ],
      {
        activities: [
          activity('a-1', '2026-06-01T10:00:00Z', {
            venue: { name: 'Hall', setting: 'community', features: ['hearing-loop'] },
            attendance: [{ memberId: 'm-1' }],
          }),
          activity('a-2', '2026-06-02T10:00:00Z', {
            venue: { name: 'Hall', setting: 'community' },
          }),
        ],
      },
    );
    const derived = deriveProject(project, NOW);
    expect(derived.members[0]!.accessMask).toBe(featureMask(['step-free']));
    expect(derived.members[0]!.accessAnswer).toBe('listed');
    // Online there is no place: step-free access is needed only in a room.
    expect(derived.members[0]!.accessNeeds).toEqual([
      { index: 0, inPerson: featureMask(['step-free']), online: 0 },
    ]);
    expect(derived.activities.map((a) => a.venueFeatures)).toEqual([
      featureMask(['hearing-loop']),
      undefined,
    ]);
    expect(derived.activities.map((a) => [a.format, a.supportArranged])).toEqual([
      ['in-person', undefined],
      ['in-person', undefined],
    ]);
    expect(derived.activities.map((a) => a.attendeeAccessMask)).toEqual([
      featureMask(['step-free']),
      0,
    ]);
  });

  it('tells unknown access needs from none, and reads how members could join an activity', () => {
    const project = withMembers(
      [
        member('m-1'),
        member('m-2', { accessNeeds: 'none' }),
        member('m-3', {
          accessNeeds: [
            {
              need: 'Hard of hearing',
              requires: ['breaks'],
              bySetting: { inPerson: ['hearing-loop'], online: ['captions', 'step-free'] },
              met: true,
            },
          ],
        }),
      ],
      {
        activities: [
          activity('a-1', '2026-06-01T10:00:00Z', {
            kind: 'online',
            supportArranged: ['captions'],
          }),
          activity('a-2', '2026-06-02T10:00:00Z', {
            venue: { name: 'Teams', setting: 'online' },
          }),
          activity('a-3', '2026-06-03T10:00:00Z', { kind: 'online', format: 'hybrid' }),
        ],
      },
    );
    const derived = deriveProject(project, NOW);
    expect(derived.members.map((m) => m.accessAnswer)).toEqual(['unknown', 'none', 'listed']);
    expect(derived.members[2]!.accessNeeds).toEqual([
      {
        index: 0,
        inPerson: featureMask(['breaks', 'hearing-loop']),
        online: featureMask(['breaks', 'captions']),
      },
    ]);
    expect(derived.activities.map((a) => a.format)).toEqual(['online', 'online', 'hybrid']);
    expect(derived.activities[0]!.supportArranged).toBe(featureMask(['captions']));
  });

  it('normalises glossary terms and memoises computations', () => {
    const derived = deriveProject(
      makeProject({ glossary: [{ term: '  Key  Decision ', explanation: 'A big one' }] }),
      NOW,
    );
    expect([...derived.glossary]).toEqual(['key decision']);
    let calls = 0;
    const a = derived.memo('k', () => ++calls);
    const b = derived.memo('k', () => ++calls);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(derived.projectSubject).toEqual({
      type: 'project',
      id: 'p-test',
      label: 'Test project',
      pointer: '',
    });
  });
});
