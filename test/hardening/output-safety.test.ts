/**
 * Safe output: a value from the data can never add structure to a report.
 * For any string put in a project (its title, a member's name, meeting and
 * decision titles) or in the report itself (rule titles, messages, section
 * names, as a council rule file could write them), the Markdown gains no
 * heading, link, table row, HTML or emphasis; the HTML gains no tag or
 * attribute; the terminal text gains no ESC byte or C1 control beyond the
 * library's own colours; and no format gains a line. Each property
 * compares a report made with the hostile value against the same report
 * made with a plain one, through the public API.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CheckReport,
  CoproduceError,
  check,
  createRuleSet,
  type Project,
  parseProject,
  parseRuleFile,
} from '../../src/index.js';
import {
  anonymiseReport,
  escapeHtml,
  escapeMarkdown,
  formatReportHtml,
  formatReportMarkdown,
  formatReportText,
  neutralise,
} from '../../src/report/index.js';
import { CASE_BUDGET_MS } from './support.js';

const NOW = '2026-11-20T12:00:00Z';
const RUNS = Number(process.env.COPRODUCE_FUZZ_RUNS ?? 40);
const midWay = JSON.parse(readFileSync('examples/projects/mid-way.json', 'utf8')) as Record<
  string,
  unknown
> & {
  title: string;
  group: { members: { displayName: string }[] };
  activities: { title: string }[];
  decisions: { title: string }[];
};

/** Pieces of hostile text: line endings, controls, escape sequences, bidi, Markdown and HTML. */
const FRAGMENTS = [
  '\r',
  '\n',
  '\r\n',
  '\v',
  '\f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\u001b[31m',
  '\u009b31m',
  '\u009d0;x\u009c',
  '\u007f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\ud800',
  '#',
  '## All clear: no issues found',
  '- ',
  '1. ',
  '> ',
  '|',
  '| --- |',
  '[',
  ']',
  '(',
  ')',
  '[x](https://evil.example)',
  '![i](x.png)',
  '<',
  '>',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"',
  "'",
  '" onmouseover="x',
  '&',
  '&amp;',
  '&#60;',
  '`',
  '```',
  '*',
  '**',
  '_',
  '~~',
  '\\',
  '\\[',
  ' ',
  '   ',
  '\t',
  '=',
  '---',
  'Amira',
  'é',
  '👩‍👩‍👧',
];

