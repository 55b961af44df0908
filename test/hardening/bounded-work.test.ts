/**
 * Inputs that once ran out of stack or took unbounded work: each now ends
 * in a typed error or a result, quickly, through the public API.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_LIMITS, CoproduceError } from '../../src/index.js';
import { parseProject } from '../../src/model/parse.js';
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
