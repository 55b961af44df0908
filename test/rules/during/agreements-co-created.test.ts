import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(staff('m-1', 'Sam (officer)'), resident('m-2', 'Grace'));
const agreements = project({
  group,
  agreements: [
    { id: 'w-1', topic: 'behaviour', text: 'One person speaks at a time.', createdBy: ['m-1'] },
    {
      id: 'w-2',
      topic: 'language',
      text: 'We ask when we do not understand a word.',
      createdBy: ['m-1', 'm-2'],
    },
    { id: 'w-3', topic: 'decision-making', text: 'The chair decides.' },
  ],
});

describe('agreements-co-created', () => {
  it('flags agreements written by staff alone, or with nobody recorded', () =>
    testRule(
      'agreements-co-created',
      {
        valid: [
          {
            name: 'written with Grace',
            project: project({ group, agreements: agreements.agreements?.slice(1, 2) ?? [] }),
          },
        ],
        invalid: [
          {
            name: 'one by staff alone, one with no authors',
            project: agreements,
            subjects: ['w-1', 'w-3'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('quotes the agreement', async () => {
    const [issue] = await issuesOf('agreements-co-created', agreements);
    expect(issue?.message).toBe(
      'The agreement "One person speaks at a time." was written by staff alone, or nobody recorded who helped write it.',
    );
  });
});
