import { describe, expect, it } from 'vitest';
import { officer, person, portfolioRule, project, switchedOff } from './helpers.js';

const RULE = 'person-in-many-projects';

/** Sam (P-0001) is in three active projects, under a different name in one. */
function portfolio() {
  return [
    project('bus-travel', 'Bus travel', [
      person('m-1', 'Sam', 'P-0001'),
      person('m-2', 'Ola', 'P-0002'),
    ]),
    project('parks', 'Parks', [person('m-7', 'S. Jones', 'P-0001'), officer('m-8', 'Priya')]),
    project('libraries', 'Libraries', [
      person('m-3', 'Sam', 'P-0001'),
      person('m-4', 'Dev', 'P-0003'),
    ]),
  ];
}

describe(RULE, () => {
  it('flags a person who is an active member of the set number of active projects', async () => {
    const { outcome, issues } = await portfolioRule(RULE, portfolio());
    expect(outcome?.outcome).toBe('flagged');
    expect(issues.map((i) => [i.subject.type, i.subject.id, i.outcome])).toEqual([
      ['person', 'P-0001', 'flagged'],
    ]);
    expect(issues[0]?.message).toBe(
      'Sam / S. Jones is an active member of 3 projects at once (“Bus travel”, “Parks” and “Libraries”) and may be being asked too much.',
    );
  });

  it('passes when nobody reaches the threshold, and counts only active memberships of active projects', async () => {
    expect((await portfolioRule(RULE, portfolio(), { projects: 4 })).outcome?.outcome).toBe(
      'passed',
    );
    const [bus, parks, libraries] = portfolio();
    const closed = { ...libraries!, stage: 'closed' as const };
    expect((await portfolioRule(RULE, [bus!, parks!, closed])).outcome?.outcome).toBe('passed');
    const left = project('libraries', 'Libraries', [
      person('m-3', 'Sam', 'P-0001', { left: '2026-10-01' }),
      person('m-4', 'Dev', 'P-0003'),
    ]);
    expect((await portfolioRule(RULE, [bus!, parks!, left])).outcome?.outcome).toBe('passed');
    // A project whose timeframe ended before today is not active.
    const ended = {
      ...libraries!,
      timeframe: { start: '2026-01-05', end: '2026-10-31', milestones: [] },
    };
    expect((await portfolioRule(RULE, [bus!, parks!, ended])).outcome?.outcome).toBe('passed');
  });

  it('needs review, never passes, without person references', async () => {
    const anonymous = [
      project('bus-travel', 'Bus travel', [person('m-1', 'Sam')]),
      project('parks', 'Parks', [person('m-1', 'Sam')]),
    ];
    const { outcome, issues } = await portfolioRule(RULE, anonymous);
    expect(outcome?.outcome).toBe('needs-review');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.subject.type).toBe('portfolio');
    expect(issues[0]?.message).toBe(
      'In “Bus travel” and “Parks”, 2 active members have no person reference, so we cannot tell whether they are also taking part in other projects.',
    );
    // Some references missing: the people found are flagged, and the gap still needs review.
    const partly = [...portfolio(), project('estates', 'Estates', [person('m-1', 'Kim')])];
    const mixed = await portfolioRule(RULE, partly);
    expect(mixed.issues.map((i) => i.outcome).sort()).toEqual(['flagged', 'needs-review']);
    expect(mixed.issues.find((i) => i.outcome === 'needs-review')?.message).toContain(
      'In “Estates”, 1 active member has no person reference',
    );
  });

  it('can be switched off', async () => {
    expect(await switchedOff(RULE, portfolio())).toBeUndefined();
  });
});
