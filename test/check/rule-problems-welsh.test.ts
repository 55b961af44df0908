import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CoproduceError, createRuleSet, isCoproduceError } from '../../src/index.js';
import { problemMessage } from '../../src/report/index.js';
import { renderProblem } from '../../src/report/problem-catalogue.js';
import { run } from '../cli/helpers.js';

/** A custom rule of the council's own, with the real fact catalogue. */
function rule(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'council-rule',
    set: 'council',
    version: 1,
    title: 'A council rule',
    questions: ['during.everyone-contributes'],
    section: 'During co-production',
    scope: 'project',
    severity: 'warning',
    conditions: { all: [{ fact: 'activeMemberCount', operator: 'lessThan', value: 3 }] },
    messages: { flagged: 'Only {activeMemberCount} members.', action: 'Invite more.' },
    rationale: 'A group needs people.',
    ...overrides,
  };
}

function refused(...rules: Record<string, unknown>[]): CoproduceError {
  try {
    createRuleSet({ extends: [], customRules: rules as never });
  } catch (error) {
    if (isCoproduceError(error)) return error;
    throw error;
  }
  throw new Error('expected the rule set to be refused');
}

/** Each problem as an English reader and a Welsh reader see it. */
function said(error: CoproduceError): { en: string; cy: string; code: string | undefined }[] {
  return error.problems.map((p) => ({
    code: p.code,
    en: problemMessage(p, 'en-GB'),
    cy: problemMessage(p, 'cy'),
  }));
}

