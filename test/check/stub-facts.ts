/**
 * A tiny fact catalogue for engine tests, independent of the real one: each
 * fact reads a value the test puts under the project's `extensions`, so a
 * test controls every fact value (including `null`, data missing) directly.
 */
import type { FactProvider } from '../../src/check/fact-provider.js';
import type { DerivedProject, FactDefinition } from '../../src/check/facts/index.js';
import type { Finding } from '../../src/check/types.js';
import type { Project, ProjectInput } from '../../src/model/index.js';
import { parseProject } from '../../src/model/parse.js';

function ext(derived: DerivedProject, key: string): unknown {
  const extensions = derived.project.extensions as Record<string, unknown>;
  return Object.hasOwn(extensions, key) ? extensions[key] : null;
}

const scalar = (id: string, type: FactDefinition['type'], nullable = true): FactDefinition => ({
  id,
  type,
  description: `Stub ${type} read from extensions.${id}.`,
  reads: ['extensions'],
  params: {},
  nullable,
  compute: (derived) => ext(derived, id),
});

interface StubFinding {
  id: string;
  label?: string;
  status?: 'flagged' | 'needs-review';
  meetings?: number;
}

/** Counts calls, so tests can see that facts are computed once per check. */
export const computeCalls = { quiet: 0 };

export const stubFacts: readonly FactDefinition[] = [
  scalar('count', 'number'),
  scalar('share', 'share'),
  scalar('flag', 'boolean'),
  scalar('names', 'string-list'),
  scalar('since', 'string'),
  scalar('otherCount', 'number'),
  {
    id: 'scaled',
    type: 'number',
    description: 'extensions.count times factor.',
    reads: ['extensions'],
    params: { factor: { type: 'integer', description: 'Multiplier.', minimum: 1, maximum: 10 } },
    nullable: true,
    compute: (derived, params) => {
      const count = ext(derived, 'count');
      return typeof count === 'number' ? count * Number(params.factor) : null;
    },
  },
  {
    id: 'quiet',
    type: 'findings',
    scope: 'member',
    description: 'Findings from extensions.quiet, keeping those with meetings >= the parameter.',
    reads: ['extensions'],
    params: { meetings: { type: 'integer', description: 'Threshold.', minimum: 1 } },
    data: ['meetings'],
    nullable: true,
    compute: (derived, params) => {
      computeCalls.quiet += 1;
      const raw = ext(derived, 'quiet');
      if (!Array.isArray(raw)) return null;
      const threshold = Number(params.meetings);
      return (raw as StubFinding[])
        .filter((f) => (f.meetings ?? threshold) >= threshold)
        .map(
          (f, i): Finding => ({
            subject: {
              type: 'member',
              id: f.id,
              label: f.label ?? f.id,
              pointer: `/group/members/${i}`,
            },
            status: f.status ?? 'flagged',
            data: { meetings: f.meetings ?? threshold },
          }),
        );
    },
  },
  {
    id: 'lateMilestones',
    type: 'findings',
    scope: 'milestone',
    description: 'Findings of another scope.',
    reads: ['extensions'],
    params: {},
    data: ['title'],
    nullable: false,
    compute: () => [],
  },
];

export const stubProvider: FactProvider = {
  facts: stubFacts,
  derive: (project, _now, evidence) => ({ project, evidence }) as unknown as DerivedProject,
};

/** A valid project whose `extensions` set the stub facts. */
export function stubProject(
  extensions: Record<string, unknown>,
  overrides: Partial<ProjectInput> = {},
): Project {
  return parseProject({
    schemaVersion: 2,
    id: 'p-stub',
    title: 'Stub project',
    stage: 'during',
    timeZone: 'Europe/London',
    ...overrides,
    extensions: extensions as ProjectInput['extensions'],
  });
}

/** A minimal valid rule; tests spread their changes over it. */
export function stubRule(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'stub-rule',
    set: 'council',
    version: 1,
    title: 'A stub rule',
    questions: ['during.everyone-contributes'],
    section: 'Governance',
    scope: 'project',
    severity: 'warning',
    conditions: { all: [{ fact: 'count', operator: 'greaterThan', value: 2 }] },
    messages: { flagged: 'Count is {count}.', action: 'Lower it.' },
    rationale: 'Because.',
    ...overrides,
  };
}

/** A configuration with only the given custom rules enabled. */
export function onlyCustom(...rules: Record<string, unknown>[]): {
  extends: [];
  customRules: never;
} {
  return { extends: [], customRules: rules as never };
}
