import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  type Command,
  type CoproduceError,
  commands,
  isCoproduceError,
  type Project,
  type ProjectInput,
  parseProject,
  serializeProject,
} from '../../src/index.js';
import { problemMessage } from '../../src/report/index.js';
import { smallProjectInput } from './fixtures.js';

// The rules a collection's records keep beyond their schema and references
// are written once, on the collection, so reading a document and applying a
// command refuse the same record with the same problem: same code, message
// and params, and the same path below the record (the document path starts
// at the record, the command's at its payload).

function refusal(run: () => unknown): CoproduceError {
  try {
    run();
  } catch (error) {
    if (isCoproduceError(error)) return error;
    throw error;
  }
  throw new Error('it was not refused');
}

function input(change: (doc: ProjectInput & Record<string, unknown>) => void): ProjectInput {
  const doc = structuredClone(smallProjectInput) as ProjectInput & Record<string, unknown>;
  change(doc);
  return doc;
}

/** Applies a command that must be refused, and checks it left the project as it was. */
function refused(project: Project, command: Command): CoproduceError {
  const before = serializeProject(project);
  const error = refusal(() => applyCommand(project, command));
  expect(error.code).toBe('invalid-command');
  expect(serializeProject(project)).toBe(before);
  return error;
}

/** The one problem of a refusal, as a plain object to compare. */
function only(error: CoproduceError) {
  expect(error.problems).toHaveLength(1);
  const { path, message, code, params } = error.problems[0]!;
  return { path, message, code, params };
}

function readRefusal(doc: ProjectInput) {
  const error = refusal(() => parseProject(doc));
  expect(error.code).not.toBe('invalid-command');
  return only(error);
}

const project = parseProject(smallProjectInput);

describe('an activity lists each kind of support once', () => {
  const twice = {
    message: 'lists "captions" twice',
    code: 'listed-twice',
    params: { value: 'captions' },
  };

  it('is refused when a document is read, at the second listing', () => {
    const doc = input((d) => {
      d.activities![0]!.supportArranged = ['captions', 'childcare', 'captions'];
    });
    expect(readRefusal(doc)).toEqual({ path: ['activities', 0, 'supportArranged', 2], ...twice });
  });

  it('is refused the same way by every command that writes the list, leaving the project as it was', () => {
    const supportArranged = ['captions', 'childcare', 'captions'] as const;
    expect(
      only(
        refused(
          project,
          commands.activity.setSupport({ id: 'a-01', supportArranged: [...supportArranged] }),
        ),
      ),
    ).toEqual({ path: ['payload', 'supportArranged', 2], ...twice });
    expect(
      only(
        refused(
          project,
          commands.activity.update({
            id: 'a-01',
            changes: { supportArranged: [...supportArranged] },
          }),
        ),
      ),
    ).toEqual({ path: ['payload', 'changes', 'supportArranged', 2], ...twice });
    expect(
      only(
        refused(
          project,
          commands.activity.record({
            id: 'a-02',
            kind: 'workshop',
            title: 'Check-in',
            start: '2025-03-04T18:00:00+00:00',
            end: '2025-03-04T20:00:00+00:00',
            supportArranged: [...supportArranged],
          }),
        ),
      ),
    ).toEqual({ path: ['payload', 'supportArranged', 2], ...twice });
  });

  it('is worded in Welsh from its code wherever it was found', () => {
    const doc = input((d) => {
      d.activities![0]!.supportArranged = ['captions', 'captions'];
    });
    const read = refusal(() => parseProject(doc)).problems[0]!;
    const commanded = refused(
      project,
      commands.activity.update({
        id: 'a-01',
        changes: { supportArranged: ['captions', 'captions'] },
      }),
    ).problems[0]!;
    expect(problemMessage(read, 'cy')).toBe('mae’n rhestru "capsiynau" ddwywaith');
    expect(problemMessage(commanded, 'cy')).toBe(problemMessage(read, 'cy'));
  });

  it('is not broken by reading a version 1 document, whose venue could list support twice', () => {
    const v1 = input((d) => {
      d.schemaVersion = 1 as 2;
      d.activities![0]!.venue = {
        name: 'Hall',
        setting: 'community',
        features: ['captions', 'step-free', 'captions'],
      } as never;
    });
    const read = parseProject(v1);
    expect(read.activities[0]?.supportArranged).toEqual(['captions']);
    expect(read.activities[0]?.venue?.features).toEqual(['step-free']);
  });

  it('keeps a list of different kinds, through a command and through a round trip', () => {
    const after = applyCommand(
      project,
      commands.activity.update({
        id: 'a-01',
        changes: { supportArranged: ['captions', 'childcare'] },
      }),
    );
    expect(after.activities[0]?.supportArranged).toEqual(['captions', 'childcare']);
    expect(parseProject(JSON.parse(serializeProject(after)))).toEqual(after);
  });
});

