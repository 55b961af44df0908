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
 * @module
 */
import type * as z from 'zod';

/** Returned when the fast path cannot vouch for a value; zod then decides. */
export const GIVE_UP: unique symbol = Symbol('give up');

type Fast = (value: unknown) => unknown;

// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions are untyped here on purpose.
type Def = any;

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
  const def: Def = (schema as unknown as { _zod: { def: Def } })._zod.def;
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
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  if (def.format !== undefined) {
    if (!(def.pattern instanceof RegExp)) return byZod(schema);
    patterns.push(def.pattern);
  }
  for (const check of def.checks ?? []) {
    const c: Def = check._zod.def;
    if (c.check === 'min_length') min = Math.max(min, c.minimum);
    else if (c.check === 'max_length') max = Math.min(max, c.maximum);
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp)
      patterns.push(c.pattern);
    else return byZod(schema);
  }
  // A stateful (global or sticky) pattern would remember where it stopped.
  if (patterns.some((p) => p.global || p.sticky)) return byZod(schema);
  return (value) => {
    if (typeof value !== 'string' || value.length < min || value.length > max) return GIVE_UP;
    for (const pattern of patterns) if (!pattern.test(value)) return GIVE_UP;
    return value;
  };
}

function compileNumber(schema: z.ZodType, def: Def): Fast {
  let integer = false;
  if (def.format === 'safeint') integer = true;
  else if (def.format !== undefined) return byZod(schema);
  let low = Number.NEGATIVE_INFINITY;
  let lowInclusive = true;
  let high = Number.POSITIVE_INFINITY;
  let highInclusive = true;
  for (const check of def.checks ?? []) {
    const c: Def = check._zod.def;
    if (c.check === 'greater_than' && typeof c.value === 'number') {
      low = c.value;
      lowInclusive = c.inclusive === true;
    } else if (c.check === 'less_than' && typeof c.value === 'number') {
      high = c.value;
      highInclusive = c.inclusive === true;
    } else {
      return byZod(schema);
    }
  }
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return GIVE_UP;
    if (integer && !Number.isSafeInteger(value)) return GIVE_UP;
    if (lowInclusive ? value < low : value <= low) return GIVE_UP;
    if (highInclusive ? value > high : value >= high) return GIVE_UP;
    return value;
  };
}

function compileArray(schema: z.ZodType, def: Def): Fast {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of def.checks ?? []) {
    const c: Def = check._zod.def;
    if (c.check === 'min_length') min = Math.max(min, c.minimum);
    else if (c.check === 'max_length') max = Math.min(max, c.maximum);
    else return byZod(schema);
  }
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
    const optionDef: Def = (option as unknown as { _zod: { def: Def } })._zod.def;
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
  if (def.catchall?._zod?.def?.type !== 'never' || (def.checks ?? []).length > 0) {
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
