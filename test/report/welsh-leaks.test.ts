/**
 * What facts, the Node loader, report comparison and `coproduce facts`
 * compose must reach a Welsh reader in Welsh: each test renders in `cy` and
 * asserts the Welsh words, and that the English ones are gone.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phraseCatalogueProblems } from '../../src/check/phrases.js';
import {
  check,
  FACT_PHRASES,
  isCoproduceError,
  parseProjectJson,
  translateFactPhrase,
} from '../../src/index.js';
import { loadConfig, loadProjectFile } from '../../src/node/index.js';
import { parsePlaceholders, problemMessage } from '../../src/report/index.js';
import { run } from '../cli/helpers.js';

const cwd = process.cwd();
const MID_WAY = 'examples/projects/mid-way.json';

async function problemsOf(load: () => Promise<unknown>) {
  try {
    await load();
  } catch (error) {
    if (isCoproduceError(error)) return error.problems;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('the Node loader in Welsh', () => {
  it('says a missing project file is missing, in Welsh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const problems = await problemsOf(() => loadProjectFile(join(dir, 'nope.json')));
    expect(problems.map((p) => problemMessage(p, 'en-GB'))).toEqual(['no such file']);
    expect(problems.map((p) => problemMessage(p, 'cy'))).toEqual(['nid oes ffeil o’r fath']);
  });

  it('names a missing rule file a configuration refers to, in Welsh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const file = join(dir, 'coproduce.config.json');
    await writeFile(file, JSON.stringify({ ruleFiles: ['rules/gone.json'] }));
    const problems = await problemsOf(() => loadConfig(file));
    expect(problems.map((p) => problemMessage(p, 'en-GB'))).toEqual([
      'names "rules/gone.json", which does not exist',
    ]);
    expect(problems.map((p) => problemMessage(p, 'cy'))).toEqual([
      'mae’n enwi "rules/gone.json", nad yw’n bodoli',
    ]);
  });
});

describe('a Welsh comparison with an English baseline', () => {
  it('titles the resolved issues in Welsh, and says the comparison errors in Welsh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const october = await run(['check', MID_WAY, '--as-of', '2026-10-01', '-f', 'json'], { cwd });
    const baseline = join(dir, 'october.json');
    await writeFile(baseline, october.stdout);
    const welsh = await run(
      ['check', MID_WAY, '--as-of', '2026-11-20', '--baseline', baseline, '--locale', 'cy'],
      { cwd, columns: 10_000 },
    );
    const resolved = welsh.stdout.split('\n').filter((line) => line.includes('DATRYSWYD'));
    expect(resolved.length).toBeGreaterThan(0);
    expect(welsh.stdout).toContain('DATRYSWYD Codwyd jargon heb ei esbonio');
    expect(welsh.stdout).not.toContain('Jargon came up without being explained');

    const other = JSON.parse(october.stdout) as { project: { id: string } };
    other.project.id = 'another-project';
    const otherFile = join(dir, 'other.json');
    await writeFile(otherFile, JSON.stringify(other));
    const mixed = await run(['check', MID_WAY, '--baseline', otherFile, '--locale', 'cy'], { cwd });
    expect(mixed.stderr).toContain('mae’r adroddiadau hyn o ddau brosiect gwahanol');
    expect(mixed.stderr).not.toContain('two different projects');

    const brokenFile = join(dir, 'broken.json');
    await writeFile(brokenFile, '{"reportVersion": ');
    const broken = await run(['check', MID_WAY, '--baseline', brokenFile, '--locale', 'cy'], {
      cwd,
    });
    expect(broken.stderr).toContain('nid yw’r adroddiad yn JSON dilys.');
    expect(broken.stderr).not.toContain('not valid JSON');
  });
});

describe('--out and --format that disagree, in Welsh', () => {
  it('names the format in Welsh', async () => {
    const welsh = await run(['check', MID_WAY, '--out', 'r.txt', '-f', 'html', '--locale', 'cy'], {
      cwd,
    });
    expect(welsh.stderr).toContain('yn enw ffeil testun (.txt)');
    const english = await run(['check', MID_WAY, '--out', 'r.txt', '-f', 'markdown'], { cwd });
    expect(english.stderr).toContain(
      '--out r.txt is a text (.txt) file name, but --format is markdown: name the file with .md',
    );
  });
});

describe('coproduce facts in Welsh', () => {
  it('frames the catalogue in Welsh, and keeps the English frame as it was', async () => {
    const welsh = await run(['facts', '--locale', 'cy'], { cwd, columns: 10_000 });
    expect(welsh.code).toBe(0);
    for (const heading of ['Casgliadau', 'Mesurau', 'Hidlau', 'Terfynau:', 'o god y llyfrgell']) {
      expect(welsh.stdout).toContain(heading);
    }
    expect(welsh.stdout).toMatch(/Yn cael ei defnyddio gan [a-z-]+/);
    for (const english of [
      'Collections',
      'Measures',
      'Limits:',
      'Used by',
      "from the library's code",
      'Facts of the catalogue',
    ]) {
      expect(welsh.stdout).not.toContain(english);
    }
    const english = await run(['facts', 'catalogue'], { cwd, columns: 10_000 });
    expect(english.stdout).toContain('Facts of the catalogue, by what they measure');
    expect(english.stdout).toContain("; from the library's code): ");
    expect(english.stdout).toMatch(/Used by [a-z-]+/);
  });
});

describe('phrases facts build, in a Welsh report', () => {
  const englishPhrases = Object.values(FACT_PHRASES['en-GB'])
    .flatMap((template) => template.split(/\{[^{}]*\}/))
    .map((part) => part.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    // Long enough to be English only, never a project's own words.
    .filter((part) => part.length >= 14);

  it('knows what to look for', () => {
    expect(englishPhrases).toContain('only a placeholder so far');
    expect(englishPhrases).toContain('is outside the remit');
  });

  for (const example of ['early-stage', 'mid-way', 'well-run']) {
    it(`${example}: no phrase of a fact's is left in English, and English is as before`, async () => {
      const source = readFileSync(`examples/projects/${example}.json`, 'utf8');
      const options = { now: '2026-11-20T12:00:00Z' };
      const welsh = await check(parseProjectJson(source), { ...options, locale: 'cy' });
      const english = await check(parseProjectJson(source), options);
      for (const issue of welsh.issues) {
        const found = englishPhrases.filter((phrase) => issue.message.includes(phrase));
        expect(found, `${issue.ruleId}: ${issue.message}`).toEqual([]);
      }
      // The values stay the English phrases: a report's data does not depend on its locale.
      expect(welsh.issues.map((i) => i.data)).toEqual(english.issues.map((i) => i.data));
    });
  }

  it('says the mid-way meetings, cadence and reasons in Welsh', async () => {
    const source = readFileSync('examples/projects/mid-way.json', 'utf8');
    const report = await check(parseProjectJson(source), {
      now: '2026-11-20T12:00:00Z',
      locale: 'cy',
    });
    const messages = report.issues.map((i) => i.message).join('\n');
    expect(messages).toContain('Planning the pilot ar 18 Tachwedd 2026');
    expect(messages).toContain('ar ei gynnydd bob mis');
    expect(messages).toContain('cafodd ei wrthod heb roi rhesymau');
    expect(messages).not.toContain('on 18 November 2026');
    expect(messages).not.toContain('every month');
  });
});

describe('translateFactPhrase', () => {
  it('re-says dates, lengths of time, lists and nested phrases in Welsh', () => {
    expect(translateFactPhrase('Drop-in on 12 August 2026', 'cy')).toBe('Drop-in ar 12 Awst 2026');
    expect(translateFactPhrase('it has had no answer for about 5 months', 'cy')).toBe(
      'nid yw wedi cael ateb ers tua 5 mis',
    );
    expect(translateFactPhrase('which members of the group agreed the remit', 'cy')).toBe(
      'pa aelodau o’r grŵp a gytunodd y cylch gwaith',
    );
    expect(
      translateFactPhrase(
        'They have access needs the group has not yet met: “Papers, in large print” and “A loop”. Meeting them may be the first step.',
        'cy',
      ),
    ).toBe(
      'Mae ganddynt anghenion mynediad nad yw’r grŵp wedi’u diwallu eto: “Papers, in large print” a “A loop”. Efallai mai eu diwallu yw’r cam cyntaf.',
    );
  });

  it('leaves English, and words that are no phrase of a fact, as they are', () => {
    expect(translateFactPhrase('every month', 'en-GB')).toBe('every month');
    expect(translateFactPhrase('every month', 'cy-GB')).toBe('bob mis');
    expect(translateFactPhrase('Planning the pilot', 'cy')).toBe('Planning the pilot');
  });

  it('has a Welsh phrase for every English one, with the same placeholders', () => {
    expect(Object.keys(FACT_PHRASES.cy).sort()).toEqual(Object.keys(FACT_PHRASES['en-GB']).sort());
    const names = (t: string) =>
      parsePlaceholders(t)
        .placeholders.map((p) => `${p.name}:${p.format ?? ''}`)
        .sort();
    for (const [id, english] of Object.entries(FACT_PHRASES['en-GB'])) {
      const welsh = FACT_PHRASES.cy[id as keyof typeof FACT_PHRASES.cy];
      expect(names(welsh), id).toEqual(names(english));
    }
    // A template with no words of its own would match any value.
    expect(phraseCatalogueProblems()).toEqual([]);
  });
});
