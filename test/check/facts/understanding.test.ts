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

const resident = member('m-1');
const officer = member('m-2', { roles: ['staff'] });
const councillor = member('m-3', { roles: ['councillor'] });
const group = (overrides: Record<string, unknown> = {}) =>
  withMembers([resident, officer, councillor], overrides);

describe('purpose: gaps, placeholders and agreement by the group', () => {
  const what = 'A travel offer for young carers';
  const why = 'Passes do not fit caring journeys';

  it('is answered by real words agreed by a member who is not staff', () => {
    const project = group({ purpose: { what, why, agreedBy: ['m-2', 'm-1'] } });
    expect(fact('purposeGaps', project)).toEqual([]);
    expect(fact('purposeToReview', project)).toEqual([]);
  });

  it('lists the parts never written once the work is under way', () => {
    expect(fact('purposeGaps', makeProject())).toEqual([
      'what the group is making together',
      'why it matters',
    ]);
    expect(fact('purposeGaps', makeProject({ stage: 'closed' }))).toEqual([
      'what the group is making together',
      'why it matters',
    ]);
  });

  it('needs review before the work is under way, for placeholders, and for agreement by staff alone', () => {
    expect(fact('purposeGaps', makeProject({ stage: 'planning' }))).toBeNull();
    expect(fact('purposeGaps', makeProject({ stage: 'starting' }))).toBeNull();
    for (const placeholder of ['tbc', 'TBC.', '  n/a ', 'to be agreed', '-', 'none yet', ' ']) {
      const project = group({ purpose: { what, why: placeholder, agreedBy: ['m-1'] } });
      expect(fact('purposeGaps', project), placeholder).toBeNull();
      expect(fact('purposeToReview', project)).toEqual([
        'why it matters (only a placeholder so far)',
      ]);
    }
    const staffOnly = group({ purpose: { what, why, agreedBy: ['m-2', 'm-3'] } });
    expect(fact('purposeGaps', staffOnly)).toBeNull();
    expect(fact('purposeToReview', staffOnly)).toEqual([
      'which members of the group, not only staff, agreed it',
    ]);
    const nobody = group({ purpose: { what, why } });
    expect(fact('purposeGaps', nobody)).toBeNull();
    expect(fact('purposeToReview', nobody)).toEqual(['which members of the group agreed it']);
  });

  it('a gap never written wins over something to check', () => {
    expect(fact('purposeGaps', group({ purpose: { why: 'tbc' } }))).toEqual([
      'what the group is making together',
    ]);
  });
});

describe('remit', () => {
  const full = {
    issue: 'Travel',
    inScope: ['Passes'],
    outOfRemit: [{ topic: 'Fares', reason: 'Set nationally' }],
    agreedBy: ['m-1'],
  };

  it('needs a reason for each thing outside the remit', () => {
    expect(fact('remitGaps', group({ remit: full }))).toEqual([]);
    const noReason = group({
      remit: { ...full, outOfRemit: [{ topic: 'Fares' }, { topic: 'Routes', reason: 'tbc' }] },
    });
    expect(fact('remitGaps', noReason)).toBeNull();
    expect(fact('remitToReview', noReason)).toEqual([
      'why “Fares” is outside the remit',
      'why “Routes” is outside the remit',
    ]);
  });

  it('counts empty lists as never written, and lists of placeholders as placeholders', () => {
    expect(fact('remitGaps', group({ remit: { ...full, inScope: [] } }))).toEqual([
      'what the group can work on',
    ]);
    const placeholders = group({ remit: { ...full, outOfRemit: [{ topic: 'tbc' }] } });
    expect(fact('remitGaps', placeholders)).toBeNull();
    expect(fact('remitToReview', placeholders)).toEqual([
      "what is outside the group's remit (only a placeholder so far)",
    ]);
  });
});

describe('outcomes', () => {
  const agreed = { agreedBy: ['m-1'] };

  it('needs a way to recognise each outcome that is not dropped', () => {
    const project = group({
      outcomes: [
        { id: 'o-1', description: 'Shorter waits.', recognisedBy: 'Under 4 weeks', ...agreed },
        { id: 'o-2', description: 'More take-up', ...agreed },
        { id: 'o-3', description: 'A new route', status: 'dropped', ...agreed },
      ],
    });
    expect(fact('outcomeGaps', project)).toEqual([
      'how it will know “More take-up” has been achieved',
    ]);
    expect(fact('outcomeCount', project)).toBe(3);
  });

  it('counts, rather than lists, more than two outcomes with the same gap', () => {
    const outcomes = ['A', 'B', 'C'].map((description, i) => ({
      id: `o-${i}`,
      description,
      agreedBy: ['m-1'],
    }));
    expect(fact('outcomeGaps', group({ outcomes }))).toEqual([
      'how it will know each of 3 outcomes has been achieved',
    ]);
  });

  it('with no outcomes, names that; agreement is checked across every outcome', () => {
    expect(fact('outcomeGaps', makeProject())).toEqual(['the outcomes it wants to achieve']);
    const mixed = group({
      outcomes: [
        { id: 'o-1', description: 'A', recognisedBy: 'B', ...agreed },
        { id: 'o-2', description: 'C', recognisedBy: 'D', agreedBy: ['m-2'] },
      ],
    });
    expect(fact('outcomeGaps', mixed)).toBeNull();
    expect(fact('outcomeToReview', mixed)).toEqual([
      'which members of the group, not only staff, agreed the outcomes',
    ]);
  });
});

