/**
 * A fully Welsh frame with `--locale cy`: the report and command-line
 * catalogues are complete and consistent, and a Welsh report of each
 * bundled example, in every format, holds none of the English catalogue's
 * words once the project's own data (names, titles, notes) and the rules'
 * own texts are taken out. (The built-in rules' messages have no Welsh yet:
 * they are shown in English, marked as such, and listed in
 * `missingMessages`.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CheckReport, check, parseProjectJson, questionCatalogue } from '../../src/index.js';
import { BUILTIN_TRANSLATIONS } from '../../src/report/catalogue.js';
import {
  parsePlaceholders,
  UI_CATALOGUE_STATUS,
  UI_CATALOGUES,
  UI_LOCALES,
  type UiMessageId,
  uiText,
} from '../../src/report/index.js';
import { RULE_SCOPES } from '../../src/schemas.js';
import { AS_OF, createWorkspace, run } from '../cli/helpers.js';

const EXAMPLES = ['early-stage', 'mid-way', 'well-run'] as const;
const english = UI_CATALOGUES['en-GB'];
const welsh = UI_CATALOGUES.cy;
const ids = Object.keys(english) as UiMessageId[];

/** Words and phrases of an English template, without its placeholders. */
function englishPhrases(template: string): string[] {
  const phrases: string[] = [];
  for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
    // The nouns of a count: "{n:count:issue:issues}".
    const [, format, ...nouns] = (match[1] ?? '').split(':');
    if (format === 'count') phrases.push(...nouns);
  }
  for (const part of template.split(/\{[^{}]*\}/)) {
    const phrase = part.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    if (/\p{L}{3}/u.test(phrase)) phrases.push(phrase);
  }
  return phrases;
}

