/**
 * Judging each rule in one check: its outcome from its result tree (see
 * rule-outcome.ts), its issues (see issue-maker.ts), and its texts in the
 * report's locale, noting those the locale lacks for the report's
 * `missingMessages`.
 *
 * @module
 */

import type { Project } from '../model/project.js';
import { type CompiledRule, compareText, type RuleTexts } from './compile.js';
import { copyParameters, IssueMaker, type RulePlan, type RuleText } from './issue-maker.js';
import { compileMessage, DEFAULT_LOCALE, type RenderOptions, renderMessage } from './messages.js';
import { type FlaggedIssue, IssueIds, issueId, type RuleOutcome } from './report-schema.js';
import { kleene, outcomeOf, type ResultNode } from './rule-outcome.js';
import type { ParameterValue } from './rule-schema.js';
import { factValue, type RunContext, type Runner } from './rule-set-runner.js';
import type { DataValue, Finding, SubjectRef } from './types.js';

/** A rule's parameters as message data: new arrays, as a report's data is the caller's to change. */
function parameterData(rule: CompiledRule): Record<string, DataValue> {
  const data: Record<string, DataValue> = {};
  for (const [name, value] of Object.entries(rule.parameters)) {
    data[name] = Array.isArray(value) ? [...value] : (value as DataValue);
  }
  return data;
}

function isFindingList(value: unknown): value is readonly Finding[] {
  return Array.isArray(value);
}

interface TextPicker {
  text(rule: CompiledRule, key: keyof RuleTexts): string | undefined;
}

function textPicker(
  locale: string,
  missing: Map<string, { locale: string; messageId: string }>,
): TextPicker {
  return {
    text(rule, key) {
      const base = rule.texts[DEFAULT_LOCALE]?.[key];
      if (locale === DEFAULT_LOCALE) return base;
      const translated = rule.texts[locale]?.[key];
      if (translated !== undefined) return translated;
      if (base !== undefined) {
        const messageId = `${rule.id}.${key}`;
        missing.set(`${locale}\u0000${messageId}`, { locale, messageId });
      }
      return base;
    },
  };
}

/**
 * Every rule's outcome and issues, by position in the rule set, and the
 * parameters each rule ran with, as the report records them.
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
 * const { byRule, runs, parameters } = judge.rules(ruleSet.rules, runner.rulesLayout().plans, trees);
 * ```
 */
export interface Judgement {
  readonly byRule: RuleOutcome[];
  readonly runs: FlaggedIssue[][];
  readonly parameters: Record<string, Record<string, ParameterValue>>;
}

/**
 * Turns each rule's result tree into its outcome and issues, in the
 * report's words: one per check, as it remembers which texts the locale lacked.
 *
 * @example
 * ```ts
 * import { resultTrees, runnerFor } from './rule-set-runner.js';
 *
 * const now = new Date();
 * const runner = runnerFor(ruleSet);
 * const context = runner.contextFor(project, now);
 * const trees = await resultTrees(runner, project, now, context);
 * const judge = new Judge(runner, context, 'cy', project);
 * const { byRule, runs } = judge.rules(ruleSet.rules, runner.rulesLayout().plans, trees);
 * ```
 */
export class Judge {
  private readonly missing = new Map<string, { locale: string; messageId: string }>();
  private readonly texts: TextPicker;
  /** Rendered titles by rule id, shared by the checks of this runner in one locale and zone. */
  private readonly titles: Map<string, string>;
  private readonly renderOptions: RenderOptions;
  private readonly fallbackOptions: RenderOptions;
  private readonly projectSubject: SubjectRef;

  constructor(
    readonly runner: Runner,
    readonly context: RunContext,
    private readonly locale: string,
    project: Project,
  ) {
    this.texts = textPicker(locale, this.missing);
    this.titles = runner.titlesFor(locale, project.timeZone);
    // Words in the report's locale; date-times read in the project's zone, never the machine's.
    // A text the locale lacks is shown in en-GB, with en-GB words for its dates and lists.
    this.renderOptions = { locale, timeZone: project.timeZone };
    this.fallbackOptions = { locale: DEFAULT_LOCALE, timeZone: project.timeZone };
    this.projectSubject = {
      // A portfolio's rules without subjects are about the whole portfolio.
      type: runner.internals.provider.kind === 'portfolio' ? 'portfolio' : 'project',
      id: project.id,
      label: project.title,
      pointer: '',
    };
  }

  /** Notes a text, by message id, that the report's locale lacks. */
  missingText(messageId: string): void {
    this.missing.set(`${this.locale}\u0000${messageId}`, { locale: this.locale, messageId });
  }

  /** The report's `missingMessages`: the texts the locale lacked, sorted. */
  missingMessages(): { locale: string; messageId: string }[] {
    return [...this.missing.values()].sort(
      (a, b) => compareText(a.locale, b.locale) || compareText(a.messageId, b.messageId),
    );
  }

