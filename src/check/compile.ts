/**
 * From configuration to a compiled rule set: resolving `extends` and rule
 * settings ({@link resolveConfig}), then checking every enabled rule against
 * the fact catalogue, the operators and the question catalogue and
 * substituting parameters ({@link createRuleSet}). All of it is pure; the
 * node entry supplies file reading.
 *
 * @module
 */
import { CoproduceError, type ProblemDetail, problem, toJsonPointer } from '../model/errors.js';
import { deepFreeze } from '../model/freeze.js';
import type { Stage } from '../model/project.js';
import { canonicalJson } from '../state/hash-chain.js';
import {
  builtinMessageFiles,
  builtinPacks,
  builtinPresetFiles,
  builtinQuestionCatalogue,
  builtinRuleFiles,
} from './builtin-rules.js';
import { compileDeclaredFact } from './declarative/compile.js';
import { DEFAULT_RULE_DOCS, ruleDocsLink } from './docs-links.js';
import { defaultFactProvider, type FactProvider } from './fact-provider.js';
import { DEFAULT_EVIDENCE_OPTIONS, type EvidenceOptions } from './facts/evidence.js';
import type { FactDefinition, FactParameterSpec } from './facts/index.js';
import { fnv1a64 } from './hash.js';
import { DEFAULT_LOCALE, formatNumber, parsePlaceholders } from './messages.js';
import { type FactValueType, getOperator, OPERATORS, type OperatorValueKind } from './operators.js';
import {
  countProblems,
  ProblemCollector,
  type ProblemExtra,
  type ProblemMessage,
  type Suggest,
} from './problems.js';

/** A problem's code and values, beside its message. */
type Coded = Pick<ProblemExtra, 'code' | 'params'>;

import {
  type ConditionValue,
  type CouncilConfig,
  type FactParamValue,
  type LeafCondition,
  type MessageFact,
  type MessageOverride,
  type PackMessages,
  type ParameterValue,
  parseCouncilConfig,
  parsePackMessages,
  parseQuestionCatalogue,
  parseRuleFile,
  parseRuleSetPreset,
  RULE_LIMITS,
  type RuleCondition,
  type RuleFile,
  type RuleParameter,
  type RuleSetPreset,
  type RuleSetting,
  type TopCondition,
  usableCouncilConfig,
} from './rule-schema.js';
import { closestMatch } from './suggest.js';
import { PORTFOLIO_RULE_SET, type RuleScope, type Severity } from './types.js';

type Path = readonly (string | number)[];

/**
 * Where a setting or rule came from, for error messages.
 *
 * @category Customisation
 * @example `const where: SourceLocation = { file: 'council.coproduce.json', path: ['rules', 'quiet-members'] };`
 */
export interface SourceLocation {
  readonly file?: string | undefined;
  readonly path: readonly (string | number)[];
}

/**
 * A rule's texts in one locale: title, flagged and needs-review messages and
 * the suggested action.
 *
 * @category Customisation
 * @example `const t: RuleTexts = { title: 'Quiet members', flagged: '{subject} is quiet.', action: 'Talk with {subject}.' };`
 */
export interface RuleTexts {
  readonly title: string;
  readonly flagged: string;
  readonly needsReview?: string | undefined;
  readonly action: string;
}

/**
 * One known rule after configuration: whether it is on, its severity,
 * its effective parameter values and en-GB texts.
 *
 * @category Customisation
 * @example
 * ```ts
 * const resolved = resolveConfig({ extends: ['coproduce:recommended'], rules: { 'quiet-members': 'off' } });
 * const off = resolved.rules.filter((r: ResolvedRule) => !r.enabled).map((r) => r.rule.id);
 * ```
 */
export interface ResolvedRule {
  readonly rule: RuleFile;
  /** The file the rule came from, when known. */
  readonly file?: string | undefined;
  /** Where the rule is inside that file: `[]`, or `['customRules', 2]` for an inline rule. */
  readonly basePath: readonly (string | number)[];
  readonly builtin: boolean;
  readonly enabled: boolean;
  readonly severity: Severity;
  /** Every parameter's effective value: the default unless configured. */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  /** Where each configured parameter was set. */
  readonly parameterSources: Readonly<Record<string, SourceLocation>>;
  /** The en-GB texts after configuration. */
  readonly texts: RuleTexts;
  /** Where the en-GB texts were last changed by a configuration, if they were. */
  readonly textsSource?: SourceLocation | undefined;
}

/**
 * A configuration with `extends` followed and every setting applied: the
 * input of {@link createRuleSet}. Plain data, deeply frozen.
 *
 * @category Customisation
 * @example
 * ```ts
 * const resolved = resolveConfig({ rules: { 'quiet-members': 'off' } });
 * resolved.rules.find((r) => r.rule.id === 'quiet-members')?.enabled; // false
 * ```
 */
export interface ResolvedConfig {
  readonly locale: string;
  /** Presets and files applied, in order (`coproduce:recommended`, file paths, `(inline)`). */
  readonly sources: readonly string[];
  /** Every known rule (built-in and custom), sorted by id. */
  readonly rules: readonly ResolvedRule[];
  /** Message catalogues for other locales: locale → rule id → texts. */
  readonly messages: Readonly<Record<string, Readonly<Record<string, MessageOverride>>>>;
  /**
   * Sections the configuration adds to the framework's, in the order they
   * were declared (through `extends` first): a custom rule may be filed
   * under one of these or one of the framework's.
   */
  readonly sections: readonly string[];
  /** Where each locale's message override was set, for error messages. */
  readonly messageSources: Readonly<Record<string, Readonly<Record<string, SourceLocation>>>>;
  /**
   * How strictly evidence is read, after `extends`: the placeholder texts
   * (built-in list, extended or replaced by configuration) and how many
   * community members must record a reflection.
   */
  readonly evidence: EvidenceOptions;
  /** How reports name the configuration file (see {@link ResolveConfigOptions.displayPath}). */
  readonly displayPath?: string | undefined;
  /**
   * The address template of the default rules' pages (`ruleDocs` in the
   * configuration, else {@link DEFAULT_RULE_DOCS}).
   */
  readonly ruleDocs: string;
  /**
   * The framework question catalogues rules may cite, in order: the
   * built-in framework's, then each framework pack's as it was loaded
   * (`coproduce:six-principles`, or a folder with its own `questions.json`).
   */
  readonly questionCatalogues: readonly QuestionCatalogue[];
  /**
   * The words of frameworks coproduce does not ship, by locale tag: the
   * points of a council's own question catalogues (under `en-GB`, the
   * language catalogues are written in) and the section names and points in
   * a council's messages files. Reports carry those of their language, so a
   * front end can show a council's own framework in every language it has.
   */
  readonly councilWords: Readonly<Record<string, FrameworkWords>>;
}

/**
 * A framework's section names and question points in one language.
 *
 * @category Customisation
 * @example `const words: FrameworkWords = { sections: { Governance: 'Llywodraethu' }, questions: {} };`
 */
export interface FrameworkWords {
  /** Section names, by the section's English name. */
  readonly sections: Readonly<Record<string, string>>;
  /** Question points, by question id. */
  readonly questions: Readonly<Record<string, string>>;
}

/**
 * A council's own word for a section (by its name) or question (by id) in
 * a locale: the locale's own, then its language's, then the English of the
 * council's catalogue; `undefined` when the council gave none.
 *
 * @internal
 * @example `councilWord(resolveConfig({}).councilWords, 'cy', 'sections', 'Governance') // undefined`
 */
export function councilWord(
  words: Readonly<Record<string, FrameworkWords>>,
  locale: string,
  kind: keyof FrameworkWords,
  name: string,
): string | undefined {
  for (const tag of [locale, locale.split('-')[0] ?? locale, DEFAULT_LOCALE]) {
    const table = Object.hasOwn(words, tag) ? words[tag]?.[kind] : undefined;
    if (table !== undefined && Object.hasOwn(table, name)) return table[name];
  }
  return undefined;
}

/**
 * One framework's question catalogue as a rule set uses it: the stable
 * question ids, in the framework's order, each with its section and point.
 *
 * @category Customisation
 * @example `const c: QuestionCatalogue = { name: 'six-principles', questions: [{ id: 'principles.review.with-the-group', section: 'Reviewing the work together', point: 'The group reviews how it is going' }] };`
 */
export interface QuestionCatalogue {
  /** `coproduce` for the built-in framework, a pack's folder name, or the file it came from. */
  readonly name: string;
  readonly file?: string | undefined;
  /** How the framework is cited: the catalogue's `citation`, else its `source`. */
  readonly source?: string | undefined;
  readonly questions: readonly {
    readonly id: string;
    readonly section: string;
    readonly point: string;
    /** The kinds of record that can answer it. */
    readonly evidence?: readonly string[] | undefined;
    /** Whether only the group itself can settle it. */
    readonly reflective?: boolean | undefined;
  }[];
}

/**
 * Reads the configuration files named in `extends` and `ruleFiles`. The
 * pure core cannot read files; `coproduce/node` supplies these, and any
 * other host (a browser app with files in storage) can too.
 *
 * @category Customisation
 * @example
 * ```ts
 * const files: Record<string, unknown> = { 'base.json': { rules: { 'quiet-members': 'error' } } };
 * resolveConfig({ extends: ['base.json'] }, {
 *   resolveExtends: (ref) => ({ file: ref, config: files[ref] }),
 * });
 * ```
 */
