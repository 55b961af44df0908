/**
 * Inputs that once ran out of stack or took unbounded work: each now ends
 * in a typed error or a result, quickly, through the public API.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/index.js';
import {
  applyCommand,
  applyCommands,
  COMMAND_LIMITS,
  CoproduceError,
  commands,
  createRuleSet,
  parseCommand,
  parseCouncilConfig,
  RULE_LIMITS,
  resolveConfig,
} from '../../src/index.js';
import { parseProject } from '../../src/model/parse.js';
import { loadConfig, loadRuleFolder } from '../../src/node/index.js';
import { smallProject } from '../state/fixtures.js';

/** A batch holding a batch holding … `depth` deep, with one real command at the bottom. */
function nestedBatch(depth: number): Command {
  let command: Command = commands.project.update({ changes: { title: 'Deep' } });
  for (let i = 0; i < depth; i++) command = commands.batch([command]);
  return command;
}

function thrown(run: () => unknown): CoproduceError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CoproduceError);
    return error as CoproduceError;
  }
  throw new Error('expected a CoproduceError, but nothing was thrown');
}

describe('batches nested too deep', () => {
  const project = parseProject(smallProject());

  it(`applies batches nested ${COMMAND_LIMITS.maxBatchDepth} deep`, () => {
    const next = applyCommand(project, nestedBatch(COMMAND_LIMITS.maxBatchDepth));
    expect(next.title).toBe('Deep');
  });

  for (const depth of [COMMAND_LIMITS.maxBatchDepth + 1, 3_000, 200_000]) {
    it(`refuses a batch nested ${depth} deep with limit-exceeded, everywhere a command enters`, () => {
      const command = nestedBatch(depth);
      for (const run of [
        () => applyCommand(project, command),
        () => applyCommands(project, [command]),
        () => parseCommand(command as unknown),
      ]) {
        const error = thrown(run);
        expect(error.code).toBe('limit-exceeded');
        expect(error.problems[0]?.message).toContain(
          `at most ${COMMAND_LIMITS.maxBatchDepth} deep`,
        );
      }
    });
  }
});

describe('configuration graphs: each file read and applied once', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'coproduce-diamond-'));
    // Five files, each naming the next fifty times: 50^4 paths, five files.
    for (let level = 0; level < 4; level++) {
      const next = `./level-${level + 1}.json`;
      writeFileSync(
        join(dir, `level-${level}.json`),
        JSON.stringify({ extends: Array.from({ length: 50 }, () => next) }),
      );
    }
    writeFileSync(join(dir, 'level-4.json'), JSON.stringify({ rules: { 'quiet-members': 'off' } }));
    // A chain of distinct files longer than a configuration may reach.
    for (let i = 0; i <= 120; i++) {
      writeFileSync(
        join(dir, `chain-${i}.json`),
        JSON.stringify({ extends: [`./chain-${i + 1}.json`] }),
      );
    }
    writeFileSync(join(dir, 'chain-121.json'), '{}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a diamond of extends from disk, applying the shared file once', {
    timeout: 10_000,
  }, async () => {
    const ruleSet = await loadConfig(join(dir, 'level-0.json'));
    expect(ruleSet.rules.some((rule) => rule.id === 'quiet-members')).toBe(false);
    expect(ruleSet.sources.filter((source) => source.endsWith('level-4.json'))).toHaveLength(1);
  });

  it('resolves the same diamond in memory', { timeout: 10_000 }, () => {
    const configs: Record<string, unknown> = {
      'level-4.json': { rules: { 'quiet-members': 'off' } },
    };
    for (let level = 0; level < 4; level++) {
      configs[`level-${level}.json`] = {
        extends: Array.from({ length: 50 }, () => `level-${level + 1}.json`),
      };
    }
    const resolved = resolveConfig(configs['level-0.json'], {
      file: 'level-0.json',
      resolveExtends: (ref) => ({ file: ref, config: configs[ref] }),
    });
    const quiet = resolved.rules.find((entry) => entry.rule.id === 'quiet-members');
    expect(quiet?.enabled).toBe(false);
    expect(resolved.sources.filter((source) => source === 'level-4.json')).toHaveLength(1);
  });

  it('a symbolic link loop is a file-not-found error in plain words, not a raw ELOOP', async () => {
    symlinkSync('loop-a.json', join(dir, 'loop-b.json'));
    symlinkSync('loop-b.json', join(dir, 'loop-a.json'));
    writeFileSync(join(dir, 'loops.json'), JSON.stringify({ extends: ['./loop-a.json'] }));
    for (const file of ['loops.json', 'loop-a.json']) {
      const error = await loadConfig(join(dir, file)).then(
        () => new Error('expected loadConfig to refuse the loop'),
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(CoproduceError);
      expect((error as CoproduceError).code).toBe('file-not-found');
      expect((error as CoproduceError).message).toContain(
        'Cannot read loop-a.json: too many symbolic links.',
      );
      expect((error as CoproduceError).message).not.toContain(dir);
    }
  });

  it('refuses a configuration that reaches more than 100 files', async () => {
    try {
      await loadConfig(join(dir, 'chain-0.json'));
      throw new Error('expected loadConfig to refuse the chain');
    } catch (error) {
      expect(error).toBeInstanceOf(CoproduceError);
      expect((error as CoproduceError).code).toBe('limit-exceeded');
      expect((error as CoproduceError).message).toContain('more than 100 configuration files');
    }
  });
});

