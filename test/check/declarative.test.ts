/**
 * Declarative facts: measures written in a rule file's `define`, checked
 * against the model when the rules load and computed through the public
 * check, as a council would use them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRuleSet } from '../../src/check/compile.js';
import { DECLARATIVE_LIMITS } from '../../src/check/declarative/schema.js';
import { check } from '../../src/check/evaluate.js';
import { GENERIC_ACTION } from '../../src/check/issue-maker.js';
import type { RuleFile } from '../../src/check/rule-schema.js';
import { minimalProject, testRule } from '../../src/check/test-rule.js';
import { CoproduceError } from '../../src/model/errors.js';
import { parseProject } from '../../src/model/parse.js';
import type { ProjectInput } from '../../src/model/project.js';
import { COLLECTIONS } from '../../src/schemas.js';

const NOW = '2026-11-20T12:00:00Z';

interface JsonNode {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonNode>>;
  readonly items?: JsonNode;
}

/** A council rule with the given `define`, conditions and messages. */
function rule(overrides: Partial<Record<keyof RuleFile, unknown>>): RuleFile {
  return {
    id: 'council-rule',
    set: 'council',
    version: 1,
    title: 'A council rule',
    questions: ['during.everyone-contributes'],
    section: 'During co-production',
    scope: 'project',
    severity: 'warning',
    conditions: { all: [{ fact: 'x', operator: 'equal', value: true }] },
    messages: { flagged: 'Something is wrong.', action: 'Put it right.' },
    rationale: 'Because.',
    ...overrides,
  } as RuleFile;
}

function refused(config: Parameters<typeof createRuleSet>[0]): CoproduceError {
  try {
    createRuleSet(config);
  } catch (error) {
    if (error instanceof CoproduceError) return error;
    throw error;
  }
  throw new Error('expected the rules to be refused');
}

type MemberInput = NonNullable<NonNullable<ProjectInput['group']>['members']>[number];
const members = (...list: [string, MemberInput['roles'], Partial<MemberInput>?][]): MemberInput[] =>
  list.map(([id, roles, extra]) => ({ id, displayName: `Person ${id}`, roles, ...extra }));

function project(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return minimalProject({ timeZone: 'Europe/London', ...overrides });
}

async function outcomeOf(r: RuleFile, input: ProjectInput, now = NOW) {
  const report = await check(parseProject(input), {
    rules: createRuleSet({ extends: [], customRules: [r] }),
    now,
  });
  return { outcome: report.outcomes[0]?.outcome, issues: report.issues };
}

const communityCount = rule({
  define: {
    communityMembers: {
      measure: 'count',
      of: 'members',
      where: {
        all: [
          { field: 'active', equal: true },
          { field: 'staffSide', equal: false },
        ],
      },
    },
  },
  parameters: {
    minimum: { type: 'integer', default: 2, minimum: 1, description: 'Fewest community members.' },
  },
  conditions: {
    all: [{ fact: 'communityMembers', operator: 'lessThan', value: { param: 'minimum' } }],
  },
  messages: {
    flagged:
      'Only {communityMembers} members of the group are not staff; at least {minimum} are needed.',
    action: 'Bring more residents in.',
  },
});

describe('a count over a collection', () => {
  it('flags and passes on the measure, with the count in the message and the evidence', async () => {
    const few = project({
      group: {
        requiredPerspectives: [],
        members: members(
          ['m-1', ['resident']],
          ['m-2', ['staff']],
          ['m-3', ['resident'], { left: '2026-01-01' }],
        ),
      },
    });
    const { outcome, issues } = await outcomeOf(communityCount, few);
    expect(outcome).toBe('flagged');
    expect(issues[0]?.message).toBe(
      'Only 1 members of the group are not staff; at least 2 are needed.',
    );
    expect(issues[0]?.evidence.facts).toEqual([{ fact: 'communityMembers', params: {}, value: 1 }]);
    const enough = project({
      group: {
        requiredPerspectives: [],
        members: members(['m-1', ['resident']], ['m-2', ['carer', 'staff']]),
      },
    });
    expect((await outcomeOf(communityCount, enough)).outcome).toBe('passed');
  });

  it('reads the parameter as a council configures it', async () => {
    const ruleSet = createRuleSet({
      extends: [],
      customRules: [communityCount],
      rules: { 'council-rule': { parameters: { minimum: 1 } } },
    });
    const input = project({
      group: { requiredPerspectives: [], members: members(['m-1', ['resident']]) },
    });
    const report = await check(parseProject(input), { rules: ruleSet, now: NOW });
    expect(report.outcomes[0]?.outcome).toBe('passed');
  });

  it('works with testRule, like any rule', () =>
    testRule(
      'council-rule',
      {
        valid: [
          {
            project: project({
              group: {
                requiredPerspectives: [],
                members: members(['a', ['resident']], ['b', ['carer']]),
              },
            }),
          },
        ],
        invalid: [{ project: project() }],
      },
      { rules: { extends: [], customRules: [communityCount] }, now: NOW },
    ));
});

