import { describe, expect, it } from 'vitest';
import { person, portfolioRule, project, switchedOff } from './helpers.js';

const RULE = 'projects-not-reviewed';

function portfolio() {
  return [
    project('bus-travel', 'Bus travel', [person('m-1', 'Sam', 'P-0001')]),
    project('parks', 'Parks', [person('m-1', 'Ola', 'P-0002')], {
      progressTracking: { cadence: 'monthly', lastReview: '2026-06-30' },
    }),
  ];
}

describe(RULE, () => {
  it('flags an active project whose last review is older than the council’s cadence', async () => {
    const { outcome, issues } = await portfolioRule(RULE, portfolio());
    expect(outcome?.outcome).toBe('flagged');
    expect(issues.map((i) => [i.subject.type, i.subject.id])).toEqual([['project', 'parks']]);
    expect(issues[0]?.message).toBe(
      "“Parks” last reviewed its progress on 30 June 2026, about 5 months ago: longer than the council's cadence of 90 days.",
    );
  });

  it('passes within the cadence, and leaves closed projects alone', async () => {
    expect((await portfolioRule(RULE, portfolio(), { withinDays: 180 })).outcome?.outcome).toBe(
      'passed',
    );
    const [bus, parks] = portfolio();
    expect(
      (await portfolioRule(RULE, [bus!, { ...parks!, stage: 'closed' }])).outcome?.outcome,
    ).toBe('passed');
  });

  it('needs review for an active project with no review recorded', async () => {
    const [bus] = portfolio();
    const unreviewed = project('estates', 'Estates', [person('m-1', 'Kim', 'P-0004')], {
      progressTracking: { cadence: 'monthly' },
    });
    const { outcome, issues } = await portfolioRule(RULE, [bus!, unreviewed]);
    expect(outcome?.outcome).toBe('needs-review');
    expect(issues[0]?.message).toBe(
      '“Estates” has no progress review recorded, so we cannot tell whether it is reviewed as often as the council asks.',
    );
  });

  it('can be switched off', async () => {
    expect(await switchedOff(RULE, portfolio())).toBeUndefined();
  });
});
