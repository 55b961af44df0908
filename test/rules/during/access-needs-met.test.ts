import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check/evaluate.js';
import { testRule } from '../../../src/check/test-rule.js';
import { parseProject } from '../../../src/model/parse.js';
import {
  allRuleSet,
  groupOf,
  issuesOf,
  NOW,
  project,
  resident,
  ruleOptions,
  staff,
} from '../helpers.js';

const bernard = resident('m-1', 'Bernard', {
  accessNeeds: [{ need: 'A hearing loop.', requires: ['hearing-loop'], met: false }],
});
const amira = resident('m-2', 'Amira', {
  accessNeeds: [{ need: 'Papers a week ahead', met: true, howMet: 'Sent by post' }],
});
const grace = resident('m-3', 'Grace', { accessNeeds: 'none' });
const sean = staff('m-4', 'Sean', { accessNeeds: 'none' });

const unmet = project({ stage: 'starting', group: groupOf(bernard, amira, grace) });

async function outcome(input: Parameters<typeof parseProject>[0]): Promise<string | undefined> {
  const report = await check(parseProject(input), { rules: allRuleSet(), now: NOW });
  return report.outcomes.find((o) => o.ruleId === 'access-needs-met')?.outcome;
}

describe('access-needs-met', () => {
  it('passes on answers on record, flags unmet needs, and asks when nobody asked', () =>
    testRule(
      'access-needs-met',
      {
        valid: [
          {
            name: 'every need met, or none needed',
            project: project({ group: groupOf(amira, grace, sean) }),
          },
        ],
        invalid: [
          {
            name: "Bernard's hearing loop is not in place",
            project: unmet,
            subjects: ['m-1'],
            message:
              'Some of what Bernard needs in order to take part is recorded as not in place yet: “A hearing loop”.',
          },
        ],
        needsReview: [
          {
            name: 'nobody asked anyone: one issue naming them all',
            project: project({
              group: groupOf(
                resident('m-5', 'Dev'),
                resident('m-6', 'Sean'),
                resident('m-7', 'Priya'),
              ),
            }),
            message:
              'Nobody has recorded asking Dev, Sean and Priya what they need in order to take part, such as step-free access, an interpreter, help with travel costs or papers in advance.',
          },
          {
            name: 'an answer that is a placeholder',
            project: project({
              group: groupOf(
                grace,
                resident('m-5', 'Dev', { accessNeeds: [{ need: 'tbc', met: true }] }),
              ),
            }),
            message: /^Nobody has recorded asking Dev what they need/,
          },
          {
            name: 'no members at all',
            project: project(),
            message:
              'Nobody has recorded asking the members of the group what they need in order to take part, such as step-free access, an interpreter, help with travel costs or papers in advance.',
          },
        ],
      },
      ruleOptions(),
    ));

  it('never reads "unknown" as "none": a member nobody asked is named, beside a flagged one', async () => {
    const issues = await issuesOf(
      'access-needs-met',
      project({ group: groupOf(bernard, grace, resident('m-5', 'Dev')) }),
    );
    expect(issues.map((i) => [i.subject.label, i.outcome])).toEqual([
      ['Bernard', 'flagged'],
      ['Dev', 'needs-review'],
    ]);
    expect(issues[1]?.message).toMatch(/^Nobody has recorded asking Dev what they need/);
    expect(issues[0]?.severity).toBe('error');
    expect(issues[0]?.action).toMatch(/including when they need nothing/);
  });

  it('gives no pass to a bare project or a group nobody has asked', async () => {
    expect(await outcome(project())).toBe('needs-review');
    expect(await outcome(project({ group: groupOf(resident('m-5', 'Dev')) }))).toBe('needs-review');
    expect(await outcome(project({ group: groupOf(grace) }))).toBe('passed');
  });
});
