/**
 * Where each rule's outcome and issues go in a report. The order depends
 * only on the rules, so it is worked out once per rule set
 * ({@link ruleLayoutOf}), and a check sorts only within each rule's issues
 * ({@link inReportOrder}).
 *
 * @module
 */

import { compareText, type RuleSet } from './compile.js';
import { dependenciesOf, type RuleDependency } from './depends-on.js';
import { type RulePlan, rulePlanOf } from './issue-maker.js';
import {
  compareIssuesOfOneRule,
  type FlaggedIssue,
  type RuleOutcome,
  ruleIssueComparator,
} from './report-schema.js';

/**
 * What a check takes from the rule set alone, worked out once per rule set
 * rather than at every check: rules are given by their position in
 * `ruleSet.rules`.
 *
 * @example
 * ```ts
 * import { requireRuleSetInternals } from './ruleset/types.js';
 *
 * const { outcomeOrder, issueOrder } = ruleLayoutOf(ruleSet, requireRuleSetInternals(ruleSet).placeholders);
 * ```
 */
export interface RuleLayout {
  /** The rules in the order of the report's outcomes: by section, then rule id. */
  readonly outcomeOrder: readonly number[];
  /**
   * The rules in the order of the report's issues (by severity, section and
   * rule id, see `issueComparator`): each rule's issues share those, so a
   * check sorts only within each rule's run.
   */
  readonly issueOrder: readonly number[];
  /** How to make each rule's issues. */
  readonly plans: readonly RulePlan[];
  /** Each rule that names others in `dependsOn` (see `holdUpIssues`). */
  readonly dependencies: readonly RuleDependency[];
}

/**
 * The layout of a rule set's reports, given the placeholders of each rule's
 * texts by rule id.
 *
 * @example
 * ```ts
 * import { requireRuleSetInternals } from './ruleset/types.js';
 *
 * ruleLayoutOf(ruleSet, requireRuleSetInternals(ruleSet).placeholders).outcomeOrder; // e.g. [2, 0, 1]
 * ```
 */
export function ruleLayoutOf(
  ruleSet: RuleSet,
  placeholders: ReadonlyMap<string, readonly string[]>,
): RuleLayout {
  const rules = ruleSet.rules;
  const sections = ruleSet.sections;
  const sectionIndex = (s: string) => {
    const i = sections.indexOf(s);
    return i < 0 ? sections.length : i;
  };
  const positions = rules.map((_, k) => k);
  const byIssues = ruleIssueComparator(sections);
  return {
    outcomeOrder: [...positions].sort(
      (a, b) =>
        sectionIndex(rules[a]!.section) - sectionIndex(rules[b]!.section) ||
        compareText(rules[a]!.id, rules[b]!.id),
    ),
    issueOrder: [...positions].sort((a, b) =>
      byIssues(
        { severity: rules[a]!.severity, section: rules[a]!.section, ruleId: rules[a]!.id },
        { severity: rules[b]!.severity, section: rules[b]!.section, ruleId: rules[b]!.id },
      ),
    ),
    plans: rules.map((rule) => rulePlanOf(rule, placeholders.get(rule.id) ?? [])),
    dependencies: dependenciesOf(rules),
  };
}

/**
 * The report's outcomes and issues, from each rule's outcome and issues by
 * position in the rule set. Each rule's issues are sorted where they are,
 * in `runs`.
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
 * const layout = runner.rulesLayout();
 * const { byRule, runs } = judge.rules(ruleSet.rules, layout.plans, trees);
 * const { outcomes, issues } = inReportOrder(layout, byRule, runs);
 * ```
 */
export function inReportOrder(
  layout: RuleLayout,
  byRule: readonly RuleOutcome[],
  runs: readonly FlaggedIssue[][],
): { outcomes: RuleOutcome[]; issues: FlaggedIssue[] } {
  const outcomes: RuleOutcome[] = [];
  for (const k of layout.outcomeOrder) outcomes.push(byRule[k]!);
  const issues: FlaggedIssue[] = [];
  for (const k of layout.issueOrder) {
    const run = runs[k]!;
    // Findings mostly come in document order already: checked in a loop the
    // compiler can inline, a sorted run is left as it is, with no copy or sort.
    if (run.length > 1 && !inOrder(run)) run.sort(compareIssuesOfOneRule);
    for (const issue of run) issues.push(issue);
  }
  return { outcomes, issues };
}

/** Whether one rule's issues are already in report order. */
function inOrder(run: readonly FlaggedIssue[]): boolean {
  for (let k = 1; k < run.length; k++) {
    if (compareIssuesOfOneRule(run[k - 1]!, run[k]!) > 0) return false;
  }
  return true;
}
