/**
 * Filters (`where`, `among`, a choose case's `when`): `all` / `any` / `not`
 * around comparisons of fields, of measures, and of the records an id field
 * names (`refersTo`).
 *
 * @module
 */

import { isoDateToDay } from '../../time/calendar.js';
import type { DerivedProject } from '../facts/derive.js';
import type { FactType } from '../facts/types.js';
import { type CollectionSpec, collectionSpec } from './collections.js';
import { compileComparison } from './comparisons.js';
import type { Context, Entry, Path, Resolved, Test } from './context.js';
import { resolveField } from './field-access.js';
import { describeFieldType, type FieldType, fieldTypeParam } from './fields.js';
import { compileMeasure } from './measures.js';
import { DECLARATIVE_LIMITS, FILTER_OPERATORS, type Filter, type Measure } from './schema.js';

/** The days whose dates are written with four-digit years, which read back as the same day. */
const FIRST_DAY = isoDateToDay('0000-01-01');
const LAST_DAY = isoDateToDay('9999-12-31');

/** The value type of a measure, as a field type, so a filter can compare it. */
function measureFieldType(type: FactType): FieldType | undefined {
  switch (type) {
    case 'number':
    case 'share':
      return { kind: 'number', integer: false };
    case 'boolean':
      return { kind: 'boolean' };
    case 'string':
      return { kind: 'text' };
    case 'string-list':
      return { kind: 'list', item: { kind: 'text' } };
    default:
      return undefined;
  }
}

/** How deep a filter sits, and whether it may test a measure. */
interface FilterOptions {
  readonly depth: number;
  readonly measureDepth: number;
  readonly allowMeasure: boolean;
}

/**
 * One of a measure's own filters of the records it reads (`where`,
 * `among`, a grouped measure's `subjects`), by its key: at the top level,
 * with no measure inside, and passing every record when the rule gives none.
 */
export function compileMeasureFilter<K extends 'where' | 'among' | 'subjects'>(
  measure: { readonly [key in K]?: Filter | undefined },
  key: K,
  spec: CollectionSpec,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  measureDepth: number,
): Test | undefined {
  const filter = measure[key];
  if (filter === undefined) return () => true;
  return compileFilter(filter, spec, [...at, key], context, from, {
    depth: 1,
    measureDepth,
    allowMeasure: false,
  });
}

