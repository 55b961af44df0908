/**
 * The state of one configuration being resolved: what the files reached so
 * far have selected, set and translated. The steps of resolution (following
 * `extends`, applying settings, checking them) read and add to it; at the
 * end it becomes a {@link ResolvedConfig}.
 *
 * @module
 */
import { DEFAULT_EVIDENCE_OPTIONS } from '../facts/evidence.js';
import { DEFAULT_LOCALE } from '../messages.js';
import type { MessageOverride, ParameterValue, RuleFile } from '../rule-schema.js';
import { compareText } from '../text-order.js';
import type { Severity } from '../types.js';
import type { BuiltinData } from './builtins.js';
import type { ProblemList } from './problem-list.js';
import type {
  FrameworkWords,
  QuestionCatalogue,
  ResolveConfigOptions,
  ResolvedConfig,
  SourceLocation,
} from './types.js';

/** What the configuration has said about one rule so far. */
export interface SettingState {
  enabled?: boolean;
  severity?: Severity;
  parameters: Map<string, { value: ParameterValue; where: SourceLocation }>;
  messages: MessageOverride;
  messagesWhere?: SourceLocation;
}

/** A council's own rule, from a rule file or `customRules`. */
export interface CustomRuleState {
  rule: RuleFile;
  file?: string | undefined;
  where: SourceLocation;
}

/** A rule's texts in one locale, and where they were last set. */
export type LocaleMessages = Map<string, { override: MessageOverride; where: SourceLocation }>;

/** One resolution in progress. */
export interface Resolution {
  readonly builtins: BuiltinData;
  readonly options: ResolveConfigOptions;
  readonly problems: ProblemList;
  readonly settings: Map<string, SettingState>;
  readonly customRules: Map<string, CustomRuleState>;
  /** Rules of the built-in framework packs a preset has loaded. */
  readonly packRules: Map<string, { rule: RuleFile; file: string }>;
  readonly loadedPacks: Set<string>;
  /**
   * Ids of a council's rule files that could not be read (bad JSON, or a
   * rule that fails its shape), by the file's "id" or else its name. Their
   * problems are already listed; a setting or translation naming one is not
   * reported again as an unknown rule, which would send the reader looking
   * for a rule that is there.
   */
  readonly unreadRules: Set<string>;
  readonly catalogues: QuestionCatalogue[];
  /** Every question id loaded, with the name of its catalogue. */
  readonly questionIds: Map<string, string>;
  /** Texts in each locale: the packs' translations, then the configuration's `messages`. */
  readonly messages: Map<string, LocaleMessages>;
  /**
   * The words of frameworks coproduce does not ship (a council's own packs
   * and messages files), by locale; a council catalogue's points are its
   * English words. Reports carry them, as the report frame knows only the
   * frameworks that come with the library.
   */
  readonly councilWords: Map<
    string,
    { sections: Record<string, string>; questions: Record<string, string> }
  >;
  readonly sources: string[];
  readonly appliedFiles: Set<string>;
  /** Every rule setting as written, to check once every file is read. */
  readonly settingEntries: {
    id: string;
    where: SourceLocation;
    parameters: [string, ParameterValue][];
  }[];
  locale: string | undefined;
  ruleDocs: string | undefined;
  readonly declaredSections: string[];
  placeholderTexts: readonly string[];
  minCommunityAuthors: number;
}

/** A resolution with nothing applied yet but the built-in framework's catalogue and texts. */
export function startResolution(
  builtins: BuiltinData,
  options: ResolveConfigOptions,
  problems: ProblemList,
): Resolution {
  const resolution: Resolution = {
    builtins,
    options,
    problems,
    settings: new Map(),
    customRules: new Map(),
    packRules: new Map(),
    loadedPacks: new Set(),
    unreadRules: new Set(),
    catalogues: [builtins.catalogue],
    questionIds: new Map(builtins.catalogue.questions.map((q) => [q.id, builtins.catalogue.name])),
    messages: new Map(),
    councilWords: new Map(),
    sources: [],
    appliedFiles: new Set(),
    settingEntries: [],
    locale: undefined,
    ruleDocs: undefined,
    declaredSections: [],
    placeholderTexts: DEFAULT_EVIDENCE_OPTIONS.placeholders,
    minCommunityAuthors: DEFAULT_EVIDENCE_OPTIONS.minCommunityAuthors,
  };
  // The built-in framework's own translations: the base every council's messages override.
  for (const { file, messages } of builtins.messages) {
    addMessages(resolution, messages.locale, messages.rules, (id) => ({
      file,
      path: ['rules', id],
    }));
  }
  return resolution;
}

