import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { outcomeOf, type ReflectionInput } from '../governance/builders.js';
import { groupOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(resident('m-1', 'Dev'), resident('m-2', 'Sean'), staff('m-3', 'Priya'));
const answered = [
  {
    id: 'i-1',
    summary: 'Photos with each report',
    raisedOn: '2026-11-01',
    status: 'open' as const,
  },
  {
    id: 'i-2',
    summary: 'Text reminders',
    raisedOn: '2026-06-01',
    status: 'parked' as const,
    response: 'Waiting for the new phone system in April',
  },
];
const stale = {
  id: 'i-3',
  summary: 'A repairs surgery in each community room',
  raisedOn: '2026-08-01',
  status: 'open' as const,
};
const declinedTbc = {
  id: 'i-4',
  summary: 'A repairs app',
  raisedOn: '2026-09-01',
  status: 'declined' as const,
  response: 'tbc',
};
const reflection = (recordedBy: string[], date = '2026-10-15'): ReflectionInput => ({
  id: `r-${recordedBy.join('-')}-${date}`,
  questionId: 'honesty.open-to-change',
  date,
  rating: 'green',
  recordedBy,
});
const evidence = { group, ideas: answered, reflections: [reflection(['m-1', 'm-3'])] };

describe('ideas-responded-to', () => {
  it('passes only on answered ideas and the group’s own reflection', () =>
    testRule(
      'ideas-responded-to',
      {
        valid: [
          { name: 'ideas answered, and members reflected recently', project: project(evidence) },
          {
            name: 'not applicable while starting',
            project: project({ ...evidence, ideas: [stale], stage: 'starting' }),
            notApplicable: true,
          },
        ],
        invalid: [
          {
            name: 'open too long, and declined with only a placeholder for a reason',
            project: project({ ...evidence, ideas: [...answered, stale, declinedTbc] }),
            subjects: ['i-3', 'i-4'],
          },
          {
            name: 'with 7 days to respond, the recent one too',
            project: project(evidence),
            parameters: { respondWithinDays: 7 },
            subjects: ['i-1'],
          },
        ],
        needsReview: [
          {
            name: 'a reflection recorded by staff alone',
            project: project({ ...evidence, reflections: [reflection(['m-3'])] }),
          },
          { name: 'no reflection at all', project: project({ group, ideas: answered }) },
          {
            name: 'the group’s reflection is older than the window',
            project: project({ ...evidence, reflections: [reflection(['m-1'], '2026-01-10')] }),
          },
          { name: 'no ideas recorded', project: project({ ...evidence, ideas: [] }) },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence', async () => {
    expect((await outcomeOf('ideas-responded-to', project(evidence))).outcome).toBe('passed');
  });

  it('quotes the idea, its age and what is wrong', async () => {
    const { issues } = await outcomeOf(
      'ideas-responded-to',
      project({ ...evidence, ideas: [stale, declinedTbc] }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'The idea “A repairs surgery in each community room”, raised about 4 months ago, is still waiting for an answer the group can see.',
      'The idea “A repairs app”, raised about 3 months ago, was declined without telling the group why.',
    ]);
  });

  it('says a staff-only reflection is not the group’s answer', async () => {
    const { issues } = await outcomeOf(
      'ideas-responded-to',
      project({ ...evidence, reflections: [reflection(['m-3'])] }),
    );
    expect(issues[0]?.message).toBe(
      'We cannot tell yet whether the work stays open to new ideas. Only the group can answer that: a reflection recorded by members (not staff alone) counts when it is dated within about 6 months of today. Still to record: the group’s own reflection on it (the recent one was recorded by staff alone, and only members can answer this).',
    );
  });
});
