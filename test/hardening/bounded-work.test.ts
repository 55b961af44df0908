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