export interface ResolveConfigOptions {
  /**
   * Returns the configuration named by `ref` in the file `from` (undefined
   * for the top configuration), with a canonical `file` key used to detect
   * cycles. Throw a `CoproduceError` (`file-not-found`) if it cannot be read.
   */
  readonly resolveExtends?: (
    ref: string,
    from: string | undefined,
  ) => { file: string; config: unknown };
  /**
   * Returns the rule files named by a `ruleFiles` entry: one file, or every
   * rule in a folder. A framework pack's folder also gives its question
   * catalogue (`kind: 'questions'`, the data in `rule`), its presets
   * (`kind: 'preset'`) and its messages in other languages (`kind:
   * 'messages'`); `kind` is `'rule'` when left out. A file of a folder that
   * could not be read may be given as `{ file, error }`: its problems are
   * reported with the others, and the folder's other rules are still checked.
   */
  readonly resolveRuleFiles?: (
    ref: string,
    from: string | undefined,
  ) => readonly (RuleFolderEntry | { file: string; error: CoproduceError })[];
  /** The top configuration's own file, for messages and relative references. */
  readonly file?: string;
  /**
   * How reports name the configuration (`report.configuration.path`): a
   * path as the reader would type it, relative to where they work. Default:
   * none, for a configuration that is not a file.
   */
  readonly displayPath?: string;
}

/**
 * One file of a rule folder, as `resolveRuleFiles` gives it: a rule (the
 * default), a framework pack's question catalogue or one of its presets.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const file = 'council-rules/questions.json';
 * const entry: RuleFolderEntry = { file, rule: JSON.parse(await readFile(file, 'utf8')), kind: 'questions' };
 * ```
 */
export interface RuleFolderEntry {
  readonly file: string;
  /** The file's data, whatever its kind. */
  readonly rule: unknown;
  readonly kind?: 'rule' | 'questions' | 'preset' | 'messages' | undefined;
}

interface BuiltinPackData {
  readonly name: string;
  readonly rules: ReadonlyMap<string, { rule: RuleFile; file: string }>;
  readonly catalogue: QuestionCatalogue;
  readonly messages: readonly { readonly file: string; readonly messages: PackMessages }[];
}

interface BuiltinData {
  /** The built-in framework's rules. */
  readonly rules: ReadonlyMap<string, { rule: RuleFile; file: string }>;
  readonly presets: ReadonlyMap<string, RuleSetPreset>;
  /** For each preset of a framework pack, the pack's name. */
  readonly presetPacks: ReadonlyMap<string, string>;
  /** Every built-in question, of the built-in framework and of the packs. */
  readonly questions: ReadonlyMap<string, { section: string; point: string }>;
  /** The built-in framework's catalogue. */
  readonly catalogue: QuestionCatalogue;
  readonly packs: ReadonlyMap<string, BuiltinPackData>;
  /** The built-in framework's texts in other languages (`rules/messages/`). */
  readonly messages: readonly { file: string; messages: PackMessages }[];
}

let builtinCache: BuiltinData | undefined;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `record[key]` for an own key only. Names in rule and configuration files
 * are data: `toString` or `valueOf` must not find `Object.prototype`'s.
 */
function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The presets that exist even before `rules/presets/` has files. */
const FALLBACK_PRESETS: readonly RuleSetPreset[] = [
  { id: 'all', description: 'Every default rule.', rules: '*' },
  { id: 'recommended', description: 'The default rules.', rules: '*' },
];

