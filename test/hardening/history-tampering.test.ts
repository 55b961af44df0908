/**
 * Every way a saved history can be quietly rewritten, and what parseHistory
 * says about each. The patches are the record; the hash chain shows an
 * entry was changed; replaying each command shows its patches are its own;
 * a history without hashes is read only on request, and marked unverified.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Command,
  CoproduceError,
  check,
  commands,
  createHistory,
  type History,
  parseHistory,
  parseProject,
  recordCommand,
  serializeHistory,
} from '../../src/index.js';
import {
  formatReportHtml,
  formatReportMarkdown,
  formatReportText,
} from '../../src/report/index.js';
import { entryHash, initialHash } from '../../src/state/hash-chain.js';
import { run } from '../cli/helpers.js';
import { smallProject } from '../state/fixtures.js';

type Patch = { op: string; path: (string | number)[]; value?: unknown };
interface Stored {
  format: string;
  version: number;
  initial: Record<string, unknown>;
  initialHash?: string;
  cursor: number;
  entries: {
    command: Command;
    at: string;
    patches: Patch[];
    inversePatches: Patch[];
    hash?: string;
  }[];
}

const rename = (title: string) => commands.project.update({ changes: { title } });

function threeRenames(): History {
  let history = createHistory(parseProject(smallProject()));
  history = recordCommand(history, rename('One'), { at: '2026-01-05T10:00:00Z' });
  history = recordCommand(history, rename('Two'), { at: '2026-01-06T10:00:00Z' });
  history = recordCommand(history, rename('Three'), { at: '2026-01-07T10:00:00Z' });
  return history;
}

const saved = (): Stored => JSON.parse(serializeHistory(threeRenames())) as Stored;

function refusal(data: unknown, options?: { allowUnverified?: boolean }): CoproduceError {
  try {
    parseHistory(JSON.stringify(data), options);
  } catch (error) {
    expect(error).toBeInstanceOf(CoproduceError);
    return error as CoproduceError;
  }
  throw new Error('expected parseHistory to refuse the history');
}

/** Changes the second entry's command to call the project "Mine" instead of "Two". */
function editCommand(data: Stored): void {
  data.entries[1]!.command = rename('Mine');
}

/** Changes the second entry's command and both its patches, consistently. */
function editCommandAndPatches(data: Stored): void {
  editCommand(data);
  data.entries[1]!.patches = [{ op: 'replace', path: ['title'], value: 'Mine' }];
  data.entries[2]!.inversePatches = [{ op: 'replace', path: ['title'], value: 'Mine' }];
}

/** Strips the chain and claims the file was written before hashes existed. */
function downgrade(data: Stored): void {
  data.version = 1;
  delete data.initialHash;
  for (const entry of data.entries) delete entry.hash;
}

/** Recomputes every hash, as someone rewriting the whole file would. */
function rechain(data: Stored): void {
  let previous = initialHash(parseProject(data.initial));
  data.initialHash = previous;
  for (const entry of data.entries) {
    entry.hash = entryHash(previous, entry);
    previous = entry.hash;
  }
}

