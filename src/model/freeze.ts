/**
 * Deep-freezes plain data in place and returns it. Already-frozen branches are
 * skipped, so freezing a state that shares most of its tree with a frozen
 * one costs only the new parts.
 *
 * @category Model
 * @example
 * ```ts
 * const frozen = deepFreeze({ a: { b: 1 } });
 * Object.isFrozen(frozen.a); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  // A typed array cannot be frozen (Object.freeze throws); it is not plain data anyway.
  if (ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const libraryOwned = new WeakSet<object>();

/**
 * Marks a value as built by this library and shared with nobody, so it may
 * later be frozen in place rather than copied first.
 *
 * @internal
 * @example
 * ```ts
 * import { ProjectSchema } from './project.js';
 *
 * // A value zod has just built is the library's own: nobody else holds it yet.
 * const project = markLibraryOwned(ProjectSchema.parse(input));
 * isLibraryOwned(project); // true
 * ```
 */
export function markLibraryOwned<T extends object>(value: T): T {
  libraryOwned.add(value);
  return value;
}

/**
 * Tells whether a value was built by this library (see {@link markLibraryOwned}).
 *
 * @internal
 * @example
 * ```ts
 * // Only the library's own values are frozen in place; a caller's is copied (parsed) first.
 * const frozen = isLibraryOwned(project) ? deepFreeze(project) : deepFreeze(parseProject(project));
 * ```
 */
export function isLibraryOwned(value: object): boolean {
  return libraryOwned.has(value);
}

const vouched = new WeakSet<object>();

/**
 * Marks a project the library knows to be valid: one `parseProject`
 * returned, or a command or a history produced from such a project. Checks
 * and commands validate any other project before they use it.
 *
 * @internal
 * @example
 * ```ts
 * import { ProjectSchema } from './project.js';
 *
 * const project = markVouched(ProjectSchema.parse(input));
 * isVouched(project); // true: a check will not parse it again
 * isVouched(structuredClone(project)); // false: a copy is vouched for by nobody
 * ```
 */
export function markVouched<T extends object>(value: T): T {
  vouched.add(value);
  return value;
}

/**
 * Tells whether the library knows a project to be valid (see {@link markVouched}).
 *
 * @internal
 * @example `if (!isVouched(project)) project = parseProject(project);`
 */
export function isVouched(value: unknown): boolean {
  return typeof value === 'object' && value !== null && vouched.has(value);
}
