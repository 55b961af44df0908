import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPOSITORY_URL } from '../../src/check/docs-links.js';
import {
  builtinRules,
  check,
  createRuleSet,
  isCoproduceError,
  parseProjectJson,
} from '../../src/index.js';
import { loadConfig } from '../../src/node/index.js';
import { DEFAULT_RULE_DOCS, formatReportHtml, ruleDocsLink } from '../../src/report/index.js';
import { SCHEMAS_URL } from '../../src/schemas.js';
import { AS_OF, createWorkspace, run } from '../cli/helpers.js';

const NOW = '2026-11-20T12:00:00Z';
const midWay = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The repository file and heading a link into the repository's docs names. */
function target(link: string): { file: string; anchor: string } {
  const prefix = `${REPOSITORY_URL}/blob/main/`;
  expect(link.startsWith(prefix)).toBe(true);
  const [file = '', anchor = ''] = link.slice(prefix.length).split('#');
  return { file, anchor };
}

/** GitHub's anchor for a Markdown heading: lower case, spaces to hyphens, punctuation dropped. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

describe('rule documentation links', () => {
  it('every default rule links to its own heading on its set page in the repository', async () => {
    const report = await check(midWay, {
      now: NOW,
      rules: createRuleSet({ extends: ['coproduce:all'] }),
    });
    expect(report.issues.length).toBeGreaterThan(0);
    const links = new Set(report.issues.map((issue) => issue.docs));
    for (const rule of builtinRules().values()) links.add(ruleDocsLink(rule, true));
    expect(links.size).toBeGreaterThanOrEqual(builtinRules().size);
    for (const link of links) {
      expect(link).toBeDefined();
      const { file, anchor } = target(link as string);
      const page = readFileSync(file, 'utf8');
      const anchors = page
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .map((line) => anchorOf(line.replace(/^#+/, '')));
      expect(anchors, `${file}#${anchor}`).toContain(anchor);
    }
    const issue = report.issues.find((i) => i.ruleId === 'quiet-members');
    expect(issue?.docs).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/during.md#quiet-members`);
  });

  it('the HTML report links each rule there', async () => {
    const report = await check(midWay, { now: NOW });
    const html = formatReportHtml(report);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] as string);
    const ruleLinks = hrefs.filter((h) => h.includes('/docs/rules/'));
    expect(ruleLinks.length).toBeGreaterThan(0);
    expect(hrefs.some((h) => h.includes('coproduce.dev'))).toBe(false);
  });

  it('a configuration can point the default rules at its own copy; a rule’s own docs link wins', async () => {
    const rules = createRuleSet({
      ruleDocs: 'https://intranet.example.gov.uk/coproduce/{set}.html#{rule}',
    });
    const report = await check(midWay, { now: NOW, rules });
    const issue = report.issues.find((i) => i.ruleId === 'quiet-members');
    expect(issue?.docs).toBe('https://intranet.example.gov.uk/coproduce/during.html#quiet-members');
    expect(ruleDocsLink({ id: 'x', set: 'council', docs: 'https://a.example/x' }, false)).toBe(
      'https://a.example/x',
    );
    expect(ruleDocsLink({ id: 'x', set: 'council' }, false)).toBeUndefined();
  });

  it('the guide’s example configuration loads and links to the council’s copy', async () => {
    const rules = await loadConfig('examples/03-council-customisation/own-docs.config.json');
    const report = await check(midWay, { now: NOW, rules });
    expect(report.issues.length).toBeGreaterThan(0);
    for (const issue of report.issues) {
      expect(issue.docs).toBe(
        `https://intranet.example.gov.uk/coproduce/rules/${issue.set}.html#${issue.ruleId}`,
      );
    }
  });

  it.each([
    ['https://intranet.example.gov.uk/coproduce/', '{rule}'],
    ['javascript:alert(1)//{rule}', 'https://'],
    ['rules/{set}.md#{rule}', 'full web address'],
    ['https://x.example/{set}/{id}#{rule}', 'only {rule} and {set}'],
  ])('refuses ruleDocs %s, saying why', (ruleDocs, says) => {
    let error: unknown;
    try {
      createRuleSet({ ruleDocs });
    } catch (caught) {
      error = caught;
    }
    expect(isCoproduceError(error)).toBe(true);
    if (!isCoproduceError(error)) return;
    expect(error.problems[0]?.pointer).toBe('/ruleDocs');
    expect(error.problems[0]?.message).toContain(says);
  });

  it('each JSON Schema’s $id is where its file is in the repository', () => {
    const files = readdirSync('schemas').filter((f) => f.endsWith('.schema.json'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join('schemas', file), 'utf8'));
      expect(schema.$id).toBe(`${SCHEMAS_URL}${file}`);
    }
    expect(SCHEMAS_URL).toBe(
      `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/schemas/`,
    );
  });

  it('package.json names the same repository, its home page and where to report bugs', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY_URL}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY_URL}/issues` });
    expect(DEFAULT_RULE_DOCS.startsWith(REPOSITORY_URL)).toBe(true);
  });
});

describe('links on the command line', () => {
  const { dir, cleanup } = createWorkspace();
  afterAll(() => cleanup());

  it('init outside an installed package writes $schema addresses that name the shipped schemas', async () => {
    const { code } = await run(['init', 'elsewhere'], { cwd: dir });
    expect(code).toBe(0);
    for (const [file, schema] of [
      ['project.json', 'project'],
      ['coproduce.config.json', 'config'],
    ]) {
      const written = JSON.parse(readFileSync(join(dir, 'elsewhere', file as string), 'utf8'));
      expect(written.$schema).toBe(`${SCHEMAS_URL}${schema}.schema.json`);
      expect(existsSync(join('schemas', `${schema}.schema.json`))).toBe(true);
    }
  });

  it('explain prints the rule’s page, and the configuration’s copy when it names one', async () => {
    const plain = await run(['explain', 'quiet-members', '--no-config'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(
      `${REPOSITORY_URL}/blob/main/docs/rules/during.md#quiet-members`,
    );
    writeFileSync(
      join(dir, 'own-docs.json'),
      JSON.stringify({ ruleDocs: 'https://intranet.example.gov.uk/rules/{set}.html#{rule}' }),
    );
    const own = await run(['explain', 'quiet-members', '--config', 'own-docs.json'], { cwd: dir });
    expect(own.stdout).toContain('https://intranet.example.gov.uk/rules/during.html#quiet-members');
    const report = await run(
      ['check', 'mid-way.json', '--as-of', AS_OF, '--config', 'own-docs.json', '--format', 'json'],
      { cwd: dir },
    );
    const docs = JSON.parse(report.stdout).issues.map((i: { docs?: string }) => i.docs);
    expect(docs.every((d: string) => d.startsWith('https://intranet.example.gov.uk/rules/'))).toBe(
      true,
    );
  });
});
