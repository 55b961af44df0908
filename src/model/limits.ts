/**
 * The size limits of the data the library reads: project documents and
 * saved histories. They are checked in one bounded walk *before* anything
 * else reads the data, so a huge, deeply nested or self-referencing input is
 * refused with a clear `limit-exceeded` error instead of exhausting memory or
 * the call stack. (Rule and configuration files have their own limits,
 * `RULE_LIMITS`.)
 *
 * @module
 */
import { CoproduceError, type ProblemDetail, problem } from './errors.js';
import { MAX_EXTENSION_DEPTH, MAX_EXTENSION_VALUES, MAX_TEXT_LENGTH } from './primitives.js';

/**
 * Limits on one size dimension of an input: how much JSON text, how many
 * values, how long a list, how deep, how long a string.
 *
 * @category Model
 * @example
 * ```ts
 * const tight: SizeLimits = { ...PROJECT_LIMITS, maxListLength: 1000 };
 * ```
 */
export interface SizeLimits {
  /** Characters of JSON text accepted by the functions that read text. */
  readonly maxJsonLength: number;
  /** Values (objects, lists, strings, numbers, booleans, nulls) in the whole input. */
  readonly maxValues: number;
  /** Items in any one list. */
  readonly maxListLength: number;
  /** Nesting of objects and lists. */
  readonly maxDepth: number;
  /** Characters in any one string or object key, anywhere in the input. */
  readonly maxStringLength: number;
}

/**
 * The limits of a project document. A large project (1,000 members and
 * 5,000 meetings) is about 6 MB of JSON and 400,000 values, well inside
 * them; a document that breaks every rule at every one of a million values
 * is still refused in a few seconds. Fields have their own, smaller limits too:
 * text fields hold at most {@link MAX_TEXT_LENGTH} characters, labels 500,
 * ids 128, and `extensions` nest at most {@link MAX_EXTENSION_DEPTH} levels
 * and hold at most `maxExtensionValues` values each.
 *
 * @category Model
 * @example
 * ```ts
 * if (text.length > PROJECT_LIMITS.maxJsonLength) console.log('too big to read');
 * ```
 */
export const PROJECT_LIMITS = Object.freeze({
  maxJsonLength: 64 * 1024 * 1024,
  maxValues: 1_000_000,
  maxListLength: 100_000,
  maxDepth: 64,
  maxStringLength: 1_000_000,
  maxTextLength: MAX_TEXT_LENGTH,
  maxLabelLength: 500,
  maxIdLength: 128,
  maxExtensionDepth: MAX_EXTENSION_DEPTH,
  maxExtensionValues: MAX_EXTENSION_VALUES,
});

/** Entries in one history; its list limit is the same, as the entries are one list. */
const MAX_HISTORY_ENTRIES = 1_000_000;

/**
 * The limits of a saved history (see `parseHistory`): its initial project,
 * every entry's command and patches, all together.
 *
 * @category State
 * @example
 * ```ts
 * HISTORY_LIMITS.maxEntries; // 1000000
 * ```
 */
export const HISTORY_LIMITS = Object.freeze({
  maxJsonLength: 256 * 1024 * 1024,
  maxValues: 20_000_000,
  // The entries are one list: a shorter list limit would refuse a history the entry limit allows.
  maxListLength: MAX_HISTORY_ENTRIES,
  maxDepth: 80,
  // A history's strings are a project's strings (its initial project, and the
  // values its commands write into it), read again under the project's limit:
  // one limit, so a history never refuses what a valid project holds.
  maxStringLength: PROJECT_LIMITS.maxStringLength,
  /** Entries in one history. */
  maxEntries: MAX_HISTORY_ENTRIES,
});

/**
 * The limits of a command: how deeply batches may nest. A batch inside a
 * batch is useful (a form that saves several sections at once, inside an
 * import); a batch nested thousands deep is only ever an attack, and would
 * exhaust the stack.
 *
 * @category State
 * @example
 * ```ts
 * COMMAND_LIMITS.maxBatchDepth; // 16
 * ```
 */
export const COMMAND_LIMITS = Object.freeze({
  /** Batches inside batches, the outermost counted as 1. */
  maxBatchDepth: 16,
});

/**
 * At most this many problems are listed in one error; the last one says how
 * many more there were. A broken document of a million records would
 * otherwise make an error too big to show or keep.
 *
 * @internal
 * @example
 * ```ts
 * import { problem } from './errors.js';
 *
 * const problems = Array.from({ length: 1500 }, (_, i) => problem(['activities', i], 'is wrong'));
 * capProblems(problems).length === MAX_LISTED_PROBLEMS // true: 999 kept, then one saying 501 more were left out
 * ```
 */
export const MAX_LISTED_PROBLEMS = 1000;

/**
 * Cuts a list of problems down to {@link MAX_LISTED_PROBLEMS}, ending with
 * one that says how many were left out.
 *
 * @internal
 * @example
 * ```ts
 * import { problem } from './errors.js';
 *
 * const problems = Array.from({ length: 1500 }, (_, i) => problem(['activities', i], 'is wrong'));
 * capProblems(problems).at(-1)?.message // '…and 501 more problems, not listed; fix these first'
 * ```
 */
