/**
 * `coproduce test`: runs the JSON rule tests of a council's own framework
 * pack (`tests/<rule-id>.json`, see `RuleTestFileSchema`) against the rules
 * as the configuration sets them up, so an officer who writes a pack in
 * JSON alone can also run its tests without writing code.
 *
 * @module
 */

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createRuleSet } from '../check/compile.js';
import { PACK_LAYOUT } from '../check/schema/frameworks.js';
import { closestMatch } from '../check/suggest.js';
import type { ProblemDetail, RuleSet } from '../index.js';
import { isCoproduceError, problem } from '../model/errors.js';
import { uiText } from '../report/index.js';
import { parseRuleTestFile, RuleTestError, testRule } from '../testing.js';
import { cliText, say } from './catalogue.js';
import {
  type CliIo,
  displayPath,
  EXIT_ISSUES,
  EXIT_OK,
  formatProblem,
  InputError,
  listFormat,
  parseCommandArgs,
  parseJsonText,
  readTextFile,
  resolvePath,
  sayText,
  UsageError,
} from './io.js';
import { loadRuleContext, RULE_LIST_OPTIONS } from './rules.js';

/** More test files than this in one run is refused before any is read: each is a set of checks. */
const MAX_TEST_FILES = 1000;

/** How one test file went: passed, failed (its failing cases), or unusable (why it could not be run). */
interface TestFileResult {
  readonly file: string;
  readonly ruleId?: string;
  readonly cases?: number;
  readonly status: 'passed' | 'failed' | 'unusable';
  readonly problems: readonly ProblemDetail[];
}

const isJsonFile = (name: string) => name.endsWith('.json') && !name.startsWith('.');

/**
 * The test files named by one argument: a `.json` file itself; a pack's
 * folder, by the `*.json` files of its `tests/` folder; or a folder of tests.
 */
async function testFilesOf(io: CliIo, argument: string): Promise<string[]> {
  const path = resolvePath(io, argument);
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new UsageError(say('test.missing', { path: argument }), 'test');
  if (info.isFile()) return [path];
  if (!info.isDirectory()) throw new UsageError(say('test.missing', { path: argument }), 'test');
  const inner = join(path, PACK_LAYOUT.tests);
  const folder = (await stat(inner).catch(() => undefined))?.isDirectory() ? inner : path;
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isJsonFile(entry.name))
    .map((entry) => join(folder, entry.name))
    .sort();
}

/** Problems of an error met while reading or running one test file; anything else is a bug and goes on up. */
function problemsOf(error: unknown, file: string): readonly ProblemDetail[] {
  if (error instanceof RuleTestError || error instanceof InputError || isCoproduceError(error))
    return error.problems.map((p) => ({ ...p, file: p.file ?? file }));
  throw error;
}

async function runOne(
  io: CliIo,
  path: string,
  rules: RuleSet,
  known: ReadonlySet<string>,
  config: string,
): Promise<TestFileResult> {
  const file = displayPath(io, path);
  let parsed: ReturnType<typeof parseRuleTestFile>;
  try {
    parsed = parseRuleTestFile(
      parseJsonText(io, path, await readTextFile(io, path), { uniqueKeys: true }),
      {
        file: path,
      },
    );
  } catch (error) {
    return { file, status: 'unusable', problems: problemsOf(error, path) };
  }
  if (!parsed.success) return { file, status: 'unusable', problems: parsed.problems };
  const { ruleId, cases, now } = parsed.value;
  const count =
    (cases.valid?.length ?? 0) + (cases.invalid?.length ?? 0) + (cases.needsReview?.length ?? 0);
  // A rule id with no near miss is usually a pack the configuration does not
  // load (or no configuration found): say so. A near miss is a typo, which
  // the test itself answers with "did you mean".
  if (!known.has(ruleId) && closestMatch(ruleId, known) === undefined) {
    const params = { id: ruleId, config };
    return {
      file,
      ruleId,
      status: 'unusable',
      problems: [
        problem([], cliText('en-GB', 'test.ruleNotLoaded', params), {
          file: path,
          code: 'cli.test.ruleNotLoaded',
          params,
        }),
      ],
    };
  }
  try {
    await testRule(ruleId, cases, { rules, now });
    return { file, ruleId, cases: count, status: 'passed', problems: [] };
  } catch (error) {
    return { file, ruleId, cases: count, status: 'failed', problems: problemsOf(error, path) };
  }
}

/** A problem under its file's line: its place and message, without the file again. */
function caseLine(io: CliIo, detail: ProblemDetail): string {
  const { file: _file, ...rest } = detail;
  return formatProblem(io, rest);
}

/**
 * Runs `coproduce test <pack folder | test file...>`: exit 0 when every
 * test passed, 1 when one failed or could not be run, 2 for usage or a
 * configuration that cannot be loaded.
 */
export async function runTest(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, 'test', args, RULE_LIST_OPTIONS);
  if (parsed === undefined) return EXIT_OK;
  const { values, positionals } = parsed;
  const format = listFormat('test', values.format);
  if (positionals.length === 0) throw new UsageError(say('test.nothing'), 'test');
  const files: string[] = [];
  for (const argument of positionals) {
    for (const file of await testFilesOf(io, argument)) if (!files.includes(file)) files.push(file);
    if (files.length > MAX_TEST_FILES)
      throw new UsageError(say('test.tooMany', { max: MAX_TEST_FILES }), 'test');
  }
  if (files.length === 0)
    throw new UsageError(say('test.none', { folders: positionals.join(', ') }), 'test');
  // The rule set of the configuration itself: the one `rules` lists is a copy
  // with the portfolio rules added, which testRule would read as a configuration.
  const { resolved, choice } = await loadRuleContext(io, 'test', values);
  const ruleSet = createRuleSet(resolved);
  // Every rule the configuration knows, on or off: a test switches its own rule on.
  const known = new Set(resolved.rules.map((entry) => entry.rule.id));
  const config = choice.shown ?? uiText(io.locale, 'config.recommended');
  // One at a time: each case is a whole check, and the order of the output is the files' order.
  const results: TestFileResult[] = [];
  for (const file of files) results.push(await runOne(io, file, ruleSet, known, config));
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.length - passed;

  if (format === 'json') {
    const out = {
      configuration: choice.shown,
      passed,
      failed,
      files: results.map((r) => ({
        file: r.file,
        rule: r.ruleId ?? null,
        cases: r.cases ?? null,
        status: r.status,
        problems: r.problems.map((p) => ({
          path: p.path,
          message: caseLine(io, p),
          ...(p.code !== undefined ? { code: p.code } : {}),
        })),
      })),
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const r of results) {
      if (r.status === 'passed') {
        lines.push(sayText(io, 'test.passed', { file: r.file, n: r.cases ?? 0 }));
        continue;
      }
      lines.push(
        sayText(io, r.status === 'failed' ? 'test.failed' : 'test.unusable', { file: r.file }),
      );
      for (const p of r.problems) lines.push(`  - ${caseLine(io, p)}`);
    }
    lines.push(
      sayText(io, 'test.summary', {
        files: results.length,
        passed,
        failed,
        config,
      }),
    );
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return failed > 0 ? EXIT_ISSUES : EXIT_OK;
}
