/**
 * Fields of a collection's records, by dotted path: checked against the
 * model, recorded in the fact's `reads`, and read through own properties
 * only.
 *
 * @module
 */

import { isObject } from '../records.js';
import type { CollectionSpec } from './collections.js';
import {
  type Context,
  guessOf,
  type Path,
  type Resolved,
  readsPrefix,
  suggest,
} from './context.js';
import { describeFieldType, type FieldType, fieldTypeParam } from './fields.js';

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

export function resolveField(
  spec: CollectionSpec,
  path: string,
  at: Path,
  context: Context,
): Resolved | undefined {
  const segments = path.split('.');
  const first = segments[0]!;
  if (Object.hasOwn(spec.derived, first)) {
    if (segments.length > 1) {
      context.problems.push({
        path: at,
        message: `"${first}" has no fields inside it`,
        code: 'declared-no-fields-inside',
        params: { field: first },
      });
      return undefined;
    }
    const derivedField = spec.derived[first]!;
    for (const read of derivedField.reads) context.reads.add(read);
    const day = spec.derivedDay?.(first);
    return {
      type: derivedField.type,
      get: spec.derivedGetter(first),
      ...(day !== undefined ? { day } : {}),
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
        code: 'declared-unknown-field',
        params: { field: segment, of: where, ...guessOf(segment, Object.keys(fields)) },
      });
      return undefined;
    }
    type = fields[segment]!;
    if (i < segments.length - 1) {
      if (type.kind !== 'record') {
        const field = segments.slice(0, i + 1).join('.');
        context.problems.push(
          type.kind === 'list'
            ? {
                path: at,
                message: `"${field}" is a list: the language cannot look inside the records of a list; use a collection instead`,
                code: 'declared-list-inside',
                params: { field },
              }
            : {
                path: at,
                message: `"${field}" is ${describeFieldType(type)}, with no fields inside it`,
                code: 'declared-type-no-fields',
                params: { field, fieldType: fieldTypeParam(type) },
              },
        );
        return undefined;
      }
      fields = type.fields;
    }
  }
  if (type === undefined || type.kind === 'other') {
    context.problems.push({
      path: at,
      message: `"${path}" cannot be read by declarative facts (it mixes several shapes, or belongs to a council's own extensions)`,
      code: 'declared-unreadable-field',
      params: { field: path },
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
      own: { record, key },
    };
  }
  const read = ownPath(segments);
  return { type, get: (entry) => read(record(entry)) };
}
