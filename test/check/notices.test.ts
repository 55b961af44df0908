import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check, parseProject } from '../../src/index.js';
import {
  anonymiseReport,
  describeNotices,
  formatReportHtml,
  formatReportMarkdown,
  formatReportText,
} from '../../src/report/index.js';
import { CheckReportSchema } from '../../src/schemas.js';
import { AS_OF, createWorkspace, run } from '../cli/helpers.js';

const NOW = '2026-11-20T12:00:00Z';
const base = JSON.parse(readFileSync('examples/projects/mid-way.json', 'utf8'));

function withTimes(times: Record<number, [string, string]>) {
  const doc = structuredClone(base);
  for (const [i, [start, end]] of Object.entries(times)) {
    doc.activities[Number(i)].start = start;
    doc.activities[Number(i)].end = end;
  }
  return parseProject(doc);
}

describe('notices: a time whose UTC offset is wrong for the project time zone', () => {
  it('warns, naming the activity in words, for +00:00 in British Summer Time and +01:00 in winter', async () => {
    const project = withTimes({
      5: ['2026-06-10T18:00:00+00:00', '2026-06-10T20:00:00+01:00'],
      6: ['2026-01-14T18:00:00+01:00', '2026-01-14T20:00:00+00:00'],
    });
    const report = await check(project, { now: NOW });
    expect(CheckReportSchema.safeParse(report).success).toBe(true);
    const notices = report.notices ?? [];
    expect(notices.map((n) => n.pointer)).toEqual(['/activities/5/start', '/activities/6/start']);
    const [summer, winter] = notices;
    expect(summer).toMatchObject({
      code: 'offset-mismatch',
      severity: 'warning',
      subject: {
        type: 'activity',
        id: project.activities[5]?.id,
        label: project.activities[5]?.title,
      },
      data: {
        written: '18:00',
        writtenOffset: '+00:00',
        expectedOffset: '+01:00',
        readAs: '19:00',
      },
    });
    // The message is the catalogue's en-GB sentence, as every format shows it.
    expect(describeNotices(report)[0]).toBe(summer?.message);
    expect(summer?.message).toBe(
      `The start time of “${project.activities[5]?.title}” on 10 June 2026 is written as 6pm with the UTC offset +00:00, but Europe/London is at +01:00 then, so it is read as 7pm local time. If the start was 6pm local time, write its offset as +01:00.`,
    );
    expect(winter?.data).toMatchObject({
      writtenOffset: '+01:00',
      expectedOffset: '+00:00',
      readAs: '17:00',
    });
    // Notices are not issues: the counts do not change.
    const plain = await check(withTimes({}), { now: NOW });
    expect(report.counts).toEqual(plain.counts);
  });

  it('accepts the zone’s own offset, and UTC written with Z', async () => {
    const project = withTimes({
      5: ['2026-06-10T18:00:00+01:00', '2026-06-10T19:00:00Z'],
      6: ['2026-01-14T18:00:00+00:00', '2026-01-14T20:00:00Z'],
    });
    expect((await check(project, { now: NOW })).notices).toEqual([]);
    const elsewhere = parseProject({ ...structuredClone(base), timeZone: 'America/New_York' });
    // Every activity of the example is written for London: New York has other offsets.
    expect((await check(elsewhere, { now: NOW })).notices?.length).toBeGreaterThan(0);
  });

  it('shows the notices in every format, and withholds the title when anonymised', async () => {
    const project = withTimes({ 5: ['2026-06-10T18:00:00+00:00', '2026-06-10T20:00:00+01:00'] });
    const report = await check(project, { now: NOW });
    const title = project.activities[5]?.title as string;
    expect(formatReportText(report)).toMatch(/\nAbout the data\n {2}WARNING +The start time of/);
    expect(formatReportMarkdown(report)).toContain(
      '## About the data\n\n- **Warning:** The start time of',
    );
    expect(formatReportHtml(report)).toContain('<h2 id="notices-heading">About the data</h2>');
    // In Welsh, from the catalogue: the heading and the sentence, with the date in Welsh.
    const welsh = await check(project, { now: NOW, locale: 'cy' });
    const cy = formatReportText(welsh);
    expect(cy).toContain('\nAm y data\n');
    expect(cy.replace(/\s+/g, ' ')).toContain(`Mae amser dechrau “${title}” ar 10 Mehefin 2026`);
    expect(cy).not.toContain('About the data');
    const shared = anonymiseReport(report, project);
    expect(shared.notices?.[0]?.message).toMatch(/^The start time of “Activity 6” on 10 June 2026/);
    expect(JSON.stringify(shared.notices)).not.toContain(title);
    expect(formatReportHtml(report, { project, anonymise: true })).not.toContain(title);
  });
});

describe('notices on the command line', () => {
  const { dir, cleanup } = createWorkspace();
  afterAll(() => cleanup());
  const doc = structuredClone(base);
  doc.activities[5].start = '2026-06-10T18:00:00+00:00';
  writeFileSync(join(dir, 'summer.json'), `${JSON.stringify(doc, null, 2)}\n`);
  const title = doc.activities[5].title as string;

  it('check shows the notice in text and JSON, and it does not change the exit code', async () => {
    const text = await run(['check', 'summer.json', '--as-of', AS_OF, '--fail-on', 'never'], {
      cwd: dir,
    });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('About the data');
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(
      `The start time of “${title}” on 10 June 2026 is written as 6pm with the UTC offset +00:00`,
    );
    const json = await run(['check', 'summer.json', '--as-of', AS_OF, '--format', 'json'], {
      cwd: dir,
    });
    const report = JSON.parse(json.stdout);
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0]).toMatchObject({
      code: 'offset-mismatch',
      pointer: '/activities/5/start',
    });
    const plain = await run(['check', 'mid-way.json', '--as-of', AS_OF, '--format', 'json'], {
      cwd: dir,
    });
    expect(JSON.parse(plain.stdout).notices).toEqual([]);
  });

  it('validate calls the project valid, with a warning at the line of the time', async () => {
    const { code, stdout } = await run(['validate', 'summer.json'], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('summer.json: valid project, with 1 warning');
    const text = readFileSync(join(dir, 'summer.json'), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('"2026-06-10T18:00:00+00:00"')) + 1;
    expect(lines[1]).toMatch(
      new RegExp(`^summer\\.json, line ${line}: activity .*start: warning: The start time of`),
    );
    const clean = await run(['validate', 'mid-way.json'], { cwd: dir });
    expect(clean.stdout).toBe('mid-way.json: valid project\n');
  });
});
