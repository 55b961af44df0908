/**
 * A configuration's own settings: each rule turned on or off, its severity,
 * parameters and wording, texts in other languages, the locale, sections
 * and evidence options. Applied file by file as they are reached, then
 * checked once every file is read (a setting may name a rule a later file
 * defines).
 *
 * @module
 */

import { ownValue } from '../records.js';
import { type CouncilConfig, RULE_LIMITS, type RuleSetting } from '../rule-schema.js';
import type { MessageOverride } from '../schema/frameworks.js';
import { packHint } from './builtins.js';
import { parameterValueIssue } from './parameters.js';
import { addMessages, knownRule, type Resolution, setting } from './resolution.js';
import type { SourceLocation } from './types.js';

/** Applies one file's settings over those of the files it extends. */
export function applySettings(
  resolution: Resolution,
  cfg: CouncilConfig,
  file: string | undefined,
): void {
  for (const [id, value] of Object.entries(cfg.rules ?? {}) as [string, RuleSetting][]) {
    applyRuleSetting(resolution, id, value, file);
  }
  for (const [tag, catalogue] of Object.entries(cfg.messages ?? {})) {
    addMessages(resolution, tag, catalogue, (id) => ({ file, path: ['messages', tag, id] }));
  }
  if (cfg.locale !== undefined) resolution.locale = cfg.locale;
  if (cfg.ruleDocs !== undefined) resolution.ruleDocs = cfg.ruleDocs;
  for (const section of cfg.sections ?? []) {
    if (!resolution.declaredSections.includes(section)) resolution.declaredSections.push(section);
  }
  // Applied after `extends`, so a file's own evidence settings win over what it extends.
  const evidence = cfg.evidence;
  if (evidence?.placeholders !== undefined) {
    resolution.placeholderTexts = Array.isArray(evidence.placeholders)
      ? [...resolution.placeholderTexts, ...evidence.placeholders]
      : [...(evidence.placeholders as { readonly replace: readonly string[] }).replace];
  }
  if (evidence?.minCommunityAuthors !== undefined)
    resolution.minCommunityAuthors = evidence.minCommunityAuthors;
}

