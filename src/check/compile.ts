/**
 * From configuration to a compiled rule set: resolving `extends` and rule
 * settings ({@link resolveConfig}, in `config/`), then checking every
 * enabled rule against the fact catalogue, the operators and the question
 * catalogue and substituting parameters ({@link createRuleSet}; each rule's
 * parts in `ruleset/`). All of it is pure; the node entry supplies file
 * reading.
 *
 * @module
 */
import { deepFreeze } from '../model/freeze.js';
import { canonicalJson } from '../state/hash-chain.js';
import { type BuiltinData, loadBuiltins, packHint, suggestQuestion } from './config/builtins.js';
import { parameterValueProblem } from './config/parameters.js';
import { type Coded, ProblemList } from './config/problem-list.js';
import { isResolved, markResolved, resolveCollecting } from './config/resolve.js';
import type {
  QuestionCatalogue,
  ResolveConfigOptions,
  ResolvedConfig,
  ResolvedRule,
} from './config/types.js';
import { DEFAULT_RULE_DOCS, ruleDocsLink } from './docs-links.js';
import { defaultFactProvider } from './fact-provider.js';
import type { FactDefinition } from './facts/index.js';
import { fnv1a64 } from './hash.js';
import { DEFAULT_LOCALE } from './messages.js';
import type { ProblemMessage } from './problems.js';
import type { CouncilConfig, RuleFile, TopCondition } from './rule-schema.js';
import { compileRule } from './ruleset/compile-rule.js';
import type { Path } from './ruleset/conditions.js';
import { compileDefines, localEngineId } from './ruleset/declared-facts.js';
import { allowedPlaceholders, compileTexts } from './ruleset/texts.js';
import {
  type CompiledRule,
  type CreateRuleSetOptions,
  type FactUse,
  type RuleSet,
  registerRuleSet,
} from './ruleset/types.js';
import { compareText } from './text-order.js';
import { PORTFOLIO_RULE_SET } from './types.js';

export {
  builtinPresets,
  builtinRules,
  packTranslations,
} from './config/builtins.js';
export { councilWord } from './config/resolution.js';
export { focusResolvedConfig, resolveConfig } from './config/resolve.js';
export type {
  FrameworkWords,
  QuestionCatalogue,
  ResolveConfigOptions,
  ResolvedConfig,
  ResolvedRule,
  RuleFolderEntry,
  RuleTexts,
  SourceLocation,
} from './config/types.js';
export {
  type CompiledRule,
  type CreateRuleSetOptions,
  type FactUse,
  isRuleSet,
  questionCatalogue,
  type RuleSet,
  type RuleSetInternals,
  requireRuleSetInternals,
  ruleSetInternals,
} from './ruleset/types.js';
export { compareText } from './text-order.js';

// One canonical JSON for the whole library: the history's hashes, the
// check's caches and rule tests all compare values the same way.
export { canonicalJson };

/**
 * The report's sections: those of each framework a rule cites, in the
 * framework's order (the built-in framework first, then packs as loaded),
 * then the sections the configuration declares, then any other section a
 * rule names, alphabetically.
 */
function sectionOrder(
  rules: readonly CompiledRule[],
  catalogues: readonly QuestionCatalogue[],
  declared: readonly string[],
): string[] {
  const cited = new Set(rules.flatMap((r) => r.questions));
  const framework: string[] = [];
  catalogues.forEach((catalogue, i) => {
    // The built-in framework's sections always lead, as they always have.
    if (i > 0 && !catalogue.questions.some((q) => cited.has(q.id))) return;
    for (const q of catalogue.questions)
      if (!framework.includes(q.section)) framework.push(q.section);
  });
  const known = [...framework, ...declared.filter((s) => !framework.includes(s))];
  const extra = [...new Set(rules.map((r) => r.section))]
    .filter((s) => !known.includes(s))
    .sort(compareText);
  return [...known, ...extra];
}

/**
 * Compiles a configuration into a {@link RuleSet}: resolves it (see
 * {@link resolveConfig}) and checks every enabled rule against the fact
 * catalogue, the operators and the question catalogue: unknown facts,
 * operators, parameters, fact parameters, question ids and placeholders,
 * findings facts of the wrong scope. With no argument it compiles the
 * `coproduce:recommended` preset.
 *
 * @throws {@link CoproduceError} `invalid-config` or `invalid-rule` listing
 * every problem with `file`, `ruleId` and `path`.
 *
 * @category Customisation
 * @example
 * ```ts
 * const ruleSet = createRuleSet({
 *   extends: ['coproduce:all'],
 *   rules: { 'quiet-members': { parameters: { quietMeetings: 2 } } },
 * });
 * const report = await check(project, { rules: ruleSet });
 * ```
 */