export function compileFilter(
  filter: Filter,
  spec: CollectionSpec,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  options: FilterOptions,
): Test | undefined {
  if (options.depth > DECLARATIVE_LIMITS.maxFilterDepth) {
    context.problems.push({
      path: at,
      message: `filters nest more than ${DECLARATIVE_LIMITS.maxFilterDepth} levels deep`,
      code: 'declared-filter-depth',
      params: { depth: DECLARATIVE_LIMITS.maxFilterDepth },
    });
    return undefined;
  }
  const deeper = { ...options, depth: options.depth + 1 };
  if (filter.all !== undefined || filter.any !== undefined) {
    const key = filter.all !== undefined ? 'all' : 'any';
    const list = (filter.all ?? filter.any)!;
    const tests = list.map((child, i) =>
      compileFilter(child, spec, [...at, key, i], context, from, deeper),
    );
    if (tests.some((t) => t === undefined)) return undefined;
    const ok = tests as Test[];
    // Plain loops: these run once per record per filter, on every check.
    // Two parts, the usual case, are called directly rather than through the list.
    const n = ok.length;
    if (n === 2) {
      const [a, b] = ok as [Test, Test];
      return key === 'all'
        ? (entry, derived) => a(entry, derived) && b(entry, derived)
        : (entry, derived) => a(entry, derived) || b(entry, derived);
    }
    if (key === 'all')
      return (entry, derived) => {
        for (let i = 0; i < n; i++) if (!ok[i]!(entry, derived)) return false;
        return true;
      };
    return (entry, derived) => {
      for (let i = 0; i < n; i++) if (ok[i]!(entry, derived)) return true;
      return false;
    };
  }
  if (filter.not !== undefined) {
    const inner = compileFilter(filter.not, spec, [...at, 'not'], context, from, deeper);
    return inner === undefined ? undefined : (entry, derived) => !inner(entry, derived);
  }
  context.leaves += 1;
  if (context.leaves === DECLARATIVE_LIMITS.maxLeaves + 1) {
    context.problems.push({
      path: at,
      message: `a declared fact may test at most ${DECLARATIVE_LIMITS.maxLeaves} conditions`,
      code: 'declared-too-many-conditions',
      params: { max: DECLARATIVE_LIMITS.maxLeaves },
    });
  }
  const sibling = (path: string, where: Path) => resolveField(spec, path, where, context);
  if (filter.measure !== undefined)
    return compileMeasureTest(filter, filter.measure, at, context, from, options);
  const field = resolveField(spec, filter.field!, [...at, 'field'], context);
  if (field === undefined) return undefined;
  if (filter.refersTo !== undefined)
    return compileRefersTo(filter, field, at, context, from, deeper);
  const compare = compileComparison(filter, field.type, at, context, from, sibling);
  if (compare === undefined) return undefined;
  // A field of the record itself is read here rather than through its
  // getter: filters run for every record on every check, and one call less
  // per test is a good part of their cost.
  if (field.own !== undefined) {
    const { record, key } = field.own;
    const fused = ownTest(filter, record, key);
    if (fused !== undefined) return fused;
    return (entry, derived) => {
      const r = record(entry);
      const value =
        typeof r === 'object' && r !== null && Object.hasOwn(r, key)
          ? (r as Record<string, unknown>)[key]
          : undefined;
      return compare(value, entry, derived);
    };
  }
  const get = field.get;
  // An activity's local date is held as a day number: "withinDays" compares
  // that number rather than writing the date out and reading it back. A day
  // outside the years 0000-9999 goes the long way, as its text is not a date.
  const within = (filter as { withinDays?: unknown }).withinDays;
  if (
    field.day !== undefined &&
    typeof within === 'number' &&
    FILTER_OPERATORS.find((o) => (filter as Record<string, unknown>)[o] !== undefined) ===
      'withinDays'
  ) {
    const dayOfEntry = field.day;
    return (entry, derived) => {
      const day = dayOfEntry(entry);
      if (!(day >= FIRST_DAY && day <= LAST_DAY))
        return compare(get(entry, derived), entry, derived);
      return day <= derived.todayDay && day >= derived.todayDay - within;
    };
  }
  // "equal" on a derived field ("active", "staffSide", "past") is the
  // usual test of members and activities: compared here, without a call.
  const equal = (filter as { equal?: unknown }).equal;
  if (equal !== undefined) return (entry, derived) => get(entry, derived) === equal;
  return (entry, derived) => compare(get(entry, derived), entry, derived);
}

/**
 * The common comparisons of a record's own field, read and compared in one
 * step, with no call to a comparison per record. Each answers as the
 * comparison of the value read would (an absent field reads as nothing);
 * the comparison itself was checked by {@link compileComparison} already.
 */
function ownTest(filter: Filter, record: (entry: Entry) => unknown, key: string): Test | undefined {
  const op = FILTER_OPERATORS.find((o) => (filter as Record<string, unknown>)[o] !== undefined);
  const operand = (filter as Record<string, unknown>)[op ?? ''];
  // The guard is written out in each case so that each runs with no call besides `record`.
  switch (op) {
    case 'equal':
      return (entry) => {
        const r = record(entry) as Record<string, unknown> | null;
        return typeof r === 'object' && r !== null && Object.hasOwn(r, key) && r[key] === operand;
      };
    case 'notEqual':
      return (entry) => {
        const r = record(entry) as Record<string, unknown> | null;
        if (typeof r !== 'object' || r === null || !Object.hasOwn(r, key)) return false;
        const v = r[key];
        return v !== undefined && v !== null && v !== operand;
      };
    case 'in':
    case 'notIn': {
      const set = new Set<unknown>(operand as readonly unknown[]);
      if (op === 'in')
        return (entry) => {
          const r = record(entry) as Record<string, unknown> | null;
          return typeof r === 'object' && r !== null && Object.hasOwn(r, key) && set.has(r[key]);
        };
      return (entry) => {
        const r = record(entry) as Record<string, unknown> | null;
        if (typeof r !== 'object' || r === null || !Object.hasOwn(r, key)) return false;
        const v = r[key];
        return v !== undefined && v !== null && !set.has(v);
      };
    }
    case 'present': {
      const wanted = operand === true;
      return (entry) => {
        const r = record(entry) as Record<string, unknown> | null;
        if (typeof r !== 'object' || r === null || !Object.hasOwn(r, key)) return !wanted;
        const v = r[key];
        return (v !== undefined && v !== null) === wanted;
      };
    }
    case 'isEmpty':
    case 'notEmpty': {
      const empty = op === 'isEmpty';
      return (entry) => {
        const r = record(entry) as Record<string, unknown> | null;
        if (typeof r !== 'object' || r === null || !Object.hasOwn(r, key)) return false;
        const v = r[key];
        return Array.isArray(v) && (v.length === 0) === empty;
      };
    }
    default:
      return undefined;
  }
}

