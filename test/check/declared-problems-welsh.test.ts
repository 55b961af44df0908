/**
 * The problems a council's rule author sees in a rule's declared facts
 * (`define`) carry a code and values, so they read in Welsh too, while the
 * English stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { type CoproduceError, createRuleSet, isCoproduceError } from '../../src/index.js';
import { problemMessage } from '../../src/report/index.js';
import { renderProblem } from '../../src/report/problem-catalogue.js';

function rule(define: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    id: 'council-rule',
    set: 'council',
    version: 1,
    title: 'A council rule',
    questions: ['during.everyone-contributes'],
    section: 'During co-production',
    scope: 'project',
    severity: 'warning',
    define,
    conditions: { all: [{ fact: 'x', operator: 'greaterThan', value: 0 }] },
    messages: { flagged: 'Something is wrong.', action: 'Put it right.' },
    rationale: 'Because.',
    ...extra,
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

/** Each problem's code, and its words in English and Welsh; the English template must give the message. */
function said(error: CoproduceError): { code: string | undefined; en: string; cy: string }[] {
  return error.problems.map((p) => {
    expect(p.code, p.message).toBeDefined();
    expect(renderProblem(p.code as string, p.params ?? {}, 'en-GB')).toBe(p.message);
    return { code: p.code, en: problemMessage(p, 'en-GB'), cy: problemMessage(p, 'cy') };
  });
}

describe('a declared fact’s collections and fields are said in Welsh', () => {
  it('an unknown collection, with a guess or the list, and an unknown field with a guess', () => {
    const error = refused(
      rule({ x: { measure: 'count', of: 'membrs' } }),
      rule({ x: { measure: 'count', of: 'zzzzzz' } }, { id: 'no-guess' }),
      rule(
        { x: { measure: 'count', of: 'members', where: { field: 'displayNme', present: true } } },
        { id: 'field' },
      ),
    );
    // In the order of the rules’ ids.
    const [guessed, field, listed] = said(error);
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
      rule({
        x: { measure: 'count', of: 'members', where: { field: 'displayName', greaterThan: 3 } },
      }),
      rule(
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
      rule(
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
    const [kind, fromParameter, unknown] = said(error);
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
      rule({ x: { measure: 'sum', of: 'members', field: 'displayName' } }),
      rule({ x: { measure: 'latest', of: 'members', field: 'roles' } }, { id: 'dates' }),
    );
    expect(said(error)).toEqual([
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
    ]);
  });

  it('measures in the wrong place, grouping, and a "choose" of mixed kinds', () => {
    const error = refused(
      rule(
        {
          x: {
            measure: 'count',
            of: 'members',
            where: { measure: { measure: 'count', of: 'attendance' }, greaterThan: 0 },
          },
        },
        { id: 'a-per-record' },
      ),
      rule(
        { x: { measure: 'count', of: 'attendance', groupBy: 'contributions', flag: { equal: 0 } } },
        { id: 'b-group-by', scope: 'member' },
      ),
      rule(
        { x: { measure: 'count', of: 'attendance', groupBy: 'memberId' } },
        { id: 'c-no-flag', scope: 'member' },
      ),
      rule({ x: { measure: 'count', of: 'members', flag: { equal: 0 } } }, { id: 'd-flag-alone' }),
      rule(
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
    expect(said(error).filter((p) => p.code !== 'subjects-missing')).toEqual([
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
