/**
 * Running a check: derive the facts once, run json-rules-engine, read its
 * result tree with three-valued (Kleene) logic, and turn outcomes and
 * findings into a report.
 *
 * json-rules-engine keeps its run status on the engine object, and a second
 * `run()` on an engine that is still running can make the first one skip
 * rules without an error. So each rule set keeps a small pool of engines
 * per stage, day and time zone: a check borrows an idle engine (or builds
 * one) and gives it back when done, and no engine ever runs two checks at
 * once. What one check needs (its derived project and fact values) travels
 * with the run itself, in the almanac handed to `run()`, never on the
 * engine; the operators are bound to the day and time zone when the engine
 * is built, as json-rules-engine hands an operator only the values it compares.
 *
 * @module
 */

import { Almanac, Engine, type TopLevelCondition } from 'json-rules-engine';
import { CoproduceError, problem } from '../model/errors.js';
import { isVouched } from '../model/freeze.js';
import { parseProject } from '../model/parse.js';
import type { Project, Stage } from '../model/project.js';
import { calendarDateIn } from '../time/zone.js';
import { applyAcknowledgements } from './acknowledge.js';
import {
  type CompiledRule,
  canonicalJson,
  compareText,
  councilWord,
  type FactUse,
  type FrameworkWords,
  type RuleSet,
  type RuleSetInternals,
  type RuleTexts,
  requireRuleSetInternals,
} from './compile.js';
import type { FactProvider } from './fact-provider.js';
import { type DerivedProject, deriveProject, type FactDefinition } from './facts/index.js';
import {
  type CompiledMessage,
  compileMessage,
  DEFAULT_LOCALE,
  type RenderOptions,
  renderCompiled,
  renderMessage,
} from './messages.js';
import { noticesOf } from './notices.js';
import { type OperatorContext, operatorEvaluators } from './operators.js';
import { pathResolver } from './path.js';
import {
  type CheckReport,
  compareIssuesOfOneRule,
  countReport,
  type EvidenceFact,
  type FlaggedIssue,
  IssueIds,
  issueId,
  REPORT_VERSION,
  type RuleOutcome,
  ruleIssueComparator,
} from './report.js';
import { type CouncilConfig, LocaleSchema, type ParameterValue } from './rule-schema.js';
import { ruleSetFor } from './rule-set-cache.js';
import type { CheckOutcome, DataValue, Finding, SubjectRef } from './types.js';

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

/** Engines kept idle per rule set, stage, day and time zone; more are built under load and dropped after. */
const MAX_IDLE_ENGINES = 8;
/**
 * Days and time zones kept pooled per rule set: a council's projects share
 * a few zones, and checks "as of" many dates (a history replayed) would
 * otherwise keep engines for every day.
 */
const MAX_ENGINE_POOLS = 8;

/** Everything one run needs, carried by the almanac of that run. */
interface RunContext {
  readonly derived: DerivedProject;
  readonly facts: ReadonlyMap<string, FactDefinition>;
  /** The rule set's fact slots (see {@link Runner}): what each one asks for. */
  readonly slots: readonly FactAlias[];
  /** Fact values of this check, by slot; {@link UNSET} until asked for. */
  readonly values: unknown[];
}

/** A slot whose fact this check has not asked for yet (a fact may well be `undefined`). */
const UNSET: unique symbol = Symbol('unset');

/** json-rules-engine's almanac for one run, holding that run's context. */
class CheckAlmanac extends Almanac {
  constructor(readonly context: RunContext) {
    super({ allowUndefinedFacts: false, pathResolver: (value, path) => pathResolver(value, path) });
  }
}

function runContext(almanac: Almanac): RunContext {
  if (!(almanac instanceof CheckAlmanac)) throw new Error('An engine ran outside a check');
  return almanac.context;
}

/** Locales already found to be language tags (few, and asked about at every check). */
const knownLocales = new Set<string>();

function isLocaleTag(locale: string): boolean {
  if (knownLocales.has(locale)) return true;
  if (!LocaleSchema.safeParse(locale).success) return false;
  if (knownLocales.size < 100) knownLocales.add(locale);
  return true;
}

