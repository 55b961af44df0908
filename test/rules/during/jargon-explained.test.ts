import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { meeting, project } from '../helpers.js';
import { onlyOptions, run } from './participation-support.js';

const glossary = [{ term: 'S106', explanation: 'Money developers pay towards local services' }];
const jargon = project({
  glossary,
  activities: [
    meeting('a-1', '2026-10-06T18:00:00Z', { jargon: [{ term: 'MTFS', explained: false }] }),
    meeting('a-2', '2026-10-20T18:00:00Z', { jargon: [{ term: 's106', explained: false }] }),
    meeting('a-3', '2026-11-03T18:00:00Z', { jargon: [{ term: 'Key decision', explained: true }] }),
  ],
});
/** The glossary lists MTFS, but its explanation is only "tbc". */
const placeholderGlossary = project({
  glossary: [...glossary, { term: 'MTFS', explanation: 'tbc' }],
  activities: jargon.activities ?? [],
});

describe('jargon-explained', () => {
  it('flags activities where unexplained jargon was noted and the glossary does not explain it', () =>
    testRule(
      'jargon-explained',
      {
        valid: [
          {
            name: 'jargon explained at the time or in the glossary',
            project: project({ glossary, activities: jargon.activities?.slice(1) ?? [] }),
          },
          {
            name: 'someone listened and heard none',
            project: project({
              activities: [meeting('a-1', '2026-11-03T18:00:00Z', { jargon: [] })],
            }),
          },
          {
            name: 'the MTFS meeting is older than a 30-day window',
            project: jargon,
            parameters: { recentDays: 30 },
          },
          {
            name: 'not applicable while planning',
            project: { ...jargon, stage: 'planning' },
            notApplicable: true,
          },
        ],
        invalid: [
          { name: 'MTFS left unexplained', project: jargon, subjects: ['a-1'] },
          {
            name: 'a glossary entry explained only as "tbc" explains nothing',
            project: placeholderGlossary,
            subjects: ['a-1'],
          },
        ],
        needsReview: [
          {
            name: 'nobody noted jargon at recent activities',
            project: project({ activities: [meeting('a-1', '2026-11-03T18:00:00Z')] }),
          },
          {
            name: 'the only jargon note is older than the window',
            project: project({
              activities: [
                meeting('a-1', '2026-05-01T17:00:00Z', { jargon: [] }),
                meeting('a-2', '2026-11-03T18:00:00Z'),
              ],
            }),
          },
          { name: 'nothing recorded at all', project: project() },
        ],
      },
      onlyOptions('jargon-explained'),
    ));

  it('names the activity, its date in words and the terms', async () => {
    const { outcome, issues } = await run('jargon-explained', jargon);
    expect(outcome).toBe('flagged');
    expect(issues.map((i) => i.message)).toEqual([
      'At “Meeting a-1” on 6 October 2026, jargon came up that nobody explained and the glossary does not explain either: MTFS.',
    ]);
  });

  it('asks someone to listen out when nobody has', async () => {
    const { outcome, issues } = await run('jargon-explained', project());
    expect(outcome).toBe('needs-review');
    expect(issues[0]?.message).toBe(
      "Going back about 4 months, nobody has noted whether jargon came up at the group's activities, so we cannot tell whether unfamiliar words are getting in the way.",
    );
    expect(issues[0]?.action).toBe(
      'Ask someone to listen out for jargon at each activity, and record with the activity any words that were not explained, or that there were none.',
    );
  });
});
