import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const takenElsewhere = project({
  decisions: [
    {
      id: 'd-1',
      title: 'Which estates host the pilot',
      date: '2026-10-01',
      madeBy: 'outside-group',
      decidedBy: 'Director of Housing',
      groupsToMake: true,
    },
    {
      id: 'd-2',
      title: 'Evening meetings',
      date: '2026-09-01',
      madeBy: 'group',
      groupsToMake: true,
    },
    {
      id: 'd-3',
      title: 'Contract extended',
      date: '2026-08-01',
      madeBy: 'outside-group',
      groupsToMake: false,
    },
  ],
});

describe('group-decisions-kept', () => {
  it("flags decisions that were the group's to make but were made elsewhere", () =>
    testRule(
      'group-decisions-kept',
      {
        valid: [
          {
            name: 'the group made its own decisions',
            project: project({ decisions: takenElsewhere.decisions?.slice(1) }),
          },
          { name: 'no decisions yet', project: project() },
        ],
        invalid: [
          {
            name: 'the pilot estates were chosen by the director',
            project: takenElsewhere,
            subjects: ['d-1'],
          },
        ],
        needsReview: [
          {
            name: "nobody said whether any decision was the group's to make",
            project: project({
              decisions: [
                { id: 'd-4', title: 'Pilot budget', date: '2026-10-01', madeBy: 'outside-group' },
              ],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the decision, as an error', async () => {
    const [issue] = await issuesOf('group-decisions-kept', takenElsewhere);
    expect(issue?.message).toBe(
      'The decision "Which estates host the pilot" was the group\'s to make, but it was made outside the group.',
    );
    expect(issue?.severity).toBe('error');
  });
});
