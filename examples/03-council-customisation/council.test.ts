/**
 * Tests for the council's configuration, written with `testRule` as a
 * council would write them for its own rules. Run them with
 * `npx vitest run examples/03-council-customisation`.
 */
// #region setup
import { fileURLToPath } from 'node:url';
import type { Activity } from 'coproduce';
import { loadConfig } from 'coproduce/node';
import { minimalProject, testRule } from 'coproduce/testing';
import { describe, it } from 'vitest';

// The council's rule set: the same one its checks use, so parameters,
// severities and its own rules are tested as configured.
const rules = await loadConfig(fileURLToPath(new URL('coproduce.config.json', import.meta.url)));
const now = '2026-11-20T12:00:00Z';

/** A 90-minute activity of the given kind, starting at 6pm on the given day. */
function session(id: string, kind: Activity['kind'], day: string) {
  return {
    id,
    kind,
    title: `${kind} session`,
    start: `${day}T18:00:00+00:00`,
    end: `${day}T19:30:00+00:00`,
  };
}
// #endregion setup

// #region online-option
describe('online-option (a Castlebridge rule)', () => {
  it('flags a group whose recent activities could not be joined online', () =>
    testRule(
      'online-option',
      {
        valid: [
          {
            name: 'an online session ten days ago',
            project: minimalProject({
              activities: [
                session('a-1', 'formal-meeting', '2026-10-28'),
                session('a-2', 'online', '2026-11-10'),
              ],
            }),
          },
          {
            name: 'no activities at all in the last six weeks: another rule asks about that',
            project: minimalProject({ activities: [session('a-1', 'online', '2026-08-01')] }),
          },
          {
            name: 'a group that has not started yet',
            project: minimalProject({
              stage: 'starting',
              activities: [session('a-1', 'formal-meeting', '2026-11-10')],
            }),
            notApplicable: true,
          },
        ],
        invalid: [
          {
            name: 'only meetings in the room',
            project: minimalProject({
              activities: [
                session('a-1', 'formal-meeting', '2026-10-28'),
                session('a-2', 'workshop', '2026-11-10'),
              ],
            }),
          },
          {
            name: 'the online session is older than a two-week window',
            parameters: { recentDays: 14 },
            project: minimalProject({
              activities: [
                session('a-1', 'online', '2026-10-21'),
                session('a-2', 'formal-meeting', '2026-11-13'),
              ],
            }),
          },
        ],
      },
      { rules, now },
    ));
});
// #endregion online-option

// #region quiet-members
describe('quiet-members, as Castlebridge tunes it (quiet after 2 meetings)', () => {
  const group = {
    members: [
      { id: 'm-01', displayName: 'Amira', roles: ['resident' as const] },
      { id: 'm-02', displayName: 'Ben', roles: ['resident' as const] },
    ],
  };
  const meeting = (id: string, day: string, amira: number, ben: number) => ({
    ...session(id, 'formal-meeting', day),
    attendance: [
      { memberId: 'm-01', contributions: amira },
      { memberId: 'm-02', contributions: ben },
    ],
  });

  it('flags a member after two silent meetings in a row', () =>
    testRule(
      'quiet-members',
      {
        valid: [
          {
            name: 'Ben spoke at the latest meeting',
            project: minimalProject({
              group,
              activities: [meeting('a-1', '2026-10-28', 4, 0), meeting('a-2', '2026-11-11', 5, 2)],
            }),
          },
        ],
        invalid: [
          {
            name: 'Ben said nothing at the last two meetings',
            project: minimalProject({
              group,
              activities: [meeting('a-1', '2026-10-28', 4, 0), meeting('a-2', '2026-11-11', 5, 0)],
            }),
            subjects: ['m-02'],
          },
        ],
      },
      { rules, now },
    ));
});
// #endregion quiet-members

describe('the six principles beside the recommended rules', () => {
  it('strengths-recorded comes with the six-principles pack', async () => {
    const both = await loadConfig(
      fileURLToPath(new URL('six-principles.config.json', import.meta.url)),
    );
    await testRule(
      'strengths-recorded',
      {
        invalid: [
          {
            name: 'a resident whose skills are not recorded',
            project: minimalProject({
              group: { members: [{ id: 'm-1', displayName: 'Ade', roles: ['resident'] }] },
            }),
            subjects: ['m-1'],
          },
        ],
      },
      { rules: both, now },
    );
  });
});
