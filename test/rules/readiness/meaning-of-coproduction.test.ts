import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions } from '../helpers.js';

const group = groupOf(resident('m-1', 'Amira'));
const notAgreedByAnyone = project({
  group,
  coproductionMeaning: {
    definition: 'Carers and staff design the booking process as equals',
    whyChosen: 'Past consultations missed what carers need',
  },
});

describe('meaning-of-coproduction', () => {
  it('flags a group that has not agreed what co-production means here', () =>
    testRule(
      'meaning-of-coproduction',
      {
        valid: [
          {
            name: 'definition, reason and who agreed it',
            project: project({
              group,
              coproductionMeaning: { ...notAgreedByAnyone.coproductionMeaning, agreedBy: ['m-1'] },
            }),
          },
        ],
        invalid: [
          { name: 'nothing recorded', project: project({ stage: 'planning' }) },
          { name: 'nobody recorded as agreeing it', project: notAgreedByAnyone },
        ],
      },
      ruleOptions(),
    ));

  it('names what is still to record', async () => {
    const [issue] = await issuesOf('meaning-of-coproduction', notAgreedByAnyone);
    expect(issue?.message).toContain('Still to record: who agreed it.');
    expect(issue?.severity).toBe('error');
  });
});
