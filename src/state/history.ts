/**
 * A project's history: every command applied, when, and immer's patches to
 * and from each state, so a front end can undo, redo, and show the project
 * as it stood on any date.
 *
 * @module
 */
import * as z from 'zod';
import { CoproduceError, type ProblemDetail, problem } from '../model/errors.js';
import { deepFreeze } from '../model/freeze.js';
import { readJsonText } from '../model/json-text.js';
import { assertTextWithinLimit, assertWithinLimits, HISTORY_LIMITS } from '../model/limits.js';
import { safeParseProject } from '../model/parse.js';
import { FORBIDDEN_KEYS, IsoDateTimeSchema } from '../model/primitives.js';
import type { Project } from '../model/project.js';
import { CURRENT_SCHEMA_VERSION } from '../model/project.js';
import { zodProblems } from '../model/zod-problems.js';
import {
  applyCommand,
  applyCommandForHistory,
  applyCommands,
  applyPatches,
  frozenProject,
  type ProjectPatch,
  parseCommand,
} from './apply.js';
import { type Command, isCommandType } from './commands/index.js';
import { codeOf } from './commands/problem-code.js';
import { jsonEqual } from './commands/record-update.js';
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
 * Options for {@link parseHistory}.
 *
 * @category State
 * @example
 * ```ts
 * const options: ParseHistoryOptions = { allowUnverified: true };
 * ```
 */
export interface ParseHistoryOptions {
  /**
   * Read a saved history that has no hash chain (format version 1, written
   * before the chain existed). Without this it is refused, since anyone
   * could have edited it and removed the hashes. The result is marked
   * `verified: false`.
   */
  readonly allowUnverified?: boolean;
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

const FORMAT = 'coproduce-history';
/** Version 2 added the hash chain; version 1 files (without it) are still read. */
const FORMAT_VERSION = 2;

function makeHistory(
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
 * Writes a history as JSON text: the initial project and its hash, every
 * entry (undone ones too) with its hash, and the cursor. {@link parseHistory}
 * reads it back and checks the hashes.
 *
 * @category State
 * @example
 * ```ts
 * localStorage.setItem('history', serializeHistory(history));
 * ```
 */
export function serializeHistory(history: History): string {
  return JSON.stringify({
    format: FORMAT,
    version: FORMAT_VERSION,
    initial: history.initial,
    initialHash: initialHash(history.initial),
    cursor: history.cursor,
    entries: history.entries,
    // Saving re-chains every entry, so the chain alone would no longer show
    // that the start of this history was never verified: say so in the file.
    ...(history.verified ? {} : { unverified: true }),
  });
}

const PathSegmentSchema = z.union([
  z.string().refine((key) => !FORBIDDEN_KEYS.has(key), { error: 'this key is not allowed' }),
  z.int().min(0),
]);
const PatchPathSchema = z.array(PathSegmentSchema);

function hasForbiddenKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  return Object.keys(value).some(
    (key) => FORBIDDEN_KEYS.has(key) || hasForbiddenKey((value as Record<string, unknown>)[key]),
  );
}

const PatchValueSchema = z.json().refine((value) => !hasForbiddenKey(value), {
  error: 'must not hold the keys "__proto__", "constructor" or "prototype"',
});
const PatchSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), path: PatchPathSchema, value: PatchValueSchema }),
  z.strictObject({ op: z.literal('replace'), path: PatchPathSchema, value: PatchValueSchema }),
  z.strictObject({ op: z.literal('remove'), path: PatchPathSchema }),
]);

const HashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hash: 64 hex digits' });

const SerializedHistorySchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.union([z.literal(1), z.literal(FORMAT_VERSION)]),
  initial: z.unknown(),
  initialHash: HashSchema.optional(),
  cursor: z.int().min(0),
  unverified: z.literal(true).optional(),
  entries: z
    .array(
      z.strictObject({
        command: z.unknown(),
        at: IsoDateTimeSchema,
        patches: z.array(PatchSchema),
        inversePatches: z.array(PatchSchema),
        hash: HashSchema.optional(),
      }),
    )
    .max(HISTORY_LIMITS.maxEntries),
});

type StoredHistory = z.infer<typeof SerializedHistorySchema>;

/**
 * Recomputes the hash chain of a stored history (version 2) and lists where
 * it breaks: the initial project, or each entry whose hash does not follow
 * from the one before it and its own contents. Each entry is checked
 * against the *stored* hash before it, so the problem names the entry that
 * was changed, not every entry after it.
 */
