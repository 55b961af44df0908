import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectKind } from '../../src/cli/validate.js';
import { isCoproduceError, loadConfig } from '../../src/node/index.js';
import { createWorkspace, GOOD_RULE as GOOD, type RunOptions, run } from './helpers.js';

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
    $schema: 'https://raw.githubusercontent.com/coproduce/coproduce/main/schemas/rule.schema.json',
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
      detectKind({
        $schema:
          'https://raw.githubusercontent.com/coproduce/coproduce/main/schemas/rule.schema.json',
        rules: {},
      }),
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

  it('prints every problem of a project with its file, line and place in words', async () => {
    const { code, stdout } = await run(['validate', 'invalid-field.json'], at);
    expect(code).toBe(2);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^invalid-field\.json, line 6: stage: must be one of "planning"/),
      expect.stringMatching(
        /^invalid-field\.json, line \d+: group, member 1 \(id m-01\), joined: must be a calendar date/,
      ),
      '2 problems in 1 file.',
    ]);
  });

  it('prints every problem of a rule file, the unknown operator included', async () => {
    const unknown = await run(['validate', 'minutes-published.json'], at);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toMatch(
      /^minutes-published\.json, line 17: conditions, condition 1, operator: unknown operator "biggerThan"/m,
    );
    const many = await run(['validate', 'many-problems-rule.json'], at);
    expect(many.code).toBe(2);
    const lines = many.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(7);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/^many-problems-rule\.json, line \d+: [\w ,-]+: \S/);
    }
    for (const [where, line] of [
      ['version', 5],
      ['title', 6],
      ['scope', 9],
      ['severity', 10],
      ['messages, action', 19],
      ['conditions, condition 1, value', 13],
    ] as const) {
      expect(many.stdout).toContain(`many-problems-rule.json, line ${line}: ${where}: `);
    }
  });

  it('suggests the severity, value or section meant', async () => {
    writeFileSync(
      join(dir, 'typos-config.json'),
      JSON.stringify(
        { rules: { 'quiet-members': { severity: 'warn' }, 'dominant-voices': 'High' } },
        null,
        2,
      ),
    );
    writeFileSync(
      join(dir, 'typo-section.json'),
      JSON.stringify({ ...GOOD, id: 'typo-section', section: 'Govenance' }, null, 2),
    );
    const { code, stdout } = await run(['validate', 'typos-config.json', 'typo-section.json'], at);
    expect(code).toBe(2);
    expect(stdout).toContain(
      'typos-config.json, line 4: rules, quiet-members, severity: must be one of "error", "warning", "info"; did you mean "warning"?',
    );
    expect(stdout).toContain(
      'typos-config.json, line 6: rules, dominant-voices: must be one of "off", "error", "warning", "info", or an object; did you mean "error"?',
    );
    expect(stdout).toMatch(
      /^typo-section\.json, line \d+: section: unknown section "Govenance"; did you mean "Governance"\?/m,
    );
  });

  it('names every missing or broken file a configuration refers to, and every other problem, in one pass', async () => {
    const { code, stdout } = await run(
      ['validate', 'config-with-problems.json', 'extends-missing.json'],
      at,
    );
    expect(code).toBe(2);
    expect(stdout).toContain(
      'config-with-problems.json, line 4: extends entry 2: names "./no-such-base.json", which does not exist',
    );
    expect(stdout).toContain(
      'config-with-problems.json, line 8: rule file entry 1: names "./no-such-rules", which does not exist',
    );
    expect(stdout).toContain(
      'base-with-problems.json, line 5: rules, quiet-members, parameters, quietMeetings: must be at least 1',
    );
    expect(stdout).toContain(
      'config-with-problems.json, line 12: rules, quiet-membrs: unknown rule id "quiet-membrs"; did you mean "quiet-members"?',
    );
    expect(stdout).toContain(
      'config-with-problems.json, line 15: rules, dominant-voices, parameters, maxExcess: must be at most 1',
    );
    expect(stdout).toContain(
      'extends-missing.json, line 4: extends entry 2: names "./no-such-base.json", which does not exist',
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('6 problems in 3 files.');
  });

  it('reports a broken configuration, a broken rule file and an unknown fact all at once, each once', async () => {
    mkdirSync(join(dir, 'one-pass/rules'), { recursive: true });
    writeFileSync(
      join(dir, 'one-pass/rules/odd-fact.json'),
      JSON.stringify(
        {
          ...GOOD,
          id: 'odd-fact',
          conditions: { all: [{ fact: 'ideaCounts', operator: 'lessThan', value: 2 }] },
          messages: { flagged: 'Few ideas so far.', action: 'Ask for ideas.' },
        },
        null,
        2,
      ),
    );
    writeFileSync(join(dir, 'one-pass/rules/broken.json'), '{ "id": "broken", }');
    writeFileSync(
      join(dir, 'one-pass/config.json'),
      JSON.stringify(
        {
          $comment: 'Our council rules',
          ruleFiles: ['./rules'],
          rules: { 'quiet-members': { severity: 'warn' }, 'no-such-rule': 'off' },
        },
        null,
        2,
      ),
    );
    const given = [
      'one-pass/config.json',
      'one-pass/rules/odd-fact.json',
      'one-pass/rules/broken.json',
    ];
    const { code, stdout } = await run(['validate', ...given], at);
    expect(code).toBe(2);
    const problems = stdout.trimEnd().split('\n').slice(0, -1);
    // Structure, unknown rule ids, unreadable files and unknown facts: one run shows them all.
    expect(problems.filter((l) => l.includes('did you mean "warning"'))).toHaveLength(1);
    expect(problems.filter((l) => l.includes('unknown rule id "no-such-rule"'))).toHaveLength(1);
    expect(problems.filter((l) => l.includes('broken.json: is not valid JSON'))).toHaveLength(1);
    expect(
      problems.filter((l) => l.includes('unknown fact "ideaCounts"; did you mean "ideaCount"')),
    ).toHaveLength(1);
    expect(problems).toHaveLength(4);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('4 problems in 3 files.');
  });

  it('treats a byte-order mark the same as check does, and allows $comment', async () => {
    writeFileSync(
      join(dir, 'bom-config.json'),
      `\uFEFF${JSON.stringify({ $comment: 'Saved by Notepad', rules: { 'quiet-members': 'off' } })}`,
    );
    writeFileSync(
      join(dir, 'bom-project.json'),
      `\uFEFF${readFileSync(join(dir, 'well-run.json'), 'utf8')}`,
    );
    const { code, stdout } = await run(['validate', 'bom-config.json', 'bom-project.json'], at);
    expect(stdout).toBe('bom-config.json: valid configuration\nbom-project.json: valid project\n');
    expect(code).toBe(0);
    const checked = await run(
      ['check', 'bom-project.json', '--config', 'bom-config.json', '--as-of', '2026-11-20'],
      at,
    );
    expect(checked.code).toBe(0);
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
      'team/config.json, line 1: extends entry 1: names "../council.json", which is outside the configuration\'s folder',
    );
    expect(refused.stdout).toContain(
      'team/config.json, line 1: rule file entry 1: names "../small-group.json"',
    );
    writeFileSync(
      join(dir, 'team/extends-only.json'),
      JSON.stringify({ extends: ['../council.json'] }),
    );
    const allowed = await run(['validate', 'team/extends-only.json', '--config-root', '.'], at);
    expect(allowed.stdout).toBe('team/extends-only.json: valid configuration\n');
    expect(allowed.code).toBe(0);
  });

  it('uses the same loader as check: a symbolic link, a folder too deep and too many rule files are refused', async () => {
    const base = join(dir, 'loader');
    mkdirSync(join(base, 'linked'), { recursive: true });
    symlinkSync(join(dir, 'small-group.json'), join(base, 'linked/small-group.json'));
    mkdirSync(join(base, 'deep/a/b/c/d/e/f/g'), { recursive: true });
    writeFileSync(join(base, 'deep/a/b/c/d/e/f/g/lost.json'), '{}');
    mkdirSync(join(base, 'many'), { recursive: true });
    for (let i = 0; i < 501; i++) writeFileSync(join(base, `many/r-${i}.json`), '{}');
    const cases = [
      ['linked', 'is a symbolic link'],
      ['deep', 'is more than 6 folders deep'],
      ['many', 'holds more than 500 rule files'],
    ] as const;
    for (const [folder, says] of cases) {
      writeFileSync(join(base, `${folder}.json`), JSON.stringify({ ruleFiles: [`./${folder}`] }));
      const validated = await run(['validate', `loader/${folder}.json`], at);
      expect(validated.code, folder).toBe(2);
      expect(validated.stdout, folder).toContain(says);
      const checked = await run(
        ['check', 'well-run.json', '--config', `loader/${folder}.json`],
        at,
      );
      expect(checked.code, folder).toBe(2);
      expect(checked.stderr, folder).toContain(says);
    }
  });

  it('refuses a rule file or configuration that gives a key twice, and reads a project that does', async () => {
    const base = join(dir, 'twice');
    mkdirSync(join(base, 'rules'), { recursive: true });
    const rule = JSON.stringify({ ...GOOD, id: 'twice-rule' }, null, 2);
    // A second "severity" below the first: JSON.parse would keep it and drop the first unsaid.
    writeFileSync(
      join(base, 'rules/twice-rule.json'),
      rule.replace(/\n}$/, ',\n  "severity": "info"\n}'),
    );
    writeFileSync(join(base, 'config.json'), JSON.stringify({ ruleFiles: ['./rules'] }));
    for (const args of [
      ['validate', 'twice/rules/twice-rule.json'],
      ['validate', 'twice/config.json'],
      ['check', 'well-run.json', '--config', 'twice/config.json'],
    ]) {
      const result = await run(args, at);
      expect(result.code, args.join(' ')).toBe(2);
      expect(`${result.stdout}${result.stderr}`, args.join(' ')).toMatch(
        /the key "severity" on line \d+, column 3 is already given on line \d+ in the same object/,
      );
    }
    const project = readFileSync(join(dir, 'well-run.json'), 'utf8');
    writeFileSync(
      join(base, 'project.json'),
      project.replace(/\n}\s*$/, ',\n  "title": "Again"\n}\n'),
    );
    expect((await run(['validate', 'twice/project.json'], at)).code).toBe(0);
  });

  it('reports the symbolic link, the deep folder and the many rule files in one pass, as loadConfig does', async () => {
    const base = join(dir, 'loader-all');
    mkdirSync(join(base, 'linked'), { recursive: true });
    symlinkSync(join(dir, 'small-group.json'), join(base, 'linked/small-group.json'));
    mkdirSync(join(base, 'deep/a/b/c/d/e/f/g'), { recursive: true });
    writeFileSync(join(base, 'deep/a/b/c/d/e/f/g/lost.json'), '{}');
    mkdirSync(join(base, 'many'), { recursive: true });
    for (let i = 0; i < 501; i++) writeFileSync(join(base, `many/r-${i}.json`), '{}');
    const config = join(base, 'all.json');
    writeFileSync(config, JSON.stringify({ ruleFiles: ['./linked', './deep', './many'] }));

    const validated = await run(['validate', 'loader-all/all.json'], at);
    expect(validated.code).toBe(2);
    const loaded = await loadConfig(config).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isCoproduceError(loaded)).toBe(true);
    const messages = isCoproduceError(loaded) ? loaded.problems.map((p) => p.message) : [];
    for (const says of [
      'is a symbolic link',
      'is more than 6 folders deep',
      'holds more than 500 rule files',
    ]) {
      expect(
        messages.filter((m) => m.includes(says)),
        says,
      ).toHaveLength(1);
      expect(validated.stdout, says).toContain(says);
    }
    // Every problem loadConfig finds, validate prints.
    for (const message of messages) expect(validated.stdout).toContain(message);
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
      'broken.json: is not valid JSON: a comma before "}" (line 4, column 1): JSON allows no comma after the last item',
    );
    expect(stdout).toContain('nowhere.json: no such file\n');
    expect(stdout).toContain(
      'empty-object.json: cannot tell what kind of file this is: add "$schema" naming project.schema.json',
    );
    expect(stdout).toContain('preset.json, line 6: rule 2: unknown rule id "nope"');
    expect(stdout).toContain('well-run.json: valid project');
    expect(stdout).toContain('4 problems in 4 files.');
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
    expect(bad.stdout).toMatch(/^bad-report\.json, line 1: issues: /m);
  });

  it('tells a preset from a configuration by its id and list of rules, even without a description', async () => {
    writeFileSync(join(dir, 'my-preset.json'), '{ "id": "mine", "rules": ["purpose-recorded"] }');
    const { code, stdout } = await run(['validate', 'my-preset.json'], at);
    expect(code).toBe(2);
    // Read as a configuration, it was told its rules "must be an object" and its id was unknown.
    expect(stdout).toBe('my-preset.json, line 1: description: is required\n1 problem in 1 file.\n');
  });

  it('warns when a rule about records names {subject} where an issue about the whole project may show it', async () => {
    const quiet = {
      ...GOOD,
      id: 'council-quiet',
      scope: 'member',
      conditions: {
        all: [
          {
            fact: 'quietMembers',
            params: { meetings: 3, quietShare: 0.2 },
            operator: 'notEmpty',
            value: true,
          },
        ],
      },
      subjects: { fact: 'quietMembers' },
      messages: {
        flagged: '{subject} has gone quiet.',
        needsReview: 'We cannot tell whether {subject} is quiet.',
        action: 'Talk with {subject}.',
      },
    };
    writeFileSync(join(dir, 'council-quiet.json'), JSON.stringify(quiet, null, 2));
    const warned = await run(['validate', 'council-quiet.json'], at);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('council-quiet.json: valid rule file, with 2 warnings');
    expect(warned.stdout).toMatch(
      /messages, needsReview: warning: names \{subject\}, .* put the text about one record in "needsReviewSubject"/,
    );
    expect(warned.stdout).toMatch(
      /messages, action: warning: names \{subject\}, .* say what to do then in "needsReviewAction"/,
    );
    const welsh = await run(['validate', 'council-quiet.json', '--locale', 'cy'], at);
    expect(welsh.stdout).toContain('rhybudd: mae’n enwi {subject}, nad oes gan fater');

    // Said apart, the texts raise no warning; nor does a rule about the whole project.
    const apart = {
      ...quiet,
      messages: {
        flagged: '{subject} has gone quiet.',
        needsReview: 'Contributions were not counted, so we cannot tell who is quiet.',
        needsReviewSubject: 'We cannot tell whether {subject} is quiet.',
        action: 'Talk with {subject}.',
        needsReviewAction: 'Count contributions at the next meeting.',
      },
    };
    writeFileSync(join(dir, 'council-quiet.json'), JSON.stringify(apart, null, 2));
    expect((await run(['validate', 'council-quiet.json'], at)).stdout).toBe(
      'council-quiet.json: valid rule file\n',
    );
  });

  it("leaves a rule file's dependsOn on the council's other rules to its configuration, but not a near miss", async () => {
    const waiting = (dependsOn: string[]) =>
      writeFileSync(
        join(dir, 'council-waiting.json'),
        JSON.stringify({ ...GOOD, id: 'council-waiting', dependsOn }, null, 2),
      );
    waiting(['council-rule-elsewhere']);
    expect((await run(['validate', 'council-waiting.json'], at)).stdout).toBe(
      'council-waiting.json: valid rule file\n',
    );
    waiting(['senior-leaders-nammed']);
    const typo = await run(['validate', 'council-waiting.json'], at);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toContain(
      'dependsOn entry 1: unknown rule id "senior-leaders-nammed"; did you mean "senior-leaders-named"?',
    );
  });

  it('needs a file name', async () => {
    const { code, stderr } = await run(['validate'], at);
    expect(code).toBe(2);
    expect(stderr).toContain('name at least one file to validate');
  });
});

