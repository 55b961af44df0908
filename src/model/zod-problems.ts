import type * as z from 'zod';
import { type ProblemDetail, problem } from './errors.js';
import { DATE_YEARS } from './primitives.js';
import { suggestValue } from './suggest.js';

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  literal: 'a fixed value',
  date: 'a date',
};

function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  switch (typeof input) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return typeof input;
  }
}

const formatHints: Record<string, string> = {
  'date-time': `a date and time with a time zone offset, like 2025-03-14T18:30:00+00:00, in the years ${DATE_YEARS.first} to ${DATE_YEARS.last}`,
  date: `a calendar date like 2025-03-14, in the years ${DATE_YEARS.first} to ${DATE_YEARS.last}`,
};

/**
 * "; did you mean …?" when a wrong value is near one of the allowed ones.
 * The wrong value itself is not repeated: the file may not be the reader's own.
 */
function didYouMean(input: unknown, allowed: readonly unknown[]): string {
  const guess = suggestValue(input, allowed);
  return guess !== undefined ? `; did you mean "${guess}"?` : '';
}

/**
 * A union whose every option failed on the value itself ("off" or a
 * severity, or an object of settings): what it may be, all options
 * together, with a "did you mean" for a near value.
 */
function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const values: unknown[] = [];
  const types: string[] = [];
  for (const list of issue.errors) {
    const only = list.length === 1 ? list[0] : undefined;
    if (only?.path.length !== 0) return 'does not match any of the allowed shapes';
    if (only.code === 'invalid_value') values.push(...only.values);
    else if (only.code === 'invalid_type') types.push(typeNames[only.expected] ?? only.expected);
    else return 'does not match any of the allowed shapes';
  }
  const kinds = [...new Set(types)];
  const listed = values.map((v) => JSON.stringify(v)).join(', ');
  const head = values.length === 0 ? '' : values.length === 1 ? listed : `one of ${listed}`;
  const tail = kinds.join(' or ');
  const what = head && tail ? `${head}, or ${tail}` : head || tail;
  return `must be ${what}${didYouMean((issue as { input?: unknown }).input, values)}`;
}

/**
 * Renders one zod issue in plain words.
 */
function describeIssue(issue: z.core.$ZodIssue): string[] {
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) return ['is required'];
      // A fraction where a whole number belongs: "not a number" would be wrong.
      if (issue.expected === 'int' && typeof input === 'number' && Number.isFinite(input))
        return [`must be a whole number, not ${String(input)}`];
      const expected = typeNames[issue.expected] ?? issue.expected;
      return [`must be ${expected}, not ${describeReceived(input)}`];
    }
    case 'invalid_format': {
      const hint = formatHints[issue.format];
      if (hint) return [`must be ${hint}`];
      if (issue.format === 'regex') return [issue.message ?? 'is not in the expected form'];
      return [`must be a valid ${issue.format}`];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const guess = didYouMean((issue as { input?: unknown }).input, issue.values);
      return issue.values.length === 1
        ? [`must be ${options}${guess}`]
        : [`must be one of ${options}${guess}`];
    }
    case 'too_small': {
      if (issue.origin === 'array')
        return [
          `must hold at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`,
        ];
      if (issue.origin === 'string') return ['must not be empty'];
      return [`must be at least ${String(issue.minimum)}`];
    }
    case 'too_big': {
      if (issue.origin === 'array') return [`must hold at most ${String(issue.maximum)} items`];
      if (issue.origin === 'string')
        return [`must be at most ${String(issue.maximum)} characters long`];
      return [`must be at most ${String(issue.maximum)}`];
    }
    case 'not_multiple_of':
      return ['must be a whole number'];
    case 'invalid_union':
      return [unionMessage(issue)];
    case 'custom':
      return [issue.message];
    default:
      // z.json() rejects non-JSON values (NaN, functions, undefined) with a generic message.
      return [
        issue.message === 'Invalid input'
          ? 'must be plain JSON data: text, a finite number, true or false, null, a list or an object'
          : issue.message,
      ];
  }
}

/**
 * The issues of the one option of a union that the value was meant for: the
 * only option that did not fail on the value's type itself (a list given to
 * `'unknown' | 'none' | AccessNeed[]` was meant for the list). Its problems
 * say what is wrong inside, rather than "does not match any shape".
 */
function unionBranch(issue: z.core.$ZodIssue): readonly z.core.$ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const near = issue.errors.filter(
    (list) =>
      !list.every(
        (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
      ),
  );
  return near.length === 1 ? near[0] : undefined;
}

/**
 * Converts zod's issues into {@link ProblemDetail}s with plain-word messages.
 * Unknown keys get one problem each, at the key's own path; at the top of a
 * document the hint points to `extensions`, where a council's own fields belong.
 *
 * @internal
 */
export function zodProblems(
  error: z.ZodError,
  options: {
    basePath?: readonly (string | number)[];
    topLevelKeysHint?: string;
    /** Stop after this many problems (an object can have a million unknown keys). */
    max?: number;
  } = {},
): ProblemDetail[] {
  const base = options.basePath ?? [];
  const max = options.max ?? Number.POSITIVE_INFINITY;
  const out: ProblemDetail[] = [];
  for (const issue of error.issues) {
    if (out.length >= max) break;
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const branch = unionBranch(issue);
    if (branch) {
      const inner = { issues: branch } as unknown as z.ZodError;
      out.push(...zodProblems(inner, { basePath: path, max: max - out.length }));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const hint =
        issue.path.length === 0 && options.topLevelKeysHint
          ? options.topLevelKeysHint
          : 'check its spelling, or keep it under "extensions"';
      for (const key of issue.keys) {
        if (out.length >= max) break;
        out.push(problem([...path, key], `unknown field: ${hint}`));
      }
      continue;
    }
    for (const message of describeIssue(issue)) out.push(problem(path, message));
  }
  return out;
}
