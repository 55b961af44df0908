import { describe, expect, it } from 'vitest';
import {
  calendarDateIn,
  getOperator,
  OPERATORS,
  operatorEvaluators,
} from '../../src/check/operators.js';

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
});
