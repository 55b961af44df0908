import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check/evaluate.js';
import { testRule } from '../../../src/check/test-rule.js';
import { parseProject } from '../../../src/model/parse.js';
import { allRuleSet, issuesOf, NOW, project, ruleOptions } from '../helpers.js';

const insight = 'Evening meetings suit working carers';
/** Recorded on 1 August 2026: 111 days before the test's today. */
const old = { id: 'l-1', insight, date: '2026-08-01' };
const recent = { id: 'l-2', insight: 'Young carers want a say at Cabinet', date: '2026-11-01' };

describe('learning-not-shared', () => {
  it('flags learning that has waited too long to be shared', () =>
    testRule(
      'learning-not-shared',
      {
        valid: [
          {
            name: 'shared with a named audience',
            project: project({
              learning: [
                { ...old, sharedWith: [{ audience: 'Service managers', on: '2026-08-10' }] },
              ],
            }),
          },
          { name: 'recent and not shared yet', project: project({ learning: [recent] }) },
        ],
        needsReview: [{ name: 'no learning recorded at all', project: project() }],
        invalid: [
          {
            name: 'old and never shared',
            project: project({ learning: [old, recent] }),
            subjects: ['l-1'],
          },
          {
            name: 'shared only with a placeholder audience',
            project: project({
              learning: [{ ...old, sharedWith: [{ audience: 'tbc', on: '2026-08-10' }] }],
            }),
            subjects: ['l-1'],
          },
          {
            name: 'recent, with the window set shorter',
            project: project({ learning: [recent] }),
            parameters: { shareWithinDays: 7 },
            subjects: ['l-2'],
          },
          {
            name: 'a closed project still shares what it learned',
            project: project({ stage: 'closed', learning: [old] }),
            subjects: ['l-1'],
          },
        ],
      },
      ruleOptions(),
    ));

  it('quotes the learning and gives the date in words', async () => {
    const [issue] = await issuesOf('learning-not-shared', project({ learning: [old] }));
    expect(issue?.message).toBe(
      'The learning “Evening meetings suit working carers” was recorded on 1 August 2026 and has not been shared with anyone yet.',
    );
  });

  it('never cuts a long insight mid-word', async () => {
    const long =
      'Older tenants at the coffee morning never received the text messages confirming their appointments, because the council holds no mobile number for them.';
    const [issue] = await issuesOf(
      'learning-not-shared',
      project({ learning: [{ ...old, insight: long }] }),
    );
    expect(issue?.subject.label).toBe(
      '“Older tenants at the coffee morning never received the text messages confirming their appointments, because the council…”',
    );
  });

  it('says nothing is recorded yet, rather than passing', async () => {
    const report = await check(parseProject(project()), { rules: allRuleSet(), now: NOW });
    const [issue] = report.issues.filter((i) => i.ruleId === 'learning-not-shared');
    expect(issue?.outcome).toBe('needs-review');
    expect(issue?.message).toBe(
      'No learning has been recorded yet, so we cannot tell whether what the group learns is reaching anyone.',
    );
  });
});