describe('problems in a rule’s conditions, subjects, facts and texts are said in Welsh', () => {
  it('an operator that cannot test its fact, or compare with a fact of another type', () => {
    const error = refused(
      rule({
        conditions: {
          all: [
            { fact: 'activeMemberCount', operator: 'shareAbove', value: 0.5 },
            { fact: 'activeMemberCount', operator: 'notEmpty', value: { fact: 'agreementCount' } },
            {
              fact: 'activeMemberCount',
              operator: 'greaterThan',
              value: { fact: 'agreementTopics' },
            },
          ],
        },
      }),
    );
    expect(said(error)).toEqual([
      {
        code: 'operator-fact-type',
        en: '"shareAbove" cannot test the fact "activeMemberCount", which is number: it tests share',
        cy: 'ni all "shareAbove" brofi’r ffaith "activeMemberCount", sy’n number: mae’n profi share',
      },
      {
        code: 'operator-fact-type',
        en: '"notEmpty" cannot test the fact "activeMemberCount", which is number: it tests string-list, findings, string',
        cy: 'ni all "notEmpty" brofi’r ffaith "activeMemberCount", sy’n number: mae’n profi string-list, findings, string',
      },
      {
        code: 'operator-true-not-fact',
        en: '"notEmpty" needs the value true, not a fact',
        cy: 'mae "notEmpty" angen y gwerth true, nid ffaith',
      },
      {
        code: 'operator-value-fact-type',
        en: '"greaterThan" cannot compare with the fact "agreementTopics", which is string-list',
        cy: 'ni all "greaterThan" gymharu â’r ffaith "agreementTopics", sy’n string-list',
      },
    ]);
  });

  it('subjects of the wrong kind or scope, and facts listed for messages by mistake', () => {
    const error = refused(
      rule({ id: 'no-subjects', scope: 'member' }),
      rule({ id: 'project-with-subjects', subjects: { fact: 'agreementsNotCoCreated' } }),
      rule({
        id: 'wrong-subjects',
        scope: 'decision',
        subjects: { fact: 'activeMemberCount' },
        facts: [
          { fact: 'activeMemberCount' },
          { fact: 'agreementCount' },
          { fact: 'agreementCount' },
        ],
      }),
      rule({
        id: 'wrong-scope',
        scope: 'decision',
        subjects: { fact: 'agreementsNotCoCreated' },
        conditions: {
          all: [{ fact: 'agreementsNotCoCreated', operator: 'notEmpty', value: true }],
        },
        messages: { flagged: '{subject} was not made together.', action: 'Agree it together.' },
      }),
      rule({
        id: 'unused-subjects',
        scope: 'decision',
        subjects: { fact: 'decisionsUnexplained' },
      }),
    );
    // In the order of the rules' ids, then of each rule's parts.
    expect(said(error)).toEqual([
      {
        code: 'subjects-missing',
        en: 'a member rule must name its findings fact in "subjects": { "fact": ... }',
        cy: 'rhaid i reol member enwi ei ffaith canfyddiadau yn "subjects": { "fact": ... }',
      },
      {
        code: 'subjects-not-allowed',
        en: 'a project rule has no subjects: remove "subjects" or give the rule a subject scope',
        cy: 'nid oes testunau gan reol project: tynnwch "subjects" neu rhowch gwmpas testun i’r rheol',
      },
      {
        code: 'subjects-not-in-conditions',
        en: 'the fact "decisionsUnexplained" must be used in the conditions, which give its parameters',
        cy: 'rhaid defnyddio’r ffaith "decisionsUnexplained" yn yr amodau, sy’n rhoi ei pharamedrau',
      },
      {
        code: 'fact-scope',
        en: 'the fact "agreementsNotCoCreated" finds agreement subjects, but the rule\'s scope is "decision"',
        cy: 'mae’r ffaith "agreementsNotCoCreated" yn canfod testunau agreement, ond cwmpas y rheol yw "decision"',
      },
      {
        code: 'fact-scope',
        en: 'the fact "agreementsNotCoCreated" finds agreement subjects, but the rule\'s scope is "decision"',
        cy: 'mae’r ffaith "agreementsNotCoCreated" yn canfod testunau agreement, ond cwmpas y rheol yw "decision"',
      },
      {
        code: 'subjects-not-findings',
        en: 'the fact "activeMemberCount" is number, not a findings fact',
        cy: 'mae’r ffaith "activeMemberCount" yn number, nid yn ffaith canfyddiadau',
      },
      {
        code: 'message-fact-in-conditions',
        en: 'the conditions already read the fact "activeMemberCount", so messages can use it: remove it from "facts"',
        cy: 'mae’r amodau eisoes yn darllen y ffaith "activeMemberCount", felly gall negeseuon ei defnyddio: tynnwch hi o "facts"',
      },
      {
        code: 'message-fact-twice',
        en: 'the fact "agreementCount" is listed twice in "facts": a message can show only one value for it',
        cy: 'mae’r ffaith "agreementCount" wedi’i rhestru ddwywaith yn "facts": dim ond un gwerth iddi y gall neges ei ddangos',
      },
    ]);
  });

  it('a placeholder the rule’s texts cannot fill, with a guess', () => {
    const error = refused(
      rule({
        title: 'Fewer than {limt}',
        messages: { flagged: 'Only {activeMemberCuont} members.', action: 'Invite more.' },
      }),
    );
    expect(said(error)).toEqual([
      {
        code: 'unknown-placeholder',
        en: 'unknown placeholder "{activeMemberCuont}": use a parameter, {subject}, a key of the findings data, or a fact the rule reads in its conditions or lists in "facts"; did you mean "activeMemberCount"?',
        cy: 'dalfan anhysbys "{activeMemberCuont}": defnyddiwch baramedr, {subject}, allwedd o ddata’r canfyddiadau, neu ffaith y mae’r rheol yn ei darllen yn ei hamodau neu’n ei rhestru yn "facts"; ai "activeMemberCount" oedd dan sylw?',
      },
      {
        code: 'unknown-placeholder-title',
        en: 'unknown placeholder "{limt}": a title may only use parameters',
        cy: 'dalfan anhysbys "{limt}": dim ond paramedrau y caiff teitl eu defnyddio',
      },
    ]);
  });
});