function loadBuiltins(): BuiltinData {
  if (builtinCache) return builtinCache;
  const problems: ProblemDetail[] = [];
  const rules = new Map<string, { rule: RuleFile; file: string }>();
  for (const { file, data } of builtinRuleFiles) {
    const parsed = parseRuleFile(data, { file });
    if (!parsed.success) {
      problems.push(...parsed.problems);
      continue;
    }
    const id = parsed.value.id;
    if (rules.has(id)) {
      problems.push(
        problem(['id'], `duplicate rule id "${id}" (also in ${rules.get(id)?.file})`, {
          file,
          ruleId: id,
        }),
      );
      continue;
    }
    const folder = file.split('/').at(-2);
    if (folder !== undefined && folder !== parsed.value.set) {
      problems.push(
        problem(['set'], `the set "${parsed.value.set}" must match the folder "${folder}"`, {
          file,
          ruleId: id,
        }),
      );
    }
    rules.set(id, { rule: parsed.value, file });
  }
  const presets = new Map<string, RuleSetPreset>(FALLBACK_PRESETS.map((p) => [p.id, p]));
  for (const { file, data } of builtinPresetFiles) {
    const parsed = parseRuleSetPreset(data, { file });
    if (!parsed.success) {
      problems.push(...parsed.problems);
      continue;
    }
    const preset = parsed.value;
    if (Array.isArray(preset.rules)) {
      preset.rules.forEach((id, i) => {
        if (!rules.has(id))
          problems.push(problem(['rules', i], `unknown rule id "${id}"`, { file }));
      });
    }
    presets.set(preset.id, preset);
  }
  const questions = new Map<string, { section: string; point: string }>();
  const readCatalogue = (name: string, file: string, data: unknown): QuestionCatalogue => {
    const parsed = parseQuestionCatalogue(data, { file });
    if (!parsed.success) {
      problems.push(...parsed.problems);
      return { name, file, questions: [] };
    }
    for (const q of parsed.value.questions) {
      if (questions.has(q.id))
        problems.push(problem(['questions'], `the question id "${q.id}" is used twice`, { file }));
      questions.set(q.id, { section: q.section, point: q.point });
    }
    const cited = parsed.value.citation ?? parsed.value.source;
    return {
      name,
      file,
      ...(cited !== undefined ? { source: cited } : {}),
      questions: parsed.value.questions.map(({ id, section, point, evidence, reflective }) => ({
        id,
        section,
        point,
        ...(evidence !== undefined ? { evidence } : {}),
        ...(reflective !== undefined ? { reflective } : {}),
      })),
    };
  };
  const catalogue =
    builtinQuestionCatalogue === undefined
      ? { name: 'coproduce', questions: [] }
      : readCatalogue('coproduce', 'rules/questions.json', builtinQuestionCatalogue);
  const presetPacks = new Map<string, string>();
  const packs = new Map<string, BuiltinPackData>();
  for (const pack of builtinPacks) {
    const packRules = new Map<string, { rule: RuleFile; file: string }>();
    for (const { file, data } of pack.rules) {
      const parsed = parseRuleFile(data, { file });
      if (!parsed.success) {
        problems.push(...parsed.problems);
        continue;
      }
      const id = parsed.value.id;
      const other = rules.get(id) ?? packRules.get(id);
      if (other) {
        problems.push(
          problem(['id'], `duplicate rule id "${id}" (also in ${other.file})`, {
            file,
            ruleId: id,
          }),
        );
        continue;
      }
      if (parsed.value.set !== pack.name) {
        problems.push(
          problem(['set'], `the set "${parsed.value.set}" must be the pack's name "${pack.name}"`, {
            file,
            ruleId: id,
          }),
        );
      }
      packRules.set(id, { rule: parsed.value, file });
    }
    for (const { file, data } of pack.presets) {
      const parsed = parseRuleSetPreset(data, { file });
      if (!parsed.success) {
        problems.push(...parsed.problems);
        continue;
      }
      const preset = parsed.value;
      if (presets.has(preset.id) && !FALLBACK_PRESETS.some((p) => p.id === preset.id)) {
        problems.push(problem(['id'], `duplicate preset id "${preset.id}"`, { file }));
        continue;
      }
      if (Array.isArray(preset.rules)) {
        preset.rules.forEach((id, i) => {
          if (!packRules.has(id))
            problems.push(problem(['rules', i], `unknown rule id "${id}" in the pack`, { file }));
        });
      }
      presets.set(preset.id, preset);
      presetPacks.set(preset.id, pack.name);
    }
    const packMessages: { file: string; messages: PackMessages }[] = [];
    for (const { file, data } of pack.messages) {
      const parsed = parsePackMessages(data, { file });
      if (!parsed.success) {
        problems.push(...parsed.problems);
        continue;
      }
      for (const id of Object.keys(parsed.value.rules)) {
        if (!packRules.has(id))
          problems.push(problem(['rules', id], `unknown rule id "${id}" in the pack`, { file }));
      }
      const catalogueData = parseQuestionCatalogue(pack.questions.data);
      const own = catalogueData.success ? catalogueData.value.questions : [];
      for (const id of Object.keys(parsed.value.questions ?? {})) {
        if (!own.some((q) => q.id === id))
          problems.push(
            problem(['questions', id], `unknown question id "${id}" in the pack`, { file }),
          );
      }
      for (const name of Object.keys(parsed.value.sections ?? {})) {
        if (!own.some((q) => q.section === name))
          problems.push(
            problem(['sections', name], `unknown section "${name}" in the pack`, { file }),
          );
      }
      packMessages.push({ file, messages: parsed.value });
    }
    packs.set(pack.name, {
      name: pack.name,
      messages: packMessages,
      rules: packRules,
      catalogue: readCatalogue(pack.name, pack.questions.file, pack.questions.data),
    });
  }
  if (problems.length > 0) {
    throw new CoproduceError(
      'invalid-rule',
      'The default rules shipped with coproduce are broken:',
      problems,
    );
  }
  const messages: { file: string; messages: PackMessages }[] = [];
  for (const { file, data } of builtinMessageFiles) {
    const parsed = parsePackMessages(data, { file });
    if (!parsed.success) {
      problems.push(...parsed.problems);
      continue;
    }
    for (const id of Object.keys(parsed.value.rules)) {
      if (!rules.has(id))
        problems.push(problem(['rules', id], `unknown rule id "${id}"`, { file }));
    }
    messages.push({ file, messages: parsed.value });
  }
  if (problems.length > 0) {
    throw new CoproduceError(
      'invalid-rule',
      'The default rules shipped with coproduce are broken:',
      problems,
    );
  }
  builtinCache = { rules, presets, presetPacks, questions, catalogue, packs, messages };
  return builtinCache;
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

/**
 * The words of the shipped framework packs in a language, from each pack's
 * `messages/<locale>.json`: section names by their English name, and
 * question points by question id. Empty for a language no pack has.
 *
 * @category Customisation
 * @example `packTranslations('cy').sections['5. Blurring roles'] // '5. Cymylu rolau'`
 */
export function packTranslations(locale: string): {
  readonly sections: Readonly<Record<string, string>>;
  readonly questions: Readonly<Record<string, string>>;
} {
  const sections: Record<string, string> = {};
  const questions: Record<string, string> = {};
  for (const pack of loadBuiltins().packs.values()) {
    for (const { messages } of pack.messages) {
      if (messages.locale !== locale) continue;
      Object.assign(sections, messages.sections ?? {});
      Object.assign(questions, messages.questions ?? {});
    }
  }
  return { sections, questions };
}

/**
 * The built-in presets by id (`recommended`, `all`), as named in `extends`
 * with a `coproduce:` prefix.
 *
 * @category Customisation
 * @example `[...builtinPresets().keys()] // ['all', 'recommended', 'six-principles']`
 */
export function builtinPresets(): ReadonlyMap<string, RuleSetPreset> {
  return loadBuiltins().presets;
}

/**
 * The default rule files, by id, as shipped in `rules/`.
 *
 * @category Customisation
 * @example `builtinRules().get('quiet-members')?.set // 'during'`
 */
export function builtinRules(): ReadonlyMap<string, RuleFile> {
  return new Map([...loadBuiltins().rules].map(([id, { rule }]) => [id, rule]));
}

interface SettingState {
  enabled?: boolean;
  severity?: Severity;
  parameters: Map<string, { value: ParameterValue; where: SourceLocation }>;
  messages: MessageOverride;
  messagesWhere?: SourceLocation;
}

interface CustomRuleState {
  rule: RuleFile;
  file?: string | undefined;
  where: SourceLocation;
}

/**
/**
 * Every problem found while resolving and compiling, in the order found, so
 * that one pass reports them all: each kept once, however many ways it was
 * reached; the first `RULE_LIMITS.maxProblems` listed (the first
 * `RULE_LIMITS.maxSuggestions` with a "did you mean"), the rest counted.
 */
class ProblemList {
  private readonly collected = new ProblemCollector();
  /** Problems in configuration files, listed or not: they make the code `invalid-config`. */
  private configProblems = 0;
  private readonly seen = new Set<string>();
  /** Errors of files that could not be read, whose problems are listed. */
  private readonly failures: CoproduceError[] = [];
  /** Whether a problem is new; keyed without a suggestion, so no search is made for a repeat. */
  private fresh(
    path: readonly (string | number)[],
    text: string,
    extra: { file?: string; ruleId?: string },
  ): boolean {
    const key = `${extra.file ?? ''}\u0000${toJsonPointer(path)}\u0000${extra.ruleId ?? ''}\u0000${text}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
  add(
    kind: 'config' | 'rule',
    where: SourceLocation,
    message: ProblemMessage,
    ruleId?: string,
    coded?: Coded,
  ): void {
    const extra: ProblemExtra = { ...coded };
    if (where.file !== undefined) extra.file = where.file;
    if (ruleId !== undefined) extra.ruleId = ruleId;
    const text = typeof message === 'string' ? message : message(() => '');
    if (!this.fresh(where.path, text, extra)) return;
    if (kind === 'config') this.configProblems += 1;
    this.collected.add(where.path, message, extra);
  }
  /** Adds a problem already made. */
  push(kind: 'config' | 'rule', detail: ProblemDetail): void {
    const extra: { file?: string; ruleId?: string } = {};
    if (detail.file !== undefined) extra.file = detail.file;
    if (detail.ruleId !== undefined) extra.ruleId = detail.ruleId;
    if (!this.fresh(detail.path, detail.message, extra)) return;
    if (kind === 'config') this.configProblems += 1;
    this.collected.push(detail);
  }
  /**
   * Adds the problems of a parse result as they are: in configuration files
   * unless `kind` says otherwise or they name a rule.
   */
  addParsed(details: readonly ProblemDetail[], kind?: 'rule'): void {
    for (const detail of details) {
      this.push(kind ?? (detail.ruleId !== undefined ? 'rule' : 'config'), detail);
    }
  }
  /**
   * A file named at `where` could not be used: its own problems (which say
   * which file) are listed, or else its summary at `where`.
   */
  addError(kind: 'config' | 'rule', where: SourceLocation, error: CoproduceError): void {
    if (error.problems.length > 0 && error.problems.every((p) => p.file !== undefined)) {
      this.failures.push(error);
      for (const p of error.problems) this.push(p.ruleId !== undefined ? 'rule' : kind, p);
      return;
    }
    this.add(kind, where, error.message.split('\n')[0] ?? error.message);
  }
  get size(): number {
    return this.collected.count;
  }
  /** Whether any problem is in a configuration file (else all are in rules). */
  get inConfig(): boolean {
    return this.configProblems > 0;
  }
  throwIfAny(summary: string): void {
    const count = this.collected.count;
    if (count === 0) return;
    // One file that could not be read, and nothing else: its own error says it best.
    const only = this.failures.length === 1 ? this.failures[0] : undefined;
    if (only !== undefined && countProblems(only.problems) === count) throw only;
    const code = this.configProblems > 0 ? 'invalid-config' : 'invalid-rule';
    throw new CoproduceError(
      code,
      `${summary} (${formatNumber(count)} problem${count === 1 ? '' : 's'}):`,
      this.collected.list(),
    );
  }
}

const INLINE = '(inline)';

function sameLocation(a: SourceLocation, b: SourceLocation): boolean {
  return (
    a.file === b.file && a.path.length === b.path.length && a.path.every((p, i) => p === b.path[i])
  );
}

function parameterValueProblem(
  definition: RuleParameter,
  value: ParameterValue,
): string | undefined {
  switch (definition.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `must be ${definition.type === 'integer' ? 'a whole number' : 'a number'}`;
      if (definition.type === 'integer' && !Number.isInteger(value))
        return 'must be a whole number';
      if (definition.minimum !== undefined && value < definition.minimum)
        return `must be at least ${definition.minimum}`;
      if (definition.maximum !== undefined && value > definition.maximum)
        return `must be at most ${definition.maximum}`;
      if (definition.enum && !definition.enum.includes(value))
        return `must be one of ${definition.enum.join(', ')}`;
      return undefined;
    }
    case 'string':
      if (typeof value !== 'string' || value.length === 0) return 'must be text';
      if (definition.enum && !definition.enum.includes(value))
        return `must be one of ${definition.enum.map((v) => `"${v}"`).join(', ')}`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'time':
      return typeof value === 'string' && /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/.test(value)
        ? undefined
        : 'must be a time of day like "09:30"';
    case 'string-list': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return 'must be a list of text';
      const allowed = definition.enum;
      const bad = allowed ? value.filter((v) => !allowed.includes(v)) : [];
      return bad.length > 0
        ? `has ${bad.map((v) => `"${v}"`).join(', ')}, not among ${allowed?.map((v) => `"${v}"`).join(', ')}`
        : undefined;
    }
  }
}

/**
 * Follows `extends`, `ruleFiles` and `customRules`, applies every rule
 * setting in order (presets and files in `extends` first, later ones
 * winning, then the configuration's own settings), and checks that every
 * configured rule and parameter exists. Pure: file references need
 * `options.resolveExtends` / `options.resolveRuleFiles`.
 *
 * @throws {@link CoproduceError} `invalid-config` (or `invalid-rule` when
 * only custom rule files are at fault) listing every problem with its file,
 * rule and path.
 *
 * @category Customisation
 * @example
 * ```ts
 * const resolved = resolveConfig({
 *   extends: ['coproduce:recommended'],
 *   rules: { 'quiet-members': { severity: 'error', parameters: { quietMeetings: 2 } } },
 * });
 * ```
 */
export function resolveConfig(config: unknown, options: ResolveConfigOptions = {}): ResolvedConfig {
  const problems = new ProblemList();
  const resolved = resolveCollecting(config, options, problems);
  problems.throwIfAny('The configuration cannot be used');
  resolvedConfigs.add(resolved);
  return resolved;
}

/**
 * {@link resolveConfig} that records every problem in `problems` instead of
 * throwing, and resolves what can be used of the rest (a setting with a
 * mistake is left out), so that the rules it names can still be checked in
 * the same pass.
 */
function resolveCollecting(
  config: unknown,
  options: ResolveConfigOptions,
  problems: ProblemList,
): ResolvedConfig {
  const builtins = loadBuiltins();
  const settings = new Map<string, SettingState>();
  const customRules = new Map<string, CustomRuleState>();
  /** Rules of the built-in framework packs a preset has loaded. */
  const packRules = new Map<string, { rule: RuleFile; file: string }>();
  const loadedPacks = new Set<string>();
  const catalogues: QuestionCatalogue[] = [builtins.catalogue];
  const questionIds = new Map<string, string>(
    builtins.catalogue.questions.map((q) => [q.id, builtins.catalogue.name]),
  );
  const addCatalogue = (catalogue: QuestionCatalogue, where: SourceLocation) => {
    for (const q of catalogue.questions) {
      const other = questionIds.get(q.id);
      if (other !== undefined) {
        problems.add(
          'config',
          where,
          `the question id "${q.id}" is already in the ${other} catalogue: give the framework's questions ids of their own`,
        );
        return;
      }
    }
    for (const q of catalogue.questions) questionIds.set(q.id, catalogue.name);
    catalogues.push(catalogue);
  };
  const loadPack = (name: string, where: SourceLocation) => {
    if (loadedPacks.has(name)) return;
    loadedPacks.add(name);
    const pack = builtins.packs.get(name);
    if (!pack) return;
    for (const [id, entry] of pack.rules) {
      const clash = customRules.get(id);
      if (clash) {
        problems.add(
          'rule',
          { file: clash.where.file, path: [...clash.where.path, 'id'] },
          `duplicate rule id "${id}": the ${name} pack (${entry.file}) has the same id`,
          id,
        );
        continue;
      }
      packRules.set(id, entry);
    }
    addCatalogue(pack.catalogue, where);
    for (const { file, messages: packMessages } of pack.messages)
      addPackMessages(packMessages, file);
  };
  // The words of frameworks coproduce does not ship (a council's own packs
  // and messages files), by locale; a council catalogue's points are its
  // English words. Reports carry them, as the report frame knows only the
  // frameworks that come with the library.
  const councilWords = new Map<
    string,
    { sections: Record<string, string>; questions: Record<string, string> }
  >();
  const addCouncilWords = (
    locale: string,
    sections: Readonly<Record<string, string>> | undefined,
    questions: Readonly<Record<string, string>> | undefined,
  ) => {
    if (sections === undefined && questions === undefined) return;
    let words = councilWords.get(locale);
    if (!words) {
      words = { sections: {}, questions: {} };
      councilWords.set(locale, words);
    }
    Object.assign(words.sections, sections);
    Object.assign(words.questions, questions);
  };
  /** A pack's texts in another language: the base a council's own `messages` override. */
  const addPackMessages = (pack: PackMessages, file: string, shipped = true) => {
    if (!shipped) addCouncilWords(pack.locale, pack.sections, pack.questions);
    let byRule = messages.get(pack.locale);
    if (!byRule) {
      byRule = new Map();
      messages.set(pack.locale, byRule);
    }
    for (const [id, override] of Object.entries(pack.rules)) {
      const previous = byRule.get(id)?.override ?? {};
      byRule.set(id, {
        override: { ...previous, ...override },
        where: { file, path: ['rules', id] },
      });
    }
  };
  const messages = new Map<
    string,
    Map<string, { override: MessageOverride; where: SourceLocation }>
  >();
  // The built-in framework's own translations: the base every council's messages override.
  for (const { file, messages: builtinMessages } of builtins.messages)
    addPackMessages(builtinMessages, file);
  const sources: string[] = [];
  const appliedFiles = new Set<string>();
  const settingEntries: {
    id: string;
    where: SourceLocation;
    parameters: [string, ParameterValue][];
  }[] = [];
  let locale: string | undefined;
  let ruleDocs: string | undefined;
  const declaredSections: string[] = [];
  let placeholderTexts: readonly string[] = DEFAULT_EVIDENCE_OPTIONS.placeholders;
  let minCommunityAuthors = DEFAULT_EVIDENCE_OPTIONS.minCommunityAuthors;

  const setting = (id: string): SettingState => {
    let state = settings.get(id);
    if (!state) {
      state = { parameters: new Map(), messages: {} };
      settings.set(id, state);
    }
    return state;
  };

  const applyPreset = (ref: string, where: SourceLocation) => {
    const preset = builtins.presets.get(ref.slice('coproduce:'.length));
    if (!preset) {
      problems.add(
        'config',
        where,
        `unknown preset "${ref}": use ${[...builtins.presets.keys()].map((k) => `"coproduce:${k}"`).join(' or ')}`,
      );
      return;
    }
    const name = ref.slice('coproduce:'.length);
    const pack = builtins.presetPacks.get(name);
    if (pack !== undefined) loadPack(pack, where);
    const every =
      pack !== undefined
        ? [...(builtins.packs.get(pack)?.rules.keys() ?? [])]
        : [...builtins.rules.keys()];
    const ids = preset.rules === '*' ? every : preset.rules;
    for (const id of ids) setting(id).enabled = true;
    sources.push(ref);
  };

  const addCustomRule = (rule: RuleFile, file: string | undefined, where: SourceLocation) => {
    const id = rule.id;
    const builtin = builtins.rules.get(id) ?? packRules.get(id);
    const existing = customRules.get(id);
    // The same file reached twice (two configurations naming one folder) is one rule.
    if (!builtin && existing && file !== undefined && existing.file === file) return;
    if (builtin || existing) {
      const other = builtin
        ? `a default rule (${builtin.file})`
        : `another custom rule${existing?.file ? ` (${existing.file})` : ''}`;
      problems.add(
        'rule',
        { file: where.file, path: [...where.path, 'id'] },
        `duplicate rule id "${id}": ${other} has the same id`,
        id,
      );
      return;
    }
    customRules.set(id, { rule, file, where });
    setting(id).enabled = true;
  };

  const apply = (raw: unknown, file: string | undefined, stack: readonly string[]) => {
    // A file is applied once, where it is first reached: a diamond of
    // `extends` (every file naming the next fifty times) stays linear.
    // A file that cannot be read is reported once, too.
    if (file !== undefined) {
      if (appliedFiles.has(file)) return;
      appliedFiles.add(file);
    }
    const parsed = parseCouncilConfig(raw, file !== undefined ? { file } : {});
    let cfg: CouncilConfig;
    if (parsed.success) cfg = parsed.value;
    else {
      problems.addParsed(parsed.problems);
      // Go on with the settings that can be used, so the rest is checked in this same pass.
      cfg = usableCouncilConfig(raw);
    }
    const extendsList = cfg.extends ?? ['coproduce:recommended'];
    extendsList.forEach((ref, i) => {
      const where: SourceLocation = { file, path: ['extends', i] };
      if (ref.startsWith('coproduce:')) {
        applyPreset(ref, where);
        return;
      }
      if (!options.resolveExtends) {
        problems.add(
          'config',
          where,
          `cannot read "${ref}" here: load configuration files with loadConfig() from "coproduce/node"`,
        );
        return;
      }
      let resolved: { file: string; config: unknown };
      try {
        resolved = options.resolveExtends(ref, file);
      } catch (error) {
        if (error instanceof CoproduceError) {
          problems.addError('config', where, error);
          return;
        }
        throw error;
      }
      if (stack.includes(resolved.file)) {
        problems.add(
          'config',
          where,
          `"extends" makes a cycle: ${[...stack, resolved.file].join(' → ')}`,
        );
        return;
      }
      apply(resolved.config, resolved.file, [...stack, resolved.file]);
    });
    (cfg.ruleFiles ?? []).forEach((ref, i) => {
      const where: SourceLocation = { file, path: ['ruleFiles', i] };
      if (!options.resolveRuleFiles) {
        problems.add(
          'config',
          where,
          `cannot read "${ref}" here: load configuration files with loadConfig() from "coproduce/node"`,
        );
        return;
      }
      let loaded: ReturnType<NonNullable<ResolveConfigOptions['resolveRuleFiles']>>;
      try {
        loaded = options.resolveRuleFiles(ref, file);
      } catch (error) {
        if (error instanceof CoproduceError) {
          problems.addError('config', where, error);
          return;
        }
        throw error;
      }
      for (const entry of loaded) {
        if ('error' in entry) {
          problems.addError('rule', { file: entry.file, path: [] }, entry.error);
          continue;
        }
        if (entry.kind === 'questions') {
          const parsed = parseQuestionCatalogue(entry.rule, { file: entry.file });
          if (!parsed.success) {
            problems.addParsed(parsed.problems);
            continue;
          }
          addCouncilWords(
            DEFAULT_LOCALE,
            undefined,
            Object.fromEntries(parsed.value.questions.map((q) => [q.id, q.point])),
          );
          addCatalogue(
            {
              name: entry.file,
              file: entry.file,
              ...((parsed.value.citation ?? parsed.value.source) !== undefined
                ? { source: parsed.value.citation ?? parsed.value.source }
                : {}),
              questions: parsed.value.questions.map(
                ({ id, section, point, evidence, reflective }) => ({
                  id,
                  section,
                  point,
                  ...(evidence !== undefined ? { evidence } : {}),
                  ...(reflective !== undefined ? { reflective } : {}),
                }),
              ),
            },
            { file: entry.file, path: [] },
          );
          continue;
        }
        if (entry.kind === 'messages') {
          const parsed = parsePackMessages(entry.rule, { file: entry.file });
          if (!parsed.success) {
            problems.addParsed(parsed.problems);
            continue;
          }
          addPackMessages(parsed.value, entry.file, false);
          continue;
        }
        if (entry.kind === 'preset') {
          // A pack's presets name its rules for `extends`; loaded from a
          // folder, every rule of the folder is on, so they are only checked.
          const parsed = parseRuleSetPreset(entry.rule, { file: entry.file });
          if (!parsed.success) problems.addParsed(parsed.problems);
          continue;
        }
        const rule = parseRuleFile(entry.rule, { file: entry.file });
        if (!rule.success) {
          problems.addParsed(rule.problems, 'rule');
          continue;
        }
        addCustomRule(rule.value, entry.file, { file: entry.file, path: [] });
      }
    });
    (cfg.customRules ?? []).forEach((rule, i) => {
      addCustomRule(rule, file, { file, path: ['customRules', i] });
    });
    for (const [id, value] of Object.entries(cfg.rules ?? {}) as [string, RuleSetting][]) {
      const where: SourceLocation = { file, path: ['rules', id] };
      const state = setting(id);
      settingEntries.push({
        id,
        where,
        parameters: typeof value === 'object' ? Object.entries(value.parameters ?? {}) : [],
      });
      if (value === 'off') {
        state.enabled = false;
        continue;
      }
      state.enabled = true;
      if (typeof value === 'string') {
        state.severity = value;
        continue;
      }
      if (value.severity !== undefined) state.severity = value.severity;
      for (const [name, parameter] of Object.entries(value.parameters ?? {})) {
        state.parameters.set(name, {
          value: parameter,
          where: { file, path: ['rules', id, 'parameters', name] },
        });
      }
      if (value.messages) {
        state.messages = { ...state.messages, ...value.messages };
        state.messagesWhere = { file, path: ['rules', id, 'messages'] };
      }
    }
    for (const [tag, catalogue] of Object.entries(cfg.messages ?? {})) {
      let byRule = messages.get(tag);
      if (!byRule) {
        byRule = new Map();
        messages.set(tag, byRule);
      }
      for (const [id, override] of Object.entries(catalogue)) {
        const previous = byRule.get(id)?.override ?? {};
        byRule.set(id, {
          override: { ...previous, ...override },
          where: { file, path: ['messages', tag, id] },
        });
      }
    }
    if (cfg.locale !== undefined) locale = cfg.locale;
    if (cfg.ruleDocs !== undefined) ruleDocs = cfg.ruleDocs;
    for (const section of cfg.sections ?? []) {
      if (!declaredSections.includes(section)) declaredSections.push(section);
    }
    // Applied after `extends`, so a file's own evidence settings win over what it extends.
    const evidence = cfg.evidence;
    if (evidence?.placeholders !== undefined) {
      placeholderTexts = Array.isArray(evidence.placeholders)
        ? [...placeholderTexts, ...evidence.placeholders]
        : [...(evidence.placeholders as { readonly replace: readonly string[] }).replace];
    }
    if (evidence?.minCommunityAuthors !== undefined)
      minCommunityAuthors = evidence.minCommunityAuthors;
    sources.push(file ?? INLINE);
  };

  const topFile = options.file;
  apply(config ?? {}, topFile, topFile !== undefined ? [topFile] : []);

  const known = (id: string) =>
    builtins.rules.get(id)?.rule ?? packRules.get(id)?.rule ?? customRules.get(id)?.rule;
  // Checked in the order the settings were written, so problems read top to bottom.
  for (const { id, where, parameters } of settingEntries) {
    const rule = known(id);
    if (!rule) {
      const hint = packHint(id, builtins);
      problems.add(
        'config',
        where,
        hint ??
          ((suggest) =>
            `unknown rule id "${id}"${suggest(id, [...builtins.rules.keys(), ...packRules.keys(), ...customRules.keys()])}`),
        undefined,
        hint === undefined ? { code: 'unknown-rule', params: { id } } : undefined,
      );
      continue;
    }
    for (const [name, value] of parameters) {
      const at: SourceLocation = { file: where.file, path: [...where.path, 'parameters', name] };
      const definition = ownValue(rule.parameters, name);
      if (!definition) {
        const names = Object.keys(rule.parameters ?? {});
        problems.add(
          'config',
          at,
          names.length === 0
            ? `the rule "${id}" has no parameters`
            : `unknown parameter "${name}" of the rule "${id}": use ${names.map((n) => `"${n}"`).join(', ')}`,
          id,
          names.length === 0
            ? { code: 'no-parameters', params: { rule: id } }
            : {
                code: 'unknown-parameter',
                params: { name, rule: id, allowed: names.map((n) => `"${n}"`) },
              },
        );
        continue;
      }
      const why = parameterValueProblem(definition, value);
      if (why) {
        problems.add('config', at, why, id);
        // Not applied: the rule's own checks would report the same mistake again.
        const stored = settings.get(id)?.parameters.get(name);
        if (stored !== undefined && stored.value === value && sameLocation(stored.where, at)) {
          settings.get(id)?.parameters.delete(name);
        }
      }
    }
  }
  for (const [tag, byRule] of messages) {
    for (const [id, { where }] of byRule) {
      if (!known(id))
        problems.add(
          'config',
          where,
          `unknown rule id "${id}" in the "${tag}" messages`,
          undefined,
          {
            code: 'unknown-rule-messages',
            params: { id, locale: tag },
          },
        );
    }
  }
  const total = [...settings].filter(([id, state]) => state.enabled === true && known(id)).length;
  if (total > RULE_LIMITS.maxRules) {
    problems.add(
      'config',
      { file: topFile, path: [] },
      `${total} rules are enabled; a rule set may have at most ${RULE_LIMITS.maxRules}`,
    );
  }
  const all: ResolvedRule[] = [];
  const entries: {
    rule: RuleFile;
    file?: string | undefined;
    basePath: readonly (string | number)[];
    builtin: boolean;
  }[] = [
    ...[...builtins.rules.values()].map((b) => ({
      rule: b.rule,
      file: b.file,
      basePath: [],
      builtin: true,
    })),
    ...[...packRules.values()].map((b) => ({
      rule: b.rule,
      file: b.file,
      basePath: [],
      builtin: true,
    })),
    ...[...customRules.values()].map((c) => ({
      rule: c.rule,
      file: c.file,
      basePath: c.where.path,
      builtin: false,
    })),
  ];
  for (const { rule, file, basePath, builtin } of entries) {
    const state = settings.get(rule.id);
    const parameters: Record<string, ParameterValue> = {};
    const parameterSources: Record<string, SourceLocation> = {};
    for (const [name, definition] of Object.entries(rule.parameters ?? {})) {
      const configured = state?.parameters.get(name);
      parameters[name] = configured ? configured.value : definition.default;
      if (configured) parameterSources[name] = configured.where;
    }
    const override = state?.messages ?? {};
    const texts: RuleTexts = {
      title: override.title ?? rule.title,
      flagged: override.flagged ?? rule.messages.flagged,
      action: override.action ?? rule.messages.action,
      ...((override.needsReview ?? rule.messages.needsReview)
        ? { needsReview: override.needsReview ?? rule.messages.needsReview }
        : {}),
    };
    all.push({
      rule,
      ...(file !== undefined ? { file } : {}),
      basePath,
      builtin,
      enabled: state?.enabled ?? false,
      severity: state?.severity ?? rule.severity,
      parameters,
      parameterSources,
      texts,
      ...(state?.messagesWhere ? { textsSource: state.messagesWhere } : {}),
    });
  }
  all.sort((a, b) => compareText(a.rule.id, b.rule.id));
  const messageCatalogues: Record<string, Record<string, MessageOverride>> = {};
  const messageSources: Record<string, Record<string, SourceLocation>> = {};
  for (const [tag, byRule] of [...messages].sort(([a], [b]) => compareText(a, b))) {
    messageCatalogues[tag] = {};
    messageSources[tag] = {};
    for (const [id, { override, where }] of [...byRule].sort(([a], [b]) => compareText(a, b))) {
      messageCatalogues[tag][id] = override;
      messageSources[tag][id] = where;
    }
  }
  const resolved: ResolvedConfig = deepFreeze({
    questionCatalogues: catalogues,
    councilWords: Object.fromEntries([...councilWords].sort(([a], [b]) => compareText(a, b))),
    locale: locale ?? DEFAULT_LOCALE,
    sources,
    rules: all,
    messages: messageCatalogues,
    sections: declaredSections,
    messageSources,
    ruleDocs: ruleDocs ?? DEFAULT_RULE_DOCS,
    ...(options.displayPath !== undefined ? { displayPath: options.displayPath } : {}),
    evidence:
      placeholderTexts === DEFAULT_EVIDENCE_OPTIONS.placeholders &&
      minCommunityAuthors === DEFAULT_EVIDENCE_OPTIONS.minCommunityAuthors
        ? DEFAULT_EVIDENCE_OPTIONS
        : {
            placeholders: [...new Set(placeholderTexts)],
            minCommunityAuthors,
          },
  });
  return resolved;
}

