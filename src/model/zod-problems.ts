import type * as z from 'zod';
import { type ProblemDetail, type ProblemParam, problem } from './errors.js';
import { DATE_YEARS } from './primitives.js';
import { closestMatch, suggestValue } from './suggest.js';

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

/** What kind of value was received, as a key of `typeNames` (or `null`, `NaN`…). */
function receivedKind(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return typeof input;
}

function describeReceived(input: unknown): string {
  const kind = receivedKind(input);
  return kind === 'null' || !Object.hasOwn(typeNames, kind) ? kind : (typeNames[kind] as string);
}

/**
 * The schemas' own messages (of a `regex` or a `refine`) that have a problem
 * code, by the message: zod keeps only the words of such a check, so the
 * code is found again from them.
 */
const CODED_MESSAGES = new Map<string, { code: string; params: Record<string, ProblemParam> }>();

/**
 * A schema's own message, noted with the problem code (and values) a front
 * end says it by in its own language. Returns the message, to pass to the
 * check.
 *
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 *
 * const StartsWithA = z.string().regex(/^a/, { message: codedMessage('must start with "a"', 'starts-with-a') });
 * ```
 */
export function codedMessage(
  message: string,
  code: string,
  params: Record<string, ProblemParam> = {},
): string {
  CODED_MESSAGES.set(message, { code, params });
  return message;
}

/**
 * A schema's own message with its code: from the issue's `params` (a
 * `superRefine` that adds the issue gives them) or from {@link codedMessage}.
 */
function ownMessage(message: string, params?: Readonly<Record<string, unknown>>): Described {
  if (typeof params?.code === 'string') {
    const { code, ...values } = params;
    return described(message, code, values as Record<string, ProblemParam>);
  }
  const known = CODED_MESSAGES.get(message);
  return known ? described(message, known.code, known.params) : described(message);
}

/** A problem's words with its code and values, for a front end to say them in its own language. */
interface Described {
  readonly message: string;
  readonly code?: string;
  readonly params?: Record<string, ProblemParam>;
}