describe('a decision that is not planned has a date', () => {
  const required = {
    message:
      'is required for a decision that has been made (give its date, or status "planned" with a due date)',
    code: 'decision-date',
  };

  it('is refused when a document is read, at the missing date', () => {
    const doc = input((d) => {
      delete (d.decisions![1] as { date?: string }).date;
    });
    const found = readRefusal(doc);
    expect(found).toMatchObject({ path: ['decisions', 1, 'date'], ...required });
  });

  it('is refused the same way by the commands, blaming what the payload did', () => {
    const recorded = only(
      refused(
        project,
        commands.decision.record({ id: 'd-03', title: 'Venue chosen', madeBy: 'group' }),
      ),
    );
    expect(recorded).toMatchObject({ path: ['payload', 'date'], ...required });
    const cleared = only(
      refused(project, commands.decision.update({ id: 'd-02', changes: {}, clear: ['date'] })),
    );
    expect(cleared).toMatchObject({ path: ['payload', 'clear'], ...required });
    const planned = applyCommand(
      project,
      commands.decision.record({
        id: 'd-03',
        title: 'Venue chosen',
        status: 'planned',
        due: '2025-09-01',
        madeBy: 'group',
      }),
    );
    const made = only(
      refused(planned, commands.decision.update({ id: 'd-03', changes: { status: 'made' } })),
    );
    expect(made).toMatchObject({ path: ['payload', 'changes', 'date'], ...required });
  });

  it('keeps a planned decision without a date through a round trip', () => {
    const planned = applyCommand(
      project,
      commands.decision.record({
        id: 'd-03',
        title: 'Venue chosen',
        status: 'planned',
        due: '2025-09-01',
        madeBy: 'group',
      }),
    );
    expect(parseProject(JSON.parse(serializeProject(planned)))).toEqual(planned);
  });
});

describe('an acknowledgement names its issue one way', () => {
  const both = {
    message: 'name the issue one way: by its issue id, or by its rule (and subject), not both',
    code: 'acknowledgement-named-twice',
  };
  const acknowledgement = {
    id: 'ack-01',
    issueId: 'cp-0123456789abcdef',
    ruleId: 'learning-plan',
    reason: 'Known',
    by: 'Lead',
    on: '2025-03-01',
  };

  it('is refused the same way when read and when recorded', () => {
    const doc = input((d) => {
      d.acknowledgements = [acknowledgement];
    });
    expect(readRefusal(doc)).toMatchObject({ path: ['acknowledgements', 0, 'ruleId'], ...both });
    expect(only(refused(project, commands.acknowledgement.record(acknowledgement)))).toMatchObject({
      path: ['payload', 'ruleId'],
      ...both,
    });
  });
});

describe('an acknowledgement changed so that it breaks its rule', () => {
  const unnamed = {
    message: 'name the issue: give its issue id, or its rule id and subject',
    code: 'acknowledgement-unnamed',
  };
  const known = parseProject(
    input((d) => {
      d.acknowledgements = [
        {
          id: 'ack-01',
          issueId: 'cp-0123456789abcdef',
          reason: 'Known',
          by: 'Lead',
          on: '2025-03-01',
        },
        { id: 'ack-02', ruleId: 'learning-plan', reason: 'Known', by: 'Lead', on: '2025-03-01' },
      ];
    }),
  );

  it('blames what the update did: a field it cleared, a field it must give, a field it left alone', () => {
    const cleared = commands.acknowledgement.update({
      id: 'ack-01',
      changes: {},
      clear: ['issueId'],
    });
    expect(only(refused(known, cleared))).toMatchObject({ path: ['payload', 'clear'], ...unnamed });
    const lost = commands.acknowledgement.update({ id: 'ack-02', changes: {}, clear: ['ruleId'] });
    expect(only(refused(known, lost))).toMatchObject({
      path: ['payload', 'changes', 'issueId'],
      ...unnamed,
    });
    const both = commands.acknowledgement.update({
      id: 'ack-02',
      changes: { issueId: 'cp-0123456789abcdef' },
    });
    expect(only(refused(known, both))).toMatchObject({
      path: ['payload', 'id'],
      code: 'acknowledgement-named-twice',
    });
  });
});