const resolvedConfigs = new WeakSet<object>();

/** For a rule of a pack that is not loaded: how to load it. */
function packHint(id: string, builtins: BuiltinData): string | undefined {
  for (const pack of builtins.packs.values()) {
    if (!pack.rules.has(id)) continue;
    const preset = [...builtins.presetPacks].find(([, name]) => name === pack.name)?.[0];
    return `the rule "${id}" belongs to the ${pack.name} framework pack${preset ? `: add "coproduce:${preset}" to "extends" to use it` : ''}`;
  }
  return undefined;
}

/**
 * Compares two strings by code unit, the same on every machine (unlike
 * `localeCompare`).
 *
 * @internal
 *
 * @example `['b', 'a'].sort(compareText) // ['a', 'b']`
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * "Did you mean" for a question id: the nearest whole id, or else the id
 * whose point (after the section, "governance.") is nearest, so that a
 * missing or wrong section prefix still finds the question. `s` is the
 * capped search of the problem list: it finds nothing past the first few.
 */
function suggestQuestion(id: string, builtins: BuiltinData, s: Suggest): string {
  const ids = [...builtins.questions.keys()];
  const whole = s(id, ids);
  if (whole !== '') return whole;
  const point = id.slice(id.lastIndexOf('.') + 1);
  const byPoint = new Map(ids.map((q) => [q.slice(q.lastIndexOf('.') + 1), q]));
  const near = /"(.+)"/.exec(s(point, byPoint.keys()))?.[1];
  const full = near !== undefined ? byPoint.get(near) : undefined;
  return full !== undefined ? `; did you mean "${full}"?` : '';
}

