/**
 * The path resolver given to json-rules-engine in place of its default
 * (jsonpath-plus). A rule file is data written by anyone, so a condition's
 * `path` may only walk down own properties by name or index: no filters, no
 * wildcards, no recursive descent, and never a prototype.
 *
 * @module
 */

import { FORBIDDEN_KEYS } from '../model/primitives.js';

/**
 * Keys refused anywhere in rule and configuration files, and in paths: each
 * could reach or replace an object's prototype. The same set as
 * `FORBIDDEN_KEYS`, which project data refuses, under the name rule authors
 * meet it by.
 *
 * @category Customisation
 * @example `PROTOTYPE_KEYS.has('__proto__') // true`
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = FORBIDDEN_KEYS;

/** The longest path accepted; real paths are a few segments long. */
const MAX_PATH_LENGTH = 200;
const SEGMENT = /^[A-Za-z0-9_-]+$/;
const INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * Splits a condition path into its segments, or returns `undefined` when the
 * path is not a plain dot path: empty segments, JSONPath syntax (`[`, `?`,
 * `(`, `@`, `*`, `..`) and prototype keys are all refused.
 *
 * @category Customisation
 * @example
 * ```ts
 * parseSafePath('$.a.0.b'); // ['a', '0', 'b']
 * parseSafePath('$.x[?(@.a)]'); // undefined
 * ```
 */
export function parseSafePath(path: string): readonly string[] | undefined {
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH_LENGTH) {
    return undefined;
  }
  const body = path.startsWith('$.') ? path.slice(2) : path;
  const segments = body.split('.');
  for (const segment of segments) {
    // SEGMENT already refuses every JSONPath character; the empty segment of `..` fails it too.
    if (!SEGMENT.test(segment) || PROTOTYPE_KEYS.has(segment)) return undefined;
  }
  return segments;
}

/**
 * Explains why a path is refused, for load-time errors; `undefined` when the
 * path is accepted.
 *
 * @category Customisation
 * @example
 * ```ts
 * describePathProblem('members.0.displayName'); // undefined: accepted
 * describePathProblem('a..b'); // 'must be a plain dot path like "a.0.b": JSONPath filters, wildcards and recursive descent are not supported'
 * ```
 */
export function describePathProblem(path: string): string | undefined {
  if (parseSafePath(path) !== undefined) return undefined;
  if (typeof path === 'string') {
    const body = path.startsWith('$.') ? path.slice(2) : path;
    if (body.split('.').some((segment) => PROTOTYPE_KEYS.has(segment))) {
      return `must not use ${[...PROTOTYPE_KEYS].map((k) => `"${k}"`).join(', ')}`;
    }
    if (/[[\]?()@*]/.test(body) || body.includes('..')) {
      return 'must be a plain dot path like "a.0.b": JSONPath filters, wildcards and recursive descent are not supported';
    }
    if (path.length > MAX_PATH_LENGTH) return `must be at most ${MAX_PATH_LENGTH} characters long`;
  }
  return 'must be a dot path of names and indexes, like "a.0.b"';
}

/**
 * Reads `path` from `value`, following own properties only. Returns
 * `undefined` for anything it refuses or cannot find, never throws, and never
 * touches a prototype.
 *
 * @category Customisation
 * @example
 * ```ts
 * pathResolver({ a: [{ b: 2 }] }, '$.a.0.b'); // 2
 * pathResolver({}, '__proto__'); // undefined
 * pathResolver({ a: [1, 2] }, 'a.length'); // 2
 * ```
 */
export function pathResolver(value: unknown, path: string): unknown {
  const segments = parseSafePath(path);
  if (segments === undefined) return undefined;
  let current: unknown = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (Array.isArray(current)) {
      if (segment === 'length') {
        current = current.length;
        continue;
      }
      if (!INDEX.test(segment)) return undefined;
      const index = Number(segment);
      if (index >= current.length) return undefined;
      current = current[index];
      continue;
    }
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
