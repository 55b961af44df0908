/**
 * A `check()` option a front end passed wrongly is a coded problem, so a
 * Welsh front end says it in Welsh; English stays as it was.
 */
import { describe, expect, it } from 'vitest';
import {
  type CoproduceError,
  check,
  commands,
  createHistory,
  isCoproduceError,
  parseProject,
  recordCommand,
} from '../../src/index.js';
import { problemMessage } from '../../src/report/index.js';
import { minimalProject } from '../../src/testing.js';

async function refused(run: () => Promise<unknown>): Promise<CoproduceError> {
  try {
    await run();
  } catch (error) {
    if (isCoproduceError(error)) return error;
    throw error;
  }
  throw new Error('expected check() to refuse its options');
}

describe('check() options said in Welsh', () => {
  const project = parseProject(minimalProject({ timeZone: 'Europe/London' }));

  it('a "now" that is not a date-time with an offset', async () => {
    const error = await refused(() => check(project, { now: '2025-06-02', locale: 'cy' }));
    expect(error.code).toBe('invalid-options');
    const [problem] = error.problems;
    expect(problem?.code).toBe('option-now');
    expect(problemMessage(problem!, 'en-GB')).toBe('must be a date-time like 2025-06-02T09:00:00Z');
    expect(problemMessage(problem!, 'cy')).toBe(
      'rhaid iddo fod yn ddyddiad ac amser fel 2025-06-02T09:00:00Z',
    );
  });

  it('a locale that is not a language tag', async () => {
    const error = await refused(() =>
      check(project, { now: '2025-06-02T09:00:00Z', locale: 'not a tag' }),
    );
    const [problem] = error.problems;
    expect(problem?.code).toBe('option-locale');
    expect(problemMessage(problem!, 'en-GB')).toBe('must be a language tag like "en-GB" or "cy"');
    expect(problemMessage(problem!, 'cy')).toBe('rhaid iddo fod yn dag iaith fel "en-GB" neu "cy"');
  });
});

describe('a history’s "at" option said in Welsh', () => {
  const project = parseProject(minimalProject({ timeZone: 'Europe/London' }));
  const rename = (title: string) => commands.project.update({ changes: { title } });

  it('an "at" that is not a date-time, or is before the entry it would follow', async () => {
    const history = recordCommand(createHistory(project), rename('First'), {
      at: '2026-03-02T10:00:00Z',
    });
    const early = await refused(async () =>
      recordCommand(history, rename('Second'), { at: '2026-03-01T10:00:00Z' }),
    );
    const [problem] = early.problems;
    expect(problem?.code).toBe('history-at-early');
    expect(problemMessage(problem!, 'en-GB')).toBe(
      'is before the entry it would follow (2026-03-02T10:00:00Z); a history is kept in time order',
    );
    expect(problemMessage(problem!, 'cy')).toBe(
      'mae cyn y cofnod y byddai’n ei ddilyn (2026-03-02T10:00:00Z); cedwir hanes yn nhrefn amser',
    );
    const malformed = await refused(async () =>
      recordCommand(history, rename('Second'), { at: 'tomorrow' }),
    );
    expect(malformed.problems[0]?.code).toBe('option-instant');
    expect(problemMessage(malformed.problems[0]!, 'cy')).toMatch(
      /^rhaid iddo fod yn Date neu’n ddyddiad/,
    );
  });
});
