import { describe, expect, it } from 'vitest';
import { findRuleProblems } from '../../scripts/check-rules.js';
import { loadRuleCatalogue } from '../../scripts/generate-rule-docs.js';
import { builtinRules, createRuleSet, questionCatalogue } from '../../src/check/compile.js';
import { createPortfolioRuleSet } from '../../src/check/portfolio/check-portfolio.js';

const catalogue = loadRuleCatalogue();
const questionIds = catalogue.questions.map((q) => q.id);

describe('the default rule catalogue', () => {
  it('has the chapter’s 32 framework questions and 4 portfolio questions, with unique ids', () => {
    expect(questionIds.filter((id) => !id.startsWith('portfolio.'))).toHaveLength(32);
    expect(questionIds.filter((id) => id.startsWith('portfolio.'))).toHaveLength(4);
    expect(new Set(questionIds).size).toBe(questionIds.length);
  });

  it('encodes every framework question in at least one default rule', () => {
    const encoded = new Set(catalogue.rules.flatMap((r) => r.rule.questions));
    expect(questionIds.filter((id) => !encoded.has(id))).toEqual([]);
  });

  it('names only questions that exist, and the section of one of them', () => {
    const sections = new Map(catalogue.questions.map((q) => [q.id, q.section]));
    for (const { file, rule } of catalogue.rules) {
      expect(rule.questions.length, file).toBeGreaterThan(0);
      for (const id of rule.questions) expect(sections.has(id), `${file}: ${id}`).toBe(true);
      expect(
        rule.questions.map((id) => sections.get(id)),
        file,
      ).toContain(rule.section);
    }
  });

  it('is what the engine ships: the same rules and the same questions', () => {
    expect([...builtinRules().keys()].sort()).toEqual(catalogue.rules.map((r) => r.rule.id).sort());
    // The built-in framework's questions, then each framework pack's.
    const packQuestions = catalogue.packs.flatMap((p) => p.questions.map((q) => q.id));
    expect(packQuestions.length).toBeGreaterThan(0);
    expect([...questionCatalogue().keys()]).toEqual([...questionIds, ...packQuestions]);
  });

  it('has no condition that cannot fail: facts only for messages go in "facts"', () => {
    const leaves = (node: unknown): Record<string, unknown>[] => {
      if (typeof node !== 'object' || node === null) return [];
      const n = node as Record<string, unknown>;
      if (Array.isArray(n.all)) return n.all.flatMap(leaves);
      if (Array.isArray(n.any)) return n.any.flatMap(leaves);
      if ('not' in n) return leaves(n.not);
      return [n];
    };
    const alwaysTrue = (leaf: Record<string, unknown>) =>
      typeof leaf.value === 'number' &&
      ((['countAbove', 'greaterThan', 'shareAbove'].includes(String(leaf.operator)) &&
        leaf.value < 0) ||
        (leaf.operator === 'shareBelow' && leaf.value > 1));
    for (const { file, rule } of catalogue.rules) {
      expect(leaves(rule.conditions).filter(alwaysTrue), file).toEqual([]);
    }
  });

  it('compiles with every rule turned on: the portfolio rules apart from the others', () => {
    const ruleSet = createRuleSet({ extends: ['coproduce:all'] });
    const portfolio = catalogue.rules.filter((r) => r.rule.set === 'portfolio');
    expect(portfolio.length).toBeGreaterThan(0);
    expect(ruleSet.rules).toHaveLength(catalogue.rules.length - portfolio.length);
    const portfolioRules = createPortfolioRuleSet({ extends: ['coproduce:all'] });
    expect(portfolioRules.rules.map((r) => r.id)).toEqual(portfolio.map((r) => r.rule.id).sort());
  });

  it('has a recommended preset naming only default rules, and an all preset', () => {
    const ids = new Set(catalogue.rules.map((r) => r.rule.id));
    const presets = new Map(catalogue.presets.map((p) => [p.id, p]));
    expect([...presets.keys()].sort()).toEqual(['all', 'recommended']);
    expect(presets.get('all')?.rules).toBe('*');
    const recommended = presets.get('recommended')?.rules;
    expect(Array.isArray(recommended)).toBe(true);
    for (const id of recommended as string[]) expect(ids.has(id), id).toBe(true);
  });

  it('passes scripts/check-rules.ts: ids, sets, tests, docs sections, questions and presets agree', () => {
    expect(findRuleProblems()).toEqual([]);
  });
});