describe('grouped measures: one finding per subject', () => {
  const quietRecently = rule({
    scope: 'member',
    define: {
      absentMembers: {
        measure: 'count',
        of: 'attendance',
        where: {
          all: [
            { field: 'past', equal: true },
            { field: 'start', withinDays: { param: 'days' } },
          ],
        },
        groupBy: 'memberId',
        subjects: { field: 'active', equal: true },
        flag: { equal: 0 },
      },
    },
    parameters: { days: { type: 'integer', default: 60, minimum: 1, description: 'Days.' } },
    conditions: { all: [{ fact: 'absentMembers', operator: 'notEmpty', value: true }] },
    subjects: { fact: 'absentMembers' },
    messages: {
      flagged: '{subject} has come to {value} activities in the last {days} days.',
      action: 'Ask {subject} what would help.',
    },
  });
  const input = project({
    group: {
      requiredPerspectives: [],
      members: members(
        ['m-1', ['resident']],
        ['m-2', ['resident']],
        ['m-3', ['resident'], { left: '2026-02-01' }],
      ),
    },
    activities: [
      {
        id: 'a-1',
        kind: 'workshop',
        title: 'Workshop',
        start: '2026-11-10T10:00:00+00:00',
        end: '2026-11-10T12:00:00+00:00',
        attendance: [{ memberId: 'm-1' }],
      },
      {
        id: 'a-2',
        kind: 'workshop',
        title: 'Old workshop',
        start: '2026-01-10T10:00:00+00:00',
        end: '2026-01-10T12:00:00+00:00',
        attendance: [{ memberId: 'm-2' }, { memberId: 'm-3' }],
      },
    ],
  });

  it('flags exactly the subjects whose value meets the flag, with the value in the message', async () => {
    const { outcome, issues } = await outcomeOf(quietRecently, input);
    expect(outcome).toBe('flagged');
    expect(issues.map((i) => [i.subject.type, i.subject.id, i.message])).toEqual([
      ['member', 'm-2', 'Person m-2 has come to 0 activities in the last 60 days.'],
    ]);
  });

  it('names no subject in an issue about the project as a whole: texts naming one give way to the generic text', async () => {
    // Nobody active, so the measure has no subjects and the rule needs review for the whole project.
    const nobodyActive = project({
      title: 'Short breaks for carers',
      group: {
        requiredPerspectives: [],
        members: members(['m-1', ['resident'], { left: '2026-02-01' }]),
      },
    });
    const { outcome, issues } = await outcomeOf(quietRecently, nobodyActive);
    expect(outcome).toBe('needs-review');
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue?.subject.type).toBe('project');
    // Not "Ask Short breaks for carers what would help."
    expect(issue?.action).toBe(GENERIC_ACTION);
    expect(issue?.data.subject).toBeNull();
    // The same rule still names the member in an issue about one.
    const { issues: aboutMembers } = await outcomeOf(quietRecently, input);
    expect(aboutMembers.map((i) => i.action)).toEqual(['Ask Person m-2 what would help.']);
  });

  it('groups by a list of ids: a record counts once for each subject it names, however often', async () => {
    const reflectedTwice = rule({
      scope: 'member',
      define: {
        fewReflections: {
          measure: 'count',
          of: 'reflections',
          groupBy: 'recordedBy',
          flag: { lessThan: 2 },
        },
      },
      conditions: { all: [{ fact: 'fewReflections', operator: 'notEmpty', value: true }] },
      subjects: { fact: 'fewReflections' },
      messages: {
        flagged: '{subject} recorded {value:count:reflection:reflections}.',
        action: 'Ask {subject}.',
      },
    });
    const reflection = (id: string, recordedBy: string[]) => ({
      id,
      questionId: 'during.everyone-contributes',
      date: '2026-11-01',
      rating: 'green' as const,
      recordedBy,
    });
    const { issues } = await outcomeOf(
      reflectedTwice,
      project({
        group: {
          requiredPerspectives: [],
          members: members(['m-1', ['resident']], ['m-2', ['resident']], ['m-3', ['resident']]),
        },
        reflections: [reflection('r-1', ['m-1', 'm-1', 'm-2']), reflection('r-2', ['m-2'])],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Person m-1 recorded 1 reflection.',
      'Person m-3 recorded 0 reflections.',
    ]);
  });

  it('groups into any collection, by a worked-out field', async () => {
    const rowsPerWorkshop = rule({
      scope: 'activity',
      define: {
        rowsOf: {
          measure: 'count',
          of: 'attendance',
          where: { field: 'memberId', notEqual: 'm-3' },
          groupBy: 'activityId',
          subjects: { field: 'kind', equal: 'workshop' },
          flag: { greaterThan: 0 },
        },
      },
      conditions: { all: [{ fact: 'rowsOf', operator: 'notEmpty', value: true }] },
      subjects: { fact: 'rowsOf' },
      messages: { flagged: '{subject}: {value} rows.', action: 'Look.' },
    });
    const activity = (id: string, kind: 'workshop' | 'informal', day: string, who: string[]) => ({
      id,
      kind,
      title: `Session ${id}`,
      start: `${day}T10:00:00+00:00`,
      end: `${day}T12:00:00+00:00`,
      attendance: who.map((memberId) => ({ memberId })),
    });
    const { issues } = await outcomeOf(
      rowsPerWorkshop,
      project({
        group: {
          requiredPerspectives: [],
          members: members(['m-1', ['resident']], ['m-2', ['resident']], ['m-3', ['resident']]),
        },
        activities: [
          activity('a-2', 'workshop', '2026-03-01', ['m-3', 'm-1', 'm-2']),
          activity('a-1', 'informal', '2026-02-01', ['m-1', 'm-2']),
          activity('a-3', 'workshop', '2026-04-01', ['m-1']),
        ],
      }),
    );
    // Each activity's own rows, wherever the document lists it; only workshops are subjects.
    expect(issues.map((i) => i.message).sort()).toEqual([
      'Session a-2: 2 rows.',
      'Session a-3: 1 rows.',
    ]);
  });

  it('needs review, never passes, when there is no subject at all', async () => {
    expect((await outcomeOf(quietRecently, project())).outcome).toBe('needs-review');
  });

  it('passes when no subject is flagged', async () => {
    const wide = createRuleSet({
      extends: [],
      customRules: [quietRecently],
      rules: { 'council-rule': { parameters: { days: 400 } } },
    });
    const report = await check(parseProject(input), { rules: wide, now: NOW });
    expect(report.outcomes[0]?.outcome).toBe('passed');
  });

  it('gives a subject with no value needs review unless the rule says otherwise', async () => {
    const lastSeen = (ifMissing?: 'pass') =>
      rule({
        scope: 'member',
        define: {
          longAbsent: {
            measure: 'age',
            of: 'attendance',
            field: 'start',
            groupBy: 'memberId',
            flag: { greaterThan: 90 },
            ...(ifMissing ? { ifMissing } : {}),
          },
        },
        conditions: { all: [{ fact: 'longAbsent', operator: 'notEmpty', value: true }] },
        subjects: { fact: 'longAbsent' },
        messages: {
          flagged: '{subject} last came {value} days ago.',
          needsReview: 'We cannot tell when {subject} last came.',
          action: 'Call {subject}.',
        },
      });
    const one = project({
      group: {
        requiredPerspectives: [],
        members: members(['m-1', ['resident']], ['m-9', ['resident']]),
      },
      activities: [
        {
          id: 'a-1',
          kind: 'workshop',
          title: 'Workshop',
          start: '2026-05-01T10:00:00+00:00',
          end: '2026-05-01T12:00:00+00:00',
          attendance: [{ memberId: 'm-1' }],
        },
      ],
    });
    const strict = await outcomeOf(lastSeen(), one);
    expect(strict.issues.map((i) => [i.subject.id, i.outcome, i.message])).toEqual([
      ['m-1', 'flagged', 'Person m-1 last came 203 days ago.'],
      ['m-9', 'needs-review', 'We cannot tell when Person m-9 last came.'],
    ]);
    const lenient = await outcomeOf(lastSeen('pass'), one);
    expect(lenient.issues.map((i) => i.subject.id)).toEqual(['m-1']);
  });

  it('gives the latest and earliest dates as calendar dates in the project zone', async () => {
    const span = rule({
      define: {
        firstSession: { measure: 'earliest', of: 'activities', field: 'start' },
        lastSession: { measure: 'latest', of: 'activities', field: 'start' },
      },
      conditions: { all: [{ fact: 'lastSession', operator: 'notEqual', value: '' }] },
      facts: [{ fact: 'firstSession' }],
      messages: { flagged: 'From {firstSession:date} to {lastSession:date}.', action: 'Carry on.' },
    });
    const session = (id: string, start: string) => ({
      id,
      kind: 'workshop' as const,
      title: 'Workshop',
      start,
      end: start.replace('T23:30', 'T23:59').replace('T10:00', 'T12:00'),
    });
    // Half past eleven at night on 31 May in UTC is already 1 June in London (summer time).
    const { issues } = await outcomeOf(
      span,
      project({
        activities: [
          session('a-1', '2026-05-31T23:30:00+00:00'),
          session('a-2', '1999-12-31T10:00:00+00:00'),
        ],
      }),
    );
    expect(issues[0]?.evidence.facts.map((f) => [f.fact, f.value])).toEqual([
      ['lastSession', '2026-06-01'],
      ['firstSession', '1999-12-31'],
    ]);
    expect(issues[0]?.message).toBe('From 31 December 1999 to 1 June 2026.');
    // Shown as stored, a date would read as data: the rule says how to show it in words.
    const bare = refused({
      extends: [],
      customRules: [
        { ...span, messages: { flagged: 'Last met on {lastSession}.', action: 'Carry on.' } },
      ],
    });
    expect(bare.problems.map((p) => [p.path, p.message, p.code])).toEqual([
      [
        ['customRules', 0, 'messages', 'flagged'],
        '"{lastSession}" is a date: write {lastSession:date} to show it in words, such as "1 June 2026"',
        'placeholder-date-format',
      ],
    ]);
    // The same for each subject's value of a grouped measure.
    const grouped = refused({
      extends: [],
      customRules: [
        rule({
          scope: 'member',
          define: {
            lastCame: {
              measure: 'latest',
              of: 'attendance',
              field: 'start',
              groupBy: 'memberId',
              flag: { before: { daysAgo: 90 } },
            },
          },
          conditions: { all: [{ fact: 'lastCame', operator: 'notEmpty', value: true }] },
          subjects: { fact: 'lastCame' },
          messages: { flagged: '{subject} last came on {value}.', action: 'Call {subject}.' },
        }),
      ],
    });
    expect(grouped.problems.map((p) => p.code)).toEqual(['placeholder-date-format']);
  });
});