/** Every English phrase of the catalogue that its Welsh does not also use (such as `--fail-on`). */
const ENGLISH_PHRASES = [
  ...new Set(
    ids
      .flatMap((id) => englishPhrases(english[id]))
      .filter((phrase) => {
        const inWelsh = ids.some((id) => welsh[id].includes(phrase));
        return !inWelsh && !/^[A-Z]{2,}$|^--/.test(phrase);
      }),
  ),
  ...Object.keys(BUILTIN_TRANSLATIONS.sections),
  ...[...questionCatalogue().values()].map((q) => q.point),
].sort((a, b) => b.length - a.length);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The reader's text of a page: tags gone, entities and Markdown escapes undone, one line. */
function readable(text: string, format: string): string {
  let out = text;
  if (format === 'html') {
    out = out
      .replace(/<style>[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }
  if (format === 'markdown') out = out.replace(/\\([\\`*_[\]<>|~&#+\-=.)!])/g, '$1');
  return out.replace(/\s+/g, ' ');
}

/** Takes out what comes from the data or the rules, longest first, leaving the frame. */
function frameOnly(text: string, report: CheckReport, project: Record<string, unknown>): string {
  const data = new Set<string>([report.project.title, report.project.timeZone]);
  for (const issue of report.issues) {
    // Rule ids are names, the same in every language.
    for (const value of [
      issue.title,
      issue.message,
      issue.action,
      issue.subject.label,
      issue.ruleId,
    ]) {
      data.add(value);
    }
  }
  const walk = (value: unknown) => {
    if (typeof value === 'string' && value.length > 1) data.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(project);
  let out = text;
  for (const value of [...data].sort((a, b) => b.length - a.length)) {
    out = out.split(value.replace(/\s+/g, ' ')).join(' ');
    // Long labels are shortened to fit the chart.
    if (value.length > 24) out = out.split(`${value.slice(0, 23)}…`).join(' ');
  }
  return out;
}

describe('the Welsh catalogue', () => {
  it('has every message of the English one, with the same placeholders', () => {
    expect(UI_LOCALES).toEqual(['en-GB', 'cy']);
    expect(Object.keys(welsh).sort()).toEqual([...ids].sort());
    const names = (template: string) =>
      [...new Set(parsePlaceholders(template).placeholders.map((p) => p.name))].sort();
    for (const id of ids) {
      expect(parsePlaceholders(welsh[id]).errors, id).toEqual([]);
      expect(names(welsh[id]), id).toEqual(names(english[id]));
    }
  });

  it('translates every message, section and framework question', () => {
    // The same in both languages: proper names and symbols only.
    const same = ids.filter((id) => welsh[id] === english[id]);
    // "Person" is a Welsh word too.
    expect(same).toEqual([
      'card.subjects',
      'noun.person',
      'chart.row',
      'about.record',
      'portfolio.project',
    ]);
    const sections = new Set([...questionCatalogue().values()].map((q) => q.section));
    expect(Object.keys(BUILTIN_TRANSLATIONS.sections).sort()).toEqual([...sections].sort());
    expect(Object.keys(BUILTIN_TRANSLATIONS.questions).sort()).toEqual(
      [...questionCatalogue().keys()].sort(),
    );
    expect(UI_CATALOGUE_STATUS.cy.reviewed).toBe(false);
  });

  it('has a noun and a count for every scope a rule can have, in each language', () => {
    // explain, the anonymiser and the report's subject counts look these up by scope.
    for (const locale of UI_LOCALES) {
      const catalogue = UI_CATALOGUES[locale] as Readonly<Record<string, string>>;
      for (const scope of RULE_SCOPES) {
        expect(catalogue[`noun.${scope}`], `${locale} noun.${scope}`).toBeTypeOf('string');
        expect(catalogue[`subjects.${scope}`], `${locale} subjects.${scope}`).toBeTypeOf('string');
      }
    }
    expect(uiText('en-GB', 'subjects.person' as UiMessageId, { n: 2 })).toBe('2 people');
    expect(uiText('cy', 'subjects.topic' as UiMessageId, { n: 2 })).toBe('2 pwnc');
  });

  it('counts with the singular noun, as Welsh does', () => {
    expect(uiText('cy', 'summary.passed', { passed: 12 })).toBe('Pasiodd 12 rheol.');
    expect(uiText('cy-GB', 'chart.issues', { n: 3 })).toBe('3 mater');
    expect(uiText('en-GB', 'chart.issues', { n: 1 })).toBe('1 issue');
  });
});

describe('a Welsh report of each bundled example', () => {
  it('knows the English phrases it looks for', () => {
    expect(ENGLISH_PHRASES).toContain('What to do');
    expect(ENGLISH_PHRASES).toContain('At a glance');
    expect(ENGLISH_PHRASES).toContain('Governance');
    expect(ENGLISH_PHRASES.length).toBeGreaterThan(150);
  });

  for (const example of EXAMPLES) {
    it(`${example}: no English words around the data, in text, Markdown and HTML`, async () => {
      const source = readFileSync(`examples/projects/${example}.json`, 'utf8');
      const project = JSON.parse(source) as Record<string, unknown>;
      const report = await check(parseProjectJson(source), {
        now: '2026-11-20T12:00:00Z',
        locale: 'cy',
      });
      for (const format of ['text', 'markdown', 'html']) {
        const { code, stdout } = await run(
          [
            'check',
            `examples/projects/${example}.json`,
            '--as-of',
            AS_OF,
            '--locale',
            'cy',
            '-f',
            format,
          ],
          { cwd: process.cwd(), columns: 10_000 },
        );
        expect(code).toBe(0);
        const frame = frameOnly(readable(stdout, format), report, project);
        const found = ENGLISH_PHRASES.filter((phrase) =>
          new RegExp(`(?<![\\p{L}])${escapeRegExp(phrase)}(?![\\p{L}])`, 'u').test(frame),
        );
        expect(found, `${example} (${format})`).toEqual([]);
        // And it is Welsh: its summary and headings are there.
        expect(frame).toContain(report.issues.length > 0 ? 'Cipolwg' : 'Dim materion');
      }
    });
  }

  it("is marked as Welsh, with the built-in rules' own Welsh texts", async () => {
    const { stdout } = await run(
      ['check', 'examples/projects/mid-way.json', '--as-of', AS_OF, '--locale', 'cy', '-f', 'html'],
      { cwd: process.cwd() },
    );
    expect(stdout).toContain('<html lang="cy">');
    // Every built-in rule has Welsh texts (rules/messages/cy.json), so none falls back to English.
    expect(stdout).not.toContain(' lang="en-GB">');
    expect(stdout).not.toContain('Mae rhai o negeseuon y rheolau yn Saesneg');
    expect(stdout).toContain('Nid yw anghenion mynediad neu gymorth aelod yn cael eu diwallu');
  });

  it('marks the English of a council rule that has no Welsh texts', async () => {
    const { dir, cleanup } = createWorkspace();
    try {
      const { stdout } = await run(
        [
          'check',
          'mid-way.json',
          '--config',
          'council.json',
          '--as-of',
          AS_OF,
          '--locale',
          'cy',
          '-f',
          'html',
        ],
        { cwd: dir },
      );
      expect(stdout).toContain('<html lang="cy">');
      expect(stdout).toContain(' lang="en-GB">');
      expect(stdout).toContain('Mae rhai o negeseuon y rheolau yn Saesneg');
    } finally {
      cleanup();
    }
  });
});

describe('an anonymised Welsh report', () => {
  it('shows members as “Aelod n” and withholds the title in Welsh, in every format', async () => {
    const midWay = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
    for (const format of ['text', 'markdown', 'html', 'json']) {
      const { stdout } = await run(
        [
          'check',
          'examples/projects/mid-way.json',
          '--as-of',
          AS_OF,
          '--locale',
          'cy',
          '--anonymise',
          '-f',
          format,
        ],
        { cwd: process.cwd(), columns: 10_000 },
      );
      expect(stdout, format).toMatch(/Aelod \d+/);
      expect(stdout, format).not.toMatch(/Member \d+/);
      expect(stdout, format).toContain('Prosiect cydgynhyrchu (teitl wedi’i atal)');
      for (const member of midWay.group.members) {
        expect(stdout, `${format}: ${member.displayName}`).not.toContain(member.displayName);
      }
    }
  });
});

describe('explain and rules in Welsh', () => {
  it('explain --locale cy uses the Welsh headings', async () => {
    const { code, stdout } = await run(['explain', 'quiet-members', '--locale', 'cy'], {
      cwd: process.cwd(),
    });
    expect(code).toBe(0);
    for (const heading of [
      'Pam mae’n bwysig',
      'Beth sy’n ei chodi',
      'Paramedrau',
      'Sut i’w datrys',
    ]) {
      expect(stdout).toContain(`\n${heading}\n`);
    }
    expect(stdout).toContain('A all pawb gyfrannu');
    expect(stdout).not.toContain('Why it matters');
  });

  it('rules --locale cy uses the Welsh words, and refuses a locale that is not a tag', async () => {
    const { code, stdout } = await run(['rules', '--locale', 'cy'], { cwd: process.cwd() });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ rheol mewn grym, o /);
    expect(stdout).toContain('Paramedrau: ');
    expect(stdout).not.toContain('Parameters');
    const bad = await run(['rules', '--locale', ''], { cwd: process.cwd() });
    expect(bad.code).toBe(2);
  });
});
