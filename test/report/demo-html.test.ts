import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_HTML_FILE, DEMO_NOW, writeDemoHtml } from '../../scripts/demo.js';

describe('npm run demo: the HTML report of the mid-way example', () => {
  it('is written to the file given, with its participation chart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coproduce-demo-html-'));
    try {
      const file = await writeDemoHtml({ now: DEMO_NOW, file: join(dir, 'nested', 'report.html') });
      expect(file).toBe(join(dir, 'nested', 'report.html'));
      const html = readFileSync(file, 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).toContain(
        '<h1>Council housing repairs: how tenants report and follow up a repair</h1>',
      );
      expect(html).toContain('Who contributes at recent meetings');
      expect(html).toContain('checked on 20 November 2026');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('goes to the temporary folder by default, never into the repository', () => {
    expect(DEMO_HTML_FILE.startsWith(tmpdir())).toBe(true);
  });
});
