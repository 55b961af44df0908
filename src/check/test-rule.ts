/**
 * A rule tester in the style of ESLint's RuleTester, for the default rules
 * and for a council's own: give it projects that must pass, must be flagged
 * or must need review, and it checks each one. It returns a promise and
 * throws nothing framework-specific, so it works under vitest, jest, mocha
 * or `node:test`.
 *
 * @module
 */

import * as z from 'zod';
import { CoproduceError, type ProblemDetail, type ProblemParam, problem } from '../model/errors.js';
import { parseProject } from '../model/parse.js';
import type { ProjectInput } from '../model/project.js';
import { zodProblems } from '../model/zod-problems.js';
import {
  canonicalJson,
  createRuleSet,
  focusResolvedConfig,
  isRuleSet,
  type ResolvedConfig,
  type RuleSet,
  requireRuleSetInternals,
  resolveConfig,
} from './compile.js';
import { check } from './evaluate.js';
import type { FactProvider } from './fact-provider.js';
import { GENERIC_ACTION, GENERIC_FLAGGED_ID, GENERIC_NEEDS_REVIEW_ID } from './issue-maker.js';
import {
  type CouncilConfig,
  type ParameterValue,
  ParameterValueSchema,
  type ParseResult,
  RuleIdSchema,
  rawJsonProblems,
} from './rule-schema.js';

/**
 * The `now` used by a rule test case that names none, so tests never depend
 * on the day they run.
 *
 * @category Customisation
 * @example `DEFAULT_TEST_NOW // '2025-06-02T09:00:00Z'`
 */
export const DEFAULT_TEST_NOW = '2025-06-02T09:00:00Z';

/**
 * One project to check in a rule test.
 *
 * @category Customisation
 * @example
 * ```ts
 * const c: RuleTestCase = {
 *   name: 'a member quiet for two meetings, with the threshold at two',
 *   project: minimalProject({ stage: 'during' }),
 *   parameters: { quietMeetings: 2 },
 *   subjects: ['m-01'],
 *   messageId: 'quiet-members.flagged',
 * };
 * ```
 */
export interface RuleTestCase {
  /** Shown when the case fails. */
  readonly name?: string;
  /** A project document; it is validated with `parseProject` first. */
  readonly project: ProjectInput;
  /** The check's `now`; default {@link DEFAULT_TEST_NOW}. */
  readonly now?: Date | string;
  /** Parameter values for this case, as a configuration would set them. */
  readonly parameters?: Readonly<Record<string, ParameterValue>>;
  /**
   * For `invalid` cases: the ids of exactly the subjects expected to be
   * flagged; for `needsReview` cases, of exactly those expected to need
   * review.
   */
  readonly subjects?: readonly string[];
  /**
   * For `invalid` and `needsReview` cases: the message expected, exactly
   * (text) or by pattern; every issue of the rule with the case's outcome
   * must match it.
   */
  readonly message?: string | RegExp;
  /** Like `message`, for the suggested action. */
  readonly action?: string | RegExp;
  /**
   * For `valid` cases: the rule is expected not to apply (its stage,
   * scope or conditions leave it out), rather than to pass. Without it a
   * `valid` case must pass: a rule that does not apply proves nothing.
   */
  readonly notApplicable?: boolean;
  /**
   * For `invalid` and `needsReview` cases: the message id every issue of
   * the rule with the case's outcome must carry (such as
   * `'quiet-members.flagged'`).
   */
  readonly messageId?: string;
  /**
   * The message ids of exactly the rule's issues in this case, in any
   * order, one entry per issue (such as two `'quiet-members.flagged'` for
   * two quiet members). For a `valid` case, `[]`.
   */
  readonly messageIds?: readonly string[];
}

