/**
 * A saved history: the JSON that serializeHistory writes and parseHistory
 * reads back. Reading is where trust is decided, so this module holds the
 * patch and file schemas, the check of the hash chain, the replay of every
 * command against its stored patches, the refusal of newer formats and of
 * older projects, and reading format version 1 (without hashes) only when
 * asked.
 *
 * It builds on the in-memory history (history.ts), which knows nothing of
 * files, so the dependency runs one way, and code that only records and
 * undoes never loads the format's checks.
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
  applyPatches,
  frozenProject,
  type ProjectPatch,
  parseCommand,
} from './apply.js';
import type { Command } from './commands/index.js';
import { codeOf } from './commands/problem-code.js';
import { jsonEqual } from './commands/record-update.js';
import { entryHash, initialHash } from './hash-chain.js';
import { type History, type HistoryEntry, makeHistory } from './history.js';

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

const FORMAT = 'coproduce-history';
/** Version 2 added the hash chain; version 1 files (without it) are still read. */
const FORMAT_VERSION = 2;

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
