/**
 * From a declared fact, as written in a rule file or the fact library, to a
 * fact the engine can ask: every collection, field, comparison and
 * parameter checked against the model when the rules load, then the
 * definition turned into closures that read the project through its own
 * properties only.
 *
 * A declared fact is computed once per check for each distinct definition
 * (after parameters are put in): two rules that declare the same measure
 * share one computation.
 *
 * @module
 */
import type { Stage } from '../../model/project.js';
import type { DerivedProject } from '../facts/derive.js';
import { textEvidence } from '../facts/evidence.js';
import type { FactDefinition, FactType } from '../facts/types.js';
import { isoDateToDay, parseInstant, zonedTime } from '../facts/zone.js';
import { closestMatch } from '../suggest.js';
import type { DataValue, Finding, SubjectRef } from '../types.js';
import { type CollectionSpec, collectionNames, collectionSpec } from './collections.js';
import { describeFieldType, type FieldType } from './fields.js';
import {
  type Comparison,
  type DateOperand,
  DECLARATIVE_LIMITS,
  FILTER_OPERATORS,
  type Filter,
  type FilterOperator,
  type Measure,
} from './schema.js';

type Path = readonly (string | number)[];

/**
 * A problem found in a declared fact, with its path inside the definition.
 *
 * @internal
 * @example `const p: DeclarationProblem = { path: ['where', 'field'], message: 'unknown field "activ"' };`
 */
export interface DeclarationProblem {
  readonly path: Path;
  readonly message: string;
}

/** A parameter value, as a rule's configuration gives it. */
type ParameterValue = number | string | boolean | readonly string[];

/**
 * Where a declared fact is compiled: its id, the parameters it may name,
 * and the path of the definition in its file (for problems).
 *
 * @internal
 * @example `const options: DeclareOptions = { parameters: { recentDays: 90 } };`
 */
export interface DeclareOptions {
  /** The rule's parameters and their effective values; none in the fact library. */
  readonly parameters?: Readonly<Record<string, ParameterValue>> | undefined;
}

/**
 * The result of compiling a declared fact: the fact, or the problems.
 *
 * @internal
 * @example `const { fact, problems } = compileDeclaredFact('decisionCount', { measure: 'count', of: 'decisions' });`
 */
export interface DeclaredFactResult {
  readonly fact?: FactDefinition | undefined;
  readonly problems: readonly DeclarationProblem[];
}

type Entry = unknown;
type Getter = (entry: Entry, derived: DerivedProject) => unknown;
type Test = (entry: Entry, derived: DerivedProject) => boolean;

interface Resolved {
  readonly type: FieldType;
  readonly get: Getter;
}