/**
 * The cases of a rule test: `valid` projects pass (or, when the case says
 * `notApplicable`, the rule does not apply), `invalid` ones are flagged,
 * `needsReview` ones need review.
 *
 * @category Customisation
 * @example
 * ```ts
 * const cases: RuleTestCases = {
 *   valid: [
 *     { name: 'an idea recorded', project: minimalProject({ ideas: [{ id: 'i-1', summary: 'Evening sessions', raisedOn: '2025-05-01', status: 'open' }] }) },
 *     { name: 'still planning', project: minimalProject({ stage: 'planning' }), notApplicable: true },
 *   ],
 *   needsReview: [{ name: 'early days', project: minimalProject(), messageId: 'ideas-recorded.needsReview' }],
 * };
 * ```
 */
export interface RuleTestCases {
  readonly valid?: readonly RuleTestCase[];
  readonly invalid?: readonly RuleTestCase[];
  readonly needsReview?: readonly RuleTestCase[];
}

/**
 * Options of {@link testRule}.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * // A council's own rule, tested on its own beside the recommended rules.
 * const rule = JSON.parse(await readFile('council-rules/online-option.json', 'utf8'));
 * const options: TestRuleOptions = { rules: { customRules: [rule] }, now: '2026-11-20T12:00:00Z' };
 * ```
 */
export interface TestRuleOptions {
  /** Where the rule comes from: a rule set or a configuration (for a council's own rules). Default: the default rules. */
  readonly rules?: RuleSet | CouncilConfig;
  /** The default `now` for cases that name none. */
  readonly now?: Date | string | undefined;
}

/**
 * The error {@link testRule} rejects with: like a `CoproduceError`, with a
 * `code` and one problem per failing case (its path is the case's place,
 * such as `['invalid', 2]`).
 *
 * @category Customisation
 * @example
 * ```ts
 * await testRule('ideas-recorded', { valid: [{ project: minimalProject() }] }).catch((error: RuleTestError) => {
 *   // valid.0: valid[0] should pass, but got needs-review (…)
 *   for (const p of error.problems) console.log(`${p.path.join('.')}: ${p.message}`);
 * });
 * ```
 */
export class RuleTestError extends Error {
  override readonly name = 'RuleTestError';
  readonly code = 'rule-test-failed' as const;
  readonly problems: readonly ProblemDetail[];

