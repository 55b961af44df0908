/**
 * Checking a rule's raw `conditions` against the grammar and the limits,
 * with a precise path for each problem: one boolean operator per node,
 * no engine features coproduce refuses (priorities, references), literal
 * values of the right kinds.
 *
 * @module
 */

import type { ProblemDetail } from '../../model/errors.js';
import { zodProblems } from '../../model/zod-problems.js';
import { describePathProblem } from '../path.js';
import { ProblemCollector } from '../problems.js';
import { isObject } from '../records.js';
import { FactParamNameSchema, FactRefSchema, OperatorNameSchema } from './conditions.js';
import { FactIdSchema, RULE_LIMITS } from './names.js';
import { located, type Origin, withOrigin } from './origin.js';
import { ParamRefSchema } from './parameters.js';

const BOOLEAN_KEYS = ['all', 'any', 'not'] as const;
const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'params', 'path']);

function forbiddenConditionKeyMessage(key: string): string {
  switch (key) {
    case 'priority':
      return 'condition priorities are not allowed: every condition is evaluated, so missing data is never skipped';
    case 'condition':
      return 'condition references are not allowed: write the conditions out in the rule';
    case 'name':
      return 'condition names are not allowed';
    default:
      return 'unknown field in a condition';
  }
}

function valueProblems(
  value: unknown,
  path: (string | number)[],
  origin: Origin,
  allowFact: boolean,
): ProblemDetail[] {
  const out: ProblemDetail[] = [];
  if (value === null) {
    out.push(
      located(
        origin,
        path,
        'must not be null: a fact that is null already means the data is missing, and the rule then needs review',
      ),
    );
    return out;
  }
  if (Array.isArray(value)) {
    if (value.length > 100) out.push(located(origin, path, 'must hold at most 100 items'));
    value.forEach((item, i) => {
      if (!['string', 'number', 'boolean'].includes(typeof item)) {
        out.push(located(origin, [...path, i], 'must be text, a number or true/false'));
      }
    });
    return out;
  }
  if (isObject(value)) {
    // A parameter or fact reference is checked against its own schema, so
    // an unknown key in it is matched against that reference's keys.
    const reference =
      'param' in value ? ParamRefSchema : 'fact' in value && allowFact ? FactRefSchema : undefined;
    if (reference !== undefined) {
      const result = reference.safeParse(value);
      if (!result.success)
        out.push(
          ...withOrigin(zodProblems(result.error, { basePath: path, schema: reference }), origin),
        );
      return out;
    }
    out.push(
      located(
        origin,
        path,
        allowFact
          ? 'must be a literal, { "param": name } or { "fact": id, "params"?: {...} }'
          : 'must be a literal or { "param": name }',
      ),
    );
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    out.push(located(origin, path, 'must be a finite number'));
  }
  return out;
}

/**
 * The problems of one leaf condition: only the leaf's own keys, the three
 * it needs, and each of them (and `params`, `path`) of the right shape.
 */
function leafProblems(
  node: Record<string, unknown>,
  keys: readonly string[],
  path: (string | number)[],
  origin: Origin,
  problems: ProblemCollector,
): void {
  for (const key of keys) {
    if (!LEAF_KEYS.has(key))
      problems.push(located(origin, [...path, key], forbiddenConditionKeyMessage(key)));
  }
  for (const required of ['fact', 'operator', 'value'] as const) {
    if (!(required in node)) problems.push(located(origin, [...path, required], 'is required'));
  }
  if ('fact' in node) {
    const fact = FactIdSchema.safeParse(node.fact);
    if (!fact.success)
      problems.addAll(withOrigin(zodProblems(fact.error, { basePath: [...path, 'fact'] }), origin));
  }
  if ('operator' in node) {
    if (typeof node.operator !== 'string' || node.operator.length === 0) {
      problems.push(located(origin, [...path, 'operator'], 'must be the name of an operator'));
    } else {
      const operator = OperatorNameSchema.safeParse(node.operator);
      if (!operator.success)
        problems.addAll(
          withOrigin(zodProblems(operator.error, { basePath: [...path, 'operator'] }), origin),
        );
    }
  }
  if ('value' in node) problems.addAll(valueProblems(node.value, [...path, 'value'], origin, true));
  if ('params' in node) {
    if (!isObject(node.params)) {
      problems.push(located(origin, [...path, 'params'], 'must be an object of fact parameters'));
    } else {
      for (const [name, value] of Object.entries(node.params)) {
        const named = FactParamNameSchema.safeParse(name);
        if (!named.success)
          problems.addAll(
            withOrigin(zodProblems(named.error, { basePath: [...path, 'params', name] }), origin),
          );
        problems.addAll(valueProblems(value, [...path, 'params', name], origin, false));
      }
    }
  }
  if ('path' in node) {
    if (typeof node.path !== 'string') {
      problems.push(located(origin, [...path, 'path'], 'must be text'));
    } else {
      const why = describePathProblem(node.path);
      if (why) problems.push(located(origin, [...path, 'path'], why));
    }
  }
}

