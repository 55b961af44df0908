/**
 * A project's history kept in SQLite with better-sqlite3: one row per
 * project (its initial document and the undo cursor) and one row per
 * recorded command with its patches. Every change is one transaction, and
 * reading a project back goes through `parseHistory`, which checks that the
 * stored patches still lead from state to state.
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
  undo,
} from 'coproduce';

// #endregion imports

// #region schema
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS projects (
    id      TEXT PRIMARY KEY,
    initial TEXT NOT NULL,                -- the project before the first entry, as JSON
    cursor  INTEGER NOT NULL DEFAULT 0    -- how many entries are in effect (undo moves it back)
  ) STRICT;
  CREATE TABLE IF NOT EXISTS history_entries (
    project_id      TEXT NOT NULL REFERENCES projects (id),
    seq             INTEGER NOT NULL,     -- 0, 1, 2, ... in the order recorded
    at              TEXT NOT NULL,        -- when it happened, ISO 8601 with an offset
    command         TEXT NOT NULL,        -- the command as validated, as JSON
    patches         TEXT NOT NULL,        -- JSON patches from the state before to the state after
    inverse_patches TEXT NOT NULL,        -- and back again
    PRIMARY KEY (project_id, seq)
  ) STRICT;
`;
// #endregion schema

interface EntryRow {
  readonly at: string;
  readonly command: string;
  readonly patches: string;
  readonly inverse_patches: string;
}

/** Keeps histories in a SQLite database and mirrors every change into it. */
export class HistoryStore {
  constructor(private readonly db: Database.Database) {
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
  }

  /** Starts a history for a new project and stores it. */
  create(project: Project): History {
    this.db
      .prepare('INSERT INTO projects (id, initial, cursor) VALUES (?, ?, 0)')
      .run(project.id, JSON.stringify(project));
    return createHistory(project);
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
          `INSERT INTO history_entries (project_id, seq, at, command, patches, inverse_patches)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          next.cursor - 1,
          entry.at,
          JSON.stringify(entry.command),
          JSON.stringify(entry.patches),
          JSON.stringify(entry.inversePatches),
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
   * project, every command and timestamp, and that each entry's patches
   * apply and its inverse patches lead back exactly.
   */
  load(projectId: string): History {
    const row = this.db
      .prepare('SELECT initial, cursor FROM projects WHERE id = ?')
      .get(projectId) as { initial: string; cursor: number } | undefined;
    if (!row) throw new Error(`No project "${projectId}" in the store`);
    const entries = this.db
      .prepare(
        `SELECT at, command, patches, inverse_patches FROM history_entries
         WHERE project_id = ? ORDER BY seq`,
      )
      .all(projectId) as EntryRow[];
    // The shape serializeHistory writes and parseHistory reads.
    return parseHistory({
      format: 'coproduce-history',
      version: 1,
      initial: JSON.parse(row.initial),
      cursor: row.cursor,
      entries: entries.map((entry) => ({
        at: entry.at,
        command: JSON.parse(entry.command),
        patches: JSON.parse(entry.patches),
        inversePatches: JSON.parse(entry.inverse_patches),
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
