import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { project, ruleOptions } from '../helpers.js';
import { groupDecision, outcomeOf, outsideDecision, plannedDecision } from './builders.js';

const ours = groupDecision('d-1', 'Pilot route chosen');
const notOurs = outsideDecision('d-2', 'Bus fares for 2027 set', {
  groupsToMake: false,
  decidedBy: 'Cabinet',
});
const takenAway = outsideDecision('d-3', 'Which estates host the pilot', {
  groupsToMake: true,
  decidedBy: 'Head of Housing Management',
});
const toBeTakenAway = plannedDecision('d-4', 'Which way of reporting a repair the pilot tests', {
  groupsToMake: true,
  toBeMadeBy: 'Director of Housing',
});
const unknown = outsideDecision('d-5', 'Pilot budget capped');

describe('group-decisions-kept', () => {
  it('judges whether decisions that are the group’s stay with it', () =>
    testRule(
      'group-decisions-kept',
      {
        valid: [
          {
            name: 'every decision says whose it is, and the group kept its own',
            project: project({ decisions: [ours, notOurs] }),
          },
          {
            name: 'a planned decision that is the group’s, set to be made by the group',
            project: project({
              decisions: [
                ours,
                plannedDecision('d-6', 'Pilot name', {
                  groupsToMake: true,
                  madeBy: 'group',
                  toBeMadeBy: 'The group',
                }),
              ],
            }),
          },
        ],
        invalid: [
          {
            name: 'made elsewhere',
            project: project({ decisions: [ours, takenAway] }),
            subjects: ['d-3'],
          },
          {
            name: 'planned to be made elsewhere, before the event',
            project: project({ decisions: [ours, toBeTakenAway] }),
            subjects: ['d-4'],
          },
          {
            name: 'also while starting: the rule looks ahead',
            project: project({ stage: 'starting', decisions: [toBeTakenAway] }),
            subjects: ['d-4'],
          },
        ],
        needsReview: [
          { name: 'no decisions recorded yet', project: project() },
          {
            name: 'a decision that does not say whose it is',
            project: project({ decisions: [ours, unknown] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes only on decisions that say whose they are', async () => {
    expect(
      (await outcomeOf('group-decisions-kept', project({ decisions: [ours, notOurs] }))).outcome,
    ).toBe('passed');
    expect((await outcomeOf('group-decisions-kept', project({ stage: 'planning' }))).outcome).toBe(
      'not-applicable',
    );
  });

  it('names the decision and who took it, before and after the event', async () => {
    const { issues } = await outcomeOf(
      'group-decisions-kept',
      project({ decisions: [takenAway, toBeTakenAway] }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      "The decision “Which estates host the pilot” is the group's to make, but it was made outside the group, by Head of Housing Management.",
      "The decision “Which way of reporting a repair the pilot tests” is the group's to make, but it is set to be made outside the group, by Director of Housing.",
    ]);
    expect(issues[1]?.evidence.finding?.due).toBe('2026-12-09');
  });

  it('names the decisions it cannot judge', async () => {
    const { issues } = await outcomeOf(
      'group-decisions-kept',
      project({ decisions: [ours, unknown] }),
    );
    expect(issues.map((i) => [i.outcome, i.message])).toEqual([
      [
        'needs-review',
        "We cannot tell yet whether the decisions that are the group's to make stay with it. Still to record: whether “Pilot budget capped” is the group's to make.",
      ],
    ]);
    const bare = await outcomeOf('group-decisions-kept', project());
    expect(bare.issues[0]?.message).toBe(
      "We cannot tell yet whether the decisions that are the group's to make stay with it. Still to record: the decisions the work involves (none is recorded yet).",
    );
    // What to do is to record whose decision it is, not to put right a decision taken away.
    expect(issues[0]?.action).toMatch(
      /^Record, for each decision, whether it is the group's to make/,
    );
  });

  it('says how to put it right when a decision was taken away', async () => {
    const { issues } = await outcomeOf(
      'group-decisions-kept',
      project({ decisions: [takenAway, unknown] }),
    );
    expect(issues.map((i) => [i.outcome, i.action.split(',')[0]])).toEqual([
      ['flagged', 'If the decision is still to come'],
    ]);
  });
});
