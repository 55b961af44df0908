/**
 * Describing a JSON syntax error for a person: where it is (line and
 * column), what kind of mistake it looks like, and never the text itself.
 * `JSON.parse` quotes the start of the text in some of its messages, which
 * would put the start of a secrets file in an error message if a
 * configuration named `.env`.
 *
 * @module
 */
import { CoproduceError, type ProblemDetail, problem } from './errors.js';

/**
 * A JSON syntax error in plain words: the line and column, and a hint for
 * the common mistakes (a comma before `}` or `]`, comments, curly quotes,
 * single quotes, a file that is not JSON at all). The text itself is never
 * quoted. Exported from `coproduce/node` for tools that read JSON files.
 *
 * @category Node
 * @example
 * ```ts
 * try { JSON.parse(text); } catch (error) { console.log(describeJsonSyntaxError(text, error)); }
 * // 'a comma before "}" (line 3, column 1): JSON allows no comma after the last item'
 * ```
 */
export function describeJsonSyntaxError(text: string, error: unknown): string {
  const { kind, params } = jsonSyntaxMistake(text, error);
  const where = params.line !== undefined ? ` (line ${params.line}, column ${params.column})` : '';
  switch (kind) {
    case 'ends-early':
      return 'it ends too early: a closing "}", "]" or quote is missing';
    case 'unclosed-bracket':
      return `it ends too early: the "${params.open}" on line ${params.line}, column ${params.column} is never closed`;
    case 'unclosed-quote':
      return `it ends too early: the quote on line ${params.line}, column ${params.column} is never closed`;
    case 'not-json':
      return `it is not JSON${where}: a JSON file starts with "{" or "["`;
    case 'comment':
      return `a comment${where}: JSON has no comments`;
    case 'curly-quote':
      return `a curly quote${where}: JSON needs straight double quotes ("), as a word processor may have changed them`;
    case 'single-quote':
      return `a single quote${where}: JSON needs double quotes (")`;
    case 'trailing-comma':
      return `a comma before "${params.before}"${where}: JSON allows no comma after the last item`;
    case 'missing-comma':
      return `a comma is missing${where}, or a quote or bracket is not closed`;
    default:
      return `something that is not valid JSON${where}`;
  }
}

/**
 * The kinds of JSON syntax mistake {@link describeJsonSyntaxError} tells
 * apart, as a problem's `params.kind` names them (problem code `invalid-json`).
 *
 * @internal
 * @example `const kind: JsonMistake = 'trailing-comma';`
 */
export type JsonMistake =
  | 'ends-early'
  | 'unclosed-bracket'
  | 'unclosed-quote'
  | 'not-json'
  | 'comment'
  | 'curly-quote'
  | 'single-quote'
  | 'trailing-comma'
  | 'missing-comma'
  | 'duplicate-key'
  | 'other';

/**
 * What a JSON syntax error looks like: its kind, and where it is (line and
 * column, 1-based) when the parser says; `before` is the bracket a
 * trailing comma stands before.
 *
 * @internal
 * @example `jsonSyntaxMistake('[1,]', new SyntaxError('Unexpected token \']\'')).kind // 'trailing-comma'`
 */
