import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/model/parse.js';
import { applyCommand } from '../../src/state/apply.js';
import { type Command, commands } from '../../src/state/commands/index.js';
import { catchCoproduceError, smallProject, smallProjectInput } from './fixtures.js';

/** The problems a rejected command reports, as path and message pairs. */
function rejection(command: Command): [readonly (string | number)[], string][] {
  const error = catchCoproduceError(() => applyCommand(smallProject(), command));
  expect(error.code).toBe('invalid-command');
  return error.problems.map((p) => [p.path, p.message]);
}

const dangling = (article: string, what: string, id: string) =>
  `names ${article} ${what} "${id}", but there is none with that id`;

describe('command rejections name each problem in words', () => {
  const cases: [string, Command, [(string | number)[], string][]][] = [
    [
      'an agreement naming an unknown member',
      commands.agreement.add({
        id: 'w-02',
        topic: 'language',
        text: 'Plain words',
        createdBy: ['m-01', 'm-9'],
      }),
      [[['payload', 'createdBy', 1], dangling('a', 'member', 'm-9')]],
    ],
    [
      'an agreement id already taken',
      commands.agreement.add({ id: 'w-01', topic: 'language', text: 'Plain words' }),
      [[['payload', 'id'], 'another agreement already has the id "w-01"']],
    ],
    [
      'a learning entry naming an unknown activity and decision',
      commands.learning.update({
        id: 'l-01',
        changes: { sourceActivityId: 'a-9', sourceDecisionId: 'd-9' },
      }),
      [
        [['payload', 'changes', 'sourceActivityId'], dangling('an', 'activity', 'a-9')],
        [['payload', 'changes', 'sourceDecisionId'], dangling('a', 'decision', 'd-9')],
      ],
    ],
    [
      'an update of a learning entry that does not exist',
      commands.learning.update({ id: 'l-9', changes: { insight: 'x' } }),
      [[['payload', 'id'], 'there is no learning entry with the id "l-9"']],
    ],
    [
      'a flow naming an unknown senior leader',
      commands.flow.add({
        id: 'f-02',
        direction: 'leaders-to-group',
        cadence: 'monthly',
        leaderIds: ['sl-9'],
      }),
      [[['payload', 'leaderIds', 0], dangling('a', 'senior leader', 'sl-9')]],
    ],
    [
      'a reflection action owned by an unknown member',
      commands.reflection.update({
        id: 'r-01',
        changes: { actions: [{ description: 'Ask everyone', owner: 'm-9' }] },
      }),
      [[['payload', 'changes', 'actions', 0, 'owner'], dangling('a', 'member', 'm-9')]],
    ],
    [
      'an activity with the same member at two attendance rows, one unknown member, ending before it starts',
      commands.activity.record({
        id: 'a-02',
        kind: 'workshop',
        title: 'Check-in',
        start: '2025-03-04T18:00:00+00:00',
        end: '2025-03-04T17:00:00+00:00',
        attendance: [{ memberId: 'm-01' }, { memberId: 'm-9' }, { memberId: 'm-01' }],
      }),
      [
        [['payload', 'end'], 'is before the activity starts (2025-03-04T18:00:00+00:00)'],
        [['payload', 'attendance', 1, 'memberId'], dangling('a', 'member', 'm-9')],
        [
          ['payload', 'attendance', 2, 'memberId'],
          'member "m-01" already has an attendance row here',
        ],
      ],
    ],
    [
      'an activity moved to end before it starts',
      commands.activity.update({ id: 'a-01', changes: { end: '2025-02-04T17:00:00+00:00' } }),
      [
        [
          ['payload', 'changes', 'end'],
          'is before the activity starts (2025-02-04T18:00:00+00:00)',
        ],
      ],
    ],
    [
      'a member joining after they left',
      commands.member.update({ id: 'm-03', changes: { joined: '2025-04-01' } }),
      [[['payload', 'changes', 'joined'], 'is after the member left (2025-03-01)']],
    ],
    [
      'a made decision without its date',
      commands.decision.record({ id: 'd-03', title: 'Venue', madeBy: 'group' }),
      [
        [
          ['payload', 'date'],
          'is required for a decision that has been made (give its date, or status "planned" with a due date)',
        ],
      ],
    ],
    [
      'a made decision losing its date',
      commands.decision.update({ id: 'd-01', changes: {}, clear: ['date'] }),
      [
        [
          ['payload', 'clear'],
          'is required for a decision that has been made (give its date, or status "planned" with a due date)',
        ],
      ],
    ],
    [
      'a decision naming an unknown activity',
      commands.decision.update({ id: 'd-01', changes: { activityId: 'a-9' } }),
      [[['payload', 'changes', 'activityId'], dangling('an', 'activity', 'a-9')]],
    ],
    [
      'a recommendation naming an unknown decision',
      commands.recommendation.add({
        id: 'rec-01',
        summary: 'Keep the evening bus',
        madeOn: '2025-06-04',
        madeTo: 'Cabinet',
        decisionId: 'd-9',
      }),
      [[['payload', 'decisionId'], dangling('a', 'decision', 'd-9')]],
    ],
    [
      'a ledger entry moved to another member',
      commands.reciprocity.update({ id: 'rx-01', changes: { memberId: 'm-9' } }),
      [
        [
          ['payload', 'changes', 'memberId'],
          'cannot change: the entry stays with member "m-01"; remove it and add a new entry for the other member',
        ],
      ],
    ],
    [
      'a ledger entry for an unknown member',
      commands.reciprocity.add({
        id: 'rx-02',
        memberId: 'm-9',
        kind: 'voucher',
        offeredOn: '2025-03-01',
        status: 'offered',
      }),
      [[['payload', 'memberId'], dangling('a', 'member', 'm-9')]],
    ],
    [
      'an outcome agreed by an unknown member',
      commands.outcome.update({ id: 'o-01', changes: { agreedBy: ['m-9'] } }),
      [[['payload', 'changes', 'agreedBy', 0], dangling('a', 'member', 'm-9')]],
    ],
    [
      'a responsibility held by an unknown member',
      commands.responsibility.set({ id: 'resp-02', area: 'Minutes', owners: ['m-9'] }),
      [[['payload', 'owners', 0], dangling('a', 'member', 'm-9')]],
    ],
    [
      'a purpose agreed by an unknown member',
      commands.purpose.update({ changes: { agreedBy: ['m-9'] } }),
      [[['payload', 'changes', 'agreedBy', 0], dangling('a', 'member', 'm-9')]],
    ],
    [
      'an ending evaluated with an unknown member',
      commands.ending.update({ changes: { evaluatedWith: ['m-9'] } }),
      [[['payload', 'changes', 'evaluatedWith', 0], dangling('a', 'member', 'm-9')]],
    ],
    [
      'a reflection action that does not exist',
      commands.reflection.completeAction({ id: 'r-01', index: 3, on: '2025-04-01' }),
      [[['payload', 'index'], 'reflection "r-01" has 1 action; there is none at index 3']],
    ],
    [
      'an involvement point that does not exist',
      commands.leader.completeInvolvement({ id: 'sl-01', index: 2, on: '2025-04-01' }),
      [
        [
          ['payload', 'index'],
          'senior leader "sl-01" has 1 involvement point; there is none at index 2',
        ],
      ],
    ],
    [
      'a related engagement that does not exist',
      commands.relatedEngagement.remove({ id: 'e-9' }),
      [[['payload', 'id'], 'there is no related engagement with the id "e-9"']],
    ],
  ];

  for (const [name, command, expected] of cases) {
    it(name, () => {
      expect(rejection(command)).toEqual(expected);
    });
  }
});

