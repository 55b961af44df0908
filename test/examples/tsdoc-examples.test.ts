/**
 * The TSDoc examples checker (scripts/check-tsdoc-examples.ts, run by
 * `npm run check:tsdoc`): it finds the examples of every public entry and
 * of the internal modules of the folders it covers, fenced or on one line,
 * and fails an example that does not type-check, naming where it is.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkClaims,
  checkExamples,
  collectExamples,
  exampleModule,
  INTERNAL_FOLDERS,
  internalModules,
  publicEntries,
  type TsdocExample,
} from '../../scripts/check-tsdoc-examples.js';

const ROOT = resolve(import.meta.dirname, '../..');

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

  it('covers the internal modules of the folders listed, src/state and src/model among them, members and all', () => {
    expect(INTERNAL_FOLDERS).toEqual(expect.arrayContaining(['src/state', 'src/model']));
    expect(internalModules()).toEqual(
      expect.arrayContaining(['src/state/commands/member.ts', 'src/model/limits.ts']),
    );
    const { examples } = collectExamples();
    const member = examples.filter((e) => e.module === 'src/state/commands/member.ts');
    // The family, an export no entry exports, and each command's own example.
    expect(member.map((e) => e.name)).toEqual(
      expect.arrayContaining(['memberFamily', 'memberFamily.add', 'memberFamily.retire']),
    );
    expect(member.find((e) => e.name === 'memberFamily.retire')?.code).toContain(
      "commands.member.retire({ id: 'm-01', on: '2025-06-30' })",
    );
    // An export an entry exports keeps its entry, whichever folder declares it.
    expect(examples.find((e) => e.name === 'createHistory')?.module).toBe('coproduce');
  });

  it('covers every module of src/check, its subfolders included', () => {
    expect(internalModules()).toEqual(
      expect.arrayContaining([
        'src/check/judge.ts',
        'src/check/types.ts',
        'src/check/facts/derive.ts',
        'src/check/schema/raw-json.ts',
      ]),
    );
    expect(internalModules(['src/check/schema'])).not.toContain('src/check/judge.ts');
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

  it("imports an internal module's exports from its source, and its relative imports from its folder", () => {
    const exports = new Map([
      ['src/state/commands/edits.ts', ['setAt', 'type Edit']],
      ['coproduce', ['check', 'setAt']],
    ]);
    const { text } = exampleModule(
      {
        module: 'src/state/commands/edits.ts',
        name: 'setAt',
        file: resolve(ROOT, 'src/state/commands/edits.ts'),
        line: 1,
        code: "import { problem } from '../../model/errors.js';\nsetAt(['stage'], 'during');",
      },
      exports,
    );
    expect(text).toContain(
      `import { setAt, type Edit } from '${resolve(ROOT, 'src/state/commands/edits.ts')}';`,
    );
    expect(text).toContain("import { check } from 'coproduce';");
    expect(text).toContain(`import { problem } from '${resolve(ROOT, 'src/model/errors.js')}';`);
  });

  it('fails an example that does not type-check, public or internal, naming its file, line and export', () => {
    const example = (code: string, line: number): TsdocExample => ({
      module: 'coproduce',
      name: 'check',
      file: 'src/check/evaluate.ts',
      line,
      code,
    });
    const internal = (
      code: string,
      line: number,
      module = 'edits',
      name = 'setAt',
    ): TsdocExample => ({
      module: `src/state/commands/${module}.ts`,
      name,
      file: `src/state/commands/${module}.ts`,
      line,
      code,
    });
    // One program for both kinds: compiling the package's types is the slow part.
    const { count, errors } = checkExamples([
      example("const report = await check(project, { now: '2026-11-20T12:00:00Z' });", 10),
      example("const report = await check(project, { when: '2026-11-20' });", 20),
      example('undefinedThing.run();', 30),
      example('ruleSet.rules.map((r) => r.nope);', 40),
      // The module's own exports need no import; other modules are imported relatively.
      internal("const edit: Edit = setAt(['group', 'members', 3, 'left'], '2025-06-30');", 50),
      internal(
        "import { problem } from '../../model/errors.js';\nconst p = problem(['id'], 'is taken');\ncodeOf(p).code;",
        60,
        'problem-code',
        'codeOf',
      ),
      internal("setAt('group.members.3.left', '2025-06-30');", 70),
      internal('memberFamily.definitions;', 80),
    ]);
    expect(count).toBe(8);
    expect(errors).toEqual([
      expect.stringMatching(/^src\/check\/evaluate\.ts:20 \(check\): .*'when'/s),
      expect.stringMatching(
        /^src\/check\/evaluate\.ts:30 \(check\): Cannot find name 'undefinedThing'/,
      ),
      expect.stringMatching(
        /^src\/check\/evaluate\.ts:40 \(check\): Property 'nope' does not exist/,
      ),
      expect.stringMatching(
        /^src\/state\/commands\/edits\.ts:70 \(setAt\): Argument of type 'string' is not assignable/,
      ),
      // Another module's export is not in scope without an import.
      expect.stringMatching(
        /^src\/state\/commands\/edits\.ts:80 \(setAt\): Cannot find name 'memberFamily'/,
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
    // An internal module's claims run with its own exports (jsonEqual is no entry's).
    const internal = (code: string, line: number): TsdocExample => ({
      module: 'src/state/commands/record-update.ts',
      name: 'jsonEqual',
      file: 'src/state/commands/record-update.ts',
      line,
      code,
    });
    const { count, errors } = await checkClaims([
      example('RuleConditionSchema.safeParse({ all: [] }).success // false: one at least', 1),
      example('RuleConditionSchema.safeParse({ all: [] }).success // true', 2),
      example("StageSchema.options // ['planning', 'starting', 'during', 'ending', 'closed']", 3),
      example('project.title // a prelude value: not run', 4),
      internal('jsonEqual({ a: [1, 2] }, { a: [1, 2] }) // true', 5),
      internal('jsonEqual({ a: [1, 2] }, { a: [2, 1] }) // true', 6),
      internal("type Same = Kebab<'a'> // 'a': a type, not run", 7),
    ]);
    expect(count).toBe(5);
    expect(errors).toEqual([
      'src/check/rule-schema.ts:2 (RuleConditionSchema): RuleConditionSchema.safeParse({ all: [] }).success gives false, not true',
      'src/state/commands/record-update.ts:6 (jsonEqual): jsonEqual({ a: [1, 2] }, { a: [2, 1] }) gives false, not true',
    ]);
  });
});
