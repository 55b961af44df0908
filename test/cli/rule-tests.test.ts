/**
 * `coproduce test`: a council officer runs the JSON rule tests of their own
 * framework pack from the command line, with no code. The pack here is a
 * copy of the six-principles pack in a folder of the council's own, named
 * by its configuration, as a council would keep one.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;
const TEST_FILES = 17;

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
  cpSync('rules/six-principles', join(dir, 'our-pack'), { recursive: true });
  writeFileSync(
    join(dir, 'coproduce.config.json'),
    JSON.stringify({ extends: ['coproduce:recommended'], ruleFiles: ['./our-pack'] }),
  );
});
afterAll(() => cleanup());

/** Writes a file of the pack, as an officer editing it would. */
function edit(path: string, change: (data: Record<string, unknown>) => unknown): () => void {
  const file = join(dir, 'our-pack', path);
  const before = readFileSync(file, 'utf8');
  writeFileSync(file, JSON.stringify(change(JSON.parse(before))));
  return () => writeFileSync(file, before);
}

/** Makes strengths-recorded flag members with exactly one strength recorded instead of none, so its test fails. */
function breakStrengthsRule(): () => void {
  return edit('rules/strengths-recorded.json', (rule) => {
    const define = rule.define as Record<string, { flag: unknown }>;
    define.membersWithoutStrengths!.flag = { equal: 1 };
    return rule;
  });
}

describe('coproduce test', () => {
  it('runs every test of the pack against the rules the configuration sets up, and passes', async () => {
    const { code, stdout, stderr } = await run(['test', 'our-pack'], at);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(TEST_FILES + 1);
    expect(lines[0]).toBe('our-pack/tests/benefits-advice-offered.json: passed (7 cases)');
    expect(lines.at(-1)).toBe(
      `${TEST_FILES} test files, checked with coproduce.config.json: ${TEST_FILES} passed, 0 failed.`,
    );
  });

  it('fails, exit 1, when a rule no longer does what its test says, naming the case and what happened', async () => {
    const restore = breakStrengthsRule();
    try {
      const { code, stdout } = await run(['test', 'our-pack'], at);
      expect(code).toBe(1);
      expect(stdout).toContain('our-pack/tests/strengths-recorded.json: failed\n');
      expect(stdout).toMatch(
        / {2}- valid entry 1: "both members' skills recorded" should pass, but got flagged/,
      );
      expect(stdout).toContain(': 16 passed, 1 failed.');
    } finally {
      restore();
    }
  });

  it('reports a test file that cannot be read, and a test of a rule the configuration does not have', async () => {
    const tests = join(dir, 'more-tests');
    mkdirSync(tests, { recursive: true });
    writeFileSync(join(tests, 'broken.json'), '{ "rule": "x",\n  "valid": [ }\n');
    writeFileSync(
      join(tests, 'unknown.json'),
      JSON.stringify({ rule: 'strengths-recordd', invalid: [{ name: 'a case', project: {} }] }),
    );
    const { code, stdout } = await run(['test', 'more-tests'], at);
    expect(code).toBe(1);
    expect(stdout).toContain('more-tests/broken.json: cannot be run as a rule test\n');
    expect(stdout).toMatch(/line 2, column 14/);
    expect(stdout).toContain('more-tests/unknown.json: failed\n');
    expect(stdout).toContain(
      'unknown rule id "strengths-recordd"; did you mean "strengths-recorded"?',
    );
    expect(stdout).toContain('0 passed, 2 failed.');
  });

  it('says when the tests ran without the configuration that turns the pack on', async () => {
    const { code, stdout } = await run(
      ['test', 'our-pack/tests/you-said-we-did.json', '--no-config'],
      at,
    );
    expect(code).toBe(1);
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'our-pack/tests/you-said-we-did.json: cannot be run as a rule test - the rule "you-said-we-did" is not among the rules checked with the recommended rules (no configuration file): add its pack to "extends" in your configuration',
    );
    expect(stdout).toContain(
      '1 test file, checked with the recommended rules (no configuration file): 0 passed, 1 failed.',
    );
  });

  it('gives the results as JSON for a scheduled job', async () => {
    const { code, stdout } = await run(
      ['test', 'our-pack/tests/you-said-we-did.json', '--format', 'json'],
      at,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      configuration: 'coproduce.config.json',
      passed: 1,
      failed: 0,
      files: [
        {
          file: 'our-pack/tests/you-said-we-did.json',
          rule: 'you-said-we-did',
          cases: 3,
          status: 'passed',
          problems: [],
        },
      ],
    });
  });

  it('speaks Welsh with --locale cy', async () => {
    const { stdout } = await run(
      ['test', 'our-pack/tests/you-said-we-did.json', '--locale', 'cy'],
      at,
    );
    expect(stdout).toBe(
      "our-pack/tests/you-said-we-did.json: wedi pasio (3 achos)\n1 ffeil brawf, wedi'u gwirio yn ôl coproduce.config.json: 1 wedi pasio, 0 wedi methu.\n",
    );
  });

  it('says in Welsh what a failing case got, outcomes included', async () => {
    const restore = breakStrengthsRule();
    try {
      const { code, stdout } = await run(
        ['test', 'our-pack/tests/strengths-recorded.json', '--locale', 'cy'],
        at,
      );
      expect(code).toBe(1);
      // The rule's own messages stay as the pack wrote them; the outcomes are said in Welsh.
      expect(stdout).toContain(
        'dylai "both members\' skills recorded" basio, ond y canlyniad oedd: wedi’i nodi (wedi’i nodi aelod m-1: Nothing records what Member m-1',
      );
      expect(stdout).not.toMatch(/\bflagged\b/);
    } finally {
      restore();
    }
  });

  it('is a usage error, exit 2, with nothing to test', async () => {
    mkdirSync(join(dir, 'no-tests'), { recursive: true });
    for (const [args, said] of [
      [['test'], "name your framework pack's folder"],
      [['test', 'nowhere'], '"nowhere" does not exist'],
      [['test', 'no-tests'], 'no rule tests in no-tests'],
    ] as const) {
      const { code, stderr } = await run(args, at);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(said);
      expect(stderr).toContain('Run "coproduce test --help"');
    }
  });
});