describe('progress tracking', () => {
  const method = 'Review outcomes';

  it('progressTrackingGaps needs a method in real words and a rhythm', () => {
    expect(
      fact(
        'progressTrackingGaps',
        makeProject({ progressTracking: { method, cadence: 'monthly' } }),
      ),
    ).toEqual([]);
    expect(fact('progressTrackingGaps', makeProject({ progressTracking: { method } }))).toEqual([
      'how often the group will look at its progress',
    ]);
    expect(
      fact(
        'progressTrackingGaps',
        makeProject({ progressTracking: { method: 'tbd', cadence: 'weekly' } }),
      ),
    ).toBeNull();
  });

  it('judges the next review by the agreed rhythm: quarterly at 71 days is not overdue', () => {
    const params = { days: 62, graceDays: 14 };
    const quarterly = makeProject({
      progressTracking: { method, cadence: 'quarterly', lastReview: daysBefore(71) },
    });
    expect(fact('progressReviewOverdueDays', quarterly, params)).toBe(71 - 92 - 14);
    expect(fact('progressReviewDueOn', quarterly, { days: 62 })).toBe(daysBefore(71 - 92));
    const monthly = makeProject({
      progressTracking: { method, cadence: 'monthly', lastReview: daysBefore(71) },
    });
    expect(fact('progressReviewOverdueDays', monthly, params)).toBe(71 - 31 - 14);
    expect(fact('progressCadence', monthly)).toBe('every month');
    const adHoc = makeProject({
      progressTracking: { method, cadence: 'ad-hoc', lastReview: daysBefore(71) },
    });
    expect(fact('progressReviewOverdueDays', adHoc, params)).toBe(71 - 62 - 14);
  });

  it('is unknown without a rhythm, or before a first review is due', () => {
    const params = { days: 62, graceDays: 14 };
    expect(
      fact(
        'progressReviewOverdueDays',
        makeProject({ progressTracking: { lastReview: daysBefore(5) } }),
        params,
      ),
    ).toBeNull();
    const fresh = makeProject({
      timeframe: { start: daysBefore(10) },
      progressTracking: { method, cadence: 'monthly' },
    });
    expect(fact('progressReviewOverdueDays', fresh, params)).toBeNull();
    expect(fact('progressReviewToReview', fresh)).toEqual(['the date of the last progress review']);
    const long = makeProject({
      timeframe: { start: daysBefore(100) },
      progressTracking: { method, cadence: 'monthly' },
    });
    expect(fact('progressReviewOverdueDays', long, params)).toBe(100 - 31 - 14);
  });

  it('daysSinceProgressReview counts calendar days in the project zone, null without a review', () => {
    expect(fact('daysSinceProgressReview', makeProject())).toBeNull();
    expect(
      fact(
        'daysSinceProgressReview',
        makeProject({ progressTracking: { lastReview: daysBefore(90) } }),
      ),
    ).toBe(90);
    // A review dated in the future is not negative days ago.
    expect(
      fact(
        'daysSinceProgressReview',
        makeProject({ progressTracking: { lastReview: '2026-07-09' } }),
      ),
    ).toBe(0);
    const reviewed = makeProject({ progressTracking: { lastReview: '2026-03-28' } });
    // 23:30 UTC on 29 March is already 30 March in London (BST began at 01:00 UTC).
    expect(fact('daysSinceProgressReview', reviewed, {}, new Date('2026-03-29T23:30:00Z'))).toBe(2);
    expect(fact('daysSinceProgressReview', reviewed, {}, new Date('2026-03-29T22:59:59Z'))).toBe(1);
  });
});

