/**
 * Following a configuration's sources: the presets and files it `extends`
 * (a graph, each file applied once, a cycle reported), the rule files and
 * framework packs it loads, and its inline `customRules`. Each file's own
 * settings are applied after those of everything it extends.
 *
 * @module
 */
import { CoproduceError } from '../../model/errors.js';
import { DEFAULT_LOCALE, joinList } from '../messages.js';
import { isObject } from '../records.js';
import {
  type CouncilConfig,
  parseCouncilConfig,
  parsePackMessages,
  parseQuestionCatalogue,
  parseRuleFile,
  parseRuleSetPreset,
  type RuleFile,
  type RuleSetPreset,
  usableCouncilConfig,
} from '../rule-schema.js';
import { fileStem } from '../schema/parse-rule.js';
import { catalogueFrom } from './builtins.js';
import {
  addCatalogue,
  addCouncilWords,
  addMessages,
  loadPack,
  type Resolution,
  setting,
} from './resolution.js';
import { applySettings } from './settings.js';
import type { ResolveConfigOptions, RuleFolderEntry, SourceLocation } from './types.js';

const INLINE = '(inline)';

/**
 * Applies one configuration (the top one, or a file it reaches): first what
 * it extends, then the rules it loads, then its own settings.
 */
export function applyConfig(
  resolution: Resolution,
  raw: unknown,
  file: string | undefined,
  stack: readonly string[],
): void {
  // A file is applied once, where it is first reached: a diamond of
  // `extends` (every file naming the next fifty times) stays linear.
  // A file that cannot be read is reported once, too.
  if (file !== undefined) {
    if (resolution.appliedFiles.has(file)) return;
    resolution.appliedFiles.add(file);
  }
  const parsed = parseCouncilConfig(raw, file !== undefined ? { file } : {});
  let cfg: CouncilConfig;
  if (parsed.success) cfg = parsed.value;
  else {
    resolution.problems.addParsed(parsed.problems);
    // Go on with the settings that can be used, so the rest is checked in this same pass.
    cfg = usableCouncilConfig(raw);
  }
  followExtends(resolution, cfg, file, stack);
  (cfg.ruleFiles ?? []).forEach((ref, i) => {
    loadRuleFiles(resolution, ref, { file, path: ['ruleFiles', i] });
  });
  (cfg.customRules ?? []).forEach((rule, i) => {
    addCustomRule(resolution, rule, file, { file, path: ['customRules', i] });
  });
  applySettings(resolution, cfg, file);
  resolution.sources.push(file ?? INLINE);
}

function followExtends(
  resolution: Resolution,
  cfg: CouncilConfig,
  file: string | undefined,
  stack: readonly string[],
): void {
  const { options, problems } = resolution;
  const extendsList = cfg.extends ?? ['coproduce:recommended'];
  extendsList.forEach((ref, i) => {
    const where: SourceLocation = { file, path: ['extends', i] };
    if (ref.startsWith('coproduce:')) {
      applyPreset(resolution, ref, where);
      return;
    }
    const resolveExtends = options.resolveExtends;
    if (!resolveExtends) {
      cannotRead(resolution, ref, where);
      return;
    }
    const resolved = readOrReport(resolution, where, () => resolveExtends(ref, file));
    if (resolved === undefined) return;
    if (stack.includes(resolved.file)) {
      problems.add(
        'config',
        where,
        `"extends" makes a cycle: ${[...stack, resolved.file].join(' → ')}`,
      );
      return;
    }
    applyConfig(resolution, resolved.config, resolved.file, [...stack, resolved.file]);
  });
}

function cannotRead(resolution: Resolution, ref: string, where: SourceLocation): void {
  resolution.problems.add(
    'config',
    where,
    `cannot read "${ref}" here: load configuration files with loadConfig() from "coproduce/node"`,
  );
}

/** Calls the host's reader; a `CoproduceError` it throws is reported at `where`. */
function readOrReport<T>(
  resolution: Resolution,
  where: SourceLocation,
  read: () => T,
): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof CoproduceError) {
      resolution.problems.addError('config', where, error);
      return undefined;
    }
    throw error;
  }
}

/** A `coproduce:` preset: its rules on, and its framework pack loaded if it has one. */
function applyPreset(resolution: Resolution, ref: string, where: SourceLocation): void {
  const { builtins } = resolution;
  const preset = builtins.presets.get(ref.slice('coproduce:'.length));
  if (!preset) {
    const known = [...builtins.presets.keys()].map((k) => `"coproduce:${k}"`);
    resolution.problems.add(
      'config',
      where,
      `unknown preset "${ref}": use ${joinList(known, 'or')}`,
      undefined,
      { code: 'unknown-preset', params: { preset: ref, anyOf: known } },
    );
    return;
  }
  const name = ref.slice('coproduce:'.length);
  const pack = builtins.presetPacks.get(name);
  if (pack !== undefined) loadPack(resolution, pack, where);
  const every =
    pack !== undefined
      ? [...(builtins.packs.get(pack)?.rules.keys() ?? [])]
      : [...builtins.rules.keys()];
  const ids = preset.rules === '*' ? every : preset.rules;
  for (const id of ids) setting(resolution, id).enabled = true;
  resolution.sources.push(ref);
}