export function createRuleSet(
  config?: CouncilConfig | ResolvedConfig,
  options: CreateRuleSetOptions = {},
): RuleSet {
  const problems = new ProblemList();
  // A raw configuration is resolved and compiled in one pass: every problem
  // of both steps is reported at once.
  const resolved =
    config !== undefined && isResolved(config)
      ? config
      : resolveCollecting(config ?? {}, {}, problems);
  return compileCollecting(resolved, options, problems, config !== undefined);
}

/**
 * Resolves a configuration with {@link ResolveConfigOptions} (as
 * {@link resolveConfig} does) and compiles it (as {@link createRuleSet}
 * does) in one pass: every problem of every file, setting and rule is
 * reported at once, and each only once, however many ways it was reached.
 * `coproduce/node`'s `loadConfig` uses it.
 *
 * @throws {@link CoproduceError} `invalid-config` or `invalid-rule` listing
 * every problem, or the one error of the only file that could not be read.
 *
 * @category Customisation
 * @example
 * ```ts
 * const files: Record<string, unknown> = { 'base.json': { rules: { 'quiet-members': 'error' } } };
 * const ruleSet = createRuleSetFrom({ extends: ['base.json'] }, {
 *   resolveExtends: (ref) => ({ file: ref, config: files[ref] }),
 * });
 * ```
 */
export function createRuleSetFrom(config: unknown, options: ResolveConfigOptions = {}): RuleSet {
  const problems = new ProblemList();
  const resolved = resolveCollecting(config ?? {}, options, problems);
  return compileCollecting(resolved, {}, problems, true);
}

/** What compiling every enabled rule of a configuration gathers for the runner. */
interface Compilation {
  readonly resolved: ResolvedConfig;
  readonly problems: ProblemList;
  readonly builtins: BuiltinData;
  readonly portfolio: boolean;
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly questionIds: ReadonlySet<string>;
  /** The sections of every framework loaded: the built-in one's and each pack's. */
  readonly frameworkSections: readonly string[];
  readonly compiled: CompiledRule[];
  readonly uses: Map<string, readonly FactUse[]>;
  readonly subjectParams: Map<string, Readonly<Record<string, unknown>>>;
  readonly placeholders: Map<string, readonly string[]>;
  /** Every fact the engine may be asked for: the catalogue's and each rule's declared ones. */
  readonly engineFacts: Map<string, FactDefinition>;
  readonly engineRules: Map<string, TopCondition>;
  readonly subjectFacts: Map<string, string>;
}

/**
 * `given` says a configuration was passed in, rather than left out for the
 * recommended rules: without a name to show, reports must not call it those.
 */
function compileCollecting(
  resolved: ResolvedConfig,
  options: CreateRuleSetOptions,
  problems: ProblemList,
  given: boolean,
): RuleSet {
  const provider = options.facts ?? defaultFactProvider();
  const facts = new Map(provider.facts.map((f) => [f.id, f]));
  const compilation: Compilation = {
    resolved,
    problems,
    builtins: loadBuiltins(),
    portfolio: provider.kind === 'portfolio',
    facts,
    questionIds: new Set(resolved.questionCatalogues.flatMap((c) => c.questions.map((q) => q.id))),
    frameworkSections: [
      ...new Set(resolved.questionCatalogues.flatMap((c) => c.questions.map((q) => q.section))),
    ],
    compiled: [],
    uses: new Map(),
    subjectParams: new Map(),
    placeholders: new Map(),
    engineFacts: new Map(facts),
    engineRules: new Map(),
    subjectFacts: new Map(),
  };
  for (const entry of resolved.rules) {
    if (!entry.enabled) continue;
    // Portfolio rules run over many projects (checkPortfolio), the others over one.
    if ((entry.rule.set === PORTFOLIO_RULE_SET) !== compilation.portfolio) continue;
    compileEnabledRule(compilation, entry);
  }
  problems.throwIfAny(
    problems.inConfig ? 'The configuration cannot be used' : 'The rules cannot be used',
  );
  // Found valid in full: createRuleSet may take it as it is.
  markResolved(resolved);
  const { compiled } = compilation;
  const ruleSet: RuleSet = deepFreeze({
    locale: resolved.locale,
    rules: compiled,
    ruleSets: ruleSetVersions(compiled),
    locales: Object.keys(resolved.messages).filter((l) => l !== DEFAULT_LOCALE),
    sources: resolved.sources,
    sections: sectionOrder(compiled, resolved.questionCatalogues, resolved.sections),
    evidence: resolved.evidence,
    configuration:
      resolved.displayPath !== undefined
        ? { path: resolved.displayPath }
        : { path: null, ...(given ? { inline: true as const } : {}) },
  });
  registerRuleSet(ruleSet, {
    provider,
    facts: compilation.engineFacts,
    resolved,
    uses: compilation.uses,
    subjectParams: compilation.subjectParams,
    placeholders: compilation.placeholders,
    engineConditions: compilation.engineRules,
    subjectFacts: compilation.subjectFacts,
  });
  return ruleSet;
}