describe('learning', () => {
  it('learningPlanGaps and learningCount', () => {
    expect(fact('learningPlanGaps', makeProject())).toEqual([
      'how learning will be captured',
      'who learning will be shared with',
    ]);
    expect(
      fact(
        'learningPlanGaps',
        makeProject({ learningPlan: { captureMethod: 'Log', shareWith: ['Managers'] } }),
      ),
    ).toEqual([]);
    expect(fact('learningCount', makeProject())).toBe(0);
  });

  it('learningUnshared is null with no learning, and flags old entries quoted at a word boundary', () => {
    expect(fact('learningUnshared', makeProject(), { days: 60 })).toBeNull();
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
        {
          id: 'l-placeholder',
          insight: 'Shared with nobody real',
          date: daysBefore(100),
          sharedWith: [{ audience: 'tbc', on: '2026-05-01' }],
        },
      ],
    });
    const list = findings('learningUnshared', project, { days: 60 });
    expect(summary(list)).toEqual([
      ['l-old', 'flagged'],
      ['l-placeholder', 'flagged'],
    ]);
    const insight = list[0]!.data.insight as string;
    expect(insight.startsWith('“Evening meetings')).toBe(true);
    expect(insight.endsWith('…”')).toBe(true);
    // Cut at a word boundary: what is kept is followed by a space in the original.
    expect(long.startsWith(`${insight.slice(1, -2)} `)).toBe(true);
    expect(insight.length).toBeLessThanOrEqual(123);
    expect(list[0]!.data.recordedOn).toBe(daysBefore(61));
  });
});

describe('what co-production means, and briefing', () => {
  it('coproductionMeaningGaps needs agreement by the group', () => {
    const meaning = { definition: 'Equal partners', whyChosen: 'Past gaps' };
    expect(
      fact(
        'coproductionMeaningGaps',
        group({ coproductionMeaning: { ...meaning, agreedBy: ['m-1'] } }),
      ),
    ).toEqual([]);
    expect(
      fact(
        'coproductionMeaningGaps',
        group({ coproductionMeaning: { ...meaning, agreedBy: ['m-2'] } }),
      ),
    ).toBeNull();
  });

  it('flags members recorded as not briefed; names those with no record; leavers ignored', () => {
    const project = withMembers([
      member('m-yes', { briefedOnCoproduction: true }),
      member('m-no', { briefedOnCoproduction: false }),
      member('m-unknown'),
      member('m-left', { briefedOnCoproduction: false, left: '2026-06-01' }),
    ]);
    expect(summary(findings('membersNotBriefedOnCoproduction', project))).toEqual([
      ['m-no', 'flagged'],
    ]);
    expect(fact('coproductionBriefingRecorded', project)).toBeNull();
    expect(fact('coproductionBriefingUnrecorded', project)).toEqual(['Member m-unknown']);
    const all = withMembers([member('m-1', { briefedOnCoproduction: true })]);
    expect(fact('coproductionBriefingRecorded', all)).toBe(true);
    expect(fact('coproductionBriefingRecorded', makeProject())).toBeNull();
    expect(fact('coproductionBriefingUnrecorded', makeProject())).toEqual(['who is in the group']);
  });
});

describe('the right people', () => {
  const perspectives = [
    { id: 'young-carers', label: 'Young carers' },
    { id: 'parents', label: 'Parents' },
  ];

  it('uncoveredPerspectives is null with no perspectives named or nobody in the group', () => {
    expect(fact('uncoveredPerspectives', makeProject())).toBeNull();
    expect(
      fact('uncoveredPerspectives', makeProject({ group: { requiredPerspectives: perspectives } })),
    ).toBeNull();
    expect(fact('perspectivesToReview', makeProject())).toEqual([
      'the perspectives and experiences the work needs',
      'who is in the group now',
    ]);
    expect(fact('uncoveredPerspectives', withMembers([member('m-1')]))).toBeNull();
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
    expect(findings('uncoveredPerspectives', project)).toEqual([
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
    expect(
      findings('uncoveredPerspectives', project, {}, new Date('2026-04-01T12:00:00Z')),
    ).toEqual([]);
  });

  it('perspectivesNamed, requiredPerspectiveCount and activeMemberCount', () => {
    expect(fact('perspectivesNamed', makeProject())).toBe(false);
    expect(fact('perspectivesNamed', makeProject({ stage: 'planning' }))).toBeNull();
    expect(
      fact(
        'perspectivesNamed',
        makeProject({ group: { requiredPerspectives: [{ id: 'p', label: 'TBC' }] } }),
      ),
    ).toBeNull();
    expect(
      fact('perspectivesNamed', makeProject({ group: { requiredPerspectives: perspectives } })),
    ).toBe(true);
    expect(fact('requiredPerspectiveCount', makeProject())).toBe(0);
    expect(
      fact(
        'activeMemberCount',
        withMembers([member('m-1'), member('m-2', { left: '2026-01-01' })]),
      ),
    ).toBe(1);
  });
});
