import { describe, expect, it } from 'vitest';
import { activity, fact, findings, member, summary, withMembers } from './fixtures.js';

describe('representation', () => {
  it('representationUnsupported flags active members speaking for groups without a connection', () => {
    const project = withMembers([
      member('m-1', {
        represents: [
          { group: 'Tenants association', connection: 'Chair' },
          { group: 'Young carers' },
          { group: 'Parents forum' },
        ],
      }),
      member('m-2', { represents: [{ group: 'Carers centre', connection: 'Volunteer' }] }),
      member('m-3', { represents: [{ group: 'Old group' }], left: '2026-01-01' }),
    ]);
    const list = findings('representationUnsupported', project);
    expect(summary(list)).toEqual([['m-1', 'flagged']]);
    expect(list[0]!.data).toEqual({ groups: ['Young carers', 'Parents forum'] });
    expect(
      findings('representationUnsupported', withMembers([member('m-2', { represents: [] })])),
    ).toEqual([]);
  });

  it('representationRecorded counts an empty list as recorded', () => {
    expect(fact('representationRecorded', withMembers([member('m-1')]))).toBe(false);
    expect(fact('representationRecorded', withMembers([member('m-1', { represents: [] })]))).toBe(
      true,
    );
    expect(
      fact(
        'representationRecorded',
        withMembers([member('m-1', { represents: [], left: '2026-01-01' })]),
      ),
    ).toBe(false);
  });
});

describe('quietMembers', () => {
  const members = [
    member('m-quiet'),
    member('m-talk'),
    member('m-unknown'),
    member('m-few'),
    member('m-informal'),
    member('m-earlier'),
    member('m-left', { left: '2026-06-30' }),
  ];
  const project = withMembers(members, {
    activities: [
      activity('a-1', '2026-06-01T17:00:00Z', {
        attendance: [
          { memberId: 'm-quiet', contributions: 0 },
          { memberId: 'm-talk', contributions: 0 },
          { memberId: 'm-unknown', contributions: 0 },
          { memberId: 'm-informal', contributions: 0 },
          { memberId: 'm-earlier', contributions: 5 },
          { memberId: 'm-left', contributions: 0 },
        ],
      }),
      activity('a-2', '2026-06-08T17:00:00Z', {
        attendance: [
          { memberId: 'm-quiet', contributions: 0 },
          { memberId: 'm-talk', contributions: 0 },
          { memberId: 'm-unknown' },
          { memberId: 'm-informal', contributions: 0 },
          { memberId: 'm-left', contributions: 0 },
        ],
      }),
      activity('a-3', '2026-06-15T17:00:00Z', {
        attendance: [
          { memberId: 'm-quiet', contributions: 0 },
          { memberId: 'm-talk', contributions: 2 },
          { memberId: 'm-unknown', contributions: 0 },
          { memberId: 'm-few', contributions: 0 },
          { memberId: 'm-informal', contributions: 0 },
          { memberId: 'm-left', contributions: 0 },
        ],
      }),
      // Nobody's contributions were counted at these two.
      activity('a-4', '2026-06-20T10:00:00Z', {
        kind: 'informal',
        attendance: [{ memberId: 'm-informal' }, { memberId: 'm-earlier' }],
      }),
      activity('a-5', '2026-06-27T10:00:00Z', {
        kind: 'outreach',
        attendance: [{ memberId: 'm-earlier' }],
      }),
      // A future meeting does not count.
      activity('a-future', '2026-07-20T17:00:00Z', {
        attendance: [{ memberId: 'm-talk', contributions: 0 }],
      }),
    ],
  });

  it('flags members silent at their last N counted meetings and asks for review where counts are missing', () => {
    const list = findings('quietMembers', project, { meetings: 3 });
    expect(summary(list)).toEqual([
      ['m-quiet', 'flagged'],
      ['m-unknown', 'needs-review'],
      ['m-informal', 'flagged'],
    ]);
    expect(list[0]!.data).toEqual({ meetings: 3 });
    expect(list[1]!.data).toEqual({ meetings: 3 });
    expect(list[0]!.subject.pointer).toBe('/group/members/0');
  });

  it('looks only at the last N meetings', () => {
    // m-talk spoke only at a-3, their latest; m-few came once.
    expect(summary(findings('quietMembers', project, { meetings: 1 }))).toEqual([
      ['m-quiet', 'flagged'],
      ['m-unknown', 'flagged'],
      ['m-few', 'flagged'],
      ['m-informal', 'flagged'],
    ]);
  });

  it('is clean when everyone spoke, and null when contributions were never counted', () => {
    const talkative = withMembers([member('m-1')], {
      activities: [
        activity('a-1', '2026-06-01T17:00:00Z', {
          attendance: [{ memberId: 'm-1', contributions: 1 }],
        }),
      ],
    });
    expect(findings('quietMembers', talkative, { meetings: 1 })).toEqual([]);
    const uncounted = withMembers([member('m-1')], {
      activities: [activity('a-1', '2026-06-01T17:00:00Z', { attendance: [{ memberId: 'm-1' }] })],
    });
    expect(fact('quietMembers', uncounted, { meetings: 1 })).toBeNull();
  });
});

