import fc from 'fast-check';
import { enablePatches, Immer } from 'immer';
import { describe, expect, it } from 'vitest';
import { CoproduceError } from '../../src/model/errors.js';
import type { Project } from '../../src/model/project.js';
import {
  applyCommand,
  applyCommands,
  applyCommandWithPatches,
  parseCommand,
  safeApplyCommand,
} from '../../src/state/apply.js';
import { type Command, commands, isCommandType } from '../../src/state/commands/index.js';
import { projectReducer } from '../../src/state/reducer.js';
import { commandArbitrary } from '../support/command-arbitraries.js';
import { catchCoproduceError, isDeepFrozen, smallProject } from './fixtures.js';

enablePatches();
/** An immer of the test's own, to check patches independently of the library's instance. */
const testImmer = new Immer({ autoFreeze: false });

const addMember = (id: string) =>
  commands.member.add({ id, displayName: `Member ${id}`, roles: ['resident'] });

/** Applies commands one at a time, skipping the rejected ones; returns the state and the accepted commands. */
function applyEach(project: Project, list: readonly Command[]) {
  const accepted: Command[] = [];
  let state = project;
  for (const command of list) {
    const result = safeApplyCommand(state, command);
    if (result.success) {
      state = result.project;
      accepted.push(command);
    }
  }
  return { state, accepted };
}

describe('applyCommand', () => {
  it('refuses an unknown command type, naming the family it knows', () => {
    const error = catchCoproduceError(() =>
      applyCommand(smallProject(), { type: 'member/delete', payload: { id: 'm-01' } } as never),
    );
    expect(error.code).toBe('unknown-command');
    expect(error.problems).toEqual([expect.objectContaining({ path: ['type'], pointer: '/type' })]);
    expect(error.problems[0]?.message).toContain('member/retire');
  });

  it('refuses something that is not a command', () => {
    for (const input of [null, 'member/add', ['member/add'], 42]) {
      const error = catchCoproduceError(() => applyCommand(smallProject(), input as never));
      expect(error.code).toBe('invalid-command');
      expect(error.problems[0]?.path).toEqual([]);
    }
    const noType = catchCoproduceError(() =>
      applyCommand(smallProject(), { payload: {} } as never),
    );
    expect(noType.problems).toEqual([
      expect.objectContaining({ path: ['type'], message: 'is required' }),
    ]);
  });

  it('refuses a command with fields beyond type and payload', () => {
    const error = catchCoproduceError(() =>
      applyCommand(smallProject(), {
        ...commands.project.setStage({ stage: 'ending' }),
        at: 'now',
      } as never),
    );
    expect(error.problems.map((p) => p.path)).toEqual([['at']]);
  });

  it('reports every problem in a command at once, each with a JSON pointer', () => {
    const error = catchCoproduceError(() =>
      applyCommand(
        smallProject(),
        commands.activity.record({
          id: 'a-02',
          kind: 'workshop',
          title: 'X',
          start: '2025-03-07T15:00:00+00:00',
          end: '2025-03-07T14:00:00+00:00',
          attendance: [{ memberId: 'm-09' }, { memberId: 'm-01' }, { memberId: 'm-01' }],
        }),
      ),
    );
    expect(error.problems.map((p) => p.pointer)).toEqual([
      '/payload/end',
      '/payload/attendance/0/memberId',
      '/payload/attendance/2/memberId',
    ]);
    expect(error.message).toContain('payload.attendance.0.memberId: names a member "m-09"');
  });

  it('copies a project that is not frozen rather than freezing the caller’s objects', () => {
    const handMade = structuredClone(smallProject());
    const after = applyCommand(handMade, addMember('m-04'));
    expect(Object.isFrozen(handMade)).toBe(false);
    expect(Object.isFrozen(handMade.activities)).toBe(false);
    expect(isDeepFrozen(after)).toBe(true);
    expect(after.group.members).toHaveLength(4);
  });

  it('refuses to run without a project', () => {
    const error = catchCoproduceError(() => applyCommand(undefined as never, addMember('m-04')));
    expect(error.code).toBe('invalid-project');
  });
});

