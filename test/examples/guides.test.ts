/**
 * Every code block in the guides (`docs/guides/*.md`) is taken from a file
 * that runs in CI, from what an example prints, or is a command CI runs —
 * so the guides cannot drift from the code. See `snippets.ts` for the
 * markers. To refresh the blocks after changing an example:
 *
 * ```sh
 * UPDATE_GUIDES=1 npx vitest run test/examples/guides.test.ts
 * ```
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  checkCommand,
  dedent,
  extractRegion,
  findBlocks,
  includedText,
  outputText,
  ROOT,
  shellCommands,
} from './snippets.js';

const GUIDES = join(ROOT, 'docs', 'guides');
const guides = readdirSync(GUIDES)
  .filter((file) => file.endsWith('.md'))
  .sort();
const update = process.env.UPDATE_GUIDES === '1';

async function expectedContent(block: Block): Promise<string | undefined> {
  if (block.marker?.kind === 'include') return includedText(block.marker);
  if (block.marker?.kind === 'output') return outputText(block.marker);
  return undefined;
}

describe('the snippet markers', () => {
  it('extract regions, JSON values and blocks', () => {
    const source = [
      'before',
      '  // #region a',
      '  const x = 1;',
      '  // #region inner',
      '  if (x) {',
      '    go();',
      '  }',
      '  // #endregion inner',
      '  // #endregion a',
    ].join('\n');
    expect(extractRegion(source, 'a')).toBe('const x = 1;\nif (x) {\n  go();\n}');
    expect(() => extractRegion(source, 'missing')).toThrow(/no "\/\/ #region missing"/);
    expect(dedent(['', '    a', '      b', ''])).toBe('a\n  b');
    const md = '<!-- include: x.ts#a -->\n```ts\nline\n```\n\n```sh\nnpm test\n```\n';
    const blocks = findBlocks('g.md', md);
    expect(blocks.map((b) => [b.lang, b.content, b.marker])).toEqual([
      ['ts', 'line', { kind: 'include', path: 'x.ts', region: 'a' }],
      ['sh', 'npm test', undefined],
    ]);
  });

  it('accept only commands that CI runs', () => {
    expect(checkCommand('npx tsx examples/01-check-a-project/index.ts')).toBeUndefined();
    expect(checkCommand('npx tsx examples/nope.ts')).toMatch(/does not run/);
    expect(checkCommand('npm run docs')).toBeUndefined();
    expect(checkCommand('npm run no-such-script')).toMatch(/no script/);
    expect(checkCommand('rm -rf /')).toMatch(/not a command/);
    expect(shellCommands('# a comment\nnpm test   # and another\n\n')).toEqual(['npm test']);
  });
});

describe.each(guides)('docs/guides/%s', (guide) => {
  const path = join(GUIDES, guide);
  const text = readFileSync(path, 'utf8');
  const blocks = findBlocks(`docs/guides/${guide}`, text);

  it('has a title in its frontmatter', () => {
    expect(text).toMatch(/^---\ntitle: .+\n/);
  });

  it('takes every code block from a file CI runs, or runs it', async () => {
    let updated = text;
    const problems: string[] = [];
    // Rewrite from the end so earlier offsets stay valid.
    for (const block of [...blocks].reverse()) {
      const where = `${block.file}:${block.line}`;
      if (block.lang === 'sh') {
        for (const command of shellCommands(block.content)) {
          const why = checkCommand(command);
          if (why) problems.push(`${where}: "${command}": ${why}`);
        }
        continue;
      }
      if (!block.marker) {
        problems.push(
          `${where}: a \`\`\`${block.lang} block with no <!-- include: … --> or <!-- output: … --> marker`,
        );
        continue;
      }
      if (!existsSync(join(ROOT, block.marker.path))) {
        problems.push(`${where}: ${block.marker.path} does not exist`);
        continue;
      }
      const expected = await expectedContent(block);
      if (expected === undefined || expected === block.content) continue;
      if (update) {
        updated = `${updated.slice(0, block.start)}${expected}\n${updated.slice(block.end)}`;
      } else {
        problems.push(
          `${where}: differs from ${block.marker.path}${block.marker.kind === 'include' && block.marker.region ? `#${block.marker.region}` : ''} ` +
            `(run UPDATE_GUIDES=1 npx vitest run test/examples/guides.test.ts)\n--- guide\n${block.content}\n--- source\n${expected}`,
        );
      }
    }
    if (update && updated !== text) writeFileSync(path, updated);
    expect(problems).toEqual([]);
  }, 120_000);

  it('links only to files that exist', () => {
    const missing: string[] = [];
    for (const match of text.matchAll(/\]\(([^)#\s]+)(#[^)\s]*)?\)/g)) {
      const target = match[1] ?? '';
      if (/^[a-z]+:/.test(target)) continue;
      if (!existsSync(join(GUIDES, target))) missing.push(target);
    }
    expect(missing).toEqual([]);
  });
});
