/**
 * One comparison of a field (or a measure) with a value: the operator must
 * suit the field's type and the value must be of that type; dates compare
 * by calendar day in the project's time zone.
 *
 * @module
 */

import { isoDateToDay, parseInstant } from '../../time/calendar.js';
import { zonedTime } from '../../time/zone.js';
import type { DerivedProject } from '../facts/derive.js';
import { type TextEvidence, textEvidence } from '../facts/evidence.js';
import {
  type Context,
  type DeclarationProblem,
  type Entry,
  fromParameter,
  guessOf,
  type Path,
  type Resolved,
  suggest,
} from './context.js';
import { describeFieldType, type FieldType, fieldTypeParam } from './fields.js';
import {
  type Comparison,
  type DateOperand,
  FILTER_OPERATORS,
  type FilterOperator,
} from './schema.js';

const SCALAR_KINDS = new Set(['text', 'date', 'datetime', 'number', 'boolean', 'enum', 'id']);

/** A value's problem, in English with its code; its path is given where it is reported. */
type ValueProblem = Omit<DeclarationProblem, 'path'>;

function literalProblem(type: FieldType, value: unknown): ValueProblem | undefined {
  switch (type.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : { message: 'must be a number', code: 'value-number' };
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : { message: 'must be true or false', code: 'value-boolean' };
    case 'enum': {
      const allowed = type.values.map((v) => `"${v}"`);
      if (typeof value !== 'string')
        return {
          message: `must be one of ${allowed.join(', ')}`,
          code: 'invalid-value',
          params: { allowed },
        };
      return type.values.includes(value)
        ? undefined
        : {
            message: `"${value}" is not one of ${allowed.join(', ')}${suggest(value, type.values)}`,
            code: 'declared-not-one-of',
            params: { value, allowed, ...guessOf(value, type.values) },
          };
    }
    case 'date':
    case 'datetime':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? undefined
        : { message: 'must be a date like "2026-04-01"', code: 'declared-date-value' };
    case 'text':
    case 'id':
      return typeof value === 'string'
        ? undefined
        : { message: 'must be text', code: 'value-text' };
    default:
      return { message: 'cannot be compared with a value', code: 'declared-not-comparable' };
  }
}

/** What an operator compares, by the word the problem code's variant uses. */
const COMPARES: Readonly<Record<string, string>> = {
  'one value': 'one-value',
  numbers: 'numbers',
  lists: 'lists',
  'free text or a list of text': 'free-text',
  dates: 'dates',
};

/** The calendar day (days since 1970-01-01) of a date or date-time in the project zone. */
export function dayOf(value: unknown, derived: DerivedProject): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length === 10) {
    const day = isoDateToDay(value);
    return Number.isFinite(day) ? day : undefined;
  }
  const instant = parseInstant(value);
  return Number.isFinite(instant) ? zonedTime(derived.timeZone, instant).day : undefined;
}

function instantOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length === 10) return undefined;
  const instant = parseInstant(value);
  return Number.isFinite(instant) ? instant : undefined;
}

/** What a list of free text holds as evidence; stops at the first item with real words. */
function listState(value: unknown, derived: DerivedProject): TextEvidence {
  if (!Array.isArray(value) || value.length === 0) return 'missing';
  for (const item of value)
    if (typeof item === 'string' && textEvidence(derived, item) === 'present') return 'present';
  return 'placeholder';
}

export const isDateKind = (t: FieldType) => t.kind === 'date' || t.kind === 'datetime';

type Compare = (value: unknown, entry: Entry, derived: DerivedProject) => boolean;

/**
 * Compiles one comparison of a value of `type`. `sibling` resolves another
 * field of the same record (for a date operand `{ "field" }`); absent where
 * there is no record (a grouped measure's `flag`).
 */