interface Context {
  readonly problems: DeclarationProblem[];
  readonly params: Readonly<Record<string, ParameterValue>>;
  readonly reads: Set<string>;
  leaves: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function suggest(name: string, candidates: Iterable<string>): string {
  const best = closestMatch(name, candidates);
  return best !== undefined ? `; did you mean "${best}"?` : '';
}

/** Where a collection's records are, as a model path for `reads`. */
function readsPrefix(spec: CollectionSpec): string {
  if (spec.name === 'project') return '';
  if (spec.name === 'attendance') return 'activities[].attendance[].';
  if (spec.name === 'representations') return 'group.members[].represents[].';
  return `${spec.pointer.slice(1).replace(/\//g, '.')}[].`;
}

// ------------------------------------------------------------------ parameters

/**
 * Puts each `{ "param": name }` of a definition in place, recording where
 * each came from so a type problem can name the parameter.
 */
function substitute(
  value: unknown,
  path: Path,
  context: Context,
  from: Map<string, string>,
): unknown {
  if (Array.isArray(value)) return value.map((v, i) => substitute(v, [...path, i], context, from));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'param' && typeof value.param === 'string') {
    const name = value.param;
    if (!Object.hasOwn(context.params, name)) {
      const names = Object.keys(context.params);
      context.problems.push({
        path,
        message:
          names.length === 0
            ? `unknown parameter "${name}": there are no parameters here`
            : `unknown parameter "${name}": the rule has ${names.map((n) => `"${n}"`).join(', ')}${suggest(name, names)}`,
      });
      return undefined;
    }
    from.set(path.join('\u0000'), name);
    const v = context.params[name];
    return Array.isArray(v) ? [...v] : v;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = substitute(value[key], [...path, key], context, from);
  return out;
}

// ------------------------------------------------------------------ fields

function ownPath(segments: readonly string[]): (record: unknown) => unknown {
  if (segments.length === 1) {
    const [a] = segments as [string];
    return (record) =>
      isObject(record) && Object.hasOwn(record, a)
        ? (record as Record<string, unknown>)[a]
        : undefined;
  }
  return (record) => {
    let value: unknown = record;
    for (const segment of segments) {
      if (!isObject(value) || !Object.hasOwn(value, segment)) return undefined;
      value = value[segment];
    }
    return value;
  };
}

function resolveField(
  spec: CollectionSpec,
  path: string,
  at: Path,
  context: Context,
): Resolved | undefined {
  const segments = path.split('.');
  const first = segments[0]!;
  if (Object.hasOwn(spec.derived, first)) {
    if (segments.length > 1) {
      context.problems.push({ path: at, message: `"${first}" has no fields inside it` });
      return undefined;
    }
    const derivedField = spec.derived[first]!;
    for (const read of derivedField.reads) context.reads.add(read);
    return {
      type: derivedField.type,
      get: (entry, derived) => spec.derivedValue(entry, first, derived),
    };
  }
  let fields: Readonly<Record<string, FieldType>> = spec.fields;
  let type: FieldType | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const where = i === 0 ? spec.name : segments.slice(0, i).join('.');
    if (!Object.hasOwn(fields, segment)) {
      context.problems.push({
        path: at,
        message: `unknown field "${segment}" of ${where}${suggest(segment, Object.keys(fields))}`,
      });
      return undefined;
    }
    type = fields[segment]!;
    if (i < segments.length - 1) {
      if (type.kind !== 'record') {
        context.problems.push({
          path: at,
          message:
            type.kind === 'list'
              ? `"${segments.slice(0, i + 1).join('.')}" is a list: the language cannot look inside the records of a list; use a collection instead`
              : `"${segments.slice(0, i + 1).join('.')}" is ${describeFieldType(type)}, with no fields inside it`,
        });
        return undefined;
      }
      fields = type.fields;
    }
  }
  if (type === undefined || type.kind === 'other') {
    context.problems.push({
      path: at,
      message: `"${path}" cannot be read by declarative facts (it mixes several shapes, or belongs to a council's own extensions)`,
    });
    return undefined;
  }
  context.reads.add(`${readsPrefix(spec)}${path}`);
  const record = spec.record;
  if (segments.length === 1) {
    // The common case, one field of the record, read in one step: this runs
    // for every record each filter looks at.
    const key = segments[0] as string;
    return {
      type,
      // Only the record's own properties are read (an array has none of a record's fields).
      get: (entry) => {
        const r = record(entry);
        return typeof r === 'object' && r !== null && Object.hasOwn(r, key) ? r[key] : undefined;
      },
    };
  }
  const read = ownPath(segments);
  return { type, get: (entry) => read(record(entry)) };
}

// ------------------------------------------------------------------ values and dates

const SCALAR_KINDS = new Set(['text', 'date', 'datetime', 'number', 'boolean', 'enum', 'id']);

function literalProblem(type: FieldType, value: unknown): string | undefined {
  switch (type.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'enum':
      if (typeof value !== 'string')
        return `must be one of ${type.values.map((v) => `"${v}"`).join(', ')}`;
      return type.values.includes(value)
        ? undefined
        : `"${value}" is not one of ${type.values.map((v) => `"${v}"`).join(', ')}${suggest(value, type.values)}`;
    case 'date':
    case 'datetime':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? undefined
        : 'must be a date like "2026-04-01"';
    case 'text':
    case 'id':
      return typeof value === 'string' ? undefined : 'must be text';
    default:
      return 'cannot be compared with a value';
  }
}

/** The calendar day (days since 1970-01-01) of a date or date-time in the project zone. */
function dayOf(value: unknown, derived: DerivedProject): number | undefined {
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

const isDateKind = (t: FieldType) => t.kind === 'date' || t.kind === 'datetime';

// ------------------------------------------------------------------ comparisons

type Compare = (value: unknown, entry: Entry, derived: DerivedProject) => boolean;

/**
 * Compiles one comparison of a value of `type`. `sibling` resolves another
 * field of the same record (for a date operand `{ "field" }`); absent where
 * there is no record (a grouped measure's `flag`).
 */
function compileComparison(
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
  const fromParam = named !== undefined ? `(from the parameter "${named}") ` : '';
  const report = (message: string, path: Path = opPath) => {
    context.problems.push({ path, message: `${fromParam}${message}` });
    return undefined;
  };
  if (operand === undefined) return undefined; // an unknown parameter, already reported
  const needs = (ok: boolean, what: string) =>
    ok ? undefined : report(`"${op}" compares ${what}, but this is ${describeFieldType(type)}`);
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
      if (!Array.isArray(operand)) return report('must be a list of values');
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
        return report('must be a number');
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
      if (!Array.isArray(operand)) return report('must be a list of values');
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
      if (type.kind !== 'text') return needs(false, 'free text');
      const states = new Set(Array.isArray(operand) ? operand : [operand]);
      return (v, _entry, derived) =>
        states.has(typeof v === 'string' ? textEvidence(derived, v) : 'missing');
    }
    case 'refersTo':
      return report(
        '"refersTo" belongs with a "field" that names other records, such as "memberId"',
      );
    case 'withinDays': {
      if (!isDateKind(type)) return needs(false, 'dates');
      if (typeof operand !== 'number' || !Number.isInteger(operand) || operand < 0)
        return report('must be a whole number of days, 0 or more');
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
      const test =
        op === 'before'
          ? (a: number, b: number) => a < b
          : op === 'onOrBefore'
            ? (a: number, b: number) => a <= b
            : op === 'after'
              ? (a: number, b: number) => a > b
              : (a: number, b: number) => a >= b;
      const date = operand as DateOperand;
      if (date === 'now') {
        if (type.kind === 'datetime') {
          return (v, _entry, derived) => {
            const instant = instantOf(v);
            return instant !== undefined && test(instant, derived.nowMs);
          };
        }
        return (v, _entry, derived) => {
          const day = dayOf(v, derived);
          return day !== undefined && test(day, derived.todayDay);
        };
      }
      const target = compileDateOperand(date, opPath, context, from, sibling);
      if (target === undefined) return undefined;
      return (v, entry, derived) => {
        const day = dayOf(v, derived);
        if (day === undefined) return false;
        const other = target(entry, derived);
        return other !== undefined && test(day, other);
      };
    }
  }
  return undefined;
}

