import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions } from '../helpers.js';

const group = groupOf(resident('m-1', 'Grace'));
const agreement = (
  id: string,
  topic: 'behaviour' | 'language' | 'decision-making',
  text: string,
) => ({
  id,
  topic,
  text,
  createdBy: ['m-1'],
});
const noDecisionMaking = project({
  group,
  agreements: [
    agreement('w-1', 'behaviour', 'One person speaks at a time.'),
    agreement('w-2', 'language', 'We ask when we do not understand a word.'),
  ],
});

describe('ways-of-working-agreed', () => {
  it('flags agreements that do not cover behaviour, language and decision-making', () =>
    testRule(
      'ways-of-working-agreed',
      {
        valid: [
          {
            name: 'all three topics covered',
            project: project({
              group,
              agreements: [
                ...(noDecisionMaking.agreements ?? []),
                agreement('w-3', 'decision-making', 'We decide by consent.'),
              ],
            }),
          },
          {
            name: 'decision-making not required here',
            project: noDecisionMaking,
            parameters: { requiredTopics: ['behaviour', 'language'] },
          },
          { name: 'not applicable while planning', project: project({ stage: 'planning' }) },
        ],
        invalid: [
          { name: 'no decision-making agreement', project: noDecisionMaking },
          { name: 'no agreements at all', project: project() },
        ],
      },
      ruleOptions(),
    ));

  it('lists the topics needed and those covered', async () => {
    const [issue] = await issuesOf('ways-of-working-agreed', noDecisionMaking);
    expect(issue?.message).toBe(
      "The group's ways of working should cover behaviour, language, decision-making; so far its agreements cover: behaviour, language.",
    );
  });
});
