/**
 * Measures over a collection's records (count, share, sum, min, max,
 * latest, earliest, age) as running totals, for the whole collection or for
 * each subject a field names (`groupBy`).
 *
 * @module
 */

import { dayToIsoDate } from '../../time/calendar.js';
import type { DerivedProject } from '../facts/derive.js';
import type { FactType } from '../facts/types.js';
import type { DataValue, Finding } from '../types.js';
import { type CollectionSpec, collectionSpec } from './collections.js';
import { compileComparison, dayOf, isDateKind } from './comparisons.js';
import {
  type Context,
  type DeclarationProblem,
  type Entry,
  fromParameter,
  type Path,
  type Test,
} from './context.js';
import { resolveField } from './field-access.js';
import { describeFieldType, type FieldType, fieldTypeParam } from './fields.js';
import { compileMeasureFilter } from './filters.js';
import type { CompiledMeasure, FindingsScope } from './measures.js';
import type { GroupKeys, Measure } from './schema.js';

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

/**
 * The problem of a measure given a field of a type it cannot read: what the
 * measure needs, and the field's type, in words and as a parameter.
 */
function fieldTypeProblem(
  measure: { readonly measure: string; readonly field: string },
  type: FieldType,
  at: Path,
  needs: string,
  { code, hint = '' }: { readonly code: string; readonly hint?: string },
): DeclarationProblem {
  return {
    path: [...at, 'field'],
    message: `"${measure.measure}" ${needs}, but "${measure.field}" is ${describeFieldType(type)}${hint}`,
    code,
    params: { measure: measure.measure, field: measure.field, fieldType: fieldTypeParam(type) },
  };
}

function aggregate(
  measure: Extract<Measure, { of: string }>,
  spec: CollectionSpec,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  measureDepth: number,
): { factory: Aggregator; type: FactType; unit?: string; where: Test } | undefined {
  const where = compileMeasureFilter(measure, 'where', spec, at, context, from, measureDepth);
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
      const among = compileMeasureFilter(measure, 'among', spec, at, context, from, measureDepth);
      const minItems = measure.minItems;
      if (
        minItems !== undefined &&
        (typeof minItems !== 'number' || !Number.isInteger(minItems) || minItems < 1)
      ) {
        const named = from.get([...at, 'minItems'].join('\u0000'));
        context.problems.push(
          fromParameter(named, {
            path: [...at, 'minItems'],
            message: 'must be a whole number, 1 or more',
            code: 'value-one-or-more',
          }),
        );
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
          const dates = isDateKind(field.type);
          context.problems.push(
            dates
              ? fieldTypeProblem(measure, field.type, at, 'adds up numbers', {
                  code: 'declared-adds-numbers.dates',
                  hint: ': use "latest", "earliest" or "age" for dates',
                })
              : fieldTypeProblem(measure, field.type, at, 'adds up numbers', {
                  code: 'declared-adds-numbers',
                }),
          );
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
        context.problems.push(
          fieldTypeProblem(measure, field.type, at, 'reads dates', {
            code: 'declared-reads-dates',
          }),
        );
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
            return dayToIsoDate(state.a);
          },
        },
      };
    }
  }
  return undefined;
}

