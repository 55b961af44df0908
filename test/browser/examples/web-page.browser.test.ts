/**
 * Example 4 in headless Chromium: the page builds, loads with no console
 * errors, shows as many issues as `check()` finds for the example project,
 * filters them by severity, and axe-core finds no accessibility violations.
 *
 * Uses the system Chromium (Debian's `chromium`, or CHROMIUM_PATH); never
 * downloads a browser.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { type CheckReport, check, type Severity } from 'coproduce';
import { loadProjectFile } from 'coproduce/node';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebPage, serveStatic } from '../../../examples/04-web-page/build.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NOW = '2026-11-20T12:00:00Z';

let outDir: string;
let server: Server;
let browser: Browser;
let baseUrl: string;

async function expectedReport(name: string): Promise<CheckReport> {
  const project = await loadProjectFile(`examples/projects/${name}.json`);
  return check(project, { now: NOW });
}

/** Opens the page and collects console errors and uncaught exceptions. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  await page.goto(baseUrl);
  await page.waitForSelector('#status[data-state="done"]', { timeout: 20_000 });
  return { page, errors };
}

const visibleIssues = (page: Page) => page.locator('li.issue:visible').count();
const visibleSections = (page: Page) => page.locator('#issues section:visible').count();

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH`);
  }
  outDir = await mkdtemp(join(tmpdir(), 'coproduce-web-page-'));
  await buildWebPage(outDir);
  server = await serveStatic(outDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('example 4: the web page', () => {
  it('loads without console errors and shows every issue the check finds', async () => {
    const expected = await expectedReport('mid-way');
    expect(expected.issues.length).toBeGreaterThan(10);
    const { page, errors } = await openPage();
    expect(await visibleIssues(page)).toBe(expected.issues.length);
    expect(await page.locator('#status').getAttribute('data-total')).toBe(
      String(expected.issues.length),
    );
    // One heading per section with issues, in the framework's order.
    const sections = Object.entries(expected.counts.bySection)
      .filter(([, count]) => count > 0)
      .map(([section]) => section);
    const headings = await page.locator('#issues h2').allTextContents();
    expect(headings.map((text) => text.replace(/\s*\(\d+\)$/, ''))).toEqual(sections);
    // Each issue shows its action and keeps its stable id.
    const first = expected.issues[0];
    const item = page.locator(`li[data-issue-id="${first?.id}"]`);
    expect(await item.locator('.action').textContent()).toBe(`What to do: ${first?.action}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the issues by severity', async () => {
    const expected = await expectedReport('mid-way');
    const { page, errors } = await openPage();
    const labels: Record<Severity, RegExp> = {
      error: /Errors/,
      warning: /Warnings/,
      info: /For information/,
    };
    for (const severity of ['error', 'warning', 'info'] as const) {
      await page.getByRole('radio', { name: labels[severity] }).check();
      const want = expected.issues.filter((issue) => issue.severity === severity);
      expect(await visibleIssues(page), severity).toBe(want.length);
      expect(await visibleSections(page), severity).toBe(
        new Set(want.map((issue) => issue.section)).size,
      );
      const shown = await page
        .locator('li.issue:visible')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-severity')));
      expect(new Set(shown), severity).toEqual(new Set(want.length > 0 ? [severity] : []));
    }
    await page.getByRole('radio', { name: /All/ }).check();
    expect(await visibleIssues(page)).toBe(expected.issues.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks another project when one is chosen', async () => {
    const expected = await expectedReport('early-stage');
    const { page, errors } = await openPage();
    await page.getByLabel('Project').selectOption('early-stage');
    await page.waitForSelector(`#status[data-total="${expected.issues.length}"]`);
    expect(await visibleIssues(page)).toBe(expected.issues.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations that axe-core can find', async () => {
    const { page, errors } = await openPage();
    await page.addScriptTag({ content: axe.source });
    for (const filter of [/All/, /Errors/]) {
      await page.getByRole('radio', { name: filter }).check();
      // Runs in the page, with the copy of axe injected above.
      const result = await page.evaluate(() =>
        (globalThis as unknown as { axe: typeof axe }).axe.run(),
      );
      const violations = result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
      );
      expect(violations).toEqual([]);
      // axe really looked: many of its rules ran and passed.
      expect(result.passes.length).toBeGreaterThan(10);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
