import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, project, resident, ruleOptions, staff } from '../helpers.js';
import { outcomeOf } from './builders.js';

const group = groupOf(
  resident('m-1', 'Dev'),
  staff('m-2', 'Priya'),
  resident('m-3', 'Ola', { left: '2026-05-01' }),
);
const area = (id: string, name: string, owners: string[]) => ({ id, area: name, owners });

describe('responsibilities-shared', () => {
  it('asks whether community members hold some of the responsibilities', () =>
    testRule(
      'responsibilities-shared',
      {
        valid: [
          {
            name: 'a resident co-chairs',
            project: project({
              group,
              governance: {
                responsibilities: [
                  area('r-1', 'Chairing', ['m-1', 'm-2']),
                  area('r-2', 'Notes', ['m-2']),
                ],
              },
            }),
          },
        ],
        invalid: [
          {
            name: 'staff hold every area',
            project: project({
              group,
              governance: { responsibilities: [area('r-1', 'Chairing', ['m-2'])] },
            }),
          },
          {
            name: 'the only community owner has left the group',
            project: project({
              group,
              governance: { responsibilities: [area('r-1', 'Chairing', ['m-3'])] },
            }),
          },
        ],
        needsReview: [
          { name: 'none recorded', project: project({ group }) },
          {
            name: 'only a placeholder area',
            project: project({
              group,
              governance: { responsibilities: [area('r-1', 'tbc', ['m-1'])] },
            }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence, and counts the areas when flagged', async () => {
    expect(
      (
        await outcomeOf(
          'responsibilities-shared',
          project({ group, governance: { responsibilities: [area('r-1', 'Chairing', ['m-1'])] } }),
        )
      ).outcome,
    ).toBe('passed');
    const { issues } = await outcomeOf(
      'responsibilities-shared',
      project({
        group,
        governance: {
          responsibilities: [area('r-1', 'Chairing', ['m-2']), area('r-2', 'Notes', ['m-2'])],
        },
      }),
    );
    expect(issues[0]?.message).toBe(
      'No community member holds any of the 2 areas of responsibility recorded for the group.',
    );
  });
});
