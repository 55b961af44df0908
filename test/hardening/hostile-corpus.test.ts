/**
 * The hostile corpus in test/fixtures/hostile/: rule and configuration files
 * a careless or malicious author might write. Every one is refused when it
 * is loaded (a rule file when it is compiled into a rule set, a
 * configuration by loadConfig), with a CoproduceError naming the file, the
 * path and what is wrong; none of them runs anything, touches a prototype
 * or takes long.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathResolver } from '../../src/check/path.js';
import { CoproduceError } from '../../src/model/errors.js';
import { loadConfig, loadRuleFile, loadRuleFolder } from '../../src/node/index.js';
import { expectPrototypesUntouched, expectWellFormedError, prototypeSnapshot } from './support.js';

const CORPUS = resolve('test/fixtures/hostile');
const CASE_BUDGET_MS = 2000;

let before: string[][];
let scratch: string;
beforeAll(async () => {
  before = prototypeSnapshot();
  scratch = await mkdtemp(join(tmpdir(), 'coproduce-hostile-'));
});
afterAll(async () => {
  expectPrototypesUntouched(before);
  await rm(scratch, { recursive: true, force: true });
});

/**
 * Loads a rule file the way a council does: named in a configuration's
 * `ruleFiles`, read, checked and compiled into a rule set.
 */
async function loadRule(file: string): Promise<unknown> {
  const config = join(scratch, `uses-${file.split('/').pop()}`);
  await writeFile(config, JSON.stringify({ extends: [], ruleFiles: [file] }));
  return loadConfig(config, { root: '/' });
}

async function refusal(load: () => Promise<unknown>): Promise<CoproduceError> {
  const started = performance.now();
  let error: unknown;
  try {
    await load();
  } catch (caught) {
    error = caught;
  }
  expect(performance.now() - started).toBeLessThan(CASE_BUDGET_MS);
  if (!(error instanceof CoproduceError)) {
    throw new Error(`expected a CoproduceError, got ${String(error)}`, { cause: error });
  }
  expectWellFormedError(error);
  expectPrototypesUntouched(before);
  return error;
}

interface Case {
  /** The fixture, under test/fixtures/hostile/. */
  readonly file: string;
  readonly code: string;
  /** The path of the first problem, as a dot path. */
  readonly at: string | RegExp;
  /** Words the first problem's message contains. */
  readonly says: string;
}

const prototypeWords = 'is not allowed: it could change how objects behave';

const ruleCases: Case[] = [
  {
    file: 'rules/jsonpath-filter.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.path',
    says: 'JSONPath filters',
  },
  {
    file: 'rules/jsonpath-recursive.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.path',
    says: 'recursive descent',
  },
  {
    file: 'rules/jsonpath-script.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.path',
    says: 'must not use',
  },
  {
    file: 'rules/path-to-prototype.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.path',
    says: 'must not use "__proto__", "constructor", "prototype"',
  },
  {
    file: 'rules/script-as-fact.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.fact',
    says: 'a fact id must be camelCase',
  },
  {
    file: 'rules/script-as-operator.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.operator',
    says: 'unknown operator "constructor"',
  },
  {
    file: 'rules/decorated-operator.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.operator',
    says: 'unknown operator "everyFact:lessThan"',
  },
  {
    file: 'rules/condition-reference.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.condition',
    says: 'condition references are not allowed',
  },
  {
    file: 'rules/condition-priority.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.priority',
    says: 'condition priorities are not allowed',
  },
  {
    file: 'rules/javascript-docs-link.json',
    code: 'invalid-rule',
    at: 'docs',
    says: 'must be an http:// or https:// link',
  },
  {
    file: 'rules/placeholder-missing-data.json',
    code: 'invalid-rule',
    at: 'messages.flagged',
    says: 'unknown placeholder "{memberEmail}"',
  },
  {
    file: 'rules/placeholder-prototype.json',
    code: 'invalid-rule',
    at: 'messages.flagged',
    says: '"{__proto__}" is not a placeholder',
  },
  {
    file: 'rules/placeholder-unknown-format.json',
    code: 'invalid-rule',
    at: 'messages.flagged',
    says: 'eval',
  },
  {
    file: 'rules/parameter-named-tostring.json',
    code: 'invalid-rule',
    at: 'conditions.all.0.value',
    says: 'unknown parameter "toString"',
  },
  {
    file: 'rules/long-string.json',
    code: 'invalid-rule',
    at: 'title',
    says: 'at most 2000 characters',
  },
  {
    file: 'rules/nested-thousands-deep.json',
    code: 'invalid-rule',
    at: /^conditions(\.not){32}$/,
    says: 'nests more than 32 levels deep',
  },
  ...['__proto__', 'constructor', 'prototype'].flatMap((key) => {
    const slug = key.replaceAll('_', '');
    return [
      ['top', key],
      ['messages', `messages.${key}`],
      ['conditions', `conditions.${key}`],
      ['leaf', `conditions.all.0.${key}`],
      ['params', `conditions.all.0.params.${key}`],
      ['parameters', `parameters.${key}`],
    ].map(([level, at]) => ({
      file: `rules/${slug}-key-${level}.json`,
      code: 'invalid-rule',
      at: at as string,
      says: `the key "${key}" ${prototypeWords}`,
    }));
  }),
];

