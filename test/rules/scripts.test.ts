import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main as checkRules, findRuleProblems } from '../../scripts/check-rules.js';
import { main as generateDocs, REPO_ROOT } from '../../scripts/generate-rule-docs.js';

/** A copy of the repository's rules and questions in a temporary folder, to break on purpose. */
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'coproduce-rules-'));
  mkdirSync(join(root, 'rules/readiness'), { recursive: true });
  mkdirSync(join(root, 'rules/presets'), { recursive: true });
  cpSync(join(REPO_ROOT, 'rules/questions.json'), join(root, 'rules/questions.json'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function copyRule(set: string, id: string, as = id): Record<string, unknown> {
  const rule = JSON.parse(readFileSync(join(REPO_ROOT, `rules/${set}/${id}.json`), 'utf8'));
  mkdirSync(join(root, `rules/${set}`), { recursive: true });
  writeFileSync(join(root, `rules/${set}/${as}.json`), JSON.stringify(rule));
  return rule;
}

describe('scripts/check-rules.ts', () => {
  it('lists every kind of problem', () => {
    copyRule('readiness', 'purpose-recorded', 'purpose-written');
    const rule = copyRule('readiness', 'issue-and-remit');
    writeFileSync(
      join(root, 'rules/readiness/issue-and-remit.json'),
      JSON.stringify({
        ...rule,
        set: 'during',
        questions: ['readiness.issue-and-remit', 'readiness.nope'],
      }),
    );
    const quiet = copyRule('during', 'quiet-members');
    writeFileSync(
      join(root, 'rules/during/quiet-members.json'),
      JSON.stringify({
        ...quiet,
        messages: { ...(quiet.messages as object), action: 'Talk with {subject} kindly.' },
      }),
    );
    writeFileSync(
      join(root, 'rules/presets/recommended.json'),
      JSON.stringify({
        id: 'recommended',
        description: 'Some rules.',
        rules: ['issue-and-remit', 'ghost'],
      }),
    );
    mkdirSync(join(root, 'test/rules/readiness'), { recursive: true });
    writeFileSync(join(root, 'test/rules/readiness/issue-and-remit.test.ts'), '');
    writeFileSync(join(root, 'test/rules/readiness/orphan.test.ts'), '');

    const problems = findRuleProblems(root);
    const expected = [
      'rules/readiness/purpose-written.json: the id "purpose-recorded" must be "purpose-written", the file name',
      'rules/readiness/issue-and-remit.json: the set "during" must be "readiness", the folder',
      'rules/readiness/purpose-written.json: has no test file test/rules/readiness/purpose-written.test.ts',
      'rules/readiness/issue-and-remit.json: has no section "## issue-and-remit" in docs/rules/readiness.md (run npx tsx scripts/generate-rule-docs.ts)',
      'rules/readiness/issue-and-remit.json: names the question "readiness.nope", which is not in rules/questions.json',
      'rules/questions.json: the question "governance.senior-leaders" is encoded by no rule',
      'rules/presets/recommended.json: names the rule "ghost", which does not exist',
      'test/rules/readiness/orphan.test.ts: belongs to no rule (expected rules/readiness/orphan.json)',
      'rules/during/quiet-members.json: the action names {subject}, which an issue about the project as a whole does not have: write it for each member concerned',
    ];
    for (const line of expected) expect(problems).toContain(line);
    expect(checkRules(root)).toBe(1);
  });
});

describe('scripts/generate-rule-docs.ts', () => {
  it('writes the pages, then --check passes until a rule changes', () => {
    const rule = copyRule('readiness', 'purpose-recorded');
    expect(generateDocs(['--check'], root)).toBe(1);
    expect(generateDocs([], root)).toBe(0);
    expect(generateDocs(['--check'], root)).toBe(0);
    const page = readFileSync(join(root, 'docs/rules/readiness.md'), 'utf8');
    expect(page).toContain('\n## purpose-recorded\n');
    expect(page).toContain(String(rule.title));

    writeFileSync(
      join(root, 'rules/readiness/purpose-recorded.json'),
      JSON.stringify({ ...rule, title: 'A new title' }),
    );
    expect(generateDocs(['--check'], root)).toBe(1);
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining('readiness.md is out of date'),
    );
  });

  it('removes pages for rule sets that no longer exist', () => {
    copyRule('readiness', 'purpose-recorded');
    mkdirSync(join(root, 'docs/rules'), { recursive: true });
    writeFileSync(join(root, 'docs/rules/old-set.md'), '# gone\n');
    expect(generateDocs(['--check'], root)).toBe(1);
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining('old-set.md is no longer generated'),
    );
    generateDocs([], root);
    expect(generateDocs(['--check'], root)).toBe(0);
  });
});
