import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCS_FOLDER,
  findStaleDocs,
  generateRuleDocs,
  loadRuleCatalogue,
  REPO_ROOT,
} from '../../scripts/generate-rule-docs.js';

const dir = join(REPO_ROOT, DOCS_FOLDER);

describe('generated rule docs', () => {
  it('are up to date (run `npx tsx scripts/generate-rule-docs.ts` if not)', () => {
    expect(findStaleDocs(dir, generateRuleDocs())).toEqual([]);
  });

  it('are the same every time they are built', () => {
    expect(generateRuleDocs()).toEqual(generateRuleDocs());
  });

  it('give every rule a section headed by its id on its set page', () => {
    for (const { rule } of loadRuleCatalogue().rules) {
      const page = readFileSync(join(dir, `${rule.set}.md`), 'utf8');
      expect(page, rule.id).toContain(`\n## ${rule.id}\n`);
    }
  });

  it('list the facts a rule reads only for its messages apart from its conditions', () => {
    const page = generateRuleDocs().find((d) => d.file === 'during.md')?.text ?? '';
    const section = page.slice(page.indexOf('\n## dominant-voices\n'));
    const flags = section.slice(
      section.indexOf('**What flags it**'),
      section.indexOf('Facts used:'),
    );
    expect(flags).toContain('`dominantVoices`');
    expect(flags).not.toContain('`dominantVoicesShare`');
    const messages = section.slice(
      section.indexOf('Also read for the messages'),
      section.indexOf('**When it needs review**'),
    );
    expect(messages).toContain(
      '- `contributionMeetingCount` (number, meetings), with `recentMeetings`',
    );
  });

  it('list every framework question in the index with the rules that encode it', () => {
    const index = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const q of loadRuleCatalogue().questions) {
      const row = index.split('\n').find((line) => line.startsWith(`| \`${q.id}\` |`));
      expect(row, q.id).toBeDefined();
      expect(row, q.id).not.toContain('**none**');
    }
  });
});
