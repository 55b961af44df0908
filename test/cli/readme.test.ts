/**
 * The README's command-line lines, run as written (in-process, from the
 * sources) in a fresh folder after `coproduce init`, the README's own first
 * line: each must succeed and write what it says. The files a line names
 * that init does not write are made first, as a council would have them: a
 * rule file of its own, a folder of projects, an earlier saved report and a
 * saved history.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createHistory,
  parseProjectJson,
  commands as projectCommands,
  recordCommand,
  serializeHistory,
} from '../../src/index.js';
import { createWorkspace, GOOD_RULE, run } from './helpers.js';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Command line'));
const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
const lines = block
  .split('\n')
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line !== '');

/** What a shell makes of `folder/*.json`: the matching files, sorted. */
function expand(word: string, cwd: string): string[] {
  const star = /^(.*)\/\*\.json$/.exec(word);
  if (!star) return [word];
  const folder = star[1] as string;
  return readdirSync(join(cwd, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

describe('the README’s command line', () => {
  const { dir: parent, cleanup } = createWorkspace();
  afterAll(() => cleanup());
  const dir = join(parent, 'fresh');
  mkdirSync(dir);

  /** The files a line names that `coproduce init` does not write. */
  async function prepare(line: string): Promise<void> {
    if (line.includes('council-rules/') && !existsSync(join(dir, 'council-rules'))) {
      mkdirSync(join(dir, 'council-rules'));
      writeFileSync(join(dir, 'council-rules', 'small-group.json'), JSON.stringify(GOOD_RULE));
    }
    if (line.includes(' projects/') && !existsSync(join(dir, 'projects'))) {
      mkdirSync(join(dir, 'projects'));
      for (const name of readdirSync('examples/portfolio')) {
        copyFileSync(join('examples/portfolio', name), join(dir, 'projects', name));
      }
    }
    if (line.includes('october.json') && !existsSync(join(dir, 'october.json'))) {
      const saved = await run(['check', 'project.json', '--format', 'json'], { cwd: dir });
      writeFileSync(join(dir, 'october.json'), saved.stdout);
      mkdirSync(join(dir, 'reports'));
      writeFileSync(join(dir, 'reports', 'october.json'), saved.stdout);
    }
    if (line.includes('history.json') && !existsSync(join(dir, 'history.json'))) {
      const project = parseProjectJson(readFileSync(join(dir, 'project.json'), 'utf8'));
      const history = recordCommand(
        createHistory(project),
        projectCommands.progressTracking.recordReview({ on: '2026-10-15' }),
        { at: '2026-10-15T10:00:00Z' },
      );
      writeFileSync(join(dir, 'history.json'), serializeHistory(history));
    }
  }

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
      await prepare(line);
      const words = line.split(/\s+/);
      expect(words[0]).toBe('coproduce');
      const args = words.slice(1).flatMap((word) => expand(word, dir));
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
