/**
 * Example 5: keep a project's history in SQLite. Each command is appended
 * to a table with its patches as it is recorded; the project is then
 * reloaded from the database file and compared with the one in memory, and
 * a row changed behind the library's back is detected.
 *
 * ```sh
 * npx tsx examples/05-sqlite-history/index.ts                    # a database in a temporary folder
 * npx tsx examples/05-sqlite-history/index.ts --db history.sqlite # or a file you keep
 * ```
 *
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import {
  commands,
  isCoproduceError,
  parseProject,
  replayHistory,
  serializeProject,
} from 'coproduce';
import { loadProjectFile } from 'coproduce/node';
import { HistoryStore } from './store.js';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
const tempDir = values.db ? undefined : mkdtempSync(join(tmpdir(), 'coproduce-sqlite-'));
const file = values.db ?? join(tempDir ?? '.', 'history.sqlite');

try {
  // #region record
  const db = new Database(file);
  const store = new HistoryStore(db);
  const mid = await loadProjectFile(
    fileURLToPath(new URL('../projects/mid-way.json', import.meta.url)),
  );
  // A copy of the mid-way example under a new id, so the example can run again on the same file.
  const project = parseProject({ ...mid, id: `housing-repairs-${Date.now()}` });

  let history = store.create(project);
  history = store.record(
    history,
    commands.glossary.define({
      term: 'MTFS',
      explanation:
        "The council's medium-term financial strategy: its budget plan for the next few years",
    }),
    { at: '2026-11-19T09:00:00+00:00' },
  );
  history = store.record(
    history,
    commands.member.update({ id: 'm-04', changes: { briefedOnCoproduction: true } }),
    { at: '2026-11-19T09:05:00+00:00' },
  );
  history = store.record(history, commands.member.retire({ id: 'm-06', on: '2026-11-19' }), {
    at: '2026-11-19T09:10:00+00:00',
  });
  // Undo the last step, then record something else: the undone entry is discarded
  // in memory and in the table alike.
  history = store.undo(history);
  history = store.record(history, commands.project.setStage({ stage: 'ending' }), {
    at: '2026-11-20T10:00:00+00:00',
  });
  db.close();
  // #endregion record

  // #region reload
  // Open the file again, as another process would, and read the history back.
  const reopened = new Database(file, { readonly: true });
  const reloaded = new HistoryStore(reopened).load(project.id);
  reopened.close();

  const same =
    isDeepStrictEqual(reloaded.project, history.project) &&
    isDeepStrictEqual(reloaded.entries, history.entries) &&
    serializeProject(reloaded.project) === serializeProject(history.project) &&
    isDeepStrictEqual(replayHistory(reloaded), history.project);
  console.log(`Stored ${reloaded.entries.length} entries; ${reloaded.cursor} in effect.`);
  for (const entry of reloaded.entries) {
    console.log(`  ${entry.at}  ${entry.command.type}  (${entry.patches.length} patch(es))`);
  }
  console.log(`The reloaded project equals the one in memory: ${same ? 'yes' : 'NO'}`);
  // #endregion reload
  if (!same) process.exitCode = 1;

  // #region tamper
  // Change a stored entry behind the library's back (in a transaction that is
  // rolled back): its hash no longer matches, and loading refuses the history.
  const tampered = new Database(file);
  tampered.exec('BEGIN');
  try {
    tampered
      .prepare('UPDATE history_entries SET at = ? WHERE project_id = ? AND seq = 1')
      .run('2026-11-19T09:06:00+00:00', project.id);
    new HistoryStore(tampered).load(project.id);
    console.log('A changed entry was NOT detected');
    process.exitCode = 1;
  } catch (error) {
    if (!isCoproduceError(error)) throw error;
    const [first] = error.problems;
    console.log(`A changed entry is detected (${error.code}): ${first?.pointer} ${first?.message}`);
  } finally {
    tampered.exec('ROLLBACK');
    tampered.close();
  }
  // #endregion tamper
} finally {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
