/**
 * "Did you mean …?" for mistyped names: rule ids, facts, operators.
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
