import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, createWorkspace, type RunOptions, run } from './helpers.js';

let cleanup: () => void;
let at: RunOptions;

beforeAll(() => {
  let dir: string;
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
  cpSync('examples/portfolio', join(dir, 'portfolio'), { recursive: true });
  // A folder with a broken file among good ones, and a file that is not a project.
  mkdirSync(join(dir, 'bad'));
  const base = JSON.parse(readFileSync('examples/portfolio/bus-travel.json', 'utf8'));
  cpSync('examples/portfolio/parks-play.json', join(dir, 'bad', 'a-parks.json'));
  writeFileSync(join(dir, 'bad', 'b-broken.json'), '{ "schemaVersion": 2, "id": "x", }');
  writeFileSync(join(dir, 'bad', 'c-notes.json'), '{ "notes": "not a project" }');
  writeFileSync(join(dir, 'bad', 'd-wrong.json'), JSON.stringify({ ...base, stage: 'almost' }));
  cpSync('examples/portfolio/bus-travel.json', join(dir, 'bad', 'e-bus.json'));
});
afterAll(() => cleanup());

describe('coproduce check --threads', () => {
  it('makes the same report on worker threads as in one thread, in text and JSON', async () => {
    for (const format of ['text', 'json']) {
      const args = ['check', 'portfolio', '--as-of', AS_OF, '--format', format];
      const one = await run([...args, '--threads', '1'], at);
      const two = await run([...args, '--threads', '2'], at);
      expect(one.code).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two).toEqual(one);
    }
    // --anonymise numbers people across projects: the same report whatever --threads says.
    const hidden = ['check', 'portfolio', '--as-of', AS_OF, '--anonymise', '--format', 'json'];
    const one = await run([...hidden, '--threads', '1'], at);
    expect(await run([...hidden, '--threads', '2'], at)).toEqual(one);
    expect(one.stdout).toContain('Person 1');
  });

  it('reports a broken file in a folder word for word as one thread does', async () => {
    const args = ['check', 'bad', '--as-of', AS_OF];
    const one = await run([...args, '--threads', '1'], at);
    const two = await run([...args, '--threads', '2'], at);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('2 of 5 files cannot be checked');
    expect(one.stderr).toContain('b-broken.json');
    expect(one.stderr).toContain('d-wrong.json');
    expect(one.stderr).toContain('Skipped bad/c-notes.json');
    expect(two).toEqual(one);
  });

  it('refuses a --threads that is not a whole number from 1, in English and Welsh', async () => {
    for (const value of ['0', '-1', 'abc', '1.5']) {
      const { code, stderr, stdout } = await run(['check', 'portfolio', `--threads=${value}`], at);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(
        `--threads needs a whole number of threads, 1 or more, not "${value}"`,
      );
    }
    const welsh = await run(['check', 'portfolio', '--threads=0', '--locale', 'cy'], at);
    expect(welsh.code).toBe(2);
    expect(welsh.stderr).toContain('mae angen rhif cyfan o edafedd, 1 neu fwy, ar --threads');
  });

  it('lists --threads in the help, in English and Welsh', async () => {
    expect((await run(['check', '--help'], at)).stdout).toContain('--threads <n>');
    const cy = await run(['check', '--help', '--locale', 'cy'], at);
    expect(cy.stdout).toContain('edafedd gweithio');
  });
});
