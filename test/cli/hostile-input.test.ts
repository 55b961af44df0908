/**
 * Inputs that once hung the command line or crashed it with a stack trace:
 * devices, pipes, huge files and command names that live on
 * Object.prototype. Each ends in plain words and exit code 2.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/cli/io.js';
import { run } from './helpers.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coproduce-hostile-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('coproduce reads only regular files, and never more than its limit', () => {
  it('refuses a device such as /dev/zero instead of reading it until memory runs out', async () => {
    expect(existsSync('/dev/zero')).toBe(true);
    for (const command of ['check', 'validate']) {
      const result = await run([command, '/dev/zero'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout + result.stderr).toContain('is not a regular file');
      expect(result.stderr).not.toContain('bug');
    }
  });

  it('refuses a named pipe instead of waiting for a writer', async () => {
    const fifo = join(dir, 'project.json');
    execFileSync('mkfifo', [fifo]);
    const result = await run(['check', 'project.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a regular file');
    rmSync(fifo);
  });

  it('refuses a file larger than the limit before reading it', async () => {
    const big = join(dir, 'big.json');
    closeSync(openSync(big, 'w'));
    // Sparse: the size is real, the disk blocks are not.
    truncateSync(big, MAX_INPUT_BYTES + 1);
    for (const command of ['check', 'validate']) {
      const result = await run([command, 'big.json'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout + result.stderr).toContain('is larger than 50 MB');
    }
    rmSync(big);
  });
});

describe('coproduce help with names that live on Object.prototype', () => {
  for (const topic of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`"coproduce help ${topic}" is an unknown command, not a bug`, async () => {
      const result = await run(['help', topic], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`unknown command "${topic}"`);
      expect(result.stderr).not.toMatch(/bug|at .+:\d+/);
    });
  }
});
