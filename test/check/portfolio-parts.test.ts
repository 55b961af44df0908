import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CoproduceError,
  checkPortfolio,
  checkPortfolioPart,
  combinePortfolioParts,
  createRuleSet,
  type PortfolioPart,
  parseProjectJson,
} from '../../src/index.js';
import { portfolioAnonymiser } from '../../src/report/index.js';

const NOW = '2026-11-20T12:00:00Z';
const FOLDER = 'examples/portfolio';
const files = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.json'))
  .sort();
const projects = files.map((name) => parseProjectJson(readFileSync(`${FOLDER}/${name}`, 'utf8')));
const config = { rules: { 'person-in-many-activities': { parameters: { activities: 5 } } } };

/** The CoproduceError a promise is rejected with. */
async function refusal(promise: Promise<unknown>): Promise<CoproduceError> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CoproduceError);
  return error as CoproduceError;
}

async function partsOf(): Promise<PortfolioPart[]> {
  const rules = createRuleSet(config);
  return Promise.all(projects.map((project) => checkPortfolioPart(project, { now: NOW, rules })));
}

describe('a portfolio made in parts, as a job system makes it', () => {
  it('gives the report checkPortfolio gives, from parts that went through JSON', async () => {
    const parts = await partsOf();
    // Through JSON and back, as a part saved by one job and read by another.
    const saved = parts.map((part, i) => ({
      part: JSON.parse(JSON.stringify(part)) as unknown,
      source: files[i] as string,
    }));
    expect(saved.map((s) => s.part)).toEqual(parts);
    const combined = await combinePortfolioParts(saved, { now: NOW, rules: config });
    const whole = await checkPortfolio(
      projects.map((project, i) => ({ project, source: files[i] as string })),
      { now: NOW, rules: config },
    );
    expect(combined).toEqual(whole);
    expect(combined.findings.issues.length).toBeGreaterThan(0);
  });

  it('checks each part with its configuration as it is at the call, given again or changed', async () => {
    const project = projects[0] as (typeof projects)[number];
    const plain = await checkPortfolioPart(project, { now: NOW });
    const ruleId = plain.report.issues[0]?.ruleId as string;
    expect(ruleId).toBeDefined();
    const ruleIds = (part: PortfolioPart) => part.report.issues.map((issue) => issue.ruleId);
    const severities = (part: PortfolioPart) =>
      part.report.issues.filter((issue) => issue.ruleId === ruleId).map((i) => i.severity);

    // One configuration object, used for a first part, then changed in place.
    const settings: { rules: Record<string, 'off' | 'info'> } = { rules: { [ruleId]: 'off' } };
    const off = await checkPortfolioPart(project, { now: NOW, rules: settings });
    expect(ruleIds(off)).not.toContain(ruleId);
    settings.rules[ruleId] = 'info';
    const info = await checkPortfolioPart(project, { now: NOW, rules: settings });
    expect(severities(info).length).toBeGreaterThan(0);
    expect(severities(info).every((severity) => severity === 'info')).toBe(true);
    expect(info).toEqual(
      await checkPortfolioPart(project, {
        now: NOW,
        rules: createRuleSet({ rules: { [ruleId]: 'info' } }),
      }),
    );

    // Many other configurations in between, then an equal one written afresh.
    for (const other of plain.report.issues.slice(0, 12)) {
      const part = await checkPortfolioPart(project, {
        now: NOW,
        rules: { rules: { [other.ruleId]: 'off' } },
      });
      expect(ruleIds(part)).not.toContain(other.ruleId);
    }
    expect(
      await checkPortfolioPart(project, { now: NOW, rules: { rules: { [ruleId]: 'off' } } }),
    ).toEqual(off);
  });

  it('makes a part of a document as written, validating it first', async () => {
    const text = readFileSync(`${FOLDER}/${files[0]}`, 'utf8');
    const part = await checkPortfolioPart(JSON.parse(text), { now: NOW });
    expect(part.id).toBe(projects[0]?.id);
    const error = await refusal(checkPortfolioPart({ schemaVersion: 2 }, { now: NOW }));
    expect(error.code).toBe('invalid-project');
  });

  it('refuses a part that is not one, naming where it came from', async () => {
    const [first, second] = await partsOf();
    if (!first || !second) throw new Error('two parts expected');
    const older = { ...first, partVersion: 0 };
    const bad = await refusal(
      combinePortfolioParts([second, { part: older, source: 'parts/old.json' }], { now: NOW }),
    );
    expect(bad.code).toBe('invalid-options');
    expect(bad.message).toContain('parts/old.json is not a portfolio part');
    expect(bad.problems[0]?.path[0]).toBe(1);
    // A key a council system renamed is matched with the part's own field.
    const { summary, ...rest } = first;
    const renamed = await refusal(
      combinePortfolioParts([{ ...rest, sumary: summary } as never], { now: NOW }),
    );
    expect(renamed.problems.map((p) => [p.pointer, p.message])).toContainEqual([
      '/0/sumary',
      'unknown field; did you mean "summary"?',
    ]);
    // A summary with a Map in it is not plain data: JSON would lose it.
    const withMap = { ...first, summary: { ...first.summary, attended: new Map() } };
    expect((await refusal(combinePortfolioParts([{ part: withMap }], { now: NOW }))).code).toBe(
      'invalid-options',
    );
    const twice = await refusal(combinePortfolioParts([first, first], { now: NOW }));
    expect(twice.message).toContain(`Two projects have the id "${first.id}"`);
    const anonymised = await refusal(
      combinePortfolioParts([first], { now: NOW, anonymiser: portfolioAnonymiser() }),
    );
    expect(anonymised.code).toBe('invalid-options');
  });
});