function described(
  message: string,
  code?: string,
  params?: Record<string, ProblemParam>,
): Described {
  return code === undefined ? { message } : { message, code, params: params ?? {} };
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

/** The guess of {@link didYouMean} as a parameter, when there is one. */
function guessParam(input: unknown, allowed: readonly unknown[]): Record<string, string> {
  const guess = suggestValue(input, allowed);
  return guess !== undefined ? { guess: String(guess) } : {};
}

/**
 * A union whose every option failed on the value itself ("off" or a
 * severity, or an object of settings): what it may be, all options
 * together, with a "did you mean" for a near value.
 */
function unionMessage(issue: z.core.$ZodIssueInvalidUnion): Described {
  const noShape = described('does not match any of the allowed shapes', 'no-shape');
  const values: unknown[] = [];
  const types: string[] = [];
  for (const list of issue.errors) {
    const only = list.length === 1 ? list[0] : undefined;
    if (only?.path.length !== 0) return noShape;
    if (only.code === 'invalid_value') values.push(...only.values);
    else if (only.code === 'invalid_type') types.push(only.expected);
    else return noShape;
  }
  const typeKeys = [...new Set(types)];
  const kinds = [...new Set(types.map((t) => typeNames[t] ?? t))];
  const listed = values.map((v) => JSON.stringify(v)).join(', ');
  const head = values.length === 0 ? '' : values.length === 1 ? listed : `one of ${listed}`;
  const tail = kinds.join(' or ');
  const what = head && tail ? `${head}, or ${tail}` : head || tail;
  const input = (issue as { input?: unknown }).input;
  return described(`must be ${what}${didYouMean(input, values)}`, 'invalid-choice', {
    allowed: values.map((v) => JSON.stringify(v)),
    types: typeKeys,
    ...guessParam(input, values),
  });
}

/**
 * Renders one zod issue in plain words, with its problem code and values.
 */
function describeIssue(issue: z.core.$ZodIssue): Described[] {
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) return [described('is required', 'required')];
      // A fraction where a whole number belongs: "not a number" would be wrong.
      if (issue.expected === 'int' && typeof input === 'number' && Number.isFinite(input))
        return [
          described(`must be a whole number, not ${String(input)}`, 'not-whole-number', {
            value: input,
          }),
        ];
      const expected = typeNames[issue.expected] ?? issue.expected;
      return [
        described(`must be ${expected}, not ${describeReceived(input)}`, 'invalid-type', {
          expected: issue.expected,
          received: receivedKind(input),
        }),
      ];
    }
    case 'invalid_format': {
      const hint = formatHints[issue.format];
      if (hint)
        return [
          described(`must be ${hint}`, `invalid-${issue.format}`, {
            first: String(DATE_YEARS.first),
            last: String(DATE_YEARS.last),
          }),
        ];
      if (issue.format === 'regex') {
        // zod's own words ("Invalid string: must match pattern …") mean nothing to a reader;
        // a schema's own message says what the form is.
        const own = issue.message !== undefined && !issue.message.startsWith('Invalid string');
        return [
          own
            ? ownMessage(issue.message)
            : described('is not in the expected form', 'not-expected-form'),
        ];
      }
      return [
        described(`must be a valid ${issue.format}`, 'invalid-format', { format: issue.format }),
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const input = (issue as { input?: unknown }).input;
      // Where the input is reported, a missing field arrives as undefined:
      // "must be one of" would send the reader looking for a value that is not there.
      if (Object.hasOwn(issue, 'input') && input === undefined)
        return [described('is required', 'required')];
      const guess = didYouMean(input, issue.values);
      const params = {
        allowed: issue.values.map((v) => JSON.stringify(v)),
        ...guessParam(input, issue.values),
      };
      return issue.values.length === 1
        ? [described(`must be ${options}${guess}`, 'invalid-literal', params)]
        : [described(`must be one of ${options}${guess}`, 'invalid-value', params)];
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'array')
        return [
          described(
            `must hold at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`,
            'too-few-items',
            { minimum },
          ),
        ];
      if (issue.origin === 'string') return [described('must not be empty', 'empty')];
      return [described(`must be at least ${String(issue.minimum)}`, 'too-small', { minimum })];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'array')
        return [
          described(`must hold at most ${String(issue.maximum)} items`, 'too-many-items', {
            maximum,
          }),
        ];
      if (issue.origin === 'string')
        return [
          described(`must be at most ${String(issue.maximum)} characters long`, 'too-long', {
            maximum,
          }),
        ];
      return [described(`must be at most ${String(issue.maximum)}`, 'too-big', { maximum })];
    }
    case 'not_multiple_of':
      return [described('must be a whole number', 'whole-number')];
    case 'invalid_union':
      return [unionMessage(issue)];
    case 'custom':
      return [ownMessage(issue.message, issue.params)];
    case 'invalid_key':
      // A key of a record that is not a valid name: what is wrong with the key itself.
      return issue.issues.flatMap((inner) => describeIssue(inner));
    default:
      // z.json() rejects non-JSON values (NaN, functions, undefined) with a generic message.
      return issue.message === 'Invalid input'
        ? [
            described(
              'must be plain JSON data: text, a finite number, true or false, null, a list or an object',
              'not-json-data',
            ),
          ]
        : [described(issue.message)];
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

/** Wrappers that change nothing about which fields an object has. */
const WRAPPERS: ReadonlySet<string> = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'nonoptional',
  'readonly',
  'catch',
  'lazy',
]);

