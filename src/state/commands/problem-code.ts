/**
 * Keeping a problem's code when it moves: a problem found in one place (a
 * model check, a command of a batch, a history entry) is re-rooted under
 * the path of whatever holds it, and its code and values go with it so a
 * front end still words it in its reader's language.
 *
 * @internal
 * @module
 */
import type { ProblemDetail, ProblemParam } from '../../model/errors.js';

/**
 * The code and values of a problem, to pass on when the problem is
 * re-rooted under another path (a batch, a history entry), so a front end
 * still words it in its reader's language. Only what is set is copied.
 *
 * @example
 * ```ts
 * import { type ProblemDetail, problem } from '../../model/errors.js';
 *
 * // A problem of a batch's first command, under the batch's payload, its code kept.
 * const rerooted = (p: ProblemDetail) => problem(['payload', 'commands', 0, ...p.path], p.message, codeOf(p));
 * ```
 */
export function codeOf(detail: ProblemDetail): {
  code?: string;
  params?: Readonly<Record<string, ProblemParam>>;
} {
  const { code, params } = detail;
  if (code === undefined) return {};
  return params === undefined ? { code } : { code, params };
}
