/**
 * Filters and measures in words, for the rule docs, `coproduce facts` and
 * `coproduce explain` when a declaration has no description of its own.
 * The sentences are built from a table of words, so another language gives
 * its own table (the Welsh one is with the command line's Welsh texts).
 *
 * @module
 */
import type { TextEvidence } from '../facts/evidence.js';
import { isObject } from '../records.js';
import {
  type Comparison,
  FILTER_OPERATOR_TABLE,
  FILTER_OPERATORS,
  type Filter,
  type FilterOperator,
  type Measure,
} from './schema.js';

/** A measure of one kind, as the describer is given it. */
type MeasureOf<K extends Measure['measure']> = Extract<Measure, { measure: K }>;

/**
 * The words a filter or measure is described in. Field and collection
 * names stay as written: they are the names a rule author types.
 */
export interface DescriptionWords {
  /** What each comparison says between a field and its value ("is at least"). */
  readonly operators: Readonly<Record<FilterOperator, string>>;
  readonly and: string;
  readonly or: string;
  readonly not: (text: string) => string;
  readonly today: string;
  readonly now: string;
  readonly daysAgo: (days: string) => string;
  readonly daysAhead: (days: string) => string;
  readonly plusDays: (field: string, days: string) => string;
  readonly recorded: string;
  readonly notRecorded: string;
  readonly refersTo: (filter: string) => string;
  readonly textStates: Readonly<Record<TextEvidence, string>>;
  readonly holds: (states: readonly string[]) => string;
  /** " where …" after a measure's collection, or nothing. */
  readonly where: (filter: string) => string;
  readonly count: (of: string, where: string) => string;
  readonly share: (of: string, among: string | undefined, where: string) => string;
  readonly sum: (field: string, of: string, where: string) => string;
  readonly extreme: (which: 'min' | 'max', field: string, of: string, where: string) => string;
  readonly dated: (
    which: 'latest' | 'earliest',
    field: string,
    of: string,
    where: string,
  ) => string;
  readonly age: (field: string, of: string, where: string) => string;
  readonly list: (field: string, of: string, where: string) => string;
  readonly value: (field: string) => string;
  readonly choose: (cases: readonly string[], otherwise: string) => string;
  readonly chooseCase: (value: string, when: string) => string;
  readonly checklist: (report: 'gaps' | 'review', labels: string) => string;
  readonly grouped: (groupBy: string, flag: string) => string;
}

/**
 * The English words, as the rule docs print them.
 *
 * @category Customisation
 * @example `describeMeasureIn({ measure: 'count', of: 'members' }, ENGLISH_DESCRIPTION_WORDS) // 'How many members there are.'`
 */
export const ENGLISH_DESCRIPTION_WORDS: DescriptionWords = Object.freeze({
  operators: Object.freeze(
    Object.fromEntries(FILTER_OPERATORS.map((op) => [op, FILTER_OPERATOR_TABLE[op].words])),
  ) as Readonly<Record<FilterOperator, string>>,
  and: 'and',
  or: 'or',
  not: (text: string) => `not (${text})`,
  today: 'today',
  now: 'now',
  daysAgo: (days: string) => `${days} days before today`,
  daysAhead: (days: string) => `${days} days after today`,
  plusDays: (field: string, days: string) => `${field} plus ${days} days`,
  recorded: 'is recorded',
  notRecorded: 'is not recorded',
  refersTo: (filter: string) => `names a record where ${filter}`,
  textStates: Object.freeze({
    present: 'real words',
    placeholder: 'only a placeholder',
    missing: 'nothing',
  }),
  holds: (states: readonly string[]) => `holds ${states.join(' or ')}`,
  where: (filter: string) => ` where ${filter}`,
  count: (of: string, where: string) =>
    `How many ${of}${where ? ` there are${where}` : ' there are'}`,
  share: (of: string, among: string | undefined, where: string) =>
    `The share of ${of}${among ? ` (among those where ${among})` : ''} where ${where}`,
  sum: (field: string, of: string, where: string) => `The total of ${field} over ${of}${where}`,
  extreme: (which: 'min' | 'max', field: string, of: string, where: string) =>
    `The ${which === 'min' ? 'smallest' : 'largest'} ${field} among ${of}${where}`,
  dated: (which: 'latest' | 'earliest', field: string, of: string, where: string) =>
    `The ${which} ${field} among ${of}${where}`,
  age: (field: string, of: string, where: string) =>
    `Days since the latest ${field} among ${of}${where}`,
  list: (field: string, of: string, where: string) => `The ${field} of ${of}${where}`,
  value: (field: string) => `The recorded ${field}`,
  choose: (cases: readonly string[], otherwise: string) =>
    `${cases.join('; ')}; otherwise ${otherwise}`,
  chooseCase: (value: string, when: string) => `${value} when ${when}`,
  checklist: (report: 'gaps' | 'review', labels: string) =>
    `${report === 'gaps' ? 'What is missing from' : 'What is still to record or check about'} ${labels}`,
  grouped: (groupBy: string, flag: string) =>
    `, for each subject named by ${groupBy}; flagged when it ${flag}`,
});

