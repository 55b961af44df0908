import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtinRules, createRuleSet } from '../../src/check/compile.js';
import { check } from '../../src/check/evaluate.js';
import {
  GENERIC_ACTION,
  GENERIC_FLAGGED,
  GENERIC_FLAGGED_ID,
  GENERIC_NEEDS_REVIEW,
  GENERIC_NEEDS_REVIEW_ID,
} from '../../src/check/issue-maker.js';
import { reportJsonSchema } from '../../src/check/json-schema.js';
import { CheckReportSchema, issueId } from '../../src/check/report-schema.js';
import { CoproduceError } from '../../src/model/index.js';
import { parseProject } from '../../src/model/parse.js';
import { computeCalls, onlyCustom, stubProject, stubProvider, stubRule } from './stub-facts.js';

const now = '2025-06-02T09:00:00Z';

function ruleSetOf(...rules: Record<string, unknown>[]) {
  return createRuleSet(onlyCustom(...rules), { facts: stubProvider });
}

async function outcomeOf(
  conditions: unknown,
  extensions: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  const rules = ruleSetOf(
    stubRule({ conditions, messages: { flagged: 'Flagged.', action: 'Act.' }, ...extra }),
  );
  const report = await check(stubProject(extensions), { rules, now });
  return report.outcomes[0]?.outcome;
}

const countAbove2 = { fact: 'count', operator: 'greaterThan', value: 2 };
const flagTrue = { fact: 'flag', operator: 'equal', value: true };

