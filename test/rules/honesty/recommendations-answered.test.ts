import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { outcomeOf, outsideDecision, type RecommendationInput } from '../governance/builders.js';
import { project, ruleOptions } from '../helpers.js';

const contract = outsideDecision('d-1', 'Repairs contract extended by two years', {
  decidedBy: 'Cabinet',
  influence: 'consult',
  groupInformed: true,
});
const rec = (
  id: string,
  summary: string,
  extra: Partial<RecommendationInput> = {},
): RecommendationInput => ({
  id,
  summary,
  madeOn: '2026-07-29',
  madeTo: 'Cabinet',
  ...extra,
});
const answered = rec('rec-1', 'Fund the pilot for six months', {
  response: 'accepted-in-part',
  respondedOn: '2026-10-01',
  reasons: 'The budget covers three months; three more depend on the first results.',
  groupToldOn: '2026-10-08',
});
const recent = rec('rec-2', 'Open the offices on Saturdays', { madeOn: '2026-11-01' });
const rejectedUntold = rec('rec-3', 'Write report-by-text into the contract', {
  decisionId: 'd-1',
  response: 'rejected',
  respondedOn: '2026-08-19',
});
const waiting = rec('rec-4', 'A repairs surgery in each estate', {
  madeOn: '2026-07-01',
  madeTo: 'Head of Housing Management',
});
const answeredNotTold = rec('rec-5', 'Photos with each report', {
  response: 'accepted',
  respondedOn: '2026-09-01',
});

describe('recommendations-answered', () => {
  it('judges whether the group hears what became of its recommendations', () =>
    testRule(
      'recommendations-answered',
      {
        valid: [
          {
            name: 'answered with reasons and fed back; one made recently still awaiting',
            project: project({ recommendations: [answered, recent] }),
          },
          {
            name: 'answered a week ago, the group not told yet: still within time',
            project: project({
              recommendations: [
                rec('rec-6', 'Text reminders', { response: 'accepted', respondedOn: '2026-11-13' }),
              ],
            }),
          },
        ],
        invalid: [
          {
            name: 'rejected by Cabinet, the group never told and no reasons given',
            project: project({
              decisions: [contract],
              recommendations: [answered, rejectedUntold],
            }),
            subjects: ['rec-3'],
          },
          {
            name: 'awaiting an answer for too long',
            project: project({ recommendations: [waiting] }),
            subjects: ['rec-4'],
          },
          {
            name: 'answered, and not fed back',
            project: project({ recommendations: [answeredNotTold] }),
            subjects: ['rec-5'],
          },
          {
            name: 'with a shorter wait, the recent one too',
            project: project({ recommendations: [recent] }),
            parameters: { answerWithinDays: 14 },
            subjects: ['rec-2'],
          },
        ],
        needsReview: [
          { name: 'no recommendations recorded', project: project() },
          {
            name: 'turned down with reasons only as a placeholder',
            project: project({
              recommendations: [
                rec('rec-7', 'Saturday opening', {
                  response: 'rejected',
                  respondedOn: '2026-10-01',
                  reasons: 'TBC.',
                  groupToldOn: '2026-10-02',
                }),
              ],
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence', async () => {
    expect(
      (await outcomeOf('recommendations-answered', project({ recommendations: [answered] })))
        .outcome,
    ).toBe('passed');
  });

  it('names the decision, who made it and what went wrong', async () => {
    const { issues } = await outcomeOf(
      'recommendations-answered',
      project({ decisions: [contract], recommendations: [rejectedUntold, waiting] }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'The group recommended “Write report-by-text into the contract” for the decision “Repairs contract extended by two years”, made by Cabinet, but it was turned down with no reasons given and the group has not been told the answer.',
      'The group recommended “A repairs surgery in each estate” to Head of Housing Management, but it has had no answer for about 5 months.',
    ]);
  });

  it('says what to record when it cannot judge', async () => {
    const { issues } = await outcomeOf('recommendations-answered', project());
    expect(issues[0]?.message).toBe(
      'We cannot tell yet whether the group hears what became of its recommendations. Still to record: the recommendations the group has made and the answer to each (none is recorded yet).',
    );
  });
});
