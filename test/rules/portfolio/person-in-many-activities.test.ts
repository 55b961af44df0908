import { describe, expect, it } from 'vitest';
import { meeting, person, portfolioRule, project, switchedOff } from './helpers.js';

const RULE = 'person-in-many-activities';

const days = (from: number, count: number, month = '11') =>
  Array.from({ length: count }, (_, i) => `2026-${month}-${String(from + i).padStart(2, '0')}`);

/** Sam (P-0001) attends 7 meetings of one project and 6 of another in November. */
function portfolio() {
  return [
    project(
      'bus-travel',
      'Bus travel',
      [person('m-1', 'Sam', 'P-0001'), person('m-2', 'Ola', 'P-0002')],
      {
        activities: days(1, 7).map((day, i) => meeting(`a-${i}`, day, ['m-1', 'm-2'])),
      },
    ),
    project('parks', 'Parks', [person('m-9', 'Sam', 'P-0001')], {
      activities: days(10, 6).map((day, i) => meeting(`b-${i}`, day, ['m-9'])),
    }),
  ];
}

describe(RULE, () => {
  it('flags a person who attended the set number of activities across projects in the period', async () => {
    const { outcome, issues } = await portfolioRule(RULE, portfolio());
    expect(outcome?.outcome).toBe('flagged');
    expect(issues.map((i) => i.subject.id)).toEqual(['P-0001']);
    expect(issues[0]?.message).toBe(
      'Sam has attended 13 activities across “Bus travel” and “Parks” in the last 90 days, and may be being asked too much.',
    );
  });

  it('counts only the period before the check, and passes below the threshold', async () => {
    expect((await portfolioRule(RULE, portfolio(), { activities: 14 })).outcome?.outcome).toBe(
      'passed',
    );
    // A window of 10 days (from midday on 10 November) sees the 6 Parks meetings only.
    const recent = await portfolioRule(RULE, portfolio(), { activities: 5, withinDays: 10 });
    expect(recent.issues[0]?.data.count).toBe(6);
    expect(recent.issues[0]?.data.projects).toEqual(['“Parks”']);
    // Meetings after the moment of the check are not counted.
    const future = portfolio();
    future[1] = project('parks', 'Parks', [person('m-9', 'Sam', 'P-0001')], {
      activities: days(21, 6).map((day, i) => meeting(`b-${i}`, day, ['m-9'])),
    });
    expect((await portfolioRule(RULE, future)).outcome?.outcome).toBe('passed');
  });

  it('needs review without person references', async () => {
    const anonymous = [
      project('bus-travel', 'Bus travel', [person('m-1', 'Sam')], {
        activities: days(1, 13).map((day, i) => meeting(`a-${i}`, day, ['m-1'])),
      }),
    ];
    const { outcome, issues } = await portfolioRule(RULE, anonymous);
    expect(outcome?.outcome).toBe('needs-review');
    expect(issues[0]?.message).toContain('1 active member has no person reference');
  });

  it('can be switched off', async () => {
    expect(await switchedOff(RULE, portfolio())).toBeUndefined();
  });
});
