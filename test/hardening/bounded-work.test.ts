/**
 * Inputs that once ran out of stack or took unbounded work: each now ends
 * in a typed error or a result, quickly, through the public API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/check/compile.js';
import { COMMAND_LIMITS, CoproduceError } from '../../src/index.js';
import { parseProject } from '../../src/model/parse.js';
import { loadConfig } from '../../src/node/index.js';
import type { Command } from '../../src/state/index.js';
import { applyCommand, applyCommands, commands, parseCommand } from '../../src/state/index.js';
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