function applyRuleSetting(
  resolution: Resolution,
  id: string,
  value: RuleSetting,
  file: string | undefined,
): void {
  const where: SourceLocation = { file, path: ['rules', id] };
  const state = setting(resolution, id);
  resolution.settingEntries.push({
    id,
    where,
    parameters: typeof value === 'object' ? Object.entries(value.parameters ?? {}) : [],
  });
  if (value === 'off') {
    state.enabled = false;
    return;
  }
  state.enabled = true;
  if (typeof value === 'string') {
    state.severity = value;
    return;
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

function sameLocation(a: SourceLocation, b: SourceLocation): boolean {
  return (
    a.file === b.file && a.path.length === b.path.length && a.path.every((p, i) => p === b.path[i])
  );
}

/** What a name in a setting or translation refers to: a rule's parameter or a fact it declares. */
type RuleName = 'parameter' | 'fact';

/**
 * Reports a name the rule does not have, listing those it has (or saying it
 * has none), so a setting and a translation say the same about one mistake.
 */
function refuseUnknownName(
  resolution: Resolution,
  at: SourceLocation,
  id: string,
  name: string,
  kind: RuleName,
  names: readonly string[],
): void {
  const allowed = names.map((n) => `"${n}"`);
  if (names.length === 0) {
    resolution.problems.add(
      'config',
      at,
      kind === 'parameter'
        ? `the rule "${id}" has no parameters`
        : `the rule "${id}" declares no facts of its own to describe`,
      id,
      { code: kind === 'parameter' ? 'no-parameters' : 'no-declared-facts', params: { rule: id } },
    );
    return;
  }
  resolution.problems.add(
    'config',
    at,
    kind === 'parameter'
      ? `unknown parameter "${name}" of the rule "${id}": use ${allowed.join(', ')}`
      : `the rule "${id}" declares no fact "${name}": use ${allowed.join(', ')}`,
    id,
    {
      code: kind === 'parameter' ? 'unknown-parameter' : 'unknown-declared-fact',
      params: { name, rule: id, allowed },
    },
  );
}

/**
 * A rule's texts in another language may explain its parameters and its
 * declared facts by name: each name must be one the rule has, or the
 * translation would never be shown and nobody would know why.
 */
function checkMessageNames(
  resolution: Resolution,
  id: string,
  override: MessageOverride | undefined,
  where: SourceLocation,
): void {
  const rule = knownRule(resolution, id);
  if (rule === undefined || override === undefined) return;
  const named: [RuleName, 'parameters' | 'facts', readonly string[], readonly string[]][] = [
    [
      'parameter',
      'parameters',
      Object.keys(override.parameters ?? {}),
      Object.keys(rule.parameters ?? {}),
    ],
    ['fact', 'facts', Object.keys(override.facts ?? {}), Object.keys(rule.define ?? {})],
  ];
  for (const [kind, key, given, known] of named) {
    for (const name of given) {
      if (known.includes(name)) continue;
      const at = { file: where.file, path: [...where.path, key, name] };
      refuseUnknownName(resolution, at, id, name, kind, known);
    }
  }
}

/**
 * Checks every setting once all files are read: each names a known rule
 * and parameters it has, with values that suit them; messages name known
 * rules; not too many rules are on. A parameter value that does not suit
 * is left out, so the rule's own checks do not report it again.
 */
export function checkSettings(resolution: Resolution, topFile: string | undefined): void {
  const { builtins, problems } = resolution;
  // Checked in the order the settings were written, so problems read top to bottom.
  for (const { id, where, parameters } of resolution.settingEntries) {
    const rule = knownRule(resolution, id);
    if (!rule && resolution.unreadRules.has(id)) continue;
    if (!rule) {
      const hint = packHint(id, builtins);
      problems.add(
        'config',
        where,
        hint?.message ??
          ((suggest) =>
            `unknown rule id "${id}"${suggest(id, [...builtins.rules.keys(), ...resolution.packRules.keys(), ...resolution.customRules.keys()])}`),
        undefined,
        hint ? { code: hint.code, params: hint.params } : { code: 'unknown-rule', params: { id } },
      );
      continue;
    }
    for (const [name, value] of parameters) {
      const at: SourceLocation = { file: where.file, path: [...where.path, 'parameters', name] };
      const definition = ownValue(rule.parameters, name);
      if (!definition) {
        refuseUnknownName(
          resolution,
          at,
          id,
          name,
          'parameter',
          Object.keys(rule.parameters ?? {}),
        );
        continue;
      }
      const why = parameterValueIssue(definition, value);
      if (why) {
        problems.add('config', at, why.message, id, { code: why.code, params: why.params });
        // Not applied: the rule's own checks would report the same mistake again.
        const stored = resolution.settings.get(id)?.parameters.get(name);
        if (stored !== undefined && stored.value === value && sameLocation(stored.where, at)) {
          resolution.settings.get(id)?.parameters.delete(name);
        }
      }
    }
  }
  for (const [tag, byRule] of resolution.messages) {
    for (const [id, { where }] of byRule) {
      if (knownRule(resolution, id))
        checkMessageNames(resolution, id, byRule.get(id)?.override, where);
      else if (!resolution.unreadRules.has(id))
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
  const total = [...resolution.settings].filter(
    ([id, state]) => state.enabled === true && knownRule(resolution, id),
  ).length;
  if (total > RULE_LIMITS.maxRules) {
    problems.add(
      'config',
      { file: topFile, path: [] },
      `${total} rules are enabled; a rule set may have at most ${RULE_LIMITS.maxRules}`,
      undefined,
      { code: 'too-many-rules', params: { total, max: RULE_LIMITS.maxRules } },
    );
  }
}