/** The setting of a rule, made empty on first use. */
export function setting(resolution: Resolution, id: string): SettingState {
  let state = resolution.settings.get(id);
  if (!state) {
    state = { parameters: new Map(), messages: {} };
    resolution.settings.set(id, state);
  }
  return state;
}

/** A rule by id, wherever it came from: built in, a loaded pack or the council's own. */
export function knownRule(resolution: Resolution, id: string): RuleFile | undefined {
  return (
    resolution.builtins.rules.get(id)?.rule ??
    resolution.packRules.get(id)?.rule ??
    resolution.customRules.get(id)?.rule
  );
}

/** Adds a framework's question catalogue, unless one of its ids is already taken. */
export function addCatalogue(
  resolution: Resolution,
  catalogue: QuestionCatalogue,
  where: SourceLocation,
): void {
  for (const q of catalogue.questions) {
    const other = resolution.questionIds.get(q.id);
    if (other !== undefined) {
      resolution.problems.add(
        'config',
        where,
        `the question id "${q.id}" is already in the ${other} catalogue: give the framework's questions ids of their own`,
      );
      return;
    }
  }
  for (const q of catalogue.questions) resolution.questionIds.set(q.id, catalogue.name);
  resolution.catalogues.push(catalogue);
}

/**
 * Adds rule texts in a locale over those already there, key by key: a
 * pack's translations, then a council's own `messages` over them.
 */
export function addMessages(
  resolution: Resolution,
  locale: string,
  byRule: Readonly<Record<string, MessageOverride>>,
  whereOf: (id: string) => SourceLocation,
): void {
  let texts = resolution.messages.get(locale);
  if (!texts) {
    texts = new Map();
    resolution.messages.set(locale, texts);
  }
  for (const [id, override] of Object.entries(byRule)) {
    const previous = texts.get(id)?.override ?? {};
    texts.set(id, { override: { ...previous, ...override }, where: whereOf(id) });
  }
}

/** Adds a council's own section names and question points in one locale (later files win). */
export function addCouncilWords(
  resolution: Resolution,
  locale: string,
  sections: Readonly<Record<string, string>> | undefined,
  questions: Readonly<Record<string, string>> | undefined,
): void {
  if (sections === undefined && questions === undefined) return;
  let words = resolution.councilWords.get(locale);
  if (!words) {
    words = { sections: {}, questions: {} };
    resolution.councilWords.set(locale, words);
  }
  Object.assign(words.sections, sections);
  Object.assign(words.questions, questions);
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

/** Loads a built-in framework pack once: its rules, its catalogue and its translations. */
export function loadPack(resolution: Resolution, name: string, where: SourceLocation): void {
  if (resolution.loadedPacks.has(name)) return;
  resolution.loadedPacks.add(name);
  const pack = resolution.builtins.packs.get(name);
  if (!pack) return;
  for (const [id, entry] of pack.rules) {
    const clash = resolution.customRules.get(id);
    if (clash) {
      resolution.problems.add(
        'rule',
        { file: clash.where.file, path: [...clash.where.path, 'id'] },
        `duplicate rule id "${id}": the ${name} pack (${entry.file}) has the same id`,
        id,
      );
      continue;
    }
    resolution.packRules.set(id, entry);
  }
  addCatalogue(resolution, pack.catalogue, where);
  for (const { file, messages } of pack.messages) {
    addMessages(resolution, messages.locale, messages.rules, (id) => ({
      file,
      path: ['rules', id],
    }));
  }
}

/** The resolution's texts by locale and rule, and where each was set, sorted. */
export function messageCatalogues(
  resolution: Resolution,
): Pick<ResolvedConfig, 'messages' | 'messageSources'> {
  const messages: Record<string, Record<string, MessageOverride>> = {};
  const messageSources: Record<string, Record<string, SourceLocation>> = {};
  const byKey = <T>([a]: [string, T], [b]: [string, T]) => compareText(a, b);
  for (const [tag, byRule] of [...resolution.messages].sort(byKey)) {
    messages[tag] = {};
    messageSources[tag] = {};
    for (const [id, { override, where }] of [...byRule].sort(byKey)) {
      messages[tag][id] = override;
      messageSources[tag][id] = where;
    }
  }
  return { messages, messageSources };
}
