/**
 * Making the issues of a rule that flagged something or needs review: each
 * issue's data values (from the rule's parameters, the facts it read, its
 * finding and its subject), its evidence, and its title, message and action
 * in the report's words. A message or action that names a value the issue
 * lacks (see `missingPlaceholders`) gives way to the generic text for its
 * outcome, exported here; see docs/contributing/rules-design.md.
 *
 * @module
 */

import type { CompiledRule, FactUse } from './compile.js';
import type { Judge } from './judge.js';
import {
  type CompiledMessage,
  DEFAULT_LOCALE,
  type RenderOptions,
  renderCompiled,
} from './messages.js';
import { pathResolver } from './path.js';
import type { EvidenceFact, FlaggedIssue } from './report-schema.js';
import type { RuleTitles } from './rule-outcome.js';
import type { ParameterValue } from './rule-schema.js';
import { factValue, type RunContext, type Runner } from './rule-set-runner.js';
import type { DataValue, Finding, IssueOutcome, SubjectRef } from './types.js';

/**
 * The text used when a rule needs review but has no `needsReview` message.
 *
 * @category Check
 * @example `GENERIC_NEEDS_REVIEW.startsWith('Some of the data') // true`
 */
export const GENERIC_NEEDS_REVIEW =
  'Some of the data this rule needs has not been recorded, so it cannot be checked yet.';

/**
 * The message shown for a flagged issue when the rule's flagged message
 * names a value this issue does not have: the conditions decided the
 * outcome, so it stays flagged, but the sentence cannot be completed.
 *
 * @category Check
 * @example `GENERIC_FLAGGED.startsWith('Something here') // true`
 */
export const GENERIC_FLAGGED =
  'Something here needs attention, but some of the details are not recorded, so they cannot be named yet.';

/**
 * The message id of {@link GENERIC_FLAGGED}.
 *
 * @category Check
 * @example `issue.messageId === GENERIC_FLAGGED_ID // the generic text was shown`
 */
export const GENERIC_FLAGGED_ID = 'coproduce.flagged';

/**
 * The message id of {@link GENERIC_NEEDS_REVIEW} when it stands in for a
 * rule's own needs-review message that could not be completed.
 *
 * @category Check
 * @example `issue.messageId === GENERIC_NEEDS_REVIEW_ID // the generic text was shown`
 */
export const GENERIC_NEEDS_REVIEW_ID = 'coproduce.needsReview';

/**
 * The action shown when a rule's own action names a value the issue does
 * not have.
 *
 * @category Check
 * @example `GENERIC_ACTION.startsWith('Look at') // true`
 */
export const GENERIC_ACTION =
  'Look at what the project has recorded for this, fill in what is missing, and check again.';

/**
 * The action id of {@link GENERIC_ACTION}.
 *
 * @category Check
 * @example `issue.actionId === GENERIC_ACTION_ID // the generic action was shown`
 */
export const GENERIC_ACTION_ID = 'coproduce.action';

/**
 * What making a rule's issues takes from the rule alone: worked out once
 * per rule set (see {@link rulePlanOf}).
 *
 * @example
 * ```ts
 * const [rule] = ruleSet.rules;
 * if (rule) {
 *   const { names, subjectAt } = rulePlanOf(rule, ['subject', 'n']); // subjectAt: 0
 * }
 * ```
 */
export interface RulePlan {
  /** The placeholders of the rule's texts, sorted: the keys of an issue's `data`, in order. */
  readonly names: readonly string[];
  /** Where `subject` is in `names`, or -1: always the subject's label. */
  readonly subjectAt: number;
  readonly flaggedMessageId: string;
  readonly needsReviewMessageId: string;
  readonly needsReviewSubjectMessageId: string;
  /** The ids of the texts an issue is headed by and told what to do by, for each outcome. */
  readonly titleId: string;
  readonly needsReviewTitleId: string;
  readonly actionId: string;
  readonly needsReviewActionId: string;
}