describe('a reference is reported in the same words when parsing and when a command is applied', () => {
  it('for a learning source, a flow leader and a reflection action owner', () => {
    const doc = structuredClone(smallProjectInput) as unknown as {
      learning: Record<string, unknown>[];
      governance: { informationFlows: Record<string, unknown>[] };
      reflections: { actions: Record<string, unknown>[] }[];
    };
    doc.learning[0] = { ...doc.learning[0], sourceActivityId: 'a-9' };
    doc.governance.informationFlows[0] = {
      ...doc.governance.informationFlows[0],
      leaderIds: ['sl-9'],
    };
    doc.reflections[0]?.actions.splice(0, 1, { description: 'Ask everyone', owner: 'm-9' });
    const parsed = catchCoproduceError(() => parseProject(doc)).problems.map((p) => p.message);

    const applied = [
      commands.learning.update({ id: 'l-01', changes: { sourceActivityId: 'a-9' } }),
      commands.flow.update({ id: 'f-01', changes: { leaderIds: ['sl-9'] } }),
      commands.reflection.addAction({
        id: 'r-01',
        action: { description: 'Ask everyone', owner: 'm-9' },
      }),
    ].flatMap((command) => rejection(command).map(([, message]) => message));

    expect(parsed).toEqual([
      dangling('an', 'activity', 'a-9'),
      dangling('a', 'member', 'm-9'),
      dangling('a', 'senior leader', 'sl-9'),
    ]);
    expect([...applied].sort()).toEqual([...parsed].sort());
  });
});
