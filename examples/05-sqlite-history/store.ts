/**
 * A project's history kept in SQLite with better-sqlite3: one row per
 * project (its initial document and the undo cursor) and one row per
 * recorded command with its patches and hash. Every change is one
 * transaction, and reading a project back goes through `parseHistory`,
 * which checks that the stored patches still lead from state to state and
 * that the chain of hashes is unbroken, so an edited row is detected.
 *
 * @module
 */
import type Database from 'better-sqlite3';
// #region imports
import {
  type Command,
  createHistory,
  type History,
  type Project,
  parseHistory,
  type RecordOptions,
  recordCommand,
  redo,
  serializeHistory,
  undo,
} from 'coproduce';

// #endregion imports

// #region schema
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS projects (
    id           TEXT PRIMARY KEY,
    format       TEXT NOT NULL,           -- serializeHistory's format name and version
    version      INTEGER NOT NULL,
    initial      TEXT NOT NULL,           -- the project before the first entry, as JSON
    initial_hash TEXT NOT NULL,           -- its SHA-256, where the chain of hashes starts
    cursor       INTEGER NOT NULL DEFAULT 0 -- how many entries are in effect (undo moves it back)
  ) STRICT;
  CREATE TABLE IF NOT EXISTS history_entries (
    project_id      TEXT NOT NULL REFERENCES projects (id),
    seq             INTEGER NOT NULL,     -- 0, 1, 2, ... in the order recorded
    at              TEXT NOT NULL,        -- when it happened, ISO 8601 with an offset
    command         TEXT NOT NULL,        -- the command as validated, as JSON
    patches         TEXT NOT NULL,        -- JSON patches from the state before to the state after
    inverse_patches TEXT NOT NULL,        -- and back again
    hash            TEXT NOT NULL,        -- SHA-256 of the hash before it with this entry
    PRIMARY KEY (project_id, seq)
  ) STRICT;
`;
// #endregion schema

interface ProjectRow {
  readonly format: string;
  readonly version: number;
  readonly initial: string;
  readonly initial_hash: string;
  readonly cursor: number;
}

interface EntryRow {
  readonly at: string;
  readonly command: string;
  readonly patches: string;
  readonly inverse_patches: string;
  readonly hash: string;
}

/** Keeps histories in a SQLite database and mirrors every change into it. */
export class HistoryStore {
  constructor(private readonly db: Database.Database) {
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
  }

  /** Starts a history for a new project and stores it. */
  create(project: Project): History {
    const history = createHistory(project);
    // The header serializeHistory writes: format, version, the initial project and its hash.
    const header = JSON.parse(serializeHistory(history)) as Omit<ProjectRow, 'initial_hash'> & {
      readonly initialHash: string;
    };
    this.db
      .prepare(
        `INSERT INTO projects (id, format, version, initial, initial_hash, cursor)
         VALUES (?, ?, ?, ?, ?, 0)`,
      )
      .run(
        project.id,
        header.format,
        header.version,
        JSON.stringify(header.initial),
        header.initialHash,
      );
    return history;
  }

  // #region record
  /**
   * Records a command and appends it to the table. Entries that were undone
   * are discarded first, as `recordCommand` discards them in memory.
   */
  record(history: History, command: Command, options?: RecordOptions): History {
    const next = recordCommand(history, command, options);
    const entry = next.entries[next.cursor - 1];
    if (!entry) throw new Error('recordCommand always adds an entry');
    const id = history.initial.id;
    this.db.transaction(() => {
      this.db
        .prepare('DELETE FROM history_entries WHERE project_id = ? AND seq >= ?')
        .run(id, history.cursor);
      this.db
        .prepare(
          `INSERT INTO history_entries (project_id, seq, at, command, patches, inverse_patches, hash)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          next.cursor - 1,
          entry.at,
          JSON.stringify(entry.command),
          JSON.stringify(entry.patches),
          JSON.stringify(entry.inversePatches),
          entry.hash,
        );
      this.db.prepare('UPDATE projects SET cursor = ? WHERE id = ?').run(next.cursor, id);
    })();
    return next;
  }
  // #endregion record

  /** Undoes the last step in effect; the entry stays stored so it can be redone. */
  undo(history: History): History {
    return this.saveCursor(undo(history));
  }

  /** Redoes the next undone step. */
  redo(history: History): History {
    return this.saveCursor(redo(history));
  }

  // #region load
  /**
   * Reads a project's history back. `parseHistory` validates the initial
   * project, every command and timestamp, that each entry's patches apply
   * and its inverse patches lead back exactly, and the chain of hashes: a
   * row changed in the table is refused, naming the entry.
   */
  load(projectId: string): History {
    const row = this.db
      .prepare('SELECT format, version, initial, initial_hash, cursor FROM projects WHERE id = ?')
      .get(projectId) as ProjectRow | undefined;
    if (!row) throw new Error(`No project "${projectId}" in the store`);
    const entries = this.db
      .prepare(
        `SELECT at, command, patches, inverse_patches, hash FROM history_entries
         WHERE project_id = ? ORDER BY seq`,
      )
      .all(projectId) as EntryRow[];
    // The shape serializeHistory writes and parseHistory reads.
    return parseHistory({
      format: row.format,
      version: row.version,
      initial: JSON.parse(row.initial),
      initialHash: row.initial_hash,
      cursor: row.cursor,
      entries: entries.map((entry) => ({
        at: entry.at,
        command: JSON.parse(entry.command),
        patches: JSON.parse(entry.patches),
        inversePatches: JSON.parse(entry.inverse_patches),
        hash: entry.hash,
      })),
    });
  }
  // #endregion load

  private saveCursor(history: History): History {
    this.db
      .prepare('UPDATE projects SET cursor = ? WHERE id = ?')
      .run(history.cursor, history.initial.id);
    return history;
  }
}
