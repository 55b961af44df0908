/**
 * A fast path for validating project documents that are already valid.
 *
 * Zod runs every field check through a general mechanism, which makes a
 * large, valid project cost several times `JSON.parse` to validate. This
 * module compiles a zod schema, once, into plain functions for the shapes
 * the model uses (strict objects, arrays, strings with length limits and
 * patterns, numbers with bounds, enums, literals, optional and default
 * values). It is deliberately conservative: it either returns exactly what
 * zod would return, or gives up, and then zod runs as usual and explains
 * every problem. Any schema node it does not understand is handed to zod
 * itself, so accepting is never looser than zod.
 *
 * It reads schemas through zod's public API only: each schema's `def` (its
 * kind, shape, element, options, inner schema, default), each check's class
 * (`z.core.$ZodCheckMinLength` and the like, so a refinement or a transform
 * is recognised as something else, and left to zod), and the limits of a
 * leaf as `z.toJSONSchema` writes them (lengths, patterns, bounds).
 *
 * @module
 */
import * as z from 'zod';
// Named imports, not `z.core.…`: reading the `core` namespace at run time
// would make bundlers keep all of it, every zod locale included.
import {
  $ZodCheckGreaterThan,
  $ZodCheckLessThan,
  $ZodCheckMaxLength,
  $ZodCheckMinLength,
  $ZodCheckNumberFormat,
  $ZodCheckStringFormat,
} from 'zod/v4/core';

/** Returned when the fast path cannot vouch for a value; zod then decides. */
export const GIVE_UP: unique symbol = Symbol('give up');

type Fast = (value: unknown) => unknown;

// biome-ignore lint/suspicious/noExplicitAny: a schema's public `def` is a union of every kind's definition; each case reads its own fields.
type Def = any;

/** The JSON Schema of one leaf, as far as the fast path reads it. */
interface LeafJsonSchema {
  readonly type?: string;
  readonly pattern?: string;
  readonly allOf?: readonly { readonly pattern?: string }[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
}

/**
 * The checks whose every effect `z.toJSONSchema` writes down: lengths,
 * patterns (string formats are checked by their pattern), bounds and
 * integer formats. Anything else (a refinement, a transform such as
 * `trim`) leaves the schema to zod.
 */
const UNDERSTOOD_CHECKS = [
  $ZodCheckMinLength,
  $ZodCheckMaxLength,
  $ZodCheckStringFormat,
  $ZodCheckGreaterThan,
  $ZodCheckLessThan,
  $ZodCheckNumberFormat,
] as const;

function understood(def: Def): boolean {
  const checks: readonly unknown[] = def.checks ?? [];
  return checks.every((check) => UNDERSTOOD_CHECKS.some((kind) => check instanceof kind));
}

/** A leaf's limits as zod's JSON Schema states them, or `undefined` when zod cannot say. */
function leafJsonSchema(schema: z.ZodType): LeafJsonSchema | undefined {
  try {
    return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'throw' }) as LeafJsonSchema;
  } catch {
    return undefined;
  }
}

const compiled = new WeakMap<object, Fast>();

/**
 * Compiles (once) and returns the fast validator of a schema. The validator
 * returns zod's output for the value, or {@link GIVE_UP}.
 *
 * @internal
 * @example
 * ```ts
 * const fast = fastValidator(ProjectSchema);
 * const result = fast(input);
 * if (result === GIVE_UP) ProjectSchema.parse(input);
 * ```
 */
export function fastValidator(schema: z.ZodType): Fast {
  const cached = compiled.get(schema);
  if (cached) return cached;
  const fast = compile(schema);
  compiled.set(schema, fast);
  return fast;
}

function byZod(schema: z.ZodType): Fast {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : GIVE_UP;
  };
}

