import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { issuesOf, project, ruleOptions } from '../helpers.js';

type Topic = 'behaviour' | 'language' | 'decision-making' | 'activities' | 'other';
const agreement = (id: string, topic: Topic, text: string) => ({ id, topic, text });

const complete = [
  agreement('w-1', 'behaviour', 'We listen without interrupting, and one person speaks at a time.'),
  agreement('w-2', 'language', 'We use plain words and explain any council terms.'),
  agreement(
    'w-3',
    'decision-making',
    'We decide by consent: a proposal goes ahead unless someone objects.',
  ),
];

const noDecisions = project({ agreements: complete.slice(0, 1) });

describe('ways-of-working-agreed', () => {
  it('passes on real agreements covering behaviour, language and decisions', () =>
    testRule(
      'ways-of-working-agreed',
      {
        valid: [
          {
            name: "all three topics in the group's words",
            project: project({ agreements: complete }),
          },
          {
            name: 'only behaviour required',
            project: noDecisions,
            parameters: { requiredTopics: ['behaviour'] },
          },
        ],
        invalid: [
          {
            name: 'only behaviour agreed',
            project: noDecisions,
            message:
              "The group's ways of working do not yet cover the language the group uses and how the group makes decisions.",
          },
        ],
        needsReview: [
          {
            name: 'nothing written down (bare project)',
            project: project(),
            message:
              'We cannot yet tell whether the group has agreed how it will work together: no agreement is written down, or some say only “to be agreed” so far.',
          },
          {
            name: 'decision-making says only "to be agreed"',
            project: project({
              agreements: [
                ...complete.slice(0, 2),
                agreement('w-3', 'decision-making', 'To be agreed.'),
              ],
            }),
          },
          {
            name: 'every agreement is a placeholder',
            project: project({ agreements: [agreement('w-1', 'behaviour', 'tbc')] }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('tags the ways-of-working and decision-making questions', async () => {
    const [issue] = await issuesOf('ways-of-working-agreed', noDecisions);
    expect(issue?.questionIds).toEqual([
      'enablers.ways-of-working',
      'governance.agreed-behaviour-and-decisions',
    ]);
    expect(issue?.action).toMatch(/how you will make decisions/);
  });
});