/** A `ruleFiles` entry: one rule file, or a folder (perhaps a framework pack). */
function loadRuleFiles(resolution: Resolution, ref: string, where: SourceLocation): void {
  const resolveRuleFiles = resolution.options.resolveRuleFiles;
  if (!resolveRuleFiles) {
    cannotRead(resolution, ref, where);
    return;
  }
  const loaded: ReturnType<NonNullable<ResolveConfigOptions['resolveRuleFiles']>> | undefined =
    readOrReport(resolution, where, () => resolveRuleFiles(ref, where.file));
  const presets: { readonly file: string; readonly rules: readonly string[] }[] = [];
  const ids = new Set<string>();
  for (const entry of loaded ?? []) {
    if ('error' in entry) {
      resolution.problems.addError('rule', { file: entry.file, path: [] }, entry.error);
      const name = fileStem(entry.file);
      if (name === 'questions') resolution.problems.catalogueUnread(entry.file);
      else resolution.unreadRules.add(name);
      continue;
    }
    const presetRules = addFolderEntry(resolution, entry);
    if (presetRules !== undefined && presetRules !== '*')
      presets.push({ file: entry.file, rules: presetRules });
    if (
      (entry.kind ?? 'rule') === 'rule' &&
      isObject(entry.rule) &&
      typeof entry.rule.id === 'string'
    )
      ids.add(entry.rule.id);
  }
  checkFolderPresets(resolution, presets, ids);
}

/**
 * A folder's presets name rules of the folder. The folder, not a preset,
 * turns its rules on, so a preset naming a rule that is not there changes
 * nothing at a check; it is still a mistake, and said where it is.
 */
function checkFolderPresets(
  resolution: Resolution,
  presets: readonly { readonly file: string; readonly rules: readonly string[] }[],
  ids: ReadonlySet<string>,
): void {
  for (const preset of presets) {
    preset.rules.forEach((id, i) => {
      if (ids.has(id) || resolution.unreadRules.has(id)) return;
      resolution.problems.add(
        'rule',
        { file: preset.file, path: ['rules', i] },
        (suggest) => `unknown rule id "${id}"${suggest(id, [...ids])}`,
        undefined,
        { code: 'unknown-rule', params: { id } },
      );
    });
  }
}

/** Adds one file of a rule folder; a preset's rules are returned, to be checked once the folder is read. */
function addFolderEntry(
  resolution: Resolution,
  entry: RuleFolderEntry,
): RuleSetPreset['rules'] | undefined {
  const { problems } = resolution;
  if (entry.kind === 'questions') {
    const parsed = parseQuestionCatalogue(entry.rule, { file: entry.file });
    if (!parsed.success) {
      problems.addParsed(parsed.problems);
      problems.catalogueUnread(entry.file);
      return;
    }
    addCouncilWords(
      resolution,
      DEFAULT_LOCALE,
      undefined,
      Object.fromEntries(parsed.value.questions.map((q) => [q.id, q.point])),
    );
    addCatalogue(resolution, catalogueFrom(entry.file, entry.file, parsed.value), {
      file: entry.file,
      path: [],
    });
    return;
  }
  if (entry.kind === 'messages') {
    const parsed = parsePackMessages(entry.rule, { file: entry.file });
    if (!parsed.success) {
      problems.addParsed(parsed.problems);
      return;
    }
    addCouncilWords(resolution, parsed.value.locale, parsed.value.sections, parsed.value.questions);
    addMessages(resolution, parsed.value.locale, parsed.value.rules, (id) => ({
      file: entry.file,
      path: ['rules', id],
    }));
    return;
  }
  if (entry.kind === 'preset') {
    // A pack's presets name its rules for `extends`; loaded from a
    // folder, every rule of the folder is on, so they are only checked.
    const parsed = parseRuleSetPreset(entry.rule, { file: entry.file });
    if (!parsed.success) {
      problems.addParsed(parsed.problems);
      return undefined;
    }
    return parsed.value.rules;
  }
  const rule = parseRuleFile(entry.rule, { file: entry.file });
  if (!rule.success) {
    problems.addParsed(rule.problems, 'rule');
    const id =
      isObject(entry.rule) && typeof entry.rule.id === 'string' ? entry.rule.id : undefined;
    resolution.unreadRules.add(id ?? fileStem(entry.file));
    return;
  }
  addCustomRule(resolution, rule.value, entry.file, { file: entry.file, path: [] });
}

/** A council's own rule, on unless a setting turns it off; its id must be new. */
function addCustomRule(
  resolution: Resolution,
  rule: RuleFile,
  file: string | undefined,
  where: SourceLocation,
): void {
  const id = rule.id;
  const builtin = resolution.builtins.rules.get(id) ?? resolution.packRules.get(id);
  const existing = resolution.customRules.get(id);
  // The same file reached twice (two configurations naming one folder) is one rule.
  if (!builtin && existing && file !== undefined && existing.file === file) return;
  if (builtin || existing) {
    const other = builtin
      ? `a default rule (${builtin.file})`
      : `another custom rule${existing?.file ? ` (${existing.file})` : ''}`;
    resolution.problems.add(
      'rule',
      { file: where.file, path: [...where.path, 'id'] },
      `duplicate rule id "${id}": ${other} has the same id`,
      id,
    );
    return;
  }
  resolution.customRules.set(id, { rule, file, where });
  setting(resolution, id).enabled = true;
}
