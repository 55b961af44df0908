/**
 * Reading records that came from rule and configuration files, where any
 * key is data and none may reach `Object.prototype`.
 *
 * @module
 */

/** Whether a value is a plain record (not null, not a list). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `record[key]` for an own key only. Names in rule and configuration files
 * are data: `toString` or `valueOf` must not find `Object.prototype`'s.
 */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
