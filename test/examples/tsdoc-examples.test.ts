/**
 * The TSDoc examples checker (scripts/check-tsdoc-examples.ts, run by
 * `npm run check:tsdoc`): it finds the examples of every public entry,
 * fenced or on one line, and fails an example that does not type-check,
 * naming where it is.
 */
import { describe, expect, it } from 'vitest';
import {
  checkClaims,
  checkExamples,
  collectExamples,
  exampleModule,
  publicEntries,
  type TsdocExample,
} from '../../scripts/check-tsdoc-examples.js';

describe('TSDoc examples', () => {
  it('covers every public entry in package.json and finds fenced and one-line examples', () => {
    expect(publicEntries().map((e) => e.module)).toEqual(
      expect.arrayContaining([
        'coproduce',
        'coproduce/node',
        'coproduce/report',
        'coproduce/schemas',
        'coproduce/testing',
      ]),
    );
    const { examples } = collectExamples();
    const of = (name: string) => examples.filter((e) => e.name === name).map((e) => e.code);
    // Fenced, with its own imports.
    expect(of('testRule').join('\n')).toContain(
      "import { minimalProject, testRule } from 'coproduce/testing';",
    );
    // One line in backticks, the backticks taken off.
    expect(of('DEFAULT_TEST_NOW')).toEqual(["DEFAULT_TEST_NOW // '2025-06-02T09:00:00Z'"]);
    expect(examples.some((e) => e.module === 'coproduce/node')).toBe(true);
  });

  it('imports what an example does not declare, and declares the prelude it does not', () => {
    const exports = new Map([['coproduce', ['check', 'type Project', 'parseProject']]]);
    const { text } = exampleModule(
      {
        module: 'coproduce',
        name: 'x',
        file: 'x.ts',
        line: 1,
        code: 'const project = parseProject(input);\nawait check(project);',
      },
      exports,
    );
    expect(text).toContain("import { check, type Project, parseProject } from 'coproduce';");
    expect(text).not.toMatch(/declare let project:/);
    expect(text).toMatch(/declare let input: /);
  });

  it('fails an example that does not type-check, naming its file, line and export', () => {
    const example = (code: string, line: number): TsdocExample => ({
      module: 'coproduce',
      name: 'check',
      file: 'src/check/evaluate.ts',
      line,
      code,
    });
    const { count, errors } = checkExamples([
      example("const report = await check(project, { now: '2026-11-20T12:00:00Z' });", 10),
      example("const report = await check(project, { when: '2026-11-20' });", 20),
      example('undefinedThing.run();', 30),
      example('ruleSet.rules.map((r) => r.nope);', 40),
    ]);
    expect(count).toBe(4);
    expect(errors).toEqual([
      expect.stringMatching(/^src\/check\/evaluate\.ts:20 \(check\): .*'when'/s),
      expect.stringMatching(
        /^src\/check\/evaluate\.ts:30 \(check\): Cannot find name 'undefinedThing'/,
      ),
      expect.stringMatching(
        /^src\/check\/evaluate\.ts:40 \(check\): Property 'nope' does not exist/,
      ),
    ]);
  }, 120_000); // a TypeScript program over the package's own types: slow when the machine is busy

  it('runs the claims of one-line examples and fails a false one', async () => {
    const example = (code: string, line: number): TsdocExample => ({
      module: 'coproduce',
      name: 'RuleConditionSchema',
      file: 'src/check/rule-schema.ts',
      line,
      code,
    });
    const { count, errors } = await checkClaims([
      example('RuleConditionSchema.safeParse({ all: [] }).success // false: one at least', 1),
      example('RuleConditionSchema.safeParse({ all: [] }).success // true', 2),
      example("StageSchema.options // ['planning', 'starting', 'during', 'ending', 'closed']", 3),
      example('project.title // a prelude value: not run', 4),
    ]);
    expect(count).toBe(3);
    expect(errors).toEqual([
      'src/check/rule-schema.ts:2 (RuleConditionSchema): RuleConditionSchema.safeParse({ all: [] }).success gives false, not true',
    ]);
  });
});
