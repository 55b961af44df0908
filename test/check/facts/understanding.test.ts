import { describe, expect, it } from 'vitest';
import {
  daysBefore,
  fact,
  findings,
  makeProject,
  member,
  summary,
  withMembers,
} from './fixtures.js';

describe('purpose, remit and outcomes', () => {
  it('purposeMissing lists what and why, in plain words, until both are recorded', () => {
    expect(fact('purposeMissing', makeProject())).toEqual([
      'what the group is making together',
      'why it matters',
    ]);
    expect(fact('purposeMissing', makeProject({ purpose: { what: 'A new offer' } }))).toEqual([
      'why it matters',
    ]);
    expect(
      fact('purposeMissing', makeProject({ purpose: { what: 'A new offer', why: 'Gaps' } })),
    ).toEqual([]);
  });

  it('remitMissing counts empty lists as missing', () => {
    expect(fact('remitMissing', makeProject())).toEqual([
      'the issue being tackled',
      'what is in scope',
      'what is outside the remit',
    ]);
    expect(
      fact(
        'remitMissing',
        makeProject({ remit: { issue: 'Travel', inScope: [], outOfRemit: ['Fares'] } }),
      ),
    ).toEqual(['what is in scope']);
    expect(
      fact(
        'remitMissing',
        makeProject({ remit: { issue: 'Travel', inScope: ['Passes'], outOfRemit: ['Fares'] } }),
      ),
    ).toEqual([]);
  });

  it('outcomeCount and outcomesWithoutRecognition', () => {
    expect(fact('outcomeCount', makeProject())).toBe(0);
    const project = makeProject({
      outcomes: [
        { id: 'o-1', description: 'Shorter waits', recognisedBy: 'Median wait under 4 weeks' },
        { id: 'o-2', description: 'More take-up' },
      ],
    });
    expect(fact('outcomeCount', project)).toBe(2);
    expect(fact('outcomesWithoutRecognition', project)).toBe(1);
    expect(fact('outcomesWithoutRecognition', makeProject())).toBe(0);
  });
});

describe('progress tracking', () => {
  it('progressTrackingMissing and progressReviewRecorded', () => {
    expect(fact('progressTrackingMissing', makeProject())).toEqual([
      'how progress will be tracked',
      'how often progress will be checked',
    ]);
    expect(
      fact(
        'progressTrackingMissing',
        makeProject({ progressTracking: { method: 'Review outcomes', cadence: 'monthly' } }),
      ),
    ).toEqual([]);
    expect(fact('progressReviewRecorded', makeProject())).toBe(false);
    expect(
      fact(
        'progressReviewRecorded',
        makeProject({ progressTracking: { lastReview: '2026-06-01' } }),
      ),
    ).toBe(true);
  });

  it('daysSinceProgressReview counts calendar days in the project zone, null without a review', () => {
    expect(fact('daysSinceProgressReview', makeProject())).toBeNull();
    expect(
      fact(
        'daysSinceProgressReview',
        makeProject({ progressTracking: { lastReview: daysBefore(90) } }),
      ),
    ).toBe(90);
    expect(
      fact(
        'daysSinceProgressReview',
        makeProject({ progressTracking: { lastReview: '2026-07-01' } }),
      ),
    ).toBe(0);
    // A review dated in the future is not negative days ago.
    expect(
      fact(
        'daysSinceProgressReview',
        makeProject({ progressTracking: { lastReview: '2026-07-09' } }),
      ),
    ).toBe(0);
  });

  it('daysSinceProgressReview is right across the BST/GMT boundaries', () => {
    const reviewed = makeProject({ progressTracking: { lastReview: '2026-03-28' } });
    // 23:30 UTC on 29 March is already 30 March in London (BST began at 01:00 UTC).
    expect(fact('daysSinceProgressReview', reviewed, {}, new Date('2026-03-29T23:30:00Z'))).toBe(2);
    expect(fact('daysSinceProgressReview', reviewed, {}, new Date('2026-03-29T22:59:59Z'))).toBe(1);
    const autumn = makeProject({ progressTracking: { lastReview: '2026-10-24' } });
    // 23:30 UTC on 24 October is 00:30 BST on the 25th; a day later it is 23:30 GMT on the 25th.
    expect(fact('daysSinceProgressReview', autumn, {}, new Date('2026-10-24T23:30:00Z'))).toBe(1);
    expect(fact('daysSinceProgressReview', autumn, {}, new Date('2026-10-25T23:30:00Z'))).toBe(1);
    expect(fact('daysSinceProgressReview', autumn, {}, new Date('2026-10-26T00:00:00Z'))).toBe(2);
  });
});

