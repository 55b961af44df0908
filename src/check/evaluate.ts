/**
 * Running a check: `check()` and its options. Its steps have modules of
 * their own: the runner of a rule set and its engines (rule-set-runner.ts),
 * a rule's outcome in three-valued logic (rule-outcome.ts), judging each
 * rule (judge.ts) and making its issues (issue-maker.ts), rules held up by
 * those they depend on (depends-on.ts), the report's order
 * (report-order.ts) and a council's own words (framework-words.ts).
 *
 * @module
 */

import { CoproduceError, problem } from '../model/errors.js';
import { isVouched } from '../model/freeze.js';
import { parseProject } from '../model/parse.js';
import type { Project } from '../model/project.js';
import { applyAcknowledgements } from './acknowledge.js';
import type { RuleSet } from './compile.js';
import { holdUpIssues } from './depends-on.js';
import type { FactProvider } from './fact-provider.js';
import { type DerivedProject, deriveProject } from './facts/index.js';
import { frameworkWordsField } from './framework-words.js';
import { Judge } from './judge.js';
import { noticesOf } from './notices.js';
import { inReportOrder } from './report-order.js';
import { type CheckReport, countReport, REPORT_VERSION } from './report-schema.js';
import { type CouncilConfig, LocaleSchema } from './rule-schema.js';
import { ruleSetFor } from './rule-set-cache.js';
import { resultTrees, runnerFor } from './rule-set-runner.js';

/**
 * Options of {@link check}.
 *
 * @category Check
 * @example
 * ```ts
 * const options: CheckOptions = { rules: { rules: { 'quiet-members': 'error' } }, now: '2025-06-02T09:00:00Z', locale: 'cy' };
 * ```
 */
export interface CheckOptions {
  /** A compiled rule set (best: reuse it), or a configuration to compile. Default: `coproduce:recommended`. */
  readonly rules?: RuleSet | CouncilConfig | undefined;
  /** The moment the check is made, as a `Date` or an ISO 8601 date-time with an offset. Default: now. */
  readonly now?: Date | string | undefined;
  /** The locale of the messages. Default: the rule set's locale (`en-GB` unless configured). */
  readonly locale?: string | undefined;
  /**
   * The saved history the project was read from, if it was: the report
   * records whether its chain of hashes was verified, and every format
   * warns when it was not (a version 1 history read with `allowUnverified`).
   */
  readonly history?: { readonly verified: boolean } | undefined;
}

function parseNow(now: CheckOptions['now']): Date {
  if (now === undefined) return new Date();
  const date =
    now instanceof Date
      ? new Date(now.getTime())
      : typeof now === 'string' &&
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(now)
        ? new Date(now)
        : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new CoproduceError(
      'invalid-options',
      'The "now" option must be a valid Date or an ISO 8601 date-time with a time zone offset.',
      [problem(['now'], 'must be a date-time like 2025-06-02T09:00:00Z', { code: 'option-now' })],
    );
  }
  return date;
}

/** Locales already found to be language tags (few, and asked about at every check). */
const knownLocales = new Set<string>();

/** The locale of the report, once it is known to be a language tag. */
function parseLocale(locale: string): string {
  if (knownLocales.has(locale)) return locale;
  if (!LocaleSchema.safeParse(locale).success) {
    throw new CoproduceError(
      'invalid-options',
      `The locale "${locale}" is not a language tag like "en-GB" or "cy".`,
      [
        problem(['locale'], 'must be a language tag like "en-GB" or "cy"', {
          code: 'option-locale',
        }),
      ],
    );
  }
  if (knownLocales.size < 100) knownLocales.add(locale);
  return locale;
}

