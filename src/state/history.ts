/**
 * A project's history in memory: every command applied, when, and immer's
 * patches to and from each state, so a front end can undo, redo, and show
 * the project as it stood on any date.
 *
 * Saving and reading a history back is in history-file.ts, which builds on
 * this module and never the reverse: the file format (its versions, its
 * schemas, the checks that catch a tampered file) changes for reasons of
 * its own, and recording and undoing work without any of it.
 *
 * @module
 */
import { CoproduceError, problem } from '../model/errors.js';
import { deepFreeze } from '../model/freeze.js';
import { IsoDateTimeSchema } from '../model/primitives.js';
import type { Project } from '../model/project.js';
import {
  applyCommandForHistory,
  applyCommands,
  applyPatches,
  frozenProject,
  type ProjectPatch,
} from './apply.js';
import { type Command, isCommandType } from './commands/index.js';
import { codeOf } from './commands/problem-code.js';
import { entryHash, initialHash } from './hash-chain.js';

/**
 * One recorded command: what was asked, when, and the patches to and from
 * the project it produced. Plain JSON throughout.
 *
 * @category State
 * @example
 * ```ts
 * const last: HistoryEntry | undefined = history.entries[history.cursor - 1];
 * console.log(last?.command.type, last?.at);
 * ```
 */
export interface HistoryEntry {
  /** The command as validated: defaults filled in, so replaying it gives the same result. */
  readonly command: Command;
  /** When it was recorded: ISO 8601 with an offset. Entries are in time order. */
  readonly at: string;
  /** From the project before the command to the project after it. */
  readonly patches: readonly ProjectPatch[];
  /** From the project after the command back to the project before it. */
  readonly inversePatches: readonly ProjectPatch[];
  /**
   * SHA-256 (64 hex digits) of the hash before this entry (for the first
   * entry, of the initial project) with this entry's time, command and
   * patches. {@link parseHistory} recomputes the chain, so an entry changed,
   * removed or reordered in a saved history is detected. Keep the latest
   * hash somewhere else too (a case system, a board paper) to detect a
   * history rewritten as a whole or cut short.
   */
  readonly hash: string;
}

/**
 * An immutable record of a project's changes. The entries before `cursor`
 * are in effect; those after it were undone and can be redone until a new
 * command is recorded.
 *
 * @category State
 * @example
 * ```ts
 * const history: History = createHistory(project);
 * history.project === project; // true: nothing recorded yet
 * ```
 */
export interface History {
  /** The project before the first entry. */
  readonly initial: Project;
  /** Every recorded entry, oldest first, including undone ones not yet discarded. */
  readonly entries: readonly HistoryEntry[];
  /** How many entries are in effect. */
  readonly cursor: number;
  /** The project now: `initial` with the first `cursor` entries applied. */
  readonly project: Project;
  /**
   * `false` only for a history read from a saved file without a hash chain
   * (format version 1) with {@link ParseHistoryOptions.allowUnverified}:
   * nothing shows whether it was edited before it was read. Show it to the
   * reader wherever the history's states are reported.
   */
  readonly verified: boolean;
}

/**
 * Options for {@link recordCommand}.
 *
 * @category State
 * @example
 * ```ts
 * const options: RecordOptions = { at: '2025-03-14T18:30:00+00:00' };
 * ```
 */
export interface RecordOptions {
  /**
   * When the command happened: ISO 8601 with an offset, or a `Date`.
   * Defaults to now. Must not be earlier than the entry before it.
   */
  readonly at?: string | Date;
}

/**
 * A frozen history from its parts. Recording, undoing and reading a saved
 * history (history-file.ts) all build one here; the parts are trusted to
 * agree, so only code that has just made or checked them calls this.
 *
 * @internal
 * @example
 * ```ts
 * const started = makeHistory(project, [], 0, project);
 * const readWithoutHashes = makeHistory(project, [], 0, project, false);
 * ```
 */
export function makeHistory(
  initial: Project,
  entries: readonly HistoryEntry[],
  cursor: number,
  project: Project,
  verified = true,
): History {
  return Object.freeze({ initial, entries: Object.freeze(entries), cursor, project, verified });
}

function invalidOptions(
  path: readonly (string | number)[],
  message: string,
  coded: { code: string; params?: Record<string, string> },
): CoproduceError {
  return new CoproduceError('invalid-options', `The option "${path.join('.')}" ${message}.`, [
    problem(path, message, coded),
  ]);
}

/** Reads a caller's instant, keeping a string's own offset. */
function readInstant(
  value: unknown,
  path: readonly string[],
): { readonly text: string; readonly ms: number } {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms))
      throw invalidOptions(path, 'is an invalid Date', { code: 'invalid-date-object' });
    return { text: value.toISOString(), ms };
  }
  if (typeof value !== 'string' || !IsoDateTimeSchema.safeParse(value).success) {
    throw invalidOptions(
      path,
      'must be a Date or a date and time with a time zone offset, like 2025-03-14T18:30:00+00:00',
      { code: 'option-instant' },
    );
  }
  return { text: value, ms: Date.parse(value) };
}