describe('learning', () => {
  it('learningPlanMissing and learningCount', () => {
    expect(fact('learningPlanMissing', makeProject())).toEqual([
      'how learning will be captured',
      'who learning is shared with',
    ]);
    expect(
      fact(
        'learningPlanMissing',
        makeProject({ learningPlan: { captureMethod: 'Log after sessions', shareWith: [] } }),
      ),
    ).toEqual(['who learning is shared with']);
    expect(
      fact(
        'learningPlanMissing',
        makeProject({ learningPlan: { captureMethod: 'Log', shareWith: ['Managers'] } }),
      ),
    ).toEqual([]);
    expect(fact('learningCount', makeProject())).toBe(0);
    expect(
      fact(
        'learningCount',
        makeProject({ learning: [{ id: 'l-1', insight: 'x', date: '2026-01-01' }] }),
      ),
    ).toBe(1);
  });

  it('learningUnshared flags old unshared entries with an excerpt and their age', () => {
    const long = `Evening meetings doubled attendance by working carers ${'and much more '.repeat(10)}`;
    const project = makeProject({
      learning: [
        { id: 'l-old', insight: long, date: daysBefore(61) },
        { id: 'l-edge', insight: 'Exactly at the limit', date: daysBefore(60) },
        {
          id: 'l-shared',
          insight: 'Shared',
          date: daysBefore(100),
          sharedWith: [{ audience: 'DMT', on: '2026-05-01' }],
        },
      ],
    });
    const list = findings('learningUnshared', project, { days: 60 });
    expect(summary(list)).toEqual([['l-old', 'flagged']]);
    const [only] = list;
    expect(only!.subject.pointer).toBe('/learning/0');
    expect(only!.data.ageDays).toBe(61);
    const insight = only!.data.insight as string;
    expect(insight.length).toBe(80);
    expect(insight.endsWith('…')).toBe(true);
    expect(long.startsWith(insight.slice(0, -1))).toBe(true);
    expect(only!.subject.label).toBe(insight);
    expect(findings('learningUnshared', project, { days: 365 })).toEqual([]);
  });
});

describe('what co-production means', () => {
  it('coproductionMeaningMissing counts an empty agreedBy as missing', () => {
    expect(fact('coproductionMeaningMissing', makeProject())).toEqual([
      'what co-production means here',
      'why co-production was chosen',
      'who agreed it',
    ]);
    const project = withMembers([member('m-1')], {
      coproductionMeaning: {
        definition: 'Equal partners',
        whyChosen: 'Past gaps',
        agreedBy: ['m-1'],
      },
    });
    expect(fact('coproductionMeaningMissing', project)).toEqual([]);
    const empty = makeProject({
      coproductionMeaning: { definition: 'Equal partners', whyChosen: 'Past gaps', agreedBy: [] },
    });
    expect(fact('coproductionMeaningMissing', empty)).toEqual(['who agreed it']);
  });

  it('membersNotBriefedOnCoproduction: false is flagged, unknown needs review, leavers ignored', () => {
    const project = withMembers([
      member('m-yes', { briefedOnCoproduction: true }),
      member('m-no', { briefedOnCoproduction: false }),
      member('m-unknown'),
      member('m-left', { briefedOnCoproduction: false, left: '2026-06-01' }),
    ]);
    const list = findings('membersNotBriefedOnCoproduction', project);
    expect(summary(list)).toEqual([
      ['m-no', 'flagged'],
      ['m-unknown', 'needs-review'],
    ]);
    expect(list[0]!.subject).toEqual({
      type: 'member',
      id: 'm-no',
      label: 'Member m-no',
      pointer: '/group/members/1',
    });
    expect(list[0]!.data).toEqual({});
    expect(
      findings(
        'membersNotBriefedOnCoproduction',
        withMembers([member('m-1', { briefedOnCoproduction: true })]),
      ),
    ).toEqual([]);
  });
});

describe('the right people', () => {
  const perspectives = [
    { id: 'young-carers', label: 'Young carers' },
    { id: 'parents', label: 'Parents' },
  ];

  it('requiredPerspectiveCount and activeMemberCount', () => {
    expect(fact('requiredPerspectiveCount', makeProject())).toBe(0);
    expect(
      fact(
        'requiredPerspectiveCount',
        makeProject({ group: { requiredPerspectives: perspectives } }),
      ),
    ).toBe(2);
    const members = withMembers([member('m-1'), member('m-2', { left: '2026-01-01' })]);
    expect(fact('activeMemberCount', members)).toBe(1);
    expect(fact('activeMemberCount', makeProject())).toBe(0);
  });

  it('uncoveredPerspectives ignores perspectives brought only by members who left', () => {
    const project = makeProject({
      group: {
        requiredPerspectives: perspectives,
        members: [
          member('m-1', { perspectives: ['young-carers'] }),
          member('m-2', { perspectives: ['parents'], left: '2026-05-01' }),
        ],
      },
    });
    const list = findings('uncoveredPerspectives', project);
    expect(list).toEqual([
      {
        subject: {
          type: 'perspective',
          id: 'parents',
          label: 'Parents',
          pointer: '/group/requiredPerspectives/1',
        },
        status: 'flagged',
        data: { perspective: 'Parents' },
      },
    ]);
    // Before m-2 left, every perspective was covered.
    expect(
      findings('uncoveredPerspectives', project, {}, new Date('2026-04-01T12:00:00Z')),
    ).toEqual([]);
  });
});
