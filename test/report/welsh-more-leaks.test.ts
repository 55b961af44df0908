/**
 * More of what a Welsh reader sees, each rendered in `cy` with no English
 * left, and the English output as it was.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  check,
  checkPortfolio,
  createRuleSet,
  isCoproduceError,
  parseProjectJson,
} from '../../src/index.js';
import {
  formatPortfolioCsv,
  formatPortfolioHtml,
  formatPortfolioMarkdown,
  parseReport,
  problemMessage,
} from '../../src/report/index.js';
import { COLLECTIONS, factCatalogue, MEASURES } from '../../src/schemas.js';
import { minimalProject, RuleTestError, testRule } from '../../src/testing.js';
import { run } from '../cli/helpers.js';

const NOW = '2026-11-20T12:00:00Z';

/** The text says each of `present` and none of `absent`. */
function expectWords(text: string, present: readonly string[], absent: readonly string[]): void {
  for (const words of present) expect(text).toContain(words);
  for (const words of absent) expect(text).not.toContain(words);
}

async function messages(example: string, locale?: string): Promise<Map<string, string[]>> {
  const source = readFileSync(`examples/projects/${example}.json`, 'utf8');
  const report = await check(parseProjectJson(source), {
    now: NOW,
    ...(locale === undefined ? {} : { locale }),
  });
  const out = new Map<string, string[]>();
  for (const issue of report.issues)
    out.set(issue.ruleId, [...(out.get(issue.ruleId) ?? []), issue.message]);
  return out;
}

describe('facts a Welsh message quotes', () => {
  it('says when a member can come in Welsh', async () => {
    const [cy] = (await messages('mid-way', 'cy')).get('availability-respected') ?? [];
    expect(cy).toContain(
      'ar ddydd Llun, ddydd Mawrth, ddydd Mercher, ddydd Iau neu ddydd Sadwrn, gyda’r nos',
    );
    expect(cy).not.toMatch(/Monday|Saturday|evenings| or /);
    const [en] = (await messages('mid-way')).get('availability-respected') ?? [];
    expect(en).toContain('on Monday, Tuesday, Wednesday, Thursday or Saturday evenings');
  });

  it('says the role words inside names in Welsh', async () => {
    // Lou is made a councillor as well as staff, so a role word with its own Welsh shows.
    const project = JSON.parse(readFileSync('examples/projects/mid-way.json', 'utf8'));
    const lou = project.group.members.find((m: { id: string }) => m.id === 'm-10');
    lou.roles = ['staff', 'councillor'];
    const said = async (locale?: string) => {
      const report = await check(parseProjectJson(JSON.stringify(project)), {
        now: NOW,
        ...(locale === undefined ? {} : { locale }),
      });
      return report.issues
        .filter((i) => i.ruleId === 'agreements-co-created' || i.ruleId === 'shared-leadership')
        .map((i) => i.message)
        .join('\n');
    };
    const en = await said();
    expect(en).toContain('Lou (tenant engagement officer, staff, councillor)');
    expect(en).toContain('Sean (repairs manager, staff)');
    const cy = await said('cy');
    expect(cy).toContain('Lou (tenant engagement officer, staff, cynghorydd)');
    expect(cy).toContain('Sean (repairs manager, staff)');
    expect(cy).not.toContain('councillor');
  });

  it('quotes the framework question a reflection fact names in its Welsh words', async () => {
    const cy = (await messages('mid-way', 'cy')).get('reflect-on-reflective-questions') ?? [];
    const en = (await messages('mid-way')).get('reflect-on-reflective-questions') ?? [];
    expect(en.join('\n')).toContain(
      '“Staying open to change and to unexpected ideas and solutions; being comfortable with uncertainty”',
    );
    expect(cy.length).toBe(en.length);
    expect(cy.join('\n')).toContain(
      '“Aros yn agored i newid ac i syniadau ac atebion annisgwyl; bod yn gyfforddus ag ansicrwydd”',
    );
    expect(cy.join('\n')).not.toMatch(/Staying open|speak for wider groups|skills and experience/);
  });
});

