/**
 * The HTML report printed on A4 in headless Chromium: the mid-way example,
 * made as `coproduce check examples/projects/mid-way.json --as-of
 * 2026-11-20 --format html` makes it, prints on at most six pages, in
 * English and in Welsh, and printing hides none of the findings or actions.
 *
 * Pages are counted in the PDF Chromium writes (`page.pdf`): each page is
 * one `/Type /Page` object (the page tree itself is `/Type /Pages`).
 *
 * Uses the system Chromium (Debian's `chromium`, or CHROMIUM_PATH) through
 * playwright-core; never downloads a browser. Without Chromium the tests
 * are skipped on a developer's machine but fail in CI (CI=true).
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli/main.js';
import { type CheckReport, check, parseProjectJson } from '../../src/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const MAX_PAGES = 6;

let dir: string;
let browser: Browser;

/** Runs the command line in-process in `dir`, as a council officer would run it. */
async function coproduce(argv: readonly string[]): Promise<void> {
  let stderr = '';
  const io: CliIo = {
    stdout: { write: () => true, isTTY: false },
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
    },
    env: {},
    cwd: dir,
  };
  const code = await main(argv, io);
  expect(code, stderr).toBe(0);
}

/** The number of pages in a PDF: its `/Type /Page` objects, not the `/Type /Pages` tree. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

async function printed(file: string): Promise<{ pages: number; text: string }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'print' });
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the printed text is what a reader sees
    const text = await page.locator('main').innerText();
    return { pages: pdfPages(pdf), text: text.replace(/\s+/g, ' ') };
  } finally {
    await context.close();
  }
}

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the mid-way HTML report printed on A4', () => {
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) {
      throw new Error(
        `No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
      );
    }
    dir = await mkdtemp(join(tmpdir(), 'coproduce-print-'));
    await copyFile('examples/projects/mid-way.json', join(dir, 'mid-way.json'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const locale of ['en-GB', 'cy']) {
    it(`prints on at most ${MAX_PAGES} pages, hiding no finding or action (${locale})`, async () => {
      const file = `report-${locale}.html`;
      await coproduce([
        'check',
        'mid-way.json',
        '--as-of',
        '2026-11-20',
        '--locale',
        locale,
        '--format',
        'html',
        '--out',
        file,
      ]);
      const { pages, text } = await printed(file);
      console.log(`mid-way HTML report (${locale}): ${pages} A4 pages`);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES);

      // The same report as the library gives, so every finding can be looked for.
      const project = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
      const report: CheckReport = await check(project, {
        now: '2026-11-20T12:00:00Z',
        locale,
      });
      expect(report.issues.length).toBeGreaterThan(30);
      const squash = (s: string) => s.replace(/\s+/g, ' ');
      for (const issue of report.issues) {
        expect(text).toContain(squash(issue.message));
        expect(text).toContain(squash(issue.action));
      }
    });
  }
});