function describeOperand(value: unknown, words: DescriptionWords): string {
  if (Array.isArray(value)) return value.map((v) => JSON.stringify(v)).join(', ');
  if (isObject(value)) {
    if ('daysAgo' in value) return words.daysAgo(String(value.daysAgo));
    if ('daysAhead' in value) return words.daysAhead(String(value.daysAhead));
    if ('field' in value)
      return value.plusDays
        ? words.plusDays(String(value.field), String(value.plusDays))
        : String(value.field);
  }
  if (value === 'today') return words.today;
  if (value === 'now') return words.now;
  return JSON.stringify(value);
}

function describeComparison(comparison: Comparison, words: DescriptionWords): string {
  const op = FILTER_OPERATORS.find((o) => (comparison as Record<string, unknown>)[o] !== undefined);
  if (op === undefined) return '';
  const value = (comparison as Record<string, unknown>)[op];
  if (op === 'isEmpty' || op === 'notEmpty') return words.operators[op];
  if (op === 'present') return value === true ? words.recorded : words.notRecorded;
  if (op === 'refersTo') return words.refersTo(describeFilterIn(value as Filter, words));
  if (op === 'text') {
    const states = Array.isArray(value) ? value : [value];
    return words.holds(
      states.map((s) =>
        Object.hasOwn(words.textStates, String(s))
          ? words.textStates[String(s) as keyof DescriptionWords['textStates']]
          : String(s),
      ),
    );
  }
  return `${words.operators[op]} ${describeOperand(value, words)}`;
}

/**
 * A filter in words, in the given words (English by default).
 *
 * @category Customisation
 * @example `describeFilterIn({ field: 'active', equal: true }, ENGLISH_DESCRIPTION_WORDS) // 'active is true'`
 */
export function describeFilterIn(filter: Filter, words: DescriptionWords): string {
  const wrap = (f: Filter) => {
    const text = describeFilterIn(f, words);
    return f.all || f.any ? `(${text})` : text;
  };
  if (filter.all) return filter.all.map(wrap).join(` ${words.and} `);
  if (filter.any) return filter.any.map(wrap).join(` ${words.or} `);
  if (filter.not) return words.not(describeFilterIn(filter.not, words));
  const subject = filter.measure
    ? `(${describeMeasureIn(filter.measure, words)})`
    : String(filter.field);
  return `${subject} ${describeComparison(filter, words)}`;
}

/**
 * A filter in words, for the docs: "active is true and staffSide is false".
 *
 * @category Customisation
 * @example `describeFilter({ field: 'status', in: ['accepted', 'received'] }) // 'status is one of "accepted", "received"'`
 */
export function describeFilter(filter: Filter): string {
  return describeFilterIn(filter, ENGLISH_DESCRIPTION_WORDS);
}

function measureText(measure: Measure, words: DescriptionWords): string {
  const where = (m: { where?: Filter | undefined }) =>
    m.where ? words.where(describeFilterIn(m.where, words)) : '';
  switch (measure.measure) {
    case 'count':
      return words.count(measure.of, where(measure));
    case 'share': {
      const m = measure as MeasureOf<'share'>;
      return words.share(
        m.of,
        m.among ? describeFilterIn(m.among, words) : undefined,
        describeFilterIn(m.where, words),
      );
    }
    case 'sum':
      return words.sum(measure.field, measure.of, where(measure));
    case 'min':
    case 'max':
      return words.extreme(measure.measure, measure.field, measure.of, where(measure));
    case 'latest':
    case 'earliest':
      return words.dated(measure.measure, measure.field, measure.of, where(measure));
    case 'age':
      return words.age(measure.field, measure.of, where(measure));
    case 'list':
      return words.list(measure.field, measure.of, where(measure));
    case 'value':
      return words.value(measure.field);
    case 'choose':
      return words.choose(
        measure.cases.map((c) =>
          words.chooseCase(JSON.stringify(c.value), describeFilterIn(c.when, words)),
        ),
        JSON.stringify(measure.otherwise),
      );
    case 'checklist':
      return words.checklist(
        measure.report === 'gaps' ? 'gaps' : 'review',
        measure.items.map((i) => i.label).join(', '),
      );
  }
}

/**
 * A measure in words, in the given words (English by default).
 *
 * @category Customisation
 * @example `describeMeasureIn({ measure: 'count', of: 'decisions' }, ENGLISH_DESCRIPTION_WORDS) // 'How many decisions there are.'`
 */
export function describeMeasureIn(measure: Measure, words: DescriptionWords): string {
  let text = measureText(measure, words);
  const grouped = measure as { groupBy?: string; flag?: Comparison };
  if (grouped.groupBy !== undefined && grouped.flag !== undefined) {
    text += words.grouped(grouped.groupBy, describeComparison(grouped.flag, words));
  }
  return `${text}.`;
}

/**
 * A measure in words, for the rule docs and `coproduce facts` when a
 * declaration has no description of its own.
 *
 * @category Customisation
 * @example `describeMeasure({ measure: 'count', of: 'decisions' }) // 'How many decisions there are.'`
 */
export function describeMeasure(measure: Measure): string {
  return describeMeasureIn(measure, ENGLISH_DESCRIPTION_WORDS);
}
