/**
 * A rule's parameters in a declared fact: each `{ "param": name }` put in
 * place before the definition is checked.
 *
 * @module
 */

import { isObject } from '../records.js';
import { type Context, guessOf, type Path, suggest } from './context.js';

/**
 * Puts each `{ "param": name }` of a definition in place, recording where
 * each came from so a type problem can name the parameter.
 */
export function substitute(
  value: unknown,
  path: Path,
  context: Context,
  from: Map<string, string>,
): unknown {
  if (Array.isArray(value)) return value.map((v, i) => substitute(v, [...path, i], context, from));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'param' && typeof value.param === 'string') {
    const name = value.param;
    if (!Object.hasOwn(context.params, name)) {
      const names = Object.keys(context.params);
      context.problems.push(
        names.length === 0
          ? {
              path,
              message: `unknown parameter "${name}": there are no parameters here`,
              code: 'declared-no-parameters',
              params: { name },
            }
          : {
              path,
              message: `unknown parameter "${name}": the rule has ${names.map((n) => `"${n}"`).join(', ')}${suggest(name, names)}`,
              code: 'condition-unknown-parameter',
              params: { name, allowed: names.map((n) => `"${n}"`), ...guessOf(name, names) },
            },
      );
      return undefined;
    }
    from.set(path.join('\u0000'), name);
    const v = context.params[name];
    return Array.isArray(v) ? [...v] : v;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = substitute(value[key], [...path, key], context, from);
  return out;
}