/** Each rule set (`readiness`, `during`, ...) with a fingerprint of its rules' ids and versions. */
function ruleSetVersions(compiled: readonly CompiledRule[]): RuleSet['ruleSets'] {
  const sets = new Map<string, string[]>();
  for (const rule of compiled) {
    const list = sets.get(rule.set) ?? [];
    list.push(`${rule.id}@${rule.version}`);
    sets.set(rule.set, list);
  }
  return [...sets]
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, list]) => ({ id, version: fnv1a64(list.sort(compareText).join('\n')) }));
}

/** Compiles one enabled rule: its declared facts, conditions, references, parameters and texts. */
function compileEnabledRule(compilation: Compilation, entry: ResolvedRule): void {
  const { resolved, problems, facts } = compilation;
  const rule = entry.rule;
  const report = (path: Path, message: ProblemMessage, coded?: Coded) =>
    problems.add(
      'rule',
      { file: entry.file, path: [...entry.basePath, ...path] },
      message,
      rule.id,
      coded,
    );
  const ruleUses: FactUse[] = [];
  const locals = compileDefines(entry, facts, problems);
  for (const [name, fact] of locals)
    if (fact) compilation.engineFacts.set(localEngineId(rule.id, name), fact);
  const {
    conditions,
    engineConditions,
    facts: messageFacts,
  } = compileRule({
    portfolio: compilation.portfolio,
    rule: entry,
    facts,
    problems,
    uses: ruleUses,
    locals,
  });
  if (engineConditions !== conditions) compilation.engineRules.set(rule.id, engineConditions);
  if (rule.subjects && locals.has(rule.subjects.fact))
    compilation.subjectFacts.set(rule.id, localEngineId(rule.id, rule.subjects.fact));
  checkReferences(compilation, entry, report);
  checkDependencies(compilation, entry, report);
  checkParameterDefinitions(entry, report);
  const allowed = allowedPlaceholders(entry, ruleUses, facts, locals);
  const used = new Set<string>();
  const texts = compileTexts(entry, resolved, allowed, problems, report, used);
  const subjectUse = rule.subjects
    ? (ruleUses.find((u) => u.fact === rule.subjects?.fact && u.path === undefined) ??
      ruleUses.find((u) => u.fact === rule.subjects?.fact))
    : undefined;
  if (subjectUse) compilation.subjectParams.set(rule.id, subjectUse.params);
  compilation.uses.set(rule.id, ruleUses);
  compilation.placeholders.set(rule.id, [...used].sort(compareText));
  const docsLink = ruleDocsLink(rule, entry.builtin, resolved.ruleDocs ?? DEFAULT_RULE_DOCS);
  compilation.compiled.push({
    id: rule.id,
    set: rule.set,
    version: rule.version,
    questions: rule.questions,
    section: rule.section,
    scope: rule.scope,
    ...(rule.stages !== undefined ? { stages: rule.stages } : {}),
    severity: entry.severity,
    parameters: entry.parameters,
    parameterDefinitions: rule.parameters ?? {},
    conditions,
    ...(rule.subjects !== undefined ? { subjects: rule.subjects } : {}),
    ...(rule.dependsOn !== undefined ? { dependsOn: rule.dependsOn } : {}),
    ...(messageFacts.length > 0 ? { facts: messageFacts } : {}),
    texts,
    rationale: rule.rationale,
    ...(rule.evidence !== undefined ? { evidence: rule.evidence } : {}),
    tags: rule.tags ?? [],
    ...(docsLink !== undefined ? { docs: docsLink } : {}),
    builtin: entry.builtin,
    ...(entry.file !== undefined ? { file: entry.file } : {}),
  });
}