/**
 * The value of the fact in a slot for this check, computed on first use.
 * Slots are numbered when the rule set's runner is made, so a check looks a
 * value up by index instead of by fact id and the JSON of its parameters.
 */
function factValue(context: RunContext, slot: number): unknown {
  const known = context.values[slot];
  if (known !== UNSET) return known;
  const { fact: id, params } = context.slots[slot]!;
  const fact = context.facts.get(id);
  if (!fact) throw new Error(`Fact ${id} is not in the catalogue`);
  const value = fact.compute(context.derived, params);
  context.values[slot] = value;
  return value;
}

/** One fact with one set of parameters, as the engine asks for it. */
interface FactAlias {
  readonly fact: string;
  readonly params: Readonly<Record<string, unknown>>;
}

type ConditionNode = Readonly<Record<string, unknown>>;

const isNode = (value: unknown): value is ConditionNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A rule's conditions with every fact reference (and its parameters) named
 * by one engine fact of its own. json-rules-engine evaluates a fresh copy
 * of the conditions at every run, so parameters handed to a fact are new
 * objects each time; named once here, a fact's value is found in the
 * check's memo without writing its parameters out again.
 */
function withFactAliases(
  node: ConditionNode,
  alias: (fact: string, params: unknown) => string,
): ConditionNode {
  for (const key of ['all', 'any'] as const) {
    const children = node[key];
    if (Array.isArray(children)) {
      return { ...node, [key]: children.map((c) => (isNode(c) ? withFactAliases(c, alias) : c)) };
    }
  }
  if (isNode(node.not)) return { ...node, not: withFactAliases(node.not, alias) };
  if (typeof node.fact !== 'string') return node;
  const { params, ...leaf } = node;
  const out: Record<string, unknown> = { ...leaf, fact: alias(node.fact, params) };
  const value = node.value;
  if (isNode(value) && typeof value.fact === 'string') {
    const { params: valueParams, ...reference } = value;
    out.value = { ...reference, fact: alias(value.fact, valueParams) };
  }
  return out;
}

/**
 * What a report's layout takes from the rule set alone, worked out once per
 * rule set rather than at every check: rules are given by their position in
 * `ruleSet.rules`.
 */
interface RuleLayout {
  /** The rules in the order of the report's outcomes: by section, then rule id. */
  readonly outcomeOrder: readonly number[];
  /**
   * The rules in the order of the report's issues (by severity, section and
   * rule id, see `issueComparator`): each rule's issues share those, so a
   * check sorts only within each rule's run.
   */
  readonly issueOrder: readonly number[];
  readonly plans: readonly RulePlan[];
  /** Each rule that names others in `dependsOn`, with the positions of those in the rule set, in its order. */
  readonly dependencies: readonly { readonly rule: number; readonly on: readonly number[] }[];
}

/** What making a rule's issues takes from the rule alone. */
interface RulePlan {
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

/** Pools of idle engines, per stage, day and time zone (see the module comment). */
class Runner {
  private readonly idle = new Map<string, Engine[]>();
  private readonly rulesByStage = new Map<Stage, readonly CompiledRule[]>();
  /**
   * Every fact with one set of parameters that the rules read (in
   * conditions, as evidence or for subjects), numbered: slot `i` of a
   * check's values holds `slots[i]`, and engine fact `fact\u0000i` reads it.
   */
  readonly slots: FactAlias[] = [];
  /** Each rule's conditions, naming those engine facts. */
  private readonly conditions = new Map<string, ConditionNode>();
  /** Slots of each rule's evidence, in the order of its fact uses. */
  readonly useSlots = new Map<string, readonly number[]>();
  /** Slot of each subject rule's findings. */
  readonly subjectSlots = new Map<string, number>();