/**
 * The plan of a rule's issues, given the sorted placeholders of its texts.
 *
 * @example
 * ```ts
 * import { requireRuleSetInternals } from './ruleset/types.js';
 *
 * const { placeholders } = requireRuleSetInternals(ruleSet);
 * for (const rule of ruleSet.rules) {
 *   rulePlanOf(rule, placeholders.get(rule.id) ?? []).flaggedMessageId; // e.g. 'quiet-members.flagged'
 * }
 * ```
 */
export function rulePlanOf(rule: CompiledRule, names: readonly string[]): RulePlan {
  return {
    names,
    subjectAt: names.indexOf('subject'),
    flaggedMessageId: `${rule.id}.flagged`,
    needsReviewMessageId: `${rule.id}.needsReview`,
    needsReviewSubjectMessageId: `${rule.id}.needsReviewSubject`,
    titleId: `${rule.id}.title`,
    needsReviewTitleId: `${rule.id}.needsReviewTitle`,
    actionId: `${rule.id}.action`,
    needsReviewActionId: `${rule.id}.needsReviewAction`,
  };
}

/**
 * One of a rule's texts in the report's words: the template, split once,
 * and how to render it (in the report's locale, or en-GB when the locale lacks it).
 *
 * @example
 * ```ts
 * import { compileMessage } from './messages.js';
 *
 * const text: RuleText = { parts: compileMessage('{who} left'), options: { locale: 'cy' } };
 * ```
 */
export interface RuleText {
  readonly parts: CompiledMessage;
  readonly options: RenderOptions;
}

/**
 * A copy of parameter values. Reports are the caller's to keep and change,
 * so they never share the rule set's frozen arrays.
 *
 * @example
 * ```ts
 * for (const rule of ruleSet.rules) copyParameters(rule.parameters); // e.g. { quietMeetings: 3 }
 * ```
 */
export function copyParameters(
  values: Readonly<Record<string, ParameterValue>>,
): Record<string, ParameterValue> {
  // A spread copies a small object faster than its entries can be listed and set.
  const out: Record<string, ParameterValue> = { ...values };
  for (const name in out) {
    const value = out[name];
    if (Array.isArray(value)) out[name] = [...value];
  }
  return out;
}

function toDataValue(value: unknown): DataValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return [...value];
    // A findings list: name its subjects.
    return value.map((v) => {
      const subject = (v as { subject?: { id?: unknown } } | null)?.subject;
      return typeof subject?.id === 'string' ? subject.id : String(v);
    });
  }
  return null;
}

function isNonEmptyFindingList(value: unknown): value is readonly Finding[] {
  return Array.isArray(value) && typeof value[0] === 'object' && value[0] !== null;
}

/**
 * The evidence every issue of a rule shares (the facts it read), and the
 * value each of its message's placeholders takes unless the issue's
 * finding or subject gives one, by position in `names`.
 */
function evidenceOf(
  rule: CompiledRule,
  names: readonly string[],
  runner: Runner,
  context: RunContext,
): {
  facts: EvidenceFact[];
  base: DataValue[];
} {
  const uses: readonly FactUse[] = runner.internals.uses.get(rule.id) ?? [];
  const slots = runner.useSlots.get(rule.id) ?? [];
  const facts: EvidenceFact[] = uses.map((use, k) => {
    const raw = factValue(context, slots[k]!);
    const value =
      use.path !== undefined && raw !== null && typeof raw === 'object'
        ? pathResolver(raw, use.path)
        : raw;
    const fact = use.name ?? use.fact;
    const params = copyParameters(use.params as Readonly<Record<string, ParameterValue>>);
    // A findings list is evidence by its size: each issue carries its own
    // finding, and repeating the whole list in every issue would make a
    // report grow with the square of the group's size.
    const data = isNonEmptyFindingList(value) ? value.length : toDataValue(value);
    // Two literals rather than a spread of the optional path, which is copied key by key.
    return use.path !== undefined
      ? { fact, params, path: use.path, value: data }
      : { fact, params, value: data };
  });
  const factData: Record<string, DataValue> = {};
  for (const item of facts) if (!(item.fact in factData)) factData[item.fact] = item.value;
  // Findings facts show labels in messages, ids in evidence. Only a name a
  // message shows is read from here, so no other list of labels is made.
  for (let k = 0; k < uses.length; k++) {
    const use = uses[k]!;
    const name = use.name ?? use.fact;
    if (use.path !== undefined || !names.includes(name)) continue;
    const raw = factValue(context, slots[k]!);
    if (Array.isArray(raw) && raw.some((v) => typeof v === 'object' && v !== null)) {
      factData[name] = (raw as Finding[]).map((f) => f.subject.label);
    }
  }
  // Later sources win: parameters, then the facts the rule reads (then,
  // for each issue, its finding and its subject).
  const base: DataValue[] = [];
  for (const name of names) {
    let value: DataValue | undefined;
    if (name === 'subject') value = null;
    else if (Object.hasOwn(factData, name)) value = factData[name];
    else if (Object.hasOwn(rule.parameters, name)) {
      // A new list, as a report's data is the caller's to change.
      const parameter = rule.parameters[name] as DataValue;
      value = Array.isArray(parameter) ? [...parameter] : parameter;
    }
    base.push(value ?? null);
  }
  return { facts, base };
}