describe('mistakes in a message’s placeholders are said in Welsh', () => {
  it('gives each a code, with English as before', () => {
    const error = refused(
      rule({
        messages: {
          flagged:
            'Only {activeMemberCount:count} {1x} {activeMemberCount:percent:x} {activeMemberCount:shout} {activeMemberCount:count:a :b} }.',
          action: 'Invite more.',
        },
      }),
    );
    for (const p of error.problems) expect(problemMessage(p, 'en-GB')).toBe(p.message);
    expect(said(error).map(({ code, cy }) => ({ code, cy }))).toEqual([
      {
        code: 'placeholder-count-nouns',
        cy: '"{activeMemberCount:count}": mae’r fformat "count" angen enw unigol ac enw lluosog, a gall ychwanegu’r geiriau am ddim un, fel {activeMemberCount:count:cyfarfod:cyfarfod} neu {activeMemberCount:count:cyfarfod:cyfarfod:dim cyfarfodydd}',
      },
      {
        code: 'placeholder-not-name',
        cy: 'nid yw "{1x}" yn ddalfan: defnyddiwch {enw} neu {enw:fformat}',
      },
      {
        code: 'placeholder-no-arguments',
        cy: '"{activeMemberCount:percent:x}": nid yw’r fformat "percent" yn cymryd dadleuon, defnyddiwch {activeMemberCount:percent}',
      },
      {
        code: 'placeholder-unknown-format',
        cy: 'mae "{activeMemberCount:shout}" yn gofyn am y fformat anhysbys "shout": defnyddiwch "percent", "list", "orList", "date", "count", "days", "time"',
      },
      {
        code: 'placeholder-count-words',
        cy: '"{activeMemberCount:count:a :b}": rhaid i bob enw yn "count" fod yn air neu’n eiriau, heb fylchau ar y naill ben na’r llall',
      },
      { code: 'placeholder-stray-brace', cy: 'mae ganddo "{" neu "}" nad yw’n perthyn i ddalfan' },
    ]);
  });

  it('a fact parameter written with a value the fact cannot take', () => {
    const error = refused(
      rule({
        conditions: {
          all: [
            {
              fact: 'accessGaps',
              params: { recentDays: 'ninety' },
              operator: 'notEmpty',
              value: true,
            },
          ],
        },
      }),
    );
    const [problem] = said(error);
    expect(problem?.code).toBe('whole-number');
    expect(problem?.en).toContain('must be a whole number');
    expect(problem?.cy).not.toContain('must be');
    expect(problem?.cy).toContain('rhif cyfan');
  });
});

/** Each coded problem's English template gives its message, so the catalogue cannot drift from the code. */
function englishFromCode(error: CoproduceError): void {
  for (const p of error.problems) {
    expect(renderProblem(p.code as string, p.params ?? {}, 'en-GB'), p.message).toBe(p.message);
  }
}

describe('a condition’s values and its facts’ parameters are said in Welsh', () => {
  it('a value of the wrong kind for its operator, written or from a parameter', () => {
    const error = refused(
      rule({
        parameters: {
          fewest: { type: 'string', default: 'three', description: 'Fewest members.' },
        },
        conditions: {
          all: [
            { fact: 'activeMemberCount', operator: 'lessThan', value: 'three' },
            { fact: 'activeMemberCount', operator: 'lessThan', value: { param: 'fewest' } },
          ],
        },
      }),
    );
    englishFromCode(error);
    expect(said(error)).toEqual([
      {
        code: 'condition-value',
        en: 'must be a number for "lessThan"',
        cy: 'rhaid iddo fod yn rhif ar gyfer "lessThan"',
      },
      {
        code: 'condition-value',
        en: '(from the parameter "fewest") must be a number for "lessThan"',
        cy: '(o’r paramedr "fewest") rhaid iddo fod yn rhif ar gyfer "lessThan"',
      },
    ]);
  });

  it('a fact parameter from a rule parameter whose value the fact cannot take', () => {
    const error = refused(
      rule({
        parameters: {
          days: { type: 'integer', default: -5, description: 'Days to look back.' },
        },
        conditions: {
          all: [
            {
              fact: 'accessGaps',
              params: { recentDays: { param: 'days' } },
              operator: 'notEmpty',
              value: true,
            },
          ],
        },
      }),
    );
    englishFromCode(error);
    const [problem] = said(error);
    expect(problem?.en).toMatch(/^\(from the parameter "days"\) must be at least/);
    expect(problem?.cy).toMatch(/^\(o’r paramedr "days"\) rhaid iddo fod yn .* o leiaf$/);
    expect(problem?.code).toBe('too-small');
  });

  it('parameters a fact or rule does not have, of the wrong type, or missing', () => {
    const error = refused(
      rule({
        parameters: {
          note: { type: 'string', default: 'x', description: 'A note.' },
        },
        conditions: {
          all: [
            { fact: 'activeMemberCount', params: { top: 3 }, operator: 'lessThan', value: 3 },
            {
              fact: 'accessGaps',
              params: { recentDays: 90, since: 3 },
              operator: 'notEmpty',
              value: true,
            },
            {
              fact: 'accessGaps',
              params: { recentDays: { param: 'note' } },
              operator: 'notEmpty',
              value: true,
            },
            { fact: 'accessGaps', operator: 'notEmpty', value: true },
            { fact: 'activeMemberCount', operator: 'lessThan', value: { param: 'fewest' } },
          ],
        },
      }),
      rule({
        id: 'no-parameters',
        conditions: {
          all: [{ fact: 'activeMemberCount', operator: 'lessThan', value: { param: 'fewest' } }],
        },
      }),
    );
    // accessGaps finds members, which this project rule also hears about; not the point here.
    englishFromCode(error);
    expect(said(error).filter((p) => p.code !== 'fact-scope')).toEqual([
      {
        code: 'fact-no-parameters',
        en: 'the fact "activeMemberCount" takes no parameters',
        cy: 'nid yw’r ffaith "activeMemberCount" yn cymryd paramedrau',
      },
      {
        code: 'unknown-fact-parameter',
        en: 'unknown parameter "since" of the fact "accessGaps": it takes "recentDays"',
        cy: 'paramedr anhysbys "since" i’r ffaith "accessGaps": mae’n cymryd "recentDays"',
      },
      {
        code: 'fact-parameter-type',
        en: 'the parameter "note" is string, but the fact "accessGaps" needs integer for "recentDays"',
        cy: 'mae’r paramedr "note" yn string, ond mae’r ffaith "accessGaps" angen integer ar gyfer "recentDays"',
      },
      {
        code: 'fact-parameter-missing',
        en: 'the fact "accessGaps" needs the parameter "recentDays"',
        cy: 'mae’r ffaith "accessGaps" angen y paramedr "recentDays"',
      },
      {
        code: 'condition-unknown-parameter',
        en: 'unknown parameter "fewest": the rule has "note"',
        cy: 'paramedr anhysbys "fewest": mae gan y rheol "note"',
      },
      {
        code: 'condition-no-parameters',
        en: 'unknown parameter "fewest": the rule has no parameters',
        cy: 'paramedr anhysbys "fewest": nid oes gan y rheol baramedrau',
      },
    ]);
  });
});