describe('applyCommandWithPatches', () => {
  it('returns frozen JSON patches that lead to the new project and back', () => {
    const before = smallProject();
    const {
      project: after,
      patches,
      inversePatches,
    } = applyCommandWithPatches(
      before,
      commands.batch([
        commands.member.retire({ id: 'm-01', on: '2025-06-30' }),
        commands.outcome.remove({ id: 'o-01' }),
        commands.purpose.update({ changes: {}, clear: ['what'] }),
      ]),
    );
    expect(JSON.parse(JSON.stringify({ patches, inversePatches }))).toEqual({
      patches,
      inversePatches,
    });
    expect(isDeepFrozen(patches)).toBe(true);
    expect(isDeepFrozen(inversePatches)).toBe(true);
    expect(testImmer.applyPatches(before, patches as never)).toEqual(after);
    expect(testImmer.applyPatches(after, inversePatches as never)).toEqual(before);
    expect(patches).toContainEqual({
      op: 'add',
      path: ['group', 'members', 0, 'left'],
      value: '2025-06-30',
    });
  });

  it('returns no patches and the same project for a command that changes nothing', () => {
    const before = smallProject();
    const result = applyCommandWithPatches(before, commands.project.setStage({ stage: 'during' }));
    expect(result).toEqual({ project: before, patches: [], inversePatches: [] });
    expect(result.project).toBe(before);
  });
});

describe('applyCommands', () => {
  it('returns the same project for an empty list', () => {
    const before = smallProject();
    expect(applyCommands(before, [])).toBe(before);
  });

  it('applies all or none, naming the rejected command by its index', () => {
    const before = smallProject();
    const snapshot = structuredClone(before);
    const error = catchCoproduceError(() =>
      applyCommands(before, [addMember('m-04'), addMember('m-05'), addMember('m-04')]),
    );
    expect(error.code).toBe('invalid-command');
    expect(error.problems.map((p) => p.path)).toEqual([[2, 'payload', 'id']]);
    expect(error.message).toContain('Command 3 of 3 (member/add)');
    expect(before).toEqual(snapshot);
  });

  it('keeps the code of an unknown command inside a list', () => {
    const error = catchCoproduceError(() =>
      applyCommands(smallProject(), [addMember('m-04'), { type: 'nope', payload: {} } as never]),
    );
    expect(error.code).toBe('unknown-command');
    expect(error.problems[0]?.path).toEqual([1, 'type']);
  });

  it('finds records by id after a removal shifts them', () => {
    const after = applyCommands(smallProject(), [
      commands.outcome.add({ id: 'o-02', description: 'Second' }),
      commands.outcome.add({ id: 'o-03', description: 'Third' }),
      commands.outcome.remove({ id: 'o-01' }),
      commands.outcome.update({ id: 'o-03', changes: { recognisedBy: 'Counted' } }),
      commands.outcome.remove({ id: 'o-02' }),
      commands.outcome.add({ id: 'o-01', description: 'Back again' }),
    ]);
    expect(after.outcomes).toEqual([
      { id: 'o-03', description: 'Third', recognisedBy: 'Counted' },
      { id: 'o-01', description: 'Back again' },
    ]);
  });

  it('finds records appended earlier in the same pass', () => {
    const after = applyCommands(smallProject(), [
      addMember('m-04'),
      addMember('m-05'),
      addMember('m-06'),
      commands.member.retire({ id: 'm-05', on: '2025-05-01' }),
      commands.member.update({ id: 'm-06', changes: { displayName: 'Sixth' } }),
    ]);
    expect(after.group.members.map((m) => [m.id, m.displayName, m.left])).toEqual([
      ['m-01', 'Member A', undefined],
      ['m-02', 'Member B', undefined],
      ['m-03', 'Member C', '2025-03-01'],
      ['m-04', 'Member m-04', undefined],
      ['m-05', 'Member m-05', '2025-05-01'],
      ['m-06', 'Sixth', undefined],
    ]);
  });

  it('changes, inside one pass, records added earlier in that pass', () => {
    const after = applyCommands(smallProject(), [
      commands.reflection.record({
        id: 'r-02',
        questionId: 'readiness.purpose',
        date: '2025-04-01',
        rating: 'red',
      }),
      commands.reflection.addAction({ id: 'r-02', action: { description: 'Talk to the sponsor' } }),
      commands.reflection.completeAction({ id: 'r-02', index: 0, on: '2025-04-08' }),
      commands.batch([commands.reflection.update({ id: 'r-02', changes: { rating: 'amber' } })]),
    ]);
    expect(after.reflections[1]).toEqual({
      id: 'r-02',
      questionId: 'readiness.purpose',
      date: '2025-04-01',
      rating: 'amber',
      actions: [{ description: 'Talk to the sponsor', done: '2025-04-08' }],
    });
    expect(isDeepFrozen(after)).toBe(true);
  });

  it('refuses something that is not a list', () => {
    const error = catchCoproduceError(() =>
      applyCommands(smallProject(), addMember('m-04') as never),
    );
    expect(error.code).toBe('invalid-command');
  });

  it('equals applying the same commands one at a time', () => {
    fc.assert(
      fc.property(fc.array(commandArbitrary, { maxLength: 25 }), (list) => {
        const before = smallProject();
        const { state, accepted } = applyEach(before, list);
        const snapshot = structuredClone(before);
        const batched = applyCommands(before, accepted);
        expect(batched).toEqual(state);
        expect(isDeepFrozen(batched)).toBe(true);
        expect(before).toEqual(snapshot);
        // As one recorded batch command, too.
        expect(applyCommand(before, commands.batch(accepted))).toEqual(state);
      }),
      { numRuns: 60 },
    );
  });
});