export function compileComparison(
  comparison: Comparison,
  type: FieldType,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  sibling: ((path: string, at: Path) => Resolved | undefined) | undefined,
): Compare | undefined {
  const op = FILTER_OPERATORS.find(
    (o) => (comparison as Record<string, unknown>)[o] !== undefined,
  ) as FilterOperator;
  const operand = (comparison as Record<string, unknown>)[op];
  const opPath = [...at, op];
  const named = from.get(opPath.join('\u0000'));
  const report = (problem: ValueProblem, path: Path = opPath) => {
    context.problems.push(fromParameter(named, { path, ...problem }));
    return undefined;
  };
  if (operand === undefined) return undefined; // an unknown parameter, already reported
  const needs = (ok: boolean, what: string) =>
    ok
      ? undefined
      : report({
          message: `"${op}" compares ${what}, but this is ${describeFieldType(type)}`,
          code: 'declared-compares',
          params: {
            operator: op,
            compares: COMPARES[what] ?? what,
            fieldType: fieldTypeParam(type),
          },
        });
  const listOfValues: ValueProblem = { message: 'must be a list of values', code: 'value-list' };
  const wholeDays: ValueProblem = {
    message: 'must be a whole number of days, 0 or more',
    code: 'value-days',
  };
  switch (op) {
    case 'equal':
    case 'notEqual': {
      if (!SCALAR_KINDS.has(type.kind)) return needs(false, 'one value');
      const why = literalProblem(type, operand);
      if (why) return report(why);
      if (op === 'equal') return (v) => v === operand;
      return (v) => v !== undefined && v !== null && v !== operand;
    }
    case 'in':
    case 'notIn': {
      if (!SCALAR_KINDS.has(type.kind)) return needs(false, 'one value');
      if (!Array.isArray(operand)) return report(listOfValues);
      for (let i = 0; i < operand.length; i++) {
        const why = literalProblem(type, operand[i]);
        if (why) return report(why, [...opPath, i]);
      }
      const set = new Set<unknown>(operand);
      if (op === 'in') return (v) => set.has(v);
      return (v) => v !== undefined && v !== null && !set.has(v);
    }
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive': {
      if (type.kind !== 'number') return needs(false, 'numbers');
      if (typeof operand !== 'number' || !Number.isFinite(operand))
        return report({ message: 'must be a number', code: 'value-number' });
      const b = operand;
      if (op === 'lessThan') return (v) => typeof v === 'number' && v < b;
      if (op === 'lessThanInclusive') return (v) => typeof v === 'number' && v <= b;
      if (op === 'greaterThan') return (v) => typeof v === 'number' && v > b;
      return (v) => typeof v === 'number' && v >= b;
    }
    case 'contains':
    case 'doesNotContain': {
      if (type.kind !== 'list') return needs(false, 'lists');
      const why = literalProblem(type.item, operand);
      if (why) return report(why);
      if (op === 'contains') return (v) => Array.isArray(v) && v.includes(operand);
      return (v) => Array.isArray(v) && !v.includes(operand);
    }
    case 'containsAll':
    case 'containsNone': {
      if (type.kind !== 'list') return needs(false, 'lists');
      if (!Array.isArray(operand)) return report(listOfValues);
      for (let i = 0; i < operand.length; i++) {
        const why = literalProblem(type.item, operand[i]);
        if (why) return report(why, [...opPath, i]);
      }
      const wanted = [...operand];
      if (op === 'containsAll')
        return (v) => Array.isArray(v) && wanted.every((w) => v.includes(w));
      return (v) => Array.isArray(v) && !wanted.some((w) => v.includes(w));
    }
    case 'isEmpty':
      if (type.kind !== 'list') return needs(false, 'lists');
      return (v) => Array.isArray(v) && v.length === 0;
    case 'notEmpty':
      if (type.kind !== 'list') return needs(false, 'lists');
      return (v) => Array.isArray(v) && v.length > 0;
    case 'present':
      return operand === true
        ? (v) => v !== undefined && v !== null
        : (v) => v === undefined || v === null;
    case 'text': {
      const states = new Set(Array.isArray(operand) ? operand : [operand]);
      // A list of text is read as one answer, as the built-in facts read
      // skills: real words when some item holds them, a placeholder when
      // every item is one, nothing when the list is absent or empty.
      if (type.kind === 'list' && type.item.kind === 'text')
        return (v, _entry, derived) => states.has(listState(v, derived));
      if (type.kind !== 'text') return needs(false, 'free text or a list of text');
      return (v, _entry, derived) =>
        states.has(typeof v === 'string' ? textEvidence(derived, v) : 'missing');
    }
    case 'refersTo':
      return report({
        message: '"refersTo" belongs with a "field" that names other records, such as "memberId"',
        code: 'declared-refers-to-misplaced',
      });
    case 'withinDays': {
      if (!isDateKind(type)) return needs(false, 'dates');
      if (typeof operand !== 'number' || !Number.isInteger(operand) || operand < 0)
        return report(wholeDays);
      const days = operand;
      return (v, _entry, derived) => {
        const day = dayOf(v, derived);
        return day !== undefined && day <= derived.todayDay && day >= derived.todayDay - days;
      };
    }
    case 'before':
    case 'onOrBefore':
    case 'after':
    case 'onOrAfter': {
      if (!isDateKind(type)) return needs(false, 'dates');
      // Days and instants are whole numbers, so every operator is the one
      // test sign × (value − target) < bound, with no function to call for it.
      const sign = op === 'before' || op === 'onOrBefore' ? 1 : -1;
      const bound = op === 'onOrBefore' || op === 'onOrAfter' ? 1 : 0;
      const date = operand as DateOperand;
      if (date === 'now' && type.kind === 'datetime') {
        return (v, _entry, derived) => {
          const instant = instantOf(v);
          return instant !== undefined && sign * (instant - derived.nowMs) < bound;
        };
      }
      const target = date === 'now' ? 0 : compileDateOperand(date, opPath, context, from, sibling);
      if (target === undefined) return undefined;
      // A day counted from today, the usual operand, is worked out in place.
      if (typeof target === 'number') {
        return (v, _entry, derived) => {
          const day = dayOf(v, derived);
          return day !== undefined && sign * (day - derived.todayDay - target) < bound;
        };
      }
      return (v, entry, derived) => {
        const day = dayOf(v, derived);
        if (day === undefined) return false;
        const other = target(entry, derived);
        return other !== undefined && sign * (day - other) < bound;
      };
    }
  }
  return undefined;
}