describe("a framework pack's own files, each validated alone", () => {
  const PACK = join(process.cwd(), 'rules', 'six-principles');
  const read = (file: string) => JSON.parse(readFileSync(join(PACK, file), 'utf8'));

  it('are told apart by $schema or shape and checked, as the shipped pack shows', async () => {
    const { questions, ...rest } = read('questions.json');
    expect(detectKind({ ...rest, questions })).toBe('questions');
    expect(detectKind({ $schema: '../questions.schema.json' })).toBe('questions');
    expect(detectKind({ locale: 'cy', review: 'awaiting', rules: {} })).toBe('pack-messages');
    expect(detectKind({ rule: 'r', valid: [] })).toBe('rule-test');
    const files = ['questions.json', 'messages/cy.json', 'tests/strengths-recorded.json'];
    const { code, stdout } = await run(['validate', ...files.map((f) => join(PACK, f))], at);
    expect(code).toBe(0);
    expect(stdout).toContain('questions.json: valid question catalogue\n');
    expect(stdout).toContain('cy.json: valid framework pack messages file\n');
    expect(stdout).toContain('strengths-recorded.json: valid rule test file\n');
  });

  it('report what is wrong in each, at its line', async () => {
    const catalogue = read('questions.json');
    catalogue.questions.push(catalogue.questions[0]);
    writeFileSync(join(dir, 'questions.json'), JSON.stringify(catalogue, null, 2));
    const { review: _, ...messages } = read('messages/cy.json');
    writeFileSync(join(dir, 'cy.json'), JSON.stringify(messages, null, 2));
    const test = read('tests/strengths-recorded.json');
    test.invalid[0].subject = test.invalid[0].subjects;
    writeFileSync(join(dir, 'test.json'), JSON.stringify(test, null, 2));
    const { code, stdout } = await run(['validate', 'questions.json', 'cy.json', 'test.json'], at);
    expect(code).toBe(2);
    expect(stdout).toMatch(
      /^questions\.json, line \d+: question \d+, id: the question id "[^"]+" is used twice$/m,
    );
    expect(stdout).toMatch(/^cy\.json, line 1: review: /m);
    expect(stdout).toMatch(/^test\.json, line \d+: invalid entry 1, subject: unknown field/m);
    expect(stdout).toContain('3 problems in 3 files.');
  });

  it('says a question id used twice in Welsh too', async () => {
    const catalogue = read('questions.json');
    catalogue.questions.push(catalogue.questions[0]);
    writeFileSync(join(dir, 'questions-twice.json'), JSON.stringify(catalogue, null, 2));
    const { stdout } = await run(['validate', 'questions-twice.json', '--locale', 'cy'], at);
    expect(stdout).toMatch(
      /^questions-twice\.json, llinell \d+: cwestiwn \d+, id: mae’r dynodydd cwestiwn "[^"]+" wedi’i ddefnyddio ddwywaith$/m,
    );
  });

  it('names every kind it knows when it cannot tell, in English and Welsh', async () => {
    writeFileSync(join(dir, 'what.json'), '{ "hello": 1 }');
    const english = await run(['validate', 'what.json'], at);
    expect(english.stdout).toContain(
      'what.json: cannot tell what kind of file this is: add "$schema" naming project.schema.json, rule.schema.json or config.schema.json (or, in a framework pack, questions.schema.json, pack-messages.schema.json or rule-test.schema.json)',
    );
    const welsh = await run(['validate', 'what.json', '--locale', 'cy'], at);
    expect(welsh.stdout).toContain('ni ellir dweud pa fath o ffeil yw hon');
    expect(welsh.stdout).toContain('rule-test.schema.json)');
  });
});
