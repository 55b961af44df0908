import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectKind } from '../../src/cli/validate.js';
import { createWorkspace, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
  const write = (name: string, data: unknown) =>
    writeFileSync(join(dir, name), JSON.stringify(data, null, 2));
  // A rule file with many problems, and one named as a configuration by $schema.
  write('many-problems-rule.json', {
    $schema: 'https://coproduce.dev/schemas/rule.schema.json',
    id: 'many-problems-rule',
    set: 'council',
    version: 0,
    title: '',
    questions: [],
    section: 'Governance',
    scope: 'group',
    severity: 'fatal',
    conditions: { all: [{ fact: 'x', operator: 'equal' }] },
    messages: { flagged: 'x' },
    rationale: 'r',
  });
  write('named-config.json', {
    $schema: '../node_modules/coproduce/schemas/config.schema.json',
    rules: { 'quiet-members': 'off' },
  });
  write('base-with-problems.json', {
    rules: { 'quiet-members': { parameters: { quietMeetings: 0 } } },
  });
  write('config-with-problems.json', {
    extends: ['coproduce:recommended', './no-such-base.json', './base-with-problems.json'],
    ruleFiles: ['./no-such-rules', './small-group.json'],
    rules: { 'quiet-membrs': 'off', 'dominant-voices': { parameters: { maxExcess: 2 } } },
  });
  write('preset.json', {
    id: 'council',
    description: 'Our rules.',
    rules: ['quiet-members', 'nope'],
  });
});
afterAll(() => cleanup());

describe('detectKind', () => {
  it('reads $schema first, then the shape', () => {
    expect(detectKind({ $schema: '../../schemas/project.schema.json' })).toBe('project');
    expect(
      detectKind({ $schema: 'https://coproduce.dev/schemas/rule.schema.json', rules: {} }),
    ).toBe('rule');
    expect(detectKind({ $schema: './x/config.schema.json', conditions: {} })).toBe('config');
    expect(detectKind({ schemaVersion: 2 })).toBe('project');
    expect(detectKind({ stage: 'during', timeZone: 'UTC' })).toBe('project');
    expect(detectKind({ id: 'r', conditions: {} })).toBe('rule');
    expect(detectKind({ set: 'x', scope: 'member' })).toBe('rule');
    expect(detectKind({ extends: [] })).toBe('config');
    expect(detectKind({ rules: { 'quiet-members': 'off' } })).toBe('config');
    expect(detectKind({ id: 'p', description: 'd', rules: '*' })).toBe('preset');
    expect(detectKind({ reportVersion: 1 })).toBe('report');
    expect(detectKind({})).toBeUndefined();
    expect(detectKind([])).toBeUndefined();
    expect(detectKind('text')).toBeUndefined();
  });
});

