/**
 * Parsing a rule file (its structure, its conditions, its id against its
 * file name) and a rule-set preset.
 *
 * @module
 */

import { type ProblemDetail, problem } from '../../model/errors.js';
import { zodProblems } from '../../model/zod-problems.js';
import { DECLARATION_KEYS } from '../declarative/schema.js';
import { ProblemCollector } from '../problems.js';
import { isObject } from '../records.js';
import { closestMatch } from '../suggest.js';
import { conditionProblems } from './condition-grammar.js';
import { RuleIdSchema } from './names.js';
import { located, type Origin, type ParseResult, withOrigin } from './origin.js';
import { parseJsonWith, rawJsonProblems } from './raw-json.js';
import {
  type RuleFile,
  RuleFileParseSchema,
  type RuleSetPreset,
  RuleSetPresetSchema,
} from './rule-file.js';

function ruleIdOf(raw: unknown): string | undefined {
  if (!isObject(raw) || typeof raw.id !== 'string') return undefined;
  return RuleIdSchema.safeParse(raw.id).success ? raw.id : undefined;
}

/**
 * Checks the structure of one rule file (not its facts or operators, which
 * need the catalogue: see `createRuleSet`). When `file` is given, the file
 * name must be the rule id.
 *
 * @category Customisation
 * @example
 * ```ts
 * const result = parseRuleFile(JSON.parse(text), { file: 'rules/during/quiet-members.json' });
 * ```
 */
export function parseRuleFile(
  raw: unknown,
  options: {
    file?: string;
    basePath?: readonly (string | number)[];
    /** Whether the file name must be the rule id (default: when `file` is given). */
    matchFileName?: boolean;
  } = {},
): ParseResult<RuleFile> {
  const basePath = options.basePath ?? [];
  const origin: Origin = { file: options.file, ruleId: ruleIdOf(raw) };
  const rawProblems = rawJsonProblems(raw, origin, basePath);
  if (rawProblems.length > 0) return { success: false, problems: rawProblems };
  const problems = new ProblemCollector();
  const result = RuleFileParseSchema.safeParse(raw, { reportInput: true });
  if (!result.success)
    problems.addAll(
      withOrigin(
        zodProblems(result.error, { basePath, schema: RuleFileParseSchema }).map((p) =>
          declarationKeyProblem(p, basePath),
        ),
        origin,
      ),
    );
  if (isObject(raw) && 'conditions' in raw) {
    problems.addAll(conditionProblems(raw.conditions, origin, [...basePath, 'conditions']));
  }
  if (
    options.file !== undefined &&
    options.matchFileName !== false &&
    origin.ruleId !== undefined
  ) {
    const name = fileStem(options.file);
    if (name !== origin.ruleId) {
      problems.push({
        ...located(
          origin,
          [...basePath, 'id'],
          `the id "${origin.ruleId}" must match the file name "${name}.json"`,
        ),
        code: 'rule-id-file-name',
        params: { id: origin.ruleId, file: `${name}.json` },
      });
    }
  }
  if (problems.count > 0 || !result.success) return { success: false, problems: problems.list() };
  return { success: true, value: result.data as unknown as RuleFile };
}

/**
 * An unknown key inside `define` is a mistyped part of the language, not a
 * council's own field: say so, with the nearest key it knows.
 */
function declarationKeyProblem(
  p: ProblemDetail,
  basePath: readonly (string | number)[],
): ProblemDetail {
  const inDefine = p.path[basePath.length] === 'define' && p.path.length > basePath.length + 2;
  const key = p.path.at(-1);
  if (!inDefine || typeof key !== 'string' || !p.message.startsWith('unknown field')) return p;
  const best = closestMatch(key, DECLARATION_KEYS) ?? COMPARISON_SYNONYMS[key];
  return problem(
    p.path,
    `unknown key "${key}"${best !== undefined ? `; did you mean "${best}"?` : ''}`,
    { code: 'unknown-key', params: { key, ...(best !== undefined ? { guess: best } : {}) } },
  );
}

/**
 * The words people reach for, from other languages and spreadsheets, for a
 * comparison the fact language spells otherwise: too unlike the real name
 * for a spelling guess to find it ("includes" is not near "contains").
 */
const COMPARISON_SYNONYMS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  includes: 'contains',
  has: 'contains',
  excludes: 'doesNotContain',
  equals: 'equal',
  is: 'equal',
  eq: 'equal',
  ne: 'notEqual',
  isNot: 'notEqual',
  gt: 'greaterThan',
  gte: 'greaterThanInclusive',
  greaterThanOrEqual: 'greaterThanInclusive',
  atLeast: 'greaterThanInclusive',
  lt: 'lessThan',
  lte: 'lessThanInclusive',
  lessThanOrEqual: 'lessThanInclusive',
  atMost: 'lessThanInclusive',
  exists: 'present',
  empty: 'isEmpty',
  oneOf: 'in',
});

/**
 * The name of a file without folders or `.json`, for id checks; works on
 * both `/` and `\` paths without importing `node:path`.
 *
 * @internal
 *
 * @example `fileStem('rules/during/quiet-members.json') // 'quiet-members'`
 */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.endsWith('.json') ? base.slice(0, -'.json'.length) : base;
}

/**
 * Checks a rule-set preset.
 *
 * @category Customisation
 * @example `parseRuleSetPreset({ id: 'all', description: 'Every rule.', rules: '*' }).success // true`
 */
export function parseRuleSetPreset(
  raw: unknown,
  options: { file?: string } = {},
): ParseResult<RuleSetPreset> {
  return parseJsonWith(RuleSetPresetSchema, raw, { file: options.file }, (found) => {
    const problems = new ProblemCollector();
    problems.addAll(found);
    return problems.list();
  });
}
