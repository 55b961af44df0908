import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, resident, ruleOptions } from '../helpers.js';

const requiredPerspectives = [
  { id: 'young-carers', label: 'Young carers' },
  { id: 'parents', label: 'Parents of young carers' },
];
const parentsMissing = project({
  group: {
    requiredPerspectives,
    members: [
      resident('m-1', 'Kai', { perspectives: ['young-carers'] }),
      resident('m-2', 'Jo', { perspectives: ['parents'], left: '2026-10-01' }),
    ],
  },
});

describe('perspectives-covered', () => {
  it('flags each needed perspective that no active member brings', () =>
    testRule(
      'perspectives-covered',
      {
        valid: [
          {
            name: 'both perspectives in the group',
            project: project({
              group: {
                requiredPerspectives,
                members: [
                  resident('m-1', 'Kai', { perspectives: ['young-carers'] }),
                  resident('m-3', 'Lee', { perspectives: ['parents', 'young-carers'] }),
                ],
              },
            }),
          },
        ],
        needsReview: [
          { name: 'no members at all (a bare project)', project: project({ stage: 'planning' }) },
          {
            name: 'perspectives named, but nobody in the group yet',
            project: project({ group: { requiredPerspectives, members: [] } }),
          },
          {
            name: 'members, but no perspectives named',
            project: project({
              group: { requiredPerspectives: [], members: [resident('m-1', 'Kai')] },
            }),
          },
        ],
        invalid: [
          { name: 'the only parent has left', project: parentsMissing, subjects: ['parents'] },
        ],
      },
      ruleOptions(),
    ));

  it('names the missing perspective', async () => {
    const [issue] = await issuesOf('perspectives-covered', parentsMissing);
    expect(issue?.message).toBe(
      'Nobody in the group now brings this perspective: Parents of young carers.',
    );
  });

  it('says what to record when nobody is in the group yet', async () => {
    const [issue] = await issuesOf(
      'perspectives-covered',
      project({ group: { requiredPerspectives, members: [] } }),
    );
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'We cannot yet check whether the group holds the perspectives the work needs. Still to record: who is in the group now.',
    );
  });
});
