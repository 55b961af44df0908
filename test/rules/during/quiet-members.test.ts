import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, meeting, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(staff('m-1', 'Sam (officer)'), resident('m-2', 'Amira'));

/** Three meetings in which Amira came and said nothing while Sam spoke. */
const amiraQuiet = project({
  group,
  activities: [
    meeting('a-1', '2026-10-06T18:00:00Z', {
      attendance: [
        { memberId: 'm-1', contributions: 6 },
        { memberId: 'm-2', contributions: 0 },
      ],
    }),
    meeting('a-2', '2026-10-20T18:00:00Z', {
      attendance: [
        { memberId: 'm-1', contributions: 5 },
        { memberId: 'm-2', contributions: 0 },
      ],
    }),
    meeting('a-3', '2026-11-03T18:00:00Z', {
      attendance: [
        { memberId: 'm-1', contributions: 7 },
        { memberId: 'm-2', contributions: 0 },
      ],
    }),
  ],
});

describe('quiet-members', () => {
  it('flags members who attend meeting after meeting without contributing', () =>
    testRule(
      'quiet-members',
      {
        valid: [
          {
            name: 'Amira spoke once in her last three meetings',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-10-06T18:00:00Z', {
                  attendance: [
                    { memberId: 'm-1', contributions: 6 },
                    { memberId: 'm-2', contributions: 0 },
                  ],
                }),
                meeting('a-2', '2026-10-20T18:00:00Z', {
                  attendance: [
                    { memberId: 'm-1', contributions: 5 },
                    { memberId: 'm-2', contributions: 2 },
                  ],
                }),
                meeting('a-3', '2026-11-03T18:00:00Z', {
                  attendance: [
                    { memberId: 'm-1', contributions: 7 },
                    { memberId: 'm-2', contributions: 0 },
                  ],
                }),
              ],
            }),
          },
          {
            name: 'quiet for three meetings, with the threshold raised to four',
            project: amiraQuiet,
            parameters: { quietMeetings: 4 },
          },
          { name: 'not applicable while planning', project: { ...amiraQuiet, stage: 'planning' } },
        ],
        invalid: [
          {
            name: 'Amira silent in three meetings in a row',
            project: amiraQuiet,
            subjects: ['m-2'],
          },
        ],
        needsReview: [
          {
            name: 'contributions never counted',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-11-03T18:00:00Z', {
                  attendance: [{ memberId: 'm-1' }, { memberId: 'm-2' }],
                }),
              ],
            }),
          },
          {
            name: 'counted for Sam but not for Amira',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-10-20T18:00:00Z', {
                  attendance: [{ memberId: 'm-1', contributions: 5 }, { memberId: 'm-2' }],
                }),
                meeting('a-2', '2026-11-03T18:00:00Z', {
                  attendance: [{ memberId: 'm-1', contributions: 7 }, { memberId: 'm-2' }],
                }),
              ],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the member and the number of meetings', async () => {
    const [issue] = await issuesOf('quiet-members', amiraQuiet);
    expect(issue?.message).toBe('Amira has come to 3 meetings in a row without contributing.');
    expect(issue?.action).toContain('members who have gone quiet');
  });
});