/**
 * Starts a history at a project, with nothing recorded.
 *
 * @category State
 * @example
 * ```ts
 * import { createHistory, parseProject } from 'coproduce';
 *
 * let history = createHistory(parseProject(input));
 * ```
 */
export function createHistory(project: Project): History {
  const initial = frozenProject(project, 'A history needs a project to start from.');
  return makeHistory(initial, [], 0, initial);
}

/**
 * Applies a command and records it. Recording after an undo discards the
 * undone entries. Every accepted command is recorded, even one that changed
 * nothing, so the history is a faithful log of what was done.
 *
 * @throws {@link CoproduceError} as {@link applyCommand} does for a rejected
 * command (the history is unchanged), or with code `invalid-options` for an
 * `at` that is malformed or earlier than the entry before it.
 *
 * @category State
 * @example
 * ```ts
 * history = recordCommand(
 *   history,
 *   commands.member.retire({ id: 'm-01', on: '2025-06-30' }),
 *   { at: '2025-06-30T17:05:00+01:00' },
 * );
 * ```
 */
export function recordCommand(
  history: History,
  command: Command,
  options: RecordOptions = {},
): History {
  const at = readInstant(options.at ?? new Date(), ['at']);
  const previous = history.entries[history.cursor - 1];
  if (previous && at.ms < Date.parse(previous.at)) {
    throw invalidOptions(
      ['at'],
      `is before the entry it would follow (${previous.at}); a history is kept in time order`,
      { code: 'history-at-early', params: { date: previous.at } },
    );
  }
  const chainOn = previous?.hash ?? initialHash(history.initial);
  const { entry, project } = chainedEntry(history.project, command, at.text, chainOn);
  const entries = [...history.entries.slice(0, history.cursor), entry];
  return makeHistory(history.initial, entries, entries.length, project, history.verified);
}

/**
 * What applying `command` to `project` at `at` does, as a history entry
 * chained on the hash before it, with the project after it: recording a
 * command and rewriting a history (an erasure) make their entries alike.
 *
 * @internal
 * @example
 * ```ts
 * import { initialHash } from './hash-chain.js';
 *
 * const command = commands.member.retire({ id: 'm-01', on: '2025-06-30' });
 * const { entry, project: after } = chainedEntry(project, command, '2025-03-01T10:00:00Z', initialHash(project));
 * entry.hash; // the next entry chains on this
 * ```
 */
export function chainedEntry(
  project: Project,
  command: Command,
  at: string,
  previousHash: string,
): { readonly entry: HistoryEntry; readonly project: Project } {
  const applied = applyCommandForHistory(project, command);
  const recorded = {
    command: applied.command,
    at,
    patches: applied.patches,
    inversePatches: applied.inversePatches,
  };
  const entry: HistoryEntry = deepFreeze({ ...recorded, hash: entryHash(previousHash, recorded) });
  return { entry, project: applied.project };
}

/**
 * Tells whether there is an entry to undo.
 *
 * @category State
 * @example
 * ```ts
 * const undoButton = document.querySelector<HTMLButtonElement>('#undo');
 * if (undoButton) undoButton.disabled = !canUndo(history);
 * ```
 */
export function canUndo(history: History): boolean {
  return history.cursor > 0;
}

/**
 * Tells whether there is an undone entry to redo.
 *
 * @category State
 * @example
 * ```ts
 * const redoButton = document.querySelector<HTMLButtonElement>('#redo');
 * if (redoButton) redoButton.disabled = !canRedo(history);
 * ```
 */
export function canRedo(history: History): boolean {
  return history.cursor < history.entries.length;
}

/**
 * Steps back one entry, by applying its inverse patches. The entry stays,
 * so it can be redone.
 *
 * @throws {@link CoproduceError} with code `nothing-to-undo` at the start of the history.
 *
 * @category State
 * @example
 * ```ts
 * if (canUndo(history)) history = undo(history);
 * ```
 */
export function undo(history: History): History {
  const entry = history.entries[history.cursor - 1];
  if (!entry) throw new CoproduceError('nothing-to-undo', 'There is nothing to undo.');
  const project = applyPatches(history.project, entry.inversePatches);
  return makeHistory(
    history.initial,
    history.entries,
    history.cursor - 1,
    project,
    history.verified,
  );
}

/**
 * Steps forward one undone entry, by applying its patches.
 *
 * @throws {@link CoproduceError} with code `nothing-to-redo` when nothing was undone.
 *
 * @category State
 * @example
 * ```ts
 * if (canRedo(history)) history = redo(history);
 * ```
 */
export function redo(history: History): History {
  const entry = history.entries[history.cursor];
  if (!entry) throw new CoproduceError('nothing-to-redo', 'There is nothing to redo.');
  const project = applyPatches(history.project, entry.patches);
  return makeHistory(
    history.initial,
    history.entries,
    history.cursor + 1,
    project,
    history.verified,
  );
}