describe('a learning entry records each sharing once', () => {
  const twice = {
    message:
      'learning "l-01" is already recorded as shared with "Residents newsletter" on 2025-02-20',
    code: 'already-shared',
    params: { id: 'l-01', audience: 'Residents newsletter', date: '2025-02-20' },
  };
  const share = { audience: 'Residents newsletter', on: '2025-02-20' };

  it('is refused the same way when read, when shared again and when the list is changed', () => {
    const doc = input((d) => {
      d.learning![0]!.sharedWith = [share, { audience: 'Board', on: '2025-02-20' }, share];
    });
    expect(readRefusal(doc)).toEqual({
      path: ['learning', 0, 'sharedWith', 2, 'audience'],
      ...twice,
    });
    expect(only(refused(project, commands.learning.share({ id: 'l-01', ...share })))).toEqual({
      path: ['payload', 'audience'],
      ...twice,
    });
    const update = commands.learning.update({
      id: 'l-01',
      changes: { sharedWith: [share, { audience: 'Board', on: '2025-02-20' }, share] },
    });
    expect(only(refused(project, update))).toEqual({
      path: ['payload', 'changes', 'sharedWith', 2, 'audience'],
      ...twice,
    });
  });

  it('keeps the same audience on another day, and the same day for another audience', () => {
    const after = applyCommand(
      applyCommand(
        project,
        commands.learning.share({ id: 'l-01', audience: 'Residents newsletter', on: '2025-03-20' }),
      ),
      commands.learning.share({ id: 'l-01', audience: 'Board', on: '2025-02-20' }),
    );
    expect(after.learning[0]?.sharedWith).toHaveLength(3);
    expect(parseProject(JSON.parse(serializeProject(after)))).toEqual(after);
  });
});

describe('a reflection action’s owner is a member', () => {
  const action = { description: 'Ask everyone', owner: 'm-9' };
  const dangling = {
    message: 'names a member "m-9", but there is none with that id',
    code: 'unknown-reference',
    params: { kind: 'member', article: 'a', id: 'm-9' },
  };

  it('is refused the same way when read and when the action is added', () => {
    const doc = input((d) => {
      d.reflections![0]!.actions = [action];
    });
    expect(readRefusal(doc)).toEqual({
      path: ['reflections', 0, 'actions', 0, 'owner'],
      ...dangling,
    });
    expect(only(refused(project, commands.reflection.addAction({ id: 'r-01', action })))).toEqual({
      path: ['payload', 'action', 'owner'],
      ...dangling,
    });
  });
});

it('a project that keeps every rule reads back exactly as it was written', () => {
  const doc = input((d) => {
    d.activities![0]!.supportArranged = ['captions', 'childcare'];
    d.decisions!.push({
      id: 'd-03',
      title: 'Venue chosen',
      status: 'planned',
      due: '2025-09-01',
      madeBy: 'group',
    });
    d.acknowledgements = [
      { id: 'ack-01', ruleId: 'learning-plan', reason: 'Known', by: 'Lead', on: '2025-03-01' },
    ];
  });
  const read = parseProject(doc);
  expect(parseProject(JSON.parse(serializeProject(read)))).toEqual(read);
});

describe('a time zone the platform knows', () => {
  const unknown = {
    message: '"Europe/Atlantis" is not a time zone this platform knows',
    code: 'unknown-time-zone',
    params: { timeZone: 'Europe/Atlantis' },
  };

  it('is refused the same way when read and when the project is updated', () => {
    const doc = input((d) => {
      d.timeZone = 'Europe/Atlantis';
    });
    expect(readRefusal(doc)).toEqual({ path: ['timeZone'], ...unknown });
    const update = commands.project.update({ changes: { timeZone: 'Europe/Atlantis' } });
    expect(only(refused(project, update))).toEqual({
      path: ['payload', 'changes', 'timeZone'],
      ...unknown,
    });
  });
});
