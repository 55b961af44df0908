import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, meeting, project, resident, staff } from '../helpers.js';
import { onlyOptions, run } from './participation-support.js';

const group = groupOf(
  staff('m-1', 'Lou (officer)'),
  resident('m-2', 'Amira'),
  resident('m-3', 'Dev'),
  resident('m-4', 'Priya'),
  resident('m-5', 'Bernard'),
);
const DAYS = ['2026-10-06', '2026-10-20', '2026-11-03'];

/** Meetings where only `askers` asked a question or shared what they know. */
function counts(askers: string[], days = DAYS) {
  return days.map((day, k) =>
    meeting(`a-${k + 1}`, `${day}T18:00:00Z`, {
      attendance: ['m-1', 'm-2', 'm-3', 'm-4', 'm-5'].map((memberId) => ({
        memberId,
        questionsAsked: askers.includes(memberId) ? 2 : 0,
        knowledgeShared: askers.includes(memberId) ? 1 : 0,
      })),
    }),
  );
}

/** A reflection on whether everyone's knowledge is valued. */
function reflection(rating: 'green' | 'amber' | 'red', recordedBy?: string[], date = '2026-10-20') {
  return {
    id: `r-${rating}`,
    questionId: 'during.knowledge-valued',
    date,
    rating,
    ...(recordedBy === undefined ? {} : { recordedBy }),
  };
}

const everyoneAsks = counts(['m-1', 'm-2', 'm-3', 'm-4', 'm-5']);
const answered = project({
  group,
  activities: everyoneAsks,
  reflections: [reflection('green', ['m-2', 'm-1'])],
});

describe('knowledge-shared', () => {
  it('passes only on the group’s own reflection; counts alone never do', () =>
    testRule(
      'knowledge-shared',
      {
        valid: [
          {
            name: 'a green reflection by members and officers, and good counts',
            project: answered,
          },
          {
            name: 'a green reflection by members, with no counts',
            project: project({ group, reflections: [reflection('green', ['m-3'])] }),
          },
          {
            name: 'a green reflection by members, with notes in their own words',
            project: project({
              group,
              reflections: [
                { ...reflection('green', ['m-3']), notes: 'Dev’s idea changed the form.' },
              ],
            }),
          },
          {
            name: 'low counts from too few meetings to judge',
            project: project({
              group,
              activities: counts(['m-1'], DAYS.slice(0, 2)),
              reflections: [reflection('green', ['m-3'])],
            }),
          },
          {
            name: 'not applicable while planning',
            project: { ...answered, stage: 'planning' },
            notApplicable: true,
          },
        ],
        invalid: [
          {
            name: 'the group rated it amber',
            project: project({ group, reflections: [reflection('amber', ['m-2'])] }),
            subjects: ['during.knowledge-valued'],
          },
          {
            name: 'only the officer asks or shares, at enough meetings',
            project: project({
              group,
              activities: counts(['m-1']),
              reflections: [reflection('green', ['m-2'])],
            }),
            subjects: ['during.knowledge-valued'],
          },
        ],
        needsReview: [
          {
            name: 'good counts but no reflection',
            project: project({ group, activities: everyoneAsks }),
          },
          {
            name: 'a reflection recorded by the officer alone',
            project: project({
              group,
              activities: everyoneAsks,
              reflections: [reflection('green', ['m-1'])],
            }),
          },
          {
            name: 'a reflection that does not say who recorded it',
            project: project({ group, reflections: [reflection('green')] }),
          },
          {
            name: 'a reflection older than the window',
            project: project({ group, reflections: [reflection('green', ['m-2'], '2026-01-10')] }),
          },
          {
            name: 'a green reflection by members whose notes say only "tbc"',
            project: project({
              group,
              activities: everyoneAsks,
              reflections: [{ ...reflection('green', ['m-2']), notes: 'tbc' }],
            }),
          },
          { name: 'nothing recorded at all', project: project() },
        ],
      },
      onlyOptions('knowledge-shared'),
    ));

  it.each([
    {
      why: 'says who recorded a staff-only reflection, and what would count',
      reflections: [reflection('green', ['m-1'])],
      gap: 'the latest reflection on it was recorded only by Lou (officer), with no member from the community taking part',
    },
    {
      why: 'does not take a green rating with notes still to write as the group’s answer',
      reflections: [{ ...reflection('green', ['m-2']), notes: 'tbc' }],
      gap: 'the group’s latest reflection on it, on 20 October 2026, rated it green, but its notes say only “tbc”',
    },
  ])('$why', async ({ reflections, gap }) => {
    const { outcome, issues } = await run(
      'knowledge-shared',
      project({ group, activities: everyoneAsks, reflections }),
    );
    expect(outcome).toBe('needs-review');
    expect(issues.map((i) => i.message)).toEqual([
      `We cannot yet tell whether everyone's knowledge is valued: ${gap}. Only the group can answer this, so this check looks for a reflection recorded with members of the community taking part (as many as this check asks for), no older than about 6 months.`,
    ]);
  });

  it('quotes notes that end their own sentence without a second full stop', async () => {
    const { issues } = await run(
      'knowledge-shared',
      project({
        group,
        activities: everyoneAsks,
        reflections: [{ ...reflection('green', ['m-2']), notes: 'TBC.' }],
      }),
    );
    expect(issues[0]?.message).toContain(
      'its notes say only “TBC.” Only the group can answer this',
    );
  });

  it('states counts, not a percentage, and both signs when there are two', async () => {
    const { outcome, issues } = await run(
      'knowledge-shared',
      project({
        group,
        activities: counts(['m-1']),
        reflections: [reflection('red', ['m-2'])],
      }),
    );
    expect(outcome).toBe('flagged');
    expect(issues.map((i) => i.message)).toEqual([
      "Not everyone's knowledge may be coming through: only 1 of the 5 people counted at the last 3 meetings asked a question or shared what they know and the group itself rated this red when it last reflected on it.",
    ]);
    expect(issues[0]?.message).not.toMatch(/%/);
  });
});
