import { describe, expect, it } from 'vitest';
import { unmetNeedsOf } from '../../../src/check/facts/access.js';
import { deriveProject } from '../../../src/check/facts/derive.js';
import {
  activity,
  fact,
  findings,
  makeProject,
  member,
  NOW,
  summary,
  withMembers,
} from './fixtures.js';

const stepFree = { need: 'Step-free access.', requires: ['step-free'], met: true };
const loop = { need: 'Hearing loop', requires: ['hearing-loop'], met: false };
/** "A loop in rooms, captions online". */
const hearing = {
  need: 'I am hard of hearing',
  bySetting: { inPerson: ['hearing-loop'], online: ['captions'] },
  met: true,
};

describe('unmetAccessNeeds', () => {
  it('flags active members with a need not met, quoting those needs', () => {
    const project = withMembers([
      member('m-1', { accessNeeds: [stepFree, loop] }),
      member('m-2', { accessNeeds: [stepFree] }),
      member('m-3', { accessNeeds: [loop], left: '2026-02-01' }),
      member('m-4', { accessNeeds: 'none' }),
    ]);
    const list = findings('unmetAccessNeeds', project);
    expect(summary(list)).toEqual([['m-1', 'flagged']]);
    expect(list[0]!.data).toEqual({ needs: ['“Hearing loop”'], accessNeedsNotAsked: [] });
  });

  it('asks for review, naming each member nobody asked, once some answers are on record', () => {
    const project = withMembers([
      member('m-1', { accessNeeds: 'none' }),
      member('m-2'),
      member('m-3', { accessNeeds: [{ need: 'tbc', met: true }] }),
    ]);
    const list = findings('unmetAccessNeeds', project);
    expect(summary(list)).toEqual([
      ['m-2', 'needs-review'],
      ['m-3', 'needs-review'],
    ]);
    expect(list[0]!.data).toEqual({ needs: [], accessNeedsNotAsked: ['Member m-2'] });
    expect(fact('accessNeedsNotAsked', project)).toEqual(['Member m-2', 'Member m-3']);
  });

  it('is null, not empty, with no members or nobody asked: unknown is never the same as none', () => {
    expect(fact('unmetAccessNeeds', makeProject())).toBeNull();
    expect(fact('accessNeedsNotAsked', makeProject())).toEqual(['the members of the group']);
    const nobodyAsked = withMembers([member('m-1'), member('m-2', { accessNeeds: 'unknown' })]);
    expect(fact('unmetAccessNeeds', nobodyAsked)).toBeNull();
    expect(fact('accessNeedsNotAsked', nobodyAsked)).toEqual(['Member m-1', 'Member m-2']);
    const allNone = withMembers([member('m-1', { accessNeeds: 'none' })]);
    expect(fact('unmetAccessNeeds', allNone)).toEqual([]);
    expect(fact('accessNeedsNotAsked', allNone)).toEqual([]);
  });
});

