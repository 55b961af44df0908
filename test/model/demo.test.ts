import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_NOW, EXAMPLES_DIR, runDemo, summariseProject } from '../../scripts/demo.js';
import { parseProject } from '../../src/model/parse.js';
import { readExamples } from './example-files.js';

async function collect(
  dir: string,
  now = DEMO_NOW,
  check = false,
): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runDemo({ dir, now, check, print: (line) => lines.push(line) });
  return { code, text: lines.join('\n') };
}

describe('demo', () => {
  it('validates and summarises every bundled example', async () => {
    const { code, text } = await collect(EXAMPLES_DIR);
    expect(code).toBe(0);
    for (const example of readExamples()) {
      expect(text).toContain(`${example.name}.json: valid`);
      expect(text).toContain(parseProject(example.json).title);
    }
    expect(text).toContain('All examples are valid.');
    expect(text.split('\n').length).toBeLessThan(60);
  });

  it('counts members, activities by kind, decisions, learning and reflections', () => {
    const midWay = readExamples().find((e) => e.name === 'mid-way')!;
    const summary = summariseProject(parseProject(midWay.json), { now: DEMO_NOW });
    expect(summary).toContain('Stage:       during');
    expect(summary).toContain('Members:     15 (14 active, 1 left)');
    expect(summary).toContain(
      'Activities:  20 (formal meeting 15, workshop 2, outreach 2, online 1)',
    );
    expect(summary).toContain(
      'Decisions:   7 (group 2, with the organisation 1, outside the group 4)',
    );
    expect(summary).toContain('Learning:    5 entries, 2 shared');
    expect(summary).toContain('Reflections: 7 on 7 questions (green 3, amber 3, red 1)');
  });

  it('counts a member as active until the day they leave', () => {
    const midWay = readExamples().find((e) => e.name === 'mid-way')!;
    const before = summariseProject(parseProject(midWay.json), { now: '2026-09-09T12:00:00Z' });
    expect(before).toContain('Members:     15 (15 active, 0 left)');
  });

  it('checks each example and prints its issues grouped by section', async () => {
    const { code, text } = await collect(EXAMPLES_DIR, DEMO_NOW, true);
    expect(code).toBe(0);
    // The mid-way example's quiet members and its unexplained jargon are among what it shows.
    // One card per rule (issue 14): the quiet members are listed under the rule's title.
    expect(text).toMatch(
      /WARNING +A member is much quieter than the rest of the group\n.*\n +- Bernard made no contributions across the last 3 meetings they came\b/,
    );
    expect(text).toContain('During co-production');
    expect(text).toContain('What to do: ');
    // The well-run example has no issues at all.
    const wellRun = text.slice(text.indexOf('well-run.json: valid'));
    expect(wellRun).toContain('No issues.');
  });

  it('reports an invalid example with its problems and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coproduce-demo-'));
    try {
      writeFileSync(
        join(dir, 'broken.json'),
        JSON.stringify({
          schemaVersion: 2,
          id: 'p',
          title: 'Broken',
          stage: 'soon',
          timeZone: 'UTC',
        }),
      );
      const { code, text } = await collect(dir);
      expect(code).toBe(1);
      expect(text).toContain('broken.json: NOT VALID (invalid-project)');
      expect(text).toContain('stage: must be one of');
      expect(text).toContain('1 example could not be read.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