export function jsonSyntaxMistake(
  text: string,
  error: unknown,
): {
  kind: JsonMistake;
  params: { line?: number; column?: number; before?: string; open?: string };
} {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON )?input/i.test(message) || text.trim() === '') return endsEarly(text);
  const offset = errorOffset(text, message);
  if (offset !== undefined && text.slice(offset).trim() === '') return endsEarly(text);
  const where = offset === undefined ? {} : positionAt(text, offset);
  const at = offset === undefined ? '' : text.slice(offset, offset + 2);
  const before = offset === undefined ? '' : text.slice(0, offset).trimEnd();
  const start = firstNonSpace(text);
  if (!/^([[{"\-\d]|(true|false|null)\b)/.test(text.slice(start))) {
    return { kind: 'not-json', params: { ...positionAt(text, start) } };
  }
  if (at.startsWith('//') || at.startsWith('/*')) return { kind: 'comment', params: where };
  if (
    at.startsWith('\u201c') ||
    at.startsWith('\u201d') ||
    at.startsWith('\u2018') ||
    at.startsWith('\u2019')
  ) {
    return { kind: 'curly-quote', params: where };
  }
  if (at.startsWith("'")) return { kind: 'single-quote', params: where };
  if (before.endsWith(',') && (at.startsWith('}') || at.startsWith(']'))) {
    return { kind: 'trailing-comma', params: { ...where, before: at[0] as string } };
  }
  if (/property name/.test(message) && before.endsWith(',')) {
    return { kind: 'trailing-comma', params: { ...where, before: '}' } };
  }
  if (/after (property value|array element)/.test(message)) {
    return { kind: 'missing-comma', params: where };
  }
  return { kind: 'other', params: where };
}

/**
 * A text that ends too early, with the bracket or quote left open where one
 * is: the innermost, as that is the one a closing character would close
 * first. One pass over the text, skipping what is inside strings.
 */
function endsEarly(text: string): ReturnType<typeof jsonSyntaxMistake> {
  const open: number[] = [];
  const { openQuote } = outsideStrings(text, (c, i) => {
    if (c === '{' || c === '[') open.push(i);
    else if (c === '}' || c === ']') open.pop();
    return false;
  });
  if (openQuote !== undefined)
    return { kind: 'unclosed-quote', params: positionAt(text, openQuote) };
  const last = open.at(-1);
  if (last === undefined) return { kind: 'ends-early', params: {} };
  return {
    kind: 'unclosed-bracket',
    params: { ...positionAt(text, last), open: text[last] as string },
  };
}

/**
 * Visits each character of a JSON text outside its strings, in order, until
 * `visit` returns true: where it stopped, if it did, and where a string left
 * open at the end starts, if one is.
 */
function outsideStrings(
  text: string,
  visit: (c: string, i: number) => boolean,
): { stoppedAt?: number; openQuote?: number } {
  let quote = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote >= 0) {
      if (c === '\\') i++;
      else if (c === '"') quote = -1;
    } else if (c === '"') quote = i;
    else if (visit(c, i)) return { stoppedAt: i };
  }
  return quote >= 0 ? { openQuote: quote } : {};
}

/**
 * The first key written twice in one object of a valid JSON text, with
 * where both are. `JSON.parse` keeps the last silently, so a council that
 * adds a second "severity" lower down a rule file would see its first one
 * ignored without a word. One pass, outside strings but for keys; a key
 * with an escape is decoded, so "a" and "\u0061" are the same key.
 *
 * @internal
 * @example `firstDuplicateKey('{"a": 1,\n "a": 2}')?.key // 'a'`
 */
export function firstDuplicateKey(
  text: string,
): { key: string; first: number; again: number } | undefined {
  // For each open object, the offsets of its keys by key; null for a list.
  const open: (Map<string, number> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) {
          escaped = true;
          i++;
        } else if (d === 34) break;
      }
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const raw = text.slice(start, i + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const first = keys.get(key);
        if (first !== undefined) return { key, first, again: start };
        keys.set(key, start);
        expectKey = false;
      }
    } else if (c === 123 /* { */) {
      open.push(new Map());
      expectKey = true;
    } else if (c === 91 /* [ */) {
      open.push(null);
      expectKey = false;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      open.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      expectKey = open[open.length - 1] != null;
    }
  }
  return undefined;
}

/** Where the error is, from V8's "at position N", or by finding the unexpected character. */
function errorOffset(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  // "Unexpected token 'S', "…" is not valid JSON": V8 gives the character, not where it is.
  const token = /Unexpected token '(.)'/su.exec(message)?.[1];
  if (token === undefined) return undefined;
  return outsideStrings(text, (c) => c === token).stoppedAt;
}

function firstNonSpace(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : 0;
}

/**
 * A 1-based line and column, as an editor shows them, for an offset into text.
 *
 * @internal
 * @example `lineAndColumn('{\n  "a": x', 9) // 'line 2, column 8'`
 */
export function lineAndColumn(text: string, offset: number): string {
  const { line, column } = positionAt(text, offset);
  return `line ${line}, column ${column}`;
}

/**
 * A place in a text as an editor shows it: 1-based line and column.
 *
 * @category Node
 * @example `const at: TextPosition = { line: 812, column: 7 };`
 */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Whether a text starts with a UTF-8 byte-order mark (U+FEFF), which editors do not show. */