function suggestion(name: string, candidates: Iterable<string>): string {
  const best = closestMatch(name, candidates);
  return best !== undefined ? `; did you mean "${best}"?` : '';
}

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
   * (`null` for the recommended rules or a configuration given as data).
   */
  readonly configuration: { readonly path: string | null };
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
 * @example `ruleSetInternals(ruleSet)?.uses.get('quiet-members')`
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

const FACT_TYPES_FOR_VALUE: Record<OperatorValueKind, readonly FactValueType[]> = {
  true: [],
  number: ['number', 'share'],
  share: ['share'],
  scalar: ['number', 'share', 'boolean', 'string'],
  'scalar-list': ['string-list'],
  string: ['string'],
  'string-list': ['string-list'],
};

function literalKindProblem(kind: OperatorValueKind, value: unknown): string | undefined {
  const isScalar = (v: unknown) =>
    typeof v === 'string' ||
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v));
  switch (kind) {
    case 'true':
      return value === true ? undefined : 'must be true';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'share':
      return typeof value === 'number' && value >= 0 && value <= 1
        ? undefined
        : 'must be a share from 0 to 1';
    case 'scalar':
      return isScalar(value) ? undefined : 'must be text, a number or true/false';
    case 'scalar-list':
      return Array.isArray(value) && value.every(isScalar) ? undefined : 'must be a list of values';
    case 'string':
      return typeof value === 'string' ? undefined : 'must be text';
    case 'string-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? undefined
        : 'must be a list of text';
  }
}

