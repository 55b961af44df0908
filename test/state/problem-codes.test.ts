import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  type Command,
  type CoproduceError,
  commands,
  commandTypes,
  createHistory,
  isCoproduceError,
  type ProblemDetail,
  parseHistory,
  parseProject,
  recordCommand,
  serializeHistory,
} from '../../src/index.js';
import { problemMessage } from '../../src/report/index.js';
import { renderProblem } from '../../src/report/problem-catalogue.js';
import { smallProjectInput } from './fixtures.js';

function rejection(run: () => unknown): CoproduceError {
  try {
    run();
  } catch (error) {
    if (isCoproduceError(error)) return error;
    throw error;
  }
  throw new Error('the command was not rejected');
}

describe('a rejected command’s problems', () => {
  const project = parseProject(smallProjectInput);

  it('carry the same codes as the same problems found when a document is read, so they can be worded in Welsh', () => {
    const unknown = rejection(() =>
      applyCommand(
        project,
        commands.activity.record({
          id: 'a-99',
          kind: 'workshop',
          title: 'Planning session',
          start: '2025-05-01T18:00:00+01:00',
          end: '2025-05-01T20:00:00+01:00',
          attendance: [{ memberId: 'no-such-member' }],
        }),
      ),
    );
    const reference = unknown.problems.find((p) => p.code === 'unknown-reference');
    expect(reference?.params).toEqual({ kind: 'member', article: 'a', id: 'no-such-member' });
    expect(problemMessage(reference!, 'cy')).toBe(
      'yn enwi aelod "no-such-member", ond nid oes un gyda’r dynodydd hwnnw',
    );
    expect(problemMessage(reference!, 'en-GB')).toBe(reference!.message);

    const duplicate = rejection(() =>
      applyCommand(
        project,
        commands.member.add({ id: 'm-01', displayName: 'Again', roles: ['carer'] }),
      ),
    );
    expect(duplicate.problems[0]).toMatchObject({
      code: 'duplicate-id',
      params: { kind: 'member', id: 'm-01' },
    });
    expect(problemMessage(duplicate.problems[0]!, 'cy')).toBe(
      'mae gan aelod arall y dynodydd "m-01" eisoes',
    );
  });
});

/** The one problem a rejected command reports, checked to render in English as its message. */
function onlyProblem(run: () => unknown): ProblemDetail {
  const { problems } = rejection(run);
  expect(problems).toHaveLength(1);
  const [detail] = problems;
  expect(detail?.code, detail?.message).toBeDefined();
  // The English template is the message itself, so the catalogue cannot drift from the code.
  expect(renderProblem(detail!.code!, detail!.params ?? {}, 'en-GB')).toBe(detail!.message);
  return detail!;
}

