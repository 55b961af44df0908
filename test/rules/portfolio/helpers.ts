/**
 * Shared pieces of the portfolio rule tests: a fixed clock, small projects
 * sharing people by person reference, and running one portfolio rule
 * through the public checkPortfolio as a council would.
 */
import {
  type CouncilConfig,
  checkPortfolio,
  type FlaggedIssue,
  type PortfolioReport,
  type ProjectInput,
} from '../../../src/index.js';
import type { RuleOutcome } from '../../../src/report/index.js';
import type { ParameterValue } from '../../../src/schemas.js';

/** Every portfolio test runs at this moment: Friday 20 November 2026, midday in London. */
export const NOW = '2026-11-20T12:00:00Z';

export type MemberInput = NonNullable<NonNullable<ProjectInput['group']>['members']>[number];

/** A resident, with a person reference when `ref` is given. */
export function person(
  id: string,
  name: string,
  ref?: string,
  extra: Partial<MemberInput> = {},
): MemberInput {
  return {
    id,
    displayName: name,
    roles: ['resident'],
    ...(ref ? { personRef: ref } : {}),
    ...extra,
  };
}

/** A member of staff (never counted among the people consulted). */
export function officer(id: string, name: string): MemberInput {
  return { id, displayName: name, roles: ['staff'] };
}

/** An active project (under way, reviewed this month) with these members. */
export function project(
  id: string,
  title: string,
  members: MemberInput[],
  extra: Partial<ProjectInput> = {},
): ProjectInput {
  return {
    schemaVersion: 2,
    id,
    title,
    stage: 'during',
    timeZone: 'Europe/London',
    timeframe: { start: '2026-01-05', milestones: [] },
    progressTracking: { cadence: 'monthly', lastReview: '2026-11-02' },
    topics: [id],
    group: { requiredPerspectives: [], members },
    ...extra,
  };
}

/** A two-hour meeting on a day, attended by these members. */
export function meeting(id: string, day: string, memberIds: readonly string[]) {
  return {
    id,
    kind: 'formal-meeting' as const,
    title: `Meeting ${id}`,
    start: `${day}T18:00:00+00:00`,
    end: `${day}T20:00:00+00:00`,
    attendance: memberIds.map((memberId) => ({ memberId })),
  };
}

/** The outcome and issues of one portfolio rule, run as a council runs it. */
export async function portfolioRule(
  ruleId: string,
  projects: readonly ProjectInput[],
  parameters: Readonly<Record<string, ParameterValue>> = {},
): Promise<{ outcome: RuleOutcome | undefined; issues: FlaggedIssue[]; report: PortfolioReport }> {
  const rules: CouncilConfig = { rules: { [ruleId]: { parameters: { ...parameters } } } };
  const report = await checkPortfolio(projects, { now: NOW, rules });
  return {
    outcome: report.findings.outcomes.find((o) => o.ruleId === ruleId),
    issues: report.findings.issues.filter((i) => i.ruleId === ruleId),
    report,
  };
}

/** The same portfolio with the rule switched off in the configuration. */
export async function switchedOff(ruleId: string, projects: readonly ProjectInput[]) {
  const report = await checkPortfolio(projects, {
    now: NOW,
    rules: { rules: { [ruleId]: 'off' } },
  });
  return report.findings.outcomes.find((o) => o.ruleId === ruleId);
}