export function compileGrouped(
  measure: Extract<Measure, { of: string }> & { readonly groupBy?: string | undefined },
  spec: CollectionSpec,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  measureDepth: number,
): CompiledMeasure | undefined {
  const parts = aggregate(measure, spec, at, context, from, measureDepth);
  const grouped: GroupKeys = measure;
  if (grouped.groupBy === undefined) {
    for (const key of ['subjects', 'flag', 'ifMissing', 'ifNoSubjects'] as const) {
      if (grouped[key] !== undefined)
        context.problems.push({
          path: [...at, key],
          message: `"${key}" belongs with "groupBy"`,
          code: 'declared-needs-group-by',
          params: { key },
        });
    }
    if (!parts) return undefined;
    const { factory, where, type, unit } = parts;
    const nullable = measure.measure !== 'count' && measure.measure !== 'sum';
    return {
      type,
      nullable,
      unit,
      // Indexed loops here and below: `for...of` over the different kinds of
      // list the collections hold made an iterator result per record.
      compute: (derived) => {
        const state = factory.init();
        const entries = spec.entries(derived);
        for (let k = 0; k < entries.length; k++)
          if (where(entries[k], derived)) factory.add(state, entries[k], derived);
        return factory.finish(state, derived);
      },
      ...(measure.measure === 'count'
        ? {
            exists: (derived: DerivedProject) => {
              const entries = spec.entries(derived);
              for (let k = 0; k < entries.length; k++) if (where(entries[k], derived)) return true;
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
    const field = grouped.groupBy;
    context.problems.push(
      idType.kind !== 'id'
        ? {
            path: [...at, 'groupBy'],
            message: `"${field}" is ${describeFieldType(link.type)}: group by a field that names a member or another record, such as "memberId", or by "id"`,
            code: 'declared-group-by-type',
            params: { field, fieldType: fieldTypeParam(link.type) },
          }
        : {
            path: [...at, 'groupBy'],
            message: `the records "${field}" names cannot be the subject of an issue`,
            code: 'declared-group-by-subject',
            params: { field },
          },
    );
    return undefined;
  }
  const scope = target.scope as FindingsScope;
  const subjectsTest = compileMeasureFilter(
    grouped,
    'subjects',
    target,
    at,
    context,
    from,
    measureDepth,
  );
  if (grouped.flag === undefined) {
    context.problems.push({
      path: [...at, 'flag'],
      message:
        'a grouped measure needs "flag": when a subject\'s value makes it flagged, like { "equal": 0 }',
      code: 'declared-flag-missing',
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
  const counting = measure.measure === 'count';
  // "Flag the subjects with none" needs only to know whether a subject has
  // one: a subject with any is not flagged, and its count is not reported.
  const flagKeys = Object.keys(grouped.flag);
  const noneOnly =
    counting &&
    flagKeys.length === 1 &&
    flagKeys[0] === 'equal' &&
    (grouped.flag as { equal?: unknown }).equal === 0;
  const getLink = link.get;
  const listLink = link.type.kind === 'list';
  // "Flag each member who...": a measure of each record by itself.
  const byOwnId = target === spec && grouped.groupBy === 'id';
  return {
    type: 'findings',
    scope,
    nullable: ifNoSubjects === 'review',
    compute: (derived) => {
      // Members' ids are known to differ when the derived project kept one per
      // member; then no set of ids seen is needed.
      const unique =
        target.name === 'members' && derived.memberById.size === derived.members.length;
      const seen = unique ? undefined : new Set<string>();
      // The records of the collection by the subject they name, worked out
      // once per check and shared by every measure grouped the same way: each
      // subject then reads only its own records, and records naming nobody
      // the measure is about are never looked at. Records grouped by their
      // own ids, all different, are each their own group, with nothing to work out.
      const bySubject =
        byOwnId && unique
          ? undefined
          : derived.memo(`grouped:${spec.name}:${grouped.groupBy}`, () =>
              groupEntries(spec.entries(derived), (entry) => getLink(entry, derived), listLink),
            );
      const out: Finding[] = [];
      let subjects = 0;
      const targets = target.entries(derived);
      for (let t = 0; t < targets.length; t++) {
        const entry = targets[t];
        if (!subjectsTest(entry, derived)) continue;
        const id = target.id(entry);
        if (id === undefined || seen?.has(id)) continue;
        seen?.add(id);
        subjects++;
        const group = bySubject === undefined ? [entry] : (bySubject.get(id) ?? EMPTY_ENTRIES);
        let value: number | string | null;
        // A count, the usual grouped measure, adds one without a call per record.
        if (counting) {
          let count = 0;
          for (let k = 0; k < group.length; k++) {
            if (!where(group[k], derived)) continue;
            count++;
            if (noneOnly) break;
          }
          value = count;
        } else {
          const acc = factory.init();
          for (let k = 0; k < group.length; k++) {
            const record = group[k];
            if (where(record, derived)) factory.add(acc, record, derived);
          }
          value = factory.finish(acc, derived);
        }
        let status: Finding['status'] | undefined;
        if (value === null)
          status =
            ifMissing === 'pass' ? undefined : ifMissing === 'flag' ? 'flagged' : 'needs-review';
        else if (flag(value, undefined, derived)) status = 'flagged';
        if (status === undefined) continue;
        // Made only for the subjects a finding is about: labels cost more than the test.
        const subject = target.subject(entry, derived);
        if (subject !== undefined)
          out.push({ subject, status, data: { value: value as DataValue } });
      }
      if (subjects === 0) return ifNoSubjects === 'pass' ? Object.freeze([]) : null;
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
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    const key = linkOf(entry);
    if (!listLink) {
      if (typeof key === 'string') add(key, entry);
    } else if (Array.isArray(key)) {
      for (const k of key) if (typeof k === 'string') add(k, entry);
    }
  }
  return groups;
}