describe('a saved history cannot be quietly rewritten', () => {
  it('reads an untouched history, verified', () => {
    const history = parseHistory(JSON.stringify(saved()));
    expect(history.verified).toBe(true);
    expect(history.project.title).toBe('Three');
  });

  it('refuses a changed command (the chain breaks, and the command does not make its patches)', () => {
    const data = saved();
    editCommand(data);
    const messages = refusal(data).problems.map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^entries\.1: was changed after it was recorded: its command/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^entries\.1: was changed after it was recorded, or an entry before it was removed/,
      ),
    );
  });

  it('refuses a changed command with fresh hashes: replaying it does not give its patches', () => {
    const data = saved();
    editCommand(data);
    rechain(data);
    const error = refusal(data);
    expect(error.code).toBe('invalid-history');
    expect(error.problems).toEqual([
      expect.objectContaining({
        path: ['entries', 1],
        message:
          'was changed after it was recorded: its command does not make the changes stored with it',
      }),
    ]);
  });

  it('refuses changed patches with fresh hashes, for the same reason', () => {
    const data = saved();
    data.entries[1]!.patches = [{ op: 'replace', path: ['title'], value: 'Mine' }];
    data.entries[2]!.inversePatches = [{ op: 'replace', path: ['title'], value: 'Mine' }];
    rechain(data);
    expect(refusal(data).problems.map((p) => p.path)).toContainEqual(['entries', 1]);
  });

  it('refuses a removed, a reordered or a changed initial entry', () => {
    const removed = saved();
    removed.entries.splice(1, 1);
    removed.cursor = 2;
    expect(refusal(removed).code).toBe('invalid-history');

    const reordered = saved();
    [reordered.entries[0], reordered.entries[1]] = [reordered.entries[1]!, reordered.entries[0]!];
    expect(refusal(reordered).code).toBe('invalid-history');

    const initial = saved();
    initial.initial.title = 'Someone else’s project';
    expect(refusal(initial).problems).toContainEqual(
      expect.objectContaining({
        path: ['initial'],
        message: 'was changed after the history was recorded: it does not match initialHash',
      }),
    );
  });

  it('refuses a history whose hashes were removed and version set to 1, unless asked', () => {
    // The route the issue found: change a past command, claim format 1, drop the hashes.
    const data = saved();
    editCommand(data);
    downgrade(data);
    const error = refusal(data);
    expect(error.code).toBe('invalid-history');
    expect(error.message).toContain('no chain of hashes');
    expect(error.problems).toEqual([expect.objectContaining({ path: ['version'] })]);
    // Even when asked, the edited command does not make its stored patches.
    expect(refusal(data, { allowUnverified: true }).problems.map((p) => p.path)).toContainEqual([
      'entries',
      1,
    ]);
  });

  it('reads an unchained history only when asked, and marks it unverified', () => {
    const data = saved();
    editCommandAndPatches(data);
    downgrade(data);
    expect(refusal(data).code).toBe('invalid-history');
    const history = parseHistory(JSON.stringify(data), { allowUnverified: true });
    expect(history.verified).toBe(false);
    expect(history.entries[1]?.command).toEqual(rename('Mine'));
    // It stays marked as it grows, and its own new entries are chained; saved
    // again, it says so, so re-chaining it does not make it verified.
    const next = recordCommand(history, rename('Four'), { at: '2026-01-08T10:00:00Z' });
    expect(next.verified).toBe(false);
    const resaved = serializeHistory(next);
    expect(JSON.parse(resaved)).toMatchObject({ version: 2, unverified: true });
    expect(parseHistory(resaved).verified).toBe(false);
    // A verified history is saved without the mark.
    expect(JSON.parse(serializeHistory(threeRenames()))).not.toHaveProperty('unverified');
  });

  it('cannot see a whole file rewritten with a new chain, but its latest hash changes', () => {
    const original = saved();
    const data = saved();
    editCommandAndPatches(data);
    rechain(data);
    const history = parseHistory(JSON.stringify(data));
    // This is why the docs say to keep the latest hash somewhere else too.
    expect(history.entries.at(-1)?.hash).not.toBe(original.entries.at(-1)?.hash);
  });

  it('refuses a history recorded on projects of an older schema version, saying what to do', () => {
    const data = saved();
    data.initial.schemaVersion = 1;
    rechain(data);
    const error = refusal(data);
    expect(error.code).toBe('unsupported-schema-version');
    expect(error.message).toContain('start a new history from its present project');
    expect(error.problems[0]?.path).toEqual(['initial', 'schemaVersion']);
  });
});

describe('an unverified history in reports', () => {
  const now = '2026-02-01T12:00:00Z';
  const unchained = () => {
    const data = saved();
    downgrade(data);
    return JSON.stringify(data);
  };

  it('is recorded in the report and warned about in every format', async () => {
    const history = parseHistory(unchained(), { allowUnverified: true });
    const report = await check(history.project, { now, history });
    expect(report.history).toEqual({ verified: false });
    for (const text of [
      formatReportText(report),
      formatReportMarkdown(report),
      formatReportHtml(report),
    ]) {
      expect(text).toContain('cannot be verified');
    }
    const welsh = await check(history.project, { now, history, locale: 'cy' });
    expect(formatReportText(welsh)).toContain('na ellir ei wirio');
    // A verified history is recorded as such and warns of nothing.
    const verified = await check(threeRenames().project, { now, history: threeRenames() });
    expect(verified.history).toEqual({ verified: true });
    expect(formatReportText(verified)).not.toContain('cannot be verified');
    // A project checked on its own says nothing about a history.
    expect(await check(threeRenames().project, { now })).not.toHaveProperty('history');
  });

  it('is refused by coproduce check unless --allow-unverified is given, then warned about', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'coproduce-unverified-'));
    try {
      writeFileSync(join(cwd, 'history.json'), unchained());
      const refused = await run(['check', 'history.json', '--as-of', '2026-02-01'], { cwd });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--allow-unverified');
      expect(refused.stderr).not.toContain('allowUnverified');
      const allowed = await run(
        ['check', 'history.json', '--as-of', '2026-02-01', '--allow-unverified'],
        { cwd },
      );
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toContain('cannot be verified');
      const json = await run(
        ['check', 'history.json', '--as-of', '2026-02-01', '--allow-unverified', '-f', 'json'],
        { cwd },
      );
      expect(JSON.parse(json.stdout).history).toEqual({ verified: false });
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