describe('Kleene outcomes', () => {
  it('flags, passes, or needs review for a single leaf', async () => {
    expect(await outcomeOf({ all: [countAbove2] }, { count: 5 })).toBe('flagged');
    expect(await outcomeOf({ all: [countAbove2] }, { count: 1 })).toBe('passed');
    expect(await outcomeOf({ all: [countAbove2] }, {})).toBe('needs-review');
  });

  it('all: false wins over unknown; unknown wins over true', async () => {
    expect(await outcomeOf({ all: [countAbove2, flagTrue] }, { count: 1 })).toBe('passed');
    expect(await outcomeOf({ all: [countAbove2, flagTrue] }, { count: 5 })).toBe('needs-review');
    expect(await outcomeOf({ all: [countAbove2, flagTrue] }, { count: 5, flag: true })).toBe(
      'flagged',
    );
  });

  it('any: true wins over unknown; unknown wins over false', async () => {
    expect(await outcomeOf({ any: [countAbove2, flagTrue] }, { count: 5 })).toBe('flagged');
    expect(await outcomeOf({ any: [countAbove2, flagTrue] }, { count: 1 })).toBe('needs-review');
    expect(await outcomeOf({ any: [countAbove2, flagTrue] }, { count: 1, flag: false })).toBe(
      'passed',
    );
  });

  it('not keeps unknown and negates the rest', async () => {
    expect(await outcomeOf({ not: countAbove2 }, {})).toBe('needs-review');
    expect(await outcomeOf({ not: countAbove2 }, { count: 1 })).toBe('flagged');
    expect(await outcomeOf({ not: { all: [countAbove2, flagTrue] } }, { count: 1 })).toBe(
      'flagged',
    );
  });

  it('treats a missing fact-valued value as unknown', async () => {
    const leaf = { fact: 'count', operator: 'greaterThan', value: { fact: 'otherCount' } };
    expect(await outcomeOf({ all: [leaf] }, { count: 5, otherCount: 1 })).toBe('flagged');
    expect(await outcomeOf({ all: [leaf] }, { count: 5 })).toBe('needs-review');
  });

  it('treats a path that leads nowhere as unknown', async () => {
    const leaf = { fact: 'names', path: '5', operator: 'equal', value: 'x' };
    expect(await outcomeOf({ all: [leaf] }, { names: ['x'] })).toBe('needs-review');
    expect(await outcomeOf({ all: [{ ...leaf, path: '0' }] }, { names: ['x'] })).toBe('flagged');
  });

  it('is not applicable outside its stages and raises no issue', async () => {
    const rules = ruleSetOf(stubRule({ stages: ['planning'] }));
    const report = await check(stubProject({ count: 5 }), { rules, now });
    expect(report.outcomes[0]?.outcome).toBe('not-applicable');
    expect(report.issues).toEqual([]);
    expect(report.counts.byOutcome['not-applicable']).toBe(1);
  });

  it('substitutes parameters into fact parameters', async () => {
    const rule = stubRule({
      parameters: { factor: { type: 'integer', default: 2, minimum: 1, description: 'Factor.' } },
      conditions: {
        all: [
          {
            fact: 'scaled',
            params: { factor: { param: 'factor' } },
            operator: 'greaterThan',
            value: 10,
          },
        ],
      },
      messages: { flagged: '{scaled} after scaling by {factor}.', action: 'Act.' },
    });
    const project = stubProject({ count: 4 });
    const base = await check(project, {
      rules: createRuleSet(onlyCustom(rule), { facts: stubProvider }),
      now,
    });
    expect(base.outcomes[0]?.outcome).toBe('passed');
    const tripled = createRuleSet(
      { ...onlyCustom(rule), rules: { 'stub-rule': { parameters: { factor: 3 } } } },
      { facts: stubProvider },
    );
    const report = await check(project, { rules: tripled, now });
    expect(report.issues[0]?.message).toBe('12 after scaling by 3.');
    expect(report.parameters).toEqual({ 'stub-rule': { factor: 3 } });
    expect(report.issues[0]?.evidence.facts).toEqual([
      { fact: 'scaled', params: { factor: 3 }, value: 12 },
    ]);
  });

  it('keeps apart one fact asked with different parameters, on either side of a condition', async () => {
    // scaled×2 > 10 and scaled×3 > scaled×2: each comparison needs its own value.
    const rule = stubRule({
      conditions: {
        all: [
          { fact: 'scaled', params: { factor: 3 }, operator: 'greaterThan', value: 10 },
          {
            fact: 'scaled',
            params: { factor: 3 },
            operator: 'greaterThan',
            value: { fact: 'scaled', params: { factor: 2 } },
          },
          { fact: 'scaled', params: { factor: 2 }, operator: 'lessThan', value: 10 },
        ],
      },
      messages: { flagged: 'Scaled past ten.', action: 'Act.' },
    });
    const rules = createRuleSet(onlyCustom(rule), { facts: stubProvider });
    const outcome = async (count: number) =>
      (await check(stubProject({ count }), { rules, now })).outcomes[0]?.outcome;
    expect(await outcome(4)).toBe('flagged');
    expect(await outcome(3)).toBe('passed');
    expect(await outcome(5)).toBe('passed');
  });
});

