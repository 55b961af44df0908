/**
 * A project document wrong at about a million values (issue 12): refused
 * with the typed error and its capped list of problems, the count of those
 * not listed exact, and the listed ones those zod itself finds first. The
 * time it takes is measured by `npm run bench -- --only=wrong`, not here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { CoproduceError, parseProject, parseProjectJson } from '../../src/index.js';
import { MAX_LISTED_PROBLEMS, PROJECT_LIMITS } from '../../src/model/limits.js';
import { loadProjectFile } from '../../src/node/index.js';
import { ProjectSchema } from '../../src/schemas.js';

/** The smallest valid project: nothing in it refers to anything, so every problem is the schema's. */
const smallProjectInput = {
  schemaVersion: 2,
  id: 'wrong-everywhere',
  title: 'Wrong everywhere',
  stage: 'planning',
  timeZone: 'Europe/London',
};

type Issue = z.core.$ZodIssue;

/**
 * The paths of the problems listed for zod's issues: unknown keys one each,
 * and a union's issues those of the one option the value was meant for,
 * when only one failed inside rather than on the value's kind.
 */
function listedPaths(issues: readonly Issue[], base: readonly PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => [...path, key].join('/'));
    if (issue.code === 'invalid_union') {
      const near = issue.errors.filter(
        (list) =>
          !list.every(
            (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
          ),
      );
      if (near.length === 1) return listedPaths(near[0]!, path);
    }
    return [path.join('/')];
  });
}

/** What zod finds in a document: its problems' paths as listed, and their count. */
function zodReading(input: unknown): { paths: string[]; count: number } {
  const result = ProjectSchema.safeParse(input);
  if (result.success) return { paths: [], count: 0 };
  let count = 0;
  for (const issue of result.error.issues)
    count += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
  return { paths: listedPaths(result.error.issues), count };
}

function thrown(call: () => unknown): CoproduceError {
  try {
    call();
  } catch (error) {
    if (error instanceof CoproduceError) return error;
    throw error;
  }
  throw new Error('accepted a document wrong at every value');
}

/** Checks the capped list against zod's own reading of the whole document. */
function expectCapped(error: CoproduceError, input: unknown): void {
  const { paths, count } = zodReading(input);
  expect(error.code).toBe('invalid-project');
  expect(error.problems).toHaveLength(MAX_LISTED_PROBLEMS);
  const listed = error.problems.slice(0, -1).map((p) => p.path.join('/'));
  expect(listed).toEqual(paths.slice(0, MAX_LISTED_PROBLEMS - 1));
  // As before: every problem counted once, a union's as one, the listed ones subtracted.
  const more = count - (MAX_LISTED_PROBLEMS - 1);
  expect(error.problems.at(-1)?.message).toBe(`…and ${more} more problems, not listed`);
  expect(error.message.split('\n')[0]).toBe(`The project document has ${count} problems:`);
}

const LIST = PROJECT_LIMITS.maxListLength - 1;

/** Members and activities at the list limit, each wrong in many ways: about a million values. */
function wrongEverywhere(): Record<string, unknown> {
  const members = Array.from({ length: LIST }, (_, i) =>
    i % 2 === 0
      ? { id: i, displayName: [i], joined: null, roles: 'resident', notes: { length: 1 }, x: 1 }
      : 'member',
  );
  const activities = Array.from({ length: LIST }, (_, i) =>
    i % 3 === 0 ? { id: ['a'], kind: 'nothing', start: 3, attendance: 4 } : null,
  );
  return {
    ...smallProjectInput,
    group: { requiredPerspectives: [], members },
    activities,
  };
}

describe('a document wrong at about a million values', () => {
  const input = wrongEverywhere();
  const folder = mkdtempSync(join(tmpdir(), 'coproduce-wrong-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('parseProject refuses it with the first problems listed and the rest counted', () => {
    expectCapped(
      thrown(() => parseProject(input)),
      input,
    );
  });

  it('parseProjectJson and loadProjectFile refuse its text the same way', async () => {
    const text = JSON.stringify(input);
    const fromText = thrown(() => parseProjectJson(text));
    expect(fromText.code).toBe('invalid-project');
    expect(fromText.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    const file = join(folder, 'wrong.json');
    writeFileSync(file, text);
    const fromFile = await loadProjectFile(file).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(fromFile).toBeInstanceOf(CoproduceError);
    expect((fromFile as CoproduceError).code).toBe('invalid-project');
    expect((fromFile as CoproduceError).problems.map((p) => p.message)).toEqual(
      fromText.problems.map((p) => p.message),
    );
    expect(fromText.problems.at(-1)?.message).toBe(
      thrown(() => parseProject(input)).problems.at(-1)?.message,
    );
  });

  it('counts an object with hundreds of thousands of unknown fields exactly', () => {
    const junk = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`field${i}`, i]));
    const wide = { ...smallProjectInput, ...junk };
    expectCapped(
      thrown(() => parseProject(wide)),
      wide,
    );
  });

  it('lists, for each kind of wrong value, what zod finds first and counts the rest', () => {
    // Values with a length (text, lists, objects with a "length") where
    // another kind is expected make zod run its length checks too.
    const odd = [[1, 2], 'text', { length: 3 }, 7, true, null, {}, { id: 'm' }];
    const members = Array.from({ length: 3000 }, (_, i) => ({
      id: `m-${i}`,
      displayName: odd[i % odd.length],
      roles: odd[(i + 1) % odd.length],
      joined: odd[(i + 2) % odd.length],
      accessNeeds: odd[(i + 3) % odd.length],
      perspectives: odd[(i + 4) % odd.length],
    }));
    const input2 = { ...smallProjectInput, group: { requiredPerspectives: odd, members } };
    expectCapped(
      thrown(() => parseProject(input2)),
      input2,
    );
  });
});
