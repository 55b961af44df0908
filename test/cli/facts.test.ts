import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, factCatalogue, MEASURES } from '../../src/schemas.js';
import { createWorkspace, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

const OWN_RULE = {
  id: 'few-ideas',
  set: 'council',
  version: 1,
  title: 'Few ideas raised',
  questions: ['honesty.open-to-change'],
  section: 'Be honest about what is possible',
  scope: 'project',
  severity: 'info',
  define: {
    openIdeas: { measure: 'count', of: 'ideas', where: { field: 'status', equal: 'open' } },
  },
  conditions: {
    all: [
      { fact: 'openIdeas', operator: 'greaterThan', value: 5 },
      { fact: 'ideaCount', operator: 'greaterThan', value: 0 },
    ],
  },
  messages: { flagged: '{openIdeas} ideas are still open.', action: 'Answer them.' },
  rationale: 'Ideas left open tell people nobody listens.',
};

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
  writeFileSync(join(dir, 'few-ideas.json'), JSON.stringify(OWN_RULE));
  writeFileSync(
    join(dir, 'own.json'),
    JSON.stringify({ extends: ['coproduce:recommended'], ruleFiles: ['./few-ideas.json'] }),
  );
});
afterAll(() => cleanup());

describe('coproduce facts', () => {
  it('lists the building blocks: every collection, measure and comparison', async () => {
    const { code, stdout, stderr } = await run(['facts'], at);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const heading of [
      'Collections',
      'Measures',
      'Filters',
      'Facts of the catalogue, by what they measure',
    ])
      expect(stdout).toContain(`${heading}\n`);
    for (const { name } of COLLECTIONS) expect(stdout).toContain(`\n  ${name}`);
    for (const { name } of MEASURES) expect(stdout).toContain(`  - ${name}: `);
    expect(stdout).toContain('  - withinDays: ');
    expect(stdout).toContain('  members (subjects: member)\n');
    expect(stdout).toMatch(/- active: true or false; worked out by the library: Joined/);
    for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('groups the catalogue by what it measures, with where each fact comes from and who reads it', async () => {
    const { stdout } = await run(['facts', 'catalogue'], at);
    expect(stdout).not.toContain('Collections\n');
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('What the project has written down');
    expect(flat).toContain('- purposeGaps (string-list; from the fact library (rules/facts)):');
    expect(flat).toMatch(
      /- quietMembers \(findings of each member; parameters meetings, quietShare; from the library's code\): .* Used by quiet-members\./,
    );
  });

  it('names a council rule among the readers of a fact, but not its own declared facts', async () => {
    const { stdout } = await run(
      ['facts', 'catalogue', '--format', 'json', '--config', 'own.json'],
      at,
    );
    const data = JSON.parse(stdout) as {
      catalogue: { id: string; source: string; usedBy: string[] }[];
    };
    expect(data.catalogue.length).toBe(factCatalogue.length);
    expect(data.catalogue.find((f) => f.id === 'ideaCount')).toMatchObject({
      source: 'library',
      usedBy: ['few-ideas'],
    });
    expect(data.catalogue.some((f) => f.id === 'openIdeas')).toBe(false);
  });

  it('refuses an unknown part with exit 2', async () => {
    const { code, stderr } = await run(['facts', 'fields'], at);
    expect(code).toBe(2);
    expect(stderr).toContain('there is no part "fields"');
  });
});

describe('coproduce explain, for a rule that declares its own facts', () => {
  it('describes each declared fact from its definition', async () => {
    const { code, stdout } = await run(['explain', 'few-ideas', '--config', 'own.json'], at);
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      '- openIdeas (declared in this rule): How many ideas there are where status is "open".',
    );
    expect(stdout).toContain('- ideaCount (number, from the fact library): ');
  });

  it('describes a declared fact without a description in Welsh under --locale cy', async () => {
    const { code, stdout } = await run(
      ['explain', 'few-ideas', '--config', 'own.json', '--locale', 'cy'],
      at,
    );
    expect(code).toBe(0);
    const text = stdout.replace(/\s+/g, ' ');
    // The rule author's names stay as typed; the sentence around them is Welsh.
    expect(text).toContain('- openIdeas (');
    expect(text).toContain('Nifer y ideas lle status yw "open".');
    expect(text).not.toContain('How many');
  });
});
