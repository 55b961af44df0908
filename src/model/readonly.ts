/**
 * Deeply read-only types, derived from the schemas' output types.
 *
 * @module
 */
import type { JsonValue } from './primitives.js';

/** Values that are read-only already. */
type Leaf = string | number | boolean | bigint | symbol | null | undefined;

/** A JSON object, as a council's own `extensions` hold. */
type JsonObject = { [key: string]: JsonValue };

/**
 * Plain JSON, read-only at every depth: what {@link DeepReadonly} makes of
 * {@link JsonValue}, written once so that the recursive type is not
 * expanded again at every level.
 *
 * @category Model
 * @example `const value: ReadonlyJsonValue = { tags: ['a', 'b'], count: 2 };`
 */
export type ReadonlyJsonValue =
  | string
  | number
  | boolean
  | null
  | readonly ReadonlyJsonValue[]
  | { readonly [key: string]: ReadonlyJsonValue };

/** Whether `T` is exactly `Base` (each assignable to the other, without distributing). */
type Same<T, Base> = [T] extends [Base] ? ([Base] extends [T] ? true : false) : false;

/**
 * `T` with every property and list, at every depth, read-only: the type of
 * everything the library returns frozen (a project and its parts, reports
 * and their issues), so that changing one is a compile error rather than a
 * `TypeError` at run time. Branded ids and other primitives stay as they
 * are; functions and `unknown` (a command's free-form input) are left
 * alone; free-form JSON becomes {@link ReadonlyJsonValue}.
 *
 * @category Model
 * @example
 * ```ts
 * type Point = DeepReadonly<{ at: number[]; label: string }>;
 * const point: Point = { at: [1, 2], label: 'start' };
 * // point.at.push(3) and point.label = 'end' do not compile.
 * ```
 */
export type DeepReadonly<T> = unknown extends T
  ? T
  : T extends Leaf
    ? T
    : T extends (...args: never[]) => unknown
      ? T
      : Same<T, JsonValue[]> extends true
        ? readonly ReadonlyJsonValue[]
        : string extends keyof T
          ? Same<T, JsonObject> extends true
            ? { readonly [key: string]: ReadonlyJsonValue }
            : { readonly [K in keyof T]: DeepReadonly<T[K]> }
          : { readonly [K in keyof T]: DeepReadonly<T[K]> };