describe('three-valued answers', () => {
  const described = rule({
    define: {
      processDescribed: {
        measure: 'choose',
        cases: [
          { when: { field: 'governance.processSummary', text: 'present' }, value: true },
          { when: { field: 'governance.processSummary', text: 'placeholder' }, value: null },
          {
            when: { measure: { measure: 'count', of: 'decisions' }, greaterThan: 0 },
            value: false,
          },
        ],
        otherwise: null,
      },
    },
    conditions: { all: [{ fact: 'processDescribed', operator: 'equal', value: false }] },
  });
  const decision = {
    id: 'd-1',
    title: 'Route chosen',
    date: '2026-10-01',
    madeBy: 'group' as const,
  };

  it('passes on real words, needs review on a placeholder or no evidence, flags a known gap', async () => {
    const summary = (processSummary?: string, decisions = [decision]) =>
      project({
        decisions,
        governance: {
          seniorLeaders: [],
          informationFlows: [],
          responsibilities: [],
          ...(processSummary !== undefined ? { processSummary } : {}),
        },
      });
    expect((await outcomeOf(described, summary('Cabinet decides in March'))).outcome).toBe(
      'passed',
    );
    expect((await outcomeOf(described, summary('TBC.'))).outcome).toBe('needs-review');
    expect((await outcomeOf(described, summary(undefined, []))).outcome).toBe('needs-review');
    expect((await outcomeOf(described, summary())).outcome).toBe('flagged');
  });

  it("reads dates in the project's time zone, never the machine's", async () => {
    const today = rule({
      define: {
        startedToday: {
          measure: 'count',
          of: 'activities',
          where: { field: 'start', onOrAfter: 'today' },
        },
      },
      conditions: { all: [{ fact: 'startedToday', operator: 'greaterThan', value: 0 }] },
    });
    const at = (timeZone: string) =>
      project({
        timeZone,
        activities: [
          {
            id: 'a-1',
            kind: 'online',
            title: 'Late call',
            start: '2026-11-19T23:30:00+00:00',
            end: '2026-11-19T23:50:00+00:00',
          },
        ],
      });
    // 00:10 on 20 November in London: the call was yesterday; in Tokyo it is
    // the afternoon of the 20th and the call was this morning.
    const now = '2026-11-20T00:10:00Z';
    expect((await outcomeOf(today, at('Europe/London'), now)).outcome).toBe('passed');
    expect((await outcomeOf(today, at('Asia/Tokyo'), now)).outcome).toBe('flagged');
  });
});

