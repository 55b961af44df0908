/**
 * The outcome of one rule in a check. Its conditions are read with
 * three-valued (Kleene) logic over json-rules-engine's result tree, so data
 * that is missing leaves a rule unknown (needs review) instead of letting it
 * pass; see "Outcomes" in docs/contributing/rules-design.md.
 *
 * @module
 */

import type { CompiledRule } from './compile.js';
import type { RuleOutcome } from './report-schema.js';
import type { CheckOutcome } from './types.js';

/**
 * A truth value of three-valued logic: `'unknown'` where the data needed to
 * decide is missing.
 *
 * @example `const verdict: Kleene = 'unknown';`
 */
export type Kleene = boolean | 'unknown';

const isMissing = (value: unknown) => value === null || value === undefined;

/**
 * A node of json-rules-engine's result tree for a rule's conditions: the
 * conditions as the engine evaluated them, each leaf with its fact's value
 * (`factResult`), the value compared with (`valueResult`) and the result.
 *
 * @example `const leaf: ResultNode = { factResult: null, result: false }; // unknown`
 */
export interface ResultNode {
  readonly all?: readonly ResultNode[];
  readonly any?: readonly ResultNode[];
  readonly not?: ResultNode;
  readonly value?: unknown;
  readonly result?: unknown;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
}

/**
 * Three-valued logic over json-rules-engine's result tree: a leaf whose fact
 * (or fact-valued `value`) is missing is unknown, whatever the operator said.
 *
 * @example `kleene({ all: [{ factResult: 3, result: true }, { factResult: null, result: false }] }) // 'unknown'`
 */
export function kleene(node: ResultNode): Kleene {
  if (node.all) return junction(node.all, false);
  if (node.any) return junction(node.any, true);
  if (node.not) {
    const r = kleene(node.not);
    return r === 'unknown' ? 'unknown' : !r;
  }
  if (isMissing(node.factResult)) return 'unknown';
  const value = node.value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value) {
    if (isMissing(node.valueResult)) return 'unknown';
  }
  return node.result === true;
}

/**
 * `all` (settled by the first false child) or `any` (by the first true one):
 * with no settling child, an unknown child leaves the whole unknown.
 */
function junction(children: readonly ResultNode[], settles: boolean): Kleene {
  let unknown = false;
  for (const child of children) {
    const r = kleene(child);
    if (r === settles) return settles;
    if (r === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : !settles;
}

/**
 * A rule's title, and the heading of its issues that need review when it gives one.
 *
 * @example `const titles: RuleTitles = { title: 'Members are quiet', needsReviewTitle: undefined };`
 */
export interface RuleTitles {
  readonly title: string;
  readonly needsReviewTitle: string | undefined;
}

/**
 * A rule's outcome in the report, with how many of its subjects were
 * flagged and how many need review.
 *
 * @example
 * ```ts
 * const [rule] = ruleSet.rules;
 * if (rule) {
 *   const titles = { title: 'Quiet members', needsReviewTitle: undefined };
 *   outcomeOf(rule, titles, 'passed', 0, 0).outcome; // 'passed'
 * }
 * ```
 */
export function outcomeOf(
  rule: CompiledRule,
  { title, needsReviewTitle }: RuleTitles,
  outcome: CheckOutcome,
  flagged: number,
  needsReview: number,
): RuleOutcome {
  return {
    ruleId: rule.id,
    set: rule.set,
    version: rule.version,
    title,
    ...(needsReviewTitle !== undefined ? { needsReviewTitle } : {}),
    section: rule.section,
    severity: rule.severity,
    outcome,
    subjects: { flagged, needsReview },
  };
}
