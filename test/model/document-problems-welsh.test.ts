/**
 * Problems with a whole project document (not text, too many mistakes to
 * list) carry codes, so a Welsh front end says them in Welsh.
 */
import { describe, expect, it } from 'vitest';
import { isCoproduceError, parseProject, parseProjectJson } from '../../src/index.js';
import { problemMessage } from '../../src/report/index.js';
import { minimalProject } from '../../src/testing.js';

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isCoproduceError(error)) return error.problems;
    throw error;
  }
  throw new Error('expected the document to be refused');
}

describe('whole-document problems said in Welsh', () => {
  it('a project given as something other than JSON text', () => {
    const [problem] = problemsOf(() => parseProjectJson(42 as never));
    expect(problem?.code).toBe('not-json-text');
    expect(problemMessage(problem!, 'en-GB')).toBe('must be JSON text');
    expect(problemMessage(problem!, 'cy')).toBe('rhaid iddo fod yn destun JSON');
  });

  // An older library given a newer document is the usual way to meet this;
  // the problem needs a code for a Welsh front end to say it in Welsh.
  it('a document of a schema version newer than this library reads', () => {
    const [problem] = problemsOf(() => parseProject({ ...minimalProject(), schemaVersion: 9 }));
    expect(problem?.code).toBe('project-version-newer');
    expect(problem?.pointer).toBe('/schemaVersion');
    expect(problemMessage(problem!, 'en-GB')).toBe('version 9 is newer than 2: upgrade coproduce');
    expect(problemMessage(problem!, 'cy')).toBe(
      'mae fersiwn 9 yn fwy newydd na 2: uwchraddiwch coproduce',
    );
  });

  it('a document of a schema version older than any this library reads', () => {
    const [problem] = problemsOf(() => parseProject({ ...minimalProject(), schemaVersion: 0 }));
    expect(problem?.code).toBe('project-version-older');
    expect(problemMessage(problem!, 'en-GB')).toBe('must be 1 to 2');
    expect(problemMessage(problem!, 'cy')).toBe('rhaid iddo fod o 1 i 2');
  });

  it('more mistakes than are listed', () => {
    const members = Array.from({ length: 2000 }, () => 0);
    const problems = problemsOf(() =>
      parseProject({ ...minimalProject(), group: { requiredPerspectives: [], members } }),
    );
    const last = problems.at(-1)!;
    expect(last.code).toMatch(/^more-problems-(capped|unlisted)$/);
    expect(problemMessage(last, 'en-GB')).toMatch(/^…and \d+ more problems, not listed/);
    expect(problemMessage(last, 'cy')).toMatch(/^…a \d+ problem arall, heb eu rhestru/);
  });
});