describe('safeApplyCommand', () => {
  it('returns the project, or the error instead of throwing it', () => {
    const before = smallProject();
    const ok = safeApplyCommand(before, addMember('m-04'));
    expect(ok.success && ok.project.group.members.length).toBe(4);
    const failed = safeApplyCommand(before, addMember('m-01'));
    expect(failed.success).toBe(false);
    if (!failed.success) {
      expect(failed.error).toBeInstanceOf(CoproduceError);
      expect(failed.error.problems[0]?.path).toEqual(['payload', 'id']);
    }
  });
});

describe('parseCommand', () => {
  it('fills in defaults, drops undefined keys and freezes the result', () => {
    const input = {
      type: 'idea/raise',
      payload: { id: 'i-09', summary: 'X', raisedOn: '2025-03-01', response: undefined },
    };
    const parsed = parseCommand(input);
    expect(parsed).toEqual({
      type: 'idea/raise',
      payload: { id: 'i-09', summary: 'X', raisedOn: '2025-03-01', status: 'open' },
    });
    expect(Object.keys(parsed.payload)).not.toContain('response');
    expect(isDeepFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('checks commands inside a batch, with paths into the batch', () => {
    const error = catchCoproduceError(() =>
      parseCommand(
        commands.batch([addMember('m-04'), commands.member.retire({ id: 'm-04', on: 'soon' })]),
      ),
    );
    expect(error.problems.map((p) => p.path)).toEqual([
      ['payload', 'commands', 1, 'payload', 'on'],
    ]);
  });

  it('does not need the project, so a missing member is not its concern', () => {
    expect(parseCommand(commands.member.retire({ id: 'm-99', on: '2025-06-30' })).type).toBe(
      'member/retire',
    );
  });
});

describe('projectReducer', () => {
  it('applies commands and passes over actions meant for someone else', () => {
    const before = smallProject();
    expect(projectReducer(before, { type: '@@redux/INIT' } as never)).toBe(before);
    expect(isCommandType('@@redux/INIT')).toBe(false);
    const after = projectReducer(before, commands.project.setStage({ stage: 'ending' }));
    expect(after.stage).toBe('ending');
  });

  it('throws for a rejected command', () => {
    const error = catchCoproduceError(() => projectReducer(smallProject(), addMember('m-01')));
    expect(error.code).toBe('invalid-command');
  });
});
