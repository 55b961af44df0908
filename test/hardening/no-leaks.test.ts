/**
 * Errors never echo what is inside a file they could not use, nor the
 * machine's folder layout: a configuration that names `.env` must not put
 * the start of that file in an error, and JSON mistakes are described by
 * line, column and kind, never by quoting the text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoproduceError, parseHistory, parseProjectJson } from '../../src/index.js';
import { describeJsonSyntaxError, loadConfig, loadProjectFile } from '../../src/node/index.js';
import { run } from '../cli/helpers.js';

const SECRET = 'DATABASE_PASSWORD=correct-horse-battery-staple';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coproduce-leaks-'));
  writeFileSync(join(dir, '.env'), `${SECRET}\nAPI_KEY=abc123\n`);
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ extends: ['.env'] }));
  writeFileSync(join(dir, 'secret-project.json'), `{"schemaVersion": 2, "title": ${SECRET}}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<CoproduceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CoproduceError);
    return error as CoproduceError;
  }
  throw new Error('expected a CoproduceError');
}

/** Everything a person or a log would see of an error. */
const shown = (error: CoproduceError) =>
  [error.message, ...error.problems.map((p) => p.message)].join('\n');

describe('errors never echo file contents', () => {
  it('a configuration extending .env says it is not JSON, without quoting it', async () => {
    const error = await failure(loadConfig(join(dir, 'config.json')));
    expect(error.code).toBe('invalid-json');
    expect(shown(error)).toContain('it is not JSON (line 1, column 1)');
    expect(shown(error)).not.toMatch(/DATABASE|PASSWORD|horse|API_KEY/);
  });

  it('a project file, a project text and a history text with a secret in a broken place', async () => {
    const text = `{"schemaVersion": 2, "title": ${SECRET}}`;
    const errors = [
      await failure(loadProjectFile(join(dir, 'secret-project.json'))),
      await failure(Promise.resolve().then(() => parseProjectJson(text))),
      await failure(Promise.resolve().then(() => parseHistory(text))),
    ];
    for (const error of errors) {
      expect(error.code).toBe('invalid-json');
      expect(shown(error)).toContain('line 1, column 31');
      expect(shown(error)).not.toMatch(/DATABASE|PASSWORD|horse/);
    }
  });

  it('the command line says the same, in check and validate', async () => {
    for (const args of [
      ['check', 'secret-project.json'],
      ['rules', '--config', 'config.json'],
      ['validate', 'config.json'],
    ]) {
      const result = await run(args, { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout + result.stderr).not.toMatch(/DATABASE|PASSWORD|horse|API_KEY/);
    }
  });

  it('messages from coproduce/node name files relative to the configuration, not by absolute path', async () => {
    const error = await failure(loadConfig(join(dir, 'config.json')));
    expect(error.message).toMatch(/^\.env is not valid JSON/);
    expect(error.message).not.toContain(dir);
    const project = await failure(loadProjectFile(join(dir, 'secret-project.json')));
    expect(project.message).toMatch(/^secret-project\.json: The project is not valid JSON/);
  });
});

describe('JSON mistakes an officer can fix', () => {
  const cases: [string, string][] = [
    [
      '{\n  "a": 1,\n}\n',
      'a comma before "}" (line 3, column 1): JSON allows no comma after the last item',
    ],
    ['[1, 2,]', 'a comma before "]" (line 1, column 7): JSON allows no comma after the last item'],
    ['{\n  // a note\n  "a": 1\n}', 'a comment (line 2, column 3): JSON has no comments'],
    [
      '{\u201ca\u201d: 1}',
      'a curly quote (line 1, column 2): JSON needs straight double quotes ("), as a word processor may have changed them',
    ],
    ["{'a': 1}", 'a single quote (line 1, column 2): JSON needs double quotes (")'],
    [
      '{"a": 1 "b": 2}',
      'a comma is missing (line 1, column 9), or a quote or bracket is not closed',
    ],
    // At the end: which bracket or quote was left open, and where it opened.
    ['{"a": [1, 2', 'it ends too early: the "[" on line 1, column 7 is never closed'],
    [
      '{\n  "a": {"b": 1},\n  "c": 2\n',
      'it ends too early: the "{" on line 1, column 1 is never closed',
    ],
    ['{"a": "x\\"', 'it ends too early: the quote on line 1, column 7 is never closed'],
    ['   ', 'it ends too early: a closing "}", "]" or quote is missing'],
    ['title = "x"', 'it is not JSON (line 1, column 1): a JSON file starts with "{" or "["'],
  ];
  for (const [text, expected] of cases) {
    it(`describes ${JSON.stringify(text)}`, () => {
      let error: unknown;
      try {
        JSON.parse(text);
      } catch (caught) {
        error = caught;
      }
      expect(describeJsonSyntaxError(text, error)).toBe(expected);
    });
  }
});
