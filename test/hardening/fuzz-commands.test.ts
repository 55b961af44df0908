/**
 * Fuzzing commands and saved histories: random commands with hostile
 * mutations, anything at all given as a command, lists of them, and saved
 * histories with their JSON mutated. Each ends in a value or a
 * CoproduceError with paths, within the time budget, and a command that is
 * accepted always leaves a valid, frozen project.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProject } from '../../src/model/parse.js';
import type { Project } from '../../src/model/project.js';
import { applyCommand, applyCommands, parseCommand } from '../../src/state/apply.js';
import type { Command } from '../../src/state/commands/index.js';
import {
  canUndo,
  createHistory,
  type History,
  recordCommand,
  redo,
  replayHistory,
  undo,
} from '../../src/state/history.js';
import { parseHistory, serializeHistory } from '../../src/state/history-file.js';
import { isDeepFrozen, smallProject } from '../state/fixtures.js';
import { commandArbitrary, historyStepsArbitrary } from '../support/command-arbitraries.js';
import {
  expectPrototypesUntouched,
  FUZZ_RUNS,
  hostileValueArb,
  mangledTextArb,
  mutatedArb,
  prototypeSnapshot,
  settle,
} from './support.js';

let before: string[][];
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expectPrototypesUntouched(before);
});

const COMMAND_CODES = ['invalid-command', 'unknown-command', 'limit-exceeded'];

/** An accepted command leaves a project parseProject accepts as it is, deeply frozen. */
function expectValidResult(project: Project): void {
  expect(isDeepFrozen(project)).toBe(true);
  expect(parseProject(project)).toEqual(project);
}

describe('commands under fuzzing', () => {
  const base = smallProject();

  it('end every mutated command in a valid project or a CoproduceError with paths', () => {
    fc.assert(
      fc.property(mutatedArb(commandArbitrary as fc.Arbitrary<unknown>), (command) => {
        const applied = settle('applyCommand', () => applyCommand(base, command as Command));
        if (applied.ok) expectValidResult(applied.value);
        else expect(COMMAND_CODES).toContain(applied.error.code);
        const parsed = settle('parseCommand', () => parseCommand(command));
        // A command the project accepts is one parseCommand accepts.
        if (applied.ok) expect(parsed.ok).toBe(true);
        expectPrototypesUntouched(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('refuse anything at all given as a command', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValueArb, fc.anything()), (command) => {
        const applied = settle('applyCommand', () => applyCommand(base, command as Command));
        expect(applied.ok).toBe(false);
        expectPrototypesUntouched(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('apply all or none of a list with hostile commands in it', () => {
    const list = fc.array(
      fc.oneof(commandArbitrary as fc.Arbitrary<unknown>, mutatedArb(commandArbitrary)),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(list, (commands) => {
        const outcome = settle('applyCommands', () => applyCommands(base, commands as Command[]));
        if (outcome.ok) expectValidResult(outcome.value);
        else expect(COMMAND_CODES).toContain(outcome.error.code);
        expectPrototypesUntouched(before);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('refuse a project that is not one, rather than break on it', () => {
    fc.assert(
      fc.property(
        mutatedArb(fc.constant(base as unknown)),
        commandArbitrary,
        (project, command) => {
          const outcome = settle('applyCommand', () => applyCommand(project as Project, command));
          if (outcome.ok) expectValidResult(outcome.value);
          else
            expect([...COMMAND_CODES, 'invalid-project', 'unsupported-schema-version']).toContain(
              outcome.error.code,
            );
          expectPrototypesUntouched(before);
        },
      ),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });
});

/** Builds a history from random steps, as a front end would; rejected commands change nothing. */
const histories: fc.Arbitrary<History> = historyStepsArbitrary.map((list) => {
  let history = createHistory(smallProject());
  let minute = 0;
  for (const step of list) {
    if (step.kind === 'undo') {
      if (canUndo(history)) history = undo(history);
    } else if (step.kind === 'redo') {
      if (history.cursor < history.entries.length) history = redo(history);
    } else {
      minute += step.minutesLater;
      const at = new Date(Date.UTC(2025, 0, 1) + minute * 60_000).toISOString();
      try {
        history = recordCommand(history, step.command, { at });
      } catch {
        // A rejected command is a step that changes nothing.
      }
    }
  }
  return history;
});

describe('saved histories under fuzzing', () => {
  function expectUsable(history: History): void {
    expect(replayHistory(history)).toEqual(history.project);
    let walk = history;
    while (canUndo(walk)) walk = undo(walk);
    expect(walk.project).toEqual(history.initial);
  }

  it('read a mutated history into a usable history or a CoproduceError with paths', () => {
    const mutated = histories.chain((history) =>
      mutatedArb(fc.constant(JSON.parse(serializeHistory(history)) as unknown)),
    );
    fc.assert(
      fc.property(mutated, (data) => {
        const outcome = settle('parseHistory', () => parseHistory(data));
        if (outcome.ok) expectUsable(outcome.value);
        // A mutation may replace the whole history with a string, which is read as JSON text.
        else
          expect([
            'invalid-history',
            'invalid-json',
            'limit-exceeded',
            'unsupported-schema-version',
          ]).toContain(outcome.error.code);
        expectPrototypesUntouched(before);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('read mangled history text into a usable history or a CoproduceError', () => {
    const mangled = histories.chain((history) => mangledTextArb(serializeHistory(history)));
    fc.assert(
      fc.property(mangled, (text) => {
        const outcome = settle('parseHistory', () => parseHistory(text));
        if (outcome.ok) expectUsable(outcome.value);
        expectPrototypesUntouched(before);
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('refuse anything at all given as a history', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValueArb, fc.anything()), (data) => {
        const outcome = settle('parseHistory', () => parseHistory(data));
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
