import { describe, expect, it } from 'vitest';
import { person, portfolioRule, project, switchedOff } from './helpers.js';

const RULE = 'same-topic-at-once';

function portfolio() {
  return [
    project('bus-travel', 'Bus travel', [person('m-1', 'Sam', 'P-0001')], {
      topics: ['transport', 'young-carers'],
    }),
    project('school-runs', 'School runs', [person('m-1', 'Ola', 'P-0002')], {
      topics: ['transport'],
    }),
    project('parks', 'Parks', [person('m-1', 'Dev', 'P-0003')], { topics: ['green-spaces'] }),
  ];
}

describe(RULE, () => {
  it('flags a topic two active projects consult on at once', async () => {
    const { outcome, issues } = await portfolioRule(RULE, portfolio());
    expect(outcome?.outcome).toBe('flagged');
    expect(issues.map((i) => [i.subject.type, i.subject.id])).toEqual([['topic', 'transport']]);
    expect(issues[0]?.message).toBe(
      '2 active projects are consulting on “transport” at the same time: “Bus travel” and “School runs”.',
    );
  });

  it('passes when projects do not overlap, or one of them is no longer active', async () => {
    expect((await portfolioRule(RULE, portfolio(), { projects: 3 })).outcome?.outcome).toBe(
      'passed',
    );
    const [bus, school, parks] = portfolio();
    const planning = { ...school!, stage: 'planning' as const };
    expect((await portfolioRule(RULE, [bus!, planning, parks!])).outcome?.outcome).toBe('passed');
  });

  it('needs review when topics are not recorded, never passes', async () => {
    const [bus, school, parks] = portfolio();
    const { topics: _t, ...untopical } = parks!;
    const some = await portfolioRule(RULE, [bus!, school!, untopical]);
    expect(some.issues.map((i) => i.outcome).sort()).toEqual(['flagged', 'needs-review']);
    expect(some.issues.find((i) => i.outcome === 'needs-review')?.message).toBe(
      'The topics of 1 active project are not recorded (“Parks”), so we cannot tell whether two projects are asking people about the same thing at once.',
    );
    const none = portfolio().map(({ topics: _x, ...rest }) => rest);
    const { outcome } = await portfolioRule(RULE, none);
    expect(outcome?.outcome).toBe('needs-review');
  });

  it('can be switched off', async () => {
    expect(await switchedOff(RULE, portfolio())).toBeUndefined();
  });
});
