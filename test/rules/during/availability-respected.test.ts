import { describe, expect, it } from 'vitest';
import { createRuleSet } from '../../../src/check/compile.js';
import { check } from '../../../src/check/evaluate.js';
import { testRule } from '../../../src/check/test-rule.js';
import { parseProject } from '../../../src/model/parse.js';
import {
  type ActivityInput,
  groupOf,
  issuesOf,
  meeting,
  NOW,
  project,
  resident,
  ruleOptions,
} from '../helpers.js';

const memberT = resident('m-1', 'Member T', {
  availability: { days: ['sat'], dayParts: ['morning'] },
  joined: '2026-01-05',
});
const grace = resident('m-2', 'Grace', { joined: '2026-01-05' });
const group = groupOf(memberT, grace);

/** `count` weekly meetings on Tuesdays at 10:00 in London, the last on 17 November 2026. */
function tuesdayMornings(count: number): ActivityInput[] {
  return Array.from({ length: count }, (_, i) =>
    meeting(
      `a-${i + 1}`,
      new Date(Date.UTC(2026, 10, 17, 10) - (count - 1 - i) * 7 * 86_400_000).toISOString(),
    ),
  );
}
const saturdayMorning = meeting('a-sat', '2026-11-14T10:00:00Z');
const weekdayMornings = project({ group, activities: tuesdayMornings(6) });

describe('availability-respected', () => {
  it('names members whose stated times almost every recent activity misses', () =>
    testRule(
      'availability-respected',
      {
        valid: [
          {
            name: 'two of the last six on a Saturday morning',
            project: project({
              group,
              activities: [
                ...tuesdayMornings(4),
                saturdayMorning,
                meeting('a-sat2', '2026-11-07T10:00:00Z'),
              ].sort((a, b) => a.start.localeCompare(b.start)),
            }),
          },
        ],
        invalid: [
          {
            name: 'weekday mornings only',
            project: weekdayMornings,
            subjects: ['m-1'],
            message:
              'Member T said they can come on Saturday mornings, but of the last 6 activities, none was at one of those times.',
          },
          {
            name: 'one in six is still almost every one missed',
            project: project({
              group,
              activities: [...tuesdayMornings(5), saturdayMorning].sort((a, b) =>
                a.start.localeCompare(b.start),
              ),
            }),
            subjects: ['m-1'],
            message:
              /^Member T said they can come on Saturday mornings, but of the last 6 activities, 1 was at one of those times\.$/,
          },
        ],
        needsReview: [
          {
            name: 'too few activities to judge',
            project: project({ group, activities: tuesdayMornings(2) }),
            message:
              'We cannot yet compare meeting times with when members can come: fewer than 3 activities have happened, or nobody has recorded when members are free.',
          },
          {
            name: 'nobody has said when they can come',
            project: project({ group: groupOf(grace), activities: tuesdayMornings(6) }),
          },
          { name: 'no activities yet', project: project({ group }) },
        ],
      },
      ruleOptions(),
    ));

  it('reads times in the project time zone, not in UTC', async () => {
    // 11:30 UTC on a Saturday in July is 12:30 in London: afternoon, not the morning Member T gave.
    const summer = project({
      group,
      activities: [...tuesdayMornings(5), meeting('a-sat', '2026-07-04T11:30:00Z')].sort((a, b) =>
        a.start.localeCompare(b.start),
      ),
    });
    const issues = await issuesOf('availability-respected', summer, { recentActivities: 6 });
    expect(issues[0]?.message).toMatch(
      /of the last 6 activities, none was at one of those times\.$/,
    );
  });

  it('is on in the recommended rules, as a warning', async () => {
    const rules = createRuleSet({});
    const report = await check(parseProject(weekdayMornings), { rules, now: NOW });
    const [issue] = report.issues.filter((i) => i.ruleId === 'availability-respected');
    expect(issue?.subject.label).toBe('Member T');
    expect(issue?.severity).toBe('warning');
  });
});