function chainProblems(stored: StoredHistory, initial: Project): ProblemDetail[] {
  const out: ProblemDetail[] = [];
  if (stored.version === 1) return out;
  const start = initialHash(initial);
  if (stored.initialHash === undefined) {
    out.push(
      problem(['initialHash'], 'is required: it starts the chain of hashes', {
        code: 'history-initial-hash-required',
      }),
    );
  } else if (stored.initialHash !== start) {
    out.push(
      problem(
        ['initial'],
        'was changed after the history was recorded: it does not match initialHash',
        { code: 'history-initial-changed' },
      ),
    );
  }
  let previous = stored.initialHash ?? start;
  stored.entries.forEach((entry, index) => {
    if (entry.hash === undefined) {
      out.push(
        problem(['entries', index, 'hash'], 'is required: it links this entry to the one before', {
          code: 'history-entry-hash-required',
        }),
      );
      return;
    }
    if (entry.hash !== entryHash(previous, entry)) {
      out.push(
        problem(
          ['entries', index],
          index === 0
            ? 'was changed after it was recorded, or is not the first entry: its hash does not match'
            : `was changed after it was recorded, or an entry before it was removed: its hash does not follow from entry ${index - 1}`,
          index === 0
            ? { code: 'history-first-entry-changed' }
            : { code: 'history-entry-changed', params: { previous: index - 1 } },
        ),
      );
    }
    previous = entry.hash;
  });
  return out;
}

function invalidHistory(problems: readonly ProblemDetail[]): CoproduceError {
  const count = problems.length;
  return new CoproduceError(
    'invalid-history',
    `The history has ${count} problem${count === 1 ? '' : 's'}:`,
    problems,
  );
}

function under(prefix: readonly (string | number)[], problems: readonly ProblemDetail[]) {
  return problems.map((p) => problem([...prefix, ...p.path], p.message, codeOf(p)));
}

/** A state the patches lead to must be a project `parseProject` accepts as it is. */
function checkRebuilt(state: Project, entryIndex: number): ProblemDetail[] {
  const result = safeParseProject(state);
  const path = ['entries', entryIndex, 'patches'];
  if (!result.success) {
    return result.error.problems.map((p) =>
      problem(
        path,
        `lead to a project that is not valid: ${p.pointer || '(document)'} ${p.message}`,
      ),
    );
  }
  return jsonEqual(result.project, state)
    ? []
    : [problem(path, 'lead to a project with fields missing', { code: 'history-fields-lost' })];
}

function applyStored(
  state: Project,
  patches: readonly ProjectPatch[],
  path: readonly (string | number)[],
  broken: readonly ProblemDetail[],
): Project {
  try {
    return applyPatches(state, patches);
  } catch (error) {
    throw invalidHistory([
      problem(path, `cannot be applied: ${(error as Error).message}`),
      ...broken,
    ]);
  }
}

/** A history written by a newer coproduce says to upgrade, not that it is broken. */
function refuseNewerFormat(data: unknown): void {
  if (typeof data !== 'object' || data === null) return;
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format === FORMAT && typeof version === 'number' && version > FORMAT_VERSION) {
    throw new CoproduceError(
      'unsupported-schema-version',
      `This history uses format version ${version}, but this version of coproduce reads up to version ${FORMAT_VERSION}. Upgrade coproduce to read it.`,
      [
        problem(
          ['version'],
          `version ${version} is newer than ${FORMAT_VERSION}: upgrade coproduce`,
          { code: 'history-version-newer', params: { version, supported: FORMAT_VERSION } },
        ),
      ],
    );
  }
}

/**
 * Reads a history written by {@link serializeHistory}, from JSON text or
 * already-parsed data. It checks the initial project, every command and
 * timestamp, that each entry's patches apply and its inverse patches lead
 * back exactly, and that the present and the latest state are valid
 * projects. The patches are the record: every past state comes back exactly
 * as it was.
 *
 * @throws {@link CoproduceError} with code `invalid-json` for broken JSON
 * text, or `invalid-history` listing every problem with its path.
 *
 * @category State
 * @example
 * ```ts
 * // In a browser: the history saved by serializeHistory, or a new one.
 * const saved = localStorage.getItem('history');
 * const history = saved !== null ? parseHistory(saved) : createHistory(project);
 * ```
 */