/**
 * Makes one rule's issues in one check. Everything that is the same for
 * every issue of the rule is worked out once: a big group can give one
 * rule hundreds, so each issue is only its own objects and words.
 *
 * @example
 * ```ts
 * import { Judge } from './judge.js';
 * import { runnerFor } from './rule-set-runner.js';
 *
 * const runner = runnerFor(ruleSet);
 * const context = runner.contextFor(project, new Date());
 * const judge = new Judge(runner, context, 'en-GB', project);
 * const [rule] = ruleSet.rules;
 * const [plan] = runner.rulesLayout().plans;
 * if (rule && plan) {
 *   const maker = new IssueMaker(judge, rule, plan, { title: rule.id, needsReviewTitle: undefined });
 *   const issue = maker.make('flagged', { type: 'project', id: project.id, label: project.title, pointer: '' }, `${rule.id}:project`);
 * }
 * ```
 */
export class IssueMaker {
  private readonly facts: EvidenceFact[];
  /** Each placeholder's value unless the issue's finding or subject gives one, by position in the plan's names. */
  private readonly base: readonly DataValue[];
  private readonly questionIds: readonly string[];
  /** Whether the rule says apart what to do on an issue that needs review. */
  private readonly hasReviewAction: boolean;
  /** Whether the rule says apart what an issue that needs review about one of its records finds. */
  private readonly hasSubjectReview: boolean;
  // Picked on first use, so missingMessages lists only the texts a report shows.
  private flaggedText: RuleText | undefined;
  private needsReviewText: RuleText | undefined;
  private needsReviewSubjectText: RuleText | undefined;
  private actionText: RuleText | undefined;
  private needsReviewActionText: RuleText | undefined;

  constructor(
    private readonly judge: Judge,
    private readonly rule: CompiledRule,
    private readonly plan: RulePlan,
    private readonly titles: RuleTitles,
  ) {
    const { facts, base } = evidenceOf(rule, plan.names, judge.runner, judge.context);
    this.facts = facts;
    this.base = base;
    this.questionIds = Object.freeze([...rule.questions]);
    this.hasReviewAction = rule.texts[DEFAULT_LOCALE]?.needsReviewAction !== undefined;
    this.hasSubjectReview = rule.texts[DEFAULT_LOCALE]?.needsReviewSubject !== undefined;
  }

  /** Whether an issue about this subject that needs review shows the rule's `needsReviewSubject`. */
  private reviewsSubject(subject: SubjectRef): boolean {
    return this.hasSubjectReview && subject.type === this.rule.scope;
  }

  /** The text of an issue with this outcome, about this subject. */
  pick(outcome: IssueOutcome, subject: SubjectRef): RuleText {
    if (outcome === 'flagged') {
      this.flaggedText ??= this.judge.textOf(this.rule, 'flagged', this.rule.id);
      return this.flaggedText;
    }
    if (this.reviewsSubject(subject)) {
      this.needsReviewSubjectText ??= this.judge.textOf(
        this.rule,
        'needsReviewSubject',
        GENERIC_NEEDS_REVIEW,
      );
      return this.needsReviewSubjectText;
    }
    this.needsReviewText ??= this.judge.textOf(this.rule, 'needsReview', GENERIC_NEEDS_REVIEW);
    return this.needsReviewText;
  }

