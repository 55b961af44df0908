/**
 * One order for text everywhere a result is sorted, so reports and
 * fingerprints are the same on every machine.
 *
 * @module
 */

/**
 * Compares two strings by code unit, the same on every machine (unlike
 * `localeCompare`).
 *
 * @internal
 *
 * @example `['b', 'a'].sort(compareText) // ['a', 'b']`
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
