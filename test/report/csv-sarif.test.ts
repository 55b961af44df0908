import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckReport, check, parseProjectJson } from '../../src/index.js';
import {
  anonymiseReport,
  csvField,
  formatReportCsv,
  formatReportSarif,
  REPORT_CSV_COLUMNS,
  SARIF_SCHEMA_URL,
} from '../../src/report/index.js';
import { AS_OF, createWorkspace, run } from '../cli/helpers.js';

const NOW = '2026-11-20T12:00:00Z';
const midWayText = readFileSync('examples/projects/mid-way.json', 'utf8');
const midWay = parseProjectJson(midWayText);

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`a bare line break at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('the last record is not ended');
  return rows;
}

// The OASIS schema is draft-04; for Ajv's default draft its only draft-04 keyword, `id`, is dropped.
const sarifSchema = JSON.parse(
  readFileSync('test/fixtures/sarif/sarif-2.1.0-rtm.5.json', 'utf8'),
) as Record<string, unknown>;
delete sarifSchema.$schema;
delete sarifSchema.id;
// Its `language` pattern is not a valid Unicode regular expression: read it as the schema's authors did.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

let report: CheckReport;
const ready = check(midWay, { now: NOW }).then((r) => {
  report = r;
});

describe('formatReportCsv', () => {
  it('writes one RFC 4180 row per issue under a header, in the report’s order', async () => {
    await ready;
    const text = formatReportCsv(report);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...REPORT_CSV_COLUMNS]);
    expect(rows).toHaveLength(report.issues.length + 1);
    const col = (name: (typeof REPORT_CSV_COLUMNS)[number]) => REPORT_CSV_COLUMNS.indexOf(name);
    report.issues.forEach((issue, i) => {
      const cells = rows[i + 1] as string[];
      expect(cells).toHaveLength(REPORT_CSV_COLUMNS.length);
      expect(cells[col('issue_id')]).toBe(issue.id);
      expect(cells[col('severity')]).toBe(issue.severity);
      expect(cells[col('outcome')]).toBe(issue.outcome);
      expect(cells[col('rule')]).toBe(issue.ruleId);
      expect(cells[col('subject')]).toBe(issue.subject.label);
      expect(cells[col('message')]).toBe(issue.message);
      expect(cells[col('project')]).toBe(midWay.title);
    });
    // A message with a comma is quoted, and reads back whole.
    expect(report.issues.some((issue) => issue.message.includes(','))).toBe(true);
  });

  it('keeps only the issues asked for, and adds a byte-order mark when asked', async () => {
    await ready;
    const errors = parseCsv(formatReportCsv(report, { minSeverity: 'error' }));
    expect(errors).toHaveLength(report.issues.filter((i) => i.severity === 'error').length + 1);
    expect(formatReportCsv(report, { byteOrderMark: true }).startsWith('\uFEFF')).toBe(true);
    expect(formatReportCsv(report).startsWith('project_id,')).toBe(true);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'=1+1"],
    ['=HYPERLINK("http://x.example","y")', `"'=HYPERLINK(""http://x.example"",""y"")"`],
    ['Dev, Sean and Priya', '"Dev, Sean and Priya"'],
    ['line one\r\nline two', 'line one line two'],
    ['Plain', 'Plain'],
  ])('neutralises %j as a cell', (value, cell) => {
    expect(csvField(value)).toBe(cell);
  });

  it('never lets a member’s name run as a formula in a spreadsheet', async () => {
    await ready;
    const doc = JSON.parse(midWayText);
    const flagged = report.issues.find((issue) => issue.subject.type === 'member');
    const member = doc.group.members.find((m: { id: string }) => m.id === flagged?.subject.id);
    member.displayName = '=cmd|"/c calc"!A1';
    doc.title = '@project, "quoted"';
    const hostile = await check(parseProjectJson(JSON.stringify(doc)), { now: NOW });
    const rows = parseCsv(formatReportCsv(hostile));
    for (const cells of rows.slice(1)) {
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows[1]?.[1]).toBe('\'@project, "quoted"');
    expect(rows.some((cells) => cells.includes('\'=cmd|"/c calc"!A1'))).toBe(true);
  });
});

describe('formatReportSarif', () => {
  it('is valid SARIF 2.1.0 against the OASIS schema, with and without the project file', async () => {
    await ready;
    for (const options of [{}, { projectUri: 'projects/mid-way.json', projectText: midWayText }]) {
      const log = JSON.parse(formatReportSarif(report, { ...options, toolVersion: '0.1.0' }));
      const valid = validateSarif(log);
      expect(validateSarif.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(log.$schema).toBe(SARIF_SCHEMA_URL);
      expect(log.version).toBe('2.1.0');
    }
  });

  it('has the rules that ran, one result per issue at its record’s line, review for needs-review', async () => {
    await ready;
    const log = JSON.parse(
      formatReportSarif(report, { projectUri: 'projects/mid-way.json', projectText: midWayText }),
    );
    const [runOf] = log.runs;
    expect(runOf.tool.driver.name).toBe('coproduce');
    expect(runOf.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(
      report.outcomes.map((o) => o.ruleId),
    );
    expect(runOf.results).toHaveLength(report.issues.length);
    const lines = midWayText.split('\n');
    report.issues.forEach((issue, i) => {
      const result = runOf.results[i];
      expect(runOf.tool.driver.rules[result.ruleIndex].id).toBe(issue.ruleId);
      expect(result.partialFingerprints['coproduceIssueId/v1']).toBe(issue.id);
      if (issue.outcome === 'needs-review') {
        expect([result.kind, result.level]).toEqual(['review', 'none']);
      } else {
        expect(result.kind).toBe('fail');
        expect(result.level).toBe(
          { error: 'error', warning: 'warning', info: 'note' }[issue.severity],
        );
      }
      const location = result.locations[0];
      expect(location.physicalLocation.artifactLocation.uri).toBe('projects/mid-way.json');
      expect(location.logicalLocations[0].fullyQualifiedName).toBe(issue.subject.pointer || '/');
      const { startLine } = location.physicalLocation.region;
      // A member's or activity's result points at the line that opens its record.
      if (issue.subject.type === 'member') {
        const index = Number(issue.subject.pointer.split('/').pop());
        const opening = lines[startLine - 1] as string;
        expect(opening.trim()).toBe('{');
        const id = (midWay.group.members[index] as { id: string }).id;
        expect(lines[startLine]).toContain(`"${id}"`);
      }
    });
    expect(report.issues.some((i) => i.outcome === 'needs-review')).toBe(true);
    expect(report.issues.some((i) => i.subject.type === 'member')).toBe(true);
  });

  it('reports notices as results, and anonymised reports keep names out', async () => {
    const doc = JSON.parse(midWayText);
    doc.activities[5].start = '2026-06-10T18:00:00+00:00';
    const project = parseProjectJson(JSON.stringify(doc));
    const noticed = await check(project, { now: NOW });
    const named = formatReportSarif(noticed);
    expect(project.group.members.some((m) => named.includes(m.displayName))).toBe(true);
    const log = JSON.parse(formatReportSarif(anonymiseReport(noticed, project)));
    expect(validateSarif(log)).toBe(true);
    const notices = log.runs[0].results.filter(
      (r: { ruleId: string }) => r.ruleId === 'coproduce/offset-mismatch',
    );
    expect(notices).toHaveLength(1);
    const text = JSON.stringify(log);
    for (const member of project.group.members) expect(text).not.toContain(member.displayName);
    expect(text).not.toContain(doc.activities[5].title);
  });
});

describe('coproduce check --format csv and sarif', () => {
  const { dir, cleanup } = createWorkspace();
  afterAll(() => cleanup());
  const at = { cwd: dir };

  it('writes CSV, from --format or a .csv file name, a file with a byte-order mark', async () => {
    await ready;
    const printed = await run(['check', 'mid-way.json', '--as-of', AS_OF, '--format', 'csv'], at);
    expect(printed.code).toBe(0);
    expect(printed.stdout.startsWith('project_id,')).toBe(true);
    expect(parseCsv(printed.stdout)).toHaveLength(report.issues.length + 1);
    const written = await run(
      ['check', 'mid-way.json', '--as-of', AS_OF, '--out', 'issues.csv'],
      at,
    );
    expect(written.stderr).toContain('Wrote the csv report to issues.csv');
    expect(readFileSync(join(dir, 'issues.csv'), 'utf8')).toBe(`\uFEFF${printed.stdout}`);
    const anonymised = await run(
      ['check', 'mid-way.json', '--as-of', AS_OF, '--format', 'csv', '--anonymise'],
      at,
    );
    expect(midWay.group.members.some((m) => printed.stdout.includes(m.displayName))).toBe(true);
    for (const member of midWay.group.members)
      expect(anonymised.stdout).not.toContain(member.displayName);
  });

  it('writes schema-valid SARIF naming the project file as given, from .sarif or .sarif.json', async () => {
    writeFileSync(join(dir, 'placeholder.txt'), '');
    const printed = await run(['check', 'mid-way.json', '--as-of', AS_OF, '--format', 'sarif'], at);
    expect(printed.code).toBe(0);
    const log = JSON.parse(printed.stdout);
    expect(validateSarif(log)).toBe(true);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(log.runs[0].tool.driver.version).toBe(pkg.version);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'mid-way.json',
    );
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBeGreaterThan(
      0,
    );
    for (const out of ['results.sarif', 'results.sarif.json']) {
      const written = await run(['check', 'mid-way.json', '--as-of', AS_OF, '--out', out], at);
      expect(written.code).toBe(0);
      expect(readFileSync(join(dir, out), 'utf8')).toBe(printed.stdout);
    }
    const mismatch = await run(
      ['check', 'mid-way.json', '--as-of', AS_OF, '--format', 'csv', '--out', 'x.sarif'],
      at,
    );
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('--format is csv');
  });
});
