/**
 * One counting model: for each bundled example, with and without
 * `--min-severity`, the figures the command line prints in text, Markdown
 * and HTML, and the JSON report's `counts`, are the same numbers, and they
 * are what counting the JSON report's own issues and rules gives. The
 * getting-started guide prints the same figures for the mid-way example.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckReport, Severity } from '../../src/index.js';
import { AS_OF, run } from '../cli/helpers.js';

const EXAMPLES = ['early-stage', 'mid-way', 'well-run'] as const;
const FILTERS: readonly (Severity | undefined)[] = [undefined, 'warning', 'error'];

interface Figures {
  issues: number;
  rules: number;
  error: number;
  warning: number;
  info: number;
  needsReview: number;
  passed: number;
  notApplicable: number;
}

async function cli(example: string, format: string, minSeverity?: Severity): Promise<string> {
  const argv = ['check', `examples/projects/${example}.json`, '--as-of', AS_OF, '-f', format];
  if (minSeverity) argv.push('--min-severity', minSeverity);
  const { code, stdout, stderr } = await run(argv, { cwd: process.cwd() });
  expect(code, stderr).toBe(0);
  return stdout;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');
const number = (text: string, pattern: RegExp): number => {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : 0;
};

/** The figures of the summary sentence every format for people prints. */
function fromSentence(raw: string): Omit<Figures, 'rules'> & { rules: number } {
  const text = squash(raw.replace(/\\/g, ''));
  const head =
    /(\d+) issues? from (\d+) rules?: (\d+) errors?, (\d+) warnings? and (\d+) for information\./.exec(
      text,
    );
  const none = text.includes('No issues.');
  expect(head !== null || none, text.slice(0, 400)).toBe(true);
  return {
    issues: head ? Number(head[1]) : 0,
    rules: head ? Number(head[2]) : 0,
    error: head ? Number(head[3]) : 0,
    warning: head ? Number(head[4]) : 0,
    info: head ? Number(head[5]) : 0,
    needsReview: number(text, /(\d+) issues? needs? review/),
    passed: number(text, /(\d+) rules? passed/),
    notApplicable: number(text, /passed and (\d+) (?:does|do) not apply/),
  };
}

function tableFigures(cells: readonly number[]): Figures {
  const [rules, issues, error, warning, info, needsReview, passed, notApplicable] = cells;
  return { rules, issues, error, warning, info, needsReview, passed, notApplicable } as Figures;
}

/** The total row of the Markdown summary table. */
function fromMarkdownTable(markdown: string): Figures {
  const row = markdown.split('\n').find((line) => line.startsWith('| **Total** |'));
  expect(row).toBeDefined();
  const cells = row!
    .split('|')
    .slice(2, -1)
    .map((c) => Number(c.replace(/\*/g, '').trim()));
  return tableFigures(cells);
}

/** The total row of the HTML summary table. */
function fromHtmlTable(html: string): Figures {
  const row = /<tr class="total">(.*?)<\/tr>/.exec(html)?.[1] ?? '';
  return tableFigures([...row.matchAll(/<td class="n">(\d+)<\/td>/g)].map((m) => Number(m[1])));
}

/** The figures counted from a JSON report's issues and outcomes, without its `counts`. */
function counted(report: CheckReport): Figures {
  const bySeverity = (s: Severity) => report.issues.filter((i) => i.severity === s).length;
  return {
    issues: report.issues.length,
    rules: new Set(report.issues.map((i) => i.ruleId)).size,
    error: bySeverity('error'),
    warning: bySeverity('warning'),
    info: bySeverity('info'),
    needsReview: report.issues.filter((i) => i.outcome === 'needs-review').length,
    passed: report.outcomes.filter((o) => o.outcome === 'passed').length,
    notApplicable: report.outcomes.filter((o) => o.outcome === 'not-applicable').length,
  };
}

function fromCounts(counts: CheckReport['counts']): Figures {
  return {
    issues: counts.issues,
    rules: counts.rules,
    error: counts.bySeverity.error,
    warning: counts.bySeverity.warning,
    info: counts.bySeverity.info,
    needsReview: counts.needsReview,
    passed: counts.byOutcome.passed,
    notApplicable: counts.byOutcome['not-applicable'],
  };
}

describe('one counting model in every format', () => {
  for (const example of EXAMPLES) {
    for (const minSeverity of FILTERS) {
      it(`${example}${minSeverity ? ` --min-severity ${minSeverity}` : ''}`, async () => {
        const report = JSON.parse(await cli(example, 'json', minSeverity)) as CheckReport;
        const expected = counted(report);
        expect(fromCounts(report.counts)).toEqual(expected);
        const sections = Object.values(report.counts.bySection).reduce((a, b) => a + b, 0);
        expect(sections).toBe(expected.issues);

        expect(fromSentence(await cli(example, 'text', minSeverity))).toEqual(expected);
        const markdown = await cli(example, 'markdown', minSeverity);
        expect(fromSentence(markdown)).toEqual(expected);
        expect(fromMarkdownTable(markdown)).toEqual(expected);
        const html = await cli(example, 'html', minSeverity);
        const lead = /<p class="lead">(.*?)<\/p>/.exec(html)?.[1] ?? '';
        expect(fromSentence(lead)).toEqual(expected);
        expect(fromHtmlTable(html)).toEqual(expected);
      });
    }
  }

  it('the getting-started guide prints the figures of the mid-way report', async () => {
    const report = JSON.parse(await cli('mid-way', 'json')) as CheckReport;
    const guide = readFileSync('docs/guides/01-getting-started.md', 'utf8');
    const { issues, rules, needsReview, bySeverity } = report.counts;
    expect(guide).toContain(
      `${issues} issues from ${rules} rules: ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} for information; ${needsReview} of them need review`,
    );
  });
});
