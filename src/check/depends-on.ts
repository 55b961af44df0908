/**
 * Rules that depend on others (`dependsOn`): a rule that could not tell at
 * all because a rule it depends on raised an issue names that rule on its
 * issue (`heldUpBy`), so reports show the two together.
 *
 * @module
 */

import type { CompiledRule } from './compile.js';
import type { FlaggedIssue } from './report-schema.js';

/**
 * A rule that names others in `dependsOn`, by its position in the rule set,
 * with the positions of those others, in its order.
 *
 * @example `const dependency: RuleDependency = { rule: 4, on: [1] };`
 */
export interface RuleDependency {
  readonly rule: number;
  readonly on: readonly number[];
}

/**
 * Each rule that depends on others in the rule set, by position: the same
 * for every check of the rule set, so worked out once.
 *
 * @example `dependenciesOf(ruleSet.rules) // [{ rule: 4, on: [1] }]`
 */
export function dependenciesOf(rules: readonly CompiledRule[]): RuleDependency[] {
  return rules.flatMap((rule, k) => {
    // A rule the configuration left off raises nothing, so it holds nothing up.
    const on = (rule.dependsOn ?? [])
      .map((id) => rules.findIndex((r) => r.id === id))
      .filter((i) => i >= 0);
    return on.length > 0 ? [{ rule: k, on }] : [];
  });
}

/**
 * Names, on the issue of each rule that could not tell at all, the rule it
 * depends on that raised an issue in this check (`heldUpBy`): the first in
 * its `dependsOn` that did, or where that one's own issue is held up in
 * turn, the rule at the end of the chain, so the issue joins a card that
 * reports show. Loops are refused when the rules are loaded. `runs` holds
 * each rule's issues by position in the rule set.
 *
 * @example
 * ```ts
 * import { Judge } from './judge.js';
 * import { resultTrees, runnerFor } from './rule-set-runner.js';
 *
 * const now = new Date();
 * const runner = runnerFor(ruleSet);
 * const context = runner.contextFor(project, now);
 * const trees = await resultTrees(runner, project, now, context);
 * const judge = new Judge(runner, context, 'en-GB', project);
 * const { runs } = judge.rules(ruleSet.rules, runner.rulesLayout().plans, trees);
 * holdUpIssues(runs, dependenciesOf(ruleSet.rules));
 * runs.flat().filter((issue) => issue.heldUpBy !== undefined); // the issues a failed dependency explains
 * ```
 */
export function holdUpIssues(
  runs: FlaggedIssue[][],
  dependencies: readonly RuleDependency[],
): void {
  if (dependencies.length === 0) return;
  const direct = new Map<number, number>();
  for (const { rule, on } of dependencies) {
    const run = runs[rule]!;
    const only = run[0];
    // One issue about the project as a whole that needs review: the rule could not tell at all.
    if (run.length !== 1 || only === undefined || only.outcome !== 'needs-review') continue;
    if (only.subject.type !== 'project' && only.subject.type !== 'portfolio') continue;
    const cause = on.find((k) => runs[k]!.length > 0);
    if (cause !== undefined) direct.set(rule, cause);
  }
  for (const [rule, cause] of direct) {
    let end = cause;
    // Bounded by the number of rules, whatever the rules say.
    for (let step = 0; step < runs.length && direct.has(end); step++) end = direct.get(end)!;
    const run = runs[rule]!;
    const { docs, ...issue } = run[0]!;
    const heldUpBy = runs[end]![0]!.ruleId;
    // Kept before docs, which is always an issue's last key.
    run[0] = docs === undefined ? { ...issue, heldUpBy } : { ...issue, heldUpBy, docs };
  }
}
