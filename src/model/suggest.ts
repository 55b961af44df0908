/**
 * "Did you mean …?" for mistyped names and values: rule ids, facts,
 * operators, severities, stages and other fixed values.
 *
 * @module
 */

/** Levenshtein distance, with one row of memory. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(
        current + 1,
        (row[j - 1] ?? 0) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * The candidate nearest to a mistyped name (by edit distance, ignoring
 * case), or `undefined` when none is near enough to be a likely typo.
 * `maxDistance` defaults to a quarter of the name's length, at least 2.
 *
 * @category Check
 * @example
 * ```ts
 * closestMatch('quiet-member', ['quiet-members', 'dominant-voices']); // 'quiet-members'
 * closestMatch('budget', ['quiet-members']); // undefined
 * ```
 */
export function closestMatch(
  name: string,
  candidates: Iterable<string>,
  options: { readonly maxDistance?: number } = {},
): string | undefined {
  const limit = options.maxDistance ?? Math.max(2, Math.floor(name.length / 4));
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/**
 * Words people write for a value that has another name here: "warn" and
 * "High" for a severity. Used only when the word they point to is one of
 * the values allowed at that place.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  warn: ['warning'],
  warnings: ['warning'],
  high: ['error'],
  critical: ['error'],
  severe: ['error'],
  major: ['error'],
  fatal: ['error'],
  err: ['error'],
  errors: ['error'],
  medium: ['warning'],
  moderate: ['warning'],
  low: ['info'],
  minor: ['info'],
  information: ['info'],
  notice: ['info'],
  disabled: ['off'],
  disable: ['off'],
  none: ['off'],
  false: ['off'],
};

/**
 * The allowed value a wrong one most likely meant: the same word in
 * another case, a common other name ("warn", "High" for a severity), or
 * the nearest by spelling. `undefined` when none is near. Front ends can
 * use it to say "did you mean" for a value a person typed.
 *
 * @category Model
 * @example `suggestValue('High', ['error', 'warning', 'info']) // 'error'`
 */
export function suggestValue(value: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const names = allowed.filter((v): v is string => typeof v === 'string');
  if (names.length === 0) return undefined;
  const lower = value.trim().toLowerCase();
  const same = names.find((name) => name.toLowerCase() === lower);
  if (same !== undefined) return same;
  const synonym = (Object.hasOwn(SYNONYMS, lower) ? SYNONYMS[lower] : undefined)?.find((s) =>
    names.includes(s),
  );
  if (synonym !== undefined) return synonym;
  return closestMatch(lower, names);
}