/** The project with the first `count` entries in effect, from whichever end is nearer. */
function projectAfter(history: History, count: number): Project {
  const { entries, cursor } = history;
  if (count === cursor) return history.project;
  if (count === 0) return history.initial;
  const patches: ProjectPatch[] = [];
  if (count <= cursor - count) {
    for (let i = 0; i < count; i++) patches.push(...(entries[i]?.patches ?? []));
    return applyPatches(history.initial, patches);
  }
  for (let i = cursor - 1; i >= count; i--) patches.push(...(entries[i]?.inversePatches ?? []));
  return applyPatches(history.project, patches);
}

/**
 * The project as it stood at an instant: the initial project with every
 * entry in effect whose `at` is at or before that instant. Undone entries
 * are not counted. Before the first entry, that is the initial project.
 *
 * @throws {@link CoproduceError} with code `invalid-options` for an instant
 * without a time zone offset (a date alone would be ambiguous).
 *
 * @category State
 * @example
 * ```ts
 * const atLaunch = projectAsOf(history, '2025-03-01T00:00:00+00:00');
 * console.log(`${atLaunch.group.members.length} members at launch, ${history.project.group.members.length} now`);
 * ```
 */
export function projectAsOf(history: History, when: string | Date): Project {
  const instant = readInstant(when, ['when']).ms;
  // Entries are in time order, so those in effect by `instant` are a prefix.
  let low = 0;
  let high = history.cursor;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const entry = history.entries[middle];
    if (entry && Date.parse(entry.at) <= instant) low = middle + 1;
    else high = middle;
  }
  return projectAfter(history, low);
}

/**
 * Rebuilds the present project by running every command in effect again,
 * from the initial project, in one pass. It equals `history.project` unless
 * the history was tampered with, or a command now behaves differently than
 * when it was recorded.
 *
 * @throws {@link CoproduceError} with code `invalid-history` if a recorded
 * command is now rejected.
 *
 * @category State
 * @example
 * ```ts
 * // Beyond the hashes: running the commands again must give the project the history holds.
 * const rebuilt = replayHistory(history);
 * if (JSON.stringify(rebuilt) !== JSON.stringify(history.project)) console.warn('the history and its project disagree');
 * ```
 */
export function replayHistory(history: History): Project {
  const list = history.entries.slice(0, history.cursor).map((entry) => entry.command);
  try {
    return applyCommands(history.initial, list);
  } catch (error) {
    if (!(error instanceof CoproduceError)) throw error;
    throw new CoproduceError(
      'invalid-history',
      'The history cannot be replayed: a recorded command was rejected.',
      error.problems.map((p) => {
        const [index, ...rest] = p.path;
        return problem(['entries', index ?? 0, 'command', ...rest], p.message, codeOf(p));
      }),
    );
  }
}

/**
 * What {@link historyReducer} accepts: a command to record now, a command to
 * record at a given time, or an undo or redo.
 *
 * @category State
 * @example
 * ```ts
 * const actions: HistoryAction[] = [
 *   commands.member.retire({ id: 'm-01', on: '2025-06-30' }),
 *   { type: 'history/record', command: commands.project.setStage({ stage: 'during' }), at: '2025-07-01T09:00:00+01:00' },
 *   { type: 'history/undo' },
 *   { type: 'history/redo' },
 * ];
 * ```
 */
export type HistoryAction =
  | Command
  | {
      readonly type: 'history/record';
      readonly command: Command;
      readonly at?: string;
    }
  | { readonly type: 'history/undo' }
  | { readonly type: 'history/redo' };

/**
 * A reducer over a {@link History}, for React's `useReducer` or a Redux
 * store. A command is recorded (at the current time unless sent as
 * `history/record` with `at`); undo and redo with nothing to step over, and
 * actions of any other type, leave the history as it is. A rejected command
 * throws, as {@link recordCommand} does.
 *
 * @throws {@link CoproduceError} for a rejected command or a malformed `at`.
 *
 * @category State
 * @example
 * ```tsx
 * import { useReducer } from 'react';
 * import { commands, createHistory, historyReducer } from 'coproduce';
 *
 * const [history, dispatch] = useReducer(historyReducer, project, createHistory);
 * dispatch(commands.idea.setStatus({ id: 'i-01', status: 'adopted' }));
 * dispatch({ type: 'history/undo' });
 * ```
 */
export function historyReducer(history: History, action: HistoryAction): History {
  switch (action.type) {
    case 'history/undo':
      return canUndo(history) ? undo(history) : history;
    case 'history/redo':
      return canRedo(history) ? redo(history) : history;
    case 'history/record':
      return recordCommand(
        history,
        action.command,
        action.at === undefined ? {} : { at: action.at },
      );
    default:
      return isCommandType((action as { readonly type?: unknown }).type)
        ? recordCommand(history, action)
        : history;
  }
}
