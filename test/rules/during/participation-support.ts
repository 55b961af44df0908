/**
 * Shared pieces of the participation rule tests (dominant-voices,
 * quiet-members, jargon-explained, knowledge-shared,
 * representation-connected, attendance-drop-off): each runs one rule on its
 * own, through the public `check`, so a test reads exactly the outcome and
 * the messages a council would see for that rule.
 */
import { createRuleSet, type RuleSet } from '../../../src/check/compile.js';
import { check } from '../../../src/check/evaluate.js';
import type { CheckReport, FlaggedIssue } from '../../../src/check/report-schema.js';
import type { ParameterValue } from '../../../src/check/rule-schema.js';
import type { TestRuleOptions } from '../../../src/check/test-rule.js';
import { parseProject } from '../../../src/model/parse.js';
import type { ProjectInput } from '../../../src/model/project.js';
import { NOW } from '../helpers.js';

const sets = new Map<string, RuleSet>();

/** A rule set with one default rule turned on, with these parameters. */
export function only(
  ruleId: string,
  parameters: Readonly<Record<string, ParameterValue>> = {},
): RuleSet {
  const key = `${ruleId}:${JSON.stringify(parameters)}`;
  let set = sets.get(key);
  if (set === undefined) {
    set = createRuleSet({ extends: [], rules: { [ruleId]: { parameters } } });
    sets.set(key, set);
  }
  return set;
}

/** Options for `testRule` with only this rule turned on, at the tests' fixed clock. */
export function onlyOptions(ruleId: string): TestRuleOptions {
  return { now: NOW, rules: only(ruleId) };
}

/** Checks a project with one rule and returns the report. */
export async function reportOf(
  ruleId: string,
  input: ProjectInput,
  parameters: Readonly<Record<string, ParameterValue>> = {},
): Promise<CheckReport> {
  return check(parseProject(input), { rules: only(ruleId, parameters), now: NOW });
}

/** The outcome of one rule and its issues. */
export async function run(
  ruleId: string,
  input: ProjectInput,
  parameters: Readonly<Record<string, ParameterValue>> = {},
): Promise<{ outcome: string | undefined; issues: FlaggedIssue[] }> {
  const report = await reportOf(ruleId, input, parameters);
  return {
    outcome: report.outcomes.find((o) => o.ruleId === ruleId)?.outcome,
    issues: report.issues.filter((i) => i.ruleId === ruleId),
  };
}
