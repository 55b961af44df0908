/**
 * `coproduce rules`: the rules in force after a configuration, with rule
 * set, severity, parameters and the framework question each encodes.
 *
 * @module
 */

import { councilWord, createRuleSet, questionCatalogue, resolveConfig } from '../check/compile.js';
import { createPortfolioRuleSet } from '../check/portfolio/check-portfolio.js';
import type { CompiledRule, ResolvedConfig, RuleSet } from '../index.js';
import { isUiMessageId } from '../report/catalogue.js';
import { neutralise, questionPoint, type UiMessageId, uiText } from '../report/index.js';
import type { ParameterValue } from '../schemas.js';
import { say as said } from './catalogue.js';
import {
  CONFIG_OPTIONS,
  type ConfigChoice,
  chooseConfig,
  configurationLine,
  resolveChosenConfig,
} from './config.js';
import {
  type CliIo,
  displayPath,
  EXIT_OK,
  LIST_FORMAT_OPTION,
  listFormat,
  localeOption,
  parseCommandArgs,
  textWidth,
  UsageError,
  wrap,
} from './io.js';

/**
 * The options of a command that lists or tests what a configuration sets
 * up: which configuration (see {@link loadRuleContext}) and `--format`
 * (text or json), so every such command takes the same ones.
 *
 * @example
 * ```ts
 * import { type CliIo, EXIT_OK, parseCommandArgs } from './io.js';
 *
 * async function questionsCommand(io: CliIo, args: readonly string[]): Promise<number> {
 *   const parsed = parseCommandArgs(io, 'questions', args, RULE_LIST_OPTIONS);
 *   if (parsed === undefined) return EXIT_OK; // --help was asked for, and written
 *   const { config, format } = parsed.values;
 *   // …
 *   return EXIT_OK;
 * }
 * ```
 */
export const RULE_LIST_OPTIONS = { ...CONFIG_OPTIONS, ...LIST_FORMAT_OPTION } as const;

/**
 * The configuration chosen (`--config`, the nearest coproduce.config.json
 * above the working folder, or none with `--no-config`), resolved, and the
 * rule set it compiles to.
 */
export async function loadRuleContext(
  io: CliIo,
  command: string,
  values: Parameters<typeof chooseConfig>[2],
): Promise<{ resolved: ResolvedConfig; ruleSet: RuleSet; choice: ConfigChoice }> {
  const choice = await chooseConfig(io, command, values, io.cwd);
  const resolved =
    (await resolveChosenConfig(io, choice, values['config-root'])) ?? resolveConfig({});
  return { resolved, ruleSet: withPortfolioRules(createRuleSet(resolved), resolved), choice };
}

/** The rules to list: a project's, then the portfolio rules of the same configuration. */
function withPortfolioRules(ruleSet: RuleSet, resolved: ResolvedConfig): RuleSet {
  const portfolio = createPortfolioRuleSet(resolved);
  if (portfolio.rules.length === 0) return ruleSet;
  return {
    ...ruleSet,
    rules: [...ruleSet.rules, ...portfolio.rules],
    sections: [...new Set([...ruleSet.sections, ...portfolio.sections])],
  };
}

type Say = (id: UiMessageId, data?: Readonly<Record<string, string | number>>) => string;

/**
 * A parameter value as written in a configuration, for people: a list's
 * items, and an empty list said as "none" in the reader's words.
 */
export function formatParameter(value: ParameterValue, say: Say): string {
  if (Array.isArray(value))
    return value.length === 0 ? `(${say('config.none')})` : value.join(', ');
  return String(value);
}

/**
 * A parameter value with its unit in the reader's words: the units of the
 * shipped rules are in the catalogue (`unit.<unit>`, spaces as hyphens);
 * a council's own unit is shown as its rule file writes it.
 */
export function parameterWithUnit(
  value: ParameterValue,
  unit: string | undefined,
  say: Say,
): string {
  const shown = formatParameter(value, say);
  if (unit === undefined) return shown;
  const id = `unit.${unit.replaceAll(' ', '-')}`;
  return isUiMessageId(id) ? say(id, { value: shown }) : `${shown} ${unit}`;
}

function parameterLine(rule: CompiledRule, say: Say): string {
  const names = Object.keys(rule.parameters);
  if (names.length === 0) return say('rules.noParameters');
  const parts = names.map((name) => {
    const value = rule.parameters[name] as ParameterValue;
    const definition = rule.parameterDefinitions[name];
    const changed =
      definition !== undefined && JSON.stringify(definition.default) !== JSON.stringify(value)
        ? ` ${say('rules.default', { value: formatParameter(definition.default as ParameterValue, say) })}`
        : '';
    return `${name} = ${parameterWithUnit(value, definition?.unit, say)}${changed}`;
  });
  return say('rules.parameters', { list: parts.join('; ') });
}

