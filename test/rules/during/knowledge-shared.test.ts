import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, meeting, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(
  staff('m-1', 'Sam (officer)'),
  resident('m-2', 'Amira'),
  resident('m-3', 'Bernard'),
);
const oneOfThree = project({
  group,
  activities: [
    meeting('a-1', '2026-11-03T18:00:00Z', {
      attendance: [
        { memberId: 'm-1', questionsAsked: 2, knowledgeShared: 3 },
        { memberId: 'm-2', questionsAsked: 0, knowledgeShared: 0 },
        { memberId: 'm-3', questionsAsked: 0, knowledgeShared: 0 },
      ],
    }),
  ],
});

describe('knowledge-shared', () => {
  it('flags a group where few members ask questions or share what they know', () =>
    testRule(
      'knowledge-shared',
      {
        valid: [
          {
            name: 'two of three asked or shared',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-11-03T18:00:00Z', {
                  attendance: [
                    { memberId: 'm-1', questionsAsked: 2, knowledgeShared: 3 },
                    { memberId: 'm-2', questionsAsked: 0, knowledgeShared: 1 },
                    { memberId: 'm-3', questionsAsked: 0, knowledgeShared: 0 },
                  ],
                }),
              ],
            }),
          },
          {
            name: 'one in three, with the bar at 30%',
            project: oneOfThree,
            parameters: { minShare: 0.3 },
          },
        ],
        invalid: [{ name: 'only Sam asked or shared', project: oneOfThree }],
        needsReview: [
          {
            name: 'questions and knowledge never counted',
            project: project({
              group,
              activities: [
                meeting('a-1', '2026-11-03T18:00:00Z', {
                  attendance: [{ memberId: 'm-1', contributions: 3 }],
                }),
              ],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('gives the share as a percentage', async () => {
    const [issue] = await issuesOf('knowledge-shared', oneOfThree);
    expect(issue?.message).toBe(
      "Only 33% of the members who came to the group's last 6 meetings asked a question or shared what they know.",
    );
  });
});
