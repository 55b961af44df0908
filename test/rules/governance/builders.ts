/**
 * Builders shared by the governance and honesty rule tests: decisions,
 * recommendations and reflections as a project document writes them, and
 * a way to read one rule's outcome as a council would see it.
 */
import { createRuleSet } from '../../../src/check/compile.js';
import { check } from '../../../src/check/evaluate.js';
import type { FlaggedIssue } from '../../../src/check/report-schema.js';
import type { ParameterValue } from '../../../src/check/rule-schema.js';
import type { CheckOutcome } from '../../../src/check/types.js';
import { parseProject } from '../../../src/model/parse.js';
import type { ProjectInput } from '../../../src/model/project.js';
import { allRuleSet, type DecisionInput, NOW } from '../helpers.js';

/** A recommendation as written in a project document. */
export type RecommendationInput = NonNullable<ProjectInput['recommendations']>[number];
/** A reflection as written in a project document. */
export type ReflectionInput = NonNullable<ProjectInput['reflections']>[number];

/** A decision made by the group on 1 October 2026, with its route. */
export function groupDecision(
  id: string,
  title: string,
  extra: Partial<DecisionInput> = {},
): DecisionInput {
  return {
    id,
    title,
    date: '2026-10-01',
    madeBy: 'group',
    groupsToMake: true,
    governance: { route: 'not-required' },
    ...extra,
  } as DecisionInput;
}

/** A decision made outside the group on 1 October 2026. */
export function outsideDecision(
  id: string,
  title: string,
  extra: Partial<DecisionInput> = {},
): DecisionInput {
  return { id, title, date: '2026-10-01', madeBy: 'outside-group', ...extra } as DecisionInput;
}

/** A decision still to come: due, and who is set to make it. */
export function plannedDecision(
  id: string,
  title: string,
  extra: Partial<DecisionInput> = {},
): DecisionInput {
  const { date: _date, ...rest } = extra;
  return {
    id,
    title,
    status: 'planned',
    due: '2026-12-09',
    madeBy: 'outside-group',
    ...rest,
  } as DecisionInput;
}

/** The outcome of one rule and its issues, with every default rule loaded. */
export async function outcomeOf(
  ruleId: string,
  input: ProjectInput,
  parameters: Readonly<Record<string, ParameterValue>> = {},
): Promise<{ outcome: CheckOutcome; issues: FlaggedIssue[] }> {
  const rules =
    Object.keys(parameters).length === 0
      ? allRuleSet()
      : createRuleSet({ extends: ['coproduce:all'], rules: { [ruleId]: { parameters } } });
  const report = await check(parseProject(input), { rules, now: NOW });
  const outcome = report.outcomes.find((o) => o.ruleId === ruleId)?.outcome ?? 'not-applicable';
  return { outcome, issues: report.issues.filter((i) => i.ruleId === ruleId) };
}
