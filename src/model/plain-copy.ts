/**
 * A copy of plain JSON-like data, made before a schema reads it. Shared by
 * migrations (which change their copy, never the caller's document) and by
 * commands (whose payload is copied before it is checked).
 *
 * @module
 */

/** How deep a copy goes; below this, values are kept as they are for the schema to refuse. */
const COPY_DEPTH_LIMIT = 256;

/**
 * Copies plain objects and lists, once each (`seen`), so data whose objects
 * share branches or refer to themselves costs no more than its distinct
 * objects. Anything else (a class instance, a function) is kept as it is,
 * for the schema to report. -0 becomes 0, which is what JSON would write.
 *
 * Keys are defined, not assigned: a `"__proto__"` key from `JSON.parse`
 * stays an own key that the schema refuses. Assigning it would make it the
 * copy's prototype instead, and a schema reading the copy's fields would
 * then take fields that are no own key of it, and so are never written to
 * a history.
 *
 * With `dropUndefined`, keys set to `undefined` are left out: to TypeScript
 * they mean "absent", and JSON cannot carry them.
 *
 * @internal
 * @example `Object.hasOwn(plainCopy(JSON.parse('{"__proto__":{"a":1}}')) as object, '__proto__') // true`
 */
export function plainCopy(
  value: unknown,
  options: { readonly dropUndefined?: boolean } = {},
  depth = 0,
  seen = new Map<object, unknown>(),
): unknown {
  if (value === 0) return 0;
  if (typeof value !== 'object' || value === null || depth > COPY_DEPTH_LIMIT) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    seen.set(value, list);
    for (const item of value) list.push(plainCopy(item, options, depth + 1, seen));
    return list;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (item === undefined && options.dropUndefined === true) continue;
    Object.defineProperty(out, key, {
      value: plainCopy(item, options, depth + 1, seen),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
