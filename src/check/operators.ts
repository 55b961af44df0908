/**
 * The operators a rule condition may use: json-rules-engine's comparison
 * operators and coproduce's domain operators. Every one is registered on
 * every engine in a null-safe form, so a missing value can never throw
 * mid-run; a `null` fact makes the leaf *unknown* anyway (see the Kleene
 * evaluation in `rule-outcome.ts`).
 *
 * @module
 */

import { isoDateToDay } from '../time/calendar.js';
import { calendarDateIn } from '../time/zone.js';

/**
 * The kinds of value a fact can produce (see the fact catalogue).
 *
 * @category Customisation
 * @example `const t: FactValueType = 'share';`
 */
export type FactValueType = 'number' | 'share' | 'boolean' | 'string' | 'string-list' | 'findings';

/**
 * What an operator expects on the right-hand side of a condition:
 * - `true`: the literal `true` (for `notEmpty`, `isEmpty`);
 * - `number`: a finite number; `share`: a number from 0 to 1;
 * - `scalar`: text, a number or true/false; `scalar-list`: a list of those;
 * - `string`: text; `string-list`: a list of text.
 *
 * @category Customisation
 * @example `const v: OperatorValueKind = 'share';`
 */
export type OperatorValueKind =
  | 'true'
  | 'number'
  | 'share'
  | 'scalar'
  | 'scalar-list'
  | 'string'
  | 'string-list';

/**
 * One operator, as documented for rule authors.
 *
 * @category Customisation
 * @example
 * ```ts
 * const op = OPERATORS.find((o) => o.name === 'shareAbove');
 * op?.description; // 'The share (0–1) is more than the value.'
 * ```
 */
export interface OperatorInfo {
  readonly name: string;
  /** One plain sentence for the generated rule docs. */
  readonly description: string;
  /** How the operator reads in a sentence about a fact, before its value ("is at least"). */
  readonly phrase: string;
  /** Whether json-rules-engine defines it (we register a null-safe copy) or coproduce adds it. */
  readonly origin: 'json-rules-engine' | 'coproduce';
  /** The fact value types it can test. */
  readonly factTypes: readonly FactValueType[];
  /** What the condition's `value` must be. */
  readonly value: OperatorValueKind;
}

/**
 * What the domain operators need to know about the check in progress: the
 * day it is and where. An engine's operators are bound to one context when
 * the engine is built (json-rules-engine hands an operator only the two
 * values it compares), so engines are kept per day and time zone.
 *
 * @internal
 *
 * @example `const context: OperatorContext = { today: '2025-06-02', timeZone: 'Europe/London' };`
 */
export interface OperatorContext {
  /** The calendar date of `now` in the project's time zone, `YYYY-MM-DD`. */
  readonly today: string;
  /** The project's IANA time zone, to place date-times on a calendar day. */
  readonly timeZone: string;
}

type Evaluator = (fact: unknown, value: unknown) => boolean;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isList = (v: unknown): v is readonly unknown[] => Array.isArray(v);
const sizeOf = (v: unknown): number | undefined =>
  isList(v) ? v.length : typeof v === 'string' ? v.length : undefined;

function compareNumbers(test: (a: number, b: number) => boolean): Evaluator {
  return (fact, value) => isNumber(fact) && isNumber(value) && test(fact, value);
}