function factParamProblem(spec: FactParameterSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `must be ${spec.type === 'integer' ? 'a whole number' : 'a number'}`;
      if (spec.type === 'integer' && !Number.isInteger(value)) return 'must be a whole number';
      if (spec.minimum !== undefined && value < spec.minimum)
        return `must be at least ${spec.minimum}`;
      if (spec.maximum !== undefined && value > spec.maximum)
        return `must be at most ${spec.maximum}`;
      return undefined;
    case 'string':
      if (typeof value !== 'string') return 'must be text';
      if (spec.enum && !spec.enum.includes(value))
        return `must be one of ${spec.enum.map((v) => `"${v}"`).join(', ')}`;
      return undefined;
    case 'time':
      return typeof value === 'string' && /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/.test(value)
        ? undefined
        : 'must be a time of day like "09:30"';
    case 'string-list': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return 'must be a list of text';
      const allowed = spec.enum;
      const bad = allowed ? value.filter((v) => !allowed.includes(v as string)) : [];
      return bad.length > 0
        ? `has ${bad.map((v) => `"${v}"`).join(', ')}, not among ${allowed?.map((v) => `"${v}"`).join(', ')}`
        : undefined;
    }
  }
}

/** Rule parameter types a fact parameter of each type accepts through `{ "param" }`. */
const PARAM_TYPES_FOR_FACT_PARAM: Record<FactParameterSpec['type'], readonly string[]> = {
  integer: ['integer'],
  number: ['integer', 'number'],
  string: ['string', 'time'],
  'string-list': ['string-list'],
  time: ['time'],
};

interface RuleCompilation {
  /** Whether the rule set is a portfolio's. */
  readonly portfolio: boolean;
  readonly rule: ResolvedRule;
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly problems: ProblemList;
  readonly uses: FactUse[];
  /** The rule's own declared facts (its `define`), by the name the rule uses; `undefined` for one that failed. */
  readonly locals: ReadonlyMap<string, FactDefinition | undefined>;
}

/**
 * The id the engine knows a rule's declared fact by: the rule id and the
 * name, so two rules may declare the same name differently.
 */
function localEngineId(ruleId: string, name: string): string {
  return `${ruleId}/${name}`;
}

/**
 * Compiles a rule's `define` with its effective parameters: each declared
 * fact checked against the model, named problems reported at
 * `define.<name>...`. A name may not hide a fact of the catalogue.
 */
function compileDefines(
  resolved: ResolvedRule,
  facts: ReadonlyMap<string, FactDefinition>,
  problems: ProblemList,
): Map<string, FactDefinition | undefined> {
  const rule = resolved.rule;
  // A declaration that fails keeps its name, so its uses are not reported a second time.
  const locals = new Map<string, FactDefinition | undefined>();
  for (const [name, definition] of Object.entries(rule.define ?? {})) {
    const at = [...resolved.basePath, 'define', name];
    if (facts.has(name)) {
      problems.add(
        'rule',
        { file: resolved.file, path: at },
        `"${name}" is already a fact of the catalogue: give the declared fact another name`,
        rule.id,
      );
      continue;
    }
    const result = compileDeclaredFact(name, definition, { parameters: resolved.parameters });
    for (const p of result.problems)
      problems.add('rule', { file: resolved.file, path: [...at, ...p.path] }, p.message, rule.id);
    locals.set(name, result.fact);
  }
  return locals;
}

/** A condition tree with each declared fact's name replaced by its engine id. */
function toEngineIds(node: RuleCondition, ids: ReadonlyMap<string, string>): RuleCondition {
  if ('all' in node) return { all: node.all.map((c) => toEngineIds(c, ids)) };
  if ('any' in node) return { any: node.any.map((c) => toEngineIds(c, ids)) };
  if ('not' in node) return { not: toEngineIds(node.not, ids) };
  const value = node.value as unknown;
  const valueFact =
    isObject(value) && typeof value.fact === 'string' ? ids.get(value.fact) : undefined;
  return {
    ...node,
    fact: ids.get(node.fact) ?? node.fact,
    ...(valueFact !== undefined ? { value: { ...(value as object), fact: valueFact } } : {}),
  } as LeafCondition;
}

