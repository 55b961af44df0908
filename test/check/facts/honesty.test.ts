import { describe, expect, it } from 'vitest';
import { HONESTY_TO_RECORD, RECOMMENDATION_PROBLEMS } from '../../../src/check/facts/honesty.js';
import {
  activity,
  daysBefore,
  fact,
  findings,
  makeProject,
  member,
  summary,
  withMembers,
} from './fixtures.js';

describe('what members can influence', () => {
  it('influenceStatementMissing: null when nothing real is recorded; empty cannotInfluence is an answer', () => {
    expect(fact('influenceStatementMissing', makeProject())).toBeNull();
    expect(
      fact('influenceStatementMissing', makeProject({ influence: { canInfluence: ['tbc'] } })),
    ).toBeNull();
    expect(
      fact(
        'influenceStatementMissing',
        makeProject({
          influence: { canInfluence: [], cannotInfluence: [], sharedOn: '2026-02-01' },
        }),
      ),
    ).toEqual(['what members can influence']);
    expect(
      fact(
        'influenceStatementMissing',
        makeProject({
          influence: { canInfluence: ['Routes'], cannotInfluence: [], sharedOn: '2026-02-01' },
        }),
      ),
    ).toEqual([]);
    expect(
      fact(
        'influenceStatementMissing',
        makeProject({
          influence: { canInfluence: ['Routes'], cannotInfluence: [{ topic: 'Fares' }] },
        }),
      ),
    ).toEqual(['a reason for each thing that is fixed', 'when this was shared with the group']);
    // Nothing missing, but a reason is only a placeholder: cannot tell.
    expect(
      fact(
        'influenceStatementMissing',
        makeProject({
          influence: {
            canInfluence: ['Routes'],
            cannotInfluence: [{ topic: 'Fares', reason: 'TBC' }],
            sharedOn: '2026-02-01',
          },
        }),
      ),
    ).toBeNull();
  });

  it('influenceLimitsWithoutReason counts limits with no reason in real words', () => {
    expect(fact('influenceLimitsWithoutReason', makeProject())).toBe(0);
    const project = makeProject({
      influence: {
        cannotInfluence: [
          { topic: 'Fares', reason: 'Set by the operator' },
          { topic: 'Budget' },
          { topic: 'Hours', reason: 'n/a' },
        ],
      },
    });
    expect(fact('influenceLimitsWithoutReason', project)).toBe(2);
  });

  it('decisionsUnexplained: not explained is flagged; unknown is null and listed', () => {
    const decisions = [
      { id: 'd-group', title: 'Group choice', date: '2026-05-01', madeBy: 'group' },
      {
        id: 'd-no',
        title: 'Budget cut',
        date: '2026-05-02',
        madeBy: 'outside-group',
        rationaleExplained: false,
      },
      {
        id: 'd-unknown',
        title: 'Pilot area',
        date: '2026-05-03',
        madeBy: 'group-with-organisation',
      },
      {
        id: 'd-yes',
        title: 'New venue',
        date: '2026-05-04',
        madeBy: 'outside-group',
        rationaleExplained: true,
      },
      {
        id: 'd-reasons',
        title: 'Hours',
        date: '2026-05-04',
        madeBy: 'outside-group',
        reasons: 'Staff budget cut by a quarter',
      },
      {
        id: 'd-unrelated',
        title: 'Office move',
        date: '2026-05-05',
        madeBy: 'outside-group',
        affectsGroup: false,
      },
      { id: 'd-planned', title: 'Next budget', status: 'planned', madeBy: 'outside-group' },
    ];
    const list = findings('decisionsUnexplained', makeProject({ decisions }));
    expect(summary(list)).toEqual([['d-no', 'flagged']]);
    expect(list[0]!.subject).toEqual({
      type: 'decision',
      id: 'd-no',
      label: 'Budget cut',
      pointer: '/decisions/1',
    });
    expect(list[0]!.data).toEqual({ title: 'Budget cut', madeBy: 'outside-group' });
    const unknownOnly = makeProject({ decisions: decisions.filter((d) => d.id !== 'd-no') });
    expect(fact('decisionsUnexplained', unknownOnly)).toBeNull();
    expect(fact('decisionReasonsToRecord', unknownOnly)).toEqual([
      HONESTY_TO_RECORD.reasons('Pilot area'),
    ]);
    expect(fact('decisionsUnexplained', makeProject())).toBeNull();
    expect(fact('decisionReasonsToRecord', makeProject())).toEqual([HONESTY_TO_RECORD.noDecisions]);
  });
});

