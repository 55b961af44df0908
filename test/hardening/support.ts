/**
 * What the hardening tests share: the outcome every call must end in (a
 * value, or a CoproduceError whose problems all have paths), a per-case
 * time budget (a hang guard, not a speed test), a check that no prototype
 * was touched, and arbitraries of hostile values and of mutations of
 * otherwise valid JSON documents.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { CoproduceError, toJsonPointer } from '../../src/model/errors.js';

/** Longest one fuzz case may take. Generous: it catches hangs, not slowness. */
export const CASE_BUDGET_MS = 2000;

/** fast-check settings for the fuzz properties: seeded by fast-check, reproducible from its report. */
export const FUZZ_RUNS = Number(process.env.COPRODUCE_FUZZ_RUNS ?? 150);

const watched = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
];

/** The own property names of the built-in prototypes, to compare after a run. */
export function prototypeSnapshot(): string[][] {
  return watched.map((proto) => Reflect.ownKeys(proto).map(String).sort());
}

/** Fails if any built-in prototype gained or lost a property, or a hostile fixture ran. */
export function expectPrototypesUntouched(before: readonly string[][]): void {
  expect(prototypeSnapshot()).toEqual(before);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
}

/** Checks the shape every CoproduceError must have: a code and problems with paths. */
export function expectWellFormedError(error: CoproduceError): void {
  expect(typeof error.code).toBe('string');
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.problems.length).toBeGreaterThan(0);
  for (const p of error.problems) {
    expect(Array.isArray(p.path)).toBe(true);
    for (const segment of p.path) expect(['string', 'number']).toContain(typeof segment);
    expect(p.pointer).toBe(toJsonPointer(p.path));
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
  // The error can always be logged as JSON.
  expect(() => JSON.stringify(error)).not.toThrow();
}

/** How a call ended: with a value, or with a well-formed CoproduceError. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: CoproduceError };

function timed(started: number, label: string): void {
  const took = performance.now() - started;
  if (took > CASE_BUDGET_MS) {
    throw new Error(`${label} took ${Math.round(took)} ms, over the ${CASE_BUDGET_MS} ms budget`);
  }
}

/**
 * Runs a call that must end in a value or a CoproduceError with paths,
 * within the time budget. Anything else thrown fails the test, with the
 * original error.
 */
export function settle<T>(label: string, call: () => T): Outcome<T> {
  const started = performance.now();
  try {
    const value = call();
    timed(started, label);
    return { ok: true, value };
  } catch (error) {
    timed(started, label);
    if (error instanceof CoproduceError) {
      expectWellFormedError(error);
      return { ok: false, error };
    }
    throw new Error(`${label} threw something other than a CoproduceError: ${String(error)}`, {
      cause: error,
    });
  }
}

/** {@link settle} for a call that returns a promise. */
export async function settleAsync<T>(label: string, call: () => Promise<T>): Promise<Outcome<T>> {
  const started = performance.now();
  try {
    const value = await call();
    timed(started, label);
    return { ok: true, value };
  } catch (error) {
    timed(started, label);
    if (error instanceof CoproduceError) {
      expectWellFormedError(error);
      return { ok: false, error };
    }
    throw new Error(`${label} threw something other than a CoproduceError: ${String(error)}`, {
      cause: error,
    });
  }
}

/** Sets a global if it is ever called: no data file may make the library call it. */
function trap(): void {
  (globalThis as Record<string, unknown>).pwned = true;
}

class Custom {
  readonly field = 'x';
}

function nested(depth: number, leaf: unknown = 'deep'): unknown {
  let node = leaf;
  for (let i = 0; i < depth; i++) node = i % 2 === 0 ? { a: node } : [node];
  return node;
}

/** An object whose two keys both lead back to it: a walk without a guard never ends. */
const cyclic: Record<string, unknown> = { name: 'loop' };
cyclic.a = cyclic;
cyclic.b = cyclic;

/** Forty levels of two keys sharing one branch: about a trillion paths through 41 objects. */
let shared: unknown = 'leaf';
for (let i = 0; i < 40; i++) shared = { left: shared, right: shared };

const protoKeyed = JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}') as unknown;
const nullProto = Object.assign(Object.create(null) as object, { id: 'm-01' });
// biome-ignore lint/suspicious/noSparseArray: a list with a hole is the point
const sparse = [1, , 3];
const bigList = Array.from({ length: 120_000 }, () => 0);
const longText = 'x'.repeat(20_001);
const veryLongText = 'y'.repeat(1_000_001);

/** Strings that have broken real systems, or could if anything evaluated them. */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '$..*',
  '$.members[?(@.id == "m-01")]',
  '$[?(@.constructor.constructor("globalThis.pwned = true")())]',
  '$..[?(@property === "x" && (globalThis.pwned = true))]',
  "'); globalThis.pwned = true; ('",
  '{subject}',
  '{__proto__}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder in data is the point
  '${globalThis.pwned = true}',
  '2025-02-30',
  '2025-13-01',
  '2025-1-1',
  '0000-00-00',
  '+275760-09-13',
  '2025-01-01T25:00:00Z',
  '2025-01-01T10:00:00',
  '2025-01-01T10:00:00+25:00',
  '2025-01-01T10:00:00.123456789Z',
  'Mars/Olympus_Mons',
  'Europe/London\u0000',
  'UTC+99',
  'Etc/GMT+15',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  '\ud800',
  '\u202e\u0000\ufeff',
  'm-01',
  'no-such-id',
  longText,
];