function compile(schema: z.ZodType): Fast {
  const def: Def = schema.def;
  switch (def.type) {
    case 'string':
      return compileString(schema, def);
    case 'number':
      return compileNumber(schema, def);
    case 'boolean':
      return (def.checks ?? []).length > 0
        ? byZod(schema)
        : (value) => (typeof value === 'boolean' ? value : GIVE_UP);
    case 'enum': {
      const values = new Set<unknown>(Object.values(def.entries as Record<string, unknown>));
      if ([...values].some((v) => typeof v !== 'string') || (def.checks ?? []).length > 0)
        return byZod(schema);
      return (value) => (typeof value === 'string' && values.has(value) ? value : GIVE_UP);
    }
    case 'literal': {
      const values = def.values as readonly unknown[];
      if (values.some((v) => typeof v !== 'string' && typeof v !== 'number')) return byZod(schema);
      return (value) => (values.includes(value) ? value : GIVE_UP);
    }
    case 'optional': {
      const inner = fastValidator(def.innerType);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'default': {
      const inner = fastValidator(def.innerType);
      // Read on every use: zod's getter gives each use a fresh copy.
      return (value) => (value === undefined ? def.defaultValue : inner(value));
    }
    case 'array':
      return compileArray(schema, def);
    case 'object':
      return compileObject(schema, def);
    case 'union':
      return compileUnion(schema, def);
    default:
      return byZod(schema);
  }
}

function compileString(schema: z.ZodType, def: Def): Fast {
  if (!understood(def)) return byZod(schema);
  const json = leafJsonSchema(schema);
  if (json === undefined || json.type !== 'string') return byZod(schema);
  const min = json.minLength ?? 0;
  const max = json.maxLength ?? Number.POSITIVE_INFINITY;
  const sources = [json.pattern, ...(json.allOf ?? []).map((part) => part.pattern)];
  // A format zod checks by other means than a pattern (none in the model) is zod's.
  if (def.format !== undefined && json.pattern === undefined) return byZod(schema);
  if ((json.allOf ?? []).some((part) => Object.keys(part).some((key) => key !== 'pattern')))
    return byZod(schema);
  const patterns: RegExp[] = [];
  for (const source of sources) {
    if (source === undefined) continue;
    try {
      patterns.push(new RegExp(source));
    } catch {
      return byZod(schema);
    }
  }
  return (value) => {
    if (typeof value !== 'string' || value.length < min || value.length > max) return GIVE_UP;
    for (const pattern of patterns) if (!pattern.test(value)) return GIVE_UP;
    return value;
  };
}

function compileNumber(schema: z.ZodType, def: Def): Fast {
  if (!understood(def)) return byZod(schema);
  const json = leafJsonSchema(schema);
  if (json === undefined || (json.type !== 'number' && json.type !== 'integer'))
    return byZod(schema);
  const integer = json.type === 'integer';
  const low = json.exclusiveMinimum ?? json.minimum ?? Number.NEGATIVE_INFINITY;
  const lowInclusive = json.exclusiveMinimum === undefined;
  const high = json.exclusiveMaximum ?? json.maximum ?? Number.POSITIVE_INFINITY;
  const highInclusive = json.exclusiveMaximum === undefined;
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return GIVE_UP;
    if (integer && !Number.isInteger(value)) return GIVE_UP;
    if (lowInclusive ? value < low : value <= low) return GIVE_UP;
    if (highInclusive ? value > high : value >= high) return GIVE_UP;
    return value;
  };
}

function compileArray(schema: z.ZodType, def: Def): Fast {
  if (!understood(def)) return byZod(schema);
  // Only the list's own limits are read: each item is compiled on its own.
  const json = leafJsonSchema(z.array(z.unknown()).check(...(def.checks ?? [])));
  if (json === undefined || json.type !== 'array') return byZod(schema);
  const min = json.minItems ?? 0;
  const max = json.maxItems ?? Number.POSITIVE_INFINITY;
  const element = fastValidator(def.element);
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return GIVE_UP;
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = element(value[i]);
      if (item === GIVE_UP) return GIVE_UP;
      out[i] = item;
    }
    return out;
  };
}

/** The JavaScript kind of value a schema node can accept, when it accepts only one. */
function valueKind(def: Def): 'string' | 'number' | 'array' | 'object' | undefined {
  switch (def.type) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'array':
      return 'array';
    case 'object':
      return 'object';
    case 'enum':
    case 'literal': {
      const values: unknown[] =
        def.type === 'enum' ? Object.values(def.entries as object) : [...def.values];
      if (values.every((v) => typeof v === 'string')) return 'string';
      if (values.every((v) => typeof v === 'number')) return 'number';
      return undefined;
    }
    default:
      return undefined;
  }
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * A union whose options accept different kinds of value (a string, a list,
 * an object…), apart from at most several options taking strings: at most
 * one option of each other kind can accept a value, so trying the options
 * of the value's kind in order gives zod's answer. Any other union is
 * zod's.
 */
function compileUnion(schema: z.ZodType, def: Def): Fast {
  if ((def.checks ?? []).length > 0 || def.inclusive === false) return byZod(schema);
  const byKind = new Map<string, Fast[]>();
  for (const option of def.options as z.ZodType[]) {
    const optionDef: Def = option.def;
    const kind = valueKind(optionDef);
    if (kind === undefined) return byZod(schema);
    // Two lists or two objects could both accept a value; leave those to zod.
    if (kind !== 'string' && byKind.has(kind)) return byZod(schema);
    if (kind === 'string' && optionDef.type === 'string') return byZod(schema);
    const list = byKind.get(kind) ?? [];
    list.push(fastValidator(option));
    byKind.set(kind, list);
  }
  return (value) => {
    const options = byKind.get(kindOf(value));
    if (!options) return GIVE_UP;
    for (const option of options) {
      const result = option(value);
      if (result !== GIVE_UP) return result;
    }
    return GIVE_UP;
  };
}

function compileObject(schema: z.ZodType, def: Def): Fast {
  // Only strict objects: zod refuses their unknown keys, and so do we.
  if (def.catchall?.def?.type !== 'never' || (def.checks ?? []).length > 0) {
    return byZod(schema);
  }
  const keys = Object.keys(def.shape as object);
  const fields = keys.map((key) => fastValidator(def.shape[key]));
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return GIVE_UP;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return GIVE_UP;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let known = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const present = Object.hasOwn(input, key);
      if (present) known++;
      const result = fields[i]!(present ? input[key] : undefined);
      if (result === GIVE_UP) return GIVE_UP;
      if (present || result !== undefined) out[key] = result;
    }
    // Any other own key is one zod would call unknown.
    if (Object.keys(input).length !== known) return GIVE_UP;
    return out;
  };
}