describe('date comparisons', () => {
  /** How many records of a collection the filter keeps, read back through the one condition that holds. */
  async function keptBy(input: ProjectInput, of: string, where: Record<string, unknown>) {
    for (let n = 0; n <= 5; n++) {
      const r = rule({
        define: { kept: { measure: 'count', of, where } },
        conditions: { all: [{ fact: 'kept', operator: 'equal', value: n }] },
      });
      const report = await check(parseProject(input), {
        rules: createRuleSet({ extends: [], customRules: [r] }),
        now: NOW,
      });
      if (report.outcomes[0]?.outcome === 'flagged') return n;
    }
    return undefined;
  }

  // Today is 20 November 2026. Five claims, one a day from the 18th to the
  // 22nd, each offered the day before it was claimed.
  const days = [18, 19, 20, 21, 22];
  const ledger = project({
    group: { members: members(['m-1', ['resident']]) },
    reciprocity: days.map((day, i) => ({
      id: `rx-${i}`,
      memberId: 'm-1',
      kind: 'expenses' as const,
      status: 'received' as const,
      offeredOn: `2026-11-${day - 1}`,
      claimedOn: `2026-11-${day}`,
    })),
  });
  const keeps: Record<string, (claim: number, operand: number) => boolean> = {
    before: (c, o) => c < o,
    onOrBefore: (c, o) => c <= o,
    after: (c, o) => c > o,
    onOrAfter: (c, o) => c >= o,
  };
  // Each operand and the day it names; the offer plus one day is the claim's own day.
  const operands: [string, unknown, (claim: number) => number][] = [
    ['today', 'today', () => 20],
    ['now, on a date', 'now', () => 20],
    ['days ago', { daysAgo: 1 }, () => 19],
    ['days ahead', { daysAhead: 1 }, () => 21],
    ['a date', '2026-11-21', () => 21],
    ['another field, plus days', { field: 'offeredOn', plusDays: 1 }, (claim) => claim],
  ];
  for (const [operator, keep] of Object.entries(keeps)) {
    it.each(operands)(
      `"${operator}" %s keeps the claims on the days it says`,
      async (_, operand, dayOf) => {
        const expected = days.filter((claim) => keep(claim, dayOf(claim))).length;
        expect(
          await keptBy(ledger, 'reciprocity', { field: 'claimedOn', [operator]: operand }),
        ).toBe(expected);
      },
    );
  }

  it('compares a date-time with "now" to the minute', async () => {
    const calls = project({
      activities: ['11:59', '12:00', '12:01'].map((time, i) => ({
        id: `a-${i}`,
        kind: 'online' as const,
        title: 'Call',
        start: `2026-11-20T${time}:00+00:00`,
        end: '2026-11-20T13:00:00+00:00',
      })),
    });
    const kept = (operator: string) =>
      keptBy(calls, 'activities', { field: 'start', [operator]: 'now' });
    expect(await kept('before')).toBe(1);
    expect(await kept('onOrBefore')).toBe(2);
    expect(await kept('after')).toBe(1);
    expect(await kept('onOrAfter')).toBe(2);
  });
});

