import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/check/compile.js';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, meeting, project, resident, staff } from '../helpers.js';
import { onlyOptions, run } from './participation-support.js';

const group = groupOf(
  resident('m-1', 'Amira'),
  resident('m-2', 'Dev'),
  resident('m-3', 'Priya', { joined: '2026-10-01' }),
  staff('m-4', 'Lou (officer)'),
);
const DAYS = ['2026-09-01', '2026-09-15', '2026-09-29', '2026-10-13', '2026-10-27', '2026-11-10'];

/** Fortnightly meetings, with who came to each. */
function meetings(cameTo: (k: number) => string[], days = DAYS) {
  return project({
    group,
    activities: days.map((day, k) =>
      meeting(`a-${k + 1}`, `${day}T17:30:00Z`, {
        attendance: cameTo(k).map((memberId) => ({ memberId })),
      }),
    ),
  });
}

/** Dev came to the first three meetings and none of the last three. */
const devStopped = meetings((k) => (k < 3 ? ['m-1', 'm-2', 'm-4'] : ['m-1', 'm-3', 'm-4']));

describe('attendance-drop-off', () => {
  it('names members who came at first and then stopped coming', () =>
    testRule(
      'attendance-drop-off',
      {
        valid: [
          {
            name: 'everyone keeps coming',
            project: meetings(() => ['m-1', 'm-2', 'm-3', 'm-4']),
          },
          {
            name: 'Dev missed two, then came back',
            project: meetings((k) => (k === 3 || k === 4 ? ['m-1', 'm-4'] : ['m-1', 'm-2', 'm-4'])),
          },
          {
            name: 'Dev has stopped, but is recorded as having left',
            project: {
              ...devStopped,
              group: groupOf(
                resident('m-1', 'Amira'),
                resident('m-2', 'Dev', { left: '2026-10-01' }),
                resident('m-3', 'Priya', { joined: '2026-10-01' }),
                staff('m-4', 'Lou (officer)'),
              ),
            },
          },
          {
            name: 'missing three is allowed when the limit is four',
            project: devStopped,
            parameters: { missedLast: 4 },
          },
          {
            name: 'not applicable while planning',
            project: { ...devStopped, stage: 'planning' },
            notApplicable: true,
          },
        ],
        invalid: [{ name: 'Dev stopped coming', project: devStopped, subjects: ['m-2'] }],
        needsReview: [
          {
            name: 'attendance recorded at only four meetings',
            project: meetings(() => ['m-1', 'm-2'], DAYS.slice(0, 4)),
            // Not "get in touch with them": nobody is known to have stopped coming.
            action:
              'Record who came to each meeting, so that anyone who stops coming is noticed early and can be asked why.',
          },
          {
            name: 'meetings held, but nobody recorded who came',
            project: project({
              group,
              activities: DAYS.map((day, k) => meeting(`a-${k + 1}`, `${day}T17:30:00Z`)),
            }),
          },
          { name: 'nothing recorded at all', project: project() },
        ],
      },
      onlyOptions('attendance-drop-off'),
    ));

  it('names the member and when they last came, in words', async () => {
    const { outcome, issues } = await run('attendance-drop-off', devStopped);
    expect(outcome).toBe('flagged');
    expect(issues.map((i) => i.message)).toEqual([
      'Dev came to 3 of their first 4 meetings but has not been to any of the last 3 meetings. They last came on 29 September 2026.',
    ]);
    expect(issues[0]?.data.lastCame).toBe('2026-09-29');
  });

  it('answers the group-support question and is on by default', () => {
    const rule = builtinRules().get('attendance-drop-off');
    expect(rule?.questions).toEqual(['during.group-support']);
    expect(rule?.rationale).toContain('during.group-support');
    const preset = JSON.parse(readFileSync('rules/presets/recommended.json', 'utf8')) as {
      rules: string[];
    };
    expect(preset.rules).toContain('attendance-drop-off');
  });
});
