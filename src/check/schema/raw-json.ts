/**
 * Checks on raw JSON before zod reads it: prototype keys, over-long text,
 * over-deep nesting, and lists too long to be a council's own.
 *
 * @module
 */

import type * as z from 'zod';
import type { ProblemDetail } from '../../model/errors.js';
import { zodProblems } from '../../model/zod-problems.js';
import { formatNumber } from '../messages.js';
import { PROTOTYPE_KEYS } from '../path.js';
import { isObject } from '../records.js';
import { RULE_LIMITS } from './names.js';
import { located, type Origin, type ParseResult, withOrigin } from './origin.js';

/**
 * Walks raw JSON before zod sees it: zod silently drops `__proto__`, so
 * prototype keys must be caught here, together with over-long strings and
 * over-deep nesting that would make later steps slow.
 *
 * @internal
 *
 * @example `rawJsonProblems(JSON.parse('{"__proto__": {}}'))[0]?.message // 'the key "__proto__" is not allowed: ...'`
 */
export function rawJsonProblems(
  value: unknown,
  origin: Origin = {},
  basePath: readonly (string | number)[] = [],
): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  let values = 0;
  let stopped = false;
  const walk = (node: unknown, path: (string | number)[], depth: number): void => {
    if (stopped || problems.length >= 200) return;
    values += 1;
    if (values > RULE_LIMITS.maxJsonValues) {
      // Reported once, and the walk stops: so it is bounded whatever the input.
      problems.push(
        located(origin, [...basePath], `holds more than ${RULE_LIMITS.maxJsonValues} values`),
      );
      stopped = true;
      return;
    }
    if (typeof node === 'string') {
      if (node.length > RULE_LIMITS.maxStringLength) {
        problems.push(
          located(origin, path, `must be at most ${RULE_LIMITS.maxStringLength} characters long`),
        );
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth > RULE_LIMITS.maxJsonDepth) {
      problems.push(
        located(origin, path, `nests more than ${RULE_LIMITS.maxJsonDepth} levels deep`),
      );
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        walk(item, [...path, index], depth + 1);
      });
      return;
    }
    for (const key of Object.keys(node)) {
      if (PROTOTYPE_KEYS.has(key)) {
        problems.push(
          located(
            origin,
            [...path, key],
            `the key "${key}" is not allowed: it could change how objects behave`,
          ),
        );
        continue;
      }
      if (key.length > RULE_LIMITS.maxStringLength) {
        problems.push(located(origin, path, 'has a key that is too long'));
        continue;
      }
      walk((node as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
  };
  walk(value, [...basePath], 0);
  return problems;
}

/**
 * Reads a file's JSON with the schema of what the file holds: the raw JSON
 * checks first (so zod never sees a prototype key), then the schema, every
 * problem attached to the file. `list` decides how the schema's problems
 * are listed (a caller that caps its lists passes its cap).
 *
 * @internal
 * @example
 * ```ts
 * import { RuleSetPresetSchema } from './rule-file.js';
 *
 * const parsed = parseJsonWith(RuleSetPresetSchema, JSON.parse(text), { file: 'presets/all.json' });
 * if (!parsed.success) console.log(parsed.problems[0]?.file); // 'presets/all.json'
 * ```
 */
export function parseJsonWith<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  origin: Origin,
  list: (problems: ProblemDetail[]) => readonly ProblemDetail[] = (problems) => problems,
): ParseResult<T> {
  const rawProblems = rawJsonProblems(raw, origin);
  if (rawProblems.length > 0) return { success: false, problems: rawProblems };
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    return {
      success: false,
      problems: list(withOrigin(zodProblems(result.error, { schema }), origin)),
    };
  }
  return { success: true, value: result.data };
}

/**
 * Lists, and settings by rule or locale, that hold more entries than a
 * configuration may: refused before any entry is read, because thousands of
 * rules or settings are a mistake or an attack, and reading (and explaining)
 * each would take seconds.
 */
export function sizeProblems(raw: unknown, origin: Origin): ProblemDetail[] {
  if (!isObject(raw)) return [];
  const out: ProblemDetail[] = [];
  const count = (value: unknown) => (isObject(value) ? Object.keys(value).length : 0);
  if (Array.isArray(raw.customRules) && raw.customRules.length > RULE_LIMITS.maxRules) {
    out.push(
      located(
        origin,
        ['customRules'],
        `holds ${formatNumber(raw.customRules.length)} rules; a configuration may hold at most ${RULE_LIMITS.maxRules}`,
      ),
    );
  }
  const settings = count(raw.rules);
  if (settings > RULE_LIMITS.maxRuleSettings) {
    out.push(
      located(
        origin,
        ['rules'],
        `holds settings for ${formatNumber(settings)} rules; a configuration may set at most ${formatNumber(RULE_LIMITS.maxRuleSettings)}`,
      ),
    );
  }
  if (isObject(raw.messages)) {
    const locales = Object.keys(raw.messages);
    if (locales.length > RULE_LIMITS.maxLocales) {
      out.push(
        located(
          origin,
          ['messages'],
          `holds messages in ${formatNumber(locales.length)} languages; a configuration may hold at most ${RULE_LIMITS.maxLocales}`,
        ),
      );
    } else {
      for (const locale of locales) {
        const rules = count(raw.messages[locale]);
        if (rules > RULE_LIMITS.maxRuleSettings) {
          out.push(
            located(
              origin,
              ['messages', locale],
              `holds messages for ${formatNumber(rules)} rules; a configuration may hold at most ${formatNumber(RULE_LIMITS.maxRuleSettings)} in one language`,
            ),
          );
        }
      }
    }
  }
  return out;
}
