/**
 * A `check()` option a front end passed wrongly is a coded problem, so a
 * Welsh front end says it in Welsh; English stays as it was.
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CheckReport,
  type CoproduceError,
  check,
  checkPortfolio,
  commands,
  createHistory,
  isCoproduceError,
  parseProject,
  parseProjectJson,
  recordCommand,
} from '../../src/index.js';
import { problem } from '../../src/model/errors.js';
import { formatReportHtml, problemMessage, withTrend } from '../../src/report/index.js';
import { minimalProject } from '../../src/testing.js';
import { run } from '../cli/helpers.js';

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

describe('every option a front end can pass wrongly is a coded problem, said in Welsh', () => {
  const project = parseProject(minimalProject({ timeZone: 'Europe/London' }));
  const NOW = '2026-11-20T12:00:00Z';
  const welsh = (error: CoproduceError) => error.problems.map((p) => problemMessage(p, 'cy'));

  it('a trend limit and a number of recent meetings below their least', async () => {
    const report: CheckReport = await check(project, { now: NOW });
    const trend = await refused(async () => withTrend(report, [], { limit: 1 }));
    expect(trend.problems.map((p) => p.code)).toEqual(['option-whole-at-least']);
    expect(welsh(trend)).toEqual(['rhaid iddo fod yn rhif cyfan, 2 o leiaf']);
    const html = await refused(async () => formatReportHtml(report, { recentMeetings: 0 }));
    expect(welsh(html)).toEqual(['rhaid iddo fod yn rhif cyfan, 1 o leiaf']);
    const anonymous = await refused(async () => formatReportHtml(report, { anonymise: true }));
    expect(welsh(anonymous)).toEqual(['mae angen hwn pan fo anonymise yn wir']);
    expect(problemMessage(anonymous.problems[0]!, 'en-GB')).toBe(
      'is required when anonymise is true',
    );
  });

  it('two projects of a portfolio with one id', async () => {
    const source = readFileSync('examples/projects/mid-way.json', 'utf8');
    const twice = await refused(() =>
      checkPortfolio(
        [
          { project: parseProjectJson(source), source: 'a.json' },
          { project: parseProjectJson(source), source: 'b.json' },
        ],
        { now: NOW },
      ),
    );
    expect(twice.problems.map((p) => [p.code, p.file])).toEqual([
      ['portfolio-duplicate-id', 'b.json'],
    ]);
    expect(welsh(twice)).toEqual([
      'mae "repairs-reporting-2026" hefyd yn ddynodydd a.json: mae angen ei ddynodydd ei hun ar bob prosiect mewn portffolio',
    ]);
  });

  it('the command line says them in Welsh, and in English as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coproduce-options-'));
    const source = readFileSync('examples/projects/mid-way.json', 'utf8');
    writeFileSync(join(dir, 'a.json'), source);
    writeFileSync(join(dir, 'b.json'), source);
    const args = ['check', 'a.json', 'b.json', '--as-of', '2026-11-20'];
    const cy = await run([...args, '--locale', 'cy'], { cwd: dir });
    expect(cy.code).toBe(2);
    expect(cy.stderr).toContain(
      'mae "repairs-reporting-2026" hefyd yn ddynodydd a.json: mae angen ei ddynodydd ei hun ar bob prosiect mewn portffolio',
    );
    expect(cy.stderr).not.toMatch(/Two projects|needs its own id|is also the id/);
    const en = await run(args, { cwd: dir });
    expect(en.stderr).toBe(
      'coproduce: Two projects have the id "repairs-reporting-2026" (a.json and b.json): each project of a portfolio needs its own id.\n',
    );
  });
});

describe('erasing a member that would leave a field invalid', () => {
  it('is a coded problem whose cause is said from its own code', () => {
    const cause = JSON.stringify({
      path: [],
      message: 'must not be empty',
      code: 'empty',
      params: {},
    });
    const detail = problem(
      ['payload', 'id'],
      'member "m-03" cannot be erased: erasing left pronouns invalid (Too small: expected string to have >=1 characters); classify it in model/personal-data.ts',
      {
        code: 'erasure-left-invalid',
        params: {
          id: 'm-03',
          field: 'pronouns',
          reason: 'Too small: expected string to have >=1 characters',
          causes: [cause],
        },
      },
    );
    expect(problemMessage(detail, 'en-GB')).toBe(detail.message);
    expect(problemMessage(detail, 'cy')).toBe(
      'ni ellir dileu data’r aelod "m-03": byddai dileu yn gadael pronouns yn annilys (rhaid iddo beidio â bod yn wag); dosbarthwch y maes yn model/personal-data.ts',
    );
  });
});