/** Values no JSON document can hold, and JSON that is hostile in shape or size. */
export const hostileValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    -1,
    0.5,
    undefined,
    null,
    true,
    trap,
    Symbol('hostile'),
    10n,
    new Date(Number.NaN),
    new Date(0),
    new Map([['a', 1]]),
    new Set([1]),
    new Custom(),
    /regex/,
    new Uint8Array(3),
    protoKeyed,
    nullProto,
    sparse,
    cyclic,
    shared,
    bigList,
    veryLongText,
  ),
  fc.constantFrom(...hostileStrings),
  fc.integer({ min: 1, max: 3000 }).map((depth) => nested(depth)),
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true }),
);

/** One edit a mutation can make at a place in a document. */
export type MutationKind =
  | 'replace'
  | 'delete'
  | 'add-key'
  | 'duplicate'
  | 'dangling'
  | 'wrap-list'
  | 'proto-key';

const kinds: readonly MutationKind[] = [
  'replace',
  'delete',
  'add-key',
  'duplicate',
  'dangling',
  'wrap-list',
  'proto-key',
];

interface Mutation {
  readonly kind: MutationKind;
  readonly at: number;
  readonly value: unknown;
  readonly key: string;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...kinds),
  at: fc.nat(),
  value: hostileValueArb,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'extra', 'id', 'type'), fc.string()),
});

type Container = Record<string, unknown> | unknown[];
interface Place {
  readonly parent: Container;
  readonly key: string | number;
}

/** Every place in a document (plain objects and lists only), parents before children. */
function places(root: unknown): Place[] {
  const out: Place[] = [];
  const walk = (node: unknown, depth: number) => {
    if (depth > 12 || typeof node !== 'object' || node === null) return;
    const proto = Object.getPrototypeOf(node);
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null) return;
    if (Array.isArray(node)) {
      // The first thousand items are enough places to pick from in a huge list.
      for (let i = 0; i < Math.min(node.length, 1000); i++) {
        out.push({ parent: node, key: i });
        walk(node[i], depth + 1);
      }
    } else {
      for (const key of Object.keys(node)) {
        out.push({ parent: node as Record<string, unknown>, key });
        walk((node as Record<string, unknown>)[key], depth + 1);
      }
    }
  };
  walk(root, 0);
  return out;
}

function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Copies plain objects and lists, keeping any other value (a function, a Map) as it is. */
function looseCopy(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    seen.set(value, list);
    for (const item of value) list.push(looseCopy(item, seen));
    return list;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const key of Object.keys(value)) {
    defineKey(out, key, looseCopy((value as Record<string, unknown>)[key], seen));
  }
  return out;
}

/** Applies mutations to a fresh copy of a JSON document. */
export function mutate(document: unknown, mutations: readonly Mutation[]): unknown {
  const root = { doc: looseCopy(document) };
  for (const m of mutations) {
    const all = [{ parent: root as Container, key: 'doc' }, ...places(root.doc)];
    const place = all[m.at % all.length] as Place;
    const { parent, key } = place;
    const current = (parent as Record<string | number, unknown>)[key];
    // A copy, so later mutations never change the shared hostile constants.
    const value = looseCopy(m.value);
    switch (m.kind) {
      case 'replace':
        (parent as Record<string | number, unknown>)[key] = value;
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'add-key':
        if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
          defineKey(current as Record<string, unknown>, m.key, value);
        } else (parent as Record<string | number, unknown>)[key] = { [m.key]: value };
        break;
      case 'duplicate':
        // Copies a record next to itself: a duplicate id wherever the record has one.
        if (Array.isArray(parent)) parent.push(looseCopy(current));
        else if (Array.isArray(current) && current.length > 0) current.push(looseCopy(current[0]));
        break;
      case 'dangling':
        (parent as Record<string | number, unknown>)[key] =
          typeof current === 'string' ? `no-such-${current.slice(0, 20)}` : 'no-such-id';
        break;
      case 'wrap-list':
        (parent as Record<string | number, unknown>)[key] = [current, current];
        break;
      case 'proto-key':
        if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
          defineKey(current as Record<string, unknown>, '__proto__', { polluted: true });
        }
        break;
    }
  }
  return root.doc;
}

/** A document with one to four hostile mutations. */
export function mutatedArb(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(base, fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
    .map(([document, mutations]) => mutate(document, mutations));
}

/** JSON text with its characters cut, repeated or replaced. */
export function mangledTextArb(text: string): fc.Arbitrary<string> {
  return fc
    .array(
      fc.record({
        at: fc.nat({ max: Math.max(0, text.length - 1) }),
        kind: fc.constantFrom('cut', 'insert', 'replace', 'truncate'),
        insert: fc.constantFrom(
          '"',
          '{',
          '}',
          '[',
          ']',
          ',',
          ':',
          '\\',
          'NaN',
          '1e999',
          '\u0000',
          'x',
        ),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((edits) => {
      let out = text;
      for (const { at, kind, insert } of edits) {
        const i = Math.min(at, out.length);
        if (kind === 'cut') out = out.slice(0, i) + out.slice(i + 1);
        else if (kind === 'insert') out = out.slice(0, i) + insert + out.slice(i);
        else if (kind === 'replace') out = out.slice(0, i) + insert + out.slice(i + 1);
        else out = out.slice(0, i);
      }
      return out;
    });
}