function hasByteOrderMark(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

/**
 * Reads JSON text the same way everywhere a file or a text is read: a
 * leading byte-order mark is accepted and skipped (editors on Windows
 * write one, and nobody can see it), and broken JSON is a
 * `CoproduceError` with code `invalid-json` whose problem says what the
 * mistake looks like, with its line and column, without quoting the text.
 *
 * `what` names the text in the summary ("The project is not valid JSON");
 * `extra.file` is kept in the problem, and `extra.summaryPrefix` replaces
 * "The project is" when a file is to be named instead. `extra.uniqueKeys`
 * refuses a key given twice in one object (problem kind `duplicate-key`),
 * which `JSON.parse` would read as the last one without a word.
 *
 * @throws {@link CoproduceError} `invalid-json`.
 *
 * @category Node
 * @example `readJsonText('\uFEFF{"a": 1}', 'configuration') // { a: 1 }`
 */
export function readJsonText(
  text: string,
  what: string,
  extra: {
    readonly file?: string;
    readonly summaryPrefix?: string;
    readonly uniqueKeys?: boolean;
  } = {},
): unknown {
  const body = hasByteOrderMark(text) ? text.slice(1) : text;
  try {
    const data: unknown = JSON.parse(body);
    if (extra.uniqueKeys === true) refuseDuplicateKeys(body, what, extra);
    return data;
  } catch (error) {
    if (error instanceof CoproduceError) throw error;
    const why = describeJsonSyntaxError(body, error);
    const at = syntaxErrorPosition(body, error);
    const mistake = jsonSyntaxMistake(body, error);
    const detail: ProblemDetail = {
      ...problem([], `is not valid JSON: ${why}`, {
        ...(extra.file !== undefined ? { file: extra.file } : {}),
        code: 'invalid-json',
        params: { kind: mistake.kind, ...mistake.params },
      }),
      ...(at ? { line: at.line, column: at.column } : {}),
    };
    throw new CoproduceError(
      'invalid-json',
      `${extra.summaryPrefix ?? `The ${what} is`} not valid JSON: ${why}.`,
      [detail],
    );
  }
}

/**
 * Refuses a JSON text that gives a key twice in one object, saying where
 * both are. Run on the files people write by hand (configurations, rule
 * files, messages, rule tests): a project file is written by software, and
 * the scan would cost more than reading it.
 *
 * @internal
 * @throws {@link CoproduceError} `invalid-json`, with the problem's kind `duplicate-key`.
 */
export function refuseDuplicateKeys(
  text: string,
  what: string,
  extra: { readonly file?: string; readonly summaryPrefix?: string } = {},
): void {
  const body = hasByteOrderMark(text) ? text.slice(1) : text;
  const found = firstDuplicateKey(body);
  if (found === undefined) return;
  const at = positionAt(body, found.again);
  const firstLine = positionAt(body, found.first).line;
  const why = `the key "${found.key}" on line ${at.line}, column ${at.column} is already given on line ${firstLine} in the same object: only the last would be read, so keep one`;
  throw new CoproduceError(
    'invalid-json',
    `${extra.summaryPrefix ?? `The ${what} is`} ambiguous JSON: ${why}.`,
    [
      {
        ...problem([], `is ambiguous JSON: ${why}`, {
          ...(extra.file !== undefined ? { file: extra.file } : {}),
          code: 'invalid-json',
          params: { kind: 'duplicate-key', key: found.key, firstLine, ...at },
        }),
        line: at.line,
        column: at.column,
      },
    ],
  );
}

/** The line and column of a syntax error, when the parser says where it is. */
function syntaxErrorPosition(text: string, error: unknown): TextPosition | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON )?input/i.test(message) || text.trim() === '') return undefined;
  const offset = errorOffset(text, message);
  return offset === undefined ? undefined : positionAt(text, offset);
}

/** The 1-based line and column of an offset into a text. */
function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const escapePointerSegment = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Where values sit in a JSON text: for each JSON Pointer asked for, the
 * line and column of its key (for a member of an object) or of its value
 * (for an item of a list). Pointers the text does not hold are left out.
 * One pass over the text, skipping every part that holds nothing asked
 * for, so its cost is bounded by the text's length; the text must be valid
 * JSON (a byte-order mark is allowed).
 *
 * @internal
 * @example `jsonPositions('{\n  "a": [1, 2]\n}', ['/a/1']).get('/a/1') // { line: 2, column: 12 }`
 */
