import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check/evaluate.js';
import { testRule } from '../../../src/check/test-rule.js';
import { parseProject } from '../../../src/model/parse.js';
import { allRuleSet, issuesOf, meeting, NOW, project, ruleOptions } from '../helpers.js';

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
            name: 'an online session counts',
            project: project({
              activities: [
                ...(sessionsOnly.activities ?? []),
                meeting('a-3', '2026-11-12T18:00:00Z', { kind: 'online' }),
              ],
            }),
          },
          {
            name: 'workshops count as going beyond sessions here',
            project: sessionsOnly,
            parameters: { kindsBeyondSessions: ['workshop'] },
          },
        ],
        invalid: [
          {
            name: 'meetings and workshops only',
            project: sessionsOnly,
            message:
              'Within about 6 months, the group has only held formal meetings and workshops: nothing that takes the work beyond sessions people have to come to.',
          },
          {
            name: 'an outreach visit long ago does not count now',
            project: project({
              activities: [
                meeting('a-0', '2026-03-10T15:00:00Z', { kind: 'outreach' }),
                ...(sessionsOnly.activities ?? []),
              ],
            }),
          },
        ],
        needsReview: [
          {
            name: 'no recent activities: nothing to judge, so no pass',
            project: project(),
            message:
              'No activities are recorded within about 6 months, so we cannot tell how the group works.',
            // Not "try a way of working beyond sessions": nothing shows the group needs to.
            action:
              'Record each meeting, visit, online session or informal get-together as it happens, with its date and what kind of activity it was.',
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives no pass to a bare project', async () => {
    const report = await check(parseProject(project({ stage: 'planning' })), {
      rules: allRuleSet(),
      now: NOW,
    });
    expect(report.outcomes.find((o) => o.ruleId === 'beyond-sessions')?.outcome).toBe(
      'not-applicable',
    );
    const [issue] = await issuesOf('beyond-sessions', project());
    expect(issue?.outcome).toBe('needs-review');
  });
});
