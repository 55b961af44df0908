import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(resident('m-1', 'Kai'), staff('m-2', 'Sam'));
const definition = 'Residents and staff design the offer as equals';
const whyChosen = 'Past consultations missed young carers';

describe('meaning-of-coproduction', () => {
  it('passes only on a shared account written in real words and agreed by the group', () =>
    testRule(
      'meaning-of-coproduction',
      {
        valid: [
          {
            name: 'definition, reason, a resident agreed it',
            project: project({
              group,
              coproductionMeaning: { definition, whyChosen, agreedBy: ['m-1', 'm-2'] },
            }),
          },
        ],
        needsReview: [
          {
            name: 'the reason is a placeholder',
            project: project({
              group,
              coproductionMeaning: { definition, whyChosen: 'tbc', agreedBy: ['m-1'] },
            }),
          },
          {
            name: 'agreed by staff alone',
            project: project({
              group,
              coproductionMeaning: { definition, whyChosen, agreedBy: ['m-2'] },
            }),
          },
          {
            name: 'nobody recorded as agreeing it',
            project: project({ group, coproductionMeaning: { definition, whyChosen } }),
          },
          { name: 'a bare project in planning', project: project({ stage: 'planning' }) },
        ],
        invalid: [{ name: 'under way with nothing written', project: project() }],
      },
      ruleOptions(),
    ));

  it('names what was never written', async () => {
    const [issue] = await issuesOf(
      'meaning-of-coproduction',
      project({ group, coproductionMeaning: { definition, agreedBy: ['m-1'] } }),
    );
    expect(issue?.outcome).toBe('flagged');
    expect(issue?.message).toBe(
      'The work is under way, but the group has not written down why co-production was chosen.',
    );
  });

  it('asks who in the group agreed an account staff wrote alone', async () => {
    const [issue] = await issuesOf(
      'meaning-of-coproduction',
      project({ group, coproductionMeaning: { definition, whyChosen, agreedBy: ['m-2'] } }),
    );
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet tell whether the group shares an account of what co-production means here. Still to record or check: which members of the group, not only staff, agreed it.',
    );
  });
});
