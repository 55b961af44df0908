/**
 * What facts, the Node loader, report comparison and `coproduce facts`
 * compose must reach a Welsh reader in Welsh: each test renders in `cy` and
 * asserts the Welsh words, and that the English ones are gone.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCoproduceError } from '../../src/index.js';
import { loadConfig, loadProjectFile } from '../../src/node/index.js';
import { problemMessage } from '../../src/report/index.js';

async function problemsOf(load: () => Promise<unknown>) {
  try {
    await load();
  } catch (error) {
    if (isCoproduceError(error)) return error.problems;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('the Node loader in Welsh', () => {
  it('says a missing project file is missing, in Welsh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const problems = await problemsOf(() => loadProjectFile(join(dir, 'nope.json')));
    expect(problems.map((p) => problemMessage(p, 'en-GB'))).toEqual(['no such file']);
    expect(problems.map((p) => problemMessage(p, 'cy'))).toEqual(['nid oes ffeil o’r fath']);
  });

  it('names a missing rule file a configuration refers to, in Welsh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const file = join(dir, 'coproduce.config.json');
    await writeFile(file, JSON.stringify({ ruleFiles: ['rules/gone.json'] }));
    const problems = await problemsOf(() => loadConfig(file));
    expect(problems.map((p) => problemMessage(p, 'en-GB'))).toEqual([
      'names "rules/gone.json", which does not exist',
    ]);
    expect(problems.map((p) => problemMessage(p, 'cy'))).toEqual([
      'mae’n enwi "rules/gone.json", nad yw’n bodoli',
    ]);
  });
});
