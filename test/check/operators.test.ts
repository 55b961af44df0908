import { describe, expect, it } from 'vitest';
import { getOperator, OPERATORS, operatorEvaluators } from '../../src/check/operators.js';
import { calendarDateIn } from '../../src/time/zone.js';

const context = { today: '2025-06-02', timeZone: 'Europe/London' };
const evaluators = new Map(operatorEvaluators(context));
const op = (name: string) => {
  const evaluate = evaluators.get(name);
  if (!evaluate) throw new Error(`no operator ${name}`);
  return evaluate;
};

describe('operators', () => {
  it('has an evaluator and a description for every catalogued operator', () => {
    expect([...evaluators.keys()]).toEqual(OPERATORS.map((o) => o.name));
    for (const o of OPERATORS) expect(o.description.length).toBeGreaterThan(10);
    expect(getOperator('not:equal')).toBeUndefined();
  });

  it('tests emptiness of lists and text', () => {
    expect(op('notEmpty')(['a'], true)).toBe(true);
    expect(op('notEmpty')([], true)).toBe(false);
    expect(op('notEmpty')('', true)).toBe(false);
    expect(op('isEmpty')([], true)).toBe(true);
    expect(op('isEmpty')(null, true)).toBe(false);
    expect(op('notEmpty')(null, true)).toBe(false);
  });

  it('compares shares and counts', () => {
    expect(op('shareAbove')(0.6, 0.5)).toBe(true);
    expect(op('shareAbove')(0.5, 0.5)).toBe(false);
    expect(op('shareBelow')(0.2, 0.25)).toBe(true);
    expect(op('countAbove')(['a', 'b'], 1)).toBe(true);
    expect(op('countAbove')(3, 3)).toBe(false);
    expect(op('countAbove')(null, 0)).toBe(false);
  });

  it('compares lists with lists', () => {
    expect(op('containsNone')(['a', 'b'], ['c'])).toBe(true);
    expect(op('containsNone')(['a', 'b'], ['b'])).toBe(false);
    expect(op('containsAll')(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(op('lacksAny')(['a'], ['a', 'b'])).toBe(true);
    expect(op('lacksAny')(['a', 'b'], ['a', 'b'])).toBe(false);
  });

  it('never throws on missing values, unlike the built-ins', () => {
    for (const [name, evaluate] of evaluators) {
      expect(() => evaluate(null, null), name).not.toThrow();
      expect(() => evaluate(undefined, ['x']), name).not.toThrow();
    }
    expect(op('in')('a', null)).toBe(false);
  });

  it('counts ages in calendar days in the project time zone', () => {
    expect(op('ageInDaysAbove')('2025-05-02', 30)).toBe(true);
    expect(op('ageInDaysAbove')('2025-05-03', 30)).toBe(false);
    // 23:30 UTC on 2 May is already 3 May in London (BST).
    expect(op('ageInDaysAbove')('2025-05-02T23:30:00Z', 30)).toBe(false);
    expect(op('ageInDaysAbove')('not a date', 0)).toBe(false);
    expect(calendarDateIn(new Date('2025-06-01T23:30:00Z'), 'Europe/London')).toBe('2025-06-02');
    expect(calendarDateIn(new Date('2025-06-01T23:30:00Z'), 'UTC')).toBe('2025-06-01');
  });

  it('counts ages across the years Date.UTC reads as 1900 to 1999', () => {
    // Date.UTC(50, 0, 1) is 1950: an age from year 50 came out 1,900 years short.
    const fromYear50 = op('ageInDaysAbove');
    expect(fromYear50('0050-01-01', 721_505)).toBe(true);
    expect(fromYear50('0050-01-01', 721_506)).toBe(false);
  });

  it('gives the calendar date outside the years the offset tables cover', () => {
    // Before 1970 and after 2100 the zone is asked of Intl directly.
    expect(calendarDateIn(new Date('1969-07-20T23:30:00Z'), 'Europe/London')).toBe('1969-07-21');
    expect(calendarDateIn(new Date('2150-01-01T00:30:00Z'), 'America/New_York')).toBe('2149-12-31');
    expect(calendarDateIn(new Date('0050-06-01T12:00:00Z'), 'UTC')).toBe('0050-06-01');
  });
});
