/**
 * Parsing a council configuration, with its inline rules, and taking what
 * can be used of one with mistakes so a single pass reports them all.
 *
 * @module
 */

import * as z from 'zod';
import { zodProblems } from '../../model/zod-problems.js';
import { ProblemCollector } from '../problems.js';
import { isObject } from '../records.js';
import {
  type CouncilConfig,
  CouncilConfigParseSchema,
  CouncilConfigSchema,
  ExtendsEntrySchema,
  RuleSettingSchema,
} from './council-config.js';
import { type MessageOverride, MessageOverrideSchema } from './frameworks.js';
import { LocaleSchema, RULE_LIMITS, RuleIdSchema } from './names.js';
import { type Origin, type ParseResult, withOrigin } from './origin.js';
import { parseRuleFile } from './parse-rule.js';
import { rawJsonProblems, sizeProblems } from './raw-json.js';
import type { RuleFile } from './rule-file.js';

/**
 * Checks the structure of a council configuration, including each inline
 * custom rule. Rule ids and parameters are checked against the rules when
 * the configuration is resolved.
 *
 * @category Customisation
 * @example
 * ```ts
 * const result = parseCouncilConfig({ rules: { 'quiet-members': 'off' } });
 * if (result.success) console.log(result.value.rules);
 * ```
 */
export function parseCouncilConfig(
  raw: unknown,
  options: { file?: string } = {},
): ParseResult<CouncilConfig> {
  const origin: Origin = { file: options.file };
  const rawProblems = rawJsonProblems(raw, origin);
  if (rawProblems.length > 0) return { success: false, problems: rawProblems };
  const tooMany = sizeProblems(raw, origin);
  if (tooMany.length > 0) return { success: false, problems: tooMany };
  const problems = new ProblemCollector();
  const result = CouncilConfigParseSchema.safeParse(raw, { reportInput: true });
  if (!result.success)
    problems.addAll(
      withOrigin(zodProblems(result.error, { schema: CouncilConfigParseSchema }), origin),
    );
  const customRules: RuleFile[] = [];
  if (isObject(raw) && Array.isArray(raw.customRules)) {
    raw.customRules.forEach((rule, index) => {
      const parsed = parseRuleFile(rule, {
        ...(options.file !== undefined ? { file: options.file } : {}),
        basePath: ['customRules', index],
        matchFileName: false,
      });
      if (parsed.success) customRules.push(parsed.value);
      else problems.addAll(parsed.problems);
    });
  }
  if (problems.count > 0 || !result.success) return { success: false, problems: problems.list() };
  const value: CouncilConfig = { ...(result.data as CouncilConfig) };
  return {
    success: true,
    value: result.data.customRules ? { ...value, customRules } : value,
  };
}

/**
 * What can be used of a configuration that has mistakes: each setting,
 * entry and inline rule that is valid on its own, the rest left out. Only
 * for carrying on with the checks after the problems have been recorded,
 * so that one pass reports every problem; never for running a check.
 *
 * @internal
 * @example `usableCouncilConfig({ rules: { 'quiet-members': 'warn', 'dominant-voices': 'off' } }).rules // { 'dominant-voices': 'off' }`
 */
export function usableCouncilConfig(raw: unknown): CouncilConfig {
  const nothing: CouncilConfig = { extends: [] };
  if (!isObject(raw) || rawJsonProblems(raw).length > 0) return nothing;
  if (Array.isArray(raw.customRules) && raw.customRules.length > RULE_LIMITS.maxRules)
    return nothing;
  const out: Record<string, unknown> = {};
  const shape = CouncilConfigSchema.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(shape)) {
    if (!Object.hasOwn(raw, key)) continue;
    const value = raw[key];
    // Over a limit, a part is not read at all: the limit is its one problem.
    if (key === 'rules' && isObject(value)) {
      if (Object.keys(value).length > RULE_LIMITS.maxRuleSettings) continue;
    }
    if (key === 'messages' && isObject(value)) {
      const tags = Object.values(value);
      if (tags.length > RULE_LIMITS.maxLocales) continue;
      if (tags.some((t) => isObject(t) && Object.keys(t).length > RULE_LIMITS.maxRuleSettings))
        continue;
    }
    const whole = (shape[key] as z.ZodType).safeParse(value);
    if (whole.success) {
      out[key] = whole.data;
      continue;
    }
    switch (key) {
      case 'extends':
      case 'ruleFiles':
        if (Array.isArray(value)) {
          const entry = key === 'extends' ? ExtendsEntrySchema : z.string().min(1).max(1000);
          out[key] = value
            .slice(0, key === 'extends' ? 50 : 100)
            .filter((v) => entry.safeParse(v).success);
        } else if (key === 'extends') out[key] = [];
        break;
      case 'rules':
        if (isObject(value)) {
          out[key] = Object.fromEntries(
            Object.entries(value).flatMap(([id, setting]) => {
              if (!RuleIdSchema.safeParse(id).success) return [];
              const usable = usableRuleSetting(setting);
              return usable === undefined ? [] : [[id, usable]];
            }),
          );
        }
        break;
      case 'customRules':
        if (Array.isArray(value)) {
          out[key] = value.flatMap((rule) => {
            const parsed = parseRuleFile(rule, { matchFileName: false });
            return parsed.success ? [parsed.value] : [];
          });
        }
        break;
      case 'messages':
        if (isObject(value)) {
          const catalogues: Record<string, Record<string, MessageOverride>> = {};
          for (const [tag, byRule] of Object.entries(value)) {
            if (!LocaleSchema.safeParse(tag).success || !isObject(byRule)) continue;
            catalogues[tag] = Object.fromEntries(
              Object.entries(byRule).filter(
                ([id, texts]) =>
                  RuleIdSchema.safeParse(id).success &&
                  MessageOverrideSchema.safeParse(texts).success,
              ),
            ) as Record<string, MessageOverride>;
          }
          out[key] = catalogues;
        }
        break;
      default:
        break;
    }
  }
  return out as CouncilConfig;
}

/** The object form of a rule setting: `{ severity, parameters, messages }`. */
const RuleSettingObjectSchema = RuleSettingSchema.options[1];

/**
 * What can be used of one rule's setting: all of it when it is valid, or
 * else, for an object, each of its fields that is valid on its own. A
 * misspelt severity then still lets the rule's parameters and messages be
 * checked against the rule in the same pass. The object switches the rule
 * on, as its author meant, even when no field of it can be used.
 */
function usableRuleSetting(setting: unknown): unknown {
  const whole = RuleSettingSchema.safeParse(setting);
  if (whole.success) return whole.data;
  if (!isObject(setting)) return undefined;
  const usable: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(RuleSettingObjectSchema.shape)) {
    if (!Object.hasOwn(setting, field)) continue;
    const part = (schema as z.ZodType).safeParse(setting[field]);
    if (part.success && part.data !== undefined) usable[field] = part.data;
  }
  return usable;
}
