import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { outcomeOf } from '../governance/builders.js';
import { meeting, project, ruleOptions } from '../helpers.js';

const meetings = [
  meeting('a-1', '2026-09-01T18:00:00+01:00'),
  meeting('a-2', '2026-10-01T18:00:00+01:00'),
  meeting('a-3', '2026-11-01T18:00:00Z'),
];
const idea = {
  id: 'i-1',
  summary: 'Meet at the school gate',
  raisedOn: '2026-10-01',
  status: 'open' as const,
};

describe('ideas-recorded', () => {
  it('asks for an ideas log once the work is under way', () =>
    testRule(
      'ideas-recorded',
      {
        valid: [
          { name: 'an idea recorded', project: project({ activities: meetings, ideas: [idea] }) },
        ],
        invalid: [
          { name: 'three meetings and no idea', project: project({ activities: meetings }) },
        ],
        needsReview: [
          {
            name: 'early days: one meeting',
            project: project({ activities: meetings.slice(0, 1) }),
          },
          {
            name: 'only a placeholder idea, early on',
            project: project({ ideas: [{ ...idea, summary: 'tbc' }] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence, and counts the activities when flagged', async () => {
    expect((await outcomeOf('ideas-recorded', project({ ideas: [idea] }))).outcome).toBe('passed');
    const { issues } = await outcomeOf('ideas-recorded', project({ activities: meetings }));
    expect(issues[0]?.message).toBe(
      'After 3 activities, no idea raised by members has been recorded.',
    );
  });
});
