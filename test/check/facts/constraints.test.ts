import { describe, expect, it } from 'vitest';
import { daysBefore, fact, findings, makeProject, summary } from './fixtures.js';

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
    expect(list[0]).toEqual({
      subject: {
        type: 'milestone',
        id: 'ms-late',
        label: 'Pilot launched',
        pointer: '/timeframe/milestones/1',
      },
      status: 'flagged',
      data: { title: 'Pilot launched', due: daysBefore(15), daysOverdue: 15 },
    });
    expect(summary(findings('overdueMilestones', project, { graceDays: 0 }))).toEqual([
      ['ms-late', 'flagged'],
      ['ms-grace', 'flagged'],
    ]);
    expect(findings('overdueMilestones', project, { graceDays: 30 })).toEqual([]);
  });

  it('milestoneCount and timeframeMissing', () => {
    expect(fact('milestoneCount', makeProject())).toBe(0);
    expect(fact('milestoneCount', makeProject({ timeframe: { milestones } }))).toBe(4);
    expect(fact('timeframeMissing', makeProject())).toEqual([
      'a start date',
      'an end date',
      'milestones',
    ]);
    expect(
      fact(
        'timeframeMissing',
        makeProject({ timeframe: { start: '2026-01-05', end: '2026-12-18', milestones } }),
      ),
    ).toEqual([]);
  });
});

describe('resources', () => {
  it('resourcesMissing lists what is not recorded', () => {
    expect(fact('resourcesMissing', makeProject())).toEqual([
      'a budget',
      'staff hours',
      'whether the time and money are set aside for this work',
    ]);
    expect(
      fact(
        'resourcesMissing',
        makeProject({ resources: { budgetGbp: 0, staffHoursPerWeek: 10, dedicated: false } }),
      ),
    ).toEqual([]);
  });

  it('resourcesDedicated is null until recorded', () => {
    expect(fact('resourcesDedicated', makeProject())).toBeNull();
    expect(fact('resourcesDedicated', makeProject({ resources: { dedicated: false } }))).toBe(
      false,
    );
    expect(fact('resourcesDedicated', makeProject({ resources: { dedicated: true } }))).toBe(true);
  });
});