/**
 * The fields of the object a path leads to in a schema, or `undefined`
 * where the way is not one object (a union of shapes, a transform). Walks
 * the path once, through zod's public accessors only.
 */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): readonly string[] | undefined {
  // Typed loosely: each accessor is read only after the schema's type says it has it.
  type Walkable = z.ZodType & {
    unwrap(): Walkable;
    shape: Record<string, Walkable>;
    element: Walkable;
    valueType: Walkable;
    in: Walkable;
    options: readonly Walkable[];
  };
  // The schema under wrappers; of a union, the one option of the kind the
  // path needs next (a setting written as "off" or as an object, say).
  const settle = (from: Walkable, kinds: readonly string[]): Walkable | undefined => {
    let at = from;
    // A schema nests only as deep as its declaration, so this ends.
    for (;;) {
      if (WRAPPERS.has(at.type)) at = at.unwrap();
      else if (at.type === 'pipe') at = at.in;
      else if (at.type === 'union') {
        const fitting = at.options
          .map((option) => settle(option, kinds))
          .filter((option) => option !== undefined);
        return fitting.length === 1 ? fitting[0] : undefined;
      } else return kinds.includes(at.type) ? at : undefined;
    }
  };
  let at: Walkable | undefined = schema as Walkable;
  for (const step of path) {
    at = settle(at, typeof step === 'number' ? ['array', 'record'] : ['object', 'record']);
    if (at === undefined) return undefined;
    if (at.type === 'object') {
      if (typeof step !== 'string' || !Object.hasOwn(at.shape, step)) return undefined;
      at = at.shape[step] as Walkable;
    } else at = at.type === 'array' ? at.element : at.valueType;
  }
  at = settle(at, ['object']);
  return at === undefined ? undefined : Object.keys(at.shape);
}

/**
 * A field the object does not have: with the nearest field it does have,
 * when one is near enough to be a typo; else a hint (a project document's
 * own at its top), or "keep it under extensions" where the object has
 * `extensions` (or its fields are not known).
 */
function unknownField(
  path: readonly (string | number)[],
  key: string,
  topHint: string | undefined,
  fields: readonly string[] | undefined,
): ProblemDetail {
  const guess = fields === undefined ? undefined : closestMatch(key, fields);
  if (guess !== undefined) {
    return problem(path, `unknown field; did you mean "${guess}"?`, {
      code: 'unknown-field',
      params: { field: key, guess },
    });
  }
  if (topHint !== undefined) {
    return problem(path, `unknown field: ${topHint}`, {
      code: 'unknown-top-field',
      params: { field: key },
    });
  }
  if (fields !== undefined && !fields.includes('extensions')) {
    return problem(path, 'unknown field: check its spelling', {
      code: 'unknown-field',
      params: { field: key, hint: 'spelling' },
    });
  }
  return problem(path, 'unknown field: check its spelling, or keep it under "extensions"', {
    code: 'unknown-field',
    params: { field: key },
  });
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
    /**
     * The schema that was parsed: an unknown field is then matched against
     * the fields its object does have ("did you mean"), and "keep it under
     * extensions" is said only where that object has `extensions`.
     */
    schema?: z.ZodType;
    /** Where in `schema` the error's paths start: for the issues of one branch of a union. */
    schemaPath?: readonly PropertyKey[];
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
      out.push(
        ...zodProblems(inner, {
          basePath: path,
          max: max - out.length,
          ...(options.schema !== undefined
            ? { schema: options.schema, schemaPath: [...(options.schemaPath ?? []), ...issue.path] }
            : {}),
        }),
      );
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const top = issue.path.length === 0 && options.topLevelKeysHint !== undefined;
      const fields =
        options.schema && fieldsAt(options.schema, [...(options.schemaPath ?? []), ...issue.path]);
      for (const key of issue.keys) {
        if (out.length >= max) break;
        out.push(
          unknownField([...path, key], key, top ? options.topLevelKeysHint : undefined, fields),
        );
      }
      continue;
    }
    for (const { message, code, params } of describeIssue(issue)) {
      out.push(problem(path, message, code !== undefined ? { code, params: params ?? {} } : {}));
    }
  }
  return out;
}