describe("the group's recommendations", () => {
  const params = { answerWithinDays: 90, feedBackWithinDays: 28 };
  const decisions = [
    {
      id: 'd-1',
      title: 'Repairs contract extended',
      date: '2026-05-01',
      madeBy: 'outside-group',
      decidedBy: 'Cabinet',
    },
  ];

  it('recommendationsNotFedBack names the decision and what went wrong', () => {
    const project = makeProject({
      decisions,
      recommendations: [
        {
          id: 'rec-rejected',
          summary: 'Report by text',
          madeOn: daysBefore(80),
          decisionId: 'd-1',
          response: 'rejected',
          respondedOn: daysBefore(60),
        },
        {
          id: 'rec-waiting',
          summary: 'Saturday opening',
          madeOn: daysBefore(91),
          madeTo: 'Director',
        },
        { id: 'rec-new', summary: 'Photos', madeOn: daysBefore(90) },
        {
          id: 'rec-told',
          summary: 'Six-month pilot',
          madeOn: daysBefore(40),
          response: 'accepted-in-part',
          respondedOn: daysBefore(30),
          reasons: 'Three months funded so far',
          groupToldOn: daysBefore(29),
        },
        {
          id: 'rec-fresh-answer',
          summary: 'Text reminders',
          madeOn: daysBefore(40),
          response: 'accepted',
          respondedOn: daysBefore(28),
        },
        { id: 'rec-undated', summary: 'Drop-ins', madeOn: daysBefore(40), response: 'accepted' },
      ],
    });
    const list = findings('recommendationsNotFedBack', project, params);
    expect(summary(list)).toEqual([
      ['rec-rejected', 'flagged'],
      ['rec-waiting', 'flagged'],
      ['rec-undated', 'flagged'],
    ]);
    expect(list[0]!.subject).toEqual({
      type: 'recommendation',
      id: 'rec-rejected',
      label: 'Report by text',
      pointer: '/recommendations/0',
    });
    expect(list.map((f) => [f.data.about, f.data.problems])).toEqual([
      [
        'for the decision “Repairs contract extended”, made by Cabinet',
        [RECOMMENDATION_PROBLEMS.rejectedNoReasons, RECOMMENDATION_PROBLEMS.notTold],
      ],
      ['to Director', [RECOMMENDATION_PROBLEMS.waiting(91)]],
      ['to the organisation', [RECOMMENDATION_PROBLEMS.notTold]],
    ]);
  });

  it('recommendationsNotFedBack is null with none recorded, or reasons only as a placeholder', () => {
    expect(fact('recommendationsNotFedBack', makeProject(), params)).toBeNull();
    expect(fact('recommendationsToRecord', makeProject())).toEqual([
      HONESTY_TO_RECORD.noRecommendations,
    ]);
    const vague = makeProject({
      recommendations: [
        {
          id: 'rec-1',
          summary: 'Saturday opening',
          madeOn: daysBefore(40),
          response: 'rejected',
          respondedOn: daysBefore(30),
          reasons: 'tbc',
          groupToldOn: daysBefore(29),
        },
      ],
    });
    expect(fact('recommendationsNotFedBack', vague, params)).toBeNull();
    expect(fact('recommendationsToRecord', vague)).toEqual([
      HONESTY_TO_RECORD.recommendationReasons('Saturday opening'),
    ]);
  });
});

