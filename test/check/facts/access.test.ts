import { describe, expect, it } from 'vitest';
import { activity, fact, findings, makeProject, member, summary, withMembers } from './fixtures.js';

const stepFree = { need: 'Step-free access', requires: ['step-free'], met: true };
const loop = { need: 'Hearing loop', requires: ['hearing-loop'], met: false };

describe('unmetAccessNeeds', () => {
  it('flags active members with a need not met, listing those needs', () => {
    const project = withMembers([
      member('m-1', { accessNeeds: [stepFree, loop] }),
      member('m-2', { accessNeeds: [stepFree] }),
      member('m-3', { accessNeeds: [loop], left: '2026-02-01' }),
    ]);
    const list = findings('unmetAccessNeeds', project);
    expect(summary(list)).toEqual([['m-1', 'flagged']]);
    expect(list[0]!.data).toEqual({ needs: ['Hearing loop'] });
    expect(
      findings('unmetAccessNeeds', withMembers([member('m-2', { accessNeeds: [stepFree] })])),
    ).toEqual([]);
  });
});

describe('inaccessibleActivities', () => {
  const members = [
    member('m-1', { accessNeeds: [stepFree] }),
    member('m-2', { accessNeeds: [loop, stepFree] }),
    member('m-3'),
  ];
  const hall = (features?: string[]) => ({
    name: 'Hall',
    setting: 'community',
    ...(features ? { features } : {}),
  });
  const project = withMembers(members, {
    activities: [
      // Missing step-free: both m-1 and m-2 need it.
      activity('a-1', '2026-06-01T17:00:00Z', {
        venue: hall(['hearing-loop']),
        attendance: [{ memberId: 'm-1' }, { memberId: 'm-2' }, { memberId: 'm-3' }],
      }),
      // Has everything its attendees need.
      activity('a-2', '2026-06-02T17:00:00Z', {
        venue: hall(['step-free']),
        attendance: [{ memberId: 'm-1' }, { memberId: 'm-3' }],
      }),
      // Venue features not recorded: cannot tell.
      activity('a-3', '2026-06-03T17:00:00Z', {
        venue: hall(),
        attendance: [{ memberId: 'm-2' }],
      }),
      // Attendance not recorded: every active member's needs count.
      activity('a-4', '2026-06-04T17:00:00Z', {
        kind: 'online',
        venue: { name: 'Video call', setting: 'online', features: ['step-free', 'captions'] },
      }),
      // Nobody with needs attended.
      activity('a-5', '2026-06-05T17:00:00Z', { attendance: [{ memberId: 'm-3' }] }),
      // Too old for the window.
      activity('a-old', '2026-01-05T17:00:00Z', { venue: hall([]) }),
    ],
  });

  it('flags missing features, asks for review where the venue is unknown', () => {
    const list = findings('inaccessibleActivities', project, { recentDays: 60 });
    expect(summary(list)).toEqual([
      ['a-1', 'flagged'],
      ['a-3', 'needs-review'],
      ['a-4', 'flagged'],
    ]);
    expect(list.map((f) => f.data)).toEqual([
      { missing: ['step-free access'], members: 2 },
      { missing: ['step-free access', 'a hearing loop'], members: 1 },
      { missing: ['a hearing loop'], members: 1 },
    ]);
    expect(list[0]!.subject).toEqual({
      type: 'activity',
      id: 'a-1',
      label: 'Meeting a-1',
      pointer: '/activities/0',
    });
  });

  it('looks only at the window, and is clean when nobody has needs', () => {
    expect(
      summary(findings('inaccessibleActivities', project, { recentDays: 365 })).at(-1),
    ).toEqual(['a-old', 'flagged']);
    const noNeeds = withMembers([member('m-3')], {
      activities: [activity('a-1', '2026-06-01T17:00:00Z')],
    });
    expect(findings('inaccessibleActivities', noNeeds, { recentDays: 60 })).toEqual([]);
  });
});

