/**
 * The six-principles framework pack: its JSON rule tests (rules/six-principles/tests/)
 * run through testRule as a council would run its own, every question of its
 * catalogue is encoded by a rule, and every rule has flagged, passed and
 * needs-review cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuleSet, parseRuleTestFile, testRule } from '../../src/index.js';

const PACK = join('rules', 'six-principles');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

const ruleSet = createRuleSet({ extends: ['coproduce:six-principles'] });
const ruleIds = jsonFiles(join(PACK, 'rules')).map((f) => f.replace(/\.json$/, ''));
const testFiles = jsonFiles(join(PACK, 'tests'));

describe('the six-principles pack', () => {
  it('turns on exactly the rules of its folder', () => {
    expect(ruleSet.rules.map((r) => r.id).sort()).toEqual(ruleIds);
    expect(new Set(ruleSet.rules.map((r) => r.set))).toEqual(new Set(['six-principles']));
  });

  it('encodes every question id of the framework with at least one rule', () => {
    const framework = readJson('/work/shared/framework/six-principles.json') as {
      questions: { id: string }[];
    };
    const catalogue = readJson(join(PACK, 'questions.json')) as { questions: { id: string }[] };
    const ids = framework.questions.map((q) => q.id);
    expect(catalogue.questions.map((q) => q.id)).toEqual(ids);
    const encoded = new Set(ruleSet.rules.flatMap((r) => r.questions));
    expect(ids.filter((id) => !encoded.has(id))).toEqual([]);
  });

  it('has a rule test for every rule, with flagged, passed and needs-review cases', () => {
    expect(testFiles.map((f) => f.replace(/\.json$/, ''))).toEqual(ruleIds);
    for (const file of testFiles) {
      const parsed = parseRuleTestFile(readJson(join(PACK, 'tests', file)), { file });
      if (!parsed.success) throw new Error(JSON.stringify(parsed.problems));
      const { valid, invalid, needsReview } = parsed.value.cases;
      expect(
        [valid?.length, invalid?.length, needsReview?.length].every((n) => (n ?? 0) > 0),
        file,
      ).toBe(true);
    }
  });

  it.each(testFiles)('%s: every case behaves as written', async (file) => {
    const parsed = parseRuleTestFile(readJson(join(PACK, 'tests', file)), { file });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.problems));
    const { ruleId, cases, now } = parsed.value;
    expect(file).toBe(`${ruleId}.json`);
    await testRule(ruleId, cases, { rules: { extends: ['coproduce:six-principles'] }, now });
  });
});