/** A filter leaf that tests a measure of the whole project (in a "choose" case). */
function compileMeasureTest(
  filter: Filter,
  measure: Measure,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  options: FilterOptions,
): Test | undefined {
  if (!options.allowMeasure) {
    context.problems.push(
      options.measureDepth > 1
        ? {
            path: [...at, 'measure'],
            message: 'a measure inside a measure may not hold another measure',
            code: 'declared-measure-in-measure',
          }
        : {
            path: [...at, 'measure'],
            message:
              'a measure can be tested only in a "choose" case, which is about the project as a whole: a measure per record would repeat the work for every record',
            code: 'declared-measure-per-record',
          },
    );
    return undefined;
  }
  const inner = compileMeasure(
    measure,
    [...at, 'measure'],
    context,
    from,
    options.measureDepth + 1,
  );
  if (inner === undefined) return undefined;
  const type = measureFieldType(inner.type);
  if (type === undefined || inner.scope !== undefined) {
    context.problems.push({
      path: [...at, 'measure'],
      message: 'a measure tested in a filter must give one value, not findings about each subject',
      code: 'declared-measure-findings',
    });
    return undefined;
  }
  const compare = compileComparison(filter, type, at, context, from, undefined);
  if (compare === undefined) return undefined;
  // "Is there any?" stops at the first record instead of counting them all.
  const exists = inner.exists;
  const only = Object.keys(filter).filter((k) => k !== 'measure');
  if (exists !== undefined && only.length === 1) {
    const cmp = filter as { greaterThan?: unknown; greaterThanInclusive?: unknown };
    if (only[0] === 'greaterThan' && cmp.greaterThan === 0) return (_e, d) => exists(d);
    if (only[0] === 'greaterThanInclusive' && cmp.greaterThanInclusive === 1)
      return (_e, d) => exists(d);
  }
  const compute = inner.compute;
  return (entry, derived) => compare(compute(derived), entry, derived);
}

/** Records of a collection by id, built once per check. */
function indexOf(spec: CollectionSpec, derived: DerivedProject): ReadonlyMap<string, Entry> {
  if (spec.name === 'members') return derived.memberById;
  return derived.memo(`index:${spec.name}`, () => {
    const index = new Map<string, Entry>();
    for (const entry of spec.entries(derived)) {
      const id = spec.id(entry);
      if (id !== undefined && !index.has(id)) index.set(id, entry);
    }
    return index;
  });
}

/** `refersTo`: the records an id field names, tested with a filter on their own fields. */
function compileRefersTo(
  filter: Filter,
  field: Resolved,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  options: FilterOptions,
): Test | undefined {
  const idType = field.type.kind === 'list' ? field.type.item : field.type;
  const target =
    idType.kind === 'id' && idType.refers !== undefined ? collectionSpec(idType.refers) : undefined;
  if (target === undefined || target.name === 'project') {
    context.problems.push({
      path: [...at, 'refersTo'],
      message: `"refersTo" follows a field that names other records, such as "chairedBy" or "memberId", but "${filter.field}" is ${describeFieldType(field.type)}`,
      code: 'declared-refers-to-field',
      params: { field: String(filter.field), fieldType: fieldTypeParam(field.type) },
    });
    return undefined;
  }
  const inner = compileFilter(filter.refersTo!, target, [...at, 'refersTo'], context, from, {
    ...options,
    allowMeasure: false,
  });
  if (inner === undefined) return undefined;
  const get = field.get;
  return (entry, derived) => {
    const value = get(entry, derived);
    const index = indexOf(target, derived);
    if (typeof value === 'string') {
      const record = index.get(value);
      return record !== undefined && inner(record, derived);
    }
    if (!Array.isArray(value)) return false;
    for (const id of value) {
      const record = typeof id === 'string' ? index.get(id) : undefined;
      if (record !== undefined && inner(record, derived)) return true;
    }
    return false;
  };
}
