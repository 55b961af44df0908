/**
 * Describing a JSON syntax error for a person: where it is (line and
 * column), what kind of mistake it looks like, and never the text itself.
 * `JSON.parse` quotes the start of the text in some of its messages, which
 * would put the start of a secrets file in an error message if a
 * configuration named `.env`.
 *
 * @module
 */

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
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON )?input/i.test(message) || text.trim() === '') {
    return 'it ends too early: a closing "}", "]" or quote is missing';
  }
  const offset = errorOffset(text, message);
  if (offset !== undefined && text.slice(offset).trim() === '') {
    return 'it ends too early: a closing "}", "]" or quote is missing';
  }
  const where = offset === undefined ? '' : ` (${lineAndColumn(text, offset)})`;
  const at = offset === undefined ? '' : text.slice(offset, offset + 2);
  const before = offset === undefined ? '' : text.slice(0, offset).trimEnd();
  const start = firstNonSpace(text);
  if (!/^([[{"\-\d]|(true|false|null)\b)/.test(text.slice(start))) {
    return `it is not JSON (${lineAndColumn(text, start)}): a JSON file starts with "{" or "["`;
  }
  if (at.startsWith('//') || at.startsWith('/*')) {
    return `a comment${where}: JSON has no comments`;
  }
  if (
    at.startsWith('\u201c') ||
    at.startsWith('\u201d') ||
    at.startsWith('\u2018') ||
    at.startsWith('\u2019')
  ) {
    return `a curly quote${where}: JSON needs straight double quotes ("), as a word processor may have changed them`;
  }
  if (at.startsWith("'")) return `a single quote${where}: JSON needs double quotes (")`;
  if (before.endsWith(',') && (at.startsWith('}') || at.startsWith(']'))) {
    return `a comma before "${at[0]}"${where}: JSON allows no comma after the last item`;
  }
  if (/property name/.test(message) && before.endsWith(',')) {
    return `a comma before "}"${where}: JSON allows no comma after the last item`;
  }
  if (/after (property value|array element)/.test(message)) {
    return `a comma is missing${where}, or a quote or bracket is not closed`;
  }
  return `something that is not valid JSON${where}`;
}

/** Where the error is, from V8's "at position N", or by finding the unexpected character. */
function errorOffset(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  // "Unexpected token 'S', "…" is not valid JSON": V8 gives the character, not where it is.
  const token = /Unexpected token '(.)'/su.exec(message)?.[1];
  if (token === undefined) return undefined;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === token) return i;
  }
  return undefined;
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
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${offset - start + 1}`;
}
