import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

const ideas = project({
  ideas: [
    {
      id: 'i-1',
      summary: 'A repairs surgery in each community room',
      raisedOn: '2026-08-01',
      status: 'open',
    },
    { id: 'i-2', summary: 'Photos with each report', raisedOn: '2026-11-01', status: 'open' },
    { id: 'i-3', summary: 'A repairs app', raisedOn: '2026-09-01', status: 'declined' },
    {
      id: 'i-4',
      summary: 'Text reminders',
      raisedOn: '2026-06-01',
      status: 'parked',
      response: 'Waiting for the new phone system in April',
    },
  ],
});

describe('ideas-responded-to', () => {
  it('flags ideas left open too long, or turned down without a response', () =>
    testRule(
      'ideas-responded-to',
      {
        valid: [
          {
            name: 'a recent open idea and a parked one with a reason',
            project: project({ ideas: [ideas.ideas![1]!, ideas.ideas![3]!] }),
          },
          { name: 'not applicable while starting', project: { ...ideas, stage: 'starting' } },
        ],
        invalid: [
          {
            name: 'open for 111 days, and declined with no reason',
            project: ideas,
            subjects: ['i-1', 'i-3'],
          },
          {
            name: 'with 14 days to respond, the recent one too',
            project: ideas,
            parameters: { respondWithinDays: 14 },
            subjects: ['i-1', 'i-2', 'i-3'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('quotes the idea and its age', async () => {
    const [issue] = await issuesOf('ideas-responded-to', ideas);
    expect(issue?.message).toBe(
      'The idea "A repairs surgery in each community room" was raised 111 days ago and is still waiting for a response the group can see.',
    );
  });
});