describe('availabilityNotMet', () => {
  // 1 June 2026 is a Monday. 17:30 in London is evening.
  const project = withMembers(
    [
      member('m-sat', { availability: { days: ['sat'] } }),
      member('m-evening', { availability: { dayParts: ['evening'] } }),
      member('m-mon-morning', { availability: { days: ['mon'], dayParts: ['morning'] } }),
      member('m-any', { availability: { notes: 'Any time' } }),
    ],
    {
      activities: [
        activity('a-1', '2026-06-01T16:30:00Z'),
        activity('a-2', '2026-06-03T16:30:00Z'),
        activity('a-3', '2026-06-08T08:00:00Z'),
      ],
    },
  );

  it('flags members whose days and times match none of the recent activities, in the project zone', () => {
    // On 5 June, the last two activities were Monday and Wednesday evenings.
    const list = findings(
      'availabilityNotMet',
      project,
      { recentActivities: 2 },
      new Date('2026-06-05T12:00:00Z'),
    );
    expect(summary(list)).toEqual([
      ['m-sat', 'flagged'],
      ['m-mon-morning', 'flagged'],
    ]);
    expect(list.map((f) => f.data)).toEqual([
      { days: ['Saturday'], dayParts: ['any time of day'] },
      { days: ['Monday'], dayParts: ['morning'] },
    ]);
    expect(summary(findings('availabilityNotMet', project, { recentActivities: 2 }))).toEqual([
      ['m-sat', 'flagged'],
    ]);
    // Monday 09:00 BST on 8 June is the last activity: the Monday-morning member can come.
    expect(summary(findings('availabilityNotMet', project, { recentActivities: 1 }))).toEqual([
      ['m-sat', 'flagged'],
      ['m-evening', 'flagged'],
    ]);
  });

  it('is empty before the first activity', () => {
    const early = withMembers([member('m-sat', { availability: { days: ['sat'] } })]);
    expect(findings('availabilityNotMet', early, { recentActivities: 5 })).toEqual([]);
  });
});

describe('times of activities', () => {
  const office = {
    officeStart: '09:00',
    officeEnd: '17:00',
    officeDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  };

  it('recentActivityCount counts activities in the window, not future ones', () => {
    const project = makeProject({
      activities: [
        activity('a-1', '2026-05-01T10:00:00Z'),
        activity('a-2', '2026-06-30T10:00:00Z'),
        activity('a-3', '2026-07-01T10:59:00Z'),
        activity('a-4', '2026-07-01T11:01:00Z'),
      ],
    });
    expect(fact('recentActivityCount', project, { recentDays: 30 })).toBe(2);
    expect(fact('recentActivityCount', project, { recentDays: 0 })).toBe(1);
    expect(fact('recentActivityCount', project, { recentDays: 365 })).toBe(3);
    expect(fact('recentActivityCount', makeProject(), { recentDays: 30 })).toBe(0);
  });

  it('recentActivityCount counts whole calendar days in the project zone', () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London: 30 days before 1 July.
    const project = makeProject({ activities: [activity('a-1', '2026-05-31T23:30:00Z')] });
    expect(fact('recentActivityCount', project, { recentDays: 30 })).toBe(1);
    expect(fact('recentActivityCount', project, { recentDays: 29 })).toBe(0);
  });

  it('shareOutsideOfficeHours reads 16:30 UTC in June as 17:30 in London: outside 09:00–17:00', () => {
    const summer = makeProject({
      activities: [
        activity('a-evening', '2026-06-10T16:30:00Z'),
        activity('a-afternoon', '2026-06-11T15:30:00Z'),
      ],
    });
    expect(fact('shareOutsideOfficeHours', summer, { recentDays: 60, ...office })).toBe(0.5);
  });

  it('shareOutsideOfficeHours counts weekends, early starts and the closing minute as outside', () => {
    const project = makeProject({
      activities: [
        activity('a-sat', '2026-06-13T10:00:00Z'),
        activity('a-early', '2026-06-15T07:59:00Z'),
        activity('a-nine', '2026-06-15T08:00:00Z'),
        activity('a-five', '2026-06-16T16:00:00Z'),
      ],
    });
    expect(fact('shareOutsideOfficeHours', project, { recentDays: 60, ...office })).toBe(0.75);
    expect(
      fact('shareOutsideOfficeHours', project, {
        recentDays: 60,
        ...office,
        officeDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      }),
    ).toBe(0.5);
  });

  it('shareOutsideOfficeHours uses GMT in winter and is null with no recent activities', () => {
    const winter = makeProject({ activities: [activity('a-1', '2026-01-14T16:30:00Z')] });
    expect(fact('shareOutsideOfficeHours', winter, { recentDays: 365, ...office })).toBe(0);
    expect(fact('shareOutsideOfficeHours', winter, { recentDays: 30, ...office })).toBeNull();
  });

  it('shareOutsideOfficeHours refuses parameters that are not times or days', () => {
    const project = makeProject({ activities: [activity('a-1', '2026-06-14T16:30:00Z')] });
    expect(() =>
      fact('shareOutsideOfficeHours', project, { recentDays: 30, ...office, officeStart: '9am' }),
    ).toThrow(TypeError);
    expect(() =>
      fact('shareOutsideOfficeHours', project, {
        recentDays: 30,
        ...office,
        officeDays: ['monday'],
      }),
    ).toThrow(TypeError);
  });
});