const configCases: Case[] = [
  {
    file: 'configs/extends-cycle/coproduce.json',
    code: 'invalid-config',
    at: 'extends.0',
    says: '"extends" makes a cycle',
  },
  {
    file: 'configs/extends-self/coproduce.json',
    code: 'invalid-config',
    at: 'extends.1',
    says: '"extends" makes a cycle',
  },
  {
    file: 'configs/extends-outside/council/coproduce.json',
    code: 'invalid-config',
    at: 'extends.0',
    says: "which is outside the configuration's folder",
  },
  {
    file: 'configs/extends-absolute/coproduce.json',
    code: 'invalid-config',
    at: 'extends.0',
    says: 'names "/etc/passwd", which is outside',
  },
  {
    file: 'configs/extends-deep-outside/coproduce.json',
    code: 'invalid-config',
    at: 'extends.0',
    says: "outside the configuration's folder",
  },
  {
    file: 'configs/rule-files-outside/council/coproduce.json',
    code: 'invalid-config',
    at: 'ruleFiles.0',
    says: "outside the configuration's folder",
  },
  {
    file: 'configs/extends-missing/coproduce.json',
    code: 'file-not-found',
    at: 'extends.0',
    says: 'names "./nowhere.json", which does not exist',
  },
  {
    file: 'configs/rule-files-missing/coproduce.json',
    code: 'file-not-found',
    at: 'ruleFiles.0',
    says: 'which does not exist',
  },
  {
    file: 'configs/rule-file-is-code/coproduce.json',
    code: 'invalid-json',
    at: '',
    says: 'is not valid JSON',
  },
  {
    file: 'configs/preset-path/coproduce.json',
    code: 'invalid-config',
    at: 'extends.0',
    says: 'a preset must be named like "coproduce:recommended"',
  },
  {
    file: 'configs/override-placeholder-missing/coproduce.json',
    code: 'invalid-config',
    at: 'rules.quiet-members.messages.flagged',
    says: 'unknown placeholder "{memberPhone}"',
  },
  {
    file: 'configs/translation-placeholder-missing/coproduce.json',
    code: 'invalid-config',
    at: 'messages.cy.quiet-members.flagged',
    says: 'unknown placeholder "{dyddiau}"',
  },
  {
    file: 'configs/custom-rule-jsonpath/coproduce.json',
    code: 'invalid-rule',
    at: 'customRules.0.conditions.all.0.path',
    says: 'JSONPath filters',
  },
  {
    file: 'configs/thousands-of-rules/coproduce.json',
    code: 'invalid-config',
    at: 'customRules',
    says: 'holds 2,000 rules; a configuration may hold at most 500',
  },
  {
    file: 'configs/nested-thousands-deep/coproduce.json',
    code: 'invalid-config',
    at: /^customRules\.0\.conditions(\.not)+$/,
    says: 'nests more than 32 levels deep',
  },
  ...['__proto__', 'constructor', 'prototype'].flatMap((key) => {
    const slug = key.replaceAll('_', '');
    return [
      ['top', key],
      ['rules', `rules.${key}`],
      ['setting', `rules.quiet-members.${key}`],
      ['parameters', `rules.quiet-members.parameters.${key}`],
      ['messages', `messages.${key}`],
      ['locale-messages', `messages.cy.${key}`],
      ['custom-rule', `customRules.0.${key}`],
      ['custom-condition', `customRules.0.conditions.all.0.${key}`],
    ].map(([level, at]) => ({
      file: `configs/${slug}-key-${level}/coproduce.json`,
      code: 'invalid-config',
      at: at as string,
      says: `the key "${key}" ${prototypeWords}`,
    }));
  }),
];