function sameParams(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

// One canonical JSON for the whole library: the history's hashes, the
// check's caches and rule tests all compare values the same way.
export { canonicalJson };

interface CompiledConditions {
  readonly conditions: TopCondition;
  /** The conditions as the engine runs them: declared facts by their engine ids. */
  readonly engineConditions: TopCondition;
  readonly facts: readonly MessageFact[];
}

function compileRule(context: RuleCompilation): CompiledConditions {
  const { rule: resolved, facts, problems, locals } = context;
  const rule = resolved.rule;
  const engineIdOf = (fact: FactDefinition) =>
    locals.get(fact.id) === fact ? localEngineId(rule.id, fact.id) : fact.id;
  const file = resolved.file;
  const report = (path: Path, message: ProblemMessage, coded?: Coded) =>
    problems.add('rule', { file, path: [...resolved.basePath, ...path] }, message, rule.id, coded);

  const substituteParam = (
    value: FactParamValue | ConditionValue,
    path: Path,
  ): { value: unknown; from?: string } => {
    if (isObject(value) && 'param' in value && typeof value.param === 'string') {
      const name = value.param;
      if (!Object.hasOwn(resolved.parameters, name)) {
        const names = Object.keys(resolved.parameters);
        report(
          path,
          `unknown parameter "${name}"${names.length ? `: the rule has ${names.map((n) => `"${n}"`).join(', ')}` : ': the rule has no parameters'}`,
        );
        return { value: undefined };
      }
      return { value: resolved.parameters[name], from: name };
    }
    return { value };
  };

  const compileFactParams = (
    fact: FactDefinition,
    raw: Readonly<Record<string, FactParamValue>> | undefined,
    path: Path,
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(raw ?? {})) {
      const spec = ownValue(fact.params, name);
      const at = [...path, name];
      if (!spec) {
        const names = Object.keys(fact.params);
        report(
          at,
          names.length === 0
            ? `the fact "${fact.id}" takes no parameters`
            : `unknown parameter "${name}" of the fact "${fact.id}": it takes ${names.map((n) => `"${n}"`).join(', ')}`,
        );
        continue;
      }
      const { value: substituted, from } = substituteParam(value, at);
      if (from !== undefined) {
        const definition = ownValue(rule.parameters, from);
        if (definition && !PARAM_TYPES_FOR_FACT_PARAM[spec.type].includes(definition.type)) {
          report(
            at,
            `the parameter "${from}" is ${definition.type}, but the fact "${fact.id}" needs ${spec.type} for "${name}"`,
          );
          continue;
        }
      }
      if (substituted === undefined) continue;
      const why = factParamProblem(spec, substituted);
      if (why) report(at, `${from !== undefined ? `(from the parameter "${from}") ` : ''}${why}`);
      out[name] = substituted;
    }
    for (const name of Object.keys(fact.params)) {
      if (!raw || !Object.hasOwn(raw, name))
        report([...path.slice(0, -1)], `the fact "${fact.id}" needs the parameter "${name}"`);
    }
    return out;
  };

  const lookupFact = (id: string, path: Path): FactDefinition | undefined => {
    if (locals.has(id)) return locals.get(id);
    const fact = facts.get(id);
    if (!fact)
      report(
        path,
        (suggest) => `unknown fact "${id}"${suggest(id, [...facts.keys(), ...locals.keys()])}`,
        { code: 'unknown-fact', params: { id } },
      );
    return fact;
  };

  const noteUse = (raw: FactUse) => {
    const local = locals.get(raw.fact);
    const use: FactUse =
      local !== undefined && raw.fact === local.id
        ? { ...raw, fact: localEngineId(rule.id, raw.fact), name: raw.fact }
        : raw;
    if (
      !context.uses.some(
        (u) => u.fact === use.fact && u.path === use.path && sameParams(u.params, use.params),
      )
    ) {
      context.uses.push(use);
    }
  };

  const compileLeaf = (leaf: LeafCondition, path: Path): LeafCondition => {
    const fact = lookupFact(leaf.fact, [...path, 'fact']);
    const operator = getOperator(leaf.operator);
    if (!operator) {
      report(
        [...path, 'operator'],
        (suggest) =>
          `unknown operator "${leaf.operator}"${suggest(
            leaf.operator,
            OPERATORS.map((o) => o.name),
          )}: use one of ${OPERATORS.map((o) => o.name).join(', ')}`,
        {
          code: 'unknown-operator',
          params: { operator: leaf.operator, allowed: OPERATORS.map((o) => o.name) },
        },
      );
    }
    const params = fact ? compileFactParams(fact, leaf.params, [...path, 'params']) : {};
    if (fact && leaf.path === undefined && operator && !operator.factTypes.includes(fact.type)) {
      report(
        [...path, 'operator'],
        `"${operator.name}" cannot test the fact "${fact.id}", which is ${fact.type}: it tests ${operator.factTypes.join(', ')}`,
      );
    }
    if (fact?.type === 'findings' && fact.scope !== undefined && fact.scope !== rule.scope) {
      report(
        [...path, 'fact'],
        `the fact "${fact.id}" finds ${fact.scope} subjects, but the rule's scope is "${rule.scope}"`,
      );
    }
    if (fact)
      noteUse({ fact: fact.id, params, ...(leaf.path !== undefined ? { path: leaf.path } : {}) });

    let value: unknown;
    const rawValue = leaf.value;
    if (isObject(rawValue) && 'fact' in rawValue && typeof rawValue.fact === 'string') {
      const other = lookupFact(rawValue.fact, [...path, 'value', 'fact']);
      const otherParams = other
        ? compileFactParams(other, rawValue.params as Record<string, FactParamValue> | undefined, [
            ...path,
            'value',
            'params',
          ])
        : {};
      if (other && operator) {
        if (operator.value === 'true')
          report([...path, 'value'], `"${operator.name}" needs the value true, not a fact`);
        else if (!FACT_TYPES_FOR_VALUE[operator.value].includes(other.type)) {
          report(
            [...path, 'value'],
            `"${operator.name}" cannot compare with the fact "${other.id}", which is ${other.type}`,
          );
        }
      }
      if (other) noteUse({ fact: other.id, params: otherParams });
      value =
        Object.keys(otherParams).length > 0
          ? { fact: rawValue.fact, params: otherParams }
          : { fact: rawValue.fact };
    } else {
      const { value: substituted, from } = substituteParam(rawValue, [...path, 'value']);
      value = substituted;
      if (operator && substituted !== undefined) {
        const why = literalKindProblem(operator.value, substituted);
        if (why)
          report(
            [...path, 'value'],
            `${from !== undefined ? `(from the parameter "${from}") ` : ''}${why} for "${operator.name}"`,
          );
      }
    }
    return {
      fact: leaf.fact,
      operator: leaf.operator,
      value: value as ConditionValue,
      ...(Object.keys(params).length > 0
        ? { params: params as Record<string, FactParamValue> }
        : {}),
      ...(leaf.path !== undefined ? { path: leaf.path } : {}),
    };
  };

  const compileNode = (node: RuleCondition, path: Path): RuleCondition => {
    if ('all' in node) return { all: node.all.map((c, i) => compileNode(c, [...path, 'all', i])) };
    if ('any' in node) return { any: node.any.map((c, i) => compileNode(c, [...path, 'any', i])) };
    if ('not' in node) return { not: compileNode(node.not, [...path, 'not']) };
    return compileLeaf(node, path);
  };

  const conditions = compileNode(rule.conditions, ['conditions']) as TopCondition;

  // Scope and subjects. A portfolio's rules without subjects are about the
  // whole portfolio; a project is one of its subjects.
  const topScope = context.portfolio ? 'portfolio' : 'project';
  if (rule.scope === topScope) {
    if (rule.subjects)
      report(
        ['subjects'],
        `a ${topScope} rule has no subjects: remove "subjects" or give the rule a subject scope`,
      );
  } else if (!rule.subjects) {
    report(
      ['subjects'],
      `a ${rule.scope} rule must name its findings fact in "subjects": { "fact": ... }`,
    );
  } else {
    const fact = lookupFact(rule.subjects.fact, ['subjects', 'fact']);
    if (fact && fact.type !== 'findings') {
      report(['subjects', 'fact'], `the fact "${fact.id}" is ${fact.type}, not a findings fact`);
    } else if (fact && fact.scope !== undefined && fact.scope !== rule.scope) {
      report(
        ['subjects', 'fact'],
        `the fact "${fact.id}" finds ${fact.scope} subjects, but the rule's scope is "${rule.scope}"`,
      );
    } else if (fact && !context.uses.some((u) => u.fact === engineIdOf(fact))) {
      report(
        ['subjects', 'fact'],
        `the fact "${fact.id}" must be used in the conditions, which give its parameters`,
      );
    }
  }

  // Facts read only for messages and evidence: checked like a condition's
  // fact, but never part of the conditions, so they cannot change the outcome.
  const conditionFacts = new Set(context.uses.map((u) => u.fact));
  const listed = new Set<string>();
  const messageFacts: MessageFact[] = [];
  (rule.facts ?? []).forEach((entry, i) => {
    const path: Path = ['facts', i];
    const fact = lookupFact(entry.fact, [...path, 'fact']);
    if (!fact) return;
    const params = compileFactParams(fact, entry.params, [...path, 'params']);
    if (fact.type === 'findings' && fact.scope !== undefined && fact.scope !== rule.scope) {
      report(
        [...path, 'fact'],
        `the fact "${fact.id}" finds ${fact.scope} subjects, but the rule's scope is "${rule.scope}"`,
      );
    }
    if (conditionFacts.has(engineIdOf(fact))) {
      report(
        [...path, 'fact'],
        `the conditions already read the fact "${fact.id}", so messages can use it: remove it from "facts"`,
      );
      return;
    }
    if (listed.has(fact.id)) {
      report(
        [...path, 'fact'],
        `the fact "${fact.id}" is listed twice in "facts": a message can show only one value for it`,
      );
      return;
    }
    listed.add(fact.id);
    noteUse({ fact: fact.id, params });
    messageFacts.push(
      Object.keys(params).length > 0
        ? { fact: fact.id, params: params as Record<string, FactParamValue> }
        : { fact: fact.id },
    );
  });
  const ids = new Map([...locals.keys()].map((name) => [name, localEngineId(rule.id, name)]));
  return {
    conditions,
    engineConditions: ids.size > 0 ? (toEngineIds(conditions, ids) as TopCondition) : conditions,
    facts: messageFacts,
  };
}

function allowedPlaceholders(
  resolved: ResolvedRule,
  uses: readonly FactUse[],
  facts: ReadonlyMap<string, FactDefinition>,
  locals: ReadonlyMap<string, FactDefinition | undefined>,
): { all: Set<string>; title: Set<string> } {
  const parameters = Object.keys(resolved.parameters);
  const all = new Set<string>([...parameters, 'subject', ...uses.map((u) => u.name ?? u.fact)]);
  const subjectsFact = resolved.rule.subjects
    ? (locals.get(resolved.rule.subjects.fact) ?? facts.get(resolved.rule.subjects.fact))
    : undefined;
  for (const key of subjectsFact?.data ?? []) all.add(key);
  return { all, title: new Set(parameters) };
}

