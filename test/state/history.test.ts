import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoproduceError } from '../../src/model/errors.js';
import { parseProject } from '../../src/model/parse.js';
import type { Project } from '../../src/model/project.js';
import { type Command, commands } from '../../src/state/commands/index.js';
import {
  canRedo,
  canUndo,
  createHistory,
  type History,
  historyReducer,
  projectAsOf,
  recordCommand,
  redo,
  replayHistory,
  undo,
} from '../../src/state/history.js';
import { parseHistory, serializeHistory } from '../../src/state/history-file.js';
import {
  type HistoryStep,
  historyStepsArbitrary,
  isoWithOffset,
} from '../support/command-arbitraries.js';
import { catchCoproduceError, isDeepFrozen, smallProject } from './fixtures.js';

const T0 = '2025-03-01T09:00:00Z';
const T1 = '2025-03-01T10:30:00+01:00'; // 09:30 UTC
const T2 = '2025-03-02T09:00:00Z';

const rename = (title: string) => commands.project.update({ changes: { title } });

function threeEntries(): History {
  let history = createHistory(smallProject());
  history = recordCommand(history, rename('One'), { at: T0 });
  history = recordCommand(history, rename('Two'), { at: T1 });
  history = recordCommand(history, rename('Three'), { at: T2 });
  return history;
}

/** Serialises and parses, as saving to disk and loading again would. */
const reload = (history: History) => parseHistory(serializeHistory(history));

/** A serialised history as plain data, to tamper with. */
function serialised(history: History) {
  return JSON.parse(serializeHistory(history)) as {
    format: string;
    version: number;
    initial: Record<string, unknown>;
    cursor: number;
    entries: {
      command: { type: string; payload: unknown };
      at: string;
      patches: { op: string; path: (string | number)[]; value?: unknown }[];
      inversePatches: { op: string; path: (string | number)[]; value?: unknown }[];
    }[];
  };
}

describe('createHistory and recordCommand', () => {
  it('starts empty at the project, frozen', () => {
    const project = smallProject();
    const history = createHistory(project);
    expect(history).toEqual({ initial: project, entries: [], cursor: 0, project, verified: true });
    expect(history.project).toBe(project);
    expect(Object.isFrozen(history)).toBe(true);
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
  });

  it('records the validated command, the time as given, and JSON patches', () => {
    const history = recordCommand(
      createHistory(smallProject()),
      commands.idea.raise({ id: 'i-02', summary: 'X', raisedOn: '2025-03-01' }),
      { at: T1 },
    );
    expect(history.cursor).toBe(1);
    const entry = history.entries[0];
    expect(entry?.at).toBe(T1);
    // Defaults are filled in, so a replay does not depend on today's defaults.
    expect(entry?.command).toEqual({
      type: 'idea/raise',
      payload: { id: 'i-02', summary: 'X', raisedOn: '2025-03-01', status: 'open' },
    });
    expect(entry?.patches).toEqual([
      { op: 'add', path: ['ideas', 1], value: history.project.ideas[1] },
    ]);
    expect(entry?.inversePatches).toEqual([{ op: 'remove', path: ['ideas', 1] }]);
    expect(JSON.parse(JSON.stringify(history.entries))).toEqual(history.entries);
    expect(isDeepFrozen(history.entries)).toBe(true);
    expect(isDeepFrozen(history.project)).toBe(true);
  });

  it('stamps the current time when none is given', () => {
    const before = Date.now();
    const history = recordCommand(createHistory(smallProject()), rename('Now'));
    const at = history.entries[0]?.at ?? '';
    expect(at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(at)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(at)).toBeLessThanOrEqual(Date.now());
  });

  it('accepts a Date', () => {
    const history = recordCommand(createHistory(smallProject()), rename('X'), {
      at: new Date(Date.UTC(2025, 2, 1, 9)),
    });
    expect(history.entries[0]?.at).toBe('2025-03-01T09:00:00.000Z');
  });

  it('refuses a time without an offset, or one before the entry it would follow', () => {
    const history = threeEntries();
    const noOffset = catchCoproduceError(() =>
      recordCommand(history, rename('X'), { at: '2025-03-03T09:00:00' }),
    );
    expect(noOffset.code).toBe('invalid-options');
    expect(noOffset.problems[0]?.path).toEqual(['at']);
    const earlier = catchCoproduceError(() =>
      recordCommand(history, rename('X'), { at: '2025-03-02T08:59:59Z' }),
    );
    expect(earlier.code).toBe('invalid-options');
    expect(recordCommand(history, rename('X'), { at: T2 }).cursor).toBe(4);
    expect(history.cursor).toBe(3);
  });

  it('leaves the history as it was when the command is rejected', () => {
    const history = threeEntries();
    const snapshot = structuredClone(history);
    const error = catchCoproduceError(() =>
      recordCommand(history, commands.member.retire({ id: 'm-09', on: '2025-03-03' }), { at: T2 }),
    );
    expect(error.code).toBe('invalid-command');
    expect(history).toEqual(snapshot);
  });
});

