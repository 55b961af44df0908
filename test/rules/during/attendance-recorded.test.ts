import { describe, expect, it } from 'vitest';
import { builtinRules, createRuleSet } from '../../../src/check/compile.js';
import { check } from '../../../src/check/evaluate.js';
import { testRule } from '../../../src/check/test-rule.js';
import { parseProject } from '../../../src/model/parse.js';
import { groupOf, meeting, NOW, project, resident, staff } from '../helpers.js';
import { onlyOptions, run } from './participation-support.js';

const group = groupOf(resident('m-1', 'Amira'), resident('m-2', 'Dev'), staff('m-3', 'Lou'));
const DAYS = ['2026-09-01', '2026-09-15', '2026-09-29', '2026-10-13', '2026-10-27', '2026-11-10'];
const everyone = [{ memberId: 'm-1' }, { memberId: 'm-2' }, { memberId: 'm-3' }];

/** Fortnightly meetings; `recorded(k)` says whether meeting k has its attendance. */
function meetings(recorded: (k: number) => boolean, days = DAYS) {
  return project({
    group,
    activities: days.map((day, k) =>
      meeting(`a-${k + 1}`, `${day}T17:30:00Z`, recorded(k) ? { attendance: everyone } : {}),
    ),
  });
}

describe('attendance-recorded', () => {
  it('names each recent meeting where nobody is recorded as having come', () =>
    testRule(
      'attendance-recorded',
      {
        valid: [
          { name: 'attendance recorded at every meeting', project: meetings(() => true) },
          {
            name: 'only meetings older than the last six lack attendance',
            project: meetings((k) => k > 0, ['2026-08-18', ...DAYS]),
          },
          {
            name: 'outreach without a sign-in sheet is not a group meeting',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-11-10T17:30:00Z', { attendance: everyone }),
                meeting('a-2', '2026-11-12T10:00:00Z', { kind: 'outreach' }),
              ],
            }),
          },
          {
            name: 'not applicable while planning',
            project: { ...meetings(() => false), stage: 'planning' },
            notApplicable: true,
          },
        ],
        invalid: [
          {
            name: 'the last two meetings have no attendance',
            project: meetings((k) => k < 4),
            subjects: ['a-5', 'a-6'],
          },
          {
            name: 'an empty attendance list records nobody',
            project: project({
              group,
              activities: [meeting('a-1', '2026-11-10T17:30:00Z', { attendance: [] })],
            }),
            subjects: ['a-1'],
          },
          {
            name: 'looking only at the latest meeting',
            project: meetings((k) => k < 5),
            parameters: { recentMeetings: 1 },
            subjects: ['a-6'],
          },
        ],
        needsReview: [
          { name: 'no meeting held yet', project: project({ group }) },
          {
            name: 'the only meeting is still to come',
            project: project({ group, activities: [meeting('a-1', '2026-12-01T17:30:00Z')] }),
          },
        ],
      },
      onlyOptions('attendance-recorded'),
    ));

  it('names the meeting and its date in words', async () => {
    const { outcome, issues } = await run(
      'attendance-recorded',
      meetings((k) => k !== 5),
    );
    expect(outcome).toBe('flagged');
    expect(issues.map((i) => i.message)).toEqual([
      'Nobody is recorded as having come to “Meeting a-6” on 10 November 2026.',
    ]);
  });

  it('is the one card for the checks that cannot tell without attendance', async () => {
    const report = await check(parseProject(meetings(() => false)), {
      rules: createRuleSet({ extends: ['coproduce:recommended'] }),
      now: new Date(NOW),
    });
    const waiting = report.issues
      .filter((issue) => issue.heldUpBy === 'attendance-recorded')
      .map((issue) => issue.ruleId)
      .sort();
    expect(waiting).toEqual([
      'attendance-drop-off',
      'beyond-usual-participants',
      'dominant-voices',
      'quiet-members',
    ]);
    // With attendance recorded, none of them waits on it.
    const recorded = await check(parseProject(meetings(() => true)), {
      rules: createRuleSet({ extends: ['coproduce:recommended'] }),
      now: new Date(NOW),
    });
    expect(recorded.issues.some((issue) => issue.heldUpBy === 'attendance-recorded')).toBe(false);
  });

  it('answers the two participation questions and is on by default', () => {
    const rule = builtinRules().get('attendance-recorded');
    expect(rule?.questions).toEqual(['during.group-support', 'during.everyone-contributes']);
    expect(rule?.rationale).toContain('during.everyone-contributes');
  });
});
