/**
 * The HTML report in headless Chromium: it renders without JavaScript and
 * without loading anything, its text is all there, its charts are drawn,
 * and axe-core finds no WCAG 2.2 A or AA violations.
 *
 * Uses the system Chromium (Debian's `chromium`, or CHROMIUM_PATH) through
 * playwright-core; never downloads a browser. Without Chromium the tests
 * are skipped on a developer's machine but fail in CI (CI=true). A
 * screenshot is written to a temporary folder, never into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckReport, check, type Project, parseProjectJson } from '../../src/index.js';
import { formatReportHtml } from '../../src/report/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const NOW = '2026-11-20T12:00:00Z';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Page_ {
  readonly name: string;
  readonly project: Project;
  readonly report: CheckReport;
  readonly html: string;
  readonly url: string;
}

let dir: string;
let browser: Browser;
const pages: Page_[] = [];

async function makePage(
  name: string,
  anonymise: boolean,
  locale?: string,
  edit?: (doc: { activities: { start: string }[] }) => void,
): Promise<Page_> {
  const doc = JSON.parse(readFileSync(`examples/projects/${name}.json`, 'utf8'));
  edit?.(doc);
  const project = parseProjectJson(JSON.stringify(doc));
  const report = await check(project, { now: NOW, locale });
  const html = formatReportHtml(report, { project, anonymise });
  const file = join(
    dir,
    `${name}${anonymise ? '-anonymised' : ''}${locale ? `-${locale}` : ''}.html`,
  );
  await writeFile(file, html);
  return { name, project, report, html, url: pathToFileURL(file).href };
}

/** Opens a report page, recording every request it makes. */
async function open(
  page: Page_,
  javaScript: boolean,
): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width: 1024, height: 800 },
  });
  const tab = await context.newPage();
  const requests: string[] = [];
  tab.on('request', (request) => requests.push(request.url()));
  await tab.goto(page.url, { waitUntil: 'load' });
  return { page: tab, requests, close: () => context.close() };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the HTML report in headless Chromium', () => {
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) {
      throw new Error(
        `No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
      );
    }
    dir = await mkdtemp(join(tmpdir(), 'coproduce-report-browser-'));
    pages.push(
      await makePage('mid-way', false),
      await makePage('early-stage', true),
      // Welsh: the page's language, and English passages marked as such.
      await makePage('mid-way', false, 'cy'),
      // Anonymised, with a notice about the data: a time written with the wrong UTC offset.
      await makePage('mid-way', true, undefined, (doc) => {
        (doc.activities[5] as { start: string }).start = '2026-06-10T18:00:00+00:00';
      }),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('renders without JavaScript, loading nothing but itself', async () => {
    const [midWay] = pages;
    const { page, requests, close } = await open(midWay!, false);
    try {
      expect(requests).toEqual([midWay!.url]);
      expect(await page.title()).toBe(`Co-production check: ${midWay!.report.project.title}`);
      // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the rendered text is what a reader sees
      expect(normalise(await page.locator('h1').innerText())).toBe(midWay!.report.project.title);
      for (const landmark of ['banner', 'main', 'contentinfo']) {
        expect(await page.getByRole(landmark as 'main').count()).toBe(1);
      }
      const headings = await page.locator('h2').allInnerTexts();
      expect(headings.map(normalise)).toEqual([
        'At a glance',
        'Summary',
        'Who contributes at recent meetings',
        'Issues by section',
      ]);
      // Both charts are drawn at a real size.
      for (const name of [
        'Issues by section and severity',
        'Contributions per member at recent meetings',
      ]) {
        const chart = page.getByRole('img', { name });
        expect(await chart.count()).toBe(1);
        const box = await chart.boundingBox();
        expect(box && box.width > 300 && box.height > 100).toBe(true);
      }
      // The screenshot stays in the temporary folder.
      await page.screenshot({ path: join(dir, 'mid-way.png'), fullPage: true });
      expect(existsSync(join(dir, 'mid-way.png'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('shows every issue and every member in the chart', async () => {
    const [midWay] = pages;
    const { page, close } = await open(midWay!, false);
    try {
      // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the rendered text is what a reader sees
      const text = normalise(await page.locator('main').innerText());
      for (const issue of midWay!.report.issues) {
        expect(text).toContain(normalise(issue.message));
        expect(text).toContain(normalise(issue.action));
      }
      // One card per rule.
      expect(await page.locator('ol.issues > li').count()).toBe(
        new Set(midWay!.report.issues.map((i) => i.ruleId)).size,
      );
      const chartText = normalise(
        (await page.locator('svg[aria-labelledby^="participation"]').textContent()) ?? '',
      );
      const active = midWay!.project.group.members.filter((m) => !m.left || m.left > '2026-11-20');
      for (const member of active) expect(chartText).toContain(member.displayName.slice(0, 20));
      // The table behind the chart is in a disclosure that opens without JavaScript.
      await page.locator('summary').click();
      expect(
        await page
          .getByRole('table', { name: 'Contributions per member at each meeting' })
          .isVisible(),
      ).toBe(true);
    } finally {
      await close();
    }
  });

  it('shows pseudonyms only when anonymised', async () => {
    const anonymised = pages[1]!;
    const { page, close } = await open(anonymised, false);
    try {
      // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the rendered text is what a reader sees
      const text = await page.locator('body').innerText();
      for (const member of anonymised.project.group.members) {
        expect(text).not.toContain(member.displayName);
      }
    } finally {
      await close();
    }
  });

  it('has no WCAG 2.2 A or AA violations according to axe-core', async () => {
    expect(pages.filter((p) => (p.report.notices ?? []).length > 0)).toHaveLength(1);
    for (const report of pages) {
      const { page, close } = await open(report, true);
      try {
        await page.addScriptTag({ path: AXE });
        const results = await page.evaluate(async (tags) => {
          // Runs in the page; typed loosely since the project's TypeScript has no DOM library.
          const page = globalThis as unknown as {
            document: unknown;
            axe: { run: (context: unknown, options: unknown) => Promise<unknown> };
          };
          return page.axe.run(page.document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
        }, WCAG_TAGS);
        const { violations, passes } = results as {
          violations: { id: string; help: string; nodes: { target: unknown }[] }[];
          passes: unknown[];
        };
        const summary = violations.map(
          (v) =>
            `${report.name}: ${v.id} (${v.help}) at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
        );
        expect(summary).toEqual([]);
        expect(passes.length).toBeGreaterThan(10);
        if ((report.report.notices ?? []).length > 0) {
          expect(normalise(await page.innerText('#notices-heading'))).toBe('About the data');
        }
      } finally {
        await close();
      }
    }
  });
});