describe('facts read only for messages', () => {
  const rule = stubRule({
    parameters: { factor: { type: 'integer', default: 3, minimum: 1, description: 'Factor.' } },
    conditions: { all: [{ fact: 'count', operator: 'greaterThan', value: 2 }] },
    facts: [{ fact: 'names' }, { fact: 'scaled', params: { factor: { param: 'factor' } } }],
    messages: {
      flagged: 'Count {count}, scaled {scaled}, named {names:list}.',
      needsReview: 'Unknown count; named {names:list}.',
      action: 'Act on {names:list}.',
    },
  });
  const rules = ruleSetOf(rule);

  it('fills placeholders and evidence, after the facts the conditions read', async () => {
    const report = await check(stubProject({ count: 5, names: ['Amira', 'Ben'] }), {
      rules,
      now,
    });
    const issue = report.issues[0];
    expect(issue?.message).toBe('Count 5, scaled 15, named Amira and Ben.');
    expect(issue?.action).toBe('Act on Amira and Ben.');
    expect(issue?.data).toEqual({ count: 5, names: ['Amira', 'Ben'], scaled: 15 });
    expect(issue?.evidence.facts).toEqual([
      { fact: 'count', params: {}, value: 5 },
      { fact: 'names', params: {}, value: ['Amira', 'Ben'] },
      { fact: 'scaled', params: { factor: 3 }, value: 15 },
    ]);
    expect(rules.rules[0]?.facts).toEqual([
      { fact: 'names' },
      { fact: 'scaled', params: { factor: 3 } },
    ]);
  });

  it('never decide the outcome, even when they are missing', async () => {
    // `names` and `scaled` missing: only the conditions decide.
    const flagged = await check(stubProject({ count: 5 }), { rules, now });
    expect(flagged.outcomes[0]?.outcome).toBe('flagged');
    // The flagged message names a value this issue lacks: the generic text, never a hole.
    expect(flagged.issues[0]?.message).toBe(GENERIC_FLAGGED);
    expect(flagged.issues[0]?.messageId).toBe(GENERIC_FLAGGED_ID);
    expect(flagged.issues[0]?.action).toBe(GENERIC_ACTION);
    expect(flagged.issues[0]?.evidence.facts[1]).toEqual({
      fact: 'names',
      params: {},
      value: null,
    });
    const passed = await check(stubProject({ count: 1 }), { rules, now });
    expect(passed.outcomes[0]?.outcome).toBe('passed');
    expect(passed.issues).toEqual([]);
    const unknown = await check(stubProject({ names: ['Cy'] }), { rules, now });
    expect(unknown.outcomes[0]?.outcome).toBe('needs-review');
    expect(unknown.issues[0]?.message).toBe('Unknown count; named Cy.');
  });

  it('give the same outcomes as the same rule without them', async () => {
    const bare = ruleSetOf(
      stubRule({ conditions: rule.conditions, messages: { flagged: 'F.', action: 'A.' } }),
    );
    for (const extensions of [{}, { count: 1 }, { count: 5 }, { count: 5, names: [] }]) {
      const a = await check(stubProject(extensions), { rules, now });
      const b = await check(stubProject(extensions), { rules: bare, now });
      expect(a.outcomes[0]?.outcome).toBe(b.outcomes[0]?.outcome);
    }
  });
});

