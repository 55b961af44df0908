/**
 * The benchmark's JSONPath baseline is only a fair comparison if it does the
 * same job as the rules it stands beside: on generated projects it must flag
 * the very records our five rules flag.
 */
import { describe, expect, it } from 'vitest';
import { BASELINE_RULES, baselineCheck, baselineEngine } from '../../bench/jsonpath-baseline.js';
import { generateSyntheticProject } from '../../scripts/synthetic-project.js';
import { builtinRules, check, createRuleSet, parseProject } from '../../src/index.js';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('the JSONPath baseline of the check benchmark', () => {
  const off = Object.fromEntries(
    [...builtinRules().keys()]
      .filter((id) => !(BASELINE_RULES as readonly string[]).includes(id))
      .map((id) => [id, 'off' as const]),
  );
  const rules = createRuleSet({ extends: ['coproduce:all'], rules: off });

  it.each([
    [7, 200, 500],
    [3, 120, 300],
  ])(
    'flags the same records as our rules (seed %i, %i members, %i activities)',
    async (seed, members, activities) => {
      const raw = JSON.parse(
        JSON.stringify(generateSyntheticProject({ seed, members, activities })),
      ) as Record<string, unknown>;
      const report = await check(parseProject(raw), { rules, now: NOW });
      const theirs = await baselineCheck(baselineEngine(), raw, NOW);
      let flagged = 0;
      for (const rule of BASELINE_RULES) {
        const ours = report.issues
          .filter((issue) => issue.ruleId === rule && issue.outcome === 'flagged')
          .map((issue) => issue.subject?.id);
        flagged += ours.length;
        expect([...theirs[rule]].sort(), rule).toEqual(ours.sort());
      }
      // A comparison of two empty lists would prove nothing.
      expect(flagged).toBeGreaterThan(10);
    },
  );
});
