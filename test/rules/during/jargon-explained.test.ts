import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, meeting, project, ruleOptions } from '../helpers.js';

const glossary = [{ term: 'S106', explanation: 'Money developers pay towards local services' }];
const jargon = project({
  glossary,
  activities: [
    meeting('a-1', '2026-10-06T18:00:00Z', { jargon: [{ term: 'MTFS', explained: false }] }),
    meeting('a-2', '2026-10-20T18:00:00Z', { jargon: [{ term: 's106', explained: false }] }),
    meeting('a-3', '2026-11-03T18:00:00Z', { jargon: [{ term: 'Key decision', explained: true }] }),
  ],
});

describe('jargon-explained', () => {
  it('flags activities where unexplained jargon was noted and is not in the glossary', () =>
    testRule(
      'jargon-explained',
      {
        valid: [
          {
            name: 'jargon explained or in the glossary',
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
        ],
        invalid: [{ name: 'MTFS left unexplained', project: jargon, subjects: ['a-1'] }],
        needsReview: [
          {
            name: 'nobody noted jargon at recent activities',
            project: project({ activities: [meeting('a-1', '2026-11-03T18:00:00Z')] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the activity and the terms', async () => {
    const [issue] = await issuesOf('jargon-explained', jargon);
    expect(issue?.message).toBe(
      'At "Meeting a-1", these terms came up without being explained and are not in the glossary: MTFS.',
    );
  });
});
