/**
 * A `check()` option a front end passed wrongly is a coded problem, so a
 * Welsh front end says it in Welsh; English stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { type CoproduceError, check, isCoproduceError, parseProject } from '../../src/index.js';
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
