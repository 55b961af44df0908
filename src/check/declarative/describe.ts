/**
 * Filters and measures in words, for the rule docs and `coproduce facts`
 * when a declaration has no description of its own.
 *
 * @module
 */
import { isObject } from '../records.js';
import {
  type Comparison,
  FILTER_OPERATOR_TABLE,
  FILTER_OPERATORS,
  type Filter,
  type FilterOperator,
  type Measure,
} from './schema.js';

function describeOperand(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => JSON.stringify(v)).join(', ');
  if (isObject(value)) {
    if ('daysAgo' in value) return `${String(value.daysAgo)} days before today`;
    if ('daysAhead' in value) return `${String(value.daysAhead)} days after today`;
    if ('field' in value)
      return value.plusDays
        ? `${String(value.field)} plus ${String(value.plusDays)} days`
        : String(value.field);
  }
  return typeof value === 'string' && (value === 'today' || value === 'now')
    ? value
    : JSON.stringify(value);
}

function wordsOf(op: FilterOperator): string {
  return FILTER_OPERATOR_TABLE[op].words;
}

function describeComparison(comparison: Comparison): string {
  const op = FILTER_OPERATORS.find((o) => (comparison as Record<string, unknown>)[o] !== undefined);
  if (op === undefined) return '';
  const value = (comparison as Record<string, unknown>)[op];
  if (op === 'isEmpty' || op === 'notEmpty') return wordsOf(op);
  if (op === 'present') return value === true ? 'is recorded' : 'is not recorded';
  if (op === 'refersTo') return `names a record where ${describeFilter(value as Filter)}`;
  if (op === 'text') {
    const states = Array.isArray(value) ? value : [value];
    const words: Record<string, string> = {
      present: 'real words',
      placeholder: 'only a placeholder',
      missing: 'nothing',
    };
    return `holds ${states.map((s) => words[String(s)] ?? String(s)).join(' or ')}`;
  }
  return `${wordsOf(op)} ${describeOperand(value)}`;
}

/**
 * A filter in words, for the docs: "active is true and staffSide is false".
 *
 * @category Customisation
 * @example `describeFilter({ field: 'status', in: ['accepted', 'received'] }) // 'status is one of "accepted", "received"'`
 */
export function describeFilter(filter: Filter): string {
  if (filter.all) return filter.all.map((f) => wrap(describeFilter(f), f)).join(' and ');
  if (filter.any) return filter.any.map((f) => wrap(describeFilter(f), f)).join(' or ');
  if (filter.not) return `not (${describeFilter(filter.not)})`;
  const subject = filter.measure ? `(${describeMeasure(filter.measure)})` : String(filter.field);
  return `${subject} ${describeComparison(filter)}`;
}

function wrap(text: string, filter: Filter): string {
  return filter.all || filter.any ? `(${text})` : text;
}

/**
 * A measure in words, for the rule docs and `coproduce facts` when a
 * declaration has no description of its own.
 *
 * @category Customisation
 * @example `describeMeasure({ measure: 'count', of: 'decisions' }) // 'How many decisions there are.'`
 */
export function describeMeasure(measure: Measure): string {
  const where =
    'where' in measure && measure.where ? ` where ${describeFilter(measure.where)}` : '';
  let text: string;
  switch (measure.measure) {
    case 'count':
      text = `How many ${measure.of}${where ? ` there are${where}` : ' there are'}`;
      break;
    case 'share':
      text = `The share of ${measure.of}${measure.among ? ` (among those where ${describeFilter(measure.among)})` : ''} where ${describeFilter(measure.where)}`;
      break;
    case 'sum':
      text = `The total of ${measure.field} over ${measure.of}${where}`;
      break;
    case 'min':
    case 'max':
      text = `The ${measure.measure === 'min' ? 'smallest' : 'largest'} ${measure.field} among ${measure.of}${where}`;
      break;
    case 'latest':
    case 'earliest':
      text = `The ${measure.measure} ${measure.field} among ${measure.of}${where}`;
      break;
    case 'age':
      text = `Days since the latest ${measure.field} among ${measure.of}${where}`;
      break;
    case 'list':
      text = `The ${measure.field} of ${measure.of}${where}`;
      break;
    case 'value':
      text = `The recorded ${measure.field}`;
      break;
    case 'choose':
      text = `${measure.cases.map((c) => `${JSON.stringify(c.value)} when ${describeFilter(c.when)}`).join('; ')}; otherwise ${JSON.stringify(measure.otherwise)}`;
      break;
    case 'checklist':
      text = `${measure.report === 'gaps' ? 'What is missing from' : 'What is still to record or check about'} ${measure.items.map((i) => i.label).join(', ')}`;
      break;
  }
  const grouped = measure as { groupBy?: string; flag?: Comparison };
  if (grouped.groupBy !== undefined && grouped.flag !== undefined) {
    text += `, for each subject named by ${grouped.groupBy}; flagged when it ${describeComparison(grouped.flag)}`;
  }
  return `${text}.`;
}