describe('dates far from our time', () => {
  const base = parseProject(smallProject());
  const document = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;

  it('refuses dates and times outside the years 1900 to 2200, naming each', () => {
    const activity = {
      id: 'a-far',
      kind: 'workshop',
      title: 'Far away',
      start: '0001-01-01T10:00:00Z',
      end: '9999-01-01T12:00:00Z',
    };
    const timeframe = { start: '1899-12-31', end: '2201-01-01', milestones: [] };
    const error = thrown(() => parseProject({ ...document, activities: [activity], timeframe }));
    expect(error.code).toBe('invalid-project');
    const found = error.problems.map((p) => [p.pointer, p.message]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['/activities/0/start', expect.stringContaining('in the years 1900 to 2200')],
        ['/activities/0/end', expect.stringContaining('in the years 1900 to 2200')],
        ['/timeframe/start', 'must be a calendar date like 2025-03-14, in the years 1900 to 2200'],
        ['/timeframe/end', 'must be a calendar date like 2025-03-14, in the years 1900 to 2200'],
      ]),
    );
  });

  it('accepts the first and last days of the range, and 29 February only in leap years', () => {
    const milestones = [
      { id: 'ms-1', title: 'First', due: '1900-01-01' },
      { id: 'ms-2', title: 'Last', due: '2200-12-31' },
      { id: 'ms-3', title: 'Leap', due: '2000-02-29' },
    ];
    const project = parseProject({ ...document, timeframe: { milestones } });
    expect(project.timeframe.milestones.map((m) => m.due)).toEqual([
      '1900-01-01',
      '2200-12-31',
      '2000-02-29',
    ]);
    for (const due of ['1900-02-29', '2100-02-29', '2200-02-29']) {
      const error = thrown(() =>
        parseProject({ ...document, timeframe: { milestones: [{ id: 'ms-1', title: 'x', due }] } }),
      );
      expect(error.problems[0]?.pointer).toBe('/timeframe/milestones/0/due');
    }
  });
});

/** A council's own rule with `conditions` leaves, each reading the fact `fact`. */
function customRule(id: string, conditions: number, fact: string): Record<string, unknown> {
  return {
    id,
    set: 'council',
    version: 1,
    title: 'A council rule',
    section: 'During co-production',
    scope: 'project',
    severity: 'warning',
    questions: ['during.everyone-contributes'],
    rationale: 'Why it matters.',
    evidence: 'What counts.',
    messages: { flagged: 'Something is wrong.', action: 'Put it right.' },
    conditions: {
      all: Array.from({ length: conditions }, () => ({ fact, operator: 'equal', value: 1 })),
    },
  };
}

/** Settings for `count` rules whose ids are one or more letters away from "quiet-members". */
function misspeltSettings(count: number, from = 0): Record<string, string> {
  const rules: Record<string, string> = {};
  for (let i = from; i < from + count; i++) rules[`quiet-member${i}`] = 'error';
  return rules;
}