export function parseHistory(input: unknown, options: ParseHistoryOptions = {}): History {
  let data = input;
  if (typeof input === 'string') {
    assertTextWithinLimit(input, HISTORY_LIMITS, 'history');
    data = readJsonText(input, 'history');
  }
  assertWithinLimits(data, HISTORY_LIMITS, 'history');
  refuseNewerFormat(data);
  const parsed = SerializedHistorySchema.safeParse(data, { reportInput: true });
  if (!parsed.success)
    throw invalidHistory(zodProblems(parsed.error, { schema: SerializedHistorySchema }));
  const { cursor } = parsed.data;
  const unchained = parsed.data.version === 1;
  if (unchained && options.allowUnverified !== true) {
    throw new CoproduceError(
      'invalid-history',
      'This history has no chain of hashes (format version 1), so nothing shows whether it was edited after it was saved. Read it with { allowUnverified: true } only if you trust where it came from; it is then marked as unverified.',
      [
        problem(['version'], 'is 1: a history without hashes cannot be verified', {
          code: 'history-unchained',
        }),
      ],
    );
  }
  refuseOlderProjects(parsed.data);
  const stored = deepFreeze(parsed.data.entries);

  const problems: ProblemDetail[] = [];
  if (cursor > stored.length) {
    problems.push(
      problem(['cursor'], `must be at most ${stored.length}, the number of entries`, {
        code: 'history-cursor-too-big',
        params: { entries: stored.length },
      }),
    );
  }
  const initial = safeParseProject(parsed.data.initial);
  if (!initial.success) problems.push(...under(['initial'], initial.error.problems));
  const entries: (Omit<HistoryEntry, 'hash'> & { readonly hash?: string | undefined })[] = [];
  stored.forEach((entry, index) => {
    const previous = stored[index - 1];
    if (previous && Date.parse(entry.at) < Date.parse(previous.at)) {
      problems.push(
        problem(['entries', index, 'at'], `is before the entry before it (${previous.at})`, {
          code: 'date-order.history-entry',
          params: { date: previous.at },
        }),
      );
    }
    try {
      entries.push({ ...entry, command: parseCommand(entry.command) });
    } catch (error) {
      if (!(error instanceof CoproduceError)) throw error;
      problems.push(...under(['entries', index, 'command'], error.problems));
    }
  });
  // Broken links are reported with whatever else is wrong, so a tampered
  // file says both that it was changed and what the change broke.
  const broken = initial.success ? chainProblems(parsed.data, initial.project) : [];
  if (problems.length > 0 || !initial.success) throw invalidHistory([...problems, ...broken]);

  const start = frozenProject(initial.project);
  const mismatched: ProblemDetail[] = [];
  let state = start;
  let present = state;
  entries.forEach((entry, index) => {
    const after = applyStored(state, entry.patches, ['entries', index, 'patches'], broken);
    const back = applyStored(
      after,
      entry.inversePatches,
      ['entries', index, 'inversePatches'],
      broken,
    );
    if (!jsonEqual(back, state)) {
      throw invalidHistory([
        problem(
          ['entries', index, 'inversePatches'],
          'do not lead back to the project before this entry',
          { code: 'history-inverse-mismatch' },
        ),
        ...broken,
      ]);
    }
    // The patches are the record, but they must be what the command does:
    // an edited command (or edited patches) with fresh hashes is caught here.
    mismatched.push(...replayProblems(state, after, entry.command, index));
    state = after;
    if (index + 1 === cursor) present = state;
  });
  // The initial project was checked above; the present and the latest state are checked here.
  const rebuiltProblems = cursor > 0 ? checkRebuilt(present, cursor - 1) : [];
  if (state !== present) rebuiltProblems.push(...checkRebuilt(state, entries.length - 1));
  if (rebuiltProblems.length > 0 || mismatched.length > 0 || broken.length > 0) {
    throw invalidHistory([...rebuiltProblems, ...mismatched, ...broken]);
  }

  // A version 1 history had no hashes: the chain starts now.
  let previous = initialHash(start);
  const chained = entries.map((entry) => {
    const hash = entry.hash ?? entryHash(previous, entry);
    previous = hash;
    return deepFreeze({ ...entry, hash });
  });
  return makeHistory(
    start,
    chained,
    cursor,
    present,
    !unchained && parsed.data.unverified !== true,
  );
}

/**
 * Replays one stored command on the state before it and compares the result
 * with the state its stored patches lead to. The patches are the record, but
 * they must be what the command does: an edited command, or edited patches,
 * given fresh hashes is caught here.
 */
function replayProblems(
  before: Project,
  after: Project,
  command: Command,
  index: number,
): ProblemDetail[] {
  let replayed: Project;
  try {
    replayed = applyCommand(before, command);
  } catch (error) {
    if (!(error instanceof CoproduceError)) throw error;
    return under(
      ['entries', index, 'command'],
      error.problems.map((p) =>
        problem(p.path, `is rejected by the project before it: ${p.message}`),
      ),
    );
  }
  if (jsonEqual(replayed, after)) return [];
  return [
    problem(
      ['entries', index],
      'was changed after it was recorded: its command does not make the changes stored with it',
      { code: 'history-command-mismatch' },
    ),
  ];
}

/**
 * A history's patches are written against its own projects' shape, so a
 * history whose initial project is of an older schema version cannot be
 * replayed on the migrated shape. It is refused with what to do, never read
 * half right.
 */
function refuseOlderProjects(stored: StoredHistory): void {
  const initial = stored.initial;
  if (typeof initial !== 'object' || initial === null) return;
  const version = (initial as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || version >= CURRENT_SCHEMA_VERSION) return;
  throw new CoproduceError(
    'unsupported-schema-version',
    `This history was recorded on project documents of schema version ${version}; this version of coproduce keeps histories of version ${CURRENT_SCHEMA_VERSION}. Read it with the release that wrote it, or start a new history from its present project (parseProject migrates that document).`,
    [
      problem(
        ['initial', 'schemaVersion'],
        `is ${version}: histories of older project versions are not migrated`,
        { code: 'history-project-older', params: { version } },
      ),
    ],
  );
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
