import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, meeting, project, ruleOptions } from '../helpers.js';

const sessionsOnly = project({
  activities: [
    meeting('a-1', '2026-10-20T18:00:00Z'),
    meeting('a-2', '2026-11-03T18:00:00Z', { kind: 'workshop' }),
  ],
});

describe('beyond-sessions', () => {
  it('flags a group that only meets in sessions people have to come to', () =>
    testRule(
      'beyond-sessions',
      {
        valid: [
          {
            name: 'a drop-in at the school gate too',
            project: project({
              activities: [
                ...(sessionsOnly.activities ?? []),
                meeting('a-3', '2026-11-10T15:00:00Z', { kind: 'outreach' }),
              ],
            }),
          },
          {
            name: 'workshops count as going beyond sessions here',
            project: sessionsOnly,
            parameters: { kindsBeyondSessions: ['workshop'] },
          },
          { name: 'no recent activities', project: project() },
        ],
        invalid: [{ name: 'meetings and workshops only', project: sessionsOnly }],
      },
      ruleOptions(),
    ));

  it('names the kinds used, in plain words', async () => {
    const [issue] = await issuesOf('beyond-sessions', sessionsOnly);
    expect(issue?.message).toBe(
      'In the last 180 days the group has only held formal meetings, workshops: nothing that takes the work beyond sessions people have to come to.',
    );
  });
});
