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
        invalid: [
          { name: 'the only parent has left', project: parentsMissing, subjects: ['parents'] },
          {
            name: 'an empty group',
            project: project({ group: { requiredPerspectives, members: [] } }),
            subjects: ['young-carers', 'parents'],
          },
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
});
