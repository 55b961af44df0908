import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  check,
  checkPortfolio,
  commands,
  isCoproduceError,
  type PortfolioInput,
  parseProjectJson,
  projectsByAttention,
} from '../../src/index.js';
import {
  formatPortfolioCsv,
  formatPortfolioHtml,
  formatPortfolioMarkdown,
  formatPortfolioText,
  portfolioAnonymiser,
  summarisePortfolio,
} from '../../src/report/index.js';
import { PortfolioReportSchema, portfolioReportJsonSchema } from '../../src/schemas.js';

const NOW = '2026-11-20T12:00:00Z';
const FOLDER = 'examples/portfolio';
const files = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.json'))
  .sort();
const texts = files.map((name) => readFileSync(`${FOLDER}/${name}`, 'utf8'));
const projects = texts.map((text) => parseProjectJson(text));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('checkPortfolio', () => {
  it('checks each project as check() does, in the order given, and adds up their issues', async () => {
    const report = await checkPortfolio(projects, { now: NOW });
    expect(report.projects.map((p) => p.id)).toEqual(projects.map((p) => p.id));
    for (const [i, project] of projects.entries()) {
      expect(report.projects[i]?.report).toEqual(await check(project, { now: NOW }));
    }
    const open = report.projects.flatMap((p) => p.report.issues);
    expect(report.counts.issues.error).toBe(
      open.filter((i) => i.outcome === 'flagged' && i.severity === 'error').length,
    );
    expect(report.counts.issues.needsReview).toBe(
      open.filter((i) => i.outcome === 'needs-review').length,
    );
    expect(report.counts.issues.acknowledged).toBe(1);
    expect(report.counts).toMatchObject({ projects: 6, active: 5 });
    expect(report.projects.find((p) => p.stage === 'closed')?.active).toBe(false);
  });

  it('finds the people, topics and projects the portfolio rules are about', async () => {
    const { findings } = await checkPortfolio(projects, { now: NOW });
    const about = (ruleId: string) =>
      findings.issues
        .filter((i) => i.ruleId === ruleId)
        .map((i) => `${i.outcome} ${i.subject.type} ${i.subject.id}`)
        .sort();
    expect(about('person-in-many-projects')).toEqual([
      'flagged person P-0101',
      'flagged person P-0102',
      'flagged person P-0103',
      'needs-review portfolio portfolio',
    ]);
    expect(about('same-topic-at-once')).toEqual(['flagged topic transport']);
    expect(about('projects-not-reviewed')).toEqual([
      'flagged project school-routes-2026',
      'needs-review project parks-play-2026',
    ]);
    expect(findings.project.title).toBe('The council’s projects');
  });

  it('streams projects from an async iterable, one at a time, with where each came from', async () => {
    let read = 0;
    let checked = 0;
    let most = 0;
    async function* fromDisk(): AsyncGenerator<PortfolioInput> {
      for (const [i, text] of texts.entries()) {
        read += 1;
        most = Math.max(most, read - checked);
        yield { project: JSON.parse(text), source: files[i] ?? '' };
      }
    }
    const report = await checkPortfolio(fromDisk(), {
      now: NOW,
      onProgress: (done) => {
        checked = done;
      },
    });
    expect(most).toBe(1);
    expect(report.projects.map((p) => p.source)).toEqual(files);
  });

  it('refuses two projects with one id, and names the file of an invalid project', async () => {
    const twice = await rejection(checkPortfolio([projects[0]!, projects[0]!], { now: NOW }));
    expect(isCoproduceError(twice) && twice.code).toBe('invalid-options');
    expect(String((twice as Error).message)).toContain('Two projects have the id');
    const broken = await rejection(
      checkPortfolio([{ project: { schemaVersion: 2, id: 'x' }, source: 'broken.json' }], {
        now: NOW,
      }),
    );
    expect(isCoproduceError(broken) && broken.code).toBe('invalid-project');
    expect(String((broken as Error).message)).toMatch(/^broken\.json: /);
  });

  it('lets a council change the thresholds and switch rules off', async () => {
    const report = await checkPortfolio(projects, {
      now: NOW,
      rules: {
        rules: {
          'person-in-many-projects': { parameters: { projects: 4 } },
          'same-topic-at-once': 'off',
        },
      },
    });
    const ids = new Set(report.findings.outcomes.map((o) => o.ruleId));
    expect(ids.has('same-topic-at-once')).toBe(false);
    expect(
      report.findings.outcomes.find((o) => o.ruleId === 'person-in-many-projects')?.outcome,
    ).toBe('needs-review');
  });

  it('puts the projects that need attention first', async () => {
    const report = await checkPortfolio(projects, { now: NOW });
    const order = projectsByAttention(report).map((p) => p.counts);
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      expect(a.error > b.error || (a.error === b.error && a.warning >= b.warning)).toBe(true);
    }
  });

  it('makes JSON that its schema accepts, in zod and as JSON Schema', async () => {
    const report = await checkPortfolio(projects, { now: NOW });
    const json = JSON.parse(JSON.stringify(report));
    expect(PortfolioReportSchema.safeParse(json).success).toBe(true);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(portfolioReportJsonSchema());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.parse(readFileSync('schemas/portfolio-report.schema.json', 'utf8')).$id).toBe(
      'https://raw.githubusercontent.com/coproduce/coproduce/main/schemas/portfolio-report.schema.json',
    );
  });

  it('anonymises: no names, person references, titles or reasons reach the report', async () => {
    const report = await checkPortfolio(projects, { now: NOW, anonymiser: portfolioAnonymiser() });
    const text = JSON.stringify(report);
    const secrets = [
      ...projects.map((p) => p.title),
      ...projects.flatMap((p) => p.group.members.map((m) => m.displayName)),
      ...projects.flatMap((p) =>
        p.group.members.flatMap((m) => (m.personRef ? [m.personRef] : [])),
      ),
      'branches are refitted',
    ];
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
    expect(report.projects.map((p) => p.title)).toEqual(projects.map((_, i) => `Project ${i + 1}`));
    const people = report.findings.issues
      .filter((i) => i.subject.type === 'person')
      .map((i) => i.subject.label);
    expect(people.every((label) => /^Person \d+$/.test(label))).toBe(true);
    // The same issues, by id, as the report that names people.
    const named = await checkPortfolio(projects, { now: NOW });
    expect(report.findings.issues.map((i) => i.id)).toEqual(named.findings.issues.map((i) => i.id));
  });

  it('shows an acknowledged issue as acknowledged in the overview, not as open', async () => {
    const [first, ...rest] = projects;
    const learning = (await check(first!, { now: NOW })).issues[0]!;
    const acknowledged = applyCommand(
      first!,
      commands.acknowledgement.record({
        id: 'ack-09',
        issueId: learning.id,
        reason: 'Agreed with the board.',
        by: 'Board',
        on: '2026-11-01',
      }),
    );
    const before = await checkPortfolio(projects, { now: NOW });
    const after = await checkPortfolio([acknowledged, ...rest], { now: NOW });
    expect(after.projects[0]?.counts.acknowledged).toBe(
      before.projects[0]!.counts.acknowledged + 1,
    );
    expect(after.counts.issues.acknowledged).toBe(before.counts.issues.acknowledged + 1);
  });
});