  private optionsFor(rule: CompiledRule, key: keyof RuleTexts): RenderOptions {
    return this.locale === DEFAULT_LOCALE || rule.texts[this.locale]?.[key] !== undefined
      ? this.renderOptions
      : this.fallbackOptions;
  }

  /**
   * The rule's title in the report's words. It depends only on the rule set,
   * the locale and the zone, so it is rendered once per runner for them; the
   * template is still picked at every check, which notes a text the locale lacks.
   */
  private titleOf(
    rule: CompiledRule,
    key: 'title' | 'needsReviewTitle' = 'title',
    cacheKey: string = rule.id,
  ): string {
    const template = this.texts.text(rule, key) ?? rule.id;
    let title = this.titles.get(cacheKey);
    if (title === undefined) {
      title = renderMessage(template, parameterData(rule), this.optionsFor(rule, key));
      this.titles.set(cacheKey, title);
    }
    return title;
  }

  /**
   * The heading of the rule's issues that need review, when the rule gives
   * one: its title names a problem, which such an issue has not found.
   */
  private reviewTitleOf(rule: CompiledRule, plan: RulePlan): string | undefined {
    // Kept under its text id, which no rule id can be (ids have no dots).
    return rule.texts[DEFAULT_LOCALE]?.needsReviewTitle === undefined
      ? undefined
      : this.titleOf(rule, 'needsReviewTitle', plan.needsReviewTitleId);
  }

  /**
   * Judges every rule of the rule set, given each rule's plan by position
   * and its result tree by rule id (none for a rule the project's stage
   * does not run).
   */
  rules(
    rules: readonly CompiledRule[],
    plans: readonly RulePlan[],
    trees: ReadonlyMap<string, ResultNode>,
  ): Judgement {
    const byRule: RuleOutcome[] = [];
    const runs: FlaggedIssue[][] = [];
    const parameters: Record<string, Record<string, ParameterValue>> = {};
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k]!;
      parameters[rule.id] = copyParameters(rule.parameters);
      const run: FlaggedIssue[] = [];
      byRule.push(this.rule(rule, plans[k]!, trees.get(rule.id), run));
      runs.push(run);
    }
    return { byRule, runs, parameters };
  }

  /** The rule's outcome; its issues are added to `issues`. */
  private rule(
    rule: CompiledRule,
    plan: RulePlan,
    tree: ResultNode | undefined,
    issues: FlaggedIssue[],
  ): RuleOutcome {
    const titles = { title: this.titleOf(rule), needsReviewTitle: this.reviewTitleOf(rule, plan) };
    if (!tree) return outcomeOf(rule, titles, 'not-applicable', 0, 0);
    const verdict = kleene(tree);
    if (verdict === false) return outcomeOf(rule, titles, 'passed', 0, 0);

    const maker = new IssueMaker(this, rule, plan, titles);
    const project = this.projectSubject;
    if (verdict === 'unknown') {
      issues.push(maker.make('needs-review', project, issueId(rule.id, project.type, project.id)));
      return outcomeOf(rule, titles, 'needs-review', 0, 1);
    }
    const subjectSlot = this.runner.subjectSlots.get(rule.id);
    const findings = subjectSlot !== undefined ? factValue(this.context, subjectSlot) : undefined;
    if (rule.subjects === undefined || !isFindingList(findings) || findings.length === 0) {
      // A project rule, or a subject rule whose conditions hold for reasons other than its findings.
      issues.push(maker.make('flagged', project, issueId(rule.id, project.type, project.id)));
      return outcomeOf(rule, titles, 'flagged', 1, 0);
    }
    let flagged = 0;
    let needsReview = 0;
    // Synchronous to the end of the findings: IssueIds hands each id out once per pass.
    const ids = new IssueIds(rule.id);
    // By index: iterating with for...of made an iterator result per finding here.
    for (let k = 0; k < findings.length; k++) {
      const finding = findings[k]!;
      const outcome = finding.status === 'flagged' ? 'flagged' : 'needs-review';
      const subject = finding.subject;
      const id = ids.next(subject.type, subject.id);
      if (id === undefined) {
        // A subject named twice keeps its first issue; its text is still
        // picked, as before, so the texts the locale lacks are listed alike.
        maker.pick(outcome, subject);
        continue;
      }
      issues.push(maker.make(outcome, subject, id, finding));
      if (outcome === 'flagged') flagged += 1;
      else needsReview += 1;
    }
    return outcomeOf(rule, titles, flagged > 0 ? 'flagged' : 'needs-review', flagged, needsReview);
  }

  /** The text of one of a rule's messages in the report's words, noting a text the locale lacks. */
  textOf(rule: CompiledRule, key: keyof RuleTexts, fallback: string): RuleText {
    return {
      parts: compileMessage(this.texts.text(rule, key) ?? fallback),
      options: this.optionsFor(rule, key),
    };
  }
}
