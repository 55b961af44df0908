/**
 * A portfolio run stopped from outside (Ctrl-C, a closed terminal, `kill`,
 * a reader that stops reading) as a user stops it: a separate process, sent
 * a real signal while it is checking, or piped into a reader that goes away.
 * Its temporary part files can run to hundreds of megabytes for a big
 * portfolio, so none may be left behind.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, createWorkspace } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = join(ROOT, 'src/cli/main.ts');

let dir = '';

beforeAll(() => {
  const workspace = createWorkspace();
  dir = workspace.dir;
  // Enough projects that the run is still checking when the signal comes.
  mkdirSync(join(dir, 'big'));
  const base = JSON.parse(readFileSync('examples/portfolio/school-routes.json', 'utf8'));
  for (let i = 1; i <= 400; i++) {
    writeFileSync(
      join(dir, 'big', `p-${String(i).padStart(3, '0')}.json`),
      JSON.stringify({ ...base, id: `copy-${i}`, title: `School routes ${i}` }),
    );
  }
  return workspace.cleanup;
});

/** Waits until `ready()` holds, or fails after `ms`. */
async function until(ready: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error('The run never set its part files aside');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('a portfolio run stopped by a signal', () => {
  it.each([
    ['SIGINT', '1'],
    ['SIGTERM', '2'],
  ] as const)(
    'removes its temporary part files on %s (--threads %s) and stops as the signal would',
    async (signal, threads) => {
      const tmp = join(dir, `tmp-${signal}`);
      mkdirSync(tmp);
      const child = spawn(
        process.execPath,
        [
          '--import',
          TSX,
          MAIN,
          'check',
          'big',
          '--as-of',
          AS_OF,
          '-f',
          'json',
          '--out',
          `${signal}.json`,
          '--threads',
          threads,
        ],
        { cwd: dir, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' },
      );
      const exited = once(child, 'exit');
      // Stopped once this thread's part file exists, while projects are being checked.
      await until(
        () =>
          child.exitCode !== null ||
          readdirSync(tmp).some((entry) => existsSync(join(tmp, entry, 'part-main'))),
        60_000,
      );
      expect(child.exitCode, 'the run ended before it could be stopped').toBeNull();
      child.kill(signal);
      const [code, stoppedBy] = await exited;
      // The shell sees the run stopped by the signal, as without coproduce's clean-up.
      expect({ code, stoppedBy }).toEqual({ code: null, stoppedBy: signal });
      // tsx, which runs the sources here, keeps a cache of its own there.
      expect(readdirSync(tmp).filter((entry) => !entry.startsWith('tsx-'))).toEqual([]);
    },
    120_000,
  );

  it('removes them when the reader of its output goes away early, as `| head` does', async () => {
    const tmp = join(dir, 'tmp-pipe');
    mkdirSync(tmp);
    const child = spawn(
      process.execPath,
      ['--import', TSX, MAIN, 'check', 'big', '--as-of', AS_OF, '-f', 'json', '--threads', '1'],
      { cwd: dir, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const exited = once(child, 'exit');
    // The report is written once every project is checked, from the part files:
    // the reader takes its first piece and goes, while the rest is still to come.
    const [first] = await once(child.stdout!, 'data');
    expect(String(first)).toMatch(/^\{/);
    child.stdout!.destroy();
    const [code] = await exited;
    expect(code).toBe(0);
    expect(readdirSync(tmp).filter((entry) => !entry.startsWith('tsx-'))).toEqual([]);
  }, 120_000);
});