describe('engagement fatigue and duplication', () => {
  it('membersInManyEngagements flags active members at or over the threshold; null when nobody recorded it', () => {
    const project = withMembers([
      member('m-1', { otherEngagement: ['Budget survey', 'Bus forum', 'Parks panel'] }),
      member('m-2', { otherEngagement: ['Budget survey'] }),
      member('m-3', { otherEngagement: ['a', 'b', 'c', 'd'], left: '2026-01-01' }),
      member('m-4'),
    ]);
    const list = findings('membersInManyEngagements', project, { threshold: 3 });
    expect(summary(list)).toEqual([['m-1', 'flagged']]);
    expect(list[0]!.data).toEqual({
      count: 3,
      activities: ['Budget survey', 'Bus forum', 'Parks panel'],
    });
    expect(findings('membersInManyEngagements', project, { threshold: 4 })).toEqual([]);
    expect(
      fact('membersInManyEngagements', withMembers([member('m-4')]), { threshold: 3 }),
    ).toBeNull();
    expect(
      findings('membersInManyEngagements', withMembers([member('m-5', { otherEngagement: [] })]), {
        threshold: 3,
      }),
    ).toEqual([]);
  });

  it('relatedEngagementRecorded and relatedEngagementUncoordinated', () => {
    expect(fact('relatedEngagementRecorded', makeProject())).toBeNull();
    expect(fact('relatedEngagementRecorded', makeProject({ relatedEngagement: [] }))).toBe(true);
    expect(fact('relatedEngagementUncoordinated', makeProject())).toBe(0);
    const project = makeProject({
      relatedEngagement: [
        { id: 'e-1', title: 'Bus strategy consultation', coordination: 'Shared sessions' },
        { id: 'e-2', title: 'Budget survey' },
        { id: 'e-3', title: 'Parks survey', coordination: 'tbc' },
      ],
    });
    expect(fact('relatedEngagementUncoordinated', project)).toBe(1);
    expect(fact('relatedEngagementUncoordinatedTitles', project)).toEqual([
      'Budget survey',
      'Parks survey',
    ]);
    const vague = makeProject({
      relatedEngagement: [{ id: 'e-3', title: 'Parks survey', coordination: 'tbc' }],
    });
    expect(fact('relatedEngagementUncoordinated', vague)).toBeNull();
  });
});