/** A council rule whose condition reads the fact `x` it declares in `define`. */
function declared(define: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return rule({
    define,
    conditions: { all: [{ fact: 'x', operator: 'greaterThan', value: 0 }] },
    messages: { flagged: 'Something is wrong.', action: 'Put it right.' },
    ...extra,
  });
}

/** As {@link said}, each problem coded and its English template giving its message. */
function saidChecked(error: CoproduceError): ReturnType<typeof said> {
  for (const p of error.problems) expect(p.code, p.message).toBeDefined();
  englishFromCode(error);
  return said(error);
}

describe('a declared fact’s collections and fields are said in Welsh', () => {
  it('an unknown collection, with a guess or the list, and an unknown field with a guess', () => {
    const error = refused(
      declared({ x: { measure: 'count', of: 'membrs' } }),
      declared({ x: { measure: 'count', of: 'zzzzzz' } }, { id: 'no-guess' }),
      declared(
        { x: { measure: 'count', of: 'members', where: { field: 'displayNme', present: true } } },
        { id: 'field' },
      ),
    );
    // In the order of the rules’ ids.
    const [guessed, field, listed] = saidChecked(error);
    expect(guessed).toEqual({
      code: 'unknown-collection',
      en: 'unknown collection "membrs"; did you mean "members"?',
      cy: 'casgliad anhysbys "membrs"; ai "members" oedd dan sylw?',
    });
    expect(listed?.en).toMatch(/^unknown collection "zzzzzz": use one of .*members/);
    expect(listed?.cy).toMatch(/^casgliad anhysbys "zzzzzz": defnyddiwch un o .*members/);
    expect(field).toEqual({
      code: 'declared-unknown-field',
      en: 'unknown field "displayNme" of members; did you mean "displayName"?',
      cy: 'maes anhysbys "displayNme" yn members; ai "displayName" oedd dan sylw?',
    });
  });

  it('a comparison that does not suit its field, with a value from a parameter', () => {
    const error = refused(
      declared({
        x: { measure: 'count', of: 'members', where: { field: 'displayName', greaterThan: 3 } },
      }),
      declared(
        {
          x: {
            measure: 'count',
            of: 'decisions',
            where: { field: 'influence', equal: { param: 'level' } },
          },
        },
        {
          id: 'from-parameter',
          parameters: { level: { type: 'string', default: 'loud', description: 'A level.' } },
        },
      ),
      declared(
        {
          x: {
            measure: 'count',
            of: 'members',
            where: { field: 'active', equal: { param: 'nope' } },
          },
        },
        { id: 'no-parameters' },
      ),
    );
    const [kind, fromParameter, unknown] = saidChecked(error);
    expect(kind).toEqual({
      code: 'declared-compares',
      en: '"greaterThan" compares numbers, but this is text',
      cy: 'mae "greaterThan" yn cymharu rhifau, ond testun yw hwn',
    });
    expect(fromParameter?.code).toBe('declared-not-one-of');
    expect(fromParameter?.en).toMatch(/^\(from the parameter "level"\) "loud" is not one of "/);
    expect(fromParameter?.cy).toMatch(/^\(o’r paramedr "level"\) nid yw "loud" yn un o "/);
    expect(unknown).toEqual({
      code: 'declared-no-parameters',
      en: 'unknown parameter "nope": there are no parameters here',
      cy: 'paramedr anhysbys "nope": nid oes paramedrau yma',
    });
  });

  it('a measure of the wrong type of field, said with the field’s type in Welsh', () => {
    const error = refused(
      declared({ x: { measure: 'sum', of: 'members', field: 'displayName' } }),
      declared({ x: { measure: 'latest', of: 'members', field: 'roles' } }, { id: 'dates' }),
      declared({ x: { measure: 'max', of: 'members', field: 'joined' } }, { id: 'max-of-dates' }),
    );
    expect(saidChecked(error)).toEqual([
      {
        code: 'declared-adds-numbers',
        en: '"sum" adds up numbers, but "displayName" is text',
        cy: 'mae "sum" yn adio rhifau, ond testun yw "displayName"',
      },
      {
        code: 'declared-reads-dates',
        en: expect.stringMatching(/^"latest" reads dates, but "roles" is a list of one of "/),
        cy: expect.stringMatching(/^mae "latest" yn darllen dyddiadau, ond rhestr o un o "/),
      },
      {
        code: 'declared-adds-numbers.dates',
        en: '"max" adds up numbers, but "joined" is a date: use "latest", "earliest" or "age" for dates',
        cy: 'mae "max" yn adio rhifau, ond dyddiad yw "joined": defnyddiwch "latest", "earliest" neu "age" ar gyfer dyddiadau',
      },
    ]);
  });

  it('measures in the wrong place, grouping, and a "choose" of mixed kinds', () => {
    const error = refused(
      declared(
        {
          x: {
            measure: 'count',
            of: 'members',
            where: { measure: { measure: 'count', of: 'attendance' }, greaterThan: 0 },
          },
        },
        { id: 'a-per-record' },
      ),
      declared(
        { x: { measure: 'count', of: 'attendance', groupBy: 'contributions', flag: { equal: 0 } } },
        { id: 'b-group-by', scope: 'member' },
      ),
      declared(
        { x: { measure: 'count', of: 'attendance', groupBy: 'memberId' } },
        { id: 'c-no-flag', scope: 'member' },
      ),
      declared(
        { x: { measure: 'count', of: 'members', flag: { equal: 0 } } },
        { id: 'd-flag-alone' },
      ),
      declared(
        {
          x: {
            measure: 'choose',
            cases: [{ when: { field: 'id', present: true }, value: 1 }],
            otherwise: 'none',
          },
        },
        { id: 'e-choose' },
      ),
    );
    // The member rules name no subjects; that is another problem, said elsewhere.
    expect(saidChecked(error).filter((p) => p.code !== 'subjects-missing')).toEqual([
      {
        code: 'declared-measure-per-record',
        en: 'a measure can be tested only in a "choose" case, which is about the project as a whole: a measure per record would repeat the work for every record',
        cy: 'dim ond mewn achos "choose", sy’n ymwneud â’r prosiect cyfan, y gellir profi mesur: byddai mesur ar gyfer pob cofnod yn ailadrodd y gwaith ar gyfer pob cofnod',
      },
      {
        code: 'declared-group-by-type',
        en: '"contributions" is a whole number: group by a field that names a member or another record, such as "memberId", or by "id"',
        cy: 'rhif cyfan yw "contributions": grwpiwch yn ôl maes sy’n enwi aelod neu gofnod arall, fel "memberId", neu yn ôl "id"',
      },
      {
        code: 'declared-flag-missing',
        en: 'a grouped measure needs "flag": when a subject\'s value makes it flagged, like { "equal": 0 }',
        cy: 'mae mesur wedi’i grwpio angen "flag": pryd mae gwerth testun yn golygu ei nodi, fel { "equal": 0 }',
      },
      {
        code: 'declared-needs-group-by',
        en: '"flag" belongs with "groupBy"',
        cy: 'mae "flag" yn perthyn gyda "groupBy"',
      },
      {
        code: 'declared-choose-mixed',
        en: 'every case of a "choose" must give the same kind of value (or null), not number and string',
        cy: 'rhaid i bob achos o "choose" roi’r un math o werth (neu null), nid number a string',
      },
    ]);
  });
});

describe('the grammar of a declared fact and the names in a rule file are said in Welsh', () => {
  const count = (where: unknown) => ({ measure: 'count', of: 'decisions', where });

  it('every problem is coded, its English is the library’s message, and its Welsh has no English left', () => {
    const error = refused(
      rule({
        id: 'Council_Rule',
        parameters: { Days: { type: 'integer', default: 1, description: 'Days.' } },
        define: {
          Bad_Name: { measure: 'count', of: 'decisions' },
          noComparison: count({ field: 'status' }),
          twoComparisons: count({ field: 'status', equal: 'a', notEqual: 'b' }),
          badPath: count({ field: 'status..x', equal: 'a' }),
          badDate: {
            measure: 'count',
            of: 'activities',
            where: { field: 'start', before: 'soon' },
          },
          twoHeads: count({ field: 'status', all: [{ field: 'x', equal: 1 }] }),
          nothing: count({}),
          besideAll: count({ all: [{ field: 'x', equal: 1 }], equal: 2 }),
          checks: {
            measure: 'checklist',
            report: 'gaps',
            items: [{ label: 'x', text: 'purpose.what', present: 'purpose.why' }],
          },
          deepPath: count({ field: 'a.b.c.d.e.f.g', equal: 1 }),
          protoPath: count({ field: 'a.constructor', equal: 1 }),
        },
      }),
    );
    const problems = said(error);
    expect(problems.length).toBeGreaterThanOrEqual(13);
    for (const p of error.problems) {
      expect(p.code, p.message).toBeDefined();
      expect(renderProblem(p.code as string, p.params ?? {}, 'en-GB')).toBe(p.message);
    }
    const welsh = problems.map((p) => p.cy).join('\n');
    expect(welsh).toContain('rhaid i ddynodydd rheol fod mewn kebab-case');
    expect(welsh).toContain('rhaid i enw paramedr fod mewn camelCase');
    expect(welsh).toContain('mae angen un gymhariaeth ar y maes: equal, notEqual');
    expect(welsh).toContain('nid "equal" a "notEqual": defnyddiwch "all" i wneud sawl un');
    expect(welsh).toContain('dim ond un o "all" a "field" y caiff ei ddefnyddio');
    expect(welsh).toContain('rhaid iddo fod yn "today", "now" neu’n ddyddiad');
    expect(welsh).toContain('ni all fod â mwy na 6 rhan');
    expect(welsh).not.toMatch(
      /\b(must|needs|belongs|Invalid|segments|exactly|only one|the field|a rule id)\b/,
    );
  });

  it('validate --locale cy says a council rule file’s declared-fact problems in Welsh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coproduce-declared-'));
    writeFileSync(
      join(dir, 'council-rule.json'),
      JSON.stringify(
        rule({
          define: {
            noComparison: count({ field: 'status' }),
            badPath: count({ field: 'status..x', equal: 'a' }),
          },
        }),
      ),
    );
    writeFileSync(join(dir, 'other-name.json'), JSON.stringify(rule({})));
    const cy = await run(['validate', 'council-rule.json', 'other-name.json', '--locale', 'cy'], {
      cwd: dir,
    });
    expect(cy.code).toBe(2);
    expect(cy.stdout + cy.stderr).toContain('mae angen un gymhariaeth ar y maes');
    expect(cy.stdout + cy.stderr).toContain(
      'rhaid iddo fod yn llwybr o enwau meysydd gyda dotiau, fel "governance.route"',
    );
    expect(cy.stdout + cy.stderr).toContain(
      'rhaid i’r dynodydd "council-rule" gyfateb i enw’r ffeil "other-name.json"',
    );
    expect(cy.stdout + cy.stderr).not.toMatch(/\b(must|needs one comparison|file name)\b/);
  });

  it('an unknown preset is said in Welsh, with the presets to choose from', () => {
    let error: unknown;
    try {
      createRuleSet({ extends: ['coproduce:nope'] });
    } catch (caught) {
      error = caught;
    }
    const [p] = (error as CoproduceError).problems;
    expect(p?.code).toBe('unknown-preset');
    expect(problemMessage(p!, 'en-GB')).toBe(
      'unknown preset "coproduce:nope": use "coproduce:all", "coproduce:recommended" or "coproduce:six-principles"',
    );
    expect(problemMessage(p!, 'cy')).toBe(
      'rhagosodiad anhysbys "coproduce:nope": defnyddiwch "coproduce:all", "coproduce:recommended" neu "coproduce:six-principles"',
    );
  });
});