function compileDateOperand(
  date: DateOperand,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  sibling: ((path: string, at: Path) => Resolved | undefined) | undefined,
): ((entry: Entry, derived: DerivedProject) => number | undefined) | undefined {
  if (date === 'today') return (_e, derived) => derived.todayDay;
  if (typeof date === 'string') {
    const day = isoDateToDay(date);
    if (!Number.isFinite(day)) {
      context.problems.push({ path: at, message: `"${date}" is not a date` });
      return undefined;
    }
    return () => day;
  }
  const days = (value: unknown, key: string): number | undefined => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    const named = from.get([...at, key].join('\u0000'));
    if (value !== undefined)
      context.problems.push({
        path: [...at, key],
        message: `${named !== undefined ? `(from the parameter "${named}") ` : ''}must be a whole number of days, 0 or more`,
      });
    return undefined;
  };
  if ('daysAgo' in date) {
    const n = days(date.daysAgo, 'daysAgo');
    return n === undefined ? undefined : (_e, derived) => derived.todayDay - n;
  }
  if ('daysAhead' in date) {
    const n = days(date.daysAhead, 'daysAhead');
    return n === undefined ? undefined : (_e, derived) => derived.todayDay + n;
  }
  if (sibling === undefined) {
    context.problems.push({
      path: [...at, 'field'],
      message: 'there is no record here whose other fields could be read',
    });
    return undefined;
  }
  const other = sibling(date.field, [...at, 'field']);
  if (other === undefined) return undefined;
  if (!isDateKind(other.type)) {
    context.problems.push({
      path: [...at, 'field'],
      message: `"${date.field}" is ${describeFieldType(other.type)}, not a date`,
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

// ------------------------------------------------------------------ filters

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

function compileFilter(
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
    const n = ok.length;
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
    });
  }
  const sibling = (path: string, where: Path) => resolveField(spec, path, where, context);
  if (filter.measure !== undefined) {
    if (!options.allowMeasure) {
      context.problems.push({
        path: [...at, 'measure'],
        message:
          options.measureDepth > 1
            ? 'a measure inside a measure may not hold another measure'
            : 'a measure can be tested only in a "choose" case, which is about the project as a whole: a measure per record would repeat the work for every record',
      });
      return undefined;
    }
    const inner = compileMeasure(
      filter.measure,
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
        message:
          'a measure tested in a filter must give one value, not findings about each subject',
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
  const field = resolveField(spec, filter.field!, [...at, 'field'], context);
  if (field === undefined) return undefined;
  if (filter.refersTo !== undefined)
    return compileRefersTo(filter, field, at, context, from, deeper);
  const compare = compileComparison(filter, field.type, at, context, from, sibling);
  if (compare === undefined) return undefined;
  const get = field.get;
  return (entry, derived) => compare(get(entry, derived), entry, derived);
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

// ------------------------------------------------------------------ measures

interface CompiledMeasure {
  readonly type: FactType;
  readonly nullable: boolean;
  readonly unit?: string | undefined;
  readonly scope?: FindingsScope | undefined;
  readonly compute: (derived: DerivedProject) => unknown;
  /** For a count: whether any record passes, stopping at the first one. */
  readonly exists?: ((derived: DerivedProject) => boolean) | undefined;
}

type FindingsScope = Exclude<SubjectRef['type'], 'project'>;

function lookupCollection(name: string, at: Path, context: Context): CollectionSpec | undefined {
  const spec = collectionSpec(name);
  if (spec && spec.name !== 'project') context.reads.add(readsPrefix(spec).replace(/\[\]\.$/, ''));
  if (!spec) {
    context.problems.push({
      path: at,
      message:
        suggest(name, collectionNames()) !== ''
          ? `unknown collection "${name}"${suggest(name, collectionNames())}`
          : `unknown collection "${name}": use one of ${collectionNames().join(', ')}`,
    });
  }
  return spec;
}

/**
 * A running total per subject (or for the whole collection), as two
 * numbers; what they mean is the measure's. Plain data, so a subject's
 * total costs one small object and no new functions.
 */
interface AccState {
  a: number;
  b: number;
}

/** How a measure starts, adds a record to, and finishes a running total. */
interface Aggregator {
  init(): AccState;
  add(state: AccState, entry: Entry, derived: DerivedProject): void;
  finish(state: AccState, derived: DerivedProject): number | string | null;
}

function aggregate(
  measure: Extract<Measure, { of: string }>,
  spec: CollectionSpec,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  measureDepth: number,
): { factory: Aggregator; type: FactType; unit?: string; where: Test } | undefined {
  const options = { depth: 1, measureDepth, allowMeasure: false };
  const where: Test | undefined =
    measure.where === undefined
      ? () => true
      : compileFilter(measure.where, spec, [...at, 'where'], context, from, options);
  switch (measure.measure) {
    case 'count':
      return where
        ? {
            where,
            type: 'number',
            factory: {
              init: () => ({ a: 0, b: 0 }),
              add: (state) => {
                state.a++;
              },
              finish: (state) => state.a,
            },
          }
        : undefined;
    case 'share': {
      const among: Test | undefined =
        measure.among === undefined
          ? () => true
          : compileFilter(measure.among, spec, [...at, 'among'], context, from, options);
      const minItems = measure.minItems;
      if (
        minItems !== undefined &&
        (typeof minItems !== 'number' || !Number.isInteger(minItems) || minItems < 1)
      ) {
        const named = from.get([...at, 'minItems'].join('\u0000'));
        context.problems.push({
          path: [...at, 'minItems'],
          message: `${named !== undefined ? `(from the parameter "${named}") ` : ''}must be a whole number, 1 or more`,
        });
        return undefined;
      }
      if (!where || !among) return undefined;
      const least = Math.max(1, (minItems as number | undefined) ?? 1);
      // `where` is the numerator test; the denominator is `among`, checked in `add`.
      return {
        where: () => true,
        type: 'share',
        // a: the records that also pass "where"; b: those that pass "among".
        factory: {
          init: () => ({ a: 0, b: 0 }),
          add: (state, entry, derived) => {
            if (!among(entry, derived)) return;
            state.b++;
            if (where(entry, derived)) state.a++;
          },
          finish: (state) => (state.b < least ? null : state.a / state.b),
        },
      };
    }
    case 'sum':
    case 'min':
    case 'max':
    case 'latest':
    case 'earliest':
    case 'age': {
      const field = resolveField(spec, measure.field, [...at, 'field'], context);
      if (!field || !where) return undefined;
      const get = field.get;
      if (measure.measure === 'sum' || measure.measure === 'min' || measure.measure === 'max') {
        if (field.type.kind !== 'number') {
          context.problems.push({
            path: [...at, 'field'],
            message: `"${measure.measure}" adds up numbers, but "${measure.field}" is ${describeFieldType(field.type)}${isDateKind(field.type) ? ': use "latest", "earliest" or "age" for dates' : ''}`,
          });
          return undefined;
        }
        const kind = measure.measure;
        return {
          where,
          type: 'number',
          // a: the total, or the least or greatest value (NaN while there is none).
          factory: {
            init: () => ({ a: kind === 'sum' ? 0 : Number.NaN, b: 0 }),
            add: (state, entry, derived) => {
              const v = get(entry, derived);
              if (typeof v !== 'number' || !Number.isFinite(v)) return;
              if (kind === 'sum') state.a += v;
              else if (Number.isNaN(state.a)) state.a = v;
              else state.a = kind === 'min' ? Math.min(state.a, v) : Math.max(state.a, v);
            },
            finish: (state) => (Number.isNaN(state.a) ? null : state.a),
          },
        };
      }
      if (!isDateKind(field.type)) {
        context.problems.push({
          path: [...at, 'field'],
          message: `"${measure.measure}" reads dates, but "${measure.field}" is ${describeFieldType(field.type)}`,
        });
        return undefined;
      }
      const kind = measure.measure;
      return {
        where,
        type: kind === 'age' ? 'number' : 'string',
        ...(kind === 'age' ? { unit: 'days' } : {}),
        // a: the best day so far (NaN while there is none).
        factory: {
          init: () => ({ a: Number.NaN, b: 0 }),
          add: (state, entry, derived) => {
            const day = dayOf(get(entry, derived), derived);
            if (day === undefined) return;
            if (Number.isNaN(state.a)) state.a = day;
            else state.a = kind === 'earliest' ? Math.min(state.a, day) : Math.max(state.a, day);
          },
          finish: (state, derived) => {
            if (Number.isNaN(state.a)) return null;
            if (kind === 'age') return derived.todayDay - state.a;
            return dayToIso(state.a);
          },
        },
      };
    }
  }
  return undefined;
}

function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function compileGrouped(
  measure: Extract<Measure, { of: string }> & { readonly groupBy?: string | undefined },
  spec: CollectionSpec,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  measureDepth: number,
): CompiledMeasure | undefined {
  const parts = aggregate(measure, spec, at, context, from, measureDepth);
  const grouped = measure as {
    groupBy?: string;
    subjects?: Filter;
    flag?: Comparison;
    ifMissing?: 'review' | 'flag' | 'pass';
    ifNoSubjects?: 'review' | 'pass';
  };
  if (grouped.groupBy === undefined) {
    for (const key of ['subjects', 'flag', 'ifMissing', 'ifNoSubjects'] as const) {
      if (grouped[key] !== undefined)
        context.problems.push({ path: [...at, key], message: `"${key}" belongs with "groupBy"` });
    }
    if (!parts) return undefined;
    const { factory, where, type, unit } = parts;
    const nullable = measure.measure !== 'count' && measure.measure !== 'sum';
    return {
      type,
      nullable,
      unit,
      compute: (derived) => {
        const state = factory.init();
        for (const entry of spec.entries(derived))
          if (where(entry, derived)) factory.add(state, entry, derived);
        return factory.finish(state, derived);
      },
      ...(measure.measure === 'count'
        ? {
            exists: (derived: DerivedProject) => {
              for (const entry of spec.entries(derived)) if (where(entry, derived)) return true;
              return false;
            },
          }
        : {}),
    };
  }
  // One finding per subject: the records the `groupBy` field points to.
  const link = resolveField(spec, grouped.groupBy, [...at, 'groupBy'], context);
  if (!link) return undefined;
  const idType = link.type.kind === 'list' ? link.type.item : link.type;
  const targetName = idType.kind === 'id' ? idType.refers : undefined;
  const target = targetName !== undefined ? collectionSpec(targetName) : undefined;
  if (
    idType.kind !== 'id' ||
    target === undefined ||
    target.scope === undefined ||
    target.scope === 'project'
  ) {
    context.problems.push({
      path: [...at, 'groupBy'],
      message:
        idType.kind !== 'id'
          ? `"${grouped.groupBy}" is ${describeFieldType(link.type)}: group by a field that names a member or another record, such as "memberId", or by "id"`
          : `the records "${grouped.groupBy}" names cannot be the subject of an issue`,
    });
    return undefined;
  }
  const scope = target.scope as FindingsScope;
  const subjectsTest: Test | undefined =
    grouped.subjects === undefined
      ? () => true
      : compileFilter(grouped.subjects, target, [...at, 'subjects'], context, from, {
          depth: 1,
          measureDepth,
          allowMeasure: false,
        });
  if (grouped.flag === undefined) {
    context.problems.push({
      path: [...at, 'flag'],
      message:
        'a grouped measure needs "flag": when a subject\'s value makes it flagged, like { "equal": 0 }',
    });
    return undefined;
  }
  if (!parts || !subjectsTest) return undefined;
  const valueType: FieldType =
    parts.type === 'string' ? { kind: 'date' } : { kind: 'number', integer: false };
  const flag = compileComparison(
    grouped.flag,
    valueType,
    [...at, 'flag'],
    context,
    from,
    undefined,
  );
  if (!flag) return undefined;
  const ifMissing = grouped.ifMissing ?? 'review';
  const ifNoSubjects = grouped.ifNoSubjects ?? 'review';
  const { factory, where } = parts;
  const getLink = link.get;
  const listLink = link.type.kind === 'list';
  return {
    type: 'findings',
    scope,
    nullable: ifNoSubjects === 'review',
    compute: (derived) => {
      // The records of the collection by the subject they name, worked out
      // once per check and shared by every measure grouped the same way: each
      // subject then reads only its own records, and records naming nobody
      // the measure is about are never looked at.
      const bySubject = derived.memo(`grouped:${spec.name}:${grouped.groupBy}`, () =>
        groupEntries(spec.entries(derived), (entry) => getLink(entry, derived), listLink),
      );
      const out: Finding[] = [];
      const seen = new Set<string>();
      for (const entry of target.entries(derived)) {
        if (!subjectsTest(entry, derived)) continue;
        const id = target.id(entry);
        if (id === undefined || seen.has(id)) continue;
        seen.add(id);
        const acc = factory.init();
        for (const record of bySubject.get(id) ?? EMPTY_ENTRIES) {
          if (where(record, derived)) factory.add(acc, record, derived);
        }
        const value = factory.finish(acc, derived);
        let status: Finding['status'] | undefined;
        if (value === null)
          status =
            ifMissing === 'pass' ? undefined : ifMissing === 'flag' ? 'flagged' : 'needs-review';
        else if (flag(value, undefined, derived)) status = 'flagged';
        if (status === undefined) continue;
        // Made only for the subjects a finding is about: labels cost more than the test.
        const subject = target.subject(entry);
        if (subject !== undefined)
          out.push({ subject, status, data: { value: value as DataValue } });
      }
      if (seen.size === 0) return ifNoSubjects === 'pass' ? Object.freeze([]) : null;
      return Object.freeze(out);
    },
  };
}

const EMPTY_ENTRIES: readonly unknown[] = Object.freeze([]);

/**
 * A collection's entries by the id (or ids) each names, in document order;
 * a record that names one subject twice is listed once for it.
 */
function groupEntries(
  entries: readonly unknown[],
  linkOf: (entry: unknown) => unknown,
  listLink: boolean,
): ReadonlyMap<string, readonly unknown[]> {
  const groups = new Map<string, unknown[]>();
  const add = (key: string, entry: unknown) => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [entry]);
    else if (group[group.length - 1] !== entry) group.push(entry);
  };
  for (const entry of entries) {
    const key = linkOf(entry);
    if (!listLink) {
      if (typeof key === 'string') add(key, entry);
    } else if (Array.isArray(key)) {
      for (const k of key) if (typeof k === 'string') add(k, entry);
    }
  }
  return groups;
}

function compileList(
  measure: Extract<Measure, { measure: 'list' }>,
  spec: CollectionSpec,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  measureDepth: number,
): CompiledMeasure | undefined {
  const where: Test | undefined =
    measure.where === undefined
      ? () => true
      : compileFilter(measure.where, spec, [...at, 'where'], context, from, {
          depth: 1,
          measureDepth,
          allowMeasure: false,
        });
  const field = resolveField(spec, measure.field, [...at, 'field'], context);
  if (!field || !where) return undefined;
  const item = field.type.kind === 'list' ? field.type.item : field.type;
  if (item.kind !== 'text' && item.kind !== 'enum' && item.kind !== 'date') {
    context.problems.push({
      path: [...at, 'field'],
      message: `"list" gives words for a reader, but "${measure.field}" is ${describeFieldType(field.type)}${item.kind === 'id' ? ': ids are not shown to readers' : ''}`,
    });
    return undefined;
  }
  const get = field.get;
  const isText = item.kind === 'text';
  return {
    type: 'string-list',
    nullable: false,
    compute: (derived) => {
      const out: string[] = [];
      const seen = new Set<string>();
      const push = (v: unknown) => {
        if (typeof v !== 'string' || seen.has(v) || out.length >= DECLARATIVE_LIMITS.maxListValues)
          return;
        if (isText && textEvidence(derived, v) !== 'present') return;
        seen.add(v);
        out.push(v);
      };
      for (const entry of spec.entries(derived)) {
        if (!where(entry, derived)) continue;
        const v = get(entry, derived);
        if (Array.isArray(v)) for (const x of v) push(x);
        else push(v);
      }
      return Object.freeze(out);
    },
  };
}

function compileValue(
  measure: Extract<Measure, { measure: 'value' }>,
  at: Path,
  context: Context,
): CompiledMeasure | undefined {
  const project = collectionSpec('project')!;
  const field = resolveField(project, measure.field, [...at, 'field'], context);
  if (!field) return undefined;
  const { type } = field;
  let factType: FactType;
  if (type.kind === 'number') factType = 'number';
  else if (type.kind === 'boolean') factType = 'boolean';
  else if (type.kind === 'text' || type.kind === 'enum' || isDateKind(type)) factType = 'string';
  else if (type.kind === 'list' && (type.item.kind === 'text' || type.item.kind === 'enum'))
    factType = 'string-list';
  else {
    context.problems.push({
      path: [...at, 'field'],
      message: `"value" reads one number, word, date, true/false or list of words, but "${measure.field}" is ${describeFieldType(type)}`,
    });
    return undefined;
  }
  const get = field.get;
  const isText = type.kind === 'text';
  const textList = type.kind === 'list' && type.item.kind === 'text';
  return {
    type: factType,
    nullable: true,
    compute: (derived) => {
      const v = get(derived.project, derived);
      if (v === undefined || v === null) return null;
      // Text counts only when it holds real words: "tbc" is no answer.
      if (isText) return typeof v === 'string' && textEvidence(derived, v) === 'present' ? v : null;
      if (textList && Array.isArray(v))
        return Object.freeze(
          v.filter((x) => typeof x === 'string' && textEvidence(derived, x) === 'present'),
        );
      return Array.isArray(v) ? Object.freeze([...v]) : v;
    },
  };
}

function thenType(value: unknown): FactType | undefined {
  if (value === null) return undefined;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  return 'string';
}

function compileChoose(
  measure: Extract<Measure, { measure: 'choose' }>,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  measureDepth: number,
): CompiledMeasure | undefined {
  if (measureDepth > 1) {
    context.problems.push({ path: at, message: 'a "choose" may not sit inside another measure' });
    return undefined;
  }
  const project = collectionSpec('project')!;
  const values = [...measure.cases.map((c) => c.value), measure.otherwise];
  const types = new Set(values.map(thenType).filter((t) => t !== undefined));
  if (types.size === 0) {
    context.problems.push({
      path: at,
      message: 'a "choose" must give a value in at least one case',
    });
    return undefined;
  }
  if (types.size > 1) {
    context.problems.push({
      path: at,
      message: `every case of a "choose" must give the same kind of value (or null), not ${[...types].join(' and ')}`,
    });
    return undefined;
  }
  const tests = measure.cases.map((c, i) =>
    compileFilter(c.when, project, [...at, 'cases', i, 'when'], context, from, {
      depth: 1,
      measureDepth,
      allowMeasure: measureDepth < DECLARATIVE_LIMITS.maxMeasureDepth,
    }),
  );
  if (tests.some((t) => t === undefined)) return undefined;
  const cases = measure.cases.map((c, i) => ({ test: tests[i]!, value: c.value }));
  const otherwise = measure.otherwise;
  return {
    type: [...types][0]!,
    nullable: values.includes(null),
    compute: (derived) => {
      for (const { test, value } of cases) if (test(derived.project, derived)) return value;
      return otherwise;
    },
  };
}

const PLACEHOLDER_NOTE = 'only a placeholder so far';
const UNDER_WAY: readonly Stage[] = ['during', 'ending', 'closed'];

function compileChecklist(
  measure: Extract<Measure, { measure: 'checklist' }>,
  at: Path,
  context: Context,
): CompiledMeasure | undefined {
  const project = collectionSpec('project')!;
  const members = collectionSpec('members')!;
  type Part = (derived: DerivedProject, missing: string[], review: string[]) => void;
  const parts: Part[] = [];
  for (const [i, item] of measure.items.entries()) {
    const kind = (['text', 'texts', 'present', 'agreedBy'] as const).find(
      (k) => item[k] !== undefined,
    )!;
    const path = item[kind]!;
    const field = resolveField(project, path, [...at, 'items', i, kind], context);
    if (!field) continue;
    const { label } = item;
    const get = field.get;
    const wrong = (what: string) => {
      context.problems.push({
        path: [...at, 'items', i, kind],
        message: `"${kind}" needs ${what}, but "${path}" is ${describeFieldType(field.type)}`,
      });
    };
    switch (kind) {
      case 'text':
        if (field.type.kind !== 'text') {
          wrong('free text');
          continue;
        }
        parts.push((derived, missing, review) => {
          const v = get(derived.project, derived);
          const state = typeof v === 'string' ? textEvidence(derived, v) : 'missing';
          if (state === 'missing') missing.push(label);
          else if (state === 'placeholder') review.push(`${label} (${PLACEHOLDER_NOTE})`);
        });
        continue;
      case 'texts':
        if (field.type.kind !== 'list' || field.type.item.kind !== 'text') {
          wrong('a list of text');
          continue;
        }
        parts.push((derived, missing, review) => {
          const v = get(derived.project, derived);
          if (!Array.isArray(v) || v.length === 0) missing.push(label);
          else if (!v.some((x) => typeof x === 'string' && textEvidence(derived, x) === 'present'))
            review.push(`${label} (${PLACEHOLDER_NOTE})`);
        });
        continue;
      case 'present':
        parts.push((derived, missing) => {
          const v = get(derived.project, derived);
          if (v === undefined || v === null) missing.push(label);
        });
        continue;
      case 'agreedBy':
        if (
          field.type.kind !== 'list' ||
          field.type.item.kind !== 'id' ||
          field.type.item.refers !== members.name
        ) {
          wrong('a list of member ids');
          continue;
        }
        context.reads.add('group.members[].roles');
        parts.push((derived, _missing, review) => {
          const ids = get(derived.project, derived);
          if (!Array.isArray(ids) || ids.length === 0) {
            review.push(`which members of the group agreed ${label}`);
            return;
          }
          for (const id of ids) {
            const member = typeof id === 'string' ? derived.memberById.get(id) : undefined;
            if (member !== undefined && !member.staffSide) return;
          }
          review.push(`which members of the group, not only staff, agreed ${label}`);
        });
        continue;
    }
  }
  if (parts.length !== measure.items.length) return undefined;
  const stages = new Set<string>(measure.knownGapStages ?? UNDER_WAY);
  context.reads.add('stage');
  const assess = (derived: DerivedProject) => {
    const missing: string[] = [];
    const review: string[] = [];
    for (const part of parts) part(derived, missing, review);
    return { missing, review };
  };
  if (measure.report === 'toReview') {
    return {
      type: 'string-list',
      nullable: false,
      compute: (derived) => {
        const { missing, review } = assess(derived);
        return Object.freeze([...missing, ...review]);
      },
    };
  }
  return {
    type: 'string-list',
    nullable: true,
    compute: (derived) => {
      const { missing, review } = assess(derived);
      // A part never written is a known gap once the work is under way.
      if (missing.length > 0 && stages.has(derived.project.stage)) return Object.freeze(missing);
      if (missing.length > 0 || review.length > 0) return null;
      return Object.freeze([]);
    },
  };
}

function compileMeasure(
  measure: Measure,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  measureDepth: number,
): CompiledMeasure | undefined {
  switch (measure.measure) {
    case 'value':
      return compileValue(measure, at, context);
    case 'choose':
      return compileChoose(measure, at, context, from, measureDepth);
    case 'checklist':
      return compileChecklist(measure, at, context);
    case 'list': {
      const spec = lookupCollection(measure.of, [...at, 'of'], context);
      return spec ? compileList(measure, spec, at, context, from, measureDepth) : undefined;
    }
    default: {
      const spec = lookupCollection(measure.of, [...at, 'of'], context);
      if (!spec) return undefined;
      if (measureDepth > 1 && (measure as { groupBy?: string }).groupBy !== undefined) {
        context.problems.push({
          path: [...at, 'groupBy'],
          message: 'a measure tested inside another cannot be grouped',
        });
        return undefined;
      }
      return compileGrouped(measure, spec, at, context, from, measureDepth);
    }
  }
}

/** JSON with object keys sorted, so equal definitions give equal text. */
function canonicalJsonOf(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJsonOf).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJsonOf(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The definition without its words, as the key of its computation. */
function computationKey(definition: unknown): string {
  if (!isObject(definition)) return canonicalJsonOf(definition);
  const { description: _d, unit: _u, ...rest } = definition;
  return canonicalJsonOf(rest);
}

/**
 * Checks a declared fact against the model and the rule's parameters and,
 * when it is sound, builds it as a fact of the catalogue. Problems carry a
 * path inside the definition; the caller adds the file, the rule and where
 * the definition sits.
 *
 * @internal
 * @example
 * ```ts
 * const { fact } = compileDeclaredFact('communityMembers', {
 *   measure: 'count', of: 'members',
 *   where: { all: [{ field: 'active', equal: true }, { field: 'staffSide', equal: false }] },
 * });
 * fact?.compute(deriveProject(project, now), {}); // e.g. 9
 * ```
 */
export function compileDeclaredFact(
  id: string,
  definition: Measure,
  options: DeclareOptions = {},
): DeclaredFactResult {
  const context: Context = {
    problems: [],
    params: options.parameters ?? {},
    reads: new Set(),
    leaves: 0,
  };
  const from = new Map<string, string>();
  const plain = substitute(definition, [], context, from) as Measure;
  if (context.problems.length > 0) return { problems: context.problems };
  const compiled = compileMeasure(plain, [], context, from, 1);
  if (!compiled || context.problems.length > 0) return { problems: context.problems };
  const key = `declared:${computationKey(plain)}`;
  const compute = compiled.compute;
  const unit = definition.unit ?? compiled.unit;
  const fact: FactDefinition = Object.freeze({
    id,
    type: compiled.type,
    ...(unit !== undefined ? { unit } : {}),
    ...(compiled.scope !== undefined ? { scope: compiled.scope } : {}),
    description: definition.description ?? describeMeasure(plain),
    reads: Object.freeze([...context.reads].sort()),
    params: Object.freeze({}),
    ...(compiled.type === 'findings' ? { data: Object.freeze(['value']) } : {}),
    nullable: compiled.nullable,
    declaration: plain,
    compute: (derived: DerivedProject) => derived.memo(key, () => compute(derived)),
  });
  return { fact, problems: [] };
}

// ------------------------------------------------------------------ words

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

const OPERATOR_WORDS: Readonly<Record<FilterOperator, string>> = {
  equal: 'is',
  notEqual: 'is not',
  in: 'is one of',
  notIn: 'is none of',
  lessThan: 'is less than',
  lessThanInclusive: 'is at most',
  greaterThan: 'is more than',
  greaterThanInclusive: 'is at least',
  contains: 'includes',
  doesNotContain: 'does not include',
  containsAll: 'includes all of',
  containsNone: 'includes none of',
  isEmpty: 'is an empty list',
  notEmpty: 'lists something',
  present: 'is recorded',
  text: 'holds',
  before: 'is before',
  onOrBefore: 'is on or before',
  after: 'is after',
  onOrAfter: 'is on or after',
  withinDays: 'is within this many days before today:',
  refersTo: 'names a record where',
};

function describeComparison(comparison: Comparison): string {
  const op = FILTER_OPERATORS.find((o) => (comparison as Record<string, unknown>)[o] !== undefined);
  if (op === undefined) return '';
  const value = (comparison as Record<string, unknown>)[op];
  if (op === 'isEmpty' || op === 'notEmpty') return OPERATOR_WORDS[op];
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
  return `${OPERATOR_WORDS[op]} ${describeOperand(value)}`;
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