/**
 * The day a date is compared with: a number of days after today (before it
 * when negative), or a function of the record for a date or another field.
 */
function compileDateOperand(
  date: DateOperand,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  sibling: ((path: string, at: Path) => Resolved | undefined) | undefined,
): number | ((entry: Entry, derived: DerivedProject) => number | undefined) | undefined {
  if (date === 'today') return 0;
  if (typeof date === 'string') {
    const day = isoDateToDay(date);
    if (!Number.isFinite(day)) {
      context.problems.push({
        path: at,
        message: `"${date}" is not a date`,
        code: 'declared-not-a-date',
        params: { date },
      });
      return undefined;
    }
    return () => day;
  }
  const days = (value: unknown, key: string): number | undefined => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    const named = from.get([...at, key].join('\u0000'));
    if (value !== undefined)
      context.problems.push(
        fromParameter(named, {
          path: [...at, key],
          message: 'must be a whole number of days, 0 or more',
          code: 'value-days',
        }),
      );
    return undefined;
  };
  if ('daysAgo' in date) {
    const n = days(date.daysAgo, 'daysAgo');
    return n === undefined ? undefined : -n;
  }
  if ('daysAhead' in date) return days(date.daysAhead, 'daysAhead');
  if (sibling === undefined) {
    context.problems.push({
      path: [...at, 'field'],
      message: 'there is no record here whose other fields could be read',
      code: 'declared-no-record',
    });
    return undefined;
  }
  const other = sibling(date.field, [...at, 'field']);
  if (other === undefined) return undefined;
  if (!isDateKind(other.type)) {
    context.problems.push({
      path: [...at, 'field'],
      message: `"${date.field}" is ${describeFieldType(other.type)}, not a date`,
      code: 'declared-field-not-date',
      params: { field: date.field, fieldType: fieldTypeParam(other.type) },
    });
    return undefined;
  }
  const plus = date.plusDays === undefined ? 0 : days(date.plusDays, 'plusDays');
  if (plus === undefined) return undefined;
  return (entry, derived) => {
    const day = dayOf(other.get(entry, derived), derived);
    return day === undefined ? undefined : day + plus;
  };
}
