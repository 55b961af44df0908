import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check/evaluate.js';
import { applyCommand, commands } from '../../src/index.js';
import { CoproduceError } from '../../src/model/errors.js';
import {
  loadConfig,
  loadProjectFile,
  loadRuleFile,
  loadRuleFolder,
  resolveConfigFile,
} from '../../src/node/index.js';

let dir: string;

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

const rule = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  set: 'council',
  version: 1,
  title: `Rule ${id}`,
  questions: ['honesty.open-to-change'],
  section: 'Governance',
  scope: 'project',
  severity: 'info',
  conditions: { all: [{ fact: 'ideaCount', operator: 'lessThan', value: 2 }] },
  messages: { flagged: 'Only {ideaCount} ideas.', action: 'Ask for more.' },
  rationale: 'Ideas matter.',
  ...extra,
});

async function write(path: string, data: unknown): Promise<string> {
  const full = join(dir, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return full;
}

async function rejection(promise: Promise<unknown>): Promise<CoproduceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CoproduceError) return error;
    throw error;
  }
  throw new Error('expected a CoproduceError');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coproduce-node-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('coproduce/node', () => {
  it('loads a configuration with extends, rule files and rule folders relative to each file', async () => {
    await write('shared/base.json', {
      extends: ['coproduce:recommended'],
      rules: { 'quiet-members': 'error' },
      ruleFiles: ['rules'],
    });
    await write('shared/rules/ideas-few.json', rule('ideas-few'));
    await write(
      'council/extra/ideas-none.json',
      rule('ideas-none', {
        conditions: { all: [{ fact: 'ideaCount', operator: 'equal', value: 0 }] },
      }),
    );
    const config = await write('council/coproduce.json', {
      extends: ['../shared/base.json'],
      ruleFiles: ['extra/ideas-none.json'],
      rules: { 'ideas-few': 'warning' },
    });
    // council/ extends ../shared/: the shared folder is allowed by naming a wider root.
    const ruleSet = await loadConfig(config, { root: dir });
    const byId = new Map(ruleSet.rules.map((r) => [r.id, r]));
    expect(byId.get('quiet-members')?.severity).toBe('error');
    expect(byId.get('ideas-few')).toMatchObject({
      severity: 'warning',
      builtin: false,
      file: join(dir, 'shared/rules/ideas-few.json'),
    });
    expect(byId.get('ideas-none')?.severity).toBe('info');
    expect(ruleSet.sources).toEqual([
      'coproduce:recommended',
      join(dir, 'shared/base.json'),
      join(dir, 'council/coproduce.json'),
    ]);
    const project = await loadProjectFile('examples/projects/early-stage.json');
    const report = await check(project, { rules: ruleSet, now: '2026-03-01T10:00:00Z' });
    expect(report.outcomes.find((o) => o.ruleId === 'ideas-none')?.outcome).toBe('flagged');
    expect(report.issues.find((i) => i.ruleId === 'ideas-none')?.message).toBe('Only 0 ideas.');
    expect(report.outcomes.find((o) => o.ruleId === 'ideas-few')).toBeDefined();
  });

  it('refuses a missing configuration file, naming the path', async () => {
    const missing = join(dir, 'nowhere.json');
    const error = await rejection(loadConfig(missing));
    expect(error.code).toBe('file-not-found');
    expect(error.message).toContain('Cannot read nowhere.json: no such file.');
    expect(error.problems[0]?.file).toBe(missing);
  });

  it('refuses a missing extended file, naming it and where it was named', async () => {
    const config = await write('missing-extends.json', { extends: ['./gone.json'] });
    const error = await rejection(loadConfig(config));
    expect(error.code).toBe('file-not-found');
    // Messages name files relative to the configuration's folder, never by absolute path.
    expect(error.message).toContain('Cannot read gone.json: no such file.');
    expect(error.message).not.toContain(dir);
    expect(error.problems[0]).toMatchObject({ file: config, path: ['extends', 0] });
  });

  it('refuses a missing rule file or folder', async () => {
    const config = await write('missing-rules.json', { ruleFiles: ['no-rules'] });
    const error = await rejection(loadConfig(config));
    expect(error.code).toBe('file-not-found');
    expect(error.message).toContain('Cannot read no-rules: no such file.');
    expect(error.message).not.toContain(dir);
  });

  it('refuses a cycle of extends', async () => {
    await write('cycle/a.json', { extends: ['./b.json'] });
    await write('cycle/b.json', { extends: ['./a.json'] });
    const error = await rejection(resolveConfigFile(join(dir, 'cycle/a.json')));
    expect(error.code).toBe('invalid-config');
    expect(error.problems[0]).toMatchObject({
      file: join(dir, 'cycle/b.json'),
      path: ['extends', 0],
    });
    expect(error.problems[0]?.message).toContain(
      `${join(dir, 'cycle/a.json')} → ${join(dir, 'cycle/b.json')} → ${join(dir, 'cycle/a.json')}`,
    );
  });

  it('refuses broken JSON, naming the file', async () => {
    const file = await write('broken.json', '{ "extends": [');
    const error = await rejection(loadConfig(file));
    expect(error.code).toBe('invalid-json');
    expect(error.problems[0]?.file).toBe(file);
  });

  it('names the rule file and rule in rule problems, and checks the file name', async () => {
    const file = await write('bad-rules/wrong-name.json', rule('right-name'));
    const error = await rejection(loadRuleFile(file));
    expect(error.code).toBe('invalid-rule');
    expect(error.problems[0]).toMatchObject({ file, ruleId: 'right-name', path: ['id'] });
    const config = await write('with-bad-rules.json', { ruleFiles: ['bad-rules'] });
    const viaConfig = await rejection(loadConfig(config));
    expect(viaConfig.problems[0]).toMatchObject({ file, ruleId: 'right-name', path: ['id'] });
  });

  it('names the file of a custom rule that refers to an unknown fact', async () => {
    const file = await write(
      'unknown-fact/ideas-odd.json',
      rule('ideas-odd', {
        conditions: { all: [{ fact: 'ideaCounts', operator: 'equal', value: 1 }] },
      }),
    );
    const config = await write('unknown-fact.json', { ruleFiles: ['unknown-fact'] });
    const error = await rejection(loadConfig(config));
    expect(error.code).toBe('invalid-rule');
    expect(error.problems[0]).toMatchObject({
      file,
      ruleId: 'ideas-odd',
      path: ['conditions', 'all', 0, 'fact'],
    });
    expect(error.problems[0]?.message).toMatch(
      /unknown fact "ideaCounts"; did you mean "ideaCount"/,
    );
  });

  it('loads every rule in a folder tree, sorted, and reports all problems together', async () => {
    await write('folder/b/second-rule.json', rule('second-rule'));
    await write('folder/a/first-rule.json', rule('first-rule'));
    await write('folder/.hidden/ignored.json', '{');
    expect((await loadRuleFolder(join(dir, 'folder'))).map((r) => r.id)).toEqual([
      'first-rule',
      'second-rule',
    ]);
    await write('bad-folder/one.json', rule('one', { severity: 'fatal' }));
    await write('bad-folder/two.json', rule('two', { title: '' }));
    const error = await rejection(loadRuleFolder(join(dir, 'bad-folder')));
    expect(error.problems.map((p) => [p.ruleId, p.pointer])).toEqual([
      ['one', '/severity'],
      ['two', '/title'],
    ]);
    expect((await rejection(loadRuleFolder(join(dir, 'no-folder')))).code).toBe('file-not-found');
  });

  it('loads project files, naming the file in problems', async () => {
    const loaded = await loadProjectFile('examples/projects/mid-way.json');
    expect(loaded.id).toBeTypeOf('string');
    // Frozen at every depth, as its read-only type says.
    expect(isDeepFrozen(loaded)).toBe(true);
    expect(loaded.group.members.length).toBeGreaterThan(0);
    expect(() => {
      (loaded.group.members as unknown[]).push({});
    }).toThrow(TypeError);
    // A command takes the frozen project and leaves it as it was.
    const next = applyCommand(loaded, commands.project.setStage({ stage: 'ending' }));
    expect(next.stage).toBe('ending');
    expect(loaded.stage).toBe('during');
    const file = await write('project.json', {
      schemaVersion: 2,
      id: 'p',
      title: 'P',
      stage: 'soon',
      timeZone: 'Europe/London',
    });
    const error = await rejection(loadProjectFile(file));
    expect(error.code).toBe('invalid-project');
    expect(error.problems[0]).toMatchObject({ file, pointer: '/stage' });
    expect((await rejection(loadProjectFile(join(dir, 'none.json')))).code).toBe('file-not-found');
  });

  it('reports every problem of a configuration and the files it reaches in one pass, each once', async () => {
    await write(
      'one-pass/rules/odd-fact.json',
      rule('odd-fact', {
        conditions: { all: [{ fact: 'ideaCounts', operator: 'lessThan', value: 2 }] },
        messages: { flagged: 'Few ideas.', action: 'Ask for more.' },
      }),
    );
    await write('one-pass/rules/broken.json', '{ "id": "broken", }');
    await write('one-pass/rules/typo-section.json', rule('typo-section', { section: 'Govenance' }));
    await write('one-pass/base.json', {
      rules: { 'quiet-members': { parameters: { quietMeetings: 0 } } },
    });
    const config = await write('one-pass/config.json', {
      $comment: 'Kept by the engagement team',
      extends: ['coproduce:recommended', './base.json', './gone.json'],
      ruleFiles: ['./rules', './rules'],
      rules: { 'quiet-members': { severity: 'warn' }, 'no-such-rule': 'off' },
    });
    const error = await rejection(loadConfig(config));
    const said = error.problems.map((p) => `${p.file?.slice(dir.length + 1)}: ${p.message}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'one-pass/base.json: must be at least 1',
        'one-pass/config.json: names "./gone.json", which does not exist',
        expect.stringMatching(
          /^one-pass\/config\.json: must be one of "error", "warning", "info"; did you mean "warning"\?$/,
        ),
        'one-pass/config.json: unknown rule id "no-such-rule"',
        expect.stringMatching(
          /^one-pass\/rules\/broken\.json: is not valid JSON: a comma before "}"/,
        ),
        expect.stringMatching(
          /^one-pass\/rules\/odd-fact\.json: unknown fact "ideaCounts"; did you mean "ideaCount"\?/,
        ),
        expect.stringMatching(
          /^one-pass\/rules\/typo-section\.json: unknown section "Govenance"; did you mean "Governance"\?/,
        ),
      ]),
    );
    expect(said).toHaveLength(7);
    // Each problem carries its line in its own file, and where it is in words.
    const typo = error.problems.find((p) => p.ruleId === 'typo-section');
    expect(typo).toMatchObject({ line: 9, location: 'section' });
  });

  it("refuses a section that is not the framework's, unless the configuration adds it", async () => {
    await write(
      'sections/rules/own-section.json',
      rule('own-section', { section: 'Council priorities' }),
    );
    const refused = await rejection(
      loadConfig(await write('sections/plain.json', { ruleFiles: ['./rules'] })),
    );
    expect(refused.problems[0]?.message).toMatch(
      /^unknown section "Council priorities": a rule belongs in one of the framework's sections \("Shared understanding"/,
    );
    const ruleSet = await loadConfig(
      await write('sections/declared.json', {
        ruleFiles: ['./rules'],
        sections: ['Council priorities'],
      }),
    );
    expect(ruleSet.sections.at(-1)).toBe('Council priorities');
    expect(ruleSet.rules.find((r) => r.id === 'own-section')?.section).toBe('Council priorities');
  });

  it('reads a configuration saved with a byte-order mark', async () => {
    const file = join(dir, 'bom.json');
    await writeFile(file, `\uFEFF${JSON.stringify({ rules: { 'quiet-members': 'off' } })}`);
    expect((await loadConfig(file)).rules.some((r) => r.id === 'quiet-members')).toBe(false);
  });
});
