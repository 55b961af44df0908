/**
 * The README's command-line lines, run as written (in-process, from the
 * sources) in a fresh folder after `coproduce init`, the README's own first
 * line: each must succeed and write what it says. The files a line names
 * that init does not write are made first (see test/support/readme-lines.ts).
 * test/package/pack.test.ts runs the same lines from the installed package.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareReadmeLine, readmeArgs, readmeCommandLines } from '../support/readme-lines.js';
import { createWorkspace, run } from './helpers.js';

const lines = readmeCommandLines();

describe('the README’s command line', () => {
  const { dir: parent, cleanup } = createWorkspace();
  afterAll(() => cleanup());
  const dir = join(parent, 'fresh');
  mkdirSync(dir);

  it('names the commands it shows, starting with init', () => {
    expect(lines[0]).toBe('coproduce init');
    const commands = new Set(lines.map((line) => line.split(/\s+/)[1]));
    for (const command of [
      'init',
      'validate',
      'check',
      'rules',
      'explain',
      'questions',
      'schema',
    ]) {
      expect(commands, command).toContain(command);
    }
  });

  it.each(lines.map((line, i) => [i + 1, line] as const))(
    'line %i works as written: %s',
    async (_, line) => {
      await prepareReadmeLine(
        line,
        dir,
        async () => (await run(['check', 'project.json', '--format', 'json'], { cwd: dir })).stdout,
      );
      expect(line.split(/\s+/)[0]).toBe('coproduce');
      const args = readmeArgs(line, dir);
      const { code, stdout, stderr } = await run(args, { cwd: dir });
      expect(stderr.replace(/^Wrote the .+\n$/, ''), line).toBe('');
      expect(code, line).toBe(0);
      const out = args[args.indexOf('--out') + 1];
      if (args.includes('--out') && out !== undefined) {
        expect(existsSync(join(dir, out)), out).toBe(true);
        expect(stdout).toBe('');
      } else {
        expect(stdout.length, line).toBeGreaterThan(0);
      }
    },
  );
});