function ruleJson(
  rule: CompiledRule,
  questions: ReadonlyMap<string, { section: string; point: string }>,
) {
  return {
    id: rule.id,
    set: rule.set,
    section: rule.section,
    severity: rule.severity,
    title: rule.texts['en-GB']?.title ?? rule.id,
    scope: rule.scope,
    ...(rule.stages ? { stages: rule.stages } : {}),
    questions: rule.questions.map((id) => ({ id, text: questions.get(id)?.point ?? null })),
    parameters: Object.fromEntries(
      Object.entries(rule.parameters).map(([name, value]) => [
        name,
        {
          value,
          default: rule.parameterDefinitions[name]?.default ?? null,
          ...(rule.parameterDefinitions[name]?.unit
            ? { unit: rule.parameterDefinitions[name]?.unit }
            : {}),
        },
      ]),
    ),
    builtin: rule.builtin,
    ...(rule.docs ? { docs: rule.docs } : {}),
  };
}

/** The presets and files a configuration applied, for people. */
function sourcesText(io: CliIo, sources: readonly string[], say: Say): string {
  const named = sources.filter((s) => s !== '(inline)').map((s) => displayPath(io, s));
  return named.length === 0 ? say('rules.noSources') : named.join(', ');
}

/** Runs `coproduce rules`. */
export async function runRules(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, 'rules', args, RULE_LIST_OPTIONS);
  if (parsed === undefined) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    throw new UsageError(said('usage.rulesFiles', { id: positionals[0] }), 'rules');
  }
  const format = listFormat('rules', values.format);
  const { resolved, ruleSet, choice } = await loadRuleContext(io, 'rules', values);
  // From the resolved configuration, not the rule set: the listed rule set is
  // a copy with the portfolio rules added, which the catalogue lookup does not
  // know, and without this a council's own pack showed no question words.
  const questions = questionCatalogue(resolved);
  const off = resolved.rules.filter((r) => !r.enabled).map((r) => r.rule.id);
  const locale = localeOption('rules', values.locale) ?? ruleSet.locale;
  const say: Say = (id, data = {}) => uiText(locale, id, data);
  const titleOf = (rule: CompiledRule) =>
    rule.texts[locale]?.title ?? rule.texts['en-GB']?.title ?? rule.id;

  if (format === 'json') {
    const out = {
      configuration: { path: choice.shown, ruleSets: ruleSet.ruleSets },
      sources: ruleSet.sources.map((source) =>
        source.startsWith('coproduce:') || source === '(inline)' ? source : displayPath(io, source),
      ),
      locale,
      rules: ruleSet.rules.map((rule) => ruleJson(rule, questions)),
      off,
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT_OK;
  }

  const width = Math.min(textWidth(io), 80);
  const lines: string[] = [];
  lines.push(
    ...wrap(
      say('rules.inForce', {
        n: ruleSet.rules.length,
        sources: sourcesText(io, ruleSet.sources, say),
      }),
      width,
    ),
  );
  lines.push(...wrap(configurationLine(choice, ruleSet.ruleSets, locale), width));
  const sectionRank = (set: string) =>
    Math.min(
      ...ruleSet.rules.filter((r) => r.set === set).map((r) => ruleSet.sections.indexOf(r.section)),
    );
  const sets = [...new Set(ruleSet.rules.map((r) => r.set))].sort(
    (a, b) => sectionRank(a) - sectionRank(b) || (a < b ? -1 : 1),
  );
  for (const set of sets) {
    const inSet = ruleSet.rules.filter((r) => r.set === set);
    lines.push('', say('rules.set', { set: neutralise(set), n: inSet.length }));
    for (const rule of inSet) {
      lines.push(
        `  ${neutralise(rule.id)} · ${say(`severity.${rule.severity}`)}${rule.builtin ? '' : ` · ${say('rules.custom')}`}`,
      );
      lines.push(...wrap(titleOf(rule), width, 4));
      for (const id of rule.questions) {
        const point =
          councilWord(resolved.councilWords, locale, 'questions', id) ??
          questionPoint(id, locale) ??
          questions.get(id)?.point;
        lines.push(
          ...wrap(`${say('rules.question', { id })}${point ? ` — ${point}` : ''}`, width, 6, 4),
        );
      }
      lines.push(...wrap(parameterLine(rule, say), width, 6, 4));
    }
  }
  lines.push('');
  lines.push(
    ...wrap(
      off.length === 0
        ? say('rules.allInForce')
        : say('rules.off', { n: off.length, ids: off.join(', ') }),
      width,
    ),
  );
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