describe('problems in rule and configuration files: listed up to a cap, suggested for the first few', () => {
  const { maxProblems, maxSuggestions } = RULE_LIMITS;

  /** Checks the shape every capped list must have, and returns its listed problems. */
  function expectCapped(error: CoproduceError, total: number): readonly string[] {
    expect(error.problems).toHaveLength(maxProblems + 1);
    expect(error.problems.at(-1)?.message).toBe(
      `…and ${(total - maxProblems).toLocaleString('en-GB')} more problems, not listed; fix these first`,
    );
    expect(error.message.split('\n')[0]).toContain(`(${total.toLocaleString('en-GB')} problems)`);
    return error.problems.slice(0, maxProblems).map((p) => p.message);
  }

  it('20,000 unknown rule ids across twenty files: the first 200 listed, the first 20 with a suggestion', () => {
    const files: Record<string, unknown> = {};
    for (let f = 0; f < 20; f++)
      files[`part-${f}.json`] = { rules: misspeltSettings(1000, f * 1000) };
    const error = thrown(() =>
      resolveConfig(
        { extends: Object.keys(files) },
        { resolveExtends: (ref) => ({ file: ref, config: files[ref] }) },
      ),
    );
    expect(error.code).toBe('invalid-config');
    const listed = expectCapped(error, 20_000);
    listed.forEach((message, i) => {
      const id = `quiet-member${i}`;
      expect(message).toBe(
        i < maxSuggestions
          ? `unknown rule id "${id}"; did you mean "quiet-members"?`
          : `unknown rule id "${id}"`,
      );
    });
    expect(error.problems[0]?.file).toBe('part-0.json');
  });

  it('refuses a configuration with more rule settings than it may hold before reading any', () => {
    const tooMany = RULE_LIMITS.maxRuleSettings + 1;
    const error = thrown(() => resolveConfig({ rules: misspeltSettings(tooMany) }));
    expect(error.code).toBe('invalid-config');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.pointer).toBe('/rules');
    expect(error.problems[0]?.message).toBe(
      `holds settings for ${tooMany.toLocaleString('en-GB')} rules; a configuration may set at most 1,000`,
    );
  });

  it('199,000 wrong settings are one problem, not a stack overflow', () => {
    const rules: Record<string, string> = {};
    for (let i = 0; i < 199_000; i++) rules[`rule-${i}`] = 'loudly';
    const result = parseCouncilConfig({ rules });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      'holds settings for 199,000 rules; a configuration may set at most 1,000',
    ]);
  });

  it('refuses messages in too many languages, or for too many rules in one', () => {
    const languages: Record<string, unknown> = {};
    for (let i = 0; i <= RULE_LIMITS.maxLocales; i++)
      languages[`x${String.fromCharCode(97 + i)}`] = {};
    const error = thrown(() => resolveConfig({ messages: languages }));
    expect(error.problems.map((p) => [p.pointer, p.message])).toEqual([
      ['/messages', `holds messages in 21 languages; a configuration may hold at most 20`],
    ]);
    const welsh: Record<string, unknown> = {};
    for (let i = 0; i <= RULE_LIMITS.maxRuleSettings; i++) welsh[`rule-${i}`] = { title: 'Teitl' };
    const again = thrown(() => resolveConfig({ messages: { cy: welsh } }));
    expect(again.problems.map((p) => [p.pointer, p.message])).toEqual([
      [
        '/messages/cy',
        'holds messages for 1,001 rules; a configuration may hold at most 1,000 in one language',
      ],
    ]);
  });

  it('400 custom rules of 100 conditions naming an unknown fact: 40,000 problems, 200 listed', () => {
    const customRules = Array.from({ length: 400 }, (_, r) =>
      customRule(`council-rule-${r}`, 100, 'quietMembrs'),
    );
    const error = thrown(() => createRuleSet(resolveConfig({ extends: [], customRules })));
    expect(error.code).toBe('invalid-rule');
    const listed = expectCapped(error, 40_000);
    listed.forEach((message, i) => {
      expect(message).toBe(
        i < maxSuggestions
          ? 'unknown fact "quietMembrs"; did you mean "quietMembers"?'
          : 'unknown fact "quietMembrs"',
      );
    });
    expect(error.problems[0]?.pointer).toMatch(/^\/customRules\/\d+\/conditions\/all\/0\/fact$/);
  });

  describe('on disk', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'coproduce-problems-'));
      const customRules = Array.from({ length: 400 }, (_, r) =>
        customRule(`council-rule-${r}`, 100, 'quietMembrs'),
      );
      writeFileSync(join(dir, 'council.json'), JSON.stringify({ extends: [], customRules }));
      // Three rule files, each with 100 conditions holding three fields a condition cannot have.
      mkdirSync(join(dir, 'rules'));
      for (let f = 0; f < 3; f++) {
        const rule = customRule(`broken-${f}`, 100, 'quietMembers');
        rule.conditions = {
          all: Array.from({ length: 100 }, () => ({
            fact: 'quietMembers',
            operator: 'equal',
            value: 1,
            a: 1,
            b: 2,
            c: 3,
          })),
        };
        writeFileSync(join(dir, 'rules', `broken-${f}.json`), JSON.stringify(rule));
      }
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('loadConfig refuses the 400 rules of 100 unknown facts with a capped list', async () => {
      const error = await loadConfig(join(dir, 'council.json')).then(
        () => {
          throw new Error('expected loadConfig to refuse the rules');
        },
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(CoproduceError);
      const listed = expectCapped(error as CoproduceError, 40_000);
      expect(listed.filter((m) => m.includes('did you mean'))).toHaveLength(maxSuggestions);
    });

    it('a rule folder counts every problem of every file, though each file lists only 200', async () => {
      const error = await loadRuleFolder(join(dir, 'rules')).then(
        () => {
          throw new Error('expected loadRuleFolder to refuse the files');
        },
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(CoproduceError);
      expect((error as CoproduceError).code).toBe('invalid-rule');
      const problems = (error as CoproduceError).problems;
      expect(problems).toHaveLength(maxProblems + 1);
      // 3 files × 300 problems, of which the first file's first 200 are listed.
      expect(problems.at(-1)?.message).toBe('…and 700 more problems, not listed; fix these first');
      expect(new Set(problems.slice(0, maxProblems).map((p) => p.ruleId))).toEqual(
        new Set(['broken-0']),
      );
    });
  });
});
