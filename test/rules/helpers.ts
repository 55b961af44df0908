/**
 * Shared pieces of the per-rule tests: the fixed clock, a rule set with
 * every default rule, and small builders for the records most tests need.
 * Each test still writes its project out by hand.
 */
import { createRuleSet, type RuleSet } from '../../src/check/compile.js';
import { check } from '../../src/check/evaluate.js';
import type { FlaggedIssue } from '../../src/check/report-schema.js';
import type { ParameterValue } from '../../src/check/rule-schema.js';
import { minimalProject, type TestRuleOptions } from '../../src/check/test-rule.js';
import { parseProject } from '../../src/model/parse.js';
import type { ProjectInput } from '../../src/model/project.js';

/** Every rule test runs at this moment: Friday 20 November 2026, midday in London. */
export const NOW = '2026-11-20T12:00:00Z';

let allRules: RuleSet | undefined;

/** Every default rule, including those `recommended` leaves out. */
export function allRuleSet(): RuleSet {
  allRules ??= createRuleSet({ extends: ['coproduce:all'] });
  return allRules;
}

/** Options for `testRule`: the fixed clock and every default rule. */
export function ruleOptions(): TestRuleOptions {
  return { now: NOW, rules: allRuleSet() };
}

/** A project in the `during` stage in Europe/London, with the given fields. */
export function project(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return minimalProject({ timeZone: 'Europe/London', ...overrides });
}

/** A member as written in a project document. */
export type MemberInput = NonNullable<NonNullable<ProjectInput['group']>['members']>[number];
/** An activity as written in a project document. */
export type ActivityInput = NonNullable<ProjectInput['activities']>[number];
/** A decision as written in a project document. */
export type DecisionInput = NonNullable<ProjectInput['decisions']>[number];
/** A venue as written in a project document. */
export type VenueInput = NonNullable<ActivityInput['venue']>;

/** A resident member. */
export function resident(
  id: string,
  displayName: string,
  extra: Partial<MemberInput> = {},
): MemberInput {
  return { id, displayName, roles: ['resident'], ...extra };
}

/** A member of council staff. */
export function staff(
  id: string,
  displayName: string,
  extra: Partial<MemberInput> = {},
): MemberInput {
  return { id, displayName, roles: ['staff'], ...extra };
}

/** The group with these members and no required perspectives. */
export function groupOf(...members: MemberInput[]): NonNullable<ProjectInput['group']> {
  return { requiredPerspectives: [], members };
}

/** A two-hour formal meeting starting at `start` (an ISO date-time with offset). */
export function meeting(
  id: string,
  start: string,
  extra: Partial<ActivityInput> = {},
): ActivityInput {
  const end = new Date(new Date(start).getTime() + 2 * 3_600_000).toISOString();
  return { id, kind: 'formal-meeting', title: `Meeting ${id}`, start, end, ...extra };
}

/**
 * Runs every default rule on a project and returns the issues of one rule,
 * so a test can read the messages a council would see.
 */
export async function issuesOf(
  ruleId: string,
  input: ProjectInput,
  parameters: Readonly<Record<string, ParameterValue>> = {},
): Promise<FlaggedIssue[]> {
  const rules =
    Object.keys(parameters).length === 0
      ? allRuleSet()
      : createRuleSet({ extends: ['coproduce:all'], rules: { [ruleId]: { parameters } } });
  const report = await check(parseProject(input), { rules, now: NOW });
  return report.issues.filter((i) => i.ruleId === ruleId);
}
