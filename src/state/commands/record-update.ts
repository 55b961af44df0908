/**
 * Updating a record: the record as an update leaves it, and the edits that
 * apply an update's `changes` and `clear` one field at a time, writing
 * nothing for a field whose value is already what was sent.
 *
 * @internal
 * @module
 */
import { deleteAt, type Edit, type Path, setAt } from './edits.js';
import type { PlanContext } from './plan-context.js';

type Keyed = Readonly<Record<string, unknown>>;

/**
 * Plain JSON equality, so an update that changes nothing writes nothing.
 * Shared subtrees compare by identity first, so comparing two versions of a
 * project costs only what differs.
 *
 * @example
 * ```ts
 * jsonEqual({ a: [1, 2] }, { a: [1, 2] }); // true
 * ```
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const left = a as Keyed;
  const right = b as Keyed;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]));
}

/**
 * A record as it will be after `changes` and `clear` are applied.
 *
 * @example
 * ```ts
 * mergeRecord({ id: 'm-01', skills: ['Art'] }, { displayName: 'Sam' }, ['skills']); // { id: 'm-01', displayName: 'Sam' }
 * ```
 */
export function mergeRecord<T extends object>(
  record: T,
  changes: Readonly<Record<string, unknown>>,
  clear: readonly string[] | undefined,
): T {
  const after: Record<string, unknown> = { ...record, ...changes };
  for (const key of clear ?? []) delete after[key];
  return after as T;
}

/**
 * Edits that apply `changes` and `clear` to the record at `recordPath`,
 * one field at a time so patches name only what changed.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { MemberIdSchema } from '../../model/ids.js';
 * import { LabelSchema } from '../../model/primitives.js';
 * import { defineCommand } from './definition.js';
 *
 * // One edit, to `displayName`; none when the member already has that name.
 * const rename = defineCommand(
 *   'member/rename',
 *   z.strictObject({ id: MemberIdSchema, displayName: LabelSchema }),
 *   (ctx, { id, displayName }) => {
 *     const found = ctx.findRecord('member', id);
 *     return found ? planUpdate(ctx, found.path, found.record, { displayName }, undefined) : [];
 *   },
 * );
 * ```
 */
export function planUpdate(
  ctx: PlanContext,
  recordPath: Path,
  record: object,
  changes: Readonly<Record<string, unknown>>,
  clear: readonly string[] | undefined,
  clearPath: Path = ['clear'],
): Edit[] {
  const current = record as Keyed;
  const edits: Edit[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (!jsonEqual(current[key], value)) edits.push(setAt([...recordPath, key], value));
  }
  clear?.forEach((key, i) => {
    if (Object.hasOwn(changes, key)) {
      ctx.problem([...clearPath, i], `"${key}" cannot be both changed and cleared`, {
        code: 'changed-and-cleared',
        params: { field: key },
      });
    } else if (Object.hasOwn(current, key)) {
      edits.push(deleteAt([...recordPath, key]));
    }
  });
  return edits;
}
