/**
 * Keeps the code blocks in `docs/guides/*.md` tied to files that run in CI.
 * Every fenced block in a guide must be one of:
 *
 * - an **include**: `<!-- include: path#region -->` on the line before the
 *   block. The block must equal the lines between `// #region region` and
 *   `// #endregion region` in that file (dedented), or the whole file when
 *   no region is named, or — for a JSON file and a `#/json/pointer` — that
 *   value, pretty-printed;
 * - an **output**: `<!-- output: path [args…] head=N -->`. The block must
 *   equal the first N lines the example prints when run with those args;
 * - a **shell** block (`sh`): each command must be one CI runs (see
 *   `checkCommand`).
 *
 * `UPDATE_GUIDES=1 npx vitest run test/examples/guides.test.ts` rewrites the
 * include and output blocks from their sources.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A fenced code block in a Markdown file, with the marker comment before it. */
export interface Block {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly content: string;
  readonly marker?: Marker | undefined;
  /** Offsets of the content in the file's text, for rewriting it. */
  readonly start: number;
  readonly end: number;
}

export type Marker =
  | { readonly kind: 'include'; readonly path: string; readonly region?: string | undefined }
  | {
      readonly kind: 'output';
      readonly path: string;
      readonly args: readonly string[];
      readonly head: number;
    };

const MARKER = /^<!--\s*(include|output):\s*(.+?)\s*-->\s*$/;

function parseMarker(kind: string, body: string): Marker {
  if (kind === 'include') {
    const [path = '', region] = body.split('#', 2);
    return { kind: 'include', path, region: region || undefined };
  }
  const words = body.split(/\s+/);
  const headWord = words.find((w) => w.startsWith('head='));
  const head = Number(headWord?.slice('head='.length));
  if (!headWord || !Number.isInteger(head) || head < 1) {
    throw new Error(`an output marker needs head=N: "${body}"`);
  }
  const [path = '', ...args] = words.filter((w) => w !== headWord);
  return { kind: 'output', path, args, head };
}

/** Every fenced block of a Markdown text, with its marker if the line before holds one. */
export function findBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let offset = 0;
  const offsets = lines.map((line) => {
    const at = offset;
    offset += line.length + 1;
    return at;
  });
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})(\S*)/.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[2] ?? '```';
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trim().startsWith(fence)) j++;
    if (j >= lines.length) throw new Error(`${file}:${i + 1}: a code block is not closed`);
    const before = (lines[i - 1] ?? '').trim();
    const match = MARKER.exec(before);
    const start = offsets[i + 1] ?? 0;
    const end = offsets[j] ?? text.length;
    blocks.push({
      file,
      line: i + 1,
      lang: open[3] ?? '',
      content: text.slice(start, end).replace(/\n$/, ''),
      marker: match ? parseMarker(match[1] ?? '', match[2] ?? '') : undefined,
      start,
      end,
    });
    i = j;
  }
  return blocks;
}

/** Removes the indentation common to all non-blank lines, and blank lines at either end. */
export function dedent(lines: readonly string[]): string {
  const kept = [...lines];
  while (kept.length > 0 && kept[0]?.trim() === '') kept.shift();
  while (kept.length > 0 && kept.at(-1)?.trim() === '') kept.pop();
  const indent = Math.min(
    ...kept.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)?.[0].length ?? 0),
  );
  return kept.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

const REGION = /^\s*\/\/\s*#(region|endregion)\b\s*(\S*)/;

/** The lines of a `// #region name` … `// #endregion` in a source text, dedented; other region markers are dropped. */
export function extractRegion(text: string, name: string, where = 'the file'): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => {
    const m = REGION.exec(line);
    return m?.[1] === 'region' && m[2] === name;
  });
  if (start < 0) throw new Error(`${where} has no "// #region ${name}"`);
  const body: string[] = [];
  let depth = 0;
  for (const line of lines.slice(start + 1)) {
    const m = REGION.exec(line);
    if (m?.[1] === 'region') {
      depth++;
      continue;
    }
    if (m?.[1] === 'endregion') {
      if (depth === 0) return dedent(body);
      depth--;
      continue;
    }
    body.push(line);
  }
  throw new Error(`${where}: "// #region ${name}" is not closed`);
}

function jsonPointerGet(value: unknown, pointer: string, where: string): unknown {
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      throw new Error(`${where} has nothing at ${pointer}`);
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** What an include marker says its block must hold. */
export function includedText(marker: Extract<Marker, { kind: 'include' }>): string {
  const text = readFileSync(join(ROOT, marker.path), 'utf8');
  if (marker.region === undefined) return text.replace(/\n$/, '');
  if (marker.region.startsWith('/')) {
    const value = jsonPointerGet(JSON.parse(text), marker.region, marker.path);
    return JSON.stringify(value, null, 2);
  }
  return extractRegion(text, marker.region, marker.path);
}

const run = promisify(execFile);
const outputs = new Map<string, Promise<string>>();

/** Runs an example with tsx (once per path and args) and resolves to what it printed. */
export function exampleOutput(path: string, args: readonly string[] = []): Promise<string> {
  const key = [path, ...args].join('\u0000');
  let output = outputs.get(key);
  if (!output) {
    output = run(process.execPath, ['--import', 'tsx', path, ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1' },
    }).then(({ stdout }) => stdout);
    outputs.set(key, output);
  }
  return output;
}

/** What an output marker says its block must hold. */
export async function outputText(marker: Extract<Marker, { kind: 'output' }>): Promise<string> {
  const stdout = await exampleOutput(marker.path, marker.args);
  return stdout.split('\n').slice(0, marker.head).join('\n').trimEnd();
}

/** The `examples` script of package.json, split into its commands. */
export function exampleCommands(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return (pkg.scripts.examples ?? '').split('&&').map((c) => c.trim());
}

/**
 * Why a shell command in a guide is not one CI runs, or undefined when it
 * is: `npx tsx <file> …` for a file the `examples` script runs; `npx vitest
 * run <path>` for a path the `examples` script tests; `npm run <script>` for
 * a script in package.json; `npm install coproduce` (what the pack test
 * does with the packed tarball).
 */
export function checkCommand(command: string): string | undefined {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const ran = exampleCommands();
  const words = command.split(/\s+/);
  if (command === 'npm install coproduce') return undefined;
  if (words[0] === 'npm' && words[1] === 'run') {
    return words[2] !== undefined && words[2] in pkg.scripts
      ? undefined
      : `package.json has no script "${words[2]}"`;
  }
  if (words[0] === 'npx' && words[1] === 'tsx') {
    return ran.includes(`tsx ${words[2]}`)
      ? undefined
      : `"npm run examples" does not run ${words[2]}`;
  }
  if (words[0] === 'npx' && words[1] === 'vitest' && words[2] === 'run') {
    return ran.includes(`vitest run ${words[3]}`)
      ? undefined
      : `"npm run examples" does not run vitest on ${words[3]}`;
  }
  return 'not a command the guides test knows how to check';
}

/** The commands of a shell block: its lines without comments, prompts or blank lines. */
export function shellCommands(content: string): string[] {
  return content
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
