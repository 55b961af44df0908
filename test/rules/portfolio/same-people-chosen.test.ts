import { describe, expect, it } from 'vitest';
import { officer, person, portfolioRule, project, switchedOff } from './helpers.js';

const RULE = 'same-people-chosen';

const usual = { usualParticipant: true };
const fresh = { usualParticipant: false };

/** Sam and Ola are usual participants, in two projects each; Dev and Kim are new. */
function portfolio() {
  return [
    project('bus-travel', 'Bus travel', [
      person('m-1', 'Sam', 'P-0001', usual),
      person('m-2', 'Ola', 'P-0002', usual),
      person('m-3', 'Dev', 'P-0003', fresh),
      officer('m-4', 'Priya'),
    ]),
    project('parks', 'Parks', [
      person('m-1', 'Sam', 'P-0001', usual),
      person('m-2', 'Ola', 'P-0002', usual),
      person('m-3', 'Kim', 'P-0004', fresh),
    ]),
  ];
}

describe(RULE, () => {
  it('flags a portfolio where most people, each counted once, are usual participants', async () => {
    const { outcome, issues } = await portfolioRule(RULE, portfolio(), { maxShare: 0.4 });
    expect(outcome?.outcome).toBe('flagged');
    expect(issues[0]?.subject.type).toBe('portfolio');
    expect(issues[0]?.message).toBe(
      "2 of the 4 people in active projects whose past involvement is known are already the council's usual participants (50%): the same people are being chosen again and again.",
    );
  });

  it('passes at or below the set share', async () => {
    expect((await portfolioRule(RULE, portfolio())).outcome?.outcome).toBe('passed');
  });

  it('needs review when too few answers are recorded', async () => {
    const unknown = [
      project('bus-travel', 'Bus travel', [
        person('m-1', 'Sam', 'P-0001', usual),
        person('m-2', 'Ola', 'P-0002'),
        person('m-3', 'Dev', 'P-0003'),
      ]),
    ];
    const { outcome, issues } = await portfolioRule(RULE, unknown);
    expect(outcome?.outcome).toBe('needs-review');
    expect(issues[0]?.message).toContain(
      'It is recorded for too few people in active projects (1 person)',
    );
    // Without person references each membership counts once: still judged, never a silent pass.
    const plain = portfolio().map((p) => ({
      ...p,
      group: {
        requiredPerspectives: [],
        members: (p.group?.members ?? []).map(({ personRef: _r, ...m }) => m),
      },
    }));
    expect((await portfolioRule(RULE, plain, { maxShare: 0.5 })).outcome?.outcome).toBe('flagged');
  });

  it('can be switched off', async () => {
    expect(await switchedOff(RULE, portfolio())).toBeUndefined();
  });
});
