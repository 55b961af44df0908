/**
 * What a compiled rule set is: its public shape, and the runner's private
 * view of it (the facts each rule reads, its engine conditions), kept
 * beside it so the public object stays plain data.
 *
 * @module
 */
import { CoproduceError } from '../../model/errors.js';
import type { Stage } from '../../model/project.js';
import { loadBuiltins } from '../config/builtins.js';
import type { ResolvedConfig } from '../config/types.js';
import type { FactProvider } from '../fact-provider.js';
import type { EvidenceOptions } from '../facts/evidence.js';
import type { FactDefinition } from '../facts/index.js';
import type {
  MessageFact,
  MessageOverride,
  ParameterValue,
  RuleParameter,
  TopCondition,
} from '../rule-schema.js';
import type { RuleScope, Severity } from '../types.js';

/**
 * One enabled rule, ready to run: parameters substituted into its
 * conditions, texts per locale. Plain data, deeply frozen.
 *
 * @category Customisation
 * @example
 * ```ts
 * ruleSet.rules.map((r: CompiledRule) => `${r.id} (${r.severity})`); // ['quiet-members (warning)', …]
 * ```
 */
export interface CompiledRule {
  readonly id: string;
  readonly set: string;
  readonly version: number;
  readonly questions: readonly string[];
  readonly section: string;
  readonly scope: RuleScope;
  /** Stages the rule applies to; absent means every stage. */
  readonly stages?: readonly Stage[] | undefined;
  readonly severity: Severity;
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  readonly parameterDefinitions: Readonly<Record<string, RuleParameter>>;
  /** The conditions, with every `{ "param" }` replaced by its value. */
  readonly conditions: TopCondition;
  readonly subjects?: { readonly fact: string } | undefined;
  /**
   * Rules that ask for what this one needs first: when this rule cannot
   * tell at all and one of them raised an issue, its issue is held up by
   * that rule (`heldUpBy`).
   */
  readonly dependsOn?: readonly string[] | undefined;
  /** Facts read only for messages and evidence, with every `{ "param" }` replaced by its value. */
  readonly facts?: readonly MessageFact[] | undefined;
  /** Texts by locale; `en-GB` is always complete, other locales may be partial. */
  readonly texts: Readonly<Record<string, MessageOverride>>;
  readonly rationale: string;
  /** What counts as evidence that the rule's question is answered, when the rule says. */
  readonly evidence?: string | undefined;
  readonly tags: readonly string[];
  /** The rule's own documentation link, or the default rules' page for built-in rules. */
  readonly docs?: string | undefined;
  readonly builtin: boolean;
  readonly file?: string | undefined;
}

/**
 * A compiled, validated, immutable rule set: what {@link createRuleSet}
 * returns and `check()` runs. Reuse one rule set for many checks; it keeps
 * a small pool of engines.
 *
 * @category Customisation
 * @example
 * ```ts
 * const ruleSet: RuleSet = createRuleSet({ rules: { 'quiet-members': 'error' } });
 * ruleSet.rules.length; // enabled rules
 * ```
 */
export interface RuleSet {
  /** The locale reports use by default. */
  readonly locale: string;
  /** Enabled rules, sorted by id. */
  readonly rules: readonly CompiledRule[];
  /** Each rule set (`readiness`, `during`, ...) with a fingerprint of its enabled rules' ids and versions. */
  readonly ruleSets: readonly { readonly id: string; readonly version: string }[];
  /** Locales with a message catalogue, besides `en-GB`. */
  readonly locales: readonly string[];
  /** Presets and files the configuration applied, in order. */
  readonly sources: readonly string[];
  /** Section names in report order: the framework's, then others alphabetically. */
  readonly sections: readonly string[];
  /** How strictly evidence is read (placeholder texts, reflection authors), from the configuration. */
  readonly evidence: EvidenceOptions;
  /**
   * The configuration file the rule set was loaded from, as reports name it
   * (`null` for the recommended rules or a configuration given as data), and
   * `inline: true` for a configuration given as data with no name, so a
   * report never calls it the recommended rules.
   */
  readonly configuration: { readonly path: string | null; readonly inline?: true | undefined };
}

/**
 * What a rule reads, for evidence and placeholders: a leaf condition's fact
 * (or fact-valued `value`), or an entry of the rule's `facts`.
 *
 * @internal
 *
 * @example `const use: FactUse = { fact: 'quietMembers', params: { meetings: 3 } };`
 */
