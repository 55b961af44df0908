/**
 * Deep-freezes plain data in place and returns it. Already-frozen branches are
 * skipped, so freezing a state that shares most of its tree with a frozen
 * one costs only the new parts.
 *
 * @example
 * ```ts
 * const frozen = deepFreeze({ a: { b: 1 } });
 * Object.isFrozen(frozen.a); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