describe('subject rules', () => {
  const memberRule = stubRule({
    scope: 'member',
    parameters: {
      minMeetings: { type: 'integer', default: 2, minimum: 1, description: 'Meetings.' },
    },
    conditions: {
      all: [
        {
          fact: 'quiet',
          params: { meetings: { param: 'minMeetings' } },
          operator: 'notEmpty',
          value: true,
        },
      ],
    },
    subjects: { fact: 'quiet' },
    messages: {
      flagged: '{subject} was quiet for {meetings} meetings.',
      needsReview: 'We cannot tell about {subject}.',
      action: 'Talk with {subject}.',
    },
  });
  const rules = ruleSetOf(memberRule);

  it('raises one issue per finding, with the finding status', async () => {
    const report = await check(
      stubProject({
        quiet: [
          { id: 'm-2', label: 'Ben', meetings: 4 },
          { id: 'm-1', label: 'Amira', meetings: 3 },
          { id: 'm-3', label: 'Cy', status: 'needs-review' },
          { id: 'm-4', label: 'Dee', meetings: 1 },
        ],
      }),
      { rules, now },
    );
    expect(report.issues.map((i) => [i.subject.id, i.outcome, i.message, i.action])).toEqual([
      ['m-2', 'flagged', 'Ben was quiet for 4 meetings.', 'Talk with Ben.'],
      ['m-1', 'flagged', 'Amira was quiet for 3 meetings.', 'Talk with Amira.'],
      ['m-3', 'needs-review', 'We cannot tell about Cy.', 'Talk with Cy.'],
    ]);
    expect(report.outcomes[0]).toMatchObject({
      outcome: 'flagged',
      subjects: { flagged: 2, needsReview: 1 },
    });
    expect(report.issues[0]?.subject).toEqual({
      type: 'member',
      id: 'm-2',
      label: 'Ben',
      pointer: '/group/members/0',
    });
    expect(report.issues[0]?.evidence.finding).toEqual({ meetings: 4 });
    // A findings fact is evidence by its size; each issue carries its own finding.
    expect(report.issues[0]?.evidence.facts[0]).toEqual({
      fact: 'quiet',
      params: { meetings: 2 },
      value: 3,
    });
    expect(report.issues[0]?.messageId).toBe('stub-rule.flagged');
    expect(report.issues[2]?.messageId).toBe('stub-rule.needsReview');
  });

  it('keeps the first issue of a subject its findings name twice, in every check', async () => {
    const project = stubProject({
      quiet: [
        { id: 'm-2', label: 'Ben', meetings: 4 },
        { id: 'm-1', label: 'Amira', meetings: 3 },
        { id: 'm-2', label: 'Ben again', status: 'needs-review' },
      ],
    });
    for (let round = 0; round < 2; round++) {
      const report = await check(project, { rules, now });
      expect(report.issues.map((i) => [i.subject.id, i.outcome, i.message])).toEqual([
        ['m-2', 'flagged', 'Ben was quiet for 4 meetings.'],
        ['m-1', 'flagged', 'Amira was quiet for 3 meetings.'],
      ]);
      expect(report.outcomes[0]?.subjects).toEqual({ flagged: 2, needsReview: 0 });
      expect(report.counts.issues).toBe(2);
    }
  });

  it('gives every report objects of its own: changing one changes no other report', async () => {
    const project = stubProject({
      quiet: [
        { id: 'm-2', label: 'Ben', meetings: 4 },
        { id: 'm-1', label: 'Amira', meetings: 3 },
      ],
    });
    const first = await check(project, { rules, now });
    const expected = JSON.parse(JSON.stringify(first));
    // Reports are read-only by type only; a caller may still change its own copy.
    const changed = first as unknown as {
      issues: {
        data: Record<string, unknown>;
        subject: { label: string };
        evidence: { facts: { params: Record<string, unknown>; value: unknown }[] };
      }[];
      parameters: Record<string, Record<string, unknown>>;
      outcomes: { subjects: { flagged: number } }[];
      counts: { bySeverity: { warning: number } };
    };
    for (const issue of changed.issues) {
      issue.data.subject = 'changed';
      issue.subject.label = 'changed';
      for (const fact of issue.evidence.facts) {
        fact.value = 'changed';
        fact.params.meetings = 99;
      }
    }
    for (const values of Object.values(changed.parameters)) values.minMeetings = 99;
    changed.outcomes[0]!.subjects.flagged = 99;
    changed.counts.bySeverity.warning = 99;
    expect(await check(project, { rules, now })).toEqual(expected);
  });

  it('needs review as a rule when every finding needs review', async () => {
    const report = await check(stubProject({ quiet: [{ id: 'm-3', status: 'needs-review' }] }), {
      rules,
      now,
    });
    expect(report.outcomes[0]).toMatchObject({
      outcome: 'needs-review',
      subjects: { flagged: 0, needsReview: 1 },
    });
  });

  it('raises one project issue when the findings cannot be computed at all', async () => {
    const report = await check(stubProject({}), { rules, now });
    expect(report.outcomes[0]?.outcome).toBe('needs-review');
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]?.subject).toEqual({
      type: 'project',
      id: 'p-stub',
      label: 'Stub project',
      pointer: '',
    });
    // The rule is about members and this issue about none of them: its
    // texts name {subject}, so they give way to the generic ones rather than
    // put the project's title where a member's name belongs.
    expect(report.issues[0]?.message).toBe(GENERIC_NEEDS_REVIEW);
    expect(report.issues[0]?.messageId).toBe(GENERIC_NEEDS_REVIEW_ID);
    expect(report.issues[0]?.action).toBe(GENERIC_ACTION);
    expect(report.issues[0]?.data.subject).toBeNull();
  });

  it('passes when nothing is found', async () => {
    const report = await check(stubProject({ quiet: [] }), { rules, now });
    expect(report.outcomes[0]?.outcome).toBe('passed');
    expect(report.issues).toEqual([]);
  });

  it('computes a findings fact once per check, for conditions and subjects alike', async () => {
    const before = computeCalls.quiet;
    await check(stubProject({ quiet: [{ id: 'm-1' }] }), { rules, now });
    expect(computeCalls.quiet - before).toBe(1);
  });

  it('uses a generic text for a needs-review issue without a message, and never a raw key', async () => {
    const report = await check(stubProject({}), { rules: ruleSetOf(stubRule()), now });
    expect(report.issues[0]?.message).toBe(GENERIC_NEEDS_REVIEW);
    const quiet = await check(stubProject({}), {
      rules: ruleSetOf({
        ...memberRule,
        messages: { flagged: 'x', needsReview: '{meetings} meetings unknown.', action: 'y' },
      }),
      now,
    });
    expect(quiet.issues[0]?.message).toBe(GENERIC_NEEDS_REVIEW);
    expect(quiet.issues[0]?.messageId).toBe(GENERIC_NEEDS_REVIEW_ID);
    expect(quiet.issues[0]?.data).toEqual({ meetings: null });
  });
});