describe('portfolio formats', () => {
  it('writes text, Markdown, HTML and CSV with one line per project, attention first', async () => {
    const report = await checkPortfolio(projects, { now: NOW });
    const first = projectsByAttention(report)[0]!;
    const last = projectsByAttention(report).at(-1)!;
    const text = formatPortfolioText(report, { details: false, width: 200 });
    expect(text).toContain(summarisePortfolio(report));
    expect(text.indexOf(first.title)).toBeLessThan(text.indexOf(last.title));
    expect(text).toContain("Across the council's projects");
    // Each project's own report follows, unless only the overview is asked for.
    expect(formatPortfolioText(report)).toContain(
      'Stage: during co-production · checked on 20 November 2026',
    );
    expect(text).not.toContain('Stage: during co-production · checked on');
    const markdown = formatPortfolioMarkdown(report);
    expect(markdown).toContain(
      '| Project | Stage | Errors | Warnings | For information | Needs review | Acknowledged |',
    );
    expect(markdown).toContain('## Each project');
    const html = formatPortfolioHtml(report);
    expect(html).toContain('<caption>Projects, most in need of attention first</caption>');
    expect(html).toContain('<th scope="col" class="n">Errors</th>');
    expect(html).not.toContain('<script');
    const csv = formatPortfolioCsv(report).split('\r\n');
    expect(csv[0]).toBe(
      'project_id,project,source,stage,active,errors,warnings,info,needs_review,acknowledged',
    );
    expect(csv).toHaveLength(report.projects.length + 2);
    expect(csv[1]?.startsWith(`${first.id},`)).toBe(true);
  });

  it('keeps a CSV cell from being read as a formula, and quotes commas', async () => {
    const [project] = projects;
    const hostile = applyCommand(
      project!,
      commands.project.update({ changes: { title: '=HYPERLINK("http://x", "click"), now' } }),
    );
    const report = await checkPortfolio([hostile], { now: NOW });
    const row = formatPortfolioCsv(report).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://x"", ""click""), now"`);
    const issues = formatPortfolioCsv(report, { rows: 'issues' }).split('\r\n');
    expect(issues[0]).toBe(
      'project_id,project,issue_id,rule,severity,outcome,section,about,subject,message,action',
    );
    expect(issues.length).toBe(
      report.projects[0]!.report.issues.length + report.findings.issues.length + 2,
    );
  });
});
