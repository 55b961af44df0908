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

describe('timeframe and milestones', () => {
  const milestones = [
    { id: 'ms-done', title: 'Options agreed', due: daysBefore(100), done: daysBefore(95) },
    { id: 'ms-late', title: 'Pilot launched', due: daysBefore(15) },
    { id: 'ms-grace', title: 'Survey closed', due: daysBefore(14) },
    { id: 'ms-future', title: 'Final report', due: '2026-12-01' },
  ];

  it('overdueMilestones flags milestones not done more than graceDays after they fell due', () => {
    const project = makeProject({ timeframe: { milestones } });
    const list = findings('overdueMilestones', project, { graceDays: 14 });
    expect(summary(list)).toEqual([['ms-late', 'flagged']]);
    expect(list[0]!.data).toEqual({
      title: 'Pilot launched',
      due: daysBefore(15),
      daysOverdue: 15,
    });
    expect(summary(findings('overdueMilestones', project, { graceDays: 0 }))).toEqual([
      ['ms-late', 'flagged'],
      ['ms-grace', 'flagged'],
    ]);
    expect(findings('overdueMilestones', project, { graceDays: 30 })).toEqual([]);
  });

  it('overdueMilestones is null when there are no milestones to judge', () => {
    expect(fact('overdueMilestones', makeProject(), { graceDays: 14 })).toBeNull();
  });

  it('timeframeGaps: never recorded once under way, unknown before, and an end passed while the work goes on', () => {
    expect(fact('timeframeGaps', makeProject())).toEqual([
      'a start date',
      'an end date',
      'the milestones along the way',
    ]);
    expect(fact('timeframeGaps', makeProject({ stage: 'planning' }))).toBeNull();
    expect(fact('timeframeToReview', makeProject({ stage: 'planning' }))).toEqual([
      'a start date',
      'an end date',
      'the milestones along the way',
    ]);
    const full = { start: '2026-01-05', end: '2026-12-18', milestones };
    expect(fact('timeframeGaps', makeProject({ timeframe: full }))).toEqual([]);
    expect(
      fact('timeframeGaps', makeProject({ timeframe: { ...full, end: daysBefore(1) } })),
    ).toEqual(['a new end date, as the one recorded has passed while the work carries on']);
    expect(
      fact(
        'timeframeGaps',
        makeProject({ stage: 'ending', timeframe: { ...full, end: daysBefore(1) } }),
      ),
    ).toEqual([]);
  });
});

describe('resources', () => {
  it('dedicated with £0 and no staff hours is not resource set aside', () => {
    expect(
      fact(
        'resourceGaps',
        makeProject({ resources: { budgetGbp: 0, staffHoursPerWeek: 0, dedicated: true } }),
      ),
    ).toEqual([
      'they are marked as set aside, but the budget is £0 and no staff hours are committed',
    ]);
    expect(
      fact(
        'resourceGaps',
        makeProject({ resources: { budgetGbp: 0, staffHoursPerWeek: 10, dedicated: true } }),
      ),
    ).toEqual([]);
  });

  it('borrowed resources are a gap at any stage; unrecorded ones only once under way', () => {
    expect(
      fact('resourceGaps', makeProject({ stage: 'planning', resources: { dedicated: false } })),
    ).toEqual(['the time and money are borrowed from other work']);
    expect(fact('resourceGaps', makeProject({ stage: 'planning' }))).toBeNull();
    expect(fact('resourcesToReview', makeProject({ stage: 'planning' }))).toEqual([
      'the budget',
      'the staff hours each week',
      'whether the time and money belong to this work or are borrowed',
    ]);
    expect(fact('resourceGaps', makeProject())).toEqual([
      'no budget is recorded',
      'no staff time is recorded',
      'nobody has recorded whether they belong to this work or are borrowed',
    ]);
  });

  it('resourcesDedicated is null until recorded', () => {
    expect(fact('resourcesDedicated', makeProject())).toBeNull();
    expect(fact('resourcesDedicated', makeProject({ resources: { dedicated: true } }))).toBe(true);
  });
});

describe('ending', () => {
  const timeframe = { start: '2026-01-05', end: daysBefore(90), milestones: [] };
  const group = [member('m-1'), member('m-2', { roles: ['staff'] })];
  const closed = (overrides: Record<string, unknown> = {}) =>
    withMembers(group, { stage: 'closed', timeframe, ...overrides });

  it('endingEvaluationOverdue: true long after the end with no evaluation; false on full evidence', () => {
    const params = { graceDays: 60 };
    expect(fact('endingEvaluationOverdue', closed(), params)).toBe(true);
    expect(fact('endingEvaluationOverdue', closed(), { graceDays: 120 })).toBeNull();
    const done = closed({
      ending: { evaluatedOn: daysBefore(30), evaluatedWith: ['m-1'] },
      outcomes: [{ id: 'o-1', description: 'Shorter waits', status: 'achieved' }],
    });
    expect(fact('endingEvaluationOverdue', done, params)).toBe(false);
    const staffOnly = closed({
      ending: { evaluatedOn: daysBefore(30), evaluatedWith: ['m-2'] },
      outcomes: [{ id: 'o-1', description: 'Shorter waits', status: 'in-progress' }],
    });
    expect(fact('endingEvaluationOverdue', staffOnly, params)).toBeNull();
    expect(fact('endingEvaluationToReview', staffOnly)).toEqual([
      'which members of the group, not only staff, took part',
      'what became of “Shorter waits”',
    ]);
    const open = closed({
      ending: { evaluatedOn: daysBefore(30), evaluatedWith: ['m-1'] },
      outcomes: [
        { id: 'o-1', description: 'A' },
        { id: 'o-2', description: 'B', status: 'not-started' },
      ],
    });
    expect(fact('endingEvaluationToReview', open)).toEqual([
      'what became of the 2 outcomes with no final status yet',
    ]);
    expect(fact('timeframeEnd', closed())).toBe(daysBefore(90));
    expect(fact('daysSinceTimeframeEnd', closed())).toBe(90);
  });

  it('endingNewsOverdue: placeholders are not evidence', () => {
    const params = { graceDays: 30 };
    expect(fact('endingNewsOverdue', closed(), params)).toBe(true);
    const told = {
      membersToldOn: daysBefore(60),
      howMembersTold: 'A letter',
      whatHappensNext: 'The group meets again in March',
    };
    expect(fact('endingNewsOverdue', closed({ ending: told }), params)).toBe(false);
    const vague = closed({ ending: { ...told, howMembersTold: 'tbc' } });
    expect(fact('endingNewsOverdue', vague, params)).toBeNull();
    expect(fact('endingNewsToReview', vague)).toEqual([
      'how they were told (only a placeholder so far)',
    ]);
  });
});