describe('who dominates', () => {
  const project = withMembers([member('A'), member('B'), member('C')], {
    activities: [
      activity('a-old', '2026-05-01T17:00:00Z', {
        attendance: [{ memberId: 'B', contributions: 50 }],
      }),
      activity('a-1', '2026-06-01T17:00:00Z', {
        attendance: [
          { memberId: 'C', contributions: 5 },
          { memberId: 'A', contributions: 10 },
          { memberId: 'B', contributions: 5 },
        ],
      }),
      activity('a-2', '2026-06-08T17:00:00Z', {
        attendance: [
          { memberId: 'A', contributions: 10 },
          { memberId: 'C', contributions: 0 },
          { memberId: 'B' },
        ],
      }),
    ],
  });

  it('topContributorShare over the last meetings with counts', () => {
    expect(fact('topContributorShare', project, { top: 1, recentMeetings: 2 })).toBeCloseTo(
      20 / 30,
    );
    expect(fact('topContributorShare', project, { top: 2, recentMeetings: 2 })).toBeCloseTo(
      25 / 30,
    );
    expect(fact('topContributorShare', project, { top: 1, recentMeetings: 1 })).toBe(1);
    expect(fact('topContributorShare', project, { top: 3, recentMeetings: 2 })).toBe(1);
  });

  it('topContributors lists names most first, ties in document order, never zero contributors', () => {
    expect(fact('topContributors', project, { top: 2, recentMeetings: 2 })).toEqual([
      'Member A',
      'Member B',
    ]);
    expect(fact('topContributors', project, { top: 3, recentMeetings: 1 })).toEqual(['Member A']);
    expect(fact('topContributors', project, { top: 1, recentMeetings: 3 })).toEqual(['Member B']);
  });

  it('contributionGini is 0 for equal shares and grows with concentration', () => {
    expect(fact('contributionGini', project, { recentMeetings: 1 })).toBeCloseTo(0.5);
    const equal = withMembers([member('A'), member('B')], {
      activities: [
        activity('a-1', '2026-06-01T17:00:00Z', {
          attendance: [
            { memberId: 'A', contributions: 4 },
            { memberId: 'B', contributions: 4 },
          ],
        }),
      ],
    });
    expect(fact('contributionGini', equal, { recentMeetings: 5 })).toBeCloseTo(0);
    const skewed = withMembers([member('A'), member('B'), member('C')], {
      activities: [
        activity('a-1', '2026-06-01T17:00:00Z', {
          attendance: [
            { memberId: 'A', contributions: 0 },
            { memberId: 'B', contributions: 10 },
            { memberId: 'C', contributions: 0 },
          ],
        }),
      ],
    });
    expect(fact('contributionGini', skewed, { recentMeetings: 5 })).toBeCloseTo(2 / 3);
  });

  it('the contribution facts are null (or empty) without counts or with nothing said', () => {
    const silent = withMembers([member('A')], {
      activities: [
        activity('a-1', '2026-06-01T17:00:00Z', {
          attendance: [{ memberId: 'A', contributions: 0 }],
        }),
      ],
    });
    const uncounted = withMembers([member('A')], {
      activities: [activity('a-1', '2026-06-01T17:00:00Z', { attendance: [{ memberId: 'A' }] })],
    });
    for (const p of [silent, uncounted]) {
      expect(fact('topContributorShare', p, { top: 1, recentMeetings: 3 })).toBeNull();
      expect(fact('contributionGini', p, { recentMeetings: 3 })).toBeNull();
      expect(fact('topContributors', p, { top: 1, recentMeetings: 3 })).toEqual([]);
    }
  });
});