describe('coproduce facts in Welsh: topics and measures', () => {
  const cwd = process.cwd();
  const topics = [
    'Shared understanding and readiness',
    'Taking part and being heard',
    'Times, places and access',
    "The group's reflections",
    'What the project has written down',
  ];

  it('says every measure and topic heading in Welsh, and the English as the library gives it', async () => {
    const english = await run(['facts'], { cwd, columns: 10_000 });
    const welsh = await run(['facts', '--locale', 'cy'], { cwd, columns: 10_000 });
    expect(welsh.code).toBe(0);
    // Descriptions are wrapped to 80 columns: compare them as running text.
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    for (const m of MEASURES) {
      expect(flat(english.stdout)).toContain(`- ${m.name}: ${m.description}`);
      expect(flat(welsh.stdout)).not.toContain(m.description);
      expect(welsh.stdout).toContain(`- ${m.name}: `);
    }
    for (const topic of topics) {
      expect(english.stdout).toContain(`\n  ${topic}\n`);
      expect(welsh.stdout).not.toContain(`\n  ${topic}\n`);
    }
    expect(welsh.stdout).toContain('\n  Amseroedd, lleoedd a mynediad\n');
  });

  it('describes the collections, their fields and every fact in Welsh', async () => {
    const english = await run(['facts'], { cwd, columns: 10_000 });
    const welsh = await run(['facts', '--locale', 'cy'], { cwd, columns: 10_000 });
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    for (const collection of COLLECTIONS) {
      expect(flat(english.stdout)).toContain(collection.description);
      expect(flat(welsh.stdout)).not.toContain(collection.description);
      for (const derived of Object.values(collection.derived)) {
        expect(flat(welsh.stdout)).not.toContain(derived.description);
      }
    }
    expect(flat(welsh.stdout)).toContain('Aelodau’r grŵp, yn nhrefn y ddogfen.');
    expect(welsh.stdout).toContain('- topics: rhestr o destun');
    expect(english.stdout).toContain('- topics: a list of text');
    const count = factCatalogue.find((f) => f.id === 'activeMemberCount');
    expect(flat(english.stdout)).toContain(count?.description);
    expect(flat(welsh.stdout)).toContain('Faint o aelodau sy’n weithredol heddiw');
    expect(flat(welsh.stdout)).not.toContain(count?.description);
    for (const fact of factCatalogue) {
      expect(flat(english.stdout)).toContain(fact.description);
      expect(flat(welsh.stdout)).not.toContain(fact.description);
    }
  });
});

describe('a portfolio checked in Welsh', () => {
  const cwd = process.cwd();
  it('frames the portfolio in Welsh: heading, counts, table and overview', async () => {
    const args = ['check', 'examples/projects', '--as-of', '2026-11-20', '--overview'];
    const welsh = await run([...args, '--locale', 'cy'], { cwd, columns: 10_000 });
    for (const words of [
      'Gwiriwyd ar 20 Tachwedd 2026',
      '3 prosiect (3 gweithredol)',
      'Prosiectau, y rhai sydd angen sylw fwyaf yn gyntaf',
      'Ar draws prosiectau’r cyngor',
      '(dechrau)',
    ]) {
      expect(welsh.stdout).toContain(words);
    }
    for (const english of [
      'Checked on',
      'active):',
      'for information',
      'most in need of attention',
      "Across the council's projects",
      'What to do',
      'Errors Warnings',
      'REVIEW',
      '(starting)',
    ]) {
      expect(welsh.stdout).not.toContain(english);
    }
    const english = await run(args, { cwd, columns: 10_000 });
    expect(english.stdout).toContain('3 projects (3 active): ');
    expect(english.stdout).toContain('  Errors Warnings  Info Review  Ack.  Project');
    expect(english.stdout).toContain("Across the council's projects");
  });
});

describe('problems said in Welsh', () => {
  it('says a baseline report with a malformed issue id is not in the expected form, in either language', async () => {
    const cwd = process.cwd();
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const october = await run(
      ['check', 'examples/projects/mid-way.json', '--as-of', '2026-10-01', '-f', 'json'],
      { cwd },
    );
    const report = JSON.parse(october.stdout) as { issues: { id: string }[] };
    report.issues[0]!.id = 'not-an-id';
    const file = join(dir, 'baseline.json');
    await writeFile(file, JSON.stringify(report));
    const args = ['check', 'examples/projects/mid-way.json', '--baseline', file];
    const welsh = await run([...args, '--locale', 'cy'], { cwd });
    expect(welsh.stderr).toContain('mater 1, id: nid yw ar y ffurf ddisgwyliedig');
    expect(welsh.stderr).not.toMatch(/Invalid string|expected form|must match/);
    const english = await run(args, { cwd });
    expect(english.stderr).toContain('issue 1, id: is not in the expected form');
    expect(english.stderr).not.toContain('Invalid string');
  });

  it('says a baseline value of the wrong type has the wrong type, not that it is missing', async () => {
    const cwd = process.cwd();
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-welsh-'));
    const october = await run(
      ['check', 'examples/projects/mid-way.json', '--as-of', '2026-10-01', '-f', 'json'],
      { cwd },
    );
    const report = JSON.parse(october.stdout) as { locale: unknown };
    report.locale = 5;
    const file = join(dir, 'baseline.json');
    await writeFile(file, JSON.stringify(report));
    const args = ['check', 'examples/projects/mid-way.json', '--baseline', file];
    const english = await run(args, { cwd });
    expect(english.stderr).toContain('locale: must be text, not a number');
    expect(english.stderr).not.toContain('is required');
    const welsh = await run([...args, '--locale', 'cy'], { cwd });
    expect(welsh.stderr).toContain('locale: rhaid iddo fod yn destun, nid rhif');
  });
});