function expectCase(error: CoproduceError, expected: Case): void {
  expect(error.code).toBe(expected.code);
  const first = error.problems[0];
  if (typeof expected.at === 'string') expect(first?.path.join('.')).toBe(expected.at);
  else expect(first?.path.join('.')).toMatch(expected.at);
  expect(first?.message).toContain(expected.says);
  // Every problem says which file it is in, so a council can find it.
  expect(first?.file).toMatch(/^\//);
}

describe('the hostile corpus', () => {
  it('has a case for every fixture', async () => {
    const { readdirSync } = await import('node:fs');
    const rules = readdirSync(join(CORPUS, 'rules')).map((f) => `rules/${f}`);
    expect(ruleCases.map((c) => c.file).sort()).toEqual(rules.sort());
    const configs = readdirSync(join(CORPUS, 'configs'));
    const named = new Set(configCases.map((c) => c.file.split('/')[1]));
    expect([...named].sort()).toEqual(configs.sort());
  });

  for (const testCase of ruleCases) {
    it(`refuses ${testCase.file}`, async () => {
      const error = await refusal(() => loadRule(join(CORPUS, testCase.file)));
      expectCase(error, testCase);
    });
  }

  for (const testCase of configCases) {
    it(`refuses ${testCase.file}`, async () => {
      const error = await refusal(() => loadConfig(join(CORPUS, testCase.file)));
      expectCase(error, testCase);
    });
  }

  it('never evaluates the script in a JSONPath expression, even when asked to resolve it', () => {
    const script = "$..[?(@.constructor.constructor('globalThis.pwned = true')())]";
    expect(pathResolver({ a: { b: 1 } }, script)).toBeUndefined();
    expect(pathResolver({ a: { b: 1 } }, '$[?(globalThis.pwned = true)]')).toBeUndefined();
    expectPrototypesUntouched(before);
  });
});

describe('hostile layouts on disk', () => {
  it('refuses an extends entry that is a symbolic link leading outside the folder', async () => {
    const outside = join(scratch, 'outside.json');
    await writeFile(outside, JSON.stringify({ rules: { 'quiet-members': 'off' } }));
    const council = join(scratch, 'linked');
    await mkdir(council, { recursive: true });
    await symlink(outside, join(council, 'base.json'));
    await writeFile(join(council, 'coproduce.json'), JSON.stringify({ extends: ['./base.json'] }));
    const error = await refusal(() => loadConfig(join(council, 'coproduce.json')));
    expect(error.code).toBe('invalid-config');
    expect(error.problems[0]?.message).toContain("outside the configuration's folder");
    // Naming a wider root allows it.
    await expect(
      loadConfig(join(council, 'coproduce.json'), { root: scratch }),
    ).resolves.toBeDefined();
  });

  it('refuses a rule folder holding thousands of rule files', async () => {
    const folder = join(scratch, 'many-rules');
    await mkdir(folder, { recursive: true });
    await Promise.all(
      Array.from({ length: 2000 }, (_, i) => writeFile(join(folder, `rule-${i}.json`), '{}')),
    );
    const error = await refusal(() => loadRuleFolder(folder));
    expect(error.code).toBe('limit-exceeded');
    expect(error.message).toContain('more than 500 rule files');
  });

  // Before: folders deeper than six, and symbolic links, were skipped without a word.
  it('refuses, rather than silently skips, a rule folder nested too deep', async () => {
    const deep = join(scratch, 'deep-rules', 'a', 'b', 'c', 'd', 'e', 'f', 'g');
    await mkdir(deep, { recursive: true });
    await writeFile(join(deep, 'lost-rule.json'), '{}');
    const error = await refusal(() => loadRuleFolder(join(scratch, 'deep-rules')));
    expect(error.code).toBe('limit-exceeded');
    expect(error.problems[0]?.message).toBe('is more than 6 folders deep inside a rule folder');
  });

  it('refuses, rather than silently skips, a symbolic link in a rule folder', async () => {
    const folder = join(scratch, 'linked-rules');
    await mkdir(folder, { recursive: true });
    await writeFile(join(scratch, 'elsewhere.json'), '{}');
    await symlink(join(scratch, 'elsewhere.json'), join(folder, 'elsewhere.json'));
    const error = await refusal(() => loadRuleFolder(folder));
    expect(error.code).toBe('invalid-rule');
    expect(error.problems[0]).toMatchObject({ file: join(folder, 'elsewhere.json') });
    expect(error.problems[0]?.message).toContain('links in a rule folder are not followed');
  });

  it('refuses a rule file nested 200,000 levels deep before anything recurses into it', async () => {
    const file = join(scratch, 'very-deep.json');
    await writeFile(file, `${'{"not":'.repeat(200_000)}1${'}'.repeat(200_000)}`);
    const error = await refusal(() => loadRuleFile(file));
    expect(error.code).toBe('invalid-rule');
    expect(error.problems[0]?.message).toBe('nests more than 32 levels deep');
  });
});
