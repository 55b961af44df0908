/**
 * Wrapping plain text to a width, for the text reports and the command
 * line: one definition, so every plain-text output breaks lines alike.
 *
 * @module
 */

/**
 * Wraps text at spaces to `width` columns: the first line indented by
 * `firstIndent` spaces, the others by `indent`. A word longer than the room
 * is kept whole on its own line; at least 20 columns are always allowed.
 * Only ASCII white space breaks a line, so a no-break space holds.
 *
 * @internal
 * @example `wrapWords('Dev, Sean, Priya and Tomasz Kowalski', 24, 2) // ['  Dev, Sean, Priya and', '  Tomasz Kowalski']`
 */
export function wrapWords(
  text: string,
  width: number,
  indent: number,
  firstIndent = indent,
): string[] {
  const lines: string[] = [];
  let line = '';
  let room = Math.max(20, width - firstIndent);
  for (const word of text.split(/[ \t\n\r\f\v]+/)) {
    if (word === '') continue;
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
      room = Math.max(20, width - indent);
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => `${' '.repeat(i === 0 ? firstIndent : indent)}${l}`);
}