describe('coproduce validate', () => {
  it('says which kind each valid file is and exits 0', async () => {
    const { code, stdout, stderr } = await run(
      ['validate', 'mid-way.json', 'small-group.json', 'council.json', 'named-config.json'],
      at,
    );
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'mid-way.json: valid project',
        'small-group.json: valid rule file',
        'council.json: valid configuration',
        'named-config.json: valid configuration',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    expect((await run(['validate', '--quiet', 'mid-way.json'], at)).stdout).toBe('');
  });

  it('accepts the default rules and presets as shipped', async () => {
    const { code, stdout } = await run(
      [
        'validate',
        join(process.cwd(), 'rules/during/quiet-members.json'),
        join(process.cwd(), 'rules/presets/recommended.json'),
      ],
      at,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('quiet-members.json: valid rule file');
    expect(stdout).toContain('recommended.json: valid rule-set preset');
  });

  it('prints every problem of a project as file: JSON path: message', async () => {
    const { code, stdout } = await run(['validate', 'invalid-field.json'], at);
    expect(code).toBe(2);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^invalid-field\.json: \$\.stage: must be one of "planning"/),
      expect.stringMatching(/^invalid-field\.json: \$\.group\.members\[0\]\.joined: .+/),
      '2 problems in 1 of 1 file.',
    ]);
  });

  it('prints every problem of a rule file, the unknown operator included', async () => {
    const unknown = await run(['validate', 'minutes-published.json'], at);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toMatch(
      /^minutes-published\.json: \$\.conditions\.all\[0\]\.operator: unknown operator "biggerThan"/m,
    );
    const many = await run(['validate', 'many-problems-rule.json'], at);
    expect(many.code).toBe(2);
    const lines = many.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(7);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/^many-problems-rule\.json: \$[.[\w\]"-]*: \S/);
    }
    for (const path of [
      '$.version',
      '$.title',
      '$.scope',
      '$.severity',
      '$.messages.action',
      '$.conditions.all[0].value',
    ]) {
      expect(many.stdout).toContain(`many-problems-rule.json: ${path}: `);
    }
  });

  it('names every missing or broken file a configuration refers to, and every other problem', async () => {
    const { code, stdout } = await run(
      ['validate', 'config-with-problems.json', 'extends-missing.json'],
      at,
    );
    expect(code).toBe(2);
    expect(stdout).toContain(
      'config-with-problems.json: $.extends[1]: names "./no-such-base.json", which does not exist',
    );
    expect(stdout).toContain(
      'config-with-problems.json: $.ruleFiles[0]: names "./no-such-rules", which does not exist',
    );
    expect(stdout).toContain(
      'base-with-problems.json: $.rules["quiet-members"].parameters.quietMeetings: must be at least 1',
    );
    expect(stdout).toContain(
      'config-with-problems.json: $.rules["quiet-membrs"]: unknown rule id "quiet-membrs"; did you mean "quiet-members"?',
    );
    expect(stdout).toContain(
      'config-with-problems.json: $.rules["dominant-voices"].parameters.maxExcess: must be at most 1',
    );
    expect(stdout).toContain(
      'extends-missing.json: $.extends[1]: names "./no-such-base.json", which does not exist',
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ problems in 2 of 2 files\.$/);
  });

  it("refuses files outside a configuration's folder, as loading it would, unless --config-root allows them", async () => {
    mkdirSync(join(dir, 'team'), { recursive: true });
    writeFileSync(
      join(dir, 'team/config.json'),
      JSON.stringify({ extends: ['../council.json'], ruleFiles: ['../small-group.json'] }),
    );
    const refused = await run(['validate', 'team/config.json'], at);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain(
      'team/config.json: $.extends[0]: names "../council.json", which is outside the configuration\'s folder',
    );
    expect(refused.stdout).toContain(
      'team/config.json: $.ruleFiles[0]: names "../small-group.json"',
    );
    writeFileSync(
      join(dir, 'team/extends-only.json'),
      JSON.stringify({ extends: ['../council.json'] }),
    );
    const allowed = await run(['validate', 'team/extends-only.json', '--config-root', '.'], at);
    expect(allowed.stdout).toBe('team/extends-only.json: valid configuration\n');
    expect(allowed.code).toBe(0);
  });

  it('reports broken JSON, a missing file and a file of no known kind, and goes on to the rest', async () => {
    const { code, stdout } = await run(
      [
        'validate',
        'broken.json',
        'nowhere.json',
        'empty-object.json',
        'preset.json',
        'well-run.json',
      ],
      at,
    );
    expect(code).toBe(2);
    expect(stdout).toContain(
      'broken.json: $: is not valid JSON: a comma before "}" (line 4, column 1): JSON allows no comma after the last item',
    );
    expect(stdout).toContain('nowhere.json: $: no such file\n');
    expect(stdout).toContain(
      'empty-object.json: $: cannot tell whether this is a project, rule or configuration file',
    );
    expect(stdout).toContain('preset.json: $.rules[1]: unknown rule id "nope"');
    expect(stdout).toContain('well-run.json: valid project');
    expect(stdout).toContain('4 problems in 4 of 5 files.');
  });

  it('validates a saved JSON report', async () => {
    const saved = await run(
      ['check', 'well-run.json', '--as-of', '2026-11-20', '-o', 'report.json'],
      at,
    );
    expect(saved.code).toBe(0);
    expect((await run(['validate', 'report.json'], at)).stdout).toBe(
      'report.json: valid check report\n',
    );
    writeFileSync(
      join(dir, 'bad-report.json'),
      JSON.stringify({ reportVersion: 1, issues: 'none' }),
    );
    const bad = await run(['validate', 'bad-report.json'], at);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('bad-report.json: $.issues: ');
  });

  it('needs a file name', async () => {
    const { code, stderr } = await run(['validate'], at);
    expect(code).toBe(2);
    expect(stderr).toContain('name at least one file to validate');
  });
});