describe('undo and redo', () => {
  it('step back and forward through the states', () => {
    const history = threeEntries();
    const back1 = undo(history);
    expect(back1.project.title).toBe('Two');
    expect(back1.cursor).toBe(2);
    expect(canRedo(back1)).toBe(true);
    const back3 = undo(undo(back1));
    expect(back3.project).toEqual(history.initial);
    expect(canUndo(back3)).toBe(false);
    expect(redo(back3).project.title).toBe('One');
    expect(redo(redo(redo(back3))).project).toEqual(history.project);
    expect(isDeepFrozen(back1.project)).toBe(true);
  });

  it('throw when there is nothing to step over', () => {
    expect(catchCoproduceError(() => undo(createHistory(smallProject()))).code).toBe(
      'nothing-to-undo',
    );
    expect(catchCoproduceError(() => redo(threeEntries())).code).toBe('nothing-to-redo');
  });

  it('recording after an undo discards what was undone', () => {
    const history = recordCommand(undo(undo(threeEntries())), rename('Other'), { at: T2 });
    expect(history.entries.map((e) => e.command)).toEqual([rename('One'), rename('Other')]);
    expect(canRedo(history)).toBe(false);
  });
});

describe('projectAsOf', () => {
  it('gives the project as it stood at each instant, whatever the offset', () => {
    const history = threeEntries();
    expect(projectAsOf(history, '2025-03-01T08:59:59Z')).toBe(history.initial);
    expect(projectAsOf(history, T0).title).toBe('One');
    // 10:29 at +01:00 is 09:29 UTC: after T0, before T1.
    expect(projectAsOf(history, '2025-03-01T10:29:00+01:00').title).toBe('One');
    expect(projectAsOf(history, '2025-03-01T09:30:00Z').title).toBe('Two');
    expect(projectAsOf(history, new Date(Date.UTC(2025, 2, 1, 23))).title).toBe('Two');
    expect(projectAsOf(history, '2030-01-01T00:00:00Z')).toBe(history.project);
  });

  it('does not count undone entries', () => {
    const history = undo(threeEntries());
    expect(projectAsOf(history, '2030-01-01T00:00:00Z').title).toBe('Two');
  });

  it('refuses a date without a time and offset', () => {
    const error = catchCoproduceError(() => projectAsOf(threeEntries(), '2025-03-01'));
    expect(error.code).toBe('invalid-options');
    expect(error.problems[0]?.path).toEqual(['when']);
  });
});

describe('replayHistory', () => {
  it('rebuilds the present from the commands', () => {
    const history = threeEntries();
    expect(replayHistory(history)).toEqual(history.project);
    expect(replayHistory(undo(history))).toEqual(undo(history).project);
  });

  it('reports a recorded command that no longer applies', () => {
    const history = threeEntries();
    const entry = history.entries[1];
    if (!entry) throw new Error('fixture');
    const broken: History = {
      ...history,
      entries: [
        history.entries[0]!,
        { ...entry, command: commands.member.retire({ id: 'm-09', on: '2025-03-01' }) },
        history.entries[2]!,
      ],
    };
    const error = catchCoproduceError(() => replayHistory(broken));
    expect(error.code).toBe('invalid-history');
    expect(error.problems.map((p) => p.path)).toEqual([['entries', 1, 'command', 'payload', 'id']]);
  });
});

