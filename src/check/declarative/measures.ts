/**
 * A measure, by kind: the aggregates, a list of values, one recorded
 * value, a choice between cases, or a checklist; each compiled to a
 * function of the derived project with its fact type.
 *
 * @module
 */
import type { DerivedProject } from '../facts/derive.js';
import { textEvidence } from '../facts/evidence.js';
import type { FactType } from '../facts/types.js';
import { joinList } from '../messages.js';
import type { SubjectRef } from '../types.js';
import { compileGrouped } from './aggregates.js';
import { compileChecklist } from './checklist.js';
import { type CollectionSpec, collectionNames, collectionSpec } from './collections.js';
import { isDateKind } from './comparisons.js';
import { type Context, guessOf, type Path, readsPrefix, suggest } from './context.js';
import { resolveField } from './field-access.js';
import { describeFieldType, fieldTypeParam } from './fields.js';
import { compileFilter, compileMeasureFilter } from './filters.js';
import { DECLARATIVE_LIMITS, type Measure } from './schema.js';

export interface CompiledMeasure {
  readonly type: FactType;
  readonly nullable: boolean;
  readonly unit?: string | undefined;
  readonly scope?: FindingsScope | undefined;
  readonly compute: (derived: DerivedProject) => unknown;
  /** For a count: whether any record passes, stopping at the first one. */
  readonly exists?: ((derived: DerivedProject) => boolean) | undefined;
}

export type FindingsScope = Exclude<SubjectRef['type'], 'project'>;

function lookupCollection(name: string, at: Path, context: Context): CollectionSpec | undefined {
  const spec = collectionSpec(name);
  if (spec && spec.name !== 'project') context.reads.add(readsPrefix(spec).replace(/\[\]\.$/, ''));
  if (!spec) {
    const guess = guessOf(name, collectionNames());
    context.problems.push({
      path: at,
      message:
        guess.guess !== undefined
          ? `unknown collection "${name}"${suggest(name, collectionNames())}`
          : `unknown collection "${name}": use one of ${collectionNames().join(', ')}`,
      code: 'unknown-collection',
      params: { name, allowed: collectionNames(), ...guess },
    });
  }
  return spec;
}
function compileList(
  measure: Extract<Measure, { measure: 'list' }>,
  spec: CollectionSpec,
  at: Path,
  context: Context,
  from: ReadonlyMap<string, string>,
  measureDepth: number,
): CompiledMeasure | undefined {
  const where = compileMeasureFilter(measure, 'where', spec, at, context, from, measureDepth);
  const field = resolveField(spec, measure.field, [...at, 'field'], context);
  if (!field || !where) return undefined;
  const item = field.type.kind === 'list' ? field.type.item : field.type;
  if (item.kind !== 'text' && item.kind !== 'enum' && item.kind !== 'date') {
    context.problems.push({
      path: [...at, 'field'],
      message: `"list" gives words for a reader, but "${measure.field}" is ${describeFieldType(field.type)}${item.kind === 'id' ? ': ids are not shown to readers' : ''}`,
      code: item.kind === 'id' ? 'declared-list-words.id' : 'declared-list-words',
      params: { field: measure.field, fieldType: fieldTypeParam(field.type) },
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
      code: 'declared-value-type',
      params: { field: measure.field, fieldType: fieldTypeParam(type) },
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
    context.problems.push({
      path: at,
      message: 'a "choose" may not sit inside another measure',
      code: 'declared-choose-inside',
    });
    return undefined;
  }
  const project = collectionSpec('project')!;
  const values = [...measure.cases.map((c) => c.value), measure.otherwise];
  const types = new Set(values.map(thenType).filter((t) => t !== undefined));
  if (types.size === 0) {
    context.problems.push({
      path: at,
      message: 'a "choose" must give a value in at least one case',
      code: 'declared-choose-no-value',
    });
    return undefined;
  }
  if (types.size > 1) {
    context.problems.push({
      path: at,
      message: `every case of a "choose" must give the same kind of value (or null), not ${joinList([...types])}`,
      code: 'declared-choose-mixed',
      params: { valueTypes: [...types] },
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
export function compileMeasure(
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
          code: 'declared-grouped-inside',
        });
        return undefined;
      }
      return compileGrouped(measure, spec, at, context, from, measureDepth);
    }
  }
}
