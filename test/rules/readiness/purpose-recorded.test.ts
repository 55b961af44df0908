import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(resident('m-1', 'Kai'), staff('m-2', 'Sam'));
const what = 'A travel offer for young carers';
const why = 'Passes do not fit the journeys young carers make for caring';
const agreed = project({
  group,
  purpose: { what, why, agreedOn: '2026-03-26', agreedBy: ['m-1', 'm-2'] },
});

describe('purpose-recorded', () => {
  it('passes only on a purpose written in real words and agreed by the group', () =>
    testRule(
      'purpose-recorded',
      {
        valid: [{ name: 'what and why, agreed by a resident and an officer', project: agreed }],
        needsReview: [
          {
            name: 'why is a placeholder',
            project: project({ group, purpose: { what, why: 'TBC.', agreedBy: ['m-1'] } }),
          },
          {
            name: 'a bare project in planning: nothing written yet',
            project: project({ stage: 'planning' }),
          },
          {
            name: 'agreed by staff alone',
            project: project({ group, purpose: { what, why, agreedBy: ['m-2'] } }),
          },
          {
            name: 'nobody recorded as agreeing it',
            project: project({ group, purpose: { what, why } }),
          },
        ],
        invalid: [
          {
            name: 'the work is under way and why was never written',
            project: project({ group, purpose: { what, agreedBy: ['m-1'] } }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('does not apply once the project is closed', () =>
    testRule(
      'purpose-recorded',
      { valid: [{ project: project({ stage: 'closed' }), notApplicable: true }] },
      ruleOptions(),
    ));

  it('names what was never written, in plain words', async () => {
    const [issue] = await issuesOf('purpose-recorded', project());
    expect(issue?.outcome).toBe('flagged');
    expect(issue?.message).toBe(
      'The work is under way, but the group has not written down what the group is making together and why it matters.',
    );
  });

  it('says what to check when the purpose is only a placeholder or staff agreed it alone', async () => {
    const [issue] = await issuesOf(
      'purpose-recorded',
      project({ group, purpose: { what, why: 'tbc', agreedBy: ['m-2'] } }),
    );
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet tell whether the group shares one purpose. Still to record or check: why it matters (only a placeholder so far) and which members of the group, not only staff, agreed it.',
    );
  });
});