describe('testRule problems in Welsh', () => {
  const project = (overrides: Record<string, unknown> = {}) =>
    minimalProject(overrides as Parameters<typeof minimalProject>[0]);

  it('says each failing case in Welsh, with its code', async () => {
    const problems = await said(() =>
      testRule('ideas-recorded', {
        valid: [{ name: 'no ideas', project: project({ stage: 'planning' }) }],
        invalid: [{ project: project({ stage: 'planning' }) }],
        needsReview: [{ project: project(), subjects: ['x'] }],
      }),
    );
    expect(problems.map((p) => p.code)).toEqual([
      'rule-test-should-pass-not-applicable',
      'rule-test-should-be-flagged',
      'rule-test-subjects-review',
    ]);
    expect(problems.every((p) => p.same)).toBe(true);
    expect(problems[0]?.cy).toBe(
      'dylai "no ideas" basio, ond y canlyniad oedd: ddim yn berthnasol (os nad yw’r rheol i fod yn berthnasol yma, rhowch notApplicable: true)',
    );
    expect(problems[1]?.cy).toBe(
      'dylai invalid[0] gael ei nodi, ond y canlyniad oedd: ddim yn berthnasol',
    );
    expect(problems[2]?.cy).toBe(
      'dylai needsReview[0] ofyn am adolygu [x], ond gofynnodd am adolygu [test-project]',
    );
  });

  it('keeps the codes of a case that could not be checked, and says each in Welsh', async () => {
    const problems = await said(() =>
      testRule('ideas-recorded', {
        invalid: [{ project: project({ stage: 'nope' }) }],
        valid: [{ project: project(), parameters: { nope: 1 } }],
      }),
    );
    expect(problems.map((p) => p.code)).toEqual(['rule-test-not-checked', 'rule-test-not-checked']);
    expect(problems.every((p) => p.same)).toBe(true);
    expect(problems[0]?.en).toMatch(
      /^valid\[0\] could not be checked: .*unknown parameter "nope"/s,
    );
    expect(problems[0]?.cy).toMatch(/^nid oedd modd gwirio valid\[0\]: .*paramedr anhysbys "nope"/);
    expect(problems[1]?.cy).toMatch(
      /^nid oedd modd gwirio invalid\[0\]: stage: rhaid iddo fod yn un o /,
    );
    expect(problems.map((p) => p.cy).join('\n')).not.toMatch(/unknown|must be|could not/);
  });

  const said = async (run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      if (!isCoproduceError(error) && !(error instanceof RuleTestError)) throw error;
      return error.problems.map((p) => ({
        code: p.code,
        en: problemMessage(p, 'en-GB'),
        same: problemMessage(p, 'en-GB') === p.message,
        cy: problemMessage(p, 'cy'),
      }));
    }
    throw new Error('expected testRule to refuse');
  };

  it('names a misspelt rule, with its guess, in Welsh', async () => {
    expect(await said(() => testRule('availability-respectd', { valid: [] }))).toEqual([
      {
        code: 'unknown-rule',
        en: 'unknown rule id "availability-respectd"; did you mean "availability-respected"?',
        same: true,
        cy: 'dynodydd rheol anhysbys "availability-respectd"; ai "availability-respected" oedd dan sylw?',
      },
    ]);
  });
});