describe('"text" on a list of text', () => {
  const unskilled = rule({
    scope: 'member',
    define: {
      withoutSkills: {
        measure: 'count',
        of: 'members',
        where: { field: 'skills', text: 'present' },
        groupBy: 'id',
        flag: { equal: 0 },
      },
      placeholderSkills: {
        measure: 'count',
        of: 'members',
        where: { field: 'skills', text: 'placeholder' },
      },
    },
    conditions: { all: [{ fact: 'withoutSkills', operator: 'notEmpty', value: true }] },
    subjects: { fact: 'withoutSkills' },
    messages: {
      flagged: '{subject} has no skills in real words.',
      action: 'Ask them.',
    },
  });

  it('counts a list as real words only when some item holds them', async () => {
    const { outcome, issues } = await outcomeOf(
      unskilled,
      project({
        group: {
          members: members(
            ['m-1', ['resident'], { skills: ['tbc', 'Cooking'] }],
            ['m-2', ['resident'], { skills: ['TBC.', 'n/a'] }],
            ['m-3', ['resident'], { skills: [] }],
            ['m-4', ['resident']],
          ),
        },
      }),
    );
    expect(outcome).toBe('flagged');
    expect(issues.map((i) => i.message)).toEqual([
      'Person m-2 has no skills in real words.',
      'Person m-3 has no skills in real words.',
      'Person m-4 has no skills in real words.',
    ]);
  });

  it('tells a list of placeholders from an empty or missing one', async () => {
    const placeholders = rule({
      define: {
        placeholderSkills: {
          measure: 'count',
          of: 'members',
          where: { field: 'skills', text: ['placeholder'] },
        },
      },
      conditions: { all: [{ fact: 'placeholderSkills', operator: 'equal', value: 1 }] },
    });
    const withSkills = (...lists: (string[] | undefined)[]) =>
      project({
        group: {
          members: members(
            ...lists.map(
              (skills, i) =>
                [`m-${i + 1}`, ['resident'], skills ? { skills } : {}] as [
                  string,
                  MemberInput['roles'],
                  Partial<MemberInput>,
                ],
            ),
          ),
        },
      });
    expect((await outcomeOf(placeholders, withSkills(['tbc'], [], undefined))).outcome).toBe(
      'flagged',
    );
    expect((await outcomeOf(placeholders, withSkills(['tbc', 'Art'], []))).outcome).toBe('passed');
  });

  it('is refused when the rules load on a list of anything but text', () => {
    const error = refused({
      extends: [],
      customRules: [
        rule({
          define: {
            x: { measure: 'count', of: 'members', where: { field: 'roles', text: 'present' } },
          },
        }),
      ],
    });
    expect(error.problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      [
        'customRules.0.define.x.where.text',
        '"text" compares free text or a list of text, but this is a list of one of "resident", "lived-experience", "carer", "young-person", "staff", "councillor", "partner", "other"',
      ],
    ]);
  });
});