describe('accessGaps', () => {
  const hall = (features?: string[]) => ({
    name: 'Hall',
    setting: 'community',
    ...(features ? { features } : {}),
  });

  it('reports one finding per member, listing every activity that lacked what they need', () => {
    const activities = Array.from({ length: 11 }, (_, i) =>
      activity(`a-${i + 1}`, `2026-06-${String(i + 10).padStart(2, '0')}T17:00:00Z`, {
        title: 'Monthly meeting',
        venue: hall(['step-free']),
        supportArranged: [],
        attendance: [{ memberId: 'm-1' }, { memberId: 'm-2' }],
      }),
    );
    const project = withMembers(
      [member('m-1', { accessNeeds: [loop] }), member('m-2', { accessNeeds: [stepFree] })],
      { activities },
    );
    const list = findings('accessGaps', project, { recentDays: 60 });
    expect(summary(list)).toEqual([['m-1', 'flagged']]);
    expect(list[0]!.data.needs).toEqual(['“Hearing loop”']);
    expect(list[0]!.data.missing).toEqual(['a hearing loop']);
    expect(list[0]!.data.meetingCount).toBe(11);
    expect(list[0]!.data.meetingDates).toHaveLength(11);
    // Ten named at most: nine by title and date, then how many more.
    expect(list[0]!.data.meetings).toEqual([
      'Monthly meeting on 10 June 2026',
      'Monthly meeting on 11 June 2026',
      'Monthly meeting on 12 June 2026',
      'Monthly meeting on 13 June 2026',
      'Monthly meeting on 14 June 2026',
      'Monthly meeting on 15 June 2026',
      'Monthly meeting on 16 June 2026',
      'Monthly meeting on 17 June 2026',
      'Monthly meeting on 18 June 2026',
      '2 more',
    ]);
  });

  it('never asks for a place’s features or travel costs online, and takes the online alternative', () => {
    const online = {
      kind: 'online',
      venue: { name: 'Video call', setting: 'online' },
      attendance: [{ memberId: 'm-1' }],
    };
    const project = withMembers(
      [
        member('m-1', {
          accessNeeds: [
            hearing,
            stepFree,
            { need: 'Bus fares', requires: ['travel-costs'], met: true },
          ],
        }),
      ],
      {
        activities: [
          activity('a-captions', '2026-06-10T17:00:00Z', {
            ...online,
            supportArranged: ['captions'],
          }),
          activity('a-none', '2026-06-11T17:00:00Z', { ...online, supportArranged: [] }),
        ],
      },
    );
    const list = findings('accessGaps', project, { recentDays: 60 });
    expect(summary(list)).toEqual([['m-1', 'flagged']]);
    expect(list[0]!.data).toMatchObject({
      needs: ['“I am hard of hearing”'],
      missing: ['captions'],
      meetings: ['Meeting a-none on 11 June 2026'],
    });
  });

  it('takes the room alternative in person, and either at a hybrid activity', () => {
    const row = { attendance: [{ memberId: 'm-1' }] };
    const project = withMembers([member('m-1', { accessNeeds: [hearing] })], {
      activities: [
        activity('a-loop', '2026-06-10T17:00:00Z', {
          ...row,
          venue: hall(['hearing-loop']),
          supportArranged: [],
        }),
        activity('a-hybrid', '2026-06-11T17:00:00Z', {
          ...row,
          format: 'hybrid',
          venue: hall([]),
          supportArranged: ['captions'],
        }),
        activity('a-no-loop', '2026-06-12T17:00:00Z', {
          ...row,
          venue: hall([]),
          supportArranged: ['captions'],
        }),
      ],
    });
    const list = findings('accessGaps', project, { recentDays: 60 });
    expect(list.map((f) => f.data.meetings)).toEqual([['Meeting a-no-loop on 12 June 2026']]);
  });

  it('asks for review when the place’s features or the support arranged are not recorded', () => {
    const project = withMembers(
      [
        member('m-1', { accessNeeds: [stepFree] }),
        member('m-2', { accessNeeds: [{ need: 'BSL', requires: ['bsl-interpreter'], met: true }] }),
      ],
      {
        activities: [
          // Attendance not recorded: every active member with needs counts.
          activity('a-1', '2026-06-10T17:00:00Z', { venue: hall(['step-free']) }),
        ],
      },
    );
    const list = findings('accessGaps', project, { recentDays: 60 });
    expect(summary(list)).toEqual([['m-2', 'needs-review']]);
    expect(list[0]!.data.missing).toEqual(['a BSL interpreter']);
    expect(list[0]!.data.accessToRecord).toEqual([
      'whether Meeting a-1 on 10 June 2026 had a BSL interpreter, which Member m-2 needs',
    ]);
  });

  it('is null with no recent activities or nobody’s needs on record, empty when all is in place', () => {
    const withHall = (members: Record<string, unknown>[]) =>
      withMembers(members, {
        activities: [activity('a-1', '2026-06-10T17:00:00Z', { venue: hall(['step-free']) })],
      });
    expect(fact('accessGaps', withHall([member('m-1')]), { recentDays: 60 })).toBeNull();
    expect(
      fact('accessGaps', withHall([member('m-1', { accessNeeds: [stepFree] })]), { recentDays: 5 }),
    ).toBeNull();
    expect(
      fact('accessGaps', withHall([member('m-1', { accessNeeds: [stepFree] })]), {
        recentDays: 60,
      }),
    ).toEqual([]);
    // And the rule can say what is still to record.
    expect(fact('accessToRecord', withHall([member('m-1')]), { recentDays: 5 })).toEqual([
      "the group's activities in the last 5 days",
      'what members need in order to take part',
    ]);
    expect(
      fact('accessToRecord', withHall([member('m-1', { accessNeeds: 'none' })]), {
        recentDays: 60,
      }),
    ).toEqual([]);
  });

  it('unmetNeedsOf names needs recorded as unmet and those activities lacked, for other messages', () => {
    const project = withMembers(
      [
        member('m-1', {
          accessNeeds: [stepFree, { need: 'Papers a week ahead', met: false }],
        }),
        member('m-2', { accessNeeds: 'unknown' }),
      ],
      { activities: [activity('a-1', '2026-06-10T17:00:00Z', { venue: hall([]) })] },
    );
    const derived = deriveProject(project, NOW);
    expect(unmetNeedsOf(derived, derived.members[0]!)).toEqual([
      '“Step-free access”',
      '“Papers a week ahead”',
    ]);
    expect(unmetNeedsOf(derived, derived.members[1]!)).toEqual([]);
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
      member('m-new', { availability: { days: ['sat'] }, joined: '2026-06-07' }),
    ],
    {
      activities: [
        activity('a-1', '2026-06-01T16:30:00Z'),
        activity('a-2', '2026-06-03T16:30:00Z'),
        activity('a-3', '2026-06-08T08:00:00Z'),
      ],
    },
  );
  const params = { recentActivities: 6, minActivities: 2, maxShareInTimes: 0.2 };

  it('names members whose times almost every recent activity misses, in the project zone', () => {
    const list = findings('availabilityNotMet', project, params);
    // Monday 09:00 BST on 8 June is in the Monday-morning member's times: 1 of 3.
    expect(summary(list)).toEqual([['m-sat', 'flagged']]);
    expect(list[0]!.data).toEqual({
      times: 'on Saturdays',
      days: ['Saturday'],
      dayParts: [],
      inTimes: 0,
      compared: 3,
    });
    // Allowing one in three still counts as missed.
    expect(
      summary(findings('availabilityNotMet', project, { ...params, maxShareInTimes: 0.34 })),
    ).toEqual([
      ['m-sat', 'flagged'],
      ['m-mon-morning', 'flagged'],
    ]);
  });

  it('judges a member only on activities since they joined, and only with enough of them', () => {
    // m-new joined after a-1 and a-2: one activity is too few to judge.
    const list = findings('availabilityNotMet', project, params);
    expect(list.some((f) => f.subject.id === 'm-new')).toBe(false);
    expect(
      summary(findings('availabilityNotMet', project, { ...params, minActivities: 1 })).map(
        ([id]) => id,
      ),
    ).toContain('m-new');
  });

  it('is null before enough activities, or when nobody has said when they can come', () => {
    expect(fact('availabilityNotMet', project, { ...params, minActivities: 4 })).toBeNull();
    const nobody = withMembers([member('m-1')], {
      activities: [
        activity('a-1', '2026-06-01T16:30:00Z'),
        activity('a-2', '2026-06-02T16:30:00Z'),
      ],
    });
    expect(fact('availabilityNotMet', nobody, params)).toBeNull();
  });

  it('says the times in words', () => {
    const both = withMembers(
      [member('m-1', { availability: { days: ['tue', 'thu'], dayParts: ['evening'] } })],
      {
        activities: [
          activity('a-1', '2026-06-01T08:00:00Z'),
          activity('a-2', '2026-06-02T08:00:00Z'),
        ],
      },
    );
    expect(findings('availabilityNotMet', both, params)[0]!.data.times).toBe(
      'on Tuesday or Thursday evenings',
    );
    const evenings = withMembers([member('m-1', { availability: { dayParts: ['evening'] } })], {
      activities: [
        activity('a-1', '2026-06-01T08:00:00Z'),
        activity('a-2', '2026-06-02T08:00:00Z'),
      ],
    });
    expect(findings('availabilityNotMet', evenings, params)[0]!.data.times).toBe('in the evenings');
  });
});

