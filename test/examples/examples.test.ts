/**
 * Runs every numbered example as a user would (`npx tsx examples/…`) and
 * checks what it prints against the library, so the examples keep working.
 * Example 3's own tests run under `npm test` (vitest includes examples/),
 * and example 4's page is tested in Chromium by `npm run test:browser`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { check, checkPortfolio, createRuleSet, type FlaggedIssue } from 'coproduce';
import { loadConfig, loadProjectFile } from 'coproduce/node';
import { summarisePortfolio } from 'coproduce/report';
import { describe, expect, it } from 'vitest';
import { buildWebPage } from '../../examples/04-web-page/build.js';
import {
  countBySeverity,
  groupBySection,
  matchesFilter,
  messageFor,
} from '../../examples/04-web-page/issues.js';
import { exampleCommands, exampleOutput, ROOT } from './snippets.js';

const NOW = '2026-11-20T12:00:00Z';
const run = promisify(execFile);

/** Runs a script under tsx from the repository that is expected to fail: its exit code and output, or undefined if it succeeded. */
function runFailing(
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string } | undefined> {
  return run(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT }).then(
    () => undefined,
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

async function midWayReport() {
  return check(await loadProjectFile(join(ROOT, 'examples/projects/mid-way.json')), { now: NOW });
}

describe('the examples', () => {
  it('are numbered folders, and `npm run examples` runs each one', () => {
    const folders = readdirSync(join(ROOT, 'examples')).filter((name) => /^\d\d-/.test(name));
    expect(folders.sort()).toEqual([
      '01-check-a-project',
      '02-commands-and-history',
      '03-council-customisation',
      '04-web-page',
      '05-sqlite-history',
      '06-portfolio',
      '07-own-framework',
    ]);
    const commands = exampleCommands().join('\n');
    for (const folder of folders) expect(commands).toContain(`examples/${folder}/`);
    expect(commands).toContain('vitest run examples/03-council-customisation');
  });
});

describe('01: check a project', () => {
  it('prints every issue of the mid-way project, by section', async () => {
    const report = await midWayReport();
    const out = await exampleOutput('examples/01-check-a-project/index.ts');
    const { error, warning, info } = report.counts.bySeverity;
    const rules = new Set(report.issues.map((i) => i.ruleId)).size;
    const review = report.issues.filter((i) => i.outcome === 'needs-review').length;
    expect(out.split('\n')[1]).toBe(
      `${report.issues.length} issues from ${rules} rules: ${error} errors, ${warning} warnings, ${info} for information; ${review} of them need review`,
    );
    expect(out.match(/^ {4}What to do: /gm)).toHaveLength(report.issues.length);
    for (const [section, count] of Object.entries(report.counts.bySection)) {
      if (count > 0) expect(out).toContain(`\n${section} (${count})\n`);
    }
  });

  it('lists the problems of a document that is not valid, and fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-example-1-'));
    try {
      const bad = join(dir, 'bad.json');
      await writeFile(bad, JSON.stringify({ schemaVersion: 2, id: 'x', title: '', stage: 'soon' }));
      const failure = await runFailing(['examples/01-check-a-project/index.ts', bad]);
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain('(invalid-project):');
      expect(failure?.stderr).toContain('/stage: ');
      expect(failure?.stderr).toContain('/timeZone: ');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('02: commands, undo and the project as of a date', () => {
  it('undoes a step, discards it on the next command and compares two dates', async () => {
    const out = await exampleOutput('examples/02-commands-and-history/index.ts');
    expect(out).toContain('After undo: Tom has left? false\n');
    expect(out).toContain('The undone step can be redone until something new is recorded: true\n');
    expect(out).toContain('Recorded steps: 4; redo possible: false\n');
    expect(out).toMatch(/On 20 September \(starting\): \d+ issues\n/);
    expect(out).toMatch(/On 20 November \(during\): \d+ issues\n/);
    // Agreeing what co-production means settles at least the issue about it.
    expect(out).toMatch(/\nSettled since 20 September \([1-9]\d*\):\n {2}- /);
    // Erasing Priya's personal data leaves none of it in the saved history, which still verifies.
    expect(out).toContain('\nNow shown as: Erased member m-01\n');
    expect(out).toContain('"Priya" anywhere in the saved history: false\n');
    expect(out).toContain('Read back and verified: true\n');
  });
});

describe('03: a council customisation', () => {
  it('applies every change the configuration makes', async () => {
    const out = await exampleOutput('examples/03-council-customisation/index.ts');
    expect(out).toContain('Switched off (meets-in-community): 0 issue(s)');
    expect(out).toMatch(/quiet-members\): [1-9]\d* issue\(s\)\n {2}ERROR: /);
    expect(out).toContain("Castlebridge's plain-language team can help");
    expect(out).toMatch(
      /online-option\): 1 issue\(s\)\n {2}WARNING: None of the group's \d+ activities in the last 42 days could be joined online\./,
    );
  });

  it('changes what the recommended rules report, and nothing else', async () => {
    const project = await loadProjectFile(join(ROOT, 'examples/projects/mid-way.json'));
    const council = await check(project, {
      rules: await loadConfig(
        join(ROOT, 'examples/03-council-customisation/coproduce.config.json'),
      ),
      now: NOW,
    });
    const recommended = await check(project, { rules: createRuleSet(), now: NOW });
    const key = (i: FlaggedIssue) => `${i.id} ${i.severity} ${i.message} ${i.action}`;
    const touched = new Set([
      'meets-in-community',
      'quiet-members',
      'milestones-overdue',
      'jargon-explained',
      'online-option',
    ]);
    const untouched = (issues: readonly FlaggedIssue[]) =>
      issues.filter((i) => !touched.has(i.ruleId)).map(key);
    expect(untouched(council.issues)).toEqual(untouched(recommended.issues));
    expect(council.parameters['quiet-members']).toEqual({ quietMeetings: 2, quietShare: 0.2 });
    expect(council.parameters['milestones-overdue']).toEqual({ graceDays: 7 });
  });
});

describe('04: the web page', () => {
  it('builds a page with its script and the example projects', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-example-4-'));
    try {
      const bytes = await buildWebPage(dir);
      expect(bytes).toBeGreaterThan(10_000);
      for (const file of ['index.html', 'style.css', 'app.js', 'projects/mid-way.json']) {
        expect(existsSync(join(dir, file)), file).toBe(true);
      }
      expect((await stat(join(dir, 'app.js'))).size).toBe(bytes);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('type-checks with the DOM library (its own tsconfig.json)', async () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(
      process.execPath,
      [tsc, '--noEmit', '-p', 'examples/04-web-page/tsconfig.json'],
      { cwd: ROOT },
    ).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe('');
  }, 120_000);

  it('groups, filters and words issues as the page shows them', async () => {
    const report = await midWayReport();
    const groups = groupBySection(report);
    expect(groups.flatMap((g) => g.issues)).toHaveLength(report.issues.length);
    expect(groups.map((g) => g.section)).toEqual(
      Object.entries(report.counts.bySection)
        .filter(([, n]) => n > 0)
        .map(([s]) => s),
    );
    expect(countBySeverity(report).all).toBe(report.issues.length);
    expect(report.issues.filter((i) => matchesFilter(i, 'error'))).toHaveLength(
      report.counts.bySeverity.error,
    );
    const quiet = report.issues.find((i) => i.messageId === 'quiet-members.flagged');
    expect(quiet).toBeDefined();
    if (quiet) {
      expect(messageFor(quiet, report)).toBe(
        `${quiet.subject.label} has said very little at the last ${quiet.data.meetings} meetings they came to.`,
      );
      // With no wording of its own, the page shows the check's message.
      expect(messageFor(quiet, report, {})).toBe(quiet.message);
    }
  });
});

describe('05: a history in SQLite', () => {
  it('reloads a project equal to the one in memory, and detects a changed row', async () => {
    const out = await exampleOutput('examples/05-sqlite-history/index.ts');
    expect(out).toContain('Stored 3 entries; 3 in effect.');
    expect(out).toContain('project/set-stage');
    expect(out).not.toContain('member/retire');
    expect(out).toContain('The reloaded project equals the one in memory: yes');
    expect(out).toContain('A changed entry is detected (invalid-history): /entries/1 ');
  });
});

describe("06: a council's portfolio", () => {
  it('prints the overview and the portfolio findings of the bundled folder', async () => {
    const folder = join(ROOT, 'examples/portfolio');
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort();
    const projects = await Promise.all(names.map((name) => loadProjectFile(join(folder, name))));
    const portfolio = await checkPortfolio(projects, {
      now: NOW,
      rules: { rules: { 'person-in-many-activities': { parameters: { activities: 20 } } } },
    });
    const out = await exampleOutput('examples/06-portfolio/index.ts');
    expect(out.split('\n')[0]).toBe('Northfield Council co-production');
    expect(out).toContain(summarisePortfolio(portfolio).slice(0, 30));
    const people = portfolio.findings.issues.filter((i) => i.subject.type === 'person');
    expect(out).toContain(`${people.length} findings about people, by their person reference:`);
    for (const issue of people) expect(out).toContain(`  ${issue.subject.id}: ${issue.ruleId}`);
    // At least five projects, sharing people by their person reference.
    expect(projects.length).toBeGreaterThanOrEqual(5);
    const refs = projects.flatMap((p) =>
      p.group.members.flatMap((m) => (m.personRef ? [m.personRef] : [])),
    );
    expect(new Set(refs).size).toBeLessThan(refs.length);
  });
});

describe("07: a council's own framework pack", () => {
  const folder = 'examples/07-own-framework';
  const testArgs = (at: string) => [
    'test',
    `${at}/youth-voice`,
    '--config',
    `${at}/coproduce.config.json`,
  ];

  it('runs every JSON rule test of the pack with coproduce test and the council configuration, and all pass', async () => {
    const tests = readdirSync(join(ROOT, folder, 'youth-voice/tests')).sort();
    const rules = await loadConfig(join(ROOT, folder, 'coproduce.config.json'));
    const own = rules.rules.filter((r) => r.set === 'youth-voice').map((r) => `${r.id}.json`);
    expect(own.sort()).toEqual(tests);
    const out = await exampleOutput('src/cli/main.ts', testArgs(folder));
    for (const file of tests)
      expect(out).toMatch(new RegExp(`youth-voice/tests/${file}: passed \\(\\d cases\\)\n`));
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      `${tests.length} test files, checked with ${folder}/coproduce.config.json: ${tests.length} passed, 0 failed.`,
    );
  });

  it('fails, naming the case, when a rule no longer does what its test says', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coproduce-example-7-'));
    try {
      await cp(join(ROOT, folder), dir, { recursive: true });
      const rule = join(dir, 'youth-voice/rules/young-people-share.json');
      const data = JSON.parse(await readFile(rule, 'utf8'));
      data.messages.flagged = data.messages.flagged.replace('Only ', 'Just ');
      await writeFile(rule, JSON.stringify(data));
      // A copy outside the repository, as a council keeps its pack.
      const failure = await runFailing(['src/cli/main.ts', ...testArgs(dir)]);
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toContain('youth-voice/tests/young-people-share.json: failed\n');
      expect(failure?.stdout).toContain('"one young person among five residents": the message');
      expect(failure?.stdout).toContain('3 passed, 1 failed.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
