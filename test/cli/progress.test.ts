import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CheckReport,
  check,
  commands,
  createHistory,
  parseProjectJson,
  projectAsOf,
  recordCommand,
  serializeHistory,
} from '../../src/index.js';
import { withBaseline } from '../../src/report/index.js';
import { AS_OF, createWorkspace, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

const midWay = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));

beforeAll(async () => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
  // A history: the mid-way project, then a progress review and an acknowledged issue in November.
  let history = createHistory(midWay);
  history = recordCommand(history, commands.progressTracking.recordReview({ on: '2026-11-02' }), {
    at: '2026-11-02T10:00:00Z',
  });
  const learning = (await check(midWay, { now: '2026-11-03T12:00:00Z' })).issues[0];
  history = recordCommand(
    history,
    commands.acknowledgement.record({
      id: 'ack-01',
      issueId: learning?.id,
      reason: 'The board agreed this in November.',
      by: 'Programme board',
      on: '2026-11-03',
      reviewOn: '2027-02-01',
    }),
    { at: '2026-11-03T10:00:00Z' },
  );
  writeFileSync(join(dir, 'history.json'), serializeHistory(history));
  mkdirSync(join(dir, 'reports'));
  for (const day of ['2026-08-20', '2026-09-20', '2026-10-20']) {
    const report = await check(midWay, { now: `${day}T12:00:00Z` });
    writeFileSync(join(dir, 'reports', `${day}.json`), JSON.stringify(report));
  }
});
afterAll(() => cleanup());

describe('coproduce check: progress over time', () => {
  it('checks a history as the project stood on --as-of', async () => {
    const { code, stdout } = await run(
      ['check', 'history.json', '--as-of', '2026-11-01', '-f', 'json'],
      at,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CheckReport;
    expect(report.acknowledged).toBeUndefined();
    const latest = JSON.parse(
      (await run(['check', 'history.json', '--as-of', AS_OF, '-f', 'json'], at)).stdout,
    ) as CheckReport;
    expect(latest.acknowledged?.[0]?.acknowledgement.reason).toBe(
      'The board agreed this in November.',
    );
  });

  it('says what changed between two dates in one command', async () => {
    const { code, stdout } = await run(
      ['check', 'history.json', '--since', '2026-10-20', '--as-of', AS_OF, '-f', 'json'],
      at,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CheckReport;
    // The same as checking the history on both days and comparing.
    const history = JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8'));
    const { parseHistory } = await import('../../src/index.js');
    const parsed = parseHistory(history);
    const before = await check(projectAsOf(parsed, '2026-10-20T11:00:00Z'), {
      now: '2026-10-20T11:00:00Z',
    });
    const after = await check(projectAsOf(parsed, '2026-11-20T12:00:00Z'), {
      now: '2026-11-20T12:00:00Z',
    });
    expect(report.changes).toEqual(JSON.parse(JSON.stringify(withBaseline(after, before).changes)));
    expect(report.changes?.counts.acknowledged).toBe(1);
    expect(report.changes?.resolved.length).toBeGreaterThan(0);

    const text = await run(
      ['check', 'history.json', '--since', '2026-10-20', '--as-of', AS_OF],
      at,
    );
    expect(text.stdout).toContain('Since the check on 20 October 2026:');
    expect(text.stdout).toContain('RESOLVED');
  });

  it('says in Welsh how many were resolved and acknowledged, one or many, as Welsh writes them', async () => {
    const json = JSON.parse(
      (
        await run(
          ['check', 'history.json', '--since', '2026-10-20', '--as-of', AS_OF, '-f', 'json'],
          at,
        )
      ).stdout,
    ) as CheckReport;
    const resolved = json.changes?.counts.resolved ?? 0;
    const { stdout } = await run(
      ['check', 'history.json', '--since', '2026-10-20', '--as-of', AS_OF, '--locale', 'cy'],
      at,
    );
    const sentence = stdout.replace(/\s+/g, ' ');
    // One acknowledgement: "wedi’i" with the soft mutation, never the plural "wedi’u".
    expect(sentence).toContain('1 wedi’i gydnabod');
    expect(sentence).not.toContain('1 wedi’u cydnabod');
    expect(sentence).toContain(resolved === 1 ? '1 wedi’i ddatrys' : `${resolved} wedi’u datrys`);
  });

  it('compares with a baseline report and draws a trend from a folder of reports', async () => {
    const { code, stdout } = await run(
      [
        'check',
        'mid-way.json',
        '--as-of',
        AS_OF,
        '--baseline',
        'reports/2026-10-20.json',
        '--trend',
        'reports',
        '-f',
        'html',
      ],
      at,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/Since the check on 20 October 2026: \d+ new, \d+ still open/);
    expect(stdout).toContain('<title id="trend-chart-title">');
    expect((stdout.match(/<th scope="row">20 \w+ 2026<\/th>/g) ?? []).length).toBe(4);
  });

  it('refuses --since without a history, and a baseline that is not a report', async () => {
    const since = await run(['check', 'mid-way.json', '--since', '2026-10-01'], at);
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('--since needs a history file');
    const notReport = await run(['check', 'mid-way.json', '--baseline', 'well-run.json'], at);
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toContain('well-run.json: This is not a check report');
    const badDate = await run(['check', 'history.json', '--since', '2026-02-30'], at);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--since "2026-02-30" is not a real calendar date');
    const other = await run(
      ['check', 'well-run.json', '--baseline', 'reports/2026-10-20.json'],
      at,
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('two different projects');
  });
});