describe('two rules may use the same name for different measures', () => {
  it('keeps each rule to its own definition', async () => {
    const a = rule({
      id: 'rule-a',
      define: { x: { measure: 'count', of: 'members' } },
      conditions: { all: [{ fact: 'x', operator: 'equal', value: 2 }] },
    });
    const b = rule({
      id: 'rule-b',
      define: { x: { measure: 'count', of: 'decisions' } },
      conditions: { all: [{ fact: 'x', operator: 'equal', value: 2 }] },
    });
    const report = await check(
      parseProject(
        project({
          group: {
            requiredPerspectives: [],
            members: members(['m-1', ['resident']], ['m-2', ['staff']]),
          },
        }),
      ),
      { rules: createRuleSet({ extends: [], customRules: [a, b] }), now: NOW },
    );
    expect(report.outcomes.map((o) => [o.ruleId, o.outcome])).toEqual([
      ['rule-a', 'flagged'],
      ['rule-b', 'passed'],
    ]);
  });
});

describe('following references and flattened lists', () => {
  const communityLed = rule({
    define: {
      ledByCommunity: {
        measure: 'count',
        of: 'activities',
        where: { field: 'chairedBy', refersTo: { field: 'staffSide', equal: false } },
      },
    },
    conditions: { all: [{ fact: 'ledByCommunity', operator: 'equal', value: 0 }] },
  });
  const session = (id: string, chairedBy: string[]) => ({
    id,
    kind: 'workshop' as const,
    title: `Meeting ${id}`,
    start: '2026-11-10T10:00:00+00:00',
    end: '2026-11-10T12:00:00+00:00',
    chairedBy,
  });
  const group = {
    requiredPerspectives: [],
    members: members(
      [
        'm-1',
        ['resident'],
        { represents: [{ group: 'Tenants', connection: 'Chairs its meetings' }] },
      ],
      ['m-2', ['staff'], { represents: [{ group: 'Housing team' }] }],
    ),
  };

  it('refersTo reads the fields of the member an id names', async () => {
    const byStaff = project({ group, activities: [session('a-1', ['m-2'])] });
    const byResident = project({ group, activities: [session('a-1', ['m-2', 'm-1'])] });
    expect((await outcomeOf(communityLed, byStaff)).outcome).toBe('flagged');
    expect((await outcomeOf(communityLed, byResident)).outcome).toBe('passed');
  });

  it('refersTo is refused on a field that names no records', () => {
    const error = refused({
      extends: [],
      customRules: [
        rule({
          define: {
            x: {
              measure: 'count',
              of: 'activities',
              where: { field: 'title', refersTo: { field: 'staffSide', equal: false } },
            },
          },
        }),
      ],
    });
    expect(error.problems.map((p) => p.path.join('.'))).toEqual([
      'customRules.0.define.x.where.refersTo',
    ]);
  });

  it('representations lists every group each member speaks for, with its member', async () => {
    const untested = rule({
      scope: 'member',
      define: {
        untestedLinks: {
          measure: 'count',
          of: 'representations',
          where: { field: 'connection', present: false },
          groupBy: 'memberId',
          flag: { greaterThan: 0 },
        },
      },
      conditions: { all: [{ fact: 'untestedLinks', operator: 'notEmpty', value: true }] },
      subjects: { fact: 'untestedLinks' },
      messages: { flagged: '{subject} has {value} untested links.', action: 'Ask.' },
    });
    const { outcome, issues } = await outcomeOf(untested, project({ group }));
    expect(outcome).toBe('flagged');
    expect(issues.map((i) => i.message)).toEqual(['Person m-2 has 1 untested links.']);
  });
});

