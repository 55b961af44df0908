import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, createRuleSet, questionCatalogue } from '../../src/index.js';
import { createWorkspace, overlongLines, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
});
afterAll(() => cleanup());

const catalogue = JSON.parse(readFileSync('rules/questions.json', 'utf8')) as {
  questions: { id: string; section: string; point: string; evidence?: string[] }[];
};

interface Listed {
  id: string;
  section: string;
  question: string;
  evidence: string[];
  rules: { id: string; enabled: boolean; severity: string }[];
}

describe('coproduce questions', () => {
  it('lists every question of the framework, with the rules that encode it', async () => {
    const { code, stdout } = await run(['questions', '--no-config', '--format', 'json'], at);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout).questions as Listed[];
    expect(listed.map((q) => q.id)).toEqual(catalogue.questions.map((q) => q.id));
    for (const [i, q] of catalogue.questions.entries()) {
      expect(listed[i]).toMatchObject({ section: q.section, question: q.point });
      expect(listed[i]?.evidence).toEqual(q.evidence ?? []);
    }
    // Each default rule is listed under exactly the questions its file names.
    for (const rule of builtinRules().values()) {
      for (const q of listed) {
        expect(
          q.rules.some((r) => r.id === rule.id),
          `${rule.id} under ${q.id}`,
        ).toBe(rule.questions.includes(q.id));
      }
    }
  });

  it('prints them in sections, within 80 columns', async () => {
    const { code, stdout } = await run(['questions', '--no-config'], at);
    expect(code).toBe(0);
    expect(overlongLines(stdout, 80)).toEqual([]);
    // The recommended rules load the built-in framework only: a framework
    // pack's questions are listed when its preset is in "extends".
    const builtin = questionCatalogue(createRuleSet({}));
    const sections = [...new Set([...builtin.values()].map((q) => q.section))];
    for (const section of sections) expect(stdout).toContain(`\n${section}\n`);
    expect(stdout).not.toContain('principles.');
    expect(stdout).toContain(
      '\n  readiness.purpose\n    What the group wants to co-produce, and why\n',
    );
    expect(stdout).toContain('Every question shown is asked by at least one rule in force.');
  });

  it('shows only the questions named, by id or by the part before the dot', async () => {
    const group = await run(['questions', 'during', '--no-config', '-f', 'json'], at);
    const ids = (JSON.parse(group.stdout).questions as Listed[]).map((q) => q.id);
    expect(ids).toEqual(
      catalogue.questions.map((q) => q.id).filter((id) => id.startsWith('during.')),
    );
    const one = await run(['questions', 'readiness.purpose', '--no-config', '-f', 'json'], at);
    expect((JSON.parse(one.stdout).questions as Listed[]).map((q) => q.id)).toEqual([
      'readiness.purpose',
    ]);
    const typo = await run(['questions', 'readiness.purpos', '--no-config'], at);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "readiness.purpose"?');
  });

  it('says which rules the configuration switched off, and which questions no rule asks', async () => {
    const [only] = [...builtinRules().values()].filter((r) =>
      r.questions.includes('readiness.purpose'),
    );
    expect(only).toBeDefined();
    writeFileSync(
      join(dir, 'purpose-off.json'),
      JSON.stringify({ rules: { [only?.id as string]: 'off' } }),
    );
    const json = await run(
      ['questions', 'readiness.purpose', '--config', 'purpose-off.json', '-f', 'json'],
      at,
    );
    const [q] = JSON.parse(json.stdout).questions as Listed[];
    expect(q?.rules).toEqual([expect.objectContaining({ id: only?.id, enabled: false })]);
    const text = await run(['questions', 'readiness', '--config', 'purpose-off.json'], at);
    expect(text.stdout).toContain('Rules: none in force, so no check asks this question.');
    expect(text.stdout).toContain(`Not in force: ${only?.id}`);
    expect(text.stdout).toContain('1 question is asked by no rule in force.');
    expect(text.stdout).toContain('Configuration: purpose-off.json');
  });

  it('with a framework pack alone, lists its questions and sums up the framework not chosen', async () => {
    writeFileSync(
      join(dir, 'pack-only.json'),
      JSON.stringify({ extends: ['coproduce:six-principles'] }),
    );
    const text = await run(['questions', '--config', 'pack-only.json'], at);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('principles.');
    // The built-in framework's rules were never chosen, so none reads as switched off.
    expect(text.stdout).not.toContain('readiness.purpose');
    expect(text.stdout).not.toContain('Not in force');
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(
      `Not shown: the ${catalogue.questions.length} questions of the Co-production framework`,
    );
    expect(overlongLines(text.stdout, 80)).toEqual([]);
    // A question named is shown whichever framework it is from; JSON lists them all.
    const named = await run(['questions', 'readiness.purpose', '--config', 'pack-only.json'], at);
    expect(named.stdout).toContain('readiness.purpose');
    expect(named.stdout).not.toContain('Not shown');
    const json = await run(['questions', '--config', 'pack-only.json', '-f', 'json'], at);
    const ids = (JSON.parse(json.stdout).questions as Listed[]).map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(catalogue.questions.map((q) => q.id)));
    const welsh = await run(['questions', '--config', 'pack-only.json', '--locale', 'cy'], at);
    expect(welsh.stdout.replace(/\s+/g, ' ')).toContain(
      `Heb eu dangos: ${catalogue.questions.length} cwestiwn`,
    );
  });

  it('is listed in the main help', async () => {
    const { stdout } = await run(['--help'], at);
    expect(stdout).toContain('questions [id...]');
  });
});
