/**
 * Resolving a configuration ({@link resolveConfig}): its sources followed,
 * its settings applied and checked, and every known rule given its
 * effective setting and texts. Pure: file references need the host's
 * readers in {@link ResolveConfigOptions}.
 *
 * @module
 */
import { CoproduceError, type ProblemDetail, problem } from '../../model/errors.js';
import { deepFreeze } from '../../model/freeze.js';
import { DEFAULT_RULE_DOCS } from '../docs-links.js';
import { DEFAULT_EVIDENCE_OPTIONS } from '../facts/evidence.js';
import { DEFAULT_LOCALE } from '../messages.js';
import { ownValue } from '../records.js';
import type { ParameterValue, RuleFile } from '../rule-schema.js';
import { closestMatch } from '../suggest.js';
import { compareText } from '../text-order.js';
import { loadBuiltins } from './builtins.js';
import { applyConfig } from './extends.js';
import { parameterValueIssue } from './parameters.js';
import { ProblemList } from './problem-list.js';
import { messageCatalogues, type Resolution, startResolution } from './resolution.js';
import { textsOver } from './rule-texts.js';
import { checkSettings } from './settings.js';
import type {
  ResolveConfigOptions,
  ResolvedConfig,
  ResolvedRule,
  SourceLocation,
} from './types.js';

/** Configurations found valid in full, which createRuleSet may take as they are. */
const resolvedConfigs = new WeakSet<object>();

/** Records that a resolved configuration was found valid in full. */
export function markResolved(resolved: ResolvedConfig): void {
  resolvedConfigs.add(resolved);
}

/** Whether a value is a resolved configuration found valid in full. */
export function isResolved(value: unknown): value is ResolvedConfig {
  return typeof value === 'object' && value !== null && resolvedConfigs.has(value);
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
  markResolved(resolved);
  return resolved;
}

/**
 * {@link resolveConfig} that records every problem in `problems` instead of
 * throwing, and resolves what can be used of the rest (a setting with a
 * mistake is left out), so that the rules it names can still be checked in
 * the same pass.
 */
export function resolveCollecting(
  config: unknown,
  options: ResolveConfigOptions,
  problems: ProblemList,
): ResolvedConfig {
  const resolution = startResolution(loadBuiltins(), options, problems);
  const topFile = options.file;
  applyConfig(resolution, config ?? {}, topFile, topFile !== undefined ? [topFile] : []);
  checkSettings(resolution, topFile);
  const { placeholderTexts, minCommunityAuthors } = resolution;
  const rules = resolvedRules(resolution);
  const { messages, messageSources } = messageCatalogues(resolution);
  return deepFreeze({
    questionCatalogues: resolution.catalogues,
    councilWords: Object.fromEntries(
      [...resolution.councilWords].sort(([a], [b]) => compareText(a, b)),
    ),
    locale: resolution.locale ?? DEFAULT_LOCALE,
    sources: resolution.sources,
    rules,
    messages,
    sections: resolution.declaredSections,
    messageSources,
    ruleDocs: resolution.ruleDocs ?? DEFAULT_RULE_DOCS,
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
}

/** Every known rule (built in, from a loaded pack, the council's own) with its setting applied, by id. */
function resolvedRules(resolution: Resolution): ResolvedRule[] {
  const entries: {
    rule: RuleFile;
    file?: string | undefined;
    basePath: readonly (string | number)[];
    builtin: boolean;
  }[] = [
    ...[...resolution.builtins.rules.values(), ...resolution.packRules.values()].map((b) => ({
      rule: b.rule,
      file: b.file,
      basePath: [],
      builtin: true,
    })),
    ...[...resolution.customRules.values()].map((c) => ({
      rule: c.rule,
      file: c.file,
      basePath: c.where.path,
      builtin: false,
    })),
  ];
  const all = entries.map(({ rule, file, basePath, builtin }): ResolvedRule => {
    const state = resolution.settings.get(rule.id);
    const parameters: Record<string, ParameterValue> = {};
    const parameterSources: Record<string, SourceLocation> = {};
    for (const [name, definition] of Object.entries(rule.parameters ?? {})) {
      const configured = state?.parameters.get(name);
      parameters[name] = configured ? configured.value : definition.default;
      if (configured) parameterSources[name] = configured.where;
    }
    const override = state?.messages ?? {};
    const texts = textsOver(override, { title: rule.title, ...rule.messages });
    return {
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
    };
  });
  return all.sort((a, b) => compareText(a.rule.id, b.rule.id));
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
    const guess = closestMatch(
      ruleId,
      resolved.rules.map((r) => r.rule.id),
    );
    throw new CoproduceError('invalid-options', `Unknown rule "${ruleId}".`, [
      problem(
        [],
        `unknown rule id "${ruleId}"${guess !== undefined ? `; did you mean "${guess}"?` : ''}`,
        {
          code: 'unknown-rule',
          params: guess !== undefined ? { id: ruleId, guess } : { id: ruleId },
        },
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
          code: 'unknown-rule-parameter',
          params: { name, rule: ruleId },
        }),
      );
      continue;
    }
    const why = parameterValueIssue(definition, value);
    if (why)
      problems.push(
        problem(['parameters', name], why.message, { ruleId, code: why.code, params: why.params }),
      );
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
  markResolved(focused);
  return focused;
}
