/**
 * The small edit language a command's plan is written in: paths into a
 * project, and the edits (set, delete, push, remove) addressed by them.
 *
 * A command runs in two steps. Its *plan* reads the current project (plain,
 * frozen objects: fast to read) and returns edits addressed by path; only
 * then does immer's recipe walk to those paths and write. Reading through
 * immer's proxies is what makes a produce slow, so plans never see a draft.
 *
 * @internal
 * @module
 */
import { deepFreeze } from '../../model/freeze.js';

/**
 * A path into a project or a payload: keys and array indexes.
 *
 * @example
 * ```ts
 * const path: Path = ['group', 'members', 3, 'left'];
 * ```
 */
export type Path = readonly (string | number)[];

/**
 * One change to a project. `set`, `delete` and `remove` name the key or index
 * they change as the last path segment; `push` names the array it appends to.
 *
 * @example
 * ```ts
 * const edit: Edit = {
 *   op: 'push',
 *   path: ['ideas'],
 *   value: { id: 'i-01', summary: 'Meet at the school gate', raisedOn: '2025-03-01', status: 'open' },
 * };
 * ```
 */
export type Edit =
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'push'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: Path };

/**
 * An edit that sets a key or index. Values enter the state frozen, so
 * immer's auto-freeze skips them and nobody can change them later.
 *
 * @example
 * ```ts
 * setAt(['group', 'members', 3, 'left'], '2025-06-30');
 * ```
 */
export function setAt(path: Path, value: unknown): Edit {
  return { op: 'set', path, value: deepFreeze(value) };
}

/**
 * An edit that removes an optional key.
 *
 * @example
 * ```ts
 * deleteAt(['activities', 0, 'notes']);
 * ```
 */
export function deleteAt(path: Path): Edit {
  return { op: 'delete', path };
}

/**
 * An edit that appends to an array; the value is frozen, as with `setAt`.
 *
 * @example
 * ```ts
 * pushTo(['group', 'members'], { id: 'm-05', displayName: 'Member E', roles: ['resident'], joined: '2025-02-01' });
 * ```
 */
export function pushTo(path: Path, value: unknown): Edit {
  return { op: 'push', path, value: deepFreeze(value) };
}

/**
 * An edit that removes an array item, closing the gap.
 *
 * @example
 * ```ts
 * removeAt(['outcomes', 2]);
 * ```
 */
export function removeAt(path: Path): Edit {
  return { op: 'remove', path };
}