function listTest(
  test: (fact: readonly unknown[], value: readonly unknown[]) => boolean,
): Evaluator {
  return (fact, value) => isList(fact) && isList(value) && test(fact, value);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(date: string): number | undefined {
  const day = isoDateToDay(date);
  return Number.isFinite(day) ? day : undefined;
}

/** Days from a date or date-time (read in the project's zone) to today. */
function ageInDays(fact: unknown, context: OperatorContext): number | undefined {
  if (typeof fact !== 'string') return undefined;
  let date = fact;
  if (!DATE.test(fact)) {
    const instant = new Date(fact);
    if (Number.isNaN(instant.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(fact)) return undefined;
    date = calendarDateIn(instant, context.timeZone);
  }
  const from = dayNumber(date);
  const to = dayNumber(context.today);
  return from === undefined || to === undefined ? undefined : to - from;
}

const SCALARS: readonly FactValueType[] = ['number', 'share', 'boolean', 'string'];
const NUMBERS: readonly FactValueType[] = ['number', 'share'];

/**
 * Tells whether a fact passes a condition with this value. Only an
 * evaluator that declares the third argument reads the check's day and zone.
 */
type Evaluate = (fact: unknown, value: unknown, context: OperatorContext) => boolean;

/** Everything about one operator, in one place: the rest is derived from it. */
interface OperatorEntry {
  /** One plain sentence for the generated rule docs. */
  readonly description: string;
  /** How the operator reads in a sentence about a fact, before its value ("is at least"). */
  readonly phrase: string;
  readonly origin: OperatorInfo['origin'];
  /** The fact value types it can test. */
  readonly factTypes: readonly FactValueType[];
  /** What the condition's `value` must be. */
  readonly value: OperatorValueKind;
  /** Null-safe: a missing fact or value never throws, it fails. */
  readonly evaluate: Evaluate;
}

/** Every operator, in the order the docs list them. */
const OPERATOR_TABLE: Readonly<Record<string, OperatorEntry>> = {
  equal: {
    description: 'The fact equals the value.',
    phrase: 'is',
    origin: 'json-rules-engine',
    factTypes: SCALARS,
    value: 'scalar',
    evaluate: (a, b) => a === b,
  },
  notEqual: {
    description: 'The fact differs from the value.',
    phrase: 'is not',
    origin: 'json-rules-engine',
    factTypes: SCALARS,
    value: 'scalar',
    evaluate: (a, b) => a !== null && a !== undefined && a !== b,
  },
  in: {
    description: 'The fact is one of the listed values.',
    phrase: 'is one of',
    origin: 'json-rules-engine',
    factTypes: SCALARS,
    value: 'scalar-list',
    evaluate: (a, b) => isList(b) && b.includes(a),
  },
  notIn: {
    description: 'The fact is none of the listed values.',
    phrase: 'is none of',
    origin: 'json-rules-engine',
    factTypes: SCALARS,
    value: 'scalar-list',
    evaluate: (a, b) => a !== null && a !== undefined && isList(b) && !b.includes(a),
  },
  contains: {
    description: 'The list contains the value.',
    phrase: 'includes',
    origin: 'json-rules-engine',
    factTypes: ['string-list'],
    value: 'string',
    evaluate: (a, b) => isList(a) && a.includes(b),
  },
  doesNotContain: {
    description: 'The list does not contain the value.',
    phrase: 'does not include',
    origin: 'json-rules-engine',
    factTypes: ['string-list'],
    value: 'string',
    evaluate: (a, b) => isList(a) && !a.includes(b),
  },
  lessThan: {
    description: 'The number is less than the value.',
    phrase: 'is less than',
    origin: 'json-rules-engine',
    factTypes: NUMBERS,
    value: 'number',
    evaluate: compareNumbers((a, b) => a < b),
  },
  lessThanInclusive: {
    description: 'The number is at most the value.',
    phrase: 'is at most',
    origin: 'json-rules-engine',
    factTypes: NUMBERS,
    value: 'number',
    evaluate: compareNumbers((a, b) => a <= b),
  },
  greaterThan: {
    description: 'The number is more than the value.',
    phrase: 'is more than',
    origin: 'json-rules-engine',
    factTypes: NUMBERS,
    value: 'number',
    evaluate: compareNumbers((a, b) => a > b),
  },
  greaterThanInclusive: {
    description: 'The number is at least the value.',
    phrase: 'is at least',
    origin: 'json-rules-engine',
    factTypes: NUMBERS,
    value: 'number',
    evaluate: compareNumbers((a, b) => a >= b),
  },
  notEmpty: {
    description: 'The list (or text) has something in it; the value must be true.',
    phrase: 'lists something',
    origin: 'coproduce',
    factTypes: ['string-list', 'findings', 'string'],
    value: 'true',
    evaluate: (a, b) => b === true && (sizeOf(a) ?? 0) > 0,
  },
  isEmpty: {
    description: 'The list (or text) is empty; the value must be true.',
    phrase: 'lists nothing',
    origin: 'coproduce',
    factTypes: ['string-list', 'findings', 'string'],
    value: 'true',
    evaluate: (a, b) => b === true && sizeOf(a) === 0,
  },
  shareAbove: {
    description: 'The share (0–1) is more than the value.',
    phrase: 'is a share above',
    origin: 'coproduce',
    factTypes: ['share'],
    value: 'share',
    evaluate: compareNumbers((a, b) => a > b),
  },
  shareBelow: {
    description: 'The share (0–1) is less than the value.',
    phrase: 'is a share below',
    origin: 'coproduce',
    factTypes: ['share'],
    value: 'share',
    evaluate: compareNumbers((a, b) => a < b),
  },
  countAbove: {
    description: 'The number, or the length of the list, is more than the value.',
    phrase: 'counts more than',
    origin: 'coproduce',
    factTypes: ['number', 'string-list', 'findings'],
    value: 'number',
    evaluate: (a, b) => {
      const count = isNumber(a) ? a : isList(a) ? a.length : undefined;
      return count !== undefined && isNumber(b) && count > b;
    },
  },
  containsNone: {
    description: 'The list contains none of the listed values.',
    phrase: 'includes none of',
    origin: 'coproduce',
    factTypes: ['string-list'],
    value: 'string-list',
    evaluate: listTest((fact, value) => !value.some((v) => fact.includes(v))),
  },
  containsAll: {
    description: 'The list contains every one of the listed values.',
    phrase: 'includes every one of',
    origin: 'coproduce',
    factTypes: ['string-list'],
    value: 'string-list',
    evaluate: listTest((fact, value) => value.every((v) => fact.includes(v))),
  },
  lacksAny: {
    description: 'The list is missing at least one of the listed values.',
    phrase: 'is missing at least one of',
    origin: 'coproduce',
    factTypes: ['string-list'],
    value: 'string-list',
    evaluate: listTest((fact, value) => value.some((v) => !fact.includes(v))),
  },
  ageInDaysAbove: {
    description:
      "The date is more than the value's number of calendar days before today, in the project's time zone.",
    phrase: 'is a date more than this many days ago:',
    origin: 'coproduce',
    factTypes: ['string'],
    value: 'number',
    evaluate: (a, b, context) => {
      if (!isNumber(b)) return false;
      const age = ageInDays(a, context);
      return age !== undefined && age > b;
    },
  },
};

/**
 * Every operator a rule may use, in documentation order. Decorated forms
 * such as `not:equal` are not accepted: write `{ "not": ... }` instead.
 *
 * @category Customisation
 * @example `OPERATORS.map((o) => o.name).includes('lacksAny') // true`
 */
export const OPERATORS: readonly OperatorInfo[] = Object.freeze(
  Object.entries(OPERATOR_TABLE).map(([name, entry]) =>
    Object.freeze({
      name,
      description: entry.description,
      phrase: entry.phrase,
      origin: entry.origin,
      factTypes: Object.freeze([...entry.factTypes]),
      value: entry.value,
    }),
  ),
);

const operatorsByName: ReadonlyMap<string, OperatorInfo> = new Map(
  OPERATORS.map((o) => [o.name, o]),
);

/**
 * Looks up an operator by name; `undefined` for anything a rule may not use.
 *
 * @category Customisation
 * @example `getOperator('notEmpty')?.value // 'true'`
 */
export function getOperator(name: string): OperatorInfo | undefined {
  return operatorsByName.get(name);
}

/**
 * The evaluators for every operator in {@link OPERATORS}, bound to the day
 * and time zone of the checks they serve (only `ageInDaysAbove` reads them).
 * Called once per engine.
 *
 * @internal
 *
 * @example
 * ```ts
 * import { Engine } from 'json-rules-engine';
 *
 * const engine = new Engine();
 * const operators = operatorEvaluators({ today: '2025-06-02', timeZone: 'Europe/London' });
 * for (const [name, evaluate] of operators) engine.addOperator(name, evaluate);
 * ```
 */
export function operatorEvaluators(
  context: OperatorContext,
): ReadonlyArray<readonly [string, Evaluator]> {
  return Object.entries(OPERATOR_TABLE).map(([name, { evaluate }]) => {
    // Most evaluators ignore the context: they are registered as they are,
    // with no extra call on every condition the engine tests.
    const bound: Evaluator =
      evaluate.length > 2 ? (a, b) => evaluate(a, b, context) : (evaluate as Evaluator);
    return [name, bound] as const;
  });
}