  /**
   * What to do: the rule's `needsReviewAction` on an issue that needs
   * review, when the rule has one (`review`), and its `action` otherwise.
   */
  private actionFor(review: boolean): RuleText {
    const { rule, judge } = this;
    if (!review) {
      this.actionText ??= judge.textOf(rule, 'action', '');
      return this.actionText;
    }
    this.needsReviewActionText ??= judge.textOf(rule, 'needsReviewAction', '');
    return this.needsReviewActionText;
  }

  /** The issue with this outcome about this subject, with its finding when it has one. */
  make(outcome: IssueOutcome, subject: SubjectRef, id: string, finding?: Finding): FlaggedIssue {
    const { rule, plan } = this;
    const findingData = finding?.data;
    // Later sources win: the rule's values (see evidenceOf), then the finding's, then the subject's label.
    const data: Record<string, DataValue> = {};
    const { names, subjectAt } = plan;
    const base = this.base;
    // {subject} names one of the things the rule is about. An issue about the
    // project as a whole, from a rule about members (say), has none: the
    // project's title in a member's place ("Ask <title> what they enjoy")
    // reads as nonsense, so the text gives way to the generic one instead.
    const subjectLabel = subject.type === rule.scope ? subject.label : null;
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      data[name] =
        k === subjectAt
          ? subjectLabel
          : findingData !== undefined && Object.hasOwn(findingData, name)
            ? (findingData[name] ?? null)
            : base[k]!;
    }
    // A message is never shown with a hole in it. Only the conditions
    // decide the outcome; a message that names a value this issue lacks
    // gives way to the generic text for its outcome (see
    // docs/contributing/rules-design.md).
    const flagged = outcome === 'flagged';
    const text = this.pick(outcome, subject);
    let message = renderCompiled(text.parts, data, text.options);
    let messageId = flagged
      ? plan.flaggedMessageId
      : this.reviewsSubject(subject)
        ? plan.needsReviewSubjectMessageId
        : plan.needsReviewMessageId;
    if (message === undefined) {
      message = flagged ? GENERIC_FLAGGED : GENERIC_NEEDS_REVIEW;
      messageId = flagged ? GENERIC_FLAGGED_ID : GENERIC_NEEDS_REVIEW_ID;
    }
    // An issue that needs review takes the rule's own heading and action for that case, where it has them.
    const reviewTitle = flagged ? undefined : this.titles.needsReviewTitle;
    const reviewAction = !flagged && this.hasReviewAction;
    const actionText = this.actionFor(reviewAction);
    let action = renderCompiled(actionText.parts, data, actionText.options);
    let actionId = reviewAction ? plan.needsReviewActionId : plan.actionId;
    if (action === undefined) {
      action = GENERIC_ACTION;
      actionId = GENERIC_ACTION_ID;
    }
    const issue: { -readonly [K in keyof FlaggedIssue]: FlaggedIssue[K] } = {
      id,
      ruleId: rule.id,
      set: rule.set,
      questionIds: this.questionIds,
      section: rule.section,
      severity: rule.severity,
      outcome,
      title: reviewTitle ?? this.titles.title,
      titleId: reviewTitle !== undefined ? plan.needsReviewTitleId : plan.titleId,
      message,
      messageId,
      data,
      action,
      actionId,
      subject: {
        type: subject.type,
        id: subject.id,
        label: subject.label,
        pointer: subject.pointer,
      },
      evidence:
        findingData !== undefined
          ? { facts: this.facts, finding: findingData }
          : { facts: this.facts },
    };
    // Set after, not spread in: a spread in the literal made every issue slower to build. Still the last key.
    if (rule.docs !== undefined) issue.docs = rule.docs;
    return issue;
  }
}
