/**
 * What parsing a file returns, and the file and rule every problem found in
 * it is attached to.
 *
 * @module
 */
import { type ProblemDetail, problem } from '../../model/errors.js';

/** Where a problem was found, attached to every {@link ProblemDetail}. */
export interface Origin {
  readonly file?: string | undefined;
  readonly ruleId?: string | undefined;
}

/** A problem at `path`, attached to the file and rule it was found in. */
export function located(
  origin: Origin,
  path: readonly (string | number)[],
  message: string,
): ProblemDetail {
  const extra: { file?: string; ruleId?: string } = {};
  if (origin.file !== undefined) extra.file = origin.file;
  if (origin.ruleId !== undefined) extra.ruleId = origin.ruleId;
  return problem(path, message, extra);
}

/** Problems from zod, attached to the file and rule they were found in. */
export function withOrigin(problems: readonly ProblemDetail[], origin: Origin): ProblemDetail[] {
  // The problem's code and values stay with it, for a front end to say it in its own words.
  return problems.map((p) => {
    const at = located(origin, p.path, p.message);
    return p.code === undefined ? at : { ...at, code: p.code, params: p.params ?? {} };
  });
}

/**
 * The result of parsing a rule or configuration file: the value, or the
 * problems found. At most `RULE_LIMITS.maxProblems` are listed; when there
 * were more, the last one listed says how many more there are.
 *
 * @category Customisation
 * @example
 * ```ts
 * const result: ParseResult<RuleFile> = parseRuleFile(JSON.parse(text), { file: 'quiet-members.json' });
 * if (!result.success) console.log(result.problems);
 * ```
 */
export type ParseResult<T> =
  | { readonly success: true; readonly value: T }
  | { readonly success: false; readonly problems: readonly ProblemDetail[] };