describe('a portfolio report in Welsh: Markdown, HTML and CSV', () => {
  const portfolio = async (locale?: string) => {
    const files = ['early-stage', 'mid-way'];
    const projects = files.map((name) => ({
      project: parseProjectJson(readFileSync(`examples/projects/${name}.json`, 'utf8')),
      source: `${name}.json`,
    }));
    return checkPortfolio(projects, { now: NOW, ...(locale === undefined ? {} : { locale }) });
  };

  it('frames the Markdown in Welsh, the default title included', async () => {
    const cy = formatPortfolioMarkdown(await portfolio('cy'));
    expectWords(
      cy,
      [
        '# Prosiectau’r cyngor',
        'Gwiriwyd ar 20 Tachwedd 2026 (Europe/London).',
        '2 prosiect (2 gweithredol)',
        '| Prosiect | Cam | Gwallau | Rhybuddion | Er gwybodaeth | Angen adolygu | Wedi’u cydnabod |',
        '## Ar draws prosiectau’r cyngor',
        '- **Beth a welsom:** ',
        '- **Rheol:** `',
        '## Pob prosiect',
      ],
      [
        'The council’s projects',
        'Checked on',
        '| Project | Stage |',
        "Across the council's projects",
        'What we found',
        'Suggested action',
        '· issue `',
        '## Each project',
        'Needs review:',
      ],
    );
    const en = formatPortfolioMarkdown(await portfolio());
    expect(en).toContain('# The council’s projects\n');
    expect(en).toContain(
      '| Project | Stage | Errors | Warnings | For information | Needs review | Acknowledged |',
    );
    expect(en).toContain('- **What we found:** ');
  });

  it('frames the HTML page in Welsh, marked as Welsh', async () => {
    const cy = formatPortfolioHtml(await portfolio('cy'));
    expect(cy).toContain('<html lang="cy">');
    expectWords(
      cy,
      [
        '<title>Portffolio cydgynhyrchu: Prosiectau’r cyngor</title>',
        'Neidio i’r adroddiad',
        '<h2 id="overview-heading">Trosolwg</h2>',
        '<th scope="col">Prosiect</th><th scope="col">Cam</th>',
        'Ar draws prosiectau’r cyngor',
        '<h2 id="projects-heading">Pob prosiect</h2>',
        'Gwnaed gan coproduce o wiriad o 2 prosiect.',
      ],
      [
        'Co-production portfolio',
        'Skip to the report',
        'Overview',
        '>Project<',
        'Stage:',
        'open issue',
        'The issues of',
        'Each project',
        'Made by coproduce',
        'What to do:',
      ],
    );
    const en = formatPortfolioHtml(await portfolio());
    expect(en).toContain('<html lang="en-GB">');
    expect(en).toContain('<title>Co-production portfolio: The council’s projects</title>');
    expect(en).toContain('Made by coproduce from a check of 2 projects.');
  });

  it('keeps the CSV columns as they are and says the default title in Welsh', async () => {
    const cy = formatPortfolioCsv(await portfolio('cy'), { rows: 'issues' });
    const en = formatPortfolioCsv(await portfolio(), { rows: 'issues' });
    expect(cy.split('\r\n')[0]).toBe(en.split('\r\n')[0]);
    expect(cy).toContain(',Prosiectau’r cyngor,');
    expect(cy).not.toContain('The council’s projects');
    expect(en).toContain(',The council’s projects,');
  });
});

describe('configuration problems and value formats in Welsh', () => {
  const problemsOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (!isCoproduceError(error)) throw error;
      return error.problems.map((p) => ({
        code: p.code,
        same: problemMessage(p, 'en-GB') === p.message,
        en: p.message,
        cy: problemMessage(p, 'cy'),
      }));
    }
    throw new Error('expected a refusal');
  };

  it('says a parameter value that does not suit, and a rule of a pack not loaded, in Welsh', () => {
    const problems = problemsOf(() =>
      createRuleSet({
        rules: {
          'quiet-members': { severity: 'warning', parameters: { quietMeetings: 0 } },
          'benefits-advice-offered': 'warning',
        },
      }),
    );
    expect(problems.map((p) => p.code)).toEqual(['too-small', 'rule-in-pack']);
    expect(problems.every((p) => p.same)).toBe(true);
    expect(problems[0]?.en).toBe('must be at least 1');
    expect(problems[0]?.cy).toBe('rhaid iddo fod yn 1 o leiaf');
    expect(problems[1]?.en).toMatch(/belongs to the .* framework pack: add "coproduce:/);
    expect(problems[1]?.cy).toMatch(
      /^mae’r rheol "benefits-advice-offered" yn perthyn i becyn fframwaith .*: ychwanegwch "coproduce:.*" at "extends" i’w defnyddio$/,
    );
  });

  it('says a date-time in the wrong form in Welsh, the format named in Welsh', async () => {
    const report = JSON.parse(
      JSON.stringify(
        await check(parseProjectJson(readFileSync('examples/projects/early-stage.json', 'utf8')), {
          now: NOW,
        }),
      ),
    );
    report.checkedAt = 'yesterday';
    const problems = problemsOf(() => parseReport(report));
    expect(problems).toEqual([
      {
        code: 'invalid-format',
        same: true,
        en: 'must be a valid datetime',
        cy: 'rhaid iddo fod yn ddyddiad ac amser dilys',
      },
    ]);
  });

  it('says how long a recommendation has waited in Welsh', async () => {
    const report = await check(
      parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8')),
      { now: NOW, locale: 'cy' },
    );
    const said = report.issues
      .filter((i) => i.ruleId === 'recommendations-answered')
      .map((i) => i.message)
      .join('\n');
    expect(said).toContain('nid yw wedi cael ateb ers tua 5 mis');
    expect(said).not.toMatch(/about \d|months/);
  });
});
