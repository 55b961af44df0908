/**
 * The runner of each rule set: its json-rules-engine engines, the facts its
 * rules read, and what every check of the rule set shares.
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
import type { Project, Stage } from '../model/project.js';
import { calendarDateIn } from '../time/zone.js';
import {
  type CompiledRule,
  canonicalJson,
  type RuleSet,
  type RuleSetInternals,
  requireRuleSetInternals,
} from './compile.js';
import type { DerivedProject, FactDefinition } from './facts/index.js';
import { type FrameworkWordLists, frameworkWordsOf } from './framework-words.js';
import { type OperatorContext, operatorEvaluators } from './operators.js';
import { pathResolver } from './path.js';
import { type RuleLayout, ruleLayoutOf } from './report-order.js';
import type { ResultNode } from './rule-outcome.js';

/** Engines kept idle per rule set, stage, day and time zone; more are built under load and dropped after. */
const MAX_IDLE_ENGINES = 8;
/**
 * Days and time zones kept pooled per rule set: a council's projects share
 * a few zones, and checks "as of" many dates (a history replayed) would
 * otherwise keep engines for every day.
 */
const MAX_ENGINE_POOLS = 8;

/**
 * Everything one run needs, carried by the almanac of that run.
 *
 * @example
 * ```ts
 * import { runnerFor } from './rule-set-runner.js';
 *
 * const now = new Date();
 * const runner = runnerFor(ruleSet);
 * const context = runner.contextFor(project, now);
 * factValue(context, 0); // the value of the fact in the first slot
 * ```
 */
export interface RunContext {
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

/**
 * The value of the fact in a slot for this check, computed on first use.
 * Slots are numbered when the rule set's runner is made, so a check looks a
 * value up by index instead of by fact id and the JSON of its parameters.
 *
 * @example
 * ```ts
 * import { runnerFor } from './rule-set-runner.js';
 *
 * const now = new Date();
 * const runner = runnerFor(ruleSet);
 * const context = runner.contextFor(project, now);
 * for (const rule of ruleSet.rules) {
 *   const slot = runner.subjectSlots.get(rule.id);
 *   const findings = slot === undefined ? undefined : factValue(context, slot);
 * }
 * ```
 */
export function factValue(context: RunContext, slot: number): unknown {
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
 * Pools of idle engines, per stage, day and time zone (see the module
 * comment), and what the checks of one rule set share: its fact slots, its
 * report layout, its rendered titles and its framework words.
 *
 * @example
 * ```ts
 * import { runnerFor } from './rule-set-runner.js';
 *
 * const now = new Date();
 * const runner = runnerFor(ruleSet);
 * const context = runner.contextFor(project, now);
 * const operators = { today: '2025-06-02', timeZone: project.timeZone };
 * const result = await runner.run(project.stage, operators, context);
 * ```
 */
export class Runner {
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
    this.layout ??= ruleLayoutOf(this.ruleSet, this.internals.placeholders);
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

  /** One check's context: the project derived at `now`, and no fact value asked for yet. */
  contextFor(project: Project, now: Date): RunContext {
    const internals = this.internals;
    return {
      derived: internals.provider.derive(project, now, internals.resolved.evidence),
      facts: internals.facts,
      slots: this.slots,
      values: new Array<unknown>(this.slots.length).fill(UNSET),
    };
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

/**
 * The runner of a rule set, made at its first check and kept as long as the
 * rule set is.
 *
 * @example `const runner = runnerFor(createRuleSet());`
 */
export function runnerFor(ruleSet: RuleSet): Runner {
  let runner = runners.get(ruleSet);
  if (!runner) {
    runner = new Runner(ruleSet, requireRuleSetInternals(ruleSet));
    runners.set(ruleSet, runner);
  }
  return runner;
}

/**
 * Runs the rules of the project's stage and keeps each rule's result tree,
 * by rule id; a rule the stage does not run has none.
 *
 * @example
 * ```ts
 * const now = new Date();
 * const runner = runnerFor(ruleSet);
 * const trees = await resultTrees(runner, project, now, runner.contextFor(project, now));
 * ```
 */
export async function resultTrees(
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
