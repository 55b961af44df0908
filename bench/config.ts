/**
 * Hostile configurations (issue 12): how long a configuration full of
 * mistakes takes to be refused. Each must end in a `CoproduceError` listing
 * at most `RULE_LIMITS.maxProblems` problems, in well under a second.
 */
import { Bench } from 'tinybench';
import { CoproduceError, createRuleSet, parseCouncilConfig, resolveConfig } from '../src/index.js';

function ms(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(1)} ms`;
}

function refused(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (error instanceof CoproduceError) return;
    throw error;
  }
  throw new Error('expected a CoproduceError');
}

export async function benchConfigProblems(): Promise<void> {
  // 20,000 unknown rule ids: twenty files of 1,000 settings each (one file may set at most 1,000).
  const files: Record<string, unknown> = {};
  for (let f = 0; f < 20; f++) {
    const rules: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) rules[`quiet-member${f * 1000 + i}`] = 'error';
    files[`part-${f}.json`] = { rules };
  }
  // 400 custom rules × 100 conditions, each naming an unknown fact.
  const customRules = Array.from({ length: 400 }, (_, r) => ({
    id: `council-rule-${r}`,
    set: 'council',
    version: 1,
    title: 'A council rule',
    section: 'During co-production',
    scope: 'project',
    severity: 'warning',
    questions: ['during.everyone-contributes'],
    rationale: 'Why it matters.',
    evidence: 'What counts.',
    messages: { flagged: 'Something is wrong.', action: 'Put it right.' },
    conditions: {
      all: Array.from({ length: 100 }, (_, c) => ({
        fact: `noSuchFact${r}x${c}`,
        operator: 'equal',
        value: 1,
      })),
    },
  }));
  // 199,000 settings of a rule, each wrong.
  const wrong: Record<string, string> = {};
  for (let i = 0; i < 199_000; i++) wrong[`rule-${i}`] = 'loudly';

  const bench = new Bench({ time: 2000, iterations: 5, warmupIterations: 1 });
  bench
    .add('20,000 unknown rule ids in 20 files', () => {
      refused(() =>
        resolveConfig(
          { extends: Object.keys(files) },
          { resolveExtends: (ref) => ({ file: ref, config: files[ref] }) },
        ),
      );
    })
    .add('400 custom rules × 100 unknown facts', () => {
      refused(() => createRuleSet({ extends: [], customRules } as never));
    })
    .add('199,000 wrong rule settings', () => {
      if (parseCouncilConfig({ rules: wrong }).success) throw new Error('expected problems');
    });
  await bench.run();
  const [ids, facts, settings] = bench.tasks.map(
    (task) => (task.result as { latency?: { p50?: number } } | undefined)?.latency?.p50,
  );
  console.log('\n## Configurations full of mistakes (refused with a capped list)');
  console.log(`20,000 unknown rule ids:         ${ms(ids)} (target ≤ 1000 ms)`);
  console.log(`400 rules × 100 unknown facts:   ${ms(facts)} (target ≤ 1000 ms)`);
  console.log(`199,000 wrong rule settings:     ${ms(settings)} (target ≤ 1000 ms)`);
}
