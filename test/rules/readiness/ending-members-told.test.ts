import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

/** The work ended on 31 July 2026: 112 days before the test's today. */
const timeframe = { start: '2026-01-05', end: '2026-07-31', milestones: [] };
const told = {
  membersToldOn: '2026-09-10',
  howMembersTold: 'A celebration evening and a letter to every member',
  whatHappensNext:
    'The pass becomes permanent; the group meets again in March to check how it is going',
};
const closed = (ending?: Record<string, string>) =>
  project({ stage: 'closed', timeframe, ...(ending ? { ending } : {}) });

describe('ending-members-told', () => {
  it('passes only when members were told how it ended and what happens next', () =>
    testRule(
      'ending-members-told',
      {
        valid: [
          { name: 'told, how, and what next', project: closed(told) },
          {
            name: 'not applicable while the work is ending',
            project: project({ stage: 'ending', timeframe }),
            notApplicable: true,
          },
        ],
        needsReview: [
          {
            name: 'what happens next is a placeholder',
            project: closed({ ...told, whatHappensNext: 'TBC' }),
          },
          {
            name: 'not told yet, soon after the end',
            project: project({ stage: 'closed', timeframe: { ...timeframe, end: '2026-11-10' } }),
          },
        ],
        invalid: [{ name: 'not told, months after the end', project: closed() }],
      },
      ruleOptions(),
    ));

  it('says when the work ended, in words', async () => {
    const [issue] = await issuesOf('ending-members-told', closed());
    expect(issue?.message).toBe(
      'The work ended on 31 July 2026, about 4 months ago, and nothing records that members were told how it ended.',
    );
  });

  it('lists what is still to record', async () => {
    const [issue] = await issuesOf(
      'ending-members-told',
      closed({ ...told, whatHappensNext: 'tbc' }),
    );
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet tell whether members heard how the work ended and what happens next. Still to record: what happens next (only a placeholder so far).',
    );
  });
});
