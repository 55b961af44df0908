/**
 * check() and the portfolio checks compile a configuration given as data
 * and keep what they compiled for the next call. What a call gives must be
 * what compiling that very configuration gives, whatever was checked before.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CheckOptions,
  check,
  checkPortfolio,
  createRuleSet,
  parseProjectJson,
  resolveConfig,
} from '../../src/index.js';

const NOW = '2026-11-20T12:00:00Z';
const project = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
const portfolio = readdirSync('examples/portfolio')
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => parseProjectJson(readFileSync(`examples/portfolio/${name}`, 'utf8')));

type Rules = CheckOptions['rules'];

/** The message createRuleSet refuses a configuration with. */
function refusalOf(rules: unknown): string {
  try {
    createRuleSet(rules as never);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected createRuleSet to refuse the configuration');
}

/** A report as short text to compare: the hash of its JSON. */
const reportText = (report: unknown) =>
  `report ${createHash('sha256').update(JSON.stringify(report)).digest('hex')}`;

/** A call's outcome, a report or a refusal, as text to compare. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    return reportText(await run());
  } catch (error) {
    return `refused ${(error as Error).message}`;
  }
}

const checked = (rules: unknown) =>
  outcome(() => check(project, { rules: rules as Rules, now: NOW }));
const portfolioChecked = (rules: unknown) =>
  outcome(() => checkPortfolio(portfolio, { rules: rules as Rules, now: NOW }));

describe('configurations given to check() as data', () => {
  it('refuse a JSON copy of a resolved configuration as createRuleSet does, before and after the original was checked', async () => {
    const resolved = resolveConfig({ rules: { 'quiet-members': { severity: 'error' } } });
    const copy: unknown = JSON.parse(JSON.stringify(resolved));
    const refused = `refused ${refusalOf(copy)}`;
    expect(await checked(copy)).toBe(refused);
    expect(await checked(resolved)).toBe(
      reportText(await check(project, { rules: createRuleSet(resolved), now: NOW })),
    );
    expect(await checked(copy)).toBe(refused);
  });

  it('refuse a copy of a resolved configuration in the portfolio checks too, whichever check saw the original', async () => {
    const resolved = resolveConfig({ rules: { 'meets-in-community': 'off' } });
    const copy: unknown = JSON.parse(JSON.stringify(resolved));
    const refused = `refused ${refusalOf(copy)}`;
    expect(await checked(resolved)).toMatch(/^report /);
    expect(await portfolioChecked(copy)).toBe(refused);
    expect(await portfolioChecked(resolved)).toMatch(/^report /);
    expect(await portfolioChecked(copy)).toBe(refused);
    expect(await checked(copy)).toBe(refused);
  });

  it.each([
    [
      'a Map where messages belong, even after a configuration with no messages in the same place was checked',
      { extends: ['coproduce:all'], messages: {} },
      { extends: ['coproduce:all'], messages: new Map([['cy', {}]]) },
    ],
    [
      'an unknown field set to undefined, even after the same configuration without it was checked',
      { extends: ['coproduce:recommended'], locale: 'cy' },
      { extends: ['coproduce:recommended'], locale: 'cy', rulez: undefined },
    ],
  ])('refuse %s', async (_case, valid: object, invalid: object) => {
    const refused = `refused ${refusalOf(invalid)}`;
    expect(await checked(valid)).toMatch(/^report /);
    expect(await checked(invalid)).toBe(refused);
    expect(await portfolioChecked(valid)).toMatch(/^report /);
    expect(await portfolioChecked(invalid)).toBe(refused);
  });

  it('are checked as they read at each call, when changed in place between calls', async () => {
    const config = { rules: { 'quiet-members': 'error' as 'error' | 'off' } };
    const before = await checked(config);
    config.rules['quiet-members'] = 'off';
    const after = await checked(config);
    expect(after).not.toBe(before);
    expect(after).toBe(
      reportText(
        await check(project, {
          rules: createRuleSet({ rules: { 'quiet-members': 'off' } }),
          now: NOW,
        }),
      ),
    );
  });
});