/** The rule's question ids and section: each in a framework loaded, or a section the configuration adds. */
function checkReferences(
  compilation: Compilation,
  entry: ResolvedRule,
  report: (path: Path, message: ProblemMessage, coded?: Coded) => void,
): void {
  const { builtins, questionIds, frameworkSections, resolved, problems } = compilation;
  const rule = entry.rule;
  if (problems.inUnreadCatalogue(entry.file)) return;
  rule.questions.forEach((id, i) => {
    if (!questionIds.has(id)) {
      const inPack = builtins.questions.has(id);
      report(
        ['questions', i],
        (suggest) =>
          inPack
            ? `unknown question id "${id}": it belongs to a framework pack that is not loaded; add the pack's preset to "extends"`
            : `unknown question id "${id}"${suggestQuestion(id, builtins, suggest, questionIds)}`,
        { code: inPack ? 'question-in-pack' : 'unknown-question', params: { id } },
      );
    }
  });
  if (!frameworkSections.includes(rule.section) && !resolved.sections.includes(rule.section)) {
    report(
      ['section'],
      (suggest) => {
        const guess = suggest(rule.section, [...frameworkSections, ...resolved.sections]);
        return guess
          ? `unknown section "${rule.section}"${guess}`
          : `unknown section "${rule.section}": a rule belongs in one of the framework's sections (${frameworkSections.map((x) => `"${x}"`).join(', ')}), or in a section the configuration adds in "sections"`;
      },
      {
        code: 'unknown-section',
        params: { section: rule.section, allowed: frameworkSections.map((x) => `"${x}"`) },
      },
    );
  }
}

/**
 * The rules a rule depends on: each known to the configuration, of the same
 * kind (a portfolio rule and a project rule never run in one check), not the
 * rule itself, and with no loop back to it, so every held-up issue ends on
 * a card of its own.
 */
function checkDependencies(
  compilation: Compilation,
  entry: ResolvedRule,
  report: (path: Path, message: ProblemMessage, coded?: Coded) => void,
): void {
  const rule = entry.rule;
  const dependsOn = rule.dependsOn;
  if (dependsOn === undefined) return;
  const known = new Map(compilation.resolved.rules.map((r) => [r.rule.id, r.rule]));
  dependsOn.forEach((id, i) => {
    const path: Path = ['dependsOn', i];
    const other = known.get(id);
    if (other === undefined) {
      const hint = packHint(id, compilation.builtins);
      report(
        path,
        hint?.message ?? ((suggest) => `unknown rule id "${id}"${suggest(id, [...known.keys()])}`),
        hint ? { code: hint.code, params: hint.params } : { code: 'unknown-rule', params: { id } },
      );
    } else if (id === rule.id) {
      report(path, 'a rule cannot depend on itself', { code: 'depends-on-itself' });
    } else if ((other.set === PORTFOLIO_RULE_SET) !== (rule.set === PORTFOLIO_RULE_SET)) {
      report(
        path,
        `the rule "${id}" runs in ${other.set === PORTFOLIO_RULE_SET ? 'a portfolio check' : 'a project check'}, not with this one`,
        {
          code: other.set === PORTFOLIO_RULE_SET ? 'depends-on-portfolio' : 'depends-on-project',
          params: { id },
        },
      );
    } else if (leadsBackTo(rule.id, id, known)) {
      report(path, `the rule "${id}" depends on this one in turn: remove one of the two`, {
        code: 'depends-on-loop',
        params: { id },
      });
    }
  });
}

/** Whether following `dependsOn` from the rule `from` reaches the rule `target`. */
function leadsBackTo(target: string, from: string, known: ReadonlyMap<string, RuleFile>): boolean {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (id === target) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of known.get(id)?.dependsOn ?? []) queue.push(next);
  }
  return false;
}

/** The rule's own parameter definitions: a sensible range, and a default that suits it. */
function checkParameterDefinitions(
  entry: ResolvedRule,
  report: (path: Path, message: ProblemMessage) => void,
): void {
  for (const [name, definition] of Object.entries(entry.rule.parameters ?? {})) {
    if (definition.type === 'integer' || definition.type === 'number') {
      if (
        definition.minimum !== undefined &&
        definition.maximum !== undefined &&
        definition.minimum > definition.maximum
      ) {
        report(['parameters', name, 'minimum'], 'must not be more than the maximum');
      }
    }
    const why = parameterValueProblem(definition, definition.default);
    if (why) report(['parameters', name, 'default'], why);
  }
}
