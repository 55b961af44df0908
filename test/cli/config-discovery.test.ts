/**
 * Configuration discovery, as ESLint does it: check, rules and explain find
 * coproduce.config.json in the project's folder (or the working folder) or
 * above it, up to the top of a repository or the home folder; --config
 * names one, --no-config uses none; every output says which was used.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/index.js';
import { AS_OF, run } from './helpers.js';

let root: string;
const midWay = readFileSync('examples/projects/mid-way.json', 'utf8');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'coproduce-discovery-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder under the test's root, with HOME set to the root. */
function folder(name: string) {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return { dir, env: { HOME: root } };
}

const json = (text: string) => JSON.parse(text) as CheckReport;
const quietOff = (file: string) => {
  const config = JSON.parse(readFileSync(file, 'utf8'));
  config.rules = { 'quiet-members': 'off' };
  writeFileSync(file, JSON.stringify(config, null, 2));
};

describe('configuration discovery', () => {
  it('check uses the configuration init wrote, and says so in every format', async () => {
    const { dir, env } = folder('after-init');
    expect((await run(['init'], { cwd: dir, env })).code).toBe(0);
    quietOff(join(dir, 'coproduce.config.json'));
    writeFileSync(join(dir, 'project.json'), midWay);
    const at = { cwd: dir, env };

    const report = json(
      (await run(['check', 'project.json', '--as-of', AS_OF, '-f', 'json'], at)).stdout,
    );
    expect(report.configuration?.path).toBe('coproduce.config.json');
    expect(report.configuration?.ruleSets).toEqual(report.ruleSets);
    expect(report.outcomes.map((o) => o.ruleId)).not.toContain('quiet-members');

    const text = (await run(['check', 'project.json', '--as-of', AS_OF], at)).stdout;
    expect(text).toMatch(
      /^Configuration: coproduce\.config\.json · rule sets: during [0-9a-f]{16}/m,
    );
    const markdown = (await run(['check', 'project.json', '--as-of', AS_OF, '-f', 'markdown'], at))
      .stdout;
    expect(markdown).toContain('Configuration: coproduce.config.json · rule sets: during');
    const html = (await run(['check', 'project.json', '--as-of', AS_OF, '-f', 'html'], at)).stdout;
    expect(html).toContain('Configuration: coproduce.config.json · rule sets: during');
    for (const out of [text, markdown, html, JSON.stringify(report)])
      expect(out).not.toContain(root);

    const skipped = json(
      (await run(['check', 'project.json', '--as-of', AS_OF, '-f', 'json', '--no-config'], at))
        .stdout,
    );
    expect(skipped.configuration?.path).toBeNull();
    expect(skipped.outcomes.map((o) => o.ruleId)).toContain('quiet-members');
  });

  it('finds the configuration in a folder above the project, shown relative to the working folder', async () => {
    const { dir, env } = folder('above');
    writeFileSync(
      join(dir, 'coproduce.config.json'),
      JSON.stringify({ rules: { 'quiet-members': 'off' } }),
    );
    mkdirSync(join(dir, 'projects/transport'), { recursive: true });
    writeFileSync(join(dir, 'projects/transport/project.json'), midWay);
    const fromTop = json(
      (
        await run(['check', 'projects/transport/project.json', '--as-of', AS_OF, '-f', 'json'], {
          cwd: dir,
          env,
        })
      ).stdout,
    );
    expect(fromTop.configuration?.path).toBe('coproduce.config.json');
    const fromInside = await run(['check', 'project.json', '--as-of', AS_OF], {
      cwd: join(dir, 'projects/transport'),
      env,
    });
    expect(fromInside.stdout).toContain('Configuration: ../../coproduce.config.json · rule sets:');
  });

  it('stops at the top of a repository and at the home folder', async () => {
    const repo = folder('stops/repo');
    writeFileSync(join(root, 'stops', 'coproduce.config.json'), JSON.stringify({ rules: {} }));
    mkdirSync(join(repo.dir, '.git'));
    writeFileSync(join(repo.dir, 'project.json'), midWay);
    const inRepo = json(
      (
        await run(['check', 'project.json', '--as-of', AS_OF, '-f', 'json'], {
          cwd: repo.dir,
          env: repo.env,
        })
      ).stdout,
    );
    expect(inRepo.configuration?.path).toBeNull();

    const home = folder('stops/home/me');
    writeFileSync(join(home.dir, 'project.json'), midWay);
    const env = { HOME: home.dir };
    const atHome = json(
      (await run(['check', 'project.json', '--as-of', AS_OF, '-f', 'json'], { cwd: home.dir, env }))
        .stdout,
    );
    expect(atHome.configuration?.path).toBeNull();
    // Without the home folder to stop at, the configuration higher up is found.
    const beyond = json(
      (
        await run(['check', 'project.json', '--as-of', AS_OF, '-f', 'json'], {
          cwd: home.dir,
          env: { HOME: root },
        })
      ).stdout,
    );
    expect(beyond.configuration?.path).toBe('../../coproduce.config.json');
  });

  it('--config overrides what would be found, and cannot be given with --no-config', async () => {
    const { dir, env } = folder('override');
    writeFileSync(
      join(dir, 'coproduce.config.json'),
      JSON.stringify({ rules: { 'quiet-members': 'off' } }),
    );
    writeFileSync(
      join(dir, 'strict.json'),
      JSON.stringify({ rules: { 'quiet-members': 'error' } }),
    );
    writeFileSync(join(dir, 'project.json'), midWay);
    const at = { cwd: dir, env };
    const report = json(
      (
        await run(
          ['check', 'project.json', '--config', 'strict.json', '--as-of', AS_OF, '-f', 'json'],
          at,
        )
      ).stdout,
    );
    expect(report.configuration?.path).toBe('strict.json');
    expect(report.outcomes.find((o) => o.ruleId === 'quiet-members')?.severity).toBe('error');
    const both = await run(['check', 'project.json', '--config', 'strict.json', '--no-config'], at);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('use --config or --no-config, not both');
  });

  it('rules and explain find the configuration from the working folder and name it', async () => {
    const { dir, env } = folder('rules-explain');
    writeFileSync(
      join(dir, 'coproduce.config.json'),
      JSON.stringify({ rules: { 'quiet-members': { parameters: { quietMeetings: 2 } } } }),
    );
    const at = { cwd: dir, env };
    const rules = await run(['rules'], at);
    expect(rules.stdout.split('\n')[1]).toMatch(
      /^Configuration: coproduce\.config\.json · rule sets:/,
    );
    expect(rules.stdout).toContain('quietMeetings = 2 meetings (default 3)');
    const data = JSON.parse((await run(['rules', '--format', 'json'], at)).stdout);
    expect(data.configuration.path).toBe('coproduce.config.json');
    const plain = JSON.parse((await run(['rules', '--format', 'json', '--no-config'], at)).stdout);
    expect(plain.configuration.path).toBeNull();
    const explained = await run(['explain', 'quiet-members'], at);
    expect(explained.stdout).toContain('quietMeetings = 2 meetings (default 3)');
    expect(explained.stdout).toMatch(/^Configuration: coproduce\.config\.json · rule sets:/m);
  });
});
