import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findRuleProblems } from '../../scripts/check-rules.js';
import { REPO_ROOT } from '../../scripts/generate-rule-docs.js';
import { builtinRules } from '../../src/check/compile.js';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('every built-in rule says what counts as evidence', () => {
  it('in its rule file', () => {
    const missing = [...builtinRules().values()]
      .filter((rule) => typeof rule.evidence !== 'string' || rule.evidence.trim() === '')
      .map((rule) => rule.id);
    expect(missing).toEqual([]);
  });

  it('and scripts/check-rules.ts refuses a rule without it', () => {
    root = mkdtempSync(join(tmpdir(), 'coproduce-evidence-'));
    mkdirSync(join(root, 'rules/readiness'), { recursive: true });
    cpSync(join(REPO_ROOT, 'rules/questions.json'), join(root, 'rules/questions.json'));
    const rule = JSON.parse(
      readFileSync(join(REPO_ROOT, 'rules/readiness/purpose-recorded.json'), 'utf8'),
    ) as Record<string, unknown>;
    writeFileSync(
      join(root, 'rules/readiness/purpose-recorded.json'),
      JSON.stringify({ ...rule, evidence: undefined }),
    );
    const blank = { ...rule, id: 'issue-and-remit', evidence: '   ' };
    writeFileSync(join(root, 'rules/readiness/issue-and-remit.json'), JSON.stringify(blank));
    const problems = findRuleProblems(root);
    for (const id of ['purpose-recorded', 'issue-and-remit'])
      expect(problems).toContain(
        `rules/readiness/${id}.json: has no "evidence": say in plain words what data makes the rule pass and what makes it need review`,
      );
  });
});