export function jsonPositions(text: string, pointers: Iterable<string>): Map<string, TextPosition> {
  const wanted = new Set(pointers);
  const prefixes = new Set<string>(['']);
  for (const pointer of wanted) {
    let at = pointer.indexOf('/', 1);
    while (at > 0) {
      prefixes.add(pointer.slice(0, at));
      at = pointer.indexOf('/', at + 1);
    }
    prefixes.add(pointer);
  }
  const found = new Map<string, TextPosition>();
  const n = text.length;
  let i = hasByteOrderMark(text) ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const record = (pointer: string, at: number) => {
    if (wanted.has(pointer) && !found.has(pointer)) {
      found.set(pointer, { line, column: at - lineStart + 1 });
    }
  };
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        i++;
        line++;
        lineStart = i;
      } else if (c === 32 || c === 9 || c === 13) i++;
      else break;
    }
  };
  // Valid JSON strings hold no raw line breaks, so skipping one never passes a line.
  const skipString = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else {
        i++;
        if (c === 34) return;
      }
    }
  };
  const skipContainer = () => {
    let depth = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        skipString();
        continue;
      }
      if (c === 10) {
        line++;
        lineStart = i + 1;
      } else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      }
      i++;
    }
  };
  const skipScalar = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9) return;
      i++;
    }
  };
  interface Frame {
    readonly array: boolean;
    readonly pointer: string;
    index: number;
  }
  const frames: Frame[] = [];
  /** The pointer of the value to read next, or undefined between values. */
  let pending: string | undefined = '';
  skipSpace();
  record('', i);
  while (i < n) {
    skipSpace();
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (pending !== undefined) {
      const pointer: string = pending;
      pending = undefined;
      if (c === 123 || c === 91) {
        if (!prefixes.has(pointer)) {
          skipContainer();
          continue;
        }
        frames.push({ array: c === 91, pointer, index: -1 });
        i++;
      } else if (c === 34) skipString();
      else skipScalar();
      continue;
    }
    const frame = frames[frames.length - 1];
    if (frame === undefined) break;
    if (c === 125 || c === 93) {
      frames.pop();
      i++;
      continue;
    }
    if (c === 44) {
      i++;
      skipSpace();
    }
    if (frame.array) {
      frame.index++;
      const pointer = `${frame.pointer}/${frame.index}`;
      record(pointer, i);
      pending = pointer;
      continue;
    }
    const keyStart = i;
    skipString();
    const raw = text.slice(keyStart, i);
    const key = raw.includes('\\') ? String(JSON.parse(raw)) : raw.slice(1, -1);
    const pointer = `${frame.pointer}/${escapePointerSegment(key)}`;
    record(pointer, keyStart);
    skipSpace();
    i++; // the colon
    pending = pointer;
  }
  return found;
}

/**
 * Adds the line and column of each problem in a JSON text: where its value
 * is, or for a value that is missing, where the nearest enclosing value
 * is. Problems that already have a line keep it. Bounded: one pass over
 * the text, whatever the number of problems.
 *
 * @category Node
 * @example
 * ```ts
 * try { parseProject(JSON.parse(text)); }
 * catch (error) { if (isCoproduceError(error)) console.log(locateProblems(error.problems, text)[0]?.line); }
 * ```
 */
export function locateProblems(problems: readonly ProblemDetail[], text: string): ProblemDetail[] {
  const pointers = new Set<string>();
  for (const p of problems) {
    if (p.line !== undefined) continue;
    let pointer = p.pointer;
    for (;;) {
      pointers.add(pointer);
      if (pointer === '') break;
      pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    }
  }
  if (pointers.size === 0) return [...problems];
  let positions: Map<string, TextPosition>;
  try {
    positions = jsonPositions(text, pointers);
  } catch {
    return [...problems];
  }
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    let pointer = p.pointer;
    for (;;) {
      const at = positions.get(pointer);
      if (at) return { ...p, line: at.line, column: at.column };
      if (pointer === '') return p;
      pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    }
  });
}