describe('serializeHistory and parseHistory', () => {
  it('round-trip, including undone entries and the cursor', () => {
    const history = undo(threeEntries());
    const parsed = reload(history);
    expect(parsed).toEqual(history);
    expect(isDeepFrozen(parsed)).toBe(true);
    expect(redo(parsed).project).toEqual(redo(history).project);
    expect(parseHistory(JSON.parse(serializeHistory(history)))).toEqual(history);
  });

  it('read a history saved before the reciprocity ledger existed, verified, and see a ledger added to it', () => {
    // Written by the release before the ledger: its initial project has no `reciprocity`.
    const text = readFileSync('test/fixtures/histories/v2-before-reciprocity.json', 'utf8');
    const data = JSON.parse(text) as { initial: Record<string, unknown> };
    expect(Object.hasOwn(data.initial, 'reciprocity')).toBe(false);
    const read = parseHistory(text);
    expect(read.verified).toBe(true);
    expect(read.project.reciprocity).toEqual([]);
    expect(read.project.group.members.map((m) => m.id)).toEqual(['m-01', 'm-02']);
    // Recorded on and saved again, it still verifies.
    const later = recordCommand(
      read,
      commands.reciprocity.add({
        id: 'rx-01',
        memberId: 'm-02',
        kind: 'voucher',
        status: 'offered',
      }),
      { at: '2026-05-03T10:00:00+01:00' },
    );
    expect(parseHistory(serializeHistory(later)).verified).toBe(true);

    // A ledger entry slipped into the initial project is a change the chain shows.
    data.initial.reciprocity = [
      { id: 'rx-08', memberId: 'm-01', kind: 'payment', amountPence: 100, status: 'received' },
    ];
    const error = catchCoproduceError(() => parseHistory(JSON.stringify(data)));
    expect(error.problems.map((p) => p.path)).toContainEqual(['initial']);
  });

  it('refuse text that is not JSON', () => {
    expect(catchCoproduceError(() => parseHistory('{')).code).toBe('invalid-json');
  });

  it('refuse a document that is not a history', () => {
    const error = catchCoproduceError(() => parseHistory({ format: 'something-else' }));
    expect(error.code).toBe('invalid-history');
    expect(error.problems.map((p) => p.path)).toContainEqual(['format']);
  });

  const tampered: {
    name: string;
    change: (data: ReturnType<typeof serialised>) => void;
    path: (string | number)[];
  }[] = [
    {
      name: 'a cursor past the last entry',
      change: (data) => {
        data.cursor = 9;
      },
      path: ['cursor'],
    },
    {
      name: 'an invalid initial project',
      change: (data) => {
        data.initial.title = '';
      },
      path: ['initial', 'title'],
    },
    {
      name: 'entries out of time order',
      change: (data) => {
        const entry = data.entries[2];
        if (entry) entry.at = '2025-02-01T00:00:00Z';
      },
      path: ['entries', 2, 'at'],
    },
    {
      name: 'an unknown command',
      change: (data) => {
        const entry = data.entries[0];
        if (entry) entry.command.type = 'project/rename';
      },
      path: ['entries', 0, 'command', 'type'],
    },
    {
      name: 'a patch to a place that does not exist',
      change: (data) => {
        data.entries[1]?.patches.push({ op: 'replace', path: ['nowhere', 'at', 'all'], value: 1 });
      },
      path: ['entries', 1, 'patches'],
    },
    {
      name: 'a patch that reaches for a prototype',
      change: (data) => {
        data.entries[1]?.patches.push({ op: 'add', path: ['__proto__', 'polluted'], value: true });
      },
      path: ['entries', 1, 'patches', 1, 'path', 0],
    },
    {
      name: 'inverse patches that do not lead back',
      change: (data) => {
        const entry = data.entries[1];
        if (entry) entry.inversePatches = [];
      },
      path: ['entries', 1, 'inversePatches'],
    },
    {
      name: 'patches that leave an invalid project',
      change: (data) => {
        const entry = data.entries[2];
        if (entry) {
          entry.patches = [{ op: 'replace', path: ['title'], value: '' }];
          entry.inversePatches = [{ op: 'replace', path: ['title'], value: 'Two' }];
        }
      },
      path: ['entries', 2, 'patches'],
    },
    {
      name: 'patches that drop a required section',
      change: (data) => {
        const entry = data.entries[2];
        if (entry) {
          entry.patches = [{ op: 'remove', path: ['glossary'] }];
          entry.inversePatches = [{ op: 'add', path: ['glossary'], value: data.initial.glossary }];
        }
      },
      path: ['entries', 2, 'patches'],
    },
  ];

  for (const { name, change, path } of tampered) {
    it(`refuse ${name}`, () => {
      const data = serialised(threeEntries());
      change(data);
      const error = catchCoproduceError(() => parseHistory(JSON.stringify(data)));
      expect(error.code).toBe('invalid-history');
      expect(error.problems.map((p) => p.path)).toContainEqual(path);
    });
  }
});