describe('shareAskingOrSharing', () => {
  it('is the share of counted members who asked or shared, over the last counted activities', () => {
    const project = withMembers([member('A'), member('B'), member('C'), member('D')], {
      activities: [
        activity('a-1', '2026-06-01T17:00:00Z', {
          attendance: [
            { memberId: 'A', questionsAsked: 1 },
            { memberId: 'B', questionsAsked: 0, knowledgeShared: 0 },
            { memberId: 'C', contributions: 3 },
          ],
        }),
        activity('a-2', '2026-06-08T17:00:00Z', {
          attendance: [
            { memberId: 'B', knowledgeShared: 2 },
            { memberId: 'D', questionsAsked: 0 },
          ],
        }),
      ],
    });
    expect(fact('shareAskingOrSharing', project, { recentMeetings: 1 })).toBe(0.5);
    expect(fact('shareAskingOrSharing', project, { recentMeetings: 2 })).toBeCloseTo(2 / 3);
    const everyone = withMembers([member('A')], {
      activities: [
        activity('a-1', '2026-06-01T17:00:00Z', {
          attendance: [{ memberId: 'A', knowledgeShared: 1 }],
        }),
      ],
    });
    expect(fact('shareAskingOrSharing', everyone, { recentMeetings: 3 })).toBe(1);
  });

  it('is null when questions and knowledge sharing were never counted', () => {
    const project = withMembers([member('A')], {
      activities: [
        activity('a-1', '2026-06-01T17:00:00Z', {
          attendance: [{ memberId: 'A', contributions: 2 }],
        }),
      ],
    });
    expect(fact('shareAskingOrSharing', project, { recentMeetings: 3 })).toBeNull();
  });
});

describe('unexplainedJargon', () => {
  const project = withMembers([], {
    glossary: [{ term: 'S106', explanation: 'Money from developers' }],
    activities: [
      activity('a-old', '2026-03-01T17:00:00Z', { jargon: [{ term: 'LGR', explained: false }] }),
      activity('a-2', '2026-06-15T17:00:00Z', {
        jargon: [
          { term: 'MTFS', explained: false },
          { term: 's106 ', explained: false },
          { term: 'mtfs', explained: false },
          { term: 'Key decision', explained: true },
        ],
      }),
      activity('a-1', '2026-06-25T17:00:00Z', { jargon: [] }),
      activity('a-3', '2026-06-20T17:00:00Z'),
    ],
  });

  it('flags recent activities with unexplained terms missing from the glossary, in document order', () => {
    const list = findings('unexplainedJargon', project, { recentDays: 30 });
    expect(list).toEqual([
      {
        subject: { type: 'activity', id: 'a-2', label: 'Meeting a-2', pointer: '/activities/1' },
        status: 'flagged',
        data: { terms: ['MTFS'] },
      },
    ]);
    expect(summary(findings('unexplainedJargon', project, { recentDays: 200 }))).toEqual([
      ['a-old', 'flagged'],
      ['a-2', 'flagged'],
    ]);
  });

  it('is empty when jargon was logged and explained, null when nobody logged any', () => {
    expect(findings('unexplainedJargon', project, { recentDays: 10 })).toEqual([]);
    expect(fact('unexplainedJargon', project, { recentDays: 5 })).toBeNull();
  });
});