export function capProblems(problems: readonly ProblemDetail[]): readonly ProblemDetail[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_LISTED_PROBLEMS - 1);
  kept.push(
    problem(
      [],
      `…and ${problems.length - kept.length} more problems, not listed; fix these first`,
      {
        code: 'more-problems-capped',
        params: { n: String(problems.length - kept.length) },
      },
    ),
  );
  return kept;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Own keys past which an object counts as wide: no object of any schema has
 * anywhere near this many fields, so a wide object is wrong or free-form
 * (`extensions`).
 *
 * @internal
 * @example `const isWide = (value: object) => Object.keys(value).length > WIDE_OBJECT;`
 */
export const WIDE_OBJECT = 1000;

/**
 * What the size walk notes on its way, for the reader that comes after it.
 *
 * @internal
 * @example `const seen: WalkNotes = { negativeZero: false };`
 */
export interface WalkNotes {
  /** Whether the input holds -0, which JSON writes as 0. */
  negativeZero: boolean;
  /** The own keys of each object with more than {@link WIDE_OBJECT} of them. */
  wide?: Map<object, readonly string[]>;
}

/**
 * Walks an input once and returns the first limit it breaks, or `undefined`.
 * The walk stops at the first problem and never goes deeper than
 * `maxDepth`, so it is bounded however big or cyclic the input is. Only
 * plain objects and lists are entered; any other value counts as one value
 * (the schema reports it). It also notes, in `seen`, whether the input holds
 * -0, which JSON writes as 0, and the keys of its wide objects.
 *
 * @internal
 * @example
 * ```ts
 * sizeProblem({ title: 'Bus travel' }, PROJECT_LIMITS, 'project document') // undefined: within every limit
 * sizeProblem({ members: Array(100_001).fill(0) }, PROJECT_LIMITS, 'project document')
 * // { pointer: '/members', message: 'holds 100001 items; a list may hold at most 100000', ... }
 * ```
 */
export function sizeProblem(
  input: unknown,
  limits: SizeLimits,
  what: string,
  seen: WalkNotes = { negativeZero: false },
): ProblemDetail | undefined {
  // The path is built only on the way back from a problem: keeping it on
  // the way down cost a push and a pop for every value of every document.
  const path: (string | number)[] = [];
  let values = 0;
  let found: string | undefined;
  let whole = false;
  const fail = (message: string): false => {
    found = message;
    return false;
  };
  const walk = (value: unknown, depth: number): boolean => {
    values += 1;
    if (values > limits.maxValues) {
      whole = true;
      return fail(`the ${what} holds more than ${limits.maxValues} values`);
    }
    if (typeof value === 'string') {
      return value.length <= limits.maxStringLength
        ? true
        : fail(`is ${value.length} characters long; at most ${limits.maxStringLength} are allowed`);
    }
    if (typeof value !== 'object' || value === null) {
      if (value === 0 && Object.is(value, -0)) seen.negativeZero = true;
      return true;
    }
    if (depth >= limits.maxDepth) {
      return fail(`nests more than ${limits.maxDepth} levels deep`);
    }
    if (Array.isArray(value)) {
      if (value.length > limits.maxListLength) {
        return fail(`holds ${value.length} items; a list may hold at most ${limits.maxListLength}`);
      }
      for (let i = 0; i < value.length; i++) {
        if (!walk(value[i], depth + 1)) {
          path.push(i);
          return false;
        }
      }
      return true;
    }
    if (!isPlainObject(value)) return true;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // Listing the keys of an object with a million of them takes long: keep
    // the list of a wide one, so the readers after this walk need not list them again.
    if (keys.length > WIDE_OBJECT) {
      seen.wide ??= new Map();
      seen.wide.set(record, keys);
    }
    for (const key of keys) {
      if (key.length > limits.maxStringLength) {
        return fail(
          `has a key ${key.length} characters long; at most ${limits.maxStringLength} are allowed`,
        );
      }
      if (!walk(record[key], depth + 1)) {
        path.push(key);
        return false;
      }
    }
    return true;
  };
  if (walk(input, 0) || found === undefined) return undefined;
  return problem(whole ? [] : path.reverse(), found);
}

/**
 * Throws a `limit-exceeded` {@link CoproduceError} if the input breaks a limit.
 *
 * @internal
 * @example `assertWithinLimits(input, PROJECT_LIMITS, 'project document')`
 */
export function assertWithinLimits(
  input: unknown,
  limits: SizeLimits,
  what: string,
  seen?: WalkNotes,
): void {
  const found = sizeProblem(input, limits, what, seen);
  if (found) {
    throw new CoproduceError(
      'limit-exceeded',
      `The ${what} is too large to read: ${found.pointer || '(document)'} ${found.message}.`,
      [found],
    );
  }
}

/**
 * Throws a `limit-exceeded` {@link CoproduceError} if JSON text is longer
 * than the limit, before it is parsed.
 *
 * @internal
 * @example
 * ```ts
 * assertTextWithinLimit('{"id":"p-01"}', { ...PROJECT_LIMITS, maxJsonLength: 5 }, 'project document');
 * // throws limit-exceeded: 'The project document is 13 characters of JSON; at most 5 are read.'
 * ```
 */
export function assertTextWithinLimit(text: string, limits: SizeLimits, what: string): void {
  if (text.length > limits.maxJsonLength) {
    throw new CoproduceError(
      'limit-exceeded',
      `The ${what} is ${text.length} characters of JSON; at most ${limits.maxJsonLength} are read.`,
      [
        problem([], `is longer than ${limits.maxJsonLength} characters`, {
          code: 'json-too-long',
          params: { max: String(limits.maxJsonLength) },
        }),
      ],
    );
  }
}