describe('the state layer’s own problems carry a code and values, and read in Welsh', () => {
  const project = parseProject(smallProjectInput);
  const apply = (command: Command) => () => applyCommand(project, command);

  const cases: [string, () => unknown, Partial<ProblemDetail>, string][] = [
    [
      'an activity that ends before it starts',
      apply(
        commands.activity.record({
          id: 'a-09',
          kind: 'workshop',
          title: 'Late start',
          start: '2025-05-01T20:00:00+01:00',
          end: '2025-05-01T18:00:00+01:00',
        }),
      ),
      {
        path: ['payload', 'end'],
        code: 'date-order.activity.before',
        params: { date: '2025-05-01T20:00:00+01:00' },
      },
      'mae cyn i’r gweithgaredd ddechrau (2025-05-01T20:00:00+01:00)',
    ],
    [
      'a member whose joining moves past their leaving',
      apply(commands.member.update({ id: 'm-03', changes: { joined: '2025-04-01' } })),
      {
        path: ['payload', 'changes', 'joined'],
        code: 'date-order.member.after',
        params: { date: '2025-03-01' },
      },
      'mae ar ôl i’r aelod adael (2025-03-01)',
    ],
    [
      'a timeframe whose end is set before its start',
      apply(commands.timeframe.update({ changes: { end: '2024-12-01' } })),
      {
        path: ['payload', 'changes', 'end'],
        code: 'date-order.timeframe.before',
        params: { date: '2025-01-06' },
      },
      'mae cyn i’r amserlen ddechrau (2025-01-06)',
    ],
    [
      'a member retired before they joined',
      apply(commands.member.retire({ id: 'm-01', on: '2024-12-31' })),
      { path: ['payload', 'on'], code: 'date-order.member.before', params: { date: '2025-01-10' } },
      'mae cyn i’r aelod ymuno (2025-01-10)',
    ],
    [
      'a member retired twice',
      apply(commands.member.retire({ id: 'm-03', on: '2025-04-01' })),
      { code: 'already-left', params: { id: 'm-03', date: '2025-03-01' } },
      'gadawodd yr aelod "m-03" eisoes ar 2025-03-01',
    ],
    [
      'a field changed and cleared in one command',
      apply(
        commands.idea.update({ id: 'i-01', changes: { response: 'Yes' }, clear: ['response'] }),
      ),
      { path: ['payload', 'clear', 0], code: 'changed-and-cleared', params: { field: 'response' } },
      'ni ellir newid a chlirio "response" yn yr un gorchymyn',
    ],
    [
      'an unknown id',
      apply(commands.learning.update({ id: 'l-9', changes: {} })),
      {
        path: ['payload', 'id'],
        code: 'unknown-id',
        params: { kind: 'learning entry', id: 'l-9' },
      },
      'nid oes cofnod dysgu gyda’r dynodydd "l-9"',
    ],
    [
      'an unknown glossary term',
      apply(commands.glossary.remove({ term: 'LGR' })),
      { path: ['payload', 'term'], code: 'unknown-term', params: { term: 'LGR' } },
      'nid oes cofnod geirfa gyda’r term "LGR"',
    ],
    [
      'an action index past the end',
      apply(commands.reflection.completeAction({ id: 'r-01', index: 3, on: '2025-04-01' })),
      { code: 'no-action', params: { kind: 'reflection', id: 'r-01', count: 1, index: 3 } },
      'mae gan myfyrdod "r-01" 1 cam gweithredu; nid oes un ym mynegai 3',
    ],
    [
      'a milestone completed twice',
      () =>
        applyCommand(
          applyCommand(project, commands.milestone.complete({ id: 'ms-01', on: '2025-06-01' })),
          commands.milestone.complete({ id: 'ms-01', on: '2025-06-02' }),
        ),
      { code: 'milestone-done', params: { id: 'ms-01', date: '2025-06-01' } },
      'cafodd y garreg filltir "ms-01" ei chwblhau eisoes ar 2025-06-01',
    ],
    [
      'support listed twice',
      apply(
        commands.activity.setSupport({ id: 'a-01', supportArranged: ['captions', 'captions'] }),
      ),
      { code: 'listed-twice', params: { value: 'captions' } },
      'mae’n rhestru "capsiynau" ddwywaith',
    ],
    [
      'a reciprocity entry moved to another member',
      apply(commands.reciprocity.update({ id: 'rx-01', changes: { memberId: 'm-02' } })),
      { code: 'entry-member-fixed', params: { id: 'm-01' } },
      'ni ellir ei newid: mae’r cofnod yn aros gyda’r aelod "m-01"; dilëwch ef ac ychwanegwch gofnod newydd i’r aelod arall',
    ],
    [
      'an unknown term, inside a batch (the batch keeps the code)',
      apply(commands.batch([commands.glossary.remove({ term: 'LGR' })])),
      {
        path: ['payload', 'commands', 0, 'payload', 'term'],
        code: 'unknown-term',
        params: { term: 'LGR' },
      },
      'nid oes cofnod geirfa gyda’r term "LGR"',
    ],
    [
      'an unknown command type',
      apply({ type: 'member/fire', payload: {} } as unknown as Command),
      {
        path: ['type'],
        code: 'unknown-command-type.family',
        params: {
          type: 'member/fire',
          family: 'member',
          commands: commandTypes.filter((type) => type.startsWith('member/')),
        },
      },
      `nid yw "member/fire" yn fath o orchymyn hysbys; gorchmynion member yw ${commandTypes
        .filter((type) => type.startsWith('member/'))
        .join(', ')}`,
    ],
  ];

  it.each(cases)('%s', (_name, run, expected, welsh) => {
    const detail = onlyProblem(run);
    expect(detail).toMatchObject(expected);
    expect(problemMessage(detail, 'cy')).toBe(welsh);
  });

  it('gives a made decision’s missing date the code parsing gives it', () => {
    const detail = onlyProblem(
      apply(commands.decision.update({ id: 'd-02', changes: {}, clear: ['date'] })),
    );
    expect(detail).toMatchObject({ path: ['payload', 'clear'], code: 'decision-date' });
  });

  it('words a period out of order in a document the way the commands do', () => {
    const doc = structuredClone(smallProjectInput) as { group: { members: { left?: string }[] } };
    doc.group.members[0]!.left = '2025-01-01';
    const { problems } = rejection(() => parseProject(doc));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: ['group', 'members', 0, 'left'],
      code: 'date-order.member',
      message: 'is before the member joined',
    });
    expect(renderProblem('date-order.member', {}, 'en-GB')).toBe('is before the member joined');
    expect(problemMessage(problems[0]!, 'cy')).toBe('mae cyn i’r aelod ymuno');
  });

  it('codes what a history file breaks', () => {
    let history = createHistory(project);
    history = recordCommand(
      history,
      commands.outcome.setStatus({ id: 'o-01', status: 'in-progress' }),
      {
        at: '2025-04-01T10:00:00Z',
      },
    );
    const stored = JSON.parse(serializeHistory(history)) as { cursor: number };
    stored.cursor = 5;
    const { problems } = rejection(() => parseHistory(stored));
    const cursor = problems.find((p) => p.code === 'history-cursor-too-big');
    expect(cursor?.params).toEqual({ entries: 1 });
    expect(renderProblem(cursor!.code!, cursor!.params!, 'en-GB')).toBe(cursor!.message);
    expect(problemMessage(cursor!, 'cy')).toBe('rhaid iddo fod yn 1 ar y mwyaf, nifer y cofnodion');
  });
});