describe('"is there any?" in a choose', () => {
  const anyCommunity = (test: Record<string, number>) =>
    rule({
      define: {
        hasCommunity: {
          measure: 'choose',
          cases: [
            {
              when: {
                measure: {
                  measure: 'count',
                  of: 'members',
                  where: { field: 'staffSide', equal: false },
                },
                ...test,
              },
              value: true,
            },
          ],
          otherwise: false,
        },
      },
      conditions: { all: [{ fact: 'hasCommunity', operator: 'equal', value: false }] },
    });
  const staffOnly = project({
    group: { requiredPerspectives: [], members: members(['s-1', ['staff']]) },
  });
  const withResident = project({
    group: {
      requiredPerspectives: [],
      members: members(['s-1', ['staff']], ['m-1', ['resident']]),
    },
  });

  it('gives the same answer as counting, whichever way it is written', async () => {
    for (const test of [{ greaterThan: 0 }, { greaterThanInclusive: 1 }, { greaterThan: 0.5 }]) {
      expect((await outcomeOf(anyCommunity(test), staffOnly)).outcome).toBe('flagged');
      expect((await outcomeOf(anyCommunity(test), withResident)).outcome).toBe('passed');
    }
    expect((await outcomeOf(anyCommunity({ greaterThan: 1 }), withResident)).outcome).toBe(
      'flagged',
    );
  });
});

describe('checked when the rules load', () => {
  const problemsOf = (define: unknown, extra: Partial<Record<keyof RuleFile, unknown>> = {}) =>
    refused({ extends: [], customRules: [rule({ define, ...extra })] }).problems.map((p) => ({
      path: p.path.join('.'),
      message: p.message,
      ruleId: p.ruleId,
    }));

  it('names an unknown collection or field, with the one meant', () => {
    expect(problemsOf({ x: { measure: 'count', of: 'membrs' } })).toEqual([
      {
        path: 'customRules.0.define.x.of',
        message: 'unknown collection "membrs"; did you mean "members"?',
        ruleId: 'council-rule',
      },
    ]);
    expect(
      problemsOf({
        x: { measure: 'count', of: 'members', where: { field: 'activ', equal: true } },
      }),
    ).toEqual([
      {
        path: 'customRules.0.define.x.where.field',
        message: 'unknown field "activ" of members; did you mean "active"?',
        ruleId: 'council-rule',
      },
    ]);
  });

  it('checks values against the model: an enum word, a comparison that fits the field', () => {
    const [wrongWord] = problemsOf({
      x: {
        measure: 'count',
        of: 'decisions',
        where: { field: 'influence', in: ['consult', 'empowr'] },
      },
    });
    expect(wrongWord?.path).toBe('customRules.0.define.x.where.in.1');
    expect(wrongWord?.message).toMatch(/"empowr" is not one of .*did you mean "empower"\?/);
    const [wrongKind] = problemsOf({
      x: { measure: 'count', of: 'members', where: { field: 'displayName', greaterThan: 3 } },
    });
    expect(wrongKind?.message).toBe('"greaterThan" compares numbers, but this is text');
  });

  it('names the parameter a wrong value came from', () => {
    const [problem] = problemsOf(
      {
        x: {
          measure: 'count',
          of: 'decisions',
          where: { field: 'influence', equal: { param: 'level' } },
        },
      },
      { parameters: { level: { type: 'string', default: 'loud', description: 'A level.' } } },
    );
    expect(problem?.message).toMatch(/^\(from the parameter "level"\) "loud" is not one of/);
    const [unknown] = problemsOf({
      x: { measure: 'count', of: 'members', where: { field: 'active', equal: { param: 'nope' } } },
    });
    expect(unknown?.message).toBe('unknown parameter "nope": there are no parameters here');
  });

  it('suggests the key meant when a key of the language is mistyped', () => {
    const [problem] = problemsOf({ x: { measure: 'count', of: 'members', wher: {} } });
    expect(problem).toMatchObject({
      path: 'customRules.0.define.x.wher',
      message: 'unknown key "wher"; did you mean "where"?',
    });
  });

  it('refuses prototype keys in paths and as names', () => {
    expect(
      problemsOf({
        x: { measure: 'count', of: 'members', where: { field: 'constructor', present: true } },
      })[0]?.message,
    ).toMatch(/must not use "__proto__", "constructor", "prototype"/);
    expect(problemsOf({ x: { measure: 'value', field: 'purpose.__proto__' } })[0]?.path).toBe(
      'customRules.0.define.x.field',
    );
  });

  it('refuses a name that would hide a fact of the catalogue', () => {
    expect(problemsOf({ ideaCount: { measure: 'count', of: 'ideas' } })[0]?.message).toBe(
      '"ideaCount" is already a fact of the catalogue: give the declared fact another name',
    );
  });

  it('bounds the work: nesting, leaves, and measures per record', () => {
    let deep: Record<string, unknown> = { field: 'active', equal: true };
    for (let i = 0; i < DECLARATIVE_LIMITS.maxFilterDepth; i++) deep = { not: deep };
    expect(problemsOf({ x: { measure: 'count', of: 'members', where: deep } })[0]?.message).toBe(
      `filters nest more than ${DECLARATIVE_LIMITS.maxFilterDepth} levels deep`,
    );
    const many = Array.from({ length: DECLARATIVE_LIMITS.maxLeaves + 1 }, () => ({
      field: 'active',
      equal: true,
    }));
    const wide = problemsOf({
      x: {
        measure: 'count',
        of: 'members',
        where: { any: [{ all: many.slice(0, 17) }, { all: many.slice(17) }] },
      },
    });
    expect(wide.map((p) => p.message)).toContain(
      `a declared fact may test at most ${DECLARATIVE_LIMITS.maxLeaves} conditions`,
    );
    const perRecord = problemsOf({
      x: {
        measure: 'count',
        of: 'members',
        where: { measure: { measure: 'count', of: 'attendance' }, greaterThan: 0 },
      },
    });
    expect(perRecord[0]?.message).toMatch(/^a measure can be tested only in a "choose" case/);
    const nested = problemsOf({
      x: {
        measure: 'choose',
        cases: [
          {
            when: {
              measure: {
                measure: 'count',
                of: 'members',
                where: { measure: { measure: 'count', of: 'ideas' }, greaterThan: 0 },
              },
              greaterThan: 0,
            },
            value: true,
          },
        ],
        otherwise: false,
      },
    });
    expect(nested[0]?.message).toBe('a measure inside a measure may not hold another measure');
  });

  it('refuses too many declared facts in one rule', () => {
    const define = Object.fromEntries(
      Array.from({ length: DECLARATIVE_LIMITS.maxDefinitions + 1 }, (_, i) => [
        `f${i}`,
        { measure: 'count', of: 'members' },
      ]),
    );
    expect(problemsOf(define)[0]?.message).toBe(
      `may declare at most ${DECLARATIVE_LIMITS.maxDefinitions} facts`,
    );
  });

  it('checks a grouped measure: a subject field, and a flag', () => {
    expect(
      problemsOf(
        { x: { measure: 'count', of: 'attendance', groupBy: 'contributions', flag: { equal: 0 } } },
        { scope: 'member' },
      )[0]?.message,
    ).toMatch(/^"contributions" is a whole number: group by a field that names a member/);
    expect(
      problemsOf(
        { x: { measure: 'count', of: 'attendance', groupBy: 'memberId' } },
        { scope: 'member' },
      )[0]?.message,
    ).toMatch(/^a grouped measure needs "flag"/);
  });
});

