/**
 * The schemas of an update's payload, built from a record's own schema:
 * the fields it may change (`changes`), the optional fields it may clear
 * (`clear`), and the whole `<family>/update` payload. They are built, not
 * written out, so every update accepts exactly the fields its record has
 * and keeps step with the model when a field is added.
 *
 * @internal
 * @module
 */
import * as z from 'zod';

type Unwrapped<T> =
  T extends z.ZodDefault<infer Inner extends z.ZodType>
    ? Inner
    : T extends z.ZodOptional<infer Inner extends z.ZodType>
      ? Inner
      : T;

/**
 * The shape of an update's `changes`: every field optional, defaults dropped.
 *
 * @example
 * ```ts
 * import type { MemberSchema } from '../../model/group.js';
 *
 * type MemberChanges = ChangesShape<typeof MemberSchema.shape, 'id'>;
 * ```
 */
export type ChangesShape<S extends z.core.$ZodShape, Omitted extends PropertyKey> = {
  -readonly [K in Exclude<keyof S, Omitted>]: z.ZodOptional<Unwrapped<S[K]>>;
};

/**
 * Keys of a record that may be absent, and so may be cleared by an update.
 *
 * @example
 * ```ts
 * import type { MilestoneSchema } from '../../model/project.js';
 *
 * type Clearable = ClearableKeys<typeof MilestoneSchema.shape>; // 'done'
 * ```
 */
export type ClearableKeys<S extends z.core.$ZodShape> = {
  [K in keyof S]-?: S[K] extends z.ZodOptional<z.core.SomeType> ? K : never;
}[keyof S] &
  string;

/**
 * Builds the schema of an update's `changes` from a record's shape. zod's
 * own `.partial()` would fill in defaults (an empty `perspectives` list, say)
 * and so wipe fields the caller never named; unwrapping the defaults first
 * keeps an update to exactly what was sent.
 *
 * @example
 * ```ts
 * import { MemberSchema } from '../../model/group.js';
 *
 * changesSchema(MemberSchema.shape, ['id']).parse({}); // {}, not { perspectives: [], accessNeeds: 'unknown' }
 * ```
 */
export function changesSchema<S extends z.core.$ZodShape, Omitted extends PropertyKey = never>(
  shape: S,
  omit: readonly Omitted[] = [],
): z.ZodObject<ChangesShape<S, Omitted>, z.core.$strict> {
  const fields: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if ((omit as readonly PropertyKey[]).includes(key)) continue;
    let inner = schema as z.ZodType;
    if (inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    if (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
    fields[key] = inner.optional();
  }
  return z.strictObject(fields) as unknown as z.ZodObject<ChangesShape<S, Omitted>, z.core.$strict>;
}

/**
 * The schema of an update's `clear`: a list of the record's optional keys.
 *
 * @example
 * ```ts
 * import { MilestoneSchema } from '../../model/project.js';
 *
 * clearSchema(MilestoneSchema.shape).parse(['done']); // ['done']; ['title'] is refused, a milestone needs one
 * ```
 */
export function clearSchema<S extends z.core.$ZodShape>(
  shape: S,
): z.ZodOptional<z.ZodArray<z.ZodEnum<{ [K in ClearableKeys<S>]: K }>>> {
  const keys = Object.entries(shape)
    .filter(([, schema]) => schema instanceof z.ZodOptional)
    .map(([key]) => key);
  return z.array(z.enum(keys as [string, ...string[]])).optional() as unknown as z.ZodOptional<
    z.ZodArray<z.ZodEnum<{ [K in ClearableKeys<S>]: K }>>
  >;
}

/**
 * The payload of `<family>/update` for a collection with ids: the id, the
 * fields to change, and the optional fields to clear.
 *
 * @example
 * ```ts
 * import { MemberSchema } from '../../model/group.js';
 * import { MemberIdSchema } from '../../model/ids.js';
 *
 * recordUpdateSchema(MemberIdSchema, MemberSchema).parse({ id: 'm-01', changes: { displayName: 'Sam' } });
 * ```
 */
export function recordUpdateSchema<Id extends z.ZodType, S extends z.core.$ZodShape>(
  id: Id,
  record: z.ZodObject<S, z.core.$strict>,
) {
  return z.strictObject({
    id,
    changes: changesSchema(record.shape, ['id']),
    clear: clearSchema(record.shape),
  });
}
