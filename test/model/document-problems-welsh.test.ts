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