describe('collections', () => {
  // Read from the published JSON Schema, not the model's code, so a collection
  // that names one place for its records and reads the fields of another fails.
  const projectSchema = JSON.parse(
    readFileSync(new URL('../../schemas/project.schema.json', import.meta.url), 'utf8'),
  ) as JsonNode;

  it("each collection's pointer names a list of the project, whose records have the collection's fields", () => {
    const lists = COLLECTIONS.filter((c) => c.pointer !== '');
    expect(lists.length).toBeGreaterThan(10);
    for (const collection of lists) {
      let node: JsonNode | undefined = projectSchema;
      for (const key of collection.pointer.slice(1).split('/')) node = node?.properties?.[key];
      expect(node?.type, collection.name).toBe('array');
      // Derived fields and flattened rows (attendance, representations) are the library's own.
      if (Object.keys(collection.derived).length > 0) continue;
      expect(Object.keys(collection.fields).sort(), collection.name).toEqual(
        Object.keys(node?.items?.properties ?? {}).sort(),
      );
    }
  });

  it('counts the records its pointer names', async () => {
    // A project with records in every list, so a collection that reads one list
    // and points to another is caught by the count.
    const document = JSON.parse(
      readFileSync(new URL('../../examples/projects/well-run.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const simple = COLLECTIONS.filter(
      (c) => c.pointer !== '' && Object.keys(c.derived).length === 0,
    );
    for (const collection of simple) {
      let list: unknown = document;
      for (const key of collection.pointer.slice(1).split('/'))
        list = (list as Record<string, unknown>)[key];
      expect(Array.isArray(list) && list.length > 0, collection.name).toBe(true);
      const counted = rule({
        define: { x: { measure: 'count', of: collection.name } },
        conditions: {
          all: [{ fact: 'x', operator: 'notEqual', value: (list as unknown[]).length }],
        },
      });
      const { outcome } = await outcomeOf(counted, document as ProjectInput);
      expect(outcome, collection.name).toBe('passed');
    }
  });
});