describe('openness to ideas', () => {
  it('ideaCount, ideasLogKept and pastActivityCount', () => {
    expect(fact('ideaCount', makeProject())).toBe(0);
    const idea = { id: 'i-1', summary: 'x y', raisedOn: '2026-01-01', status: 'open' };
    expect(fact('ideaCount', makeProject({ ideas: [idea] }))).toBe(1);
    expect(fact('ideasLogKept', makeProject({ ideas: [idea] }), { meetings: 3 })).toBe(true);
    expect(fact('ideasLogKept', makeProject(), { meetings: 3 })).toBeNull();
    const met = makeProject({
      activities: [
        activity('a-1', '2026-05-01T10:00:00Z'),
        activity('a-2', '2026-06-01T10:00:00Z'),
        activity('a-3', '2026-08-01T10:00:00Z'),
      ],
    });
    expect(fact('pastActivityCount', met)).toBe(2);
    expect(fact('ideasLogKept', met, { meetings: 2 })).toBe(false);
    expect(fact('ideasLogKept', met, { meetings: 3 })).toBeNull();
  });

  it('ideasAwaitingResponse: long-open ideas, and parked or declined ones without a real response', () => {
    const project = makeProject({
      ideas: [
        {
          id: 'i-old',
          summary: 'Sessions at the school gate',
          raisedOn: daysBefore(61),
          status: 'open',
        },
        { id: 'i-new', summary: 'Evening drop-ins', raisedOn: daysBefore(60), status: 'open' },
        { id: 'i-parked', summary: 'Free bus day', raisedOn: daysBefore(5), status: 'parked' },
        {
          id: 'i-declined',
          summary: 'Move the office',
          raisedOn: daysBefore(200),
          status: 'declined',
          response: 'The lease runs to 2030',
        },
        {
          id: 'i-tbc',
          summary: 'A repairs app',
          raisedOn: daysBefore(20),
          status: 'declined',
          response: 'TBC',
        },
        {
          id: 'i-adopted',
          summary: 'Plain-English notes',
          raisedOn: daysBefore(300),
          status: 'adopted',
        },
      ],
    });
    const list = findings('ideasAwaitingResponse', project, { days: 60 });
    expect(list).toEqual([
      {
        subject: {
          type: 'idea',
          id: 'i-old',
          label: 'Sessions at the school gate',
          pointer: '/ideas/0',
        },
        status: 'flagged',
        data: {
          summary: 'Sessions at the school gate',
          ageDays: 61,
          problem: 'is still waiting for an answer the group can see',
        },
      },
      {
        subject: { type: 'idea', id: 'i-parked', label: 'Free bus day', pointer: '/ideas/2' },
        status: 'flagged',
        data: {
          summary: 'Free bus day',
          ageDays: 5,
          problem: 'was parked without telling the group why',
        },
      },
      {
        subject: { type: 'idea', id: 'i-tbc', label: 'A repairs app', pointer: '/ideas/4' },
        status: 'flagged',
        data: {
          summary: 'A repairs app',
          ageDays: 20,
          problem: 'was declined without telling the group why',
        },
      },
    ]);
    expect(fact('ideasAwaitingResponse', makeProject(), { days: 60 })).toBeNull();
  });

  it('openToChangeReflected: only the group’s own recent reflection counts', () => {
    const members = [member('m-1'), member('m-2', { roles: ['staff'] })];
    const idea = { id: 'i-1', summary: 'x y', raisedOn: '2026-01-01', status: 'adopted' };
    const reflection = (recordedBy: string[], date = daysBefore(30)) => ({
      id: `r-${recordedBy.join('-')}`,
      questionId: 'honesty.open-to-change',
      date,
      rating: 'green',
      recordedBy,
    });
    const withReflection = (recordedBy: string[], date?: string) =>
      withMembers(members, { ideas: [idea], reflections: [reflection(recordedBy, date)] });
    expect(fact('openToChangeReflected', withReflection(['m-1', 'm-2']), { withinDays: 180 })).toBe(
      true,
    );
    const staffOnly = withReflection(['m-2']);
    expect(fact('openToChangeReflected', staffOnly, { withinDays: 180 })).toBeNull();
    expect(fact('openToChangeToRecord', staffOnly, { withinDays: 180 })).toEqual([
      HONESTY_TO_RECORD.staffOnlyReflection,
    ]);
    const old = withReflection(['m-1'], daysBefore(200));
    expect(fact('openToChangeReflected', old, { withinDays: 180 })).toBeNull();
    expect(fact('openToChangeToRecord', makeProject(), { withinDays: 180 })).toEqual([
      HONESTY_TO_RECORD.noIdeas,
      HONESTY_TO_RECORD.groupReflection,
    ]);
  });
});

describe('communicationPlanMissing', () => {
  it('lists the missing parts; null when nothing real is recorded', () => {
    expect(fact('communicationPlanMissing', makeProject())).toBeNull();
    expect(
      fact('communicationPlanMissing', makeProject({ communicationPlan: { during: 'tbc' } })),
    ).toBeNull();
    expect(
      fact(
        'communicationPlanMissing',
        makeProject({ communicationPlan: { during: 'Monthly notes' } }),
      ),
    ).toEqual([
      'how information will be shared after the work ends',
      'when members were told the plan',
    ]);
    expect(
      fact(
        'communicationPlanMissing',
        makeProject({
          communicationPlan: {
            during: 'Monthly notes',
            after: 'Report',
            membersToldOn: '2026-02-01',
          },
        }),
      ),
    ).toEqual([]);
  });
});