/**
 * Checks a project against a rule set and returns the report. Pure: no
 * I/O, and the same project, rules, `now` and locale always give a
 * deep-equal report. Problems in the project are issues in the report;
 * only unusable input throws. A project that did not come from
 * `parseProject`, a command or a history is validated first.
 *
 * @throws {@link CoproduceError} `invalid-project` for a project that is
 * not valid (see `parseProject`); `invalid-options` for a bad `now`, locale
 * or rules value; `invalid-config` / `invalid-rule` when a configuration
 * passed as `rules` cannot be compiled.
 *
 * @category Check
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { check, createRuleSet, parseProjectJson } from 'coproduce';
 *
 * const ruleSet = createRuleSet({ rules: { 'quiet-members': { parameters: { quietMeetings: 2 } } } });
 * const project = parseProjectJson(await readFile('project.json', 'utf8'));
 * const report = await check(project, { rules: ruleSet, now: '2025-06-02T09:00:00Z' });
 * for (const issue of report.issues) console.log(issue.severity, issue.message);
 * ```
 */
export async function check(project: Project, options: CheckOptions = {}): Promise<CheckReport> {
  // A project the library did not make or check (built by hand, or JSON that
  // skipped parseProject) is validated first: invalid-project, not a crash.
  if (!isVouched(project)) project = parseProject(project);
  const ruleSet = ruleSetFor(options.rules);
  const now = parseNow(options.now);
  const locale = parseLocale(options.locale ?? ruleSet.locale);

  // Derive the project's facts, run the rules of its stage, and judge every rule.
  const runner = runnerFor(ruleSet);
  const context = runner.contextFor(project, now);
  const trees = await resultTrees(runner, project, now, context);
  const judge = new Judge(runner, context, locale, project);
  const layout = runner.rulesLayout();
  const { byRule, runs, parameters } = judge.rules(ruleSet.rules, layout.plans, trees);
  holdUpIssues(runs, layout.dependencies);
  const { outcomes, issues } = inReportOrder(layout, byRule, runs);

  // Issues the project acknowledged leave the open list (see acknowledge.ts).
  const recorded = project.acknowledgements !== undefined;
  const split = recorded
    ? applyAcknowledgements(project, issues, now, {
        placeholders: ruleSet.evidence.placeholders,
        locale,
      })
    : { issues, acknowledged: [], notices: [], missing: [] };
  for (const messageId of split.missing) judge.missingText(messageId);
  const counts = countReport(split.issues, outcomes, ruleSet.sections);
  return {
    reportVersion: REPORT_VERSION,
    project: {
      id: project.id,
      title: project.title,
      stage: project.stage,
      timeZone: project.timeZone,
    },
    checkedAt: now.toISOString(),
    locale,
    ...(options.history !== undefined ? { history: { verified: options.history.verified } } : {}),
    issues: split.issues,
    ...(recorded
      ? { acknowledged: split.acknowledged, acknowledgementNotices: split.notices }
      : {}),
    outcomes,
    counts: recorded ? { ...counts, acknowledged: split.acknowledged.length } : counts,
    ruleSets: ruleSet.ruleSets.map((s) => ({ ...s })),
    parameters,
    ...frameworkWordsField(runner.frameworkWordsIn(locale)),
    missingMessages: judge.missingMessages(),
    notices: noticesOf(project, startsOf(runner.internals.provider, context.derived)),
    configuration: {
      path: ruleSet.configuration.path,
      ...(ruleSet.configuration.inline ? { inline: true as const } : {}),
      ruleSets: ruleSet.ruleSets.map((s) => ({ ...s })),
    },
  };
}

/**
 * Each activity's start as the library's own derivation read it, by position
 * in the document, for the notices to reuse; `undefined` when another
 * provider derived the project, as its values are not ours to vouch for.
 */
function startsOf(provider: FactProvider, derived: DerivedProject): Float64Array | undefined {
  if (provider.derive !== deriveProject) return undefined;
  const activities = derived.activities;
  const starts = new Float64Array(activities.length);
  for (let pos = 0; pos < activities.length; pos++) {
    const activity = activities[pos]!;
    starts[activity.index] = activity.startMs;
  }
  return starts;
}