  constructor(ruleId: string, problems: readonly ProblemDetail[]) {
    const lines = problems.map((p) => `  - ${p.path.join('.')}: ${p.message}`);
    super(
      `The rule "${ruleId}" failed ${problems.length} test case${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
    );
    this.problems = problems;
  }
}

/**
 * A small valid project document to build test cases from: a project in
 * the `during` stage in Europe/London with nothing recorded, plus your
 * overrides (top-level fields replace the defaults).
 *
 * @category Customisation
 * @example
 * ```ts
 * const project = minimalProject({ stage: 'planning', purpose: { what: 'Better respite booking' } });
 * ```
 */
export function minimalProject(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    schemaVersion: 2,
    id: 'test-project',
    title: 'Test project',
    stage: 'during',
    timeZone: 'Europe/London',
    ...overrides,
  };
}

type Expectation = 'valid' | 'invalid' | 'needsReview';

function describeCase(kind: Expectation, index: number, testCase: RuleTestCase): string {
  return testCase.name ? `"${testCase.name}"` : `${kind}[${index}]`;
}

/**
 * Checks each case against one rule (with every other rule off) and
 * resolves when all behave as expected; otherwise rejects with a
 * {@link RuleTestError} listing every failing case. A test with no cases
 * fails, since it could not catch anything.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { minimalProject, testRule } from 'coproduce/testing';
 *
 * it('ideas-recorded', () =>
 *   testRule('ideas-recorded', {
 *     valid: [{ project: minimalProject({ ideas: [{ id: 'i-1', summary: 'Evening sessions', raisedOn: '2025-05-01', status: 'open' }] }) }],
 *     needsReview: [{ project: minimalProject() }],
 *   }));
 * ```
 */
export async function testRule(
  ruleId: string,
  cases: RuleTestCases,
  options: TestRuleOptions = {},
): Promise<void> {
  let resolved: ResolvedConfig;
  let facts: FactProvider | undefined;
  if (options.rules !== undefined && isRuleSet(options.rules)) {
    const internals = requireRuleSetInternals(options.rules);
    resolved = internals.resolved;
    facts = internals.provider;
  } else {
    resolved = resolveConfig(options.rules ?? {});
  }
  const ruleSets = new Map<string, RuleSet>();
  const ruleSetFor = (parameters: Readonly<Record<string, ParameterValue>> = {}) => {
    const key = canonicalJson(parameters);
    let ruleSet = ruleSets.get(key);
    if (!ruleSet) {
      ruleSet = createRuleSet(
        focusResolvedConfig(resolved, ruleId, parameters),
        facts ? { facts } : {},
      );
      ruleSets.set(key, ruleSet);
    }
    return ruleSet;
  };
  ruleSetFor();

  const all: { kind: Expectation; index: number; testCase: RuleTestCase }[] = [];
  for (const kind of ['valid', 'invalid', 'needsReview'] as const) {
    (cases[kind] ?? []).forEach((testCase, index) => {
      all.push({ kind, index, testCase });
    });
  }
  if (all.length === 0) {
    throw new RuleTestError(ruleId, [
      problem([], 'no test cases: give at least one valid, invalid or needsReview case', {
        code: 'rule-test-no-cases',
        params: {},
      }),
    ]);
  }

  const failures = await Promise.all(
    all.map(async ({ kind, index, testCase }): Promise<ProblemDetail | undefined> => {
      const where = [kind, index];
      const label = describeCase(kind, index, testCase);
      // Each failure carries a code and its values, so a front end says it in its reader's language.
      const fail = (code: string, message: string, params: Record<string, ProblemParam> = {}) =>
        problem(where, message, { ruleId, code, params: { case: label, ...params } });
      try {
        const project = parseProject(testCase.project);
        const report = await check(project, {
          rules: ruleSetFor(testCase.parameters),
          now: testCase.now ?? options.now ?? DEFAULT_TEST_NOW,
        });
        const outcome =
          report.outcomes.find((o) => o.ruleId === ruleId)?.outcome ?? 'not-applicable';
        const issues = report.issues.filter((i) => i.ruleId === ruleId);
        const got = `${outcome}${issues.length > 0 ? ` (${issues.map((i) => `${i.outcome} ${i.subject.type} ${i.subject.id}: ${i.message}`).join('; ')})` : ''}`;
        // What happened, in parts, so another language can say the outcomes in its own words.
        const happened: Record<string, ProblemParam> = {
          got,
          outcome,
          issueOutcomes: issues.map((i) => i.outcome),
          issueTypes: issues.map((i) => i.subject.type),
          issueIds: issues.map((i) => i.subject.id),
          issueMessages: issues.map((i) => i.message),
        };
        if (testCase.notApplicable === true && kind !== 'valid') {
          return fail(
            'rule-test-not-applicable-misplaced',
            `${label}: "notApplicable" belongs to valid cases only, since a rule that does not apply raises no issue`,
          );
        }
        const misplaced = (['subjects', 'message', 'action', 'messageId'] as const).filter(
          (key) => kind === 'valid' && testCase[key] !== undefined,
        );
        if (misplaced.length > 0) {
          const keys = misplaced.map((k) => `"${k}"`);
          return fail(
            'rule-test-misplaced',
            `${label}: ${keys.join(', ')} cannot be checked on a valid case, which raises no issue`,
            { keys },
          );
        }
        if (kind === 'valid') {
          const expected = testCase.notApplicable === true ? 'not-applicable' : 'passed';
          if (outcome !== expected) {
            if (testCase.notApplicable === true) {
              return fail(
                'rule-test-should-not-apply',
                `${label} should not apply, but got ${got}`,
                happened,
              );
            }
            return outcome === 'not-applicable'
              ? fail(
                  'rule-test-should-pass-not-applicable',
                  `${label} should pass, but got ${got} (if the rule is meant not to apply here, say notApplicable: true)`,
                  happened,
                )
              : fail('rule-test-should-pass', `${label} should pass, but got ${got}`, happened);
          }
        }
        if (kind === 'needsReview' && outcome !== 'needs-review') {
          return fail(
            'rule-test-should-need-review',
            `${label} should need review, but got ${got}`,
            happened,
          );
        }
        if (testCase.messageIds !== undefined) {
          const expected = [...testCase.messageIds].sort();
          const actual = issues.map((i) => i.messageId).sort();
          if (canonicalJson(expected) !== canonicalJson(actual)) {
            return fail(
              'rule-test-message-ids',
              `${label} should give the message ids [${expected.join(', ')}], but gave [${actual.join(', ')}]`,
              { wanted: expected, actual },
            );
          }
        }
        // A message that had to give way to the generic text named a value
        // the issue lacks: a bug in the rule's words, whatever the outcome.
        const holes = issues.filter(
          (i) =>
            i.messageId === GENERIC_FLAGGED_ID ||
            i.messageId === GENERIC_NEEDS_REVIEW_ID ||
            i.action === GENERIC_ACTION,
        );
        if (holes.length > 0) {
          const found = holes.map(
            (i) => `${i.subject.type} ${i.subject.id}: data ${JSON.stringify(i.data)}`,
          );
          return fail(
            'rule-test-generic-text',
            `${label}: a message names a value this issue does not have, so the generic text was shown (${found.join('; ')})`,
            { found: found.join('; ') },
          );
        }
        const wanted = kind === 'invalid' ? 'flagged' : 'needs-review';
        for (const [key, expected] of [
          ['message', testCase.message],
          ['action', testCase.action],
          ['messageId', testCase.messageId],
        ] as const) {
          if (expected === undefined) continue;
          const wrong = issues
            .filter((i) => i.outcome === wanted)
            .map((i) => i[key])
            .filter((text) =>
              typeof expected === 'string' ? text !== expected : !expected.test(text),
            );
          if (wrong.length > 0) {
            const exact = typeof expected === 'string';
            return fail(
              `rule-test-${key === 'messageId' ? 'message-id' : key}-${exact ? 'is' : 'matches'}`,
              `${label}: the ${key === 'messageId' ? 'message id' : key} should ${exact ? `be "${expected}"` : `match ${String(expected)}`}, but was "${wrong[0]}"`,
              { wanted: String(expected), actual: String(wrong[0]) },
            );
          }
        }
        if (kind === 'invalid' && outcome !== 'flagged') {
          return fail(
            'rule-test-should-be-flagged',
            `${label} should be flagged, but got ${got}`,
            happened,
          );
        }
        if (kind !== 'valid' && testCase.subjects !== undefined) {
          const expected = [...testCase.subjects].sort();
          const actual = issues
            .filter((i) => i.outcome === wanted)
            .map((i) => i.subject.id)
            .sort();
          if (canonicalJson(expected) !== canonicalJson(actual)) {
            const verb = kind === 'invalid' ? 'flag' : 'ask for review of';
            const past = kind === 'invalid' ? 'flagged' : 'asked for review of';
            return fail(
              kind === 'invalid' ? 'rule-test-subjects-flagged' : 'rule-test-subjects-review',
              `${label} should ${verb} [${expected.join(', ')}], but ${past} [${actual.join(', ')}]`,
              { wanted: expected, actual },
            );
          }
        }
        return undefined;
      } catch (error) {
        // The error's own problems keep their codes (as JSON, since a problem's
        // values are plain text): a front end says each in its reader's language.
        const causes =
          error instanceof CoproduceError
            ? error.problems.map((p) =>
                JSON.stringify({
                  path: p.path,
                  message: p.message,
                  code: p.code,
                  params: p.params,
                }),
              )
            : [];
        return fail(
          'rule-test-not-checked',
          `${label} could not be checked: ${(error as Error).message}`,
          { reason: (error as Error).message, causes },
        );
      }
    }),
  );
  const failed = failures.filter((f): f is ProblemDetail => f !== undefined);
  if (failed.length > 0) throw new RuleTestError(ruleId, failed);
}

// A case as a file can write it: text for `now`, `message` and `action`, and
// part of a project. RuleTestCase is wider (a Date, RegExps, a whole
// project), so it is written by hand; a type test keeps this a subset of it.
const fixtureCase = z.strictObject({
  name: z.string().min(1).max(500).optional(),
  /** A project document; fields left out take {@link minimalProject}'s values. */
  project: z.record(z.string(), z.unknown()),
  now: z.string().max(64).optional(),
  parameters: z.record(z.string(), ParameterValueSchema).optional(),
  subjects: z.array(z.string().min(1).max(200)).max(1000).optional(),
  message: z.string().min(1).max(2000).optional(),
  action: z.string().min(1).max(2000).optional(),
  notApplicable: z.boolean().optional(),
  messageId: z.string().min(1).max(300).optional(),
  messageIds: z.array(z.string().min(1).max(300)).max(1000).optional(),
});

/**
 * A rule test written as JSON, so a council can add cases without code:
 * the rule's id, an optional `now`, and `valid`, `invalid` and
 * `needsReview` cases as {@link RuleTestCase}s (with `message` and `action`
 * as exact text). A case's `project` may leave out any top-level field: it
 * takes the value {@link minimalProject} gives it.
 *
 * @category Customisation
 * @example
 * ```ts
 * RuleTestFileSchema.parse({ rule: 'ideas-recorded', invalid: [{ name: 'no ideas', project: {} }] });
 * ```
 */
export const RuleTestFileSchema = z.strictObject({
  $schema: z.string().max(2000).optional(),
  rule: RuleIdSchema,
  /** What the cases show, for readers of the file. */
  about: z.string().min(1).max(2000).optional(),
  now: z.string().max(64).optional(),
  valid: z.array(fixtureCase).max(200).optional(),
  invalid: z.array(fixtureCase).max(200).optional(),
  needsReview: z.array(fixtureCase).max(200).optional(),
});

/**
 * A rule test file, read: the rule id, the default `now`, and the cases
 * ready for {@link testRule}.
 *
 * @category Customisation
 * @example
 * ```ts
 * const parsed = parseRuleTestFile(JSON.parse(text));
 * if (parsed.success) {
 *   const file: RuleTestFile = parsed.value;
 *   await testRule(file.ruleId, file.cases, { now: file.now });
 * }
 * ```
 */
export interface RuleTestFile {
  readonly ruleId: string;
  readonly now?: string | undefined;
  readonly cases: RuleTestCases;
}

/**
 * Reads a rule test written as JSON (see {@link RuleTestFileSchema}) into
 * the arguments of {@link testRule}.
 *
 * @category Customisation
 * @example
 * ```ts
 * const parsed = parseRuleTestFile(JSON.parse(text), { file: 'tests/strengths-recorded.json' });
 * if (parsed.success) {
 *   const { ruleId, cases, now } = parsed.value;
 *   await testRule(ruleId, cases, { rules: ruleSet, now });
 * }
 * ```
 */
export function parseRuleTestFile(
  raw: unknown,
  options: { file?: string } = {},
): ParseResult<RuleTestFile> {
  const extra = options.file !== undefined ? { file: options.file } : {};
  const rawProblems = rawJsonProblems(raw, extra);
  if (rawProblems.length > 0) return { success: false, problems: rawProblems };
  const result = RuleTestFileSchema.safeParse(raw);
  if (!result.success) {
    return {
      success: false,
      problems: zodProblems(result.error, { schema: RuleTestFileSchema }).map((p) => ({
        ...p,
        ...extra,
      })),
    };
  }
  const { rule, now, valid, invalid, needsReview } = result.data;
  const toCases = (list: NonNullable<typeof valid>): RuleTestCase[] =>
    list.map(({ project, ...rest }) => {
      const defined = Object.fromEntries(
        Object.entries(rest).filter(([, value]) => value !== undefined),
      ) as Omit<RuleTestCase, 'project'>;
      return { ...defined, project: minimalProject(project as Partial<ProjectInput>) };
    });
  const cases: RuleTestCases = {
    ...(valid ? { valid: toCases(valid) } : {}),
    ...(invalid ? { invalid: toCases(invalid) } : {}),
    ...(needsReview ? { needsReview: toCases(needsReview) } : {}),
  };
  return { success: true, value: { ruleId: rule, ...(now !== undefined ? { now } : {}), cases } };
}