  constructor(
    private readonly ruleSet: RuleSet,
    readonly internals: RuleSetInternals,
  ) {
    const byKey = new Map<string, number>();
    const slotOf = (fact: string, raw: unknown): number => {
      const params = (isNode(raw) ? raw : {}) as Readonly<Record<string, unknown>>;
      const whole = `${fact}\u0000${canonicalJson(params)}`;
      let slot = byKey.get(whole);
      if (slot === undefined) {
        slot = this.slots.length;
        byKey.set(whole, slot);
        this.slots.push({ fact, params });
      }
      return slot;
    };
    const alias = (fact: string, raw: unknown): string => `${fact}\u0000${slotOf(fact, raw)}`;
    for (const rule of ruleSet.rules) {
      const conditions = (internals.engineConditions.get(rule.id) ??
        rule.conditions) as unknown as ConditionNode;
      this.conditions.set(rule.id, withFactAliases(conditions, alias));
      const uses = internals.uses.get(rule.id) ?? [];
      this.useSlots.set(
        rule.id,
        uses.map((use) => slotOf(use.fact, use.params)),
      );
      if (rule.subjects !== undefined) {
        this.subjectSlots.set(
          rule.id,
          slotOf(
            internals.subjectFacts.get(rule.id) ?? rule.subjects.fact,
            internals.subjectParams.get(rule.id) ?? {},
          ),
        );
      }
    }
  }

  /** Rendered rule titles, by locale and time zone (see `Judge`); a few combinations at most. */
  private readonly titles = new Map<string, Map<string, string>>();

  titlesFor(locale: string, timeZone: string): Map<string, string> {
    const key = `${locale}\u0000${timeZone}`;
    let titles = this.titles.get(key);
    if (titles === undefined) {
      if (this.titles.size >= MAX_ENGINE_POOLS) this.titles.clear();
      titles = new Map();
      this.titles.set(key, titles);
    }
    return titles;
  }

  private layout: RuleLayout | undefined;
  /** A council's framework words by report locale (see frameworkWordsOf); a few locales at most. */
  private readonly frameworkWords = new Map<string, FrameworkWordLists | undefined>();

  frameworkWordsIn(locale: string): FrameworkWordLists | undefined {
    if (this.frameworkWords.has(locale)) return this.frameworkWords.get(locale);
    const lists = frameworkWordsOf(this.ruleSet, this.internals.resolved.councilWords, locale);
    if (this.frameworkWords.size >= MAX_ENGINE_POOLS) this.frameworkWords.clear();
    this.frameworkWords.set(locale, lists);
    return lists;
  }

  /** Where each rule's outcome and issues go in a report: the same for every check of the rule set. */
  rulesLayout(): RuleLayout {
    if (this.layout !== undefined) return this.layout;
    const rules = this.ruleSet.rules;
    const sections = this.ruleSet.sections;
    const sectionIndex = (s: string) => {
      const i = sections.indexOf(s);
      return i < 0 ? sections.length : i;
    };
    const positions = rules.map((_, k) => k);
    const byIssues = ruleIssueComparator(sections);
    const plans = rules.map((rule): RulePlan => {
      const names = this.internals.placeholders.get(rule.id) ?? [];
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
    });
    this.layout = {
      outcomeOrder: [...positions].sort(
        (a, b) =>
          sectionIndex(rules[a]!.section) - sectionIndex(rules[b]!.section) ||
          compareText(rules[a]!.id, rules[b]!.id),
      ),
      issueOrder: [...positions].sort((a, b) =>
        byIssues(
          { severity: rules[a]!.severity, section: rules[a]!.section, ruleId: rules[a]!.id },
          { severity: rules[b]!.severity, section: rules[b]!.section, ruleId: rules[b]!.id },
        ),
      ),
      plans,
      dependencies: rules.flatMap((rule, k) => {
        // A rule the configuration left off raises nothing, so it holds nothing up.
        const on = (rule.dependsOn ?? [])
          .map((id) => rules.findIndex((r) => r.id === id))
          .filter((i) => i >= 0);
        return on.length > 0 ? [{ rule: k, on }] : [];
      }),
    };
    return this.layout;
  }

  rulesFor(stage: Stage): readonly CompiledRule[] {
    let rules = this.rulesByStage.get(stage);
    if (!rules) {
      rules = this.ruleSet.rules.filter((r) => r.stages === undefined || r.stages.includes(stage));
      this.rulesByStage.set(stage, rules);
    }
    return rules;
  }