export interface FactUse {
  /** The id the engine knows the fact by (a declared fact's is `<rule id>/<name>`). */
  readonly fact: string;
  /** For a rule's declared fact: the name the rule uses, shown in evidence and messages. */
  readonly name?: string | undefined;
  readonly params: Readonly<Record<string, unknown>>;
  readonly path?: string | undefined;
}

/**
 * What the runner needs besides the public rule set.
 *
 * @internal
 *
 * @example
 * ```ts
 * // The facts a rule reads, in the order its evidence lists them.
 * const reads = ruleSetInternals(ruleSet)?.uses.get('quiet-members') ?? [];
 * reads.map((use) => use.name ?? use.fact);
 * ```
 */
export interface RuleSetInternals {
  readonly provider: FactProvider;
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly resolved: ResolvedConfig;
  /**
   * Per rule id: the facts it reads, in document order (first use of each
   * fact id + params): its conditions' first, then its `facts` entries.
   */
  readonly uses: ReadonlyMap<string, readonly FactUse[]>;
  /** Per rule id: the params of its subjects fact. */
  readonly subjectParams: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Per rule id and locale: the placeholder names its texts use. */
  readonly placeholders: ReadonlyMap<string, readonly string[]>;
  /** Per rule id, for rules that declare facts: the conditions with engine ids. */
  readonly engineConditions: ReadonlyMap<string, TopCondition>;
  /** Per rule id, when its subjects fact is declared by the rule: its engine id. */
  readonly subjectFacts: ReadonlyMap<string, string>;
}

const internals = new WeakMap<RuleSet, RuleSetInternals>();

/** Keeps the runner's view of a rule set just made. */
export function registerRuleSet(ruleSet: RuleSet, view: RuleSetInternals): void {
  internals.set(ruleSet, view);
}

/**
 * The runner's view of a rule set; `undefined` for anything that did not
 * come from {@link createRuleSet}.
 *
 * @internal
 *
 * @example `ruleSetInternals(createRuleSet())?.facts.has('quietMembers') // true`
 */
export function ruleSetInternals(ruleSet: RuleSet): RuleSetInternals | undefined {
  return internals.get(ruleSet);
}

/**
 * The runner's view of a rule set passed in by a caller, who may have
 * passed something else: that is a typed `invalid-options` error, worded
 * the same wherever a rule set is taken.
 *
 * @internal
 *
 * @example `requireRuleSetInternals(createRuleSet()).facts.has('quietMembers') // true`
 */
export function requireRuleSetInternals(ruleSet: RuleSet): RuleSetInternals {
  const view = internals.get(ruleSet);
  if (!view) {
    throw new CoproduceError(
      'invalid-options',
      'The rules option is not a rule set made by createRuleSet().',
    );
  }
  return view;
}

/**
 * Tells whether a value is a rule set made by {@link createRuleSet}.
 *
 * @category Customisation
 * @example `isRuleSet(createRuleSet()) // true`
 */
export function isRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'object' && value !== null && internals.has(value as RuleSet);
}

/**
 * Internal options of {@link createRuleSet}.
 *
 * @internal
 *
 * @category Customisation
 * @example
 * ```ts
 * // Tests compile against a fact provider they control; councils never need this.
 * declare const provider: NonNullable<CreateRuleSetOptions['facts']>;
 * createRuleSet({ extends: ['coproduce:recommended'] }, { facts: provider });
 * ```
 */
export interface CreateRuleSetOptions {
  /** A fact catalogue to compile against instead of the library's (tests). */
  readonly facts?: FactProvider;
}

/**
 * The framework question catalogues shipped with coproduce: the built-in
 * framework's (`rules/questions.json`) and each framework pack's
 * (`rules/<pack>/questions.json`), id → section and point, in framework order.
 * Given a rule set or a resolved configuration, the catalogues it loaded
 * instead, including those of a council's own framework pack.
 *
 * @category Customisation
 * @example `questionCatalogue().get('during.everyone-contributes')?.section // 'During co-production'`
 */
export function questionCatalogue(
  from?: RuleSet | ResolvedConfig,
): ReadonlyMap<string, { section: string; point: string }> {
  if (from === undefined) return loadBuiltins().questions;
  const resolved = isRuleSet(from) ? internals.get(from)?.resolved : from;
  const out = new Map<string, { section: string; point: string }>();
  for (const catalogue of resolved?.questionCatalogues ?? [])
    for (const { id, section, point } of catalogue.questions) out.set(id, { section, point });
  return out;
}
