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
 * import { ProjectSchema } from './project.js';
 *
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

/**
 * A list schema's own limits on its length, or `undefined` when the fast
 * path leaves the list to zod. Only the list's own checks are read: each
 * item is compiled on its own.
 */
function listBounds(def: Def): { min: number; max: number } | undefined {
  if (!understood(def)) return undefined;
  const json = leafJsonSchema(z.array(z.unknown()).check(...(def.checks ?? [])));
  if (json === undefined || json.type !== 'array') return undefined;
  return { min: json.minItems ?? 0, max: json.maxItems ?? Number.POSITIVE_INFINITY };
}

function compileArray(schema: z.ZodType, def: Def): Fast {
  const bounds = listBounds(def);
  if (bounds === undefined) return byZod(schema);
  const { min, max } = bounds;
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

/**
 * Counts the problems zod would report for a value, and gives a pruned copy
 * of it for zod to explain. Counting and pruning share one walk, which
 * follows zod's own order: an object's fields in the schema's order, then
 * its unknown keys; a list's items in order.
 *
 * @internal
 */
export interface IssueTally {
  /** Problems found so far, unknown keys counted one each, as zod reports them. */
  count: number;
  /** Once `count` reaches this, the rest of a list is left out of the pruned copy. */
  readonly cap: number;
  /** Own keys already listed, of objects too wide to list again cheaply. */
  readonly keysOf?: ReadonlyMap<object, readonly string[]> | undefined;
}

/**
 * Walks a value against a schema and adds to `tally.count` the number of
 * problems zod would report (an unknown key counted as one), returning the
 * value pruned for zod to explain: every list cut short once `tally.cap`
 * problems have been counted before its remaining items, and every object's
 * unknown keys beyond the first `tally.cap` left out. Pruning only removes
 * what zod would have reported after the first `cap` problems, so zod's
 * first `cap` problems for the pruned value are those of the whole value.
 * The value is returned as it is (the same object) when nothing in it was
 * pruned.
 *
 * Why: a document wrong at each of a million values would otherwise have zod
 * build and word a million issues (seconds) to list a thousand of them.
 *
 * @internal
 * @example
 * ```ts
 * import { ProjectSchema } from './project.js';
 *
 * const tally = { count: 0, cap: 1000 };
 * const pruned = issueCounter(ProjectSchema)(input, tally);
 * ProjectSchema.safeParse(pruned); // its first 1,000 issues are those of `input`
 * ```
 */
export function issueCounter(schema: z.ZodType): Counter {
  const cached = counters.get(schema);
  if (cached) return cached;
  // Set before compiling, so a schema that refers to itself finds its own counter.
  let counter: Counter = (value, tally) => counter(value, tally);
  counters.set(schema, (value, tally) => counter(value, tally));
  counter = compileCounter(schema);
  counters.set(schema, counter);
  return counter;
}

type Counter = (value: unknown, tally: IssueTally) => unknown;

const counters = new WeakMap<object, Counter>();

/** Problems zod reports for a value, counted as the parser counts them. */
function zodCount(schema: z.ZodType, value: unknown): number {
  const result = schema.safeParse(value);
  if (result.success) return 0;
  let count = 0;
  for (const issue of result.error.issues)
    count += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
  return count;
}

/**
 * Whether zod rejects a value of the wrong kind with exactly one problem
 * and runs none of its checks: checks of length run even after a wrong
 * kind when the value has a length (a list given for a text), so only
 * values without one are certain.
 */
function lengthless(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string' || Array.isArray(value)) return false;
  if (typeof value === 'object') return !('length' in value);
  return typeof value !== 'function';
}

/**
 * What zod reports for a value of the wrong kind given to a text or a
 * list: one problem for the kind and, when the value has a numeric length
 * (a list given for a text, an object with a `length` field), one more for
 * each length check that length breaks — zod runs those even after a wrong
 * kind. `undefined` when the value's length is something else, for zod to
 * count. Each check's bound is read as `z.toJSONSchema` writes it.
 */
function wrongKindCount(def: Def, base: () => z.ZodType): (value: unknown) => number | undefined {
  const bounds: { min: number | undefined; max: number | undefined }[] = [];
  for (const check of (def.checks ?? []) as z.core.$ZodCheck[]) {
    if (!(check instanceof $ZodCheckMinLength || check instanceof $ZodCheckMaxLength)) continue;
    const json = leafJsonSchema(base().check(check));
    if (json === undefined) return () => undefined;
    const min = json.minLength ?? json.minItems;
    const max = json.maxLength ?? json.maxItems;
    if (min === undefined && max === undefined) return () => undefined;
    bounds.push({ min, max });
  }
  return (value) => {
    if (lengthless(value)) return 1;
    const length = (value as { length?: unknown }).length;
    if (typeof length !== 'number') return undefined;
    let count = 1;
    // Asked as zod asks ("is it long enough?"), so that a length of NaN,
    // which is neither, breaks both bounds as it does in zod.
    for (const { min, max } of bounds) {
      if (min !== undefined && !(length >= min)) count++;
      if (max !== undefined && !(length <= max)) count++;
    }
    return count;
  };
}

function byZodCount(schema: z.ZodType): Counter {
  return (value, tally) => {
    tally.count += zodCount(schema, value);
    return value;
  };
}

function compileCounter(schema: z.ZodType): Counter {
  const fast = fastValidator(schema);
  const def: Def = schema.def;
  switch (def.type) {
    case 'optional':
    case 'default': {
      const inner = issueCounter(def.innerType);
      return (value, tally) => (value === undefined ? value : inner(value, tally));
    }
    case 'enum':
    case 'literal':
    case 'boolean':
      // Compiled only without checks: zod then reports one problem for any value it refuses.
      return (def.checks ?? []).length > 0
        ? byZodCount(schema)
        : (value, tally) => {
            if (fast(value) === GIVE_UP) tally.count += 1;
            return value;
          };
    case 'string': {
      const wrongKind = wrongKindCount(def, z.string);
      return (value, tally) => {
        if (fast(value) === GIVE_UP)
          tally.count +=
            (typeof value === 'string' ? undefined : wrongKind(value)) ?? zodCount(schema, value);
        return value;
      };
    }
    case 'number':
      return (value, tally) => {
        // Number checks never run after a wrong kind: one problem.
        if (fast(value) === GIVE_UP)
          tally.count += typeof value !== 'number' ? 1 : zodCount(schema, value);
        return value;
      };
    case 'array':
      return compileArrayCounter(schema, def);
    case 'object':
      return compileObjectCounter(schema, def);
    default:
      // Unions and whatever the fast path leaves to zod: zod counts them.
      return (value, tally) => {
        if (fast(value) === GIVE_UP) tally.count += zodCount(schema, value);
        return value;
      };
  }
}

function compileArrayCounter(schema: z.ZodType, def: Def): Counter {
  const bounds = listBounds(def);
  if (bounds === undefined) return byZodCount(schema);
  const { min, max } = bounds;
  const element = issueCounter(def.element);
  const wrongKind = wrongKindCount(def, () => z.array(z.unknown()));
  return (value, tally) => {
    if (!Array.isArray(value)) {
      tally.count += wrongKind(value) ?? zodCount(schema, value);
      return value;
    }
    if (value.length < min || value.length > max) {
      tally.count += zodCount(schema, value);
      return value;
    }
    let out: unknown[] | undefined;
    let kept = value.length;
    for (let i = 0; i < value.length; i++) {
      // Whatever zod finds from here on comes after the first `cap` problems.
      if (kept === value.length && tally.count >= tally.cap) kept = i;
      const item = element(value[i], tally);
      if (item !== value[i] && i < kept) {
        out ??= value.slice(0, kept);
        out[i] = item;
      }
    }
    if (kept === value.length) return out ?? value;
    return (out ?? value).slice(0, kept);
  };
}

function compileObjectCounter(schema: z.ZodType, def: Def): Counter {
  if (def.catchall?.def?.type !== 'never' || (def.checks ?? []).length > 0) {
    return byZodCount(schema);
  }
  const keys = Object.keys(def.shape as object);
  const known = new Set(keys);
  const fields = keys.map((key) => issueCounter(def.shape[key]));
  return (value, tally) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      tally.count += 1;
      return value;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      tally.count += zodCount(schema, value);
      return value;
    }
    const input = value as Record<string, unknown>;
    let changed = false;
    const pruned: unknown[] = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const present = Object.hasOwn(input, key);
      const field = present ? input[key] : undefined;
      const result = fields[i]!(field, tally);
      pruned.push(result);
      if (result !== field) changed = true;
    }
    let unknown = 0;
    const all = tally.keysOf?.get(input) ?? Object.keys(input);
    for (const key of all) if (!known.has(key)) unknown++;
    tally.count += unknown;
    // zod lists unknown keys in one problem, in order: the first `cap` keep their place.
    if (!changed && unknown <= tally.cap) return value;
    const out: Record<string, unknown> = {};
    let unknownKept = 0;
    for (const key of all) {
      const at = known.has(key) ? keys.indexOf(key) : -1;
      if (at < 0 && unknownKept++ >= tally.cap) continue;
      // Defined, not assigned, so a "__proto__" key stays data for zod to refuse.
      Object.defineProperty(out, key, {
        value: at < 0 ? input[key] : pruned[at],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
}
