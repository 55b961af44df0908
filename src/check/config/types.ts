/**
 * The shapes of configuration as the rest of the library sees it once
 * resolved: each rule's effective setting and texts, where each came from,
 * and how a host gives the files a configuration names.
 *
 * @module
 */
import type { CoproduceError } from '../../model/errors.js';
import type { DEFAULT_RULE_DOCS } from '../docs-links.js';
import type { EvidenceOptions } from '../facts/evidence.js';
import type { MessageOverride, ParameterValue, RuleFile } from '../rule-schema.js';
import type { Severity } from '../types.js';

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
  /** The message of an issue that needs review about one of the rule's records; `needsReview` where absent. */
  readonly needsReviewSubject?: string | undefined;
  readonly action: string;
  /** What to do on an issue that needs review; `action` where absent. */
  readonly needsReviewAction?: string | undefined;
  /** The heading of an issue that needs review; `title` where absent. */
  readonly needsReviewTitle?: string | undefined;
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
   * path as the reader would type it, relative to where they work, or a
   * name for a configuration that is not a file, such as one kept in a
   * database. Default: none, and reports then call it "a configuration
   * with no file name".
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
