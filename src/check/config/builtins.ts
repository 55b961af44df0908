/**
 * The rules, presets, question catalogues and translations shipped with
 * coproduce, read and checked once, on first use: a broken default rule is
 * a bug of the library, reported as one error.
 *
 * The files are taken as they are, not parsed again: parsing them was a
 * tenth of the time of a whole `coproduce check`, at every start, and they
 * cannot change once coproduce is released. Before that,
 * `test/check/generated.test.ts` (and, for rules and presets,
 * `npm run check:rules`) refuse any shipped file that its parser
 * (`parseRuleFile`, `parseRuleSetPreset`, `parseQuestionCatalogue`,
 * `parsePackMessages`) would not accept and read exactly as it is written.
 * What ties the files together (ids used once, rules in their set's folder,
 * presets and translations naming rules that exist) is still checked here.
 * A council's own files are always parsed (see `extends.ts` and
 * `parse-config.ts`).
 *
 * @module
 */
import { CoproduceError, type ProblemDetail, problem } from '../../model/errors.js';
import { deepFreeze } from '../../model/freeze.js';
import {
  type BuiltinPack,
  builtinFactFiles,
  builtinMessageFiles,
  builtinPacks,
  builtinPresetFiles,
  builtinQuestionCatalogue,
  builtinRuleFiles,
} from '../builtin-rules.js';
import type { Suggest } from '../problems.js';
import type {
  PackMessages,
  QuestionCatalogueFile,
  RuleFile,
  RuleSetPreset,
} from '../rule-schema.js';
import type { QuestionCatalogue } from './types.js';

export interface BuiltinPackData {
  readonly name: string;
  readonly rules: ReadonlyMap<string, { rule: RuleFile; file: string }>;
  readonly catalogue: QuestionCatalogue;
  readonly messages: readonly { readonly file: string; readonly messages: PackMessages }[];
}

