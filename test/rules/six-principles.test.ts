/**
 * The six-principles framework pack: its JSON rule tests (rules/six-principles/tests/)
 * run through testRule as a council would run its own, every question of its
 * catalogue is encoded by a rule, and every rule has flagged, passed and
 * needs-review cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoproduceError, check, createRuleSet, parseProject } from '../../src/index.js';
import { formatReportMarkdown } from '../../src/report/index.js';
import { parseRuleTestFile, testRule } from '../../src/testing.js';

const PACK = join('rules', 'six-principles');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

const ruleSet = createRuleSet({ extends: ['coproduce:six-principles'] });
const ruleIds = jsonFiles(join(PACK, 'rules')).map((f) => f.replace(/\.json$/, ''));
const testFiles = jsonFiles(join(PACK, 'tests'));

describe('the six-principles pack', () => {
  it('turns on exactly the rules of its folder', () => {
    expect(ruleSet.rules.map((r) => r.id).sort()).toEqual(ruleIds);
    expect(new Set(ruleSet.rules.map((r) => r.set))).toEqual(new Set(['six-principles']));
  });

  it('encodes every question id of the framework with at least one rule', () => {
    const framework = readJson('/work/shared/framework/six-principles.json') as {
      questions: { id: string }[];
    };
    const catalogue = readJson(join(PACK, 'questions.json')) as { questions: { id: string }[] };
    const ids = framework.questions.map((q) => q.id);
    expect(catalogue.questions.map((q) => q.id)).toEqual(ids);
    const encoded = new Set(ruleSet.rules.flatMap((r) => r.questions));
    expect(ids.filter((id) => !encoded.has(id))).toEqual([]);
  });

  it('has a rule test for every rule, with flagged, passed and needs-review cases', () => {
    expect(testFiles.map((f) => f.replace(/\.json$/, ''))).toEqual(ruleIds);
    for (const file of testFiles) {
      const parsed = parseRuleTestFile(readJson(join(PACK, 'tests', file)), { file });
      if (!parsed.success) throw new Error(JSON.stringify(parsed.problems));
      const { valid, invalid, needsReview } = parsed.value.cases;
      expect(
        [valid?.length, invalid?.length, needsReview?.length].every((n) => (n ?? 0) > 0),
        file,
      ).toBe(true);
    }
  });

  it.each(testFiles)('%s: every case behaves as written', async (file) => {
    // #region run-json-tests
    const parsed = parseRuleTestFile(readJson(join(PACK, 'tests', file)), { file });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.problems));
    const { ruleId, cases, now } = parsed.value;
    await testRule(ruleId, cases, { rules: { extends: ['coproduce:six-principles'] }, now });
    // #endregion run-json-tests
    expect(file).toBe(`${ruleId}.json`);
  });
});

const NOW = '2026-11-20T12:00:00Z';
const midWay = () =>
  parseProject(JSON.parse(readFileSync(join('examples', 'projects', 'mid-way.json'), 'utf8')));
const PACK_SECTIONS = [
  '1. People as assets',
  '2. Building on what people can do',
  '3. Mutuality and reciprocity',
  '4. Peer support networks',
  '5. Blurring roles',
  '6. Catalysts for change',
  'Reviewing together',
];

function refusal(config: Parameters<typeof createRuleSet>[0]): CoproduceError {
  try {
    createRuleSet(config);
  } catch (error) {
    if (error instanceof CoproduceError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('the pack beside the built-in framework', () => {
  const recommended = createRuleSet({ extends: ['coproduce:recommended'] });
  const both = createRuleSet({ extends: ['coproduce:recommended', 'coproduce:six-principles'] });

  it("adds its rules to the recommended ones, and its sections after the framework's", () => {
    expect(both.rules.length).toBe(recommended.rules.length + ruleIds.length);
    expect(both.sections.slice(0, recommended.sections.length)).toEqual(recommended.sections);
    expect(both.sections.slice(recommended.sections.length)).toEqual(PACK_SECTIONS);
    expect(ruleSet.sections.filter((s) => PACK_SECTIONS.includes(s))).toEqual(PACK_SECTIONS);
  });

  it("reports under the pack's own section headings, in the framework's order", async () => {
    const report = await check(midWay(), { rules: both, now: NOW });
    const markdown = formatReportMarkdown(report);
    // Markdown escapes the full stop after a number at the start of a cell.
    const rows = PACK_SECTIONS.map((section) =>
      markdown.indexOf(`| ${section.replace(/^(\d+)\./, '$1\\.')} |`),
    );
    expect(rows.every((i) => i > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(markdown.indexOf('| Governance |')).toBeLessThan(rows[0] ?? 0);
    expect(report.outcomes.filter((o) => ruleIds.includes(o.ruleId)).length).toBe(ruleIds.length);
  });

  it('speaks Welsh from its own messages, and a council may still reword a rule', async () => {
    const welsh = await check(midWay(), { rules: ruleSet, now: NOW, locale: 'cy' });
    const expenses = welsh.issues.find((i) => i.ruleId === 'expenses-paid-promptly');
    expect(expenses?.message).toMatch(/^Bu'n rhaid i .+ aros mwy na 14 diwrnod/);
    const reworded = createRuleSet({
      extends: ['coproduce:six-principles'],
      messages: { cy: { 'expenses-paid-promptly': { action: 'Talwch nawr.' } } },
    });
    const council = await check(midWay(), { rules: reworded, now: NOW, locale: 'cy' });
    const ours = council.issues.find((i) => i.ruleId === 'expenses-paid-promptly');
    expect(ours?.action).toBe('Talwch nawr.');
    expect(ours?.message).toBe(expenses?.message);
  });

  it("heads a Welsh report with the pack's Welsh section names", async () => {
    const welsh = await check(midWay(), { rules: both, now: NOW, locale: 'cy' });
    const markdown = formatReportMarkdown(welsh);
    expect(markdown).toContain('3\\. Cydfuddiant a dwyochredd');
    expect(markdown).toContain("Adolygu gyda'n gilydd");
    expect(markdown).not.toContain('3\\. Mutuality and reciprocity');
  });

  it('says which preset to add when a pack rule or question is named without it', () => {
    const [setting] = refusal({ rules: { 'strengths-recorded': 'error' } }).problems;
    expect(setting?.message).toBe(
      'the rule "strengths-recorded" belongs to the six-principles framework pack: add "coproduce:six-principles" to "extends" to use it',
    );
    const own = refusal({
      customRules: [
        {
          id: 'council-strengths',
          set: 'council',
          version: 1,
          title: 'Strengths',
          questions: ['principles.capabilities.strengths-known'],
          section: 'Governance',
          scope: 'project',
          severity: 'info',
          conditions: { all: [{ fact: 'activeMemberCount', operator: 'equal', value: 0 }] },
          messages: { flagged: 'No members.', action: 'Recruit.' },
          rationale: 'Because.',
        },
      ],
    }).problems;
    expect(own.map((p) => p.message)).toEqual([
      'unknown question id "principles.capabilities.strengths-known": it belongs to a framework pack that is not loaded; add the pack\'s preset to "extends"',
    ]);
  });
});

describe("what counts as the group's own reflection in the pack", () => {
  // One resident and one officer reflected, green and with real notes, on
  // the pack's lived-experience question a month before the check.
  const project = () => {
    const base = JSON.parse(
      readFileSync(
        join('rules', 'six-principles', 'tests', 'lived-experience-reflected.json'),
        'utf8',
      ),
    ) as { valid: { project: Record<string, unknown> }[] };
    const input = structuredClone(base.valid[0]!.project) as {
      reflections: { recordedBy: string[]; notes?: string }[];
    };
    input.reflections[0]!.recordedBy = ['m-1', 's-1'];
    input.reflections[0]!.notes = 'We said our stories shaped the leaflet.';
    return parseProject({
      schemaVersion: 2,
      id: 'p',
      title: 'Reflections',
      stage: 'during',
      timeZone: 'Europe/London',
      ...input,
    });
  };
  const outcomes = async (evidence?: { minCommunityAuthors: number }) => {
    const rules = createRuleSet({
      extends: ['coproduce:six-principles'],
      ...(evidence ? { evidence } : {}),
    });
    const report = await check(project(), { rules, now: NOW });
    return Object.fromEntries(
      report.outcomes
        .filter((o) => ['lived-experience-reflected', 'reviewed-with-group'].includes(o.ruleId))
        .map((o) => [o.ruleId, o.outcome]),
    );
  };

  it('is one member of the community among those who recorded it, by default', async () => {
    expect(await outcomes()).toEqual({
      'lived-experience-reflected': 'passed',
      'reviewed-with-group': 'passed',
    });
  });

  it("follows the council's minCommunityAuthors, as the built-in rules do", async () => {
    expect(await outcomes({ minCommunityAuthors: 2 })).toEqual({
      'lived-experience-reflected': 'needs-review',
      'reviewed-with-group': 'needs-review',
    });
  });
});