describe('times of activities', () => {
  const office = {
    officeStart: '09:00',
    officeEnd: '17:00',
    officeDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    minActivities: 1,
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

  it('activitiesBeyondSessions counts the kinds asked for, and is null with nothing to judge', () => {
    const project = makeProject({
      activities: [
        activity('a-1', '2026-06-01T10:00:00Z'),
        activity('a-2', '2026-06-02T10:00:00Z', { kind: 'outreach' }),
        activity('a-3', '2026-06-03T10:00:00Z', { kind: 'online' }),
      ],
    });
    const kinds = ['outreach', 'informal'];
    expect(fact('activitiesBeyondSessions', project, { recentDays: 60, kinds })).toBe(1);
    expect(
      fact('activitiesBeyondSessions', project, { recentDays: 60, kinds: ['site-visit'] }),
    ).toBe(0);
    expect(fact('activitiesBeyondSessions', makeProject(), { recentDays: 60, kinds })).toBeNull();
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

  it('shareOutsideOfficeHours states no share from fewer than the minimum activities', () => {
    const winter = makeProject({ activities: [activity('a-1', '2026-01-14T16:30:00Z')] });
    expect(fact('shareOutsideOfficeHours', winter, { recentDays: 365, ...office })).toBe(0);
    expect(fact('shareOutsideOfficeHours', winter, { recentDays: 30, ...office })).toBeNull();
    expect(
      fact('shareOutsideOfficeHours', winter, { recentDays: 365, ...office, minActivities: 2 }),
    ).toBeNull();
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