/** Any string, weighted towards the hostile pieces. */
const hostileArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((a) => a.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** The example project with `value` in its title, every member's name and meeting and decision titles. */
function projectWith(value: string): Project | undefined {
  const doc = structuredClone(midWay);
  doc.title = `T${value}`;
  doc.group.members.forEach((member, i) => {
    member.displayName = `M${i}${value}`;
  });
  for (const activity of doc.activities) activity.title = `A${value}`;
  for (const decision of doc.decisions) decision.title = `D${value}`;
  try {
    return parseProject(doc);
  } catch {
    return undefined;
  }
}

/** A report with `value` in every string a council rule file or a project can put in it. */
function reportWith(report: CheckReport, value: string): CheckReport {
  return {
    ...report,
    project: { ...report.project, title: `T${value}` },
    issues: report.issues.map((issue) => ({
      ...issue,
      title: `R${value}`,
      message: `G${value}`,
      action: `W${value}`,
      section: `S${value}`,
      subject: { ...issue.subject, label: `L${value}` },
      docs: `https://example.org/${value}`,
    })),
    ruleSets: report.ruleSets.map((set) => ({ ...set, id: `P${value}` })),
  };
}

/** Counts of each character that is Markdown structure when not escaped by a backslash. */
function markdownStructure(markdown: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < markdown.length; i++) {
    const ch = markdown.charAt(i);
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if ('[]<>`*_|~!'.includes(ch)) counts[ch] = (counts[ch] ?? 0) + 1;
    // A character reference such as &amp; or &#60; shows as another character.
    if (ch === '&' && /^&#?[A-Za-z0-9]+;/.test(markdown.slice(i, i + 40)))
      counts['&;'] = (counts['&;'] ?? 0) + 1;
  }
  return counts;
}

function markdownShape(markdown: string) {
  const lines = markdown.split('\n');
  return {
    lines: lines.length,
    // What starts each line: a heading, a list item, a table row, a quote, a code fence.
    starts: lines.map((line) => /^(#{1,6} |- |\| |> |```|\d+[.)] |)/.exec(line)?.[1] ?? ''),
    structure: markdownStructure(markdown),
  };
}

function htmlShape(html: string) {
  const count = (ch: string) => html.split(ch).length - 1;
  return {
    lines: html.split('\n').length,
    lt: count('<'),
    gt: count('>'),
    quote: count('"'),
    apos: count("'"),
  };
}

/** Line breaks and controls a format must never contain but for its own `\n`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them.
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The library's own colour codes: the only escape sequences the terminal may receive. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test strips them.
const OWN_COLOURS = /\u001b\[(?:0|1|31|33|35|36)m/g;

async function timed<T>(work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  expect(performance.now() - start).toBeLessThan(CASE_BUDGET_MS * 2);
  return result;
}

const plainProject = projectWith('plain')!;
const plainReport = await check(plainProject, { now: NOW });

describe('reports gain no structure from the data', () => {
  it('Markdown: no new heading, list, table row, link, emphasis, HTML or line', async () => {
    const base = markdownShape(formatReportMarkdown(plainReport));
    const baseFromReport = markdownShape(formatReportMarkdown(reportWith(plainReport, 'plain')));
    await fc.assert(
      fc.asyncProperty(hostileArb, async (value) => {
        await timed(async () => {
          const project = projectWith(value);
          if (project) {
            const markdown = formatReportMarkdown(await check(project, { now: NOW }));
            expect(markdown).not.toMatch(FORBIDDEN);
            expect(markdownShape(markdown)).toEqual(base);
          }
          const fromReport = formatReportMarkdown(reportWith(plainReport, value));
          expect(fromReport).not.toMatch(FORBIDDEN);
          expect(markdownShape(fromReport)).toEqual(baseFromReport);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('HTML: no new tag, attribute or line', async () => {
    const base = htmlShape(formatReportHtml(plainReport, { project: plainProject }));
    const baseFromReport = htmlShape(formatReportHtml(reportWith(plainReport, 'plain')));
    await fc.assert(
      fc.asyncProperty(hostileArb, async (value) => {
        await timed(async () => {
          const project = projectWith(value);
          if (project) {
            const html = formatReportHtml(await check(project, { now: NOW }), { project });
            expect(html).not.toMatch(FORBIDDEN);
            expect(htmlShape(html)).toEqual(base);
          }
          const fromReport = formatReportHtml(reportWith(plainReport, value));
          expect(fromReport).not.toMatch(FORBIDDEN);
          expect(htmlShape(fromReport)).toEqual(baseFromReport);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('terminal: no ESC or C1 control but the library’s colours, and no new line', async () => {
    const options = { width: 1_000_000 };
    const lines = (text: string) => text.split('\n').length;
    for (const color of [false, true]) {
      const base = lines(formatReportText(plainReport, { ...options, color }));
      const baseFromReport = lines(
        formatReportText(reportWith(plainReport, 'plain'), { ...options, color }),
      );
      await fc.assert(
        fc.asyncProperty(hostileArb, async (value) => {
          await timed(async () => {
            const project = projectWith(value);
            const texts: [string, number][] = [
              [
                formatReportText(reportWith(plainReport, value), { ...options, color }),
                baseFromReport,
              ],
            ];
            if (project) {
              const report = await check(project, { now: NOW });
              texts.push([formatReportText(report, { ...options, color }), base]);
            }
            for (const [text, expected] of texts) {
              if (!color) expect(text).not.toContain('\u001b');
              expect(text.replace(OWN_COLOURS, '')).not.toMatch(FORBIDDEN);
              expect(lines(text)).toBe(expected);
            }
          });
        }),
        { numRuns: RUNS },
      );
    }
  });
});

describe('the examples of issue 12', () => {
  it('a member named X\\r## All clear makes no heading', async () => {
    const project = projectWith('\r## All clear: no issues found')!;
    const markdown = formatReportMarkdown(await check(project, { now: NOW }));
    expect(markdown.split(/\r\n|\r|\n/).filter((l) => l.startsWith('## All clear'))).toEqual([]);
    // The name is shown as written, inside a card's list of members (issue 14's cards).
    expect(markdown).toMatch(
      /^- \*\*Affects:\*\* \d+ members: .*M1 ## All clear: no issues found/m,
    );
  });

  it('a project title with an OSC and a clear-screen sequence reaches the terminal as text', async () => {
    const project = projectWith('\u001b]0;pwned\u0007\u001b[2J\u009b2J')!;
    const text = formatReportText(await check(project, { now: NOW }), { color: true });
    expect(text.replace(OWN_COLOURS, '')).not.toMatch(FORBIDDEN);
    expect(text).toContain(']0;pwned[2J2J');
  });

  it('a docs link that is not http(s) is left out, and quotes in one are encoded', () => {
    const issue = plainReport.issues[0]!;
    const html = (docs: string) =>
      formatReportHtml({ ...plainReport, issues: [{ ...issue, docs }] });
    expect(html('javascript:alert(1)')).not.toContain('javascript:');
    expect(html('https://example.org/a"onmouseover="x')).toContain(
      'href="https://example.org/a%22onmouseover=%22x"',
    );
  });
});

describe('the neutralising step takes linear time', () => {
  it.each([
    ['spaces', ' '],
    ['carriage returns', '\r'],
    ['CR LF', '\r\n'],
    ['ampersands', '&'],
    ['ESC', '\u001b'],
    ['U+2028', '\u2028'],
  ])('a megabyte of %s in each format', (_name, unit) => {
    const text = `a${unit.repeat(Math.ceil(1_000_000 / unit.length))}b`;
    const start = performance.now();
    neutralise(text);
    escapeMarkdown(text);
    escapeHtml(text);
    formatReportMarkdown({ ...plainReport, project: { ...plainReport.project, title: text } });
    formatReportText({ ...plainReport, project: { ...plainReport.project, title: text } });
    expect(performance.now() - start).toBeLessThan(CASE_BUDGET_MS);
  });
});

describe('anonymised reports show no free text from the project', () => {
  const NAME = 'Zebedee Quux';
  const FREE_TEXT =
    /^(title|displayName|name|summary|text|notes|label|insight|description|purpose|remit|point|overlap|decidedBy|reason|outcome|statement)$/;
  /** The example project with the name added to every free-text field. */
  function named(): Project {
    const doc = structuredClone(midWay) as unknown;
    const walk = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(walk);
      if (value === null || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value))
        out[key] = typeof v === 'string' && FREE_TEXT.test(key) ? `${v} ${NAME}` : walk(v);
      return out;
    };
    return parseProject(walk(doc));
  }

  it('a name in each free-text field never appears in any anonymised format', async () => {
    const project = named();
    const report = await check(project, { now: NOW });
    // The name does reach the report, so the test means something.
    expect(JSON.stringify(report)).toContain(NAME);
    expect(formatReportHtml(report, { project })).toContain(NAME);
    const anonymised = anonymiseReport(report, project);
    const outputs = [
      JSON.stringify(anonymised),
      formatReportMarkdown(anonymised),
      formatReportText(anonymised),
      formatReportHtml(report, { project, anonymise: true }),
    ];
    for (const output of outputs) expect(output).not.toContain('Zebedee');
    // Each format says what an anonymised report keeps.
    for (const output of outputs.slice(1))
      expect(output).toContain('Anonymised: members are shown as');
  });
});

