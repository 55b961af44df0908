/**
 * Check benchmarks: the full check on generated projects, split into fact
 * derivation and rule evaluation, beside a baseline of json-rules-engine over
 * facts worked out once with JSONPath (see `jsonpath-baseline.ts`), for the
 * same five rules as a subset of ours.
 */
import { Bench } from 'tinybench';
import { generateSyntheticProject } from '../scripts/synthetic-project.js';
import { deriveProject } from '../src/check/facts/index.js';
import { builtinRules, check, createRuleSet, type Project, parseProject } from '../src/index.js';
import { BASELINE_RULES, baselineCheck, baselineEngine } from './jsonpath-baseline.js';
import { median } from './run.js';

const NOW = '2026-11-20T12:00:00Z';
const SUBSET: readonly string[] = BASELINE_RULES;

function fmt(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(3)} ms`;
}

type Raw = Record<string, unknown>;

/**
 * Runs the tasks in turns until each has run for `budgetMs` in all (at
 * least 50 times), after 20 unmeasured turns; gives each task's times.
 */
async function interleaved(
  tasks: readonly (() => Promise<unknown>)[],
  budgetMs: number,
): Promise<number[][]> {
  const times = tasks.map((): number[] => []);
  for (let turn = 0; turn < 20; turn++) for (const task of tasks) await task();
  const start = performance.now();
  while (times[0]!.length < 50 || performance.now() - start < budgetMs) {
    for (let k = 0; k < tasks.length; k++) {
      const t0 = performance.now();
      await tasks[k]!();
      times[k]!.push(performance.now() - t0);
    }
  }
  return times;
}

function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** The middle half of the times, so a reader sees how noisy a median was. */
function spread(values: readonly number[]): string {
  const low = quantile(values, 0.25);
  const high = quantile(values, 0.75);
  return low === undefined || high === undefined
    ? ''
    : ` [p25–p75 ${low.toFixed(3)}–${high.toFixed(3)}, n=${values.length}]`;
}

async function benchSize(members: number, activities: number): Promise<void> {
  const raw = JSON.parse(
    JSON.stringify(generateSyntheticProject({ seed: 7, members, activities })),
  ) as Raw;
  const project: Project = parseProject(raw);
  const allRules = createRuleSet({ extends: ['coproduce:all'] });
  const off = Object.fromEntries(
    [...builtinRules().keys()]
      .filter((id) => !SUBSET.includes(id))
      .map((id) => [id, 'off' as const]),
  );
  const subsetRules = createRuleSet({ extends: ['coproduce:all'], rules: off });
  const recommendedRules = createRuleSet({ extends: ['coproduce:recommended'] });
  const packRules = createRuleSet({
    extends: ['coproduce:recommended', 'coproduce:six-principles'],
  });
  const engine = baselineEngine();
  const now = new Date(NOW);
  // Warm the pools and zod so the first-run costs stay out of the medians.
  await check(project, { rules: allRules, now });
  await check(project, { rules: subsetRules, now });
  await check(project, { rules: recommendedRules, now });
  await check(project, { rules: packRules, now });

  const bench = new Bench({ time: 2000, warmupTime: 300 });
  bench
    .add('full check, all rules', async () => {
      await check(project, { rules: allRules, now });
    })
    .add('fact derivation only', () => {
      deriveProject(project, now);
    });
  await bench.run();
  // Recommended alone and with the pack are timed in turns, in one loop, so
  // both see the same load on a shared machine: their ratio is what the
  // target is about, and timing them one after the other let a change of
  // load between the two tasks move it.
  const paired = await interleaved(
    [
      () => check(project, { rules: recommendedRules, now }),
      () => check(project, { rules: packRules, now }),
    ],
    4000,
  );
  // The subset and the baseline in turns too: their ratio is the comparison.
  const [subsetTimes, baselineTimes] = await interleaved(
    [() => check(project, { rules: subsetRules, now }), () => baselineCheck(engine, raw, now)],
    2000,
  );
  // What each flags, so a reader can see the two do the same job.
  const ours = await check(project, { rules: subsetRules, now });
  const theirs = await baselineCheck(engine, raw, now);
  const flaggedBy = (id: string) =>
    ours.issues.filter((issue) => issue.ruleId === id && issue.outcome === 'flagged').length;

  const [full, derive] = bench.tasks.map(median);
  const subset = quantile(subsetTimes!, 0.5);
  const baseline = quantile(baselineTimes!, 0.5);
  const [recommendedTimes, packTimes] = paired;
  const recommended = quantile(recommendedTimes!, 0.5);
  const withPack = quantile(packTimes!, 0.5);
  // Each turn's two checks ran one after the other under the same load, so
  // the spread of their ratios shows how far the machine moved the figure.
  const turnRatios = packTimes!.map((t, k) => t / recommendedTimes![k]!);
  const ratioLow = quantile(turnRatios, 0.25);
  const ratioHigh = quantile(turnRatios, 0.75);
  const target = members <= 200 ? 3 : 6;
  console.log(
    `\n## Check: ${members} members / ${activities} activities (${allRules.rules.length} rules)`,
  );
  // The rules issue asked for `target`; the codebase issue (11) for the sharper `stretch`.
  const stretch = members <= 200 ? 1.5 : 4;
  console.log(
    `full check, median:              ${fmt(full)} (target ≤ ${target} ms, stretch ≤ ${stretch} ms)`,
  );
  console.log(`  fact derivation:               ${fmt(derive)}`);
  console.log(
    `  rule evaluation and report:    ${fmt(full !== undefined && derive !== undefined ? full - derive : undefined)}`,
  );
  console.log(
    `recommended (${recommendedRules.rules.length} rules):        ${fmt(recommended)} (target ≤ ${target} ms)${spread(recommendedTimes!)}`,
  );
  // Only the 200/500 project has a target for the pack (issue 13).
  const ratioLine =
    recommended !== undefined && withPack !== undefined
      ? `\n  → ${(withPack / recommended).toFixed(2)}× recommended alone, timed in turns` +
        (ratioLow !== undefined && ratioHigh !== undefined
          ? ` [turns p25–p75 ${ratioLow.toFixed(2)}–${ratioHigh.toFixed(2)}×]`
          : '') +
        (members <= 200 ? ' (target ≤ 1.5×)' : '')
      : '';
  console.log(
    `recommended + six-principles (${packRules.rules.length}): ${fmt(withPack)}${spread(packTimes!)}${ratioLine}`,
  );
  console.log(`5-rule subset, ours:             ${fmt(subset)}${spread(subsetTimes!)}`);
  console.log(
    `5-rule subset, JSONPath baseline: ${fmt(baseline)}${spread(baselineTimes!)} (facts once, one engine run)`,
  );
  if (subset !== undefined && baseline !== undefined) {
    console.log(`  baseline / ours:               ${(baseline / subset).toFixed(1)}×`);
  }
  console.log(
    `  flagged, ours / baseline:      ${BASELINE_RULES.map((id) => `${id} ${flaggedBy(id)}/${theirs[id].length}`).join(', ')}`,
  );
}

/** Runs the check benchmarks and prints the figures. */
export async function benchChecks(): Promise<void> {
  await benchSize(200, 500);
  await benchSize(1000, 1000);
}