/**
 * Checks a rule's `conditions` against the grammar and the limits, with a
 * precise path for each problem. Returns the number of leaves too, since the
 * limit is per rule.
 *
 * @internal
 *
 * @example `conditionProblems({ all: [{ fact: 'x', operator: 'equal', value: 1, priority: 2 }] }).length // 1`
 */
export function conditionProblems(
  conditions: unknown,
  origin: Origin = {},
  basePath: readonly (string | number)[] = ['conditions'],
): ProblemDetail[] {
  // Collected up to the cap and counted beyond it: a list of a hundred
  // thousand wrong conditions must not become a hundred thousand problems.
  const problems = new ProblemCollector();
  let leaves = 0;
  const walk = (node: unknown, path: (string | number)[], depth: number, root: boolean): void => {
    if (!isObject(node)) {
      problems.push(located(origin, path, 'must be a condition object'));
      return;
    }
    const keys = Object.keys(node);
    const booleans = BOOLEAN_KEYS.filter((k) => keys.includes(k));
    if (booleans.length > 1) {
      problems.push(
        located(
          origin,
          path,
          `must use only one of "all", "any" and "not", not ${booleans.map((b) => `"${b}"`).join(' and ')}`,
        ),
      );
      return;
    }
    const operator = booleans[0];
    if (operator !== undefined) {
      const nextDepth = depth + 1;
      if (nextDepth > RULE_LIMITS.maxConditionDepth) {
        problems.push(
          located(
            origin,
            path,
            `conditions nest more than ${RULE_LIMITS.maxConditionDepth} levels deep`,
          ),
        );
        return;
      }
      for (const key of keys) {
        if (key !== operator)
          problems.push(located(origin, [...path, key], forbiddenConditionKeyMessage(key)));
      }
      const inner = node[operator];
      if (operator === 'not') {
        if (Array.isArray(inner)) {
          problems.push(located(origin, [...path, 'not'], 'must be one condition, not a list'));
        } else walk(inner, [...path, 'not'], nextDepth, false);
        return;
      }
      if (!Array.isArray(inner)) {
        problems.push(located(origin, [...path, operator], 'must be a list of conditions'));
        return;
      }
      if (inner.length === 0) {
        problems.push(located(origin, [...path, operator], 'must hold at least 1 condition'));
      }
      inner.forEach((child, i) => {
        walk(child, [...path, operator, i], nextDepth, false);
      });
      return;
    }
    if (root) {
      problems.push(located(origin, path, 'must start with "all", "any" or "not"'));
      return;
    }
    leaves += 1;
    leafProblems(node, keys, path, origin, problems);
  };
  walk(conditions, [...basePath], 0, true);
  if (leaves > RULE_LIMITS.maxConditionsPerRule) {
    problems.push(
      located(
        origin,
        [...basePath],
        `has ${leaves} conditions; a rule may have at most ${RULE_LIMITS.maxConditionsPerRule}`,
      ),
    );
  }
  return problems.list();
}