  /** Runs the stage's rules over one check's context, on an engine no other check is using. */
  async run(
    stage: Stage,
    operators: OperatorContext,
    context: RunContext,
  ): Promise<Awaited<ReturnType<Engine['run']>>> {
    const key = `${stage}\u0000${operators.today}\u0000${operators.timeZone}`;
    const engine = this.idle.get(key)?.pop() ?? this.build(stage, operators);
    // An engine whose run failed may hold half-done state: it is dropped rather than pooled.
    const result = await engine.run({}, { almanac: new CheckAlmanac(context) });
    let idle = this.idle.get(key);
    if (idle === undefined) {
      // A new day or time zone: engines kept for days gone by are no use any more.
      if (this.idle.size >= MAX_ENGINE_POOLS) this.idle.delete(this.idle.keys().next().value!);
      idle = [];
      this.idle.set(key, idle);
    }
    if (idle.length < MAX_IDLE_ENGINES) idle.push(engine);
    return result;
  }

  private build(stage: Stage, operators: OperatorContext): Engine {
    const engine = new Engine([], {
      allowUndefinedFacts: false,
      pathResolver: (value: object, path: string) => pathResolver(value, path),
    });
    for (const [name, evaluate] of operatorEvaluators(operators)) {
      engine.addOperator(name, evaluate);
    }
    for (let slot = 0; slot < this.slots.length; slot++) {
      engine.addFact(
        `${this.slots[slot]!.fact}\u0000${slot}`,
        (_copy: unknown, almanac: Almanac) => factValue(runContext(almanac), slot),
        // Our own memo caches per check; json-rules-engine's cache would hash every params object.
        { cache: false },
      );
    }
    for (const rule of this.rulesFor(stage)) {
      engine.addRule({
        name: rule.id,
        conditions: this.conditions.get(rule.id) as unknown as TopLevelCondition,
        event: { type: rule.id },
      });
    }
    return engine;
  }
}

const runners = new WeakMap<RuleSet, Runner>();

function runnerFor(ruleSet: RuleSet): Runner {
  let runner = runners.get(ruleSet);
  if (!runner) {
    runner = new Runner(ruleSet, requireRuleSetInternals(ruleSet));
    runners.set(ruleSet, runner);
  }
  return runner;
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

type Kleene = boolean | 'unknown';

const isMissing = (value: unknown) => value === null || value === undefined;

interface ResultNode {
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
 */
function kleene(node: ResultNode): Kleene {
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

/** A rule's title, and the heading of its issues that need review when it gives one. */
interface RuleTitles {
  readonly title: string;
  readonly needsReviewTitle: string | undefined;
}

/** A rule's outcome in the report. */
function outcomeOf(
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

/** A rule's parameters as message data: new arrays, as a report's data is the caller's to change. */
function parameterData(rule: CompiledRule): Record<string, DataValue> {
  const data: Record<string, DataValue> = {};
  for (const [name, value] of Object.entries(rule.parameters)) {
    data[name] = Array.isArray(value) ? [...value] : (value as DataValue);
  }
  return data;
}

/** Reports are the caller's to keep and change, so they never share the rule set's frozen arrays. */
function copyParameters(
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

function isNonEmptyFindingList(value: unknown): value is readonly Finding[] {
  return Array.isArray(value) && typeof value[0] === 'object' && value[0] !== null;
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

/** The words of a council's own framework a report in `locale` needs (see {@link councilWord}). */
function frameworkWordsOf(
  ruleSet: RuleSet,
  words: Readonly<Record<string, FrameworkWords>>,
  locale: string,
): FrameworkWordLists | undefined {
  if (Object.keys(words).length === 0) return undefined;
  const sections: [string, string][] = [];
  for (const section of ruleSet.sections) {
    const word = councilWord(words, locale, 'sections', section);
    if (word !== undefined && word !== section) sections.push([section, word]);
  }
  const questions = new Map<string, string>();
  for (const rule of ruleSet.rules) {
    for (const id of rule.questions) {
      const word = councilWord(words, locale, 'questions', id);
      if (word !== undefined) questions.set(id, word);
    }
  }
  if (sections.length === 0 && questions.size === 0) return undefined;
  return { sections, questions: [...questions] };
}

/** A report's `frameworkWords` as lists of names and words, worked out once per rule set and locale. */
interface FrameworkWordLists {
  readonly sections: readonly (readonly [string, string])[];
  readonly questions: readonly (readonly [string, string])[];
}

/** The report's own `frameworkWords`, new at every check, as a report is the caller's to change. */
function frameworkWordsField(lists: FrameworkWordLists | undefined): {
  frameworkWords?: CheckReport['frameworkWords'];
} {
  if (lists === undefined) return {};
  const sections: Record<string, string> = {};
  for (const [name, word] of lists.sections) sections[name] = word;
  const questions: Record<string, string> = {};
  for (const [id, word] of lists.questions) questions[id] = word;
  return { frameworkWords: { sections, questions } };
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
  const locale = options.locale ?? ruleSet.locale;
  if (!isLocaleTag(locale)) {
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
  const runner = runnerFor(ruleSet);
  const { internals } = runner;
  const context: RunContext = {
    derived: internals.provider.derive(project, now, internals.resolved.evidence),
    facts: internals.facts,
    slots: runner.slots,
    values: new Array<unknown>(runner.slots.length).fill(UNSET),
  };
  const trees = await resultTrees(runner, project, now, context);

  const judge = new Judge(runner, context, locale, project);
  const rules = ruleSet.rules;
  const layout = runner.rulesLayout();
  // Outcomes and issues are kept by rule, then laid out in the report's
  // order, which depends only on the rules (see RuleLayout).
  const byRule: RuleOutcome[] = [];
  const runs: FlaggedIssue[][] = [];
  const parameters: Record<string, Record<string, ParameterValue>> = {};
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k]!;
    parameters[rule.id] = copyParameters(rule.parameters);
    const run: FlaggedIssue[] = [];
    byRule.push(judge.rule(rule, layout.plans[k]!, trees.get(rule.id), run));
    runs.push(run);
  }
  holdUpIssues(runs, layout.dependencies);
  const outcomes: RuleOutcome[] = [];
  for (const k of layout.outcomeOrder) outcomes.push(byRule[k]!);
  const issues: FlaggedIssue[] = [];
  for (const k of layout.issueOrder) {
    const run = runs[k]!;
    // Findings mostly come in document order already: checked in a loop the
    // compiler can inline, a sorted run is left as it is, with no copy or sort.
    if (run.length > 1 && !inOrder(run)) run.sort(compareIssuesOfOneRule);
    for (const issue of run) issues.push(issue);
  }

  const sections = ruleSet.sections;
  // Issues the project acknowledged leave the open list (see acknowledge.ts).
  const recorded = project.acknowledgements !== undefined;
  const split = recorded
    ? applyAcknowledgements(project, issues, now, {
        placeholders: ruleSet.evidence.placeholders,
        locale,
      })
    : { issues, acknowledged: [], notices: [], missing: [] };
  for (const messageId of split.missing) judge.missingText(messageId);
  const counts = countReport(split.issues, outcomes, sections);
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
    notices: noticesOf(project, startsOf(internals.provider, context.derived)),
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

/** Runs the rules of the project's stage and keeps each rule's result tree, by rule id. */
async function resultTrees(
  runner: Runner,
  project: Project,
  now: Date,
  context: RunContext,
): Promise<ReadonlyMap<string, ResultNode>> {
  const trees = new Map<string, ResultNode>();
  if (runner.rulesFor(project.stage).length === 0) return trees;
  const operators = { today: calendarDateIn(now, project.timeZone), timeZone: project.timeZone };
  const result = await runner.run(project.stage, operators, context);
  for (const ruleResult of [...result.results, ...result.failureResults]) {
    trees.set(String(ruleResult.name), ruleResult.conditions as unknown as ResultNode);
  }
  return trees;
}

/**
 * Names, on the issue of each rule that could not tell at all, the rule it
 * depends on that raised an issue in this check (`heldUpBy`): the first in
 * its `dependsOn` that did, or where that one's own issue is held up in
 * turn, the rule at the end of the chain, so the issue joins a card that
 * reports show. Loops are refused when the rules are loaded.
 */
function holdUpIssues(runs: FlaggedIssue[][], dependencies: RuleLayout['dependencies']): void {
  if (dependencies.length === 0) return;
  const direct = new Map<number, number>();
  for (const { rule, on } of dependencies) {
    const run = runs[rule]!;
    const only = run[0];
    // One issue about the project as a whole that needs review: the rule could not tell at all.
    if (run.length !== 1 || only === undefined || only.outcome !== 'needs-review') continue;
    if (only.subject.type !== 'project' && only.subject.type !== 'portfolio') continue;
    const cause = on.find((k) => runs[k]!.length > 0);
    if (cause !== undefined) direct.set(rule, cause);
  }
  for (const [rule, cause] of direct) {
    let end = cause;
    // Bounded by the number of rules, whatever the rules say.
    for (let step = 0; step < runs.length && direct.has(end); step++) end = direct.get(end)!;
    const run = runs[rule]!;
    const { docs, ...issue } = run[0]!;
    const heldUpBy = runs[end]![0]!.ruleId;
    // Kept before docs, which is always an issue's last key.
    run[0] = docs === undefined ? { ...issue, heldUpBy } : { ...issue, heldUpBy, docs };
  }
}

/** Whether one rule's issues are already in report order. */
function inOrder(run: readonly FlaggedIssue[]): boolean {
  for (let k = 1; k < run.length; k++) {
    if (compareIssuesOfOneRule(run[k - 1]!, run[k]!) > 0) return false;
  }
  return true;
}

/**
 * Turns each rule's result tree into its outcome and issues, in the
 * report's words: one per check, as it remembers which texts the locale lacked.
 */
class Judge {
  private readonly internals: RuleSetInternals;
  private readonly missing = new Map<string, { locale: string; messageId: string }>();
  private readonly texts: TextPicker;
  /** Rendered titles by rule id, shared by the checks of this runner in one locale and zone. */
  private readonly titles: Map<string, string>;
  private readonly renderOptions: RenderOptions;
  private readonly fallbackOptions: RenderOptions;
  private readonly projectSubject: SubjectRef;

  constructor(
    private readonly runner: Runner,
    private readonly context: RunContext,
    private readonly locale: string,
    project: Project,
  ) {
    this.internals = runner.internals;
    this.texts = textPicker(locale, this.missing);
    this.titles = runner.titlesFor(locale, project.timeZone);
    // Words in the report's locale; date-times read in the project's zone, never the machine's.
    // A text the locale lacks is shown in en-GB, with en-GB words for its dates and lists.
    this.renderOptions = { locale, timeZone: project.timeZone };
    this.fallbackOptions = { locale: DEFAULT_LOCALE, timeZone: project.timeZone };
    this.projectSubject = {
      // A portfolio's rules without subjects are about the whole portfolio.
      type: this.internals.provider.kind === 'portfolio' ? 'portfolio' : 'project',
      id: project.id,
      label: project.title,
      pointer: '',
    };
  }

  missingText(messageId: string): void {
    this.missing.set(`${this.locale}\u0000${messageId}`, { locale: this.locale, messageId });
  }

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

  /** The rule's outcome; its issues are added to `issues`. */
  rule(
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

  /**
   * The evidence every issue of a rule shares (the facts it read), and the
   * value each of its message's placeholders takes unless the issue's
   * finding or subject gives one, by position in `names`.
   */
  evidenceOf(
    rule: CompiledRule,
    names: readonly string[],
  ): {
    facts: EvidenceFact[];
    base: DataValue[];
  } {
    const { internals, context } = this;
    const uses: readonly FactUse[] = internals.uses.get(rule.id) ?? [];
    const slots = this.runner.useSlots.get(rule.id) ?? [];
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

  /** The text of one of a rule's messages in the report's words, noting a text the locale lacks. */
  textOf(rule: CompiledRule, key: keyof RuleTexts, fallback: string): RuleText {
    return {
      parts: compileMessage(this.texts.text(rule, key) ?? fallback),
      options: this.optionsFor(rule, key),
    };
  }
}

interface RuleText {
  readonly parts: CompiledMessage;
  readonly options: RenderOptions;
}

/**
 * Makes one rule's issues in one check. Everything that is the same for
 * every issue of the rule is worked out once: a big group can give one
 * rule hundreds, so each issue is only its own objects and words.
 */
class IssueMaker {
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
    const { facts, base } = judge.evidenceOf(rule, plan.names);
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
  pick(outcome: 'flagged' | 'needs-review', subject: SubjectRef): RuleText {
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

  make(
    outcome: 'flagged' | 'needs-review',
    subject: SubjectRef,
    id: string,
    finding?: Finding,
  ): FlaggedIssue {
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
