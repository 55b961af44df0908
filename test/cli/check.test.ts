import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticProject } from '../../scripts/synthetic-project.js';
import { parseAsOf } from '../../src/cli/check.js';
import { type CheckReport, check, createRuleSet, parseProjectJson } from '../../src/index.js';
import { AS_OF, createWorkspace, overlongLines, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
});
afterAll(() => cleanup());

const midWay = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
const NOW = '2026-11-20T12:00:00.000Z';
const ESC = String.fromCharCode(27);

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateReport = ajv.compile(
  JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object,
);

describe('coproduce check: formats', () => {
  it('prints text that fits 80 columns, grouped by section, worst first, without colour', async () => {
    const { code, stdout, stderr } = await run(['check', 'mid-way.json', '--as-of', AS_OF], at);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(overlongLines(stdout, 80)).toEqual([]);
    expect(stdout).not.toContain('\u001b[');
    expect(stdout.split('\n')[0]).toBe(midWay.title);
    expect(stdout).toContain(
      'Stage: during co-production · checked on 20 November 2026 (Europe/London)',
    );
    const report = await check(midWay, { now: NOW });
    const sections = Object.keys(report.counts.bySection).filter((s) =>
      report.issues.some((i) => i.section === s),
    );
    const positions = sections.map((s) => stdout.indexOf(`\n${s}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // One card per rule, most serious first: a card's rule is named on its last line.
    const severity = (ruleId: string) =>
      ['error', 'warning', 'info'].indexOf(
        report.issues.find((i) => i.ruleId === ruleId)!.severity,
      );
    for (const [i, start] of positions.entries()) {
      const block = stdout.slice(start, positions[i + 1] ?? stdout.length);
      const ranks = [...block.matchAll(/^ +Rule: (\S+)$/gm)].map((m) => severity(m[1]!));
      expect(ranks.length).toBeGreaterThan(0);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });

  it('uses colour only on a terminal, and never with NO_COLOR', async () => {
    const args = ['check', 'mid-way.json', '--as-of', AS_OF];
    const tty = await run(args, { ...at, isTTY: true, columns: 80 });
    expect(tty.stdout).toContain('\u001b[31mERROR');
    expect(overlongLines(tty.stdout.replace(new RegExp(`${ESC}\\[\\d+m`, 'g'), ''), 80)).toEqual(
      [],
    );
    const noColour = await run(args, { ...at, isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toContain('\u001b[');
    const narrow = await run(args, { ...at, isTTY: true, columns: 60, env: { NO_COLOR: 'x' } });
    expect(overlongLines(narrow.stdout, 60)).toEqual([]);
  });

  it('prints JSON that is exactly the library report and valid against report.schema.json', async () => {
    const { code, stdout } = await run(
      ['check', 'mid-way.json', '--as-of', AS_OF, '-f', 'json'],
      at,
    );
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as CheckReport;
    expect(printed).toEqual(JSON.parse(JSON.stringify(await check(midWay, { now: NOW }))));
    expect(validateReport(printed), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('reads a long file with characters of several bytes whole', async () => {
    // Far longer than one read of the disk, with a three-byte character on every line.
    const input = generateSyntheticProject({ seed: 7, members: 120, activities: 300 });
    const long = {
      ...input,
      title: 'Llwybrau’r ysgol — “Ŵyl”',
      activities: (input.activities ?? []).map((activity, i) => ({
        ...activity,
        title: `Cyfarfod ${i} — ’r ŵyl`,
      })),
    };
    const text = JSON.stringify(long, null, 2);
    expect(Buffer.byteLength(text)).toBeGreaterThan(400 * 1024);
    writeFileSync(join(dir, 'long-welsh.json'), text);
    const { code, stdout } = await run(
      ['check', 'long-welsh.json', '--as-of', AS_OF, '-f', 'json'],
      at,
    );
    expect(code === 0 || code === 1).toBe(true);
    const printed = JSON.parse(stdout) as CheckReport;
    const expected = await check(parseProjectJson(text), { now: NOW });
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.project.title).toBe('Llwybrau’r ysgol — “Ŵyl”');
  });

  it('keeps JSON valid when issues are left out or members anonymised', async () => {
    const { stdout } = await run(
      [
        'check',
        'mid-way.json',
        '--as-of',
        AS_OF,
        '-f',
        'json',
        '--min-severity',
        'error',
        '--anonymise',
      ],
      at,
    );
    const printed = JSON.parse(stdout) as CheckReport;
    expect(validateReport(printed), JSON.stringify(validateReport.errors)).toBe(true);
    expect(printed.issues.length).toBeGreaterThan(0);
    expect(printed.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(printed.counts.bySeverity.warning).toBe(0);
    for (const member of midWay.group.members) expect(stdout).not.toContain(member.displayName);
  });

  it('writes Markdown and HTML, to standard output or to --out (format from the extension)', async () => {
    const markdown = await run(['check', 'mid-way.json', '--as-of', AS_OF, '-f', 'markdown'], at);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^# Co-production check: /);
    expect(markdown.stdout).toContain('| Section | Rules with issues | Issues | Errors |');

    const html = await run(['check', 'mid-way.json', '--as-of', AS_OF, '--out', 'report.html'], at);
    expect(html.code).toBe(0);
    expect(html.stdout).toBe('');
    expect(html.stderr).toContain('Wrote the html report to report.html');
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('Who contributes at recent meetings');

    await run(['check', 'mid-way.json', '--as-of', AS_OF, '-o', 'report.md'], at);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Co-production check/);
    await run(['check', 'mid-way.json', '--as-of', AS_OF, '-o', 'report-data', '-f', 'json'], at);
    expect(() => JSON.parse(readFileSync(join(dir, 'report-data'), 'utf8'))).not.toThrow();
  });

  it('refuses an --out extension that is not a report format, or not the --format asked for', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['-o', 'report.pdf'],
        /--out report\.pdf: coproduce writes text \(\.txt\), JSON \(\.json\), Markdown \(\.md\), HTML \(\.html\), CSV \(\.csv\) or SARIF \(\.sarif\), not \.pdf; for a PDF, write the HTML report and print it/,
      ],
      [['-o', 'report.docx', '-f', 'html'], /not \.docx/],
      [
        ['-o', 'out.txt', '-f', 'json'],
        /--out out\.txt is a text \(\.txt\) file name, but --format is json: name the file with \.json, or leave --format out/,
      ],
      [['-o', 'report.md', '-f', 'html'], /is a Markdown \(\.md\) file name, but --format is html/],
    ];
    for (const [extra, message] of cases) {
      const { code, stderr } = await run(['check', 'mid-way.json', '--as-of', AS_OF, ...extra], at);
      expect(code, extra.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
      expect(existsSync(join(dir, extra[1] as string)), extra[1]).toBe(extra[1] === 'report.md');
    }
  });

  it('anonymises members in every format', async () => {
    const names = midWay.group.members.map((m) => m.displayName);
    for (const format of ['text', 'json', 'markdown', 'html']) {
      const { stdout } = await run(
        ['check', 'mid-way.json', '--as-of', AS_OF, '-f', format, '--anonymise'],
        { ...at, columns: 200 },
      );
      for (const name of names) expect(stdout, `${format}: ${name}`).not.toContain(name);
      expect(stdout).toMatch(/Member \d+/);
    }
  });
});

describe('coproduce check: options', () => {
  it('exits 1 only for issues at or above --fail-on', async () => {
    const base = ['check', 'mid-way.json', '--as-of', AS_OF, '-f', 'json'];
    const never = await run(base, at);
    expect(never.code).toBe(0);
    const failing = await run([...base, '--fail-on', 'error'], at);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/^coproduce: \d+ issues at or above "error"/);
    expect(JSON.parse(failing.stdout)).toEqual(JSON.parse(never.stdout));
    const wellRun = await run(['check', 'well-run.json', '--as-of', AS_OF, '-f', 'json'], at);
    const issues = (JSON.parse(wellRun.stdout) as CheckReport).issues;
    expect(issues.some((i) => i.severity !== 'info')).toBe(false);
    const warning = await run(
      ['check', 'well-run.json', '--as-of', AS_OF, '--fail-on', 'warning'],
      at,
    );
    expect(warning.code).toBe(0);
    const info = await run(['check', 'well-run.json', '--as-of', AS_OF, '--fail-on', 'info'], at);
    expect(info.code).toBe(issues.length > 0 ? 1 : 0);
  });

  it('shows only issues at or above --min-severity', async () => {
    const { stdout } = await run(
      ['check', 'mid-way.json', '--as-of', AS_OF, '--min-severity', 'error'],
      at,
    );
    expect(stdout).toMatch(/^ {2}ERROR /m);
    expect(stdout).not.toMatch(/^ {2}(WARNING|INFO) /m);
  });

  it('checks as of midday on a day in the project time zone, or at a moment', () => {
    expect(parseAsOf('2026-11-20', 'Europe/London').toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(parseAsOf('2026-07-01', 'Europe/London').toISOString()).toBe('2026-07-01T11:00:00.000Z');
    expect(parseAsOf('2026-07-01', 'Pacific/Auckland').toISOString()).toBe(
      '2026-07-01T00:00:00.000Z',
    );
    expect(parseAsOf('2026-11-20T09:30:00+01:00', 'UTC').toISOString()).toBe(
      '2026-11-20T08:30:00.000Z',
    );
  });

  it('reports checkedAt from --as-of, and the locale from --locale', async () => {
    const { stdout } = await run(
      ['check', 'mid-way.json', '--as-of', '2026-07-01', '--locale', 'cy', '-f', 'json'],
      at,
    );
    const report = JSON.parse(stdout) as CheckReport;
    expect(report.checkedAt).toBe('2026-07-01T11:00:00.000Z');
    expect(report.locale).toBe('cy');
    // The built-in rules all have Welsh texts; a language without them lists what it lacks.
    expect(report.missingMessages).toEqual([]);
    const french = await run(
      ['check', 'mid-way.json', '--as-of', '2026-07-01', '--locale', 'fr', '-f', 'json'],
      at,
    );
    expect((JSON.parse(french.stdout) as CheckReport).missingMessages.length).toBeGreaterThan(0);
  });

  it('applies --config: its switches, severities, parameters and rule files', async () => {
    const { code, stdout } = await run(
      ['check', 'mid-way.json', '--as-of', AS_OF, '--config', 'council.json', '-f', 'json'],
      at,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CheckReport;
    const ruleIds = report.outcomes.map((o) => o.ruleId);
    expect(ruleIds).toContain('small-group');
    expect(ruleIds).not.toContain('meets-in-community');
    expect(report.parameters['quiet-members']).toEqual({ quietMeetings: 2, quietShare: 0.2 });
    expect(report.outcomes.find((o) => o.ruleId === 'quiet-members')?.severity).toBe('error');
    const expected = await check(midWay, {
      now: NOW,
      rules: createRuleSet({
        extends: ['coproduce:recommended'],
        customRules: [JSON.parse(readFileSync(join(dir, 'small-group.json'), 'utf8'))],
        rules: {
          'meets-in-community': 'off',
          'quiet-members': { severity: 'error', parameters: { quietMeetings: 2 } },
        },
      }),
    });
    expect(report.issues.map((i) => i.id)).toEqual(expected.issues.map((i) => i.id));
  });
});

describe('coproduce check: invalid input exits 2 with plain words and no stack trace', () => {
  const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+/m);

  it('broken JSON: the file, line and column', async () => {
    const { code, stdout, stderr } = await run(['check', 'broken.json'], at);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^coproduce: broken\.json: is not valid JSON: .+line 4,? column 1\)/);
    noStack(stderr);
  });

  it('a project with invalid fields: every problem with its file, line and place in words', async () => {
    const { code, stderr } = await run(['check', 'invalid-field.json'], at);
    expect(code).toBe(2);
    expect(stderr).toContain('coproduce: invalid-field.json: The project document has 2 problems:');
    const lines = readFileSync(join(dir, 'invalid-field.json'), 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    expect(stderr).toContain(
      `  invalid-field.json, line ${lineOf('"almost-done"')}: stage: must be one of "planning"`,
    );
    // Counted from 1, with the member's id but never their name.
    expect(stderr).toContain(
      `  invalid-field.json, line ${lineOf('"2026-02-30"')}: group, member 1 (id m-01), joined: `,
    );
    expect(stderr).not.toContain(midWay.group.members[0]?.displayName ?? 'no name');
    noStack(stderr);
  });

  it('a file that does not exist', async () => {
    const { code, stderr } = await run(['check', 'nowhere.json'], at);
    expect(code).toBe(2);
    expect(stderr).toBe('coproduce: nowhere.json: no such file.\n');
  });

  it('a configuration that extends a missing file', async () => {
    const { code, stderr } = await run(
      ['check', 'mid-way.json', '--config', 'extends-missing.json'],
      at,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('no such file');
    expect(stderr).toContain(
      '  extends-missing.json, line 4: extends entry 2: names "./no-such-base.json", which does not exist',
    );
    noStack(stderr);
  });

  it('a configuration with a rule file using an unknown operator', async () => {
    const { code, stderr } = await run(['check', 'mid-way.json', '--config', 'bad-rules.json'], at);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'minutes-published.json, line 17: conditions, condition 1, operator: unknown operator "biggerThan"',
    );
    noStack(stderr);
  });

  it('usage mistakes point to --help', async () => {
    const cases: [string[], RegExp][] = [
      [['check'], /name the project file/],
      // Several projects are a portfolio now (test/cli/portfolio.test.ts); comparing over time is not.
      [
        ['check', 'mid-way.json', 'well-run.json', '--since', '2026-10-01'],
        /--since works with one project/,
      ],
      [['check', 'mid-way.json', '--overview'], /--overview is for several projects/],
      [['check', 'mid-way.json', '--frmat', 'json'], /unknown option --frmat/],
      [['check', 'mid-way.json', '--format'], /--format needs a value/],
      [
        ['check', 'mid-way.json', '--format', 'pdf'],
        /--format must be one of text, json, markdown, html/,
      ],
      [
        ['check', 'mid-way.json', '--min-severity', 'high'],
        /--min-severity must be one of error, warning, info, not "high"; did you mean error\?/,
      ],
      [['check', 'mid-way.json', '--fail-on', 'warn'], /did you mean warning\?/],
      [
        ['check', 'mid-way.json', '--fail-on', 'all'],
        /--fail-on must be one of error, warning, info, never/,
      ],
      [['check', 'mid-way.json', '--as-of', 'yesterday'], /--as-of must be a date/],
      [['check', 'mid-way.json', '--as-of', '2026-02-30'], /not a real calendar date/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await run(args, at);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).toContain('Run "coproduce check --help"');
    }
  });

  it('a configuration reading outside its folder, unless --config-root allows it', async () => {
    mkdirSync(join(dir, 'team'), { recursive: true });
    writeFileSync(join(dir, 'team/config.json'), JSON.stringify({ extends: ['../council.json'] }));
    const refused = await run(['check', 'mid-way.json', '--config', 'team/config.json'], at);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'team/config.json, line 1: extends entry 1: names "../council.json", which is outside the configuration\'s folder',
    );
    expect(refused.stderr).toContain('pass --config-root <folder> to allow a wider one');
    const allowed = await run(
      ['check', 'mid-way.json', '--config', 'team/config.json', '--config-root', '.', '-f', 'json'],
      at,
    );
    expect(allowed.code).toBe(0);
    expect((JSON.parse(allowed.stdout) as CheckReport).parameters['quiet-members']).toEqual({
      quietMeetings: 2,
      quietShare: 0.2,
    });
    const alone = await run(['check', 'mid-way.json', '--config-root', '.'], at);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--config-root needs --config');
  });

  it('a file the system cannot read: plain words, no stack trace', async () => {
    symlinkSync('loop-b.json', join(dir, 'loop-a.json'));
    symlinkSync('loop-a.json', join(dir, 'loop-b.json'));
    writeFileSync(join(dir, 'extends-loop.json'), JSON.stringify({ extends: ['./loop-a.json'] }));
    const project = await run(['check', 'loop-a.json'], at);
    expect(project.code).toBe(2);
    expect(project.stderr).toBe('coproduce: cannot use loop-a.json: too many symbolic links.\n');
    const config = await run(['check', 'mid-way.json', '--config', 'extends-loop.json'], at);
    expect(config.code).toBe(2);
    expect(config.stderr).toBe(
      'coproduce: Cannot read loop-a.json: too many symbolic links.\n  loop-a.json: cannot be read: too many symbolic links\n',
    );
  });

  it('a bad locale or an unwritable --out', async () => {
    const locale = await run(['check', 'mid-way.json', '--locale', 'not a tag'], at);
    expect(locale.code).toBe(2);
    expect(locale.stderr).toContain('--locale needs a language tag such as en-GB or cy');
    const out = await run(['check', 'mid-way.json', '--out', 'no/such/folder/r.html'], at);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'coproduce: cannot write no/such/folder/r.html: the folder does not exist.\n',
    );
  });
});
