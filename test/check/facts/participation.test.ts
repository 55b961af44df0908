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
          { memberId: 'm-talk', contributions: 4 },
          { memberId: 'm-unknown', contributions: 0 },
          { memberId: 'm-informal', contributions: 0 },
          { memberId: 'm-earlier', contributions: 5 },
          { memberId: 'm-left', contributions: 0 },
        ],
      }),
      activity('a-2', '2026-06-08T17:00:00Z', {
        attendance: [
          { memberId: 'm-quiet', contributions: 0 },
          { memberId: 'm-talk', contributions: 6 },
          { memberId: 'm-unknown' },
          { memberId: 'm-informal', contributions: 0 },
          { memberId: 'm-left', contributions: 0 },
        ],
      }),
      activity('a-3', '2026-06-15T17:00:00Z', {
        attendance: [
          { memberId: 'm-quiet', contributions: 1 },
          { memberId: 'm-talk', contributions: 5 },
          { memberId: 'm-unknown', contributions: 0 },
          { memberId: 'm-few', contributions: 3 },
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

  it('flags members far quieter than the rest of the group, and asks for review where counts are missing', () => {
    const list = findings('quietMembers', project, { meetings: 3, quietShare: 0.25 });
    // Averages a meeting: m-unknown 0, m-informal 0, m-quiet 1/3, m-few 3, m-talk 5,
    // m-earlier 5. Leaving m-quiet out, the others' median is 3.
    expect(summary(list)).toEqual([
      ['m-quiet', 'flagged'],
      ['m-unknown', 'needs-review'],
      ['m-informal', 'flagged'],
    ]);
    expect(list[0]!.data).toEqual({
      meetings: 3,
      contributions: 1,
      typical: 3,
      unmetNeeds: [],
      nextStep: 'Ask them, kindly and privately, what would make it easier to take part.',
    });
    expect(list[1]!.data).toEqual({
      meetings: 3,
      contributions: 0,
      typical: 3,
      unmetNeeds: [],
      nextStep: 'Keep a tally of their contributions at the next meetings.',
    });
    expect(list[0]!.subject.pointer).toBe('/group/members/0');
  });

  it('judges against the group: where nobody speaks much, a quiet member is not singled out', () => {
    const hushed = withMembers([member('A'), member('B'), member('C')], {
      activities: ['2026-06-01', '2026-06-08', '2026-06-15'].map((day, i) =>
        activity(`a-${i}`, `${day}T17:00:00Z`, {
          attendance: [
            { memberId: 'A', contributions: 1 },
            { memberId: 'B', contributions: 1 },
            { memberId: 'C', contributions: i === 0 ? 1 : 0 },
          ],
        }),
      ),
    });
    expect(findings('quietMembers', hushed, { meetings: 3, quietShare: 0.25 })).toEqual([]);
    expect(summary(findings('quietMembers', hushed, { meetings: 3, quietShare: 0.4 }))).toEqual([
      ['C', 'flagged'],
    ]);
  });

  it('looks only at the last N meetings', () => {
    // At their latest counted meeting m-quiet made 1, against a typical 3.
    expect(summary(findings('quietMembers', project, { meetings: 1, quietShare: 0.25 }))).toEqual([
      ['m-unknown', 'flagged'],
      ['m-informal', 'flagged'],
    ]);
  });

  it('leaves out only the member themselves when others made as few contributions', () => {
    const values = [1, 1, 3, 10, 20];
    const group = withMembers(
      values.map((_, i) => member(`m-${i}`)),
      {
        activities: [
          activity('a-1', '2026-06-01T17:00:00Z', {
            attendance: values.map((contributions, i) => ({ memberId: `m-${i}`, contributions })),
          }),
        ],
      },
    );
    const list = findings('quietMembers', group, { meetings: 1, quietShare: 0.25 });
    // Leaving one of the two 1s out, the others' median is (3 + 10) / 2.
    expect(summary(list)).toEqual([
      ['m-0', 'flagged'],
      ['m-1', 'flagged'],
    ]);
    expect(list.map((f) => f.data.typical)).toEqual([6.5, 6.5]);
    // Leaving the 3 out instead, it is (1 + 10) / 2: 3 is more than a quarter of that, not more than 0.6.
    const wider = findings('quietMembers', group, { meetings: 1, quietShare: 0.6 });
    expect(wider.map((f) => [f.subject.id, f.data.typical])).toEqual([
      ['m-0', 6.5],
      ['m-1', 6.5],
      ['m-2', 5.5],
    ]);
  });

  it('is clean when everyone spoke, and null when contributions were never counted', () => {
    const talkative = withMembers([member('m-1'), member('m-2')], {
      activities: [
        activity('a-1', '2026-06-01T17:00:00Z', {
          attendance: [
            { memberId: 'm-1', contributions: 1 },
            { memberId: 'm-2', contributions: 2 },
          ],
        }),
      ],
    });
    expect(findings('quietMembers', talkative, { meetings: 1, quietShare: 0.25 })).toEqual([]);
    const uncounted = withMembers([member('m-1')], {
      activities: [activity('a-1', '2026-06-01T17:00:00Z', { attendance: [{ memberId: 'm-1' }] })],
    });
    expect(fact('quietMembers', uncounted, { meetings: 1, quietShare: 0.25 })).toBeNull();
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
        data: { terms: ['MTFS'], date: '2026-06-15' },
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

describe('dominantVoices', () => {
  const params = { top: 2, recentMeetings: 6, maxExcess: 0.3, minMeetings: 3, minMembers: 3 };
  /** Three meetings at which each member makes the same contributions. */
  const meetings = (counts: number[], days = ['2026-06-03', '2026-06-10', '2026-06-17']) =>
    withMembers(
      counts.map((_, i) => member(`m-${i + 1}`)),
      {
        activities: days.map((day, k) =>
          activity(`a-${k}`, `${day}T17:00:00Z`, {
            attendance: counts.map((c, i) => ({ memberId: `m-${i + 1}`, contributions: c })),
          }),
        ),
      },
    );

  it('does not flag a group of 4 contributing 6, 5, 5 and 4', () => {
    const project = meetings([6, 5, 5, 4]);
    expect(fact('dominantVoices', project, params)).toEqual([]);
    expect(fact('dominantVoicesShare', project, params)).toBeNull();
    expect(fact('contributionMeetingCount', project, { recentMeetings: 6 })).toBe(3);
    expect(fact('contributionPeopleCount', project, { recentMeetings: 6 })).toBe(4);
  });

  it('names a dominant pair in a group of 10, with their share and an even share', () => {
    const project = meetings([20, 15, 2, 2, 2, 2, 2, 1, 1, 1]);
    expect(fact('dominantVoices', project, params)).toEqual(['Member m-1', 'Member m-2']);
    expect(fact('dominantVoicesShare', project, params)).toBeCloseTo(35 / 48);
    expect(fact('dominantVoicesEvenShare', project, params)).toBeCloseTo(0.2);
  });

  it('names one person when only one dominates, never an ordinary member beside them', () => {
    const project = meetings([20, 5, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(fact('dominantVoices', project, params)).toEqual(['Member m-1']);
    expect(fact('dominantVoicesEvenShare', project, params)).toBeCloseTo(0.1);
  });

  it('flags a real pair in a small group, against its size', () => {
    expect(fact('dominantVoices', meetings([20, 10, 2, 1]), params)).toEqual([
      'Member m-1',
      'Member m-2',
    ]);
  });

  it('is null with too few meetings or people counted, or nothing said', () => {
    expect(
      fact('dominantVoices', meetings([20, 1, 1, 1], ['2026-06-03', '2026-06-10']), params),
    ).toBeNull();
    expect(fact('dominantVoices', meetings([20, 1]), params)).toBeNull();
    expect(fact('dominantVoices', meetings([0, 0, 0, 0]), params)).toBeNull();
    expect(fact('dominantVoices', withMembers([member('m-1')]), params)).toBeNull();
    expect(
      fact('contributionMeetingCount', withMembers([member('m-1')]), { recentMeetings: 6 }),
    ).toBe(0);
  });
});

describe('droppedOffMembers', () => {
  const params = {
    firstMeetings: 4,
    cameToFirst: 2,
    missedLast: 3,
    kinds: ['formal-meeting', 'workshop', 'online'],
  };
  const days = ['2026-04-01', '2026-04-15', '2026-05-01', '2026-05-15', '2026-06-01', '2026-06-15'];
  const project = (rows: (day: number) => string[], extra: Record<string, unknown>[] = []) =>
    withMembers(
      [
        member('m-1', { displayName: 'Dev' }),
        member('m-2', { displayName: 'Priya' }),
        member('m-3', { displayName: 'Sean', joined: '2026-05-10' }),
        member('m-4', { displayName: 'Lou', left: '2026-06-20' }),
      ],
      {
        activities: [
          ...days.map((day, k) =>
            activity(`a-${k}`, `${day}T17:00:00+01:00`, {
              attendance: rows(k).map((memberId) => ({ memberId })),
            }),
          ),
          ...extra,
        ],
      },
    );

  it('names members who came early and stopped, with when they last came', () => {
    // Dev came to the first three and none since; Priya to every one.
    const list = findings(
      'droppedOffMembers',
      project((k) => (k < 3 ? ['m-1', 'm-2'] : ['m-2'])),
      params,
    );
    expect(summary(list)).toEqual([['m-1', 'flagged']]);
    expect(list[0]!.data).toEqual({
      lastCame: '2026-05-01',
      missed: 3,
      cameEarly: 3,
      firstMeetings: 4,
    });
  });

  it('does not flag a member who came back, one who left, or one who joined late', () => {
    const back = project((k) => (k === 0 || k === 1 || k === 5 ? ['m-1', 'm-2', 'm-4'] : ['m-2']));
    expect(findings('droppedOffMembers', back, params)).toEqual([]);
    // Sean joined after the third meeting: only three meetings since, too few to judge.
    const late = project((k) => (k === 3 ? ['m-2', 'm-3'] : ['m-2']));
    expect(findings('droppedOffMembers', late, params)).toEqual([]);
  });

  it('counts a member who joined late from the first meeting after they joined', () => {
    const list = findings(
      'droppedOffMembers',
      withMembers([member('m-1', { joined: '2026-04-10' }), member('m-2')], {
        activities: days.map((day, k) =>
          activity(`a-${k}`, `${day}T17:00:00+01:00`, {
            attendance: (k === 1 || k === 2 ? ['m-1', 'm-2'] : ['m-2']).map((memberId) => ({
              memberId,
            })),
          }),
        ),
      }),
      params,
    );
    expect(summary(list)).toEqual([['m-1', 'flagged']]);
    expect(list[0]!.data).toEqual({
      lastCame: '2026-05-01',
      missed: 3,
      cameEarly: 2,
      firstMeetings: 4,
    });
  });

  it('does not count outreach, and is null with too few meetings recorded', () => {
    const outreach = activity('a-out', '2026-06-18T17:00:00+01:00', {
      kind: 'outreach',
      attendance: [{ memberId: 'm-1' }],
    });
    const list = findings(
      'droppedOffMembers',
      project((k) => (k < 3 ? ['m-1', 'm-2'] : ['m-2']), [outreach]),
      params,
    );
    expect(summary(list)).toEqual([['m-1', 'flagged']]);
    const few = withMembers([member('m-1')], {
      activities: [
        activity('a-1', '2026-06-01T17:00:00Z', { attendance: [{ memberId: 'm-1' }] }),
        activity('a-2', '2026-06-08T17:00:00Z', { attendance: [] }),
      ],
    });
    expect(fact('droppedOffMembers', few, params)).toBeNull();
  });
});

describe('knowledgeValuedConcerns', () => {
  const params = {
    recentMeetings: 6,
    minShare: 0.6,
    minMeetings: 3,
    minMembers: 4,
    reflectionDays: 180,
  };
  const people = [
    member('m-1', { displayName: 'Dev' }),
    member('m-2', { displayName: 'Priya' }),
    member('m-3', { displayName: 'Amira' }),
    member('m-4', { displayName: 'Bernard' }),
    member('s-1', { displayName: 'Lou (officer)', roles: ['staff'] }),
  ];
  const reflection = (rating: string, recordedBy: string[], date = '2026-06-10') => ({
    id: `r-${rating}-${recordedBy.join('')}`,
    questionId: 'during.knowledge-valued',
    date,
    rating,
    recordedBy,
  });
  const askedBy = (askers: string[], count = 3) =>
    Array.from({ length: count }, (_, k) =>
      activity(`a-${k}`, `2026-06-0${k + 1}T17:00:00Z`, {
        attendance: ['m-1', 'm-2', 'm-3', 'm-4'].map((id) => ({
          memberId: id,
          questionsAsked: askers.includes(id) ? 1 : 0,
        })),
      }),
    );

  it('is answered by a green reflection the group recorded, counts or not', () => {
    expect(
      findings(
        'knowledgeValuedConcerns',
        withMembers(people, { reflections: [reflection('green', ['m-1', 's-1'])] }),
        params,
      ),
    ).toEqual([]);
  });

  it('needs review without the group’s own reflection, even when every count looks fine', () => {
    const staffOnly = withMembers(people, {
      activities: askedBy(['m-1', 'm-2', 'm-3', 'm-4']),
      reflections: [reflection('green', ['s-1'])],
    });
    const [one] = findings('knowledgeValuedConcerns', staffOnly, params);
    expect(one?.status).toBe('needs-review');
    expect(one?.data.gaps).toEqual([
      'the latest reflection on it was recorded only by Lou (officer), with no member from the community taking part',
    ]);
    const [none] = findings('knowledgeValuedConcerns', withMembers(people), params);
    expect(none?.data.gaps).toEqual([
      'the group has not recorded a reflection of its own on it recently',
    ]);
    const old = withMembers(people, {
      reflections: [reflection('green', ['m-1'], '2025-10-01')],
    });
    expect(findings('knowledgeValuedConcerns', old, params)[0]?.status).toBe('needs-review');
  });

  it('flags an amber reflection, and low counts at enough meetings, in counts not shares', () => {
    const amber = withMembers(people, { reflections: [reflection('amber', ['m-2'])] });
    expect(findings('knowledgeValuedConcerns', amber, params)[0]?.data.signs).toEqual([
      'the group itself rated this amber when it last reflected on it',
    ]);
    const low = withMembers(people, {
      activities: askedBy(['m-1']),
      reflections: [reflection('green', ['m-2'])],
    });
    const [flag] = findings('knowledgeValuedConcerns', low, params);
    expect(flag?.status).toBe('flagged');
    expect(flag?.data.signs).toEqual([
      'only 1 of the 4 people counted at the last 3 meetings asked a question or shared what they know',
    ]);
  });

  it('does not judge counts from a tiny sample', () => {
    const tiny = withMembers(people, {
      activities: askedBy([], 2),
      reflections: [reflection('green', ['m-2'])],
    });
    expect(findings('knowledgeValuedConcerns', tiny, params)).toEqual([]);
  });
});

describe('representationAssumptionConcerns', () => {
  const green = {
    id: 'r-1',
    questionId: 'during.representation-assumptions',
    date: '2026-06-10',
    rating: 'green',
    recordedBy: ['m-1'],
  };

  it('is answered by a green group reflection and connections for everyone who speaks for a group', () => {
    const project = withMembers(
      [
        member('m-1', { represents: [{ group: 'Tenants association', connection: 'Chair' }] }),
        member('m-2', { represents: [] }),
      ],
      { reflections: [green] },
    );
    expect(findings('representationAssumptionConcerns', project, { reflectionDays: 180 })).toEqual(
      [],
    );
  });

  it('treats a placeholder connection as missing, and needs review', () => {
    const project = withMembers(
      [
        member('m-1', {
          displayName: 'Dev',
          represents: [{ group: 'Tenants association', connection: 'tbc' }],
        }),
      ],
      { reflections: [green] },
    );
    const [one] = findings('representationAssumptionConcerns', project, { reflectionDays: 180 });
    expect(one?.status).toBe('needs-review');
    expect(one?.data.members).toEqual(['Dev']);
    expect(one?.data.gaps).toEqual([
      'Dev is taken to speak for Tenants association, but how they keep in touch with that group is not recorded',
    ]);
  });

  it('needs review with nothing recorded, and flags a red reflection', () => {
    const [bare] = findings('representationAssumptionConcerns', withMembers([member('m-1')]), {
      reflectionDays: 180,
    });
    expect(bare?.data.gaps).toEqual([
      'nobody has recorded whether any member is taken to speak for a wider group',
      'the group has not recorded a reflection of its own on it recently',
    ]);
    const red = withMembers([member('m-1', { represents: [] })], {
      reflections: [{ ...green, rating: 'red' }],
    });
    expect(
      findings('representationAssumptionConcerns', red, { reflectionDays: 180 })[0]?.status,
    ).toBe('flagged');
  });
});

describe('unexplainedJargon and placeholder glossary entries', () => {
  it('does not count a glossary entry explained as "tbc"', () => {
    const project = withMembers([], {
      glossary: [{ term: 'MTFS', explanation: 'TBC.' }],
      activities: [
        activity('a-1', '2026-06-15T17:00:00Z', { jargon: [{ term: 'MTFS', explained: false }] }),
      ],
    });
    expect(summary(findings('unexplainedJargon', project, { recentDays: 30 }))).toEqual([
      ['a-1', 'flagged'],
    ]);
  });
});
