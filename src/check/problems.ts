/**
 * Problems found in rule and configuration files, collected up to a cap.
 * A file with twenty thousand mistakes would otherwise make an error too big
 * to read or keep, and the "did you mean" search for each one would take
 * seconds: so only the first {@link MAX_RULE_PROBLEMS} are listed (the last
 * listed one says how many more there are), and only the first
 * {@link MAX_RULE_SUGGESTIONS} carry a suggestion.
 *
 * @module
 */
import { type ProblemDetail, type ProblemParam, problem } from '../model/errors.js';
import { formatNumber } from './messages.js';
import { closestMatch } from './suggest.js';

/**
 * Problems listed in one error about rule or configuration files.
 *
 * @internal
 * @example `RULE_LIMITS.maxProblems === MAX_RULE_PROBLEMS // true`
 */
export const MAX_RULE_PROBLEMS = 200;

/**
 * Problems, among the first listed, that may carry a "did you mean"
 * suggestion.
 *
 * @internal
 * @example `RULE_LIMITS.maxSuggestions === MAX_RULE_SUGGESTIONS // true`
 */
export const MAX_RULE_SUGGESTIONS = 20;

/** The closing problems this module made, with how many problems each stands for. */
const unlistedCounts = new WeakMap<ProblemDetail, number>();

/**
 * Gives the nearest candidate as "; did you mean …?", or an empty string.
 *
 * @internal
 * @example
 * ```ts
 * const unknownFact = (id: string, suggest: Suggest) => `unknown fact "${id}"${suggest(id, ['count'])}`;
 * unknownFact('cuont', () => ''); // 'unknown fact "cuont"' when nothing is near
 * ```
 */
export type Suggest = (name: string, candidates: Iterable<string>) => string;

const noSuggestion: Suggest = () => '';

const suggestion: Suggest = (name, candidates) => {
  const best = closestMatch(name, candidates);
  return best !== undefined ? `; did you mean "${best}"?` : '';
};

/**
 * A message, or a function that writes it, given a {@link Suggest}: it is
 * only called for a problem that will be listed, and its suggestions are
 * only searched for among the first few.
 *
 * @internal
 * @example
 * ```ts
 * const facts = new Map([['count', 1]]);
 * const id = 'cuont';
 * const message: ProblemMessage = (s) => `unknown fact "${id}"${s(id, facts.keys())}`;
 * ```
 */
export type ProblemMessage = string | ((suggest: Suggest) => string);

/**
 * Where a problem is and what kind it is, beside its message: its file,
 * rule, and problem code with the values its message is made from.
 *
 * @internal
 * @example `const extra: ProblemExtra = { file: 'rules.json', code: 'unknown-fact', params: { id: 'x' } };`
 */
export interface ProblemExtra {
  file?: string;
  ruleId?: string;
  code?: string;
  params?: Readonly<Record<string, ProblemParam>>;
}

/**
 * Collects problems in the order they are found, keeping the first
 * {@link MAX_RULE_PROBLEMS} and counting the rest. A closing problem made
 * by another collector (a capped list read back) counts for every problem it
 * stands for.
 *
 * @internal
 * @example
 * ```ts
 * const id = 'quiet-membrs';
 * const known = ['quiet-members', 'late-papers'];
 * const problems = new ProblemCollector();
 * problems.add([], (s) => `unknown rule id "${id}"${s(id, known)}`);
 * if (problems.count > 0) throw new CoproduceError('invalid-config', 'The configuration is not valid.', problems.list());
 * ```
 */
export class ProblemCollector {
  private readonly listed: ProblemDetail[] = [];
  private unlisted = 0;

  /** Every problem found, listed or not. */
  get count(): number {
    return this.listed.length + this.unlisted;
  }

  /** Adds a problem: kept while fewer than the cap are listed, otherwise only counted. */
  add(path: readonly (string | number)[], message: ProblemMessage, extra: ProblemExtra = {}): void {
    if (this.listed.length >= MAX_RULE_PROBLEMS) {
      this.unlisted += 1;
      return;
    }
    // The suggestion made, if any, joins the problem's values as `guess`.
    let guess: string | undefined;
    const suggestAndKeep: Suggest = (name, candidates) => {
      const text = suggestion(name, candidates);
      if (text !== '') guess = closestMatch(name, candidates);
      return text;
    };
    const text =
      typeof message === 'string'
        ? message
        : message(this.listed.length < MAX_RULE_SUGGESTIONS ? suggestAndKeep : noSuggestion);
    const coded =
      extra.code !== undefined && guess !== undefined
        ? { ...extra, params: { ...extra.params, guess } }
        : extra;
    this.listed.push(problem(path, text, coded));
  }

  /** Adds a problem already made. */
  push(detail: ProblemDetail): void {
    this.addAll([detail]);
  }

  /** Adds problems already made, one by one (never spread: a list may be long). */
  addAll(problems: readonly ProblemDetail[]): void {
    for (const detail of problems) {
      const stands = unlistedCounts.get(detail);
      if (stands !== undefined) this.unlisted += stands;
      else if (this.listed.length < MAX_RULE_PROBLEMS) this.listed.push(detail);
      else this.unlisted += 1;
    }
  }

  /** The listed problems, ending with one that says how many more there are. */
  list(): ProblemDetail[] {
    if (this.unlisted === 0) return [...this.listed];
    const closing = problem(
      [],
      `…and ${formatNumber(this.unlisted)} more problem${this.unlisted === 1 ? '' : 's'}, not listed; fix these first`,
      { code: 'more-problems', params: { n: this.unlisted } },
    );
    unlistedCounts.set(closing, this.unlisted);
    return [...this.listed, closing];
  }
}

/**
 * How many problems a capped list stands for: its length, with a closing
 * problem counted for every problem it stands for.
 *
 * @internal
 * @example
 * ```ts
 * if (error instanceof CoproduceError) console.log(`${countProblems(error.problems)} problems`);
 * ```
 */
export function countProblems(problems: readonly ProblemDetail[]): number {
  let count = 0;
  for (const detail of problems) count += unlistedCounts.get(detail) ?? 1;
  return count;
}