describe('issue ids, order and determinism', () => {
  it('gives stable, distinct ids', async () => {
    // Pinned: stored acknowledgements and front ends' memories name issues by
    // these ids, so a change to the hash or its input would orphan them.
    expect(issueId('quiet-members', 'member', 'm-03')).toBe('cp-d7d2bfc4f5e58164');
    expect(issueId('issue-and-remit', 'project', 'travel-2025')).toBe('cp-123be3c67a06ac25');
    expect(issueId('quiet-members', 'member', 'm-03')).not.toBe(
      issueId('quiet-members', 'member', 'm-04'),
    );
    expect(issueId('a', 'member', 'b')).not.toBe(issueId('a', 'project', 'b'));
    const rules = ruleSetOf(stubRule());
    const first = await check(stubProject({ count: 5 }), { rules, now });
    const later = await check(stubProject({ count: 9 }), { rules, now: '2026-01-01T00:00:00Z' });
    expect(later.issues[0]?.id).toBe(first.issues[0]?.id);
    expect(first.issues[0]?.id).toBe(issueId('stub-rule', 'project', 'p-stub'));
  });

  const examples = ['early-stage', 'mid-way', 'well-run'].map((name) =>
    parseProject(JSON.parse(readFileSync(`examples/projects/${name}.json`, 'utf8'))),
  );

  it('gives deep-equal reports for the same input', async () => {
    for (const project of examples) {
      const a = await check(project, {
        now: '2026-03-01T10:00:00Z',
        rules: { extends: ['coproduce:all'] },
      });
      const b = await check(project, {
        now: '2026-03-01T10:00:00Z',
        rules: createRuleSet({ extends: ['coproduce:all'] }),
      });
      expect(b).toEqual(a);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    }
  });

  it('sorts issues by severity, section, rule and subject', async () => {
    const report = await check(examples[1] as (typeof examples)[number], {
      now: '2026-03-01T10:00:00Z',
    });
    expect(report.issues.length).toBeGreaterThan(5);
    const severities = ['error', 'warning', 'info'];
    for (let i = 1; i < report.issues.length; i++) {
      const a = report.issues[i - 1];
      const b = report.issues[i];
      if (!a || !b) continue;
      expect(severities.indexOf(a.severity)).toBeLessThanOrEqual(severities.indexOf(b.severity));
    }
    expect(new Set(report.issues.map((i) => i.id)).size).toBe(report.issues.length);
  });

  it('produces reports that match the report schema, in zod and as JSON Schema', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(reportJsonSchema());
    for (const project of examples) {
      const report = await check(project, {
        now: '2026-03-01T10:00:00Z',
        rules: { extends: ['coproduce:all'] },
      });
      expect(CheckReportSchema.safeParse(report).error).toBeUndefined();
      expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(
        true,
      );
      const total =
        report.counts.bySeverity.error +
        report.counts.bySeverity.warning +
        report.counts.bySeverity.info;
      expect(total).toBe(report.issues.length);
      // One outcome per default rule, whatever the stage; the portfolio rules run only over many projects.
      const portfolioRules = [...builtinRules().values()].filter((r) => r.set === 'portfolio');
      expect(report.outcomes).toHaveLength(builtinRules().size - portfolioRules.length);
    }
  });
});