describe('docs links in rule files: only plain http(s) links are loaded', () => {
  const rule = JSON.parse(
    readFileSync('test/fixtures/hostile/rules/javascript-docs-link.json', 'utf8'),
  ) as Record<string, unknown>;
  const LINK_RULE = 'must be an http:// or https:// link';

  it.each([
    ['a quote that would end an HTML attribute', 'https://example.org/a"onmouseover="x'],
    ['an apostrophe', "https://example.org/it's"],
    ['a space', 'https://example.org/a b'],
    ['a line break (the URL check alone would drop it)', 'https://example.org/a\nb'],
    ['a leading space (the URL check alone would trim it)', ' https://example.org/'],
    ['an escape sequence', 'https://example.org/\u001b]0;x\u0007'],
    ['a C1 control', 'https://example.org/\u009b2J'],
    ['a bidi override', 'https://example.org/\u202egnp.exe'],
    ['angle brackets', 'https://example.org/<script>'],
    ['a backslash', 'https://example.org\\@evil.example'],
    ['a backtick', 'https://example.org/`x`'],
    ['another scheme', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<b>x</b>'],
    ['no slashes', 'https:example.org'],
  ])('refuses a link with %s, naming the field', (_what, docs) => {
    const parsed = parseRuleFile({ ...rule, docs }, { file: 'council/javascript-docs-link.json' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.problems.map((p) => p.pointer)).toEqual(['/docs']);
    expect(parsed.problems[0]?.message).toContain(LINK_RULE);
    // The same refusal where a configuration holds the rule inline.
    try {
      createRuleSet({ extends: [], customRules: [{ ...rule, docs }] } as never);
      throw new Error('expected the rule to be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(CoproduceError);
      const problem = (error as CoproduceError).problems[0];
      expect(problem?.pointer).toBe('/customRules/0/docs');
      expect(problem?.message).toContain(LINK_RULE);
    }
  });

  it.each([
    'https://coproduce.dev/rules/during#quiet-members',
    'http://intranet.example.gov.uk/co-production/guide?page=2&lang=cy',
    'https://example.org/a%20b/%22quoted%22',
  ])('keeps %s exactly as written', (docs) => {
    const parsed = parseRuleFile({ ...rule, docs });
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.value.docs).toBe(docs);
    const ruleSet = createRuleSet({ extends: [], customRules: [{ ...rule, docs }] } as never);
    expect(ruleSet.rules[0]?.docs).toBe(docs);
  });
});
