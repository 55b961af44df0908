import { describe, expect, it } from 'vitest';
import {
  daysBefore,
  fact,
  findings,
  makeProject,
  member,
  summary,
  withMembers,
} from './fixtures.js';

describe('what members can influence', () => {
  it('influenceStatementMissing: empty canInfluence is missing, empty cannotInfluence is an answer', () => {
    expect(fact('influenceStatementMissing', makeProject())).toEqual([
      'what members can influence',
      'what members cannot influence',
      'when this was shared with the group',
    ]);
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
  });

  it('influenceLimitsWithoutReason counts limits with no reason', () => {
    expect(fact('influenceLimitsWithoutReason', makeProject())).toBe(0);
    const project = makeProject({
      influence: {
        cannotInfluence: [{ topic: 'Fares', reason: 'Set by the operator' }, { topic: 'Budget' }],
      },
    });
    expect(fact('influenceLimitsWithoutReason', project)).toBe(1);
  });

  it('decisionsUnexplained: not explained is flagged, unknown needs review', () => {
    const project = makeProject({
      decisions: [
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
          id: 'd-unrelated',
          title: 'Office move',
          date: '2026-05-05',
          madeBy: 'outside-group',
          affectsGroup: false,
        },
      ],
    });
    const list = findings('decisionsUnexplained', project);
    expect(summary(list)).toEqual([
      ['d-no', 'flagged'],
      ['d-unknown', 'needs-review'],
    ]);
    expect(list[0]!.subject).toEqual({
      type: 'decision',
      id: 'd-no',
      label: 'Budget cut',
      pointer: '/decisions/1',
    });
    expect(list.map((f) => f.data)).toEqual([
      { title: 'Budget cut', madeBy: 'outside-group' },
      { title: 'Pilot area', madeBy: 'group-with-organisation' },
    ]);
    expect(findings('decisionsUnexplained', makeProject())).toEqual([]);
  });
});

describe('engagement fatigue and duplication', () => {
  it('membersInManyEngagements flags active members at or over the threshold', () => {
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
  });

  it('relatedEngagementRecorded and relatedEngagementUncoordinated', () => {
    expect(fact('relatedEngagementRecorded', makeProject())).toBe(false);
    expect(fact('relatedEngagementRecorded', makeProject({ relatedEngagement: [] }))).toBe(true);
    expect(fact('relatedEngagementUncoordinated', makeProject())).toBe(0);
    const project = makeProject({
      relatedEngagement: [
        { id: 'e-1', title: 'Bus strategy consultation', coordination: 'Shared sessions' },
        { id: 'e-2', title: 'Budget survey' },
      ],
    });
    expect(fact('relatedEngagementUncoordinated', project)).toBe(1);
  });
});

describe('openness to ideas', () => {
  it('ideaCount', () => {
    expect(fact('ideaCount', makeProject())).toBe(0);
    expect(
      fact(
        'ideaCount',
        makeProject({
          ideas: [{ id: 'i-1', summary: 'x', raisedOn: '2026-01-01', status: 'open' }],
        }),
      ),
    ).toBe(1);
  });

  it('ideasAwaitingResponse: long-open ideas, and parked or declined ones without a response', () => {
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
        data: { summary: 'Sessions at the school gate', ageDays: 61 },
      },
      {
        subject: { type: 'idea', id: 'i-parked', label: 'Free bus day', pointer: '/ideas/2' },
        status: 'flagged',
        data: { summary: 'Free bus day', ageDays: 5 },
      },
    ]);
    const answered = makeProject({
      ideas: [{ id: 'i-1', summary: 'x', raisedOn: daysBefore(10), status: 'open' }],
    });
    expect(findings('ideasAwaitingResponse', answered, { days: 60 })).toEqual([]);
  });
});

describe('communicationPlanMissing', () => {
  it('lists the missing parts of the plan', () => {
    expect(fact('communicationPlanMissing', makeProject())).toEqual([
      'how information will be shared during the work',
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