describe('options', () => {
  const project = stubProject({ count: 5 });
  const rules = ruleSetOf(stubRule());

  it('refuses a bad now, locale or rules value', async () => {
    await expect(check(project, { rules, now: '2025-06-02' })).rejects.toMatchObject({
      code: 'invalid-options',
    });
    await expect(check(project, { rules, now: new Date(Number.NaN) })).rejects.toMatchObject({
      code: 'invalid-options',
    });
    await expect(check(project, { rules, now, locale: 'not a locale' })).rejects.toMatchObject({
      code: 'invalid-options',
    });
    await expect(
      check(project, { rules: { rules: { 'no-such-rule': 'off' } }, now }),
    ).rejects.toBeInstanceOf(CoproduceError);
  });

  it('accepts a Date and reports checkedAt in UTC', async () => {
    const report = await check(project, { rules, now: new Date('2025-06-02T10:00:00+01:00') });
    expect(report.checkedAt).toBe('2025-06-02T09:00:00.000Z');
    expect(report.project).toEqual({
      id: 'p-stub',
      title: 'Stub project',
      stage: 'during',
      timeZone: 'Europe/London',
    });
  });

  it('reads calendar days in the project time zone', async () => {
    const aged = ruleSetOf(
      stubRule({
        conditions: { all: [{ fact: 'since', operator: 'ageInDaysAbove', value: 30 }] },
        messages: { flagged: 'Old.', action: 'Act.' },
      }),
    );
    // 23:30 UTC on 1 June is 00:30 on 2 June in London: 31 days after 2 May.
    const late = '2025-06-01T23:30:00Z';
    expect(
      (await check(stubProject({ since: '2025-05-02' }), { rules: aged, now: late })).outcomes[0]
        ?.outcome,
    ).toBe('flagged');
    expect(
      (
        await check(stubProject({ since: '2025-05-02' }, { timeZone: 'UTC' }), {
          rules: aged,
          now: late,
        })
      ).outcomes[0]?.outcome,
    ).toBe('passed');
  });

  it('keeps each check to its own day and time zone when checks of other days run at once', async () => {
    const aged = ruleSetOf(
      stubRule({
        conditions: { all: [{ fact: 'since', operator: 'ageInDaysAbove', value: 30 }] },
        messages: { flagged: 'Old.', action: 'Act.' },
      }),
    );
    const project = stubProject({ since: '2025-05-02' });
    const utc = stubProject({ since: '2025-05-02' }, { timeZone: 'UTC' });
    // 31 days after 2 May in London; 30 in UTC; 29 days on 31 May anywhere.
    const jobs = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? { project, now: '2025-06-01T23:30:00Z', expected: 'flagged' }
        : i % 3 === 1
          ? { project: utc, now: '2025-06-01T23:30:00Z', expected: 'passed' }
          : { project, now: '2025-05-31T12:00:00Z', expected: 'passed' },
    );
    const reports = await Promise.all(
      jobs.map((job) => check(job.project, { rules: aged, now: job.now })),
    );
    expect(reports.map((r) => r.outcomes[0]?.outcome)).toEqual(jobs.map((job) => job.expected));
  });
});