describe('historyReducer', () => {
  it('records commands, with or without a time, and steps back and forth', () => {
    let history = createHistory(smallProject());
    history = historyReducer(history, rename('One'));
    history = historyReducer(history, {
      type: 'history/record',
      command: rename('Two'),
      at: '2199-01-01T00:00:00Z',
    });
    expect(history.entries.map((e) => e.at)[1]).toBe('2199-01-01T00:00:00Z');
    history = historyReducer(history, { type: 'history/undo' });
    expect(history.project.title).toBe('One');
    history = historyReducer(history, { type: 'history/redo' });
    expect(history.project.title).toBe('Two');
  });

  it('leaves the history alone for undo or redo with nothing to do, and for other actions', () => {
    const empty = createHistory(smallProject());
    expect(historyReducer(empty, { type: 'history/undo' })).toBe(empty);
    expect(historyReducer(empty, { type: 'history/redo' })).toBe(empty);
    expect(historyReducer(empty, { type: '@@redux/INIT' } as never)).toBe(empty);
  });

  it('throws for a rejected command', () => {
    const error = catchCoproduceError(() =>
      historyReducer(
        createHistory(smallProject()),
        commands.member.retire({ id: 'm-09', on: '2025-01-01' }),
      ),
    );
    expect(error).toBeInstanceOf(CoproduceError);
    expect(error.code).toBe('invalid-command');
  });
});

describe('history properties over random command sequences', () => {
  const START = Date.UTC(2025, 0, 1);
  const OFFSETS = [0, 60, -300, 330];

  /**
   * Runs the steps as a front end would, keeping its own list of the state
   * after each entry in effect, and checks the history agrees at every step.
   * Rejected commands are steps that change nothing.
   */
  function run(steps: readonly HistoryStep[]) {
    let history = createHistory(smallProject());
    let states: Project[] = [history.project];
    let now = START;
    steps.forEach((step, index) => {
      if (step.kind === 'undo') {
        if (canUndo(history)) history = undo(history);
      } else if (step.kind === 'redo') {
        if (canRedo(history)) history = redo(history);
      } else {
        now += step.minutesLater * 60_000;
        const at = isoWithOffset(now, OFFSETS[index % OFFSETS.length] ?? 0);
        try {
          history = recordCommand(history, step.command as Command, { at });
          states = [...states.slice(0, history.cursor), history.project];
          // Commands check what the model checks, so they never leave a project it would refuse.
          expect(parseProject(history.project)).toEqual(history.project);
        } catch (error) {
          if (!(error instanceof CoproduceError) || error.code !== 'invalid-command') throw error;
        }
      }
      expect(history.project).toEqual(states[history.cursor]);
    });
    return { history, states };
  }

  it('replaying the history from the start gives the present', () => {
    fc.assert(
      fc.property(historyStepsArbitrary, (steps) => {
        const { history } = run(steps);
        expect(replayHistory(history)).toEqual(history.project);
      }),
      { numRuns: 60 },
    );
  });

  it('undo returns each earlier state, and redo each later one', () => {
    fc.assert(
      fc.property(historyStepsArbitrary, (steps) => {
        const { history, states } = run(steps);
        let walk = history;
        while (canUndo(walk)) {
          walk = undo(walk);
          expect(walk.project).toEqual(states[walk.cursor]);
          expect(isDeepFrozen(walk.project)).toBe(true);
        }
        expect(walk.project).toEqual(history.initial);
        while (canRedo(walk)) {
          walk = redo(walk);
          expect(walk.project).toEqual(states[walk.cursor]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('projectAsOf each entry’s time gives the state after the last entry at that time', () => {
    fc.assert(
      fc.property(historyStepsArbitrary, (steps) => {
        const { history, states } = run(steps);
        const inEffect = history.entries.slice(0, history.cursor);
        for (const entry of inEffect) {
          const count = inEffect.filter((e) => Date.parse(e.at) <= Date.parse(entry.at)).length;
          expect(projectAsOf(history, entry.at)).toEqual(states[count]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('serialising and parsing gives back the same history and every past state', () => {
    fc.assert(
      fc.property(historyStepsArbitrary, (steps) => {
        const { history, states } = run(steps);
        const parsed = reload(history);
        expect(parsed).toEqual(history);
        let walk = parsed;
        while (canUndo(walk)) {
          walk = undo(walk);
          expect(walk.project).toEqual(states[walk.cursor]);
        }
        for (const entry of history.entries.slice(0, history.cursor)) {
          expect(projectAsOf(parsed, entry.at)).toEqual(projectAsOf(history, entry.at));
        }
      }),
      { numRuns: 50 },
    );
  });
});