function textProblems(
  texts: MessageOverride,
  allowed: { all: Set<string>; title: Set<string> },
  report: (path: Path, message: ProblemMessage) => void,
  basePath: Path,
  used: Set<string>,
): void {
  for (const key of ['title', 'flagged', 'needsReview', 'action'] as const) {
    const template = texts[key];
    if (template === undefined) continue;
    const { placeholders, errors } = parsePlaceholders(template);
    for (const error of errors) report([...basePath, key], error);
    const names = key === 'title' ? allowed.title : allowed.all;
    for (const { name } of placeholders) {
      used.add(name);
      if (!names.has(name)) {
        report(
          [...basePath, key],
          (suggest) =>
            `unknown placeholder "{${name}}": ${key === 'title' ? 'a title may only use parameters' : 'use a parameter, {subject}, a key of the findings data, or a fact the rule reads in its conditions or lists in "facts"'}${suggest(name, names)}`,
        );
      }
    }
  }
}

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
    config !== undefined && resolvedConfigs.has(config as object)
      ? (config as ResolvedConfig)
      : resolveCollecting(config ?? {}, {}, problems);
  return compileCollecting(resolved, options, problems);
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
  return compileCollecting(resolved, {}, problems);
}

function compileCollecting(
  resolved: ResolvedConfig,
  options: CreateRuleSetOptions,
  problems: ProblemList,
): RuleSet {
  const builtins = loadBuiltins();
  const questionIds = new Set(
    resolved.questionCatalogues.flatMap((c) => c.questions.map((q) => q.id)),
  );
  /** The sections of every framework loaded: the built-in one's and each pack's. */
  const frameworkSections = [
    ...new Set(resolved.questionCatalogues.flatMap((c) => c.questions.map((q) => q.section))),
  ];
  const provider = options.facts ?? defaultFactProvider();
  const facts = new Map(provider.facts.map((f) => [f.id, f]));
  const compiled: CompiledRule[] = [];
  const uses = new Map<string, readonly FactUse[]>();
  const subjectParams = new Map<string, Readonly<Record<string, unknown>>>();
  const placeholders = new Map<string, readonly string[]>();
  /** Every fact the engine may be asked for: the catalogue's and each rule's declared ones. */
  const engineFacts = new Map(facts);
  const engineRules = new Map<string, TopCondition>();
  const subjectFacts = new Map<string, string>();

  const portfolio = provider.kind === 'portfolio';
  for (const entry of resolved.rules) {
    if (!entry.enabled) continue;
    // Portfolio rules run over many projects (checkPortfolio), the others over one.
    if ((entry.rule.set === PORTFOLIO_RULE_SET) !== portfolio) continue;
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
      if (fact) engineFacts.set(localEngineId(rule.id, name), fact);
    const {
      conditions,
      engineConditions,
      facts: messageFacts,
    } = compileRule({
      portfolio,
      rule: entry,
      facts,
      problems,
      uses: ruleUses,
      locals,
    });
    if (engineConditions !== conditions) engineRules.set(rule.id, engineConditions);
    if (rule.subjects && locals.has(rule.subjects.fact))
      subjectFacts.set(rule.id, localEngineId(rule.id, rule.subjects.fact));
    rule.questions.forEach((id, i) => {
      if (!questionIds.has(id)) {
        const inPack = builtins.questions.has(id);
        report(
          ['questions', i],
          (suggest) =>
            inPack
              ? `unknown question id "${id}": it belongs to a framework pack that is not loaded; add the pack's preset to "extends"`
              : `unknown question id "${id}"${suggestQuestion(id, builtins, suggest)}`,
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
    for (const [name, definition] of Object.entries(rule.parameters ?? {})) {
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
    const allowed = allowedPlaceholders(entry, ruleUses, facts, locals);
    const used = new Set<string>();
    textProblems(rule.messages, allowed, report, ['messages'], used);
    textProblems({ title: rule.title }, allowed, report, [], used);
    if (entry.textsSource) {
      const where = entry.textsSource;
      const own: MessageOverride = { title: rule.title, ...rule.messages };
      const changed: { -readonly [K in keyof RuleTexts]?: string } = {};
      for (const key of ['title', 'flagged', 'needsReview', 'action'] as const) {
        if (entry.texts[key] !== undefined && entry.texts[key] !== own[key])
          changed[key] = entry.texts[key];
      }
      textProblems(
        changed,
        allowed,
        (path, message) => problems.add('config', { file: where.file, path }, message, rule.id),
        where.path,
        used,
      );
    }
    const texts: Record<string, MessageOverride> = { [DEFAULT_LOCALE]: entry.texts };
    for (const [tag, byRule] of Object.entries(resolved.messages)) {
      const override = byRule[rule.id];
      if (!override) continue;
      const where = resolved.messageSources[tag]?.[rule.id];
      textProblems(
        override,
        allowed,
        (path, message) => problems.add('config', { file: where?.file, path }, message, rule.id),
        where?.path ?? ['messages', tag, rule.id],
        used,
      );
      texts[tag] = tag === DEFAULT_LOCALE ? { ...entry.texts, ...override } : { ...override };
    }
    const subjectUse = rule.subjects
      ? (ruleUses.find((u) => u.fact === rule.subjects?.fact && u.path === undefined) ??
        ruleUses.find((u) => u.fact === rule.subjects?.fact))
      : undefined;
    if (subjectUse) subjectParams.set(rule.id, subjectUse.params);
    uses.set(rule.id, ruleUses);
    placeholders.set(rule.id, [...used].sort(compareText));
    const docsLink = ruleDocsLink(rule, entry.builtin, resolved.ruleDocs ?? DEFAULT_RULE_DOCS);
    compiled.push({
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
  problems.throwIfAny(
    problems.inConfig ? 'The configuration cannot be used' : 'The rules cannot be used',
  );
  // Found valid in full: createRuleSet may take it as it is.
  resolvedConfigs.add(resolved);

  const sets = new Map<string, string[]>();
  for (const rule of compiled) {
    const list = sets.get(rule.set) ?? [];
    list.push(`${rule.id}@${rule.version}`);
    sets.set(rule.set, list);
  }
  const ruleSets = [...sets]
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, list]) => ({ id, version: fnv1a64(list.sort(compareText).join('\n')) }));
  const ruleSet: RuleSet = deepFreeze({
    locale: resolved.locale,
    rules: compiled,
    ruleSets,
    locales: Object.keys(resolved.messages).filter((l) => l !== DEFAULT_LOCALE),
    sources: resolved.sources,
    sections: sectionOrder(compiled, resolved.questionCatalogues, resolved.sections),
    evidence: resolved.evidence,
    configuration: { path: resolved.displayPath ?? null },
  });
  internals.set(ruleSet, {
    provider,
    facts: engineFacts,
    resolved,
    uses,
    subjectParams,
    placeholders,
    engineConditions: engineRules,
    subjectFacts,
  });
  return ruleSet;
}

/**
 * A copy of a resolved configuration with only one rule enabled and some of
 * its parameters changed, for rule tests.
 *
 * @throws {@link CoproduceError} `invalid-options` for an unknown rule or
 * parameter, or a parameter value of the wrong kind.
 * @internal
 *
 * @example `createRuleSet(focusResolvedConfig(resolveConfig({}), 'quiet-members', { quietMeetings: 2 }))`
 */
export function focusResolvedConfig(
  resolved: ResolvedConfig,
  ruleId: string,
  parameters: Readonly<Record<string, ParameterValue>> = {},
): ResolvedConfig {
  const target = resolved.rules.find((r) => r.rule.id === ruleId);
  if (!target) {
    throw new CoproduceError('invalid-options', `Unknown rule "${ruleId}".`, [
      problem(
        [],
        `unknown rule id "${ruleId}"${suggestion(
          ruleId,
          resolved.rules.map((r) => r.rule.id),
        )}`,
      ),
    ]);
  }
  const problems: ProblemDetail[] = [];
  const values: Record<string, ParameterValue> = { ...target.parameters };
  for (const [name, value] of Object.entries(parameters)) {
    const definition = ownValue(target.rule.parameters, name);
    if (!definition) {
      problems.push(
        problem(['parameters', name], `unknown parameter "${name}" of the rule "${ruleId}"`, {
          ruleId,
        }),
      );
      continue;
    }
    const why = parameterValueProblem(definition, value);
    if (why) problems.push(problem(['parameters', name], why, { ruleId }));
    values[name] = value;
  }
  if (problems.length > 0) {
    throw new CoproduceError(
      'invalid-options',
      `The parameters for "${ruleId}" cannot be used:`,
      problems,
    );
  }
  const focused: ResolvedConfig = deepFreeze({
    ...resolved,
    rules: resolved.rules.map((r) =>
      r.rule.id === ruleId ? { ...r, enabled: true, parameters: values } : { ...r, enabled: false },
    ),
  });
  resolvedConfigs.add(focused);
  return focused;
}
