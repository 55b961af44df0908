import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import type { ProjectInput } from '../../../src/model/project.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(
  resident('m-1', 'Grace'),
  resident('m-2', 'Dev'),
  staff('m-9', 'Lou (officer)'),
);
type Reflection = NonNullable<ProjectInput['reflections']>[number];
const red = (
  id: string,
  questionId: string,
  date: string,
  extra: Partial<Reflection> = {},
): Reflection => ({
  id,
  questionId,
  date,
  rating: 'red',
  recordedBy: ['m-1', 'm-9'],
  ...extra,
});

const redNoSteps = project({
  group,
  reflections: [
    red('r-1', 'during.everyone-contributes', '2026-10-01'),
    red('r-2', 'during.jargon-explained', '2026-10-01', {
      actions: [{ description: 'Start a glossary' }],
    }),
  ],
});

describe('red-reflection-without-action', () => {
  it("flags the group's latest red reflection on a question when no steps were agreed", () =>
    testRule(
      'red-reflection-without-action',
      {
        valid: [
          {
            name: 'a later green rating by the group settles the red one',
            project: project({
              group,
              reflections: [
                ...(redNoSteps.reflections ?? []),
                red('r-3', 'during.everyone-contributes', '2026-11-01', { rating: 'green' }),
              ],
            }),
          },
          {
            name: 'every red rating has a step',
            project: project({ group, reflections: [redNoSteps.reflections![1]!] }),
          },
        ],
        invalid: [
          {
            name: 'red with no steps',
            project: redNoSteps,
            subjects: ['r-1'],
            message:
              'On 1 October 2026 the group rated “Whether everyone can contribute: who is quiet, who dominates, and what strategies help” red, but no steps to improve things have been agreed yet.',
          },
          {
            name: 'the only step is "tbc"',
            project: project({
              group,
              reflections: [
                red('r-1', 'during.group-support', '2026-10-01', {
                  actions: [{ description: 'TBC' }],
                }),
              ],
            }),
            subjects: ['r-1'],
          },
          {
            name: "an officer's later green rating does not settle the group's red one",
            project: project({
              group,
              reflections: [
                red('r-1', 'during.everyone-contributes', '2026-10-01'),
                red('r-2', 'during.everyone-contributes', '2026-11-01', {
                  rating: 'green',
                  recordedBy: ['m-9'],
                }),
              ],
            }),
            subjects: ['r-1'],
          },
        ],
        needsReview: [
          {
            name: 'nothing recorded (bare project, during)',
            project: project(),
            message:
              'We cannot yet tell whether the group acts on its red ratings: it has not yet recorded a reflection of its own, with members of the community taking part.',
            action:
              "Take the reflection questions, and any rating staff recorded alone, to the group. Record the group's own ratings with the members who took part and, for any red one, the steps agreed.",
          },
          {
            name: 'the only reflections were recorded by the officer alone',
            project: project({
              group,
              reflections: [
                red('r-1', 'during.everyone-contributes', '2026-10-01', { recordedBy: ['m-9'] }),
              ],
            }),
          },
          {
            name: "an officer's red rating with no step, beside the group's own reflections",
            project: project({
              group,
              reflections: [
                red('r-1', 'during.jargon-explained', '2026-10-01', { rating: 'green' }),
                red('r-2', 'during.accessible-times-places', '2026-10-01', { recordedBy: ['m-9'] }),
              ],
            }),
            // About the one rating it cannot count as the group's: that reason, not "either … or".
            message:
              "“Whether meeting times and places make the work accessible to everyone” was rated red on 1 October 2026, but no member of the community is named as taking part and no steps have been agreed. Until the group talks it through, it is not yet the group's own rating.",
          },
        ],
      },
      ruleOptions(),
    ));

  it("names the officer's rating as its own subject, and suggests taking it to the group", async () => {
    const issues = await issuesOf(
      'red-reflection-without-action',
      project({
        group,
        reflections: [
          red('r-1', 'during.jargon-explained', '2026-10-01', { rating: 'green' }),
          red('r-2', 'during.accessible-times-places', '2026-10-01', { recordedBy: ['m-9'] }),
        ],
      }),
    );
    expect(issues.map((i) => [i.subject.id, i.outcome, i.messageId])).toEqual([
      ['r-2', 'needs-review', 'red-reflection-without-action.needsReviewSubject'],
    ]);
    expect(issues[0]?.action).toMatch(
      /^Take the reflection questions, and any rating staff recorded alone, to the group\./,
    );
    expect(issues[0]?.questionIds).toEqual(['during.group-support']);
  });
});
