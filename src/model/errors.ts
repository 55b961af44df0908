/**
 * The one error class of the library. Problems found *in* a project are
 * issues in a check report; this error is for input that cannot be used at
 * all: an invalid document, a rejected command, a broken rule file.
 *
 * @module
 */

/**
 * Why a {@link CoproduceError} was thrown. Front ends switch on this rather
 * than on message text.
 *
 * @category Model
 * @example
 * ```ts
 * const code: CoproduceErrorCode = 'invalid-project';
 * ```
 */
export type CoproduceErrorCode =
  | 'invalid-project'
  | 'invalid-command'
  | 'unknown-command'
  | 'unsupported-schema-version'
  | 'invalid-json'
  | 'invalid-history'
  | 'nothing-to-undo'
  | 'nothing-to-redo'
  | 'invalid-rule'
  | 'invalid-config'
  | 'invalid-options'
  | 'limit-exceeded'
  | 'file-not-found'
  | 'invalid-report';

/**
 * One problem: where it is and what is wrong, in plain words.
 *
 * @category Model
 * @example
 * ```ts
 * const problem: ProblemDetail = {
 *   path: ['group', 'members', 2, 'joined'],
 *   pointer: '/group/members/2/joined',
 *   message: 'must be a calendar date like 2025-03-14',
 * };
 * ```
 */
export interface ProblemDetail {
  /** Path into the document, as keys and array indexes. */
  readonly path: readonly (string | number)[];
  /** The same path as an RFC 6901 JSON Pointer (`''` for the whole document). */
  readonly pointer: string;
  /** What is wrong, in plain words, without the path. */
  readonly message: string;
  /** The file the problem is in, when it came from a file. */
  readonly file?: string;
  /** The rule the problem is in, for rule and configuration files. */
  readonly ruleId?: string;
  /**
   * Where the problem is, in words a person can find it by: positions
   * counted from 1 and the item's title and id, such as
   * `activity 20 ("Workshop 3", id a-20), start`. Absent for the whole document.
   */
  readonly location?: string;
  /** The line of the value in the JSON text, counted from 1, when the input was text. */
  readonly line?: number;
  /** The column of the value on that line, counted from 1. */
  readonly column?: number;
  /**
   * What kind of problem it is, for a front end to say it in its own words
   * or language: `required`, `invalid-type`, `invalid-value`,
   * `unknown-reference`, `json-syntax`… (see `PROBLEM_CATALOGUES` for every
   * code with a message). Absent for a problem only `message` describes.
   */
  readonly code?: string;
  /** The values the problem's message is made from, by name, for rendering by `code`. */
  readonly params?: Readonly<Record<string, ProblemParam>>;
}

/**
 * One value of a problem's `params`: text, a number, or a list of texts.
 *
 * @category Model
 * @example `const allowed: ProblemParam = ['planning', 'starting'];`
 */
export type ProblemParam = string | number | readonly string[];

/**
 * Turns a path into an RFC 6901 JSON Pointer.
 *
 * @category Model
 * @example
 * ```ts
 * toJsonPointer(['group', 'members', 0, 'id']); // '/group/members/0/id'
 * ```
 */
export function toJsonPointer(path: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of path) {
    pointer += `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  }
  return pointer;
}

/**
 * Builds a {@link ProblemDetail} from a path and a message.
 *
 * @category Model
 * @example
 * ```ts
 * problem(['title'], 'is required');
 * problem(['stage'], 'must be one of "planning", "starting"', {
 *   code: 'invalid-value',
 *   params: { allowed: ['planning', 'starting'] },
 * });
 * ```
 */
export function problem(
  path: readonly (string | number)[],
  message: string,
  extra: {
    file?: string;
    ruleId?: string;
    code?: string;
    params?: Readonly<Record<string, ProblemParam>>;
  } = {},
): ProblemDetail {
  return { path: [...path], pointer: toJsonPointer(path), message, ...extra };
}

/**
 * A file as an error message names it: its name without the folders, so a
 * message (and every log that keeps it) never carries the machine's folder
 * layout. The problem's `file` keeps the path the caller gave, for tools.
 */
function fileName(file: string | undefined): string | undefined {
  return file === undefined ? undefined : (file.split(/[\\/]/).pop() ?? file);
}

function formatProblem(detail: ProblemDetail): string {
  const file = fileName(detail.file);
  const line = detail.line !== undefined ? `line ${detail.line}` : undefined;
  const where = [
    file !== undefined && line !== undefined ? `${file}, ${line}` : (file ?? line),
    detail.ruleId ? `rule ${detail.ruleId}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(': ');
  const at = detail.location ?? (detail.path.length === 0 ? '(document)' : detail.path.join('.'));
  return `${where ? `${where}: ` : ''}${at}: ${detail.message}`;
}

/**
 * Thrown for input the library cannot use. It carries a machine-readable
 * `code` and every problem found, each with its path; its `message` lists
 * them in plain words.
 *
 * @category Model
 * @example
 * ```ts
 * try {
 *   parseProject({ title: 'No id' });
 * } catch (error) {
 *   if (error instanceof CoproduceError && error.code === 'invalid-project') {
 *     for (const p of error.problems) console.log(p.pointer, p.message);
 *   }
 * }
 * ```
 */
export class CoproduceError extends Error {
  override readonly name = 'CoproduceError';
  /** Why the error was thrown. */
  readonly code: CoproduceErrorCode;
  /** Every problem found, in document order. */
  readonly problems: readonly ProblemDetail[];

  constructor(code: CoproduceErrorCode, summary: string, problems: readonly ProblemDetail[] = []) {
    const lines = problems.slice(0, 50).map((p) => `  - ${formatProblem(p)}`);
    if (problems.length > 50) lines.push(`  - ...and ${problems.length - 50} more`);
    super(lines.length > 0 ? `${summary}\n${lines.join('\n')}` : summary);
    this.code = code;
    this.problems = problems;
  }

  /** A plain JSON form, for logs and APIs. */
  toJSON(): { name: string; code: CoproduceErrorCode; message: string; problems: ProblemDetail[] } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      problems: [...this.problems],
    };
  }
}

/**
 * Tells whether a value is a {@link CoproduceError}, also across bundle
 * copies of the library where `instanceof` would fail.
 *
 * @category Model
 * @example
 * ```ts
 * if (isCoproduceError(error)) console.log(error.code);
 * ```
 */
export function isCoproduceError(value: unknown): value is CoproduceError {
  return (
    value instanceof CoproduceError ||
    (value instanceof Error &&
      value.name === 'CoproduceError' &&
      Array.isArray((value as { problems?: unknown }).problems))
  );
}
