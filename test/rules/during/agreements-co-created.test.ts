import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(resident('m-1', 'Grace'), staff('m-2', 'Lou (engagement officer)'), {
  id: 'm-3',
  displayName: 'Cllr P',
  roles: ['councillor'],
});

const staffWritten = project({
  group,
  agreements: [
    {
      id: 'w-1',
      topic: 'behaviour',
      text: 'We listen without interrupting.',
      createdBy: ['m-1', 'm-2'],
    },
    {
      id: 'w-2',
      topic: 'decision-making',
      text: 'The chair decides when a discussion has gone on long enough; then we decide by a show of hands.',
      createdBy: ['m-2', 'm-3'],
    },
  ],
});

describe('agreements-co-created', () => {
  it('passes agreements members helped write, flags those staff wrote alone', () =>
    testRule(
      'agreements-co-created',
      {
        valid: [
          {
            name: 'Grace wrote it with Lou',
            project: project({
              group,
              agreements: [
                { id: 'w-1', topic: 'language', text: 'Plain words', createdBy: ['m-1', 'm-2'] },
              ],
            }),
          },
        ],
        invalid: [
          {
            name: 'Lou and Cllr P wrote the decision-making agreement alone',
            project: staffWritten,
            subjects: ['w-2'],
            message:
              'The agreement “The chair decides when a discussion has gone on long enough; then we decide by…” was written by Lou (engagement officer, staff) and Cllr P (councillor), with no member of the community among its writers.',
          },
        ],
        needsReview: [
          {
            name: 'nothing recorded (bare project)',
            project: project({ stage: 'planning' }),
            message:
              "We cannot yet tell whether members of the community helped write the group's ways of working: no agreement with real words is recorded yet.",
          },
          {
            name: 'only a placeholder agreement',
            project: project({
              group,
              agreements: [{ id: 'w-1', topic: 'behaviour', text: 'tbc', createdBy: ['m-2'] }],
            }),
          },
          {
            name: 'nobody recorded who wrote it',
            project: project({
              group,
              agreements: [{ id: 'w-1', topic: 'behaviour', text: 'We listen to each other.' }],
            }),
            message:
              'The agreement “We listen to each other.” does not say who wrote it, so we cannot tell whether members of the community helped shape it.',
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the agreement and says who is staff, with a next step', async () => {
    const [issue] = await issuesOf('agreements-co-created', staffWritten);
    expect(issue?.subject.id).toBe('w-2');
    expect(issue?.action).toMatch(/take it back to the group/);
  });

  it('asks about an unattributed agreement as its own subject', async () => {
    const issues = await issuesOf(
      'agreements-co-created',
      project({
        group,
        agreements: [
          { id: 'w-1', topic: 'behaviour', text: 'We listen to each other.' },
          { id: 'w-2', topic: 'language', text: 'Plain words', createdBy: ['m-1'] },
        ],
      }),
    );
    expect(issues.map((i) => [i.subject.id, i.outcome, i.messageId])).toEqual([
      ['w-1', 'needs-review', 'agreements-co-created.needsReviewSubject'],
    ]);
  });
});