export interface BuiltinData {
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

/** The presets that exist even before `rules/presets/` has files. */
const FALLBACK_PRESETS: readonly RuleSetPreset[] = [
  { id: 'all', description: 'Every default rule.', rules: '*' },
  { id: 'recommended', description: 'The default rules.', rules: '*' },
];

type RuleEntries = ReadonlyMap<string, { rule: RuleFile; file: string }>;
type Files = readonly { file: string; data: unknown }[];

/**
 * A question catalogue file as a rule set uses it: ids, sections and
 * points, with the citation (else the source) naming the framework.
 */
export function catalogueFrom(
  name: string,
  file: string,
  data: QuestionCatalogueFile,
): QuestionCatalogue {
  const cited = data.citation ?? data.source;
  return {
    name,
    file,
    ...(cited !== undefined ? { source: cited } : {}),
    questions: data.questions.map(({ id, section, point, evidence, reflective }) => ({
      id,
      section,
      point,
      ...(evidence !== undefined ? { evidence } : {}),
      ...(reflective !== undefined ? { reflective } : {}),
    })),
  };
}

/**
 * The rule files of the built-in framework (`others` empty) or of a pack,
 * each with an id no other has; `setProblem` says why a rule's `set` does
 * not fit where it is filed.
 */
function readRules(
  files: Files,
  others: RuleEntries,
  setProblem: (rule: RuleFile, file: string) => string | undefined,
  problems: ProblemDetail[],
): Map<string, { rule: RuleFile; file: string }> {
  const rules = new Map<string, { rule: RuleFile; file: string }>();
  for (const { file, data } of files) {
    const rule = data as RuleFile;
    const id = rule.id;
    const other = others.get(id) ?? rules.get(id);
    if (other) {
      problems.push(
        problem(['id'], `duplicate rule id "${id}" (also in ${other.file})`, {
          file,
          ruleId: id,
          code: 'duplicate-rule-id',
          params: { id, other: other.file },
        }),
      );
      continue;
    }
    const why = setProblem(rule, file);
    if (why !== undefined) problems.push(problem(['set'], why, { file, ruleId: id }));
    rules.set(id, { rule, file });
  }
  return rules;
}

/** Reads a question catalogue, adding its questions to `questions`, each id only once. */
function readCatalogue(
  name: string,
  file: string,
  data: unknown,
  questions: Map<string, { section: string; point: string }>,
  problems: ProblemDetail[],
): QuestionCatalogue {
  const catalogue = data as QuestionCatalogueFile;
  for (const q of catalogue.questions) {
    if (questions.has(q.id))
      problems.push(
        problem(['questions'], `the question id "${q.id}" is used twice`, {
          file,
          code: 'duplicate-question-id',
          params: { id: q.id },
        }),
      );
    questions.set(q.id, { section: q.section, point: q.point });
  }
  return catalogueFrom(name, file, catalogue);
}

/** A rule id that names no rule of the framework, or of the pack when `pack` is given. */
function unknownRule(
  path: (string | number)[],
  id: string,
  file: string,
  pack: unknown,
): ProblemDetail {
  return problem(path, `unknown rule id "${id}"${pack ? ' in the pack' : ''}`, {
    file,
    code: pack ? 'unknown-rule-in-pack' : 'unknown-rule',
    params: { id },
  });
}

type Translations = { file: string; messages: PackMessages }[];

/**
 * Translation files, each naming only rules of `known`: the built-in
 * framework's, or a pack's (`pack`), whose may name only the pack's own
 * questions and sections too, and whose problems say "in the pack".
 */
function readMessages(
  files: Files,
  known: RuleEntries,
  problems: ProblemDetail[],
  pack?: BuiltinPack,
): Translations {
  const own = pack ? (pack.questions.data as QuestionCatalogueFile).questions : [];
  const read: Translations = [];
  for (const { file, data } of files) {
    const messages = data as PackMessages;
    for (const id of Object.keys(messages.rules)) {
      if (!known.has(id)) problems.push(unknownRule(['rules', id], id, file, pack));
    }
    if (pack) {
      for (const id of Object.keys(messages.questions ?? {})) {
        if (!own.some((q) => q.id === id))
          problems.push(
            problem(['questions', id], `unknown question id "${id}" in the pack`, {
              file,
              code: 'unknown-question-in-pack',
              params: { id },
            }),
          );
      }
      for (const name of Object.keys(messages.sections ?? {})) {
        if (!own.some((q) => q.section === name))
          problems.push(
            problem(['sections', name], `unknown section "${name}" in the pack`, {
              file,
              code: 'unknown-section-in-pack',
              params: { section: name },
            }),
          );
      }
    }
    read.push({ file, messages });
  }
  return read;
}

/**
 * Preset files, added to `presets`, each naming only rules of `known`: the
 * built-in framework's (which replace the fallbacks of the same id), or a
 * pack's (`pack`), which may not take an id already used and are recorded
 * in `presetPacks` as the pack's.
 */
function readPresets(
  files: Files,
  known: RuleEntries,
  presets: Map<string, RuleSetPreset>,
  problems: ProblemDetail[],
  pack?: { readonly name: string; readonly presetPacks: Map<string, string> },
): void {
  for (const { file, data } of files) {
    const preset = data as RuleSetPreset;
    if (pack && presets.has(preset.id) && !FALLBACK_PRESETS.some((p) => p.id === preset.id)) {
      problems.push(
        problem(['id'], `duplicate preset id "${preset.id}"`, {
          file,
          code: 'duplicate-preset-id',
          params: { id: preset.id },
        }),
      );
      continue;
    }
    if (Array.isArray(preset.rules)) {
      preset.rules.forEach((id, i) => {
        if (!known.has(id)) problems.push(unknownRule(['rules', i], id, file, pack));
      });
    }
    presets.set(preset.id, preset);
    pack?.presetPacks.set(preset.id, pack.name);
  }
}

function throwIfBroken(problems: readonly ProblemDetail[]): void {
  if (problems.length > 0) {
    throw new CoproduceError(
      'invalid-rule',
      'The default rules shipped with coproduce are broken:',
      problems,
    );
  }
}

/**
 * Everything shipped with coproduce, read once: the built-in framework's
 * rules, presets, catalogue and translations, and each framework pack's.
 *
 * @throws {@link CoproduceError} `invalid-rule` when a shipped file is broken.
 */
export function loadBuiltins(): BuiltinData {
  if (builtinCache) return builtinCache;
  // Handed out as they are (see above), so frozen: a caller that changed a
  // shipped rule would otherwise change every rule set made after it.
  deepFreeze([
    builtinRuleFiles,
    builtinPresetFiles,
    builtinPacks,
    builtinFactFiles,
    builtinMessageFiles,
    builtinQuestionCatalogue,
  ]);
  const problems: ProblemDetail[] = [];
  const rules = readRules(
    builtinRuleFiles,
    new Map(),
    (rule, file) => {
      const folder = file.split('/').at(-2);
      return folder !== undefined && folder !== rule.set
        ? `the set "${rule.set}" must match the folder "${folder}"`
        : undefined;
    },
    problems,
  );
  const presets = new Map<string, RuleSetPreset>(FALLBACK_PRESETS.map((p) => [p.id, p]));
  readPresets(builtinPresetFiles, rules, presets, problems);
  const questions = new Map<string, { section: string; point: string }>();
  const catalogue =
    builtinQuestionCatalogue === undefined
      ? { name: 'coproduce', questions: [] }
      : readCatalogue(
          'coproduce',
          'rules/questions.json',
          builtinQuestionCatalogue,
          questions,
          problems,
        );
  const presetPacks = new Map<string, string>();
  const packs = new Map<string, BuiltinPackData>();
  for (const pack of builtinPacks) {
    const packRules = readRules(
      pack.rules,
      rules,
      (rule) =>
        rule.set !== pack.name
          ? `the set "${rule.set}" must be the pack's name "${pack.name}"`
          : undefined,
      problems,
    );
    readPresets(pack.presets, packRules, presets, problems, { name: pack.name, presetPacks });
    const packMessages = readMessages(pack.messages, packRules, problems, pack);
    packs.set(pack.name, {
      name: pack.name,
      messages: packMessages,
      rules: packRules,
      catalogue: readCatalogue(
        pack.name,
        pack.questions.file,
        pack.questions.data,
        questions,
        problems,
      ),
    });
  }
  throwIfBroken(problems);
  const messages = readMessages(builtinMessageFiles, rules, problems);
  throwIfBroken(problems);
  builtinCache = { rules, presets, presetPacks, questions, catalogue, packs, messages };
  return builtinCache;
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

/** For a rule of a pack that is not loaded: how to load it, with its problem code. */
export function packHint(
  id: string,
  builtins: BuiltinData,
):
  | { message: string; code: string; params: { id: string; pack: string; preset?: string } }
  | undefined {
  for (const pack of builtins.packs.values()) {
    if (!pack.rules.has(id)) continue;
    const preset = [...builtins.presetPacks].find(([, name]) => name === pack.name)?.[0];
    return preset
      ? {
          message: `the rule "${id}" belongs to the ${pack.name} framework pack: add "coproduce:${preset}" to "extends" to use it`,
          code: 'rule-in-pack',
          params: { id, pack: pack.name, preset },
        }
      : {
          message: `the rule "${id}" belongs to the ${pack.name} framework pack`,
          code: 'rule-in-pack-no-preset',
          params: { id, pack: pack.name },
        };
  }
  return undefined;
}

/**
 * "Did you mean" for a question id: the nearest whole id, or else the id
 * whose point (after the section, "governance.") is nearest, so that a
 * missing or wrong section prefix still finds the question. `s` is the
 * capped search of the problem list: it finds nothing past the first few.
 */
export function suggestQuestion(
  id: string,
  builtins: BuiltinData,
  s: Suggest,
  loaded: Iterable<string> = [],
): string {
  // The ids in force first: a council's own pack's ids are where its typos come from.
  const ids = [...new Set([...loaded, ...builtins.questions.keys()])];
  const whole = s(id, ids);
  if (whole !== '') return whole;
  const point = id.slice(id.lastIndexOf('.') + 1);
  const byPoint = new Map(ids.map((q) => [q.slice(q.lastIndexOf('.') + 1), q]));
  const near = /"(.+)"/.exec(s(point, byPoint.keys()))?.[1];
  const full = near !== undefined ? byPoint.get(near) : undefined;
  return full !== undefined ? `; did you mean "${full}"?` : '';
}
