import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(resident('m-1', 'Kai'), staff('m-2', 'Sam'));
const onTime = {
  id: 'o-1',
  description: 'Young carers get to school on time.',
  recognisedBy: 'Fewer late marks in the December survey',
  agreedBy: ['m-1', 'm-2'],
};

describe('outcomes-recognisable', () => {
  it('passes only on agreed outcomes that each say how they will be recognised', () =>
    testRule(
      'outcomes-recognisable',
      {
        valid: [
          {
            name: 'one outcome, recognisable and agreed',
            project: project({ group, outcomes: [onTime] }),
          },
          {
            name: 'a dropped outcome needs no way to recognise it',
            project: project({
              group,
              outcomes: [
                onTime,
                { id: 'o-2', description: 'A new bus route', status: 'dropped', agreedBy: ['m-1'] },
              ],
            }),
          },
        ],
        needsReview: [
          {
            name: 'how it will be recognised is a placeholder',
            project: project({ group, outcomes: [{ ...onTime, recognisedBy: 'n/a' }] }),
          },
          {
            name: 'agreed by staff alone',
            project: project({ group, outcomes: [{ ...onTime, agreedBy: ['m-2'] }] }),
          },
          { name: 'no outcomes yet, in planning', project: project({ stage: 'planning' }) },
        ],
        invalid: [
          { name: 'under way with no outcomes', project: project({ group }) },
          {
            name: 'under way, an outcome with no way to recognise it',
            project: project({ group, outcomes: [{ ...onTime, recognisedBy: undefined }] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the outcome that cannot be recognised', async () => {
    const [issue] = await issuesOf(
      'outcomes-recognisable',
      project({
        group,
        outcomes: [{ id: 'o-1', description: 'Shorter waits.', agreedBy: ['m-1'] }],
      }),
    );
    expect(issue?.outcome).toBe('flagged');
    expect(issue?.message).toBe(
      'The work is under way, but the group has not recorded how it will know “Shorter waits” has been achieved.',
    );
  });

  it('says when there are no outcomes at all', async () => {
    const [issue] = await issuesOf('outcomes-recognisable', project());
    expect(issue?.message).toBe(
      'The work is under way, but the group has not recorded the outcomes it wants to achieve.',
    );
  });

  it('asks who in the group agreed outcomes staff set alone', async () => {
    const [issue] = await issuesOf(
      'outcomes-recognisable',
      project({ group, outcomes: [{ ...onTime, agreedBy: ['m-2'] }] }),
    );
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet tell whether the group has outcomes everyone will recognise. Still to record or check: which members of the group, not only staff, agreed the outcomes.',
    );
  });
});
