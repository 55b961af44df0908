/**
 * A framework pack needs no code: the six-principles pack, copied to a
 * folder outside the package and loaded through a council configuration,
 * checks the bundled examples exactly as the built-in copy does; a rule
 * added to the copy works at once, with no rebuild. Through the library's
 * Node API and through the command line.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, createRuleSet, parseProject, type RuleSet } from '../../src/index.js';
import { loadConfig } from '../../src/node/index.js';
import { formatReportHtml, formatReportMarkdown } from '../../src/report/index.js';
import { AS_OF, run } from '../cli/helpers.js';

const NOW = `${AS_OF}T12:00:00Z`;
const EXAMPLES = resolve('examples/projects');
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .sort();
const projectOf = (file: string) =>
  parseProject(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')));

let dir: string;
let configFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coproduce-pack-'));
  expect(resolve(dir).startsWith(resolve('.'))).toBe(false);
  cpSync(resolve('rules/six-principles'), join(dir, 'our-framework'), { recursive: true });
  configFile = join(dir, 'coproduce.config.json');
  writeFileSync(configFile, JSON.stringify({ extends: [], ruleFiles: ['./our-framework'] }));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** What a report says, rule by rule: the outcome and each issue's words. */
async function summary(rules: RuleSet, file: string, locale?: string) {
  const report = await check(projectOf(file), {
    rules,
    now: NOW,
    ...(locale !== undefined ? { locale } : {}),
  });
  return {
    outcomes: report.outcomes.map((o) => [o.ruleId, o.outcome]),
    issues: report.issues.map((i) => [i.ruleId, i.subject.id, i.message, i.action]),
  };
}

describe('a framework pack copied outside the package', () => {
  const builtin = createRuleSet({ extends: ['coproduce:six-principles'] });

  it('loads through a council configuration with every rule and section of the pack', async () => {
    const rules = await loadConfig(configFile);
    expect(rules.rules.map((r) => r.id).sort()).toEqual(builtin.rules.map((r) => r.id).sort());
    expect(rules.sections).toEqual(builtin.sections);
  });

  it.each(examples)(
    'checks %s exactly as the built-in pack does, in English and Welsh',
    async (file) => {
      const rules = await loadConfig(configFile);
      const copied = await summary(rules, file);
      expect(copied).toEqual(await summary(builtin, file));
      expect(copied.outcomes.length).toBe(17);
      const welsh = await summary(rules, file, 'cy');
      expect(welsh).toEqual(await summary(builtin, file, 'cy'));
      if (welsh.issues.length > 0) expect(welsh.issues).not.toEqual(copied.issues);
    },
  );

  it('takes a further rule added to the copy, with no rebuild', async () => {
    const catalogue = JSON.parse(readFileSync(join(dir, 'our-framework/questions.json'), 'utf8'));
    catalogue.questions.push({
      id: 'principles.mutuality.offers-taken-up',
      section: '3. Mutuality and reciprocity',
      point: 'What is offered suits people well enough that they take it up',
    });
    writeFileSync(join(dir, 'our-framework/questions.json'), JSON.stringify(catalogue));
    writeFileSync(
      join(dir, 'our-framework/rules/offers-declined.json'),
      JSON.stringify({
        id: 'offers-declined',
        set: 'six-principles',
        version: 1,
        title: 'Someone turned down what was offered',
        questions: ['principles.mutuality.offers-taken-up'],
        section: '3. Mutuality and reciprocity',
        scope: 'project',
        severity: 'info',
        define: {
          declinedOffers: {
            description: 'Offers in the reciprocity record that a member declined.',
            measure: 'count',
            of: 'reciprocity',
            where: { field: 'status', equal: 'declined' },
          },
        },
        conditions: { all: [{ fact: 'declinedOffers', operator: 'greaterThan', value: 0 }] },
        messages: {
          flagged: '{declinedOffers:count:offer:offers} turned down.',
          action: 'Ask whether something else would suit better.',
        },
        rationale: 'An offer people turn down may not suit them.',
      }),
    );
    const rules = await loadConfig(configFile);
    expect(rules.rules.map((r) => r.id)).toContain('offers-declined');
    const outcome = async (file: string) =>
      (await check(projectOf(file), { rules, now: NOW })).outcomes.find(
        (o) => o.ruleId === 'offers-declined',
      )?.outcome;
    expect(await outcome('mid-way.json')).toBe('flagged');
    expect(await outcome('well-run.json')).toBe('passed');
  });

  it('works from the command line: rules, explain and check', async () => {
    const cwd = dir;
    const listed = await run(['rules', '--config', configFile], { cwd });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('benefits-advice-offered');
    // The question's point comes from the copy's own catalogue, new question included.
    expect(listed.stdout).toContain('principles.mutuality.offers-taken-up — What is offered suits');
    const explained = await run(['explain', 'benefits-advice-offered', '--config', configFile], {
      cwd,
    });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('(3. Mutuality and reciprocity): People on');
    const questions = await run(['questions', 'principles', '--config', configFile], { cwd });
    expect(questions.code).toBe(0);
    expect(questions.stdout).toMatch(/from the Six principles of\s+co-production/);
    expect(questions.stdout).toContain('principles.mutuality.offers-taken-up');
    expect(questions.stdout).toContain('Rules: offers-declined (info)');
    const checked = await run(
      [
        'check',
        join(EXAMPLES, 'mid-way.json'),
        '--config',
        configFile,
        '--as-of',
        AS_OF,
        '--format',
        'json',
        '--fail-on',
        'never',
      ],
      { cwd },
    );
    expect(checked.stderr).toBe('');
    const report = JSON.parse(checked.stdout);
    const builtinReport = await check(projectOf('mid-way.json'), { rules: builtin, now: NOW });
    for (const o of builtinReport.outcomes) {
      expect(report.outcomes.find((x: { ruleId: string }) => x.ruleId === o.ruleId)?.outcome).toBe(
        o.outcome,
      );
    }
  });
});

describe("a council's own framework, in its own words and languages", () => {
  let own: string;
  let ownConfig: string;
  const welshSection = 'Cael ein clywed';
  const welshPoint = 'Mae pawb yn y grŵp yn cael dweud ei ddweud';
  const englishPoint = 'Everyone in the group gets a say';

  beforeAll(() => {
    own = mkdtempSync(join(tmpdir(), 'coproduce-own-pack-'));
    const pack = join(own, 'being-heard');
    mkdirSync(join(pack, 'rules'), { recursive: true });
    mkdirSync(join(pack, 'messages'), { recursive: true });
    writeFileSync(
      join(pack, 'questions.json'),
      JSON.stringify({
        about: 'A council framework of one question.',
        source: 'Our council',
        questions: [{ id: 'ours.heard.everyone', section: 'Being heard', point: englishPoint }],
      }),
    );
    writeFileSync(
      join(pack, 'rules', 'purpose-known.json'),
      JSON.stringify({
        id: 'purpose-known',
        set: 'ours',
        version: 1,
        title: 'The group has not written down its purpose',
        questions: ['ours.heard.everyone'],
        section: 'Being heard',
        scope: 'project',
        severity: 'warning',
        define: {
          purposeMissing: {
            description: 'True when the purpose is not written.',
            measure: 'choose',
            cases: [{ when: { field: 'purpose.what', present: false }, value: true }],
            otherwise: false,
          },
        },
        conditions: { all: [{ fact: 'purposeMissing', operator: 'equal', value: true }] },
        messages: { flagged: 'No purpose is written down.', action: 'Write it with the group.' },
        rationale: 'People can only have a say in something they know the purpose of.',
      }),
    );
    writeFileSync(
      join(pack, 'messages', 'cy.json'),
      JSON.stringify({
        locale: 'cy',
        review: 'awaiting',
        sections: { 'Being heard': welshSection },
        questions: { 'ours.heard.everyone': welshPoint },
        rules: {
          'purpose-known': {
            title: "Nid yw'r grŵp wedi ysgrifennu ei ddiben",
            flagged: "Nid oes diben wedi'i ysgrifennu.",
            action: "Ysgrifennwch ef gyda'r grŵp.",
          },
        },
      }),
    );
    ownConfig = join(own, 'coproduce.config.json');
    writeFileSync(ownConfig, JSON.stringify({ extends: [], ruleFiles: ['./being-heard'] }));
  });

  afterAll(() => {
    rmSync(own, { recursive: true, force: true });
  });

  const bare = () =>
    parseProject({
      ...JSON.parse(readFileSync(join(EXAMPLES, 'early-stage.json'), 'utf8')),
      purpose: undefined,
    });

  it('puts its section names and questions in the report, in the report language', async () => {
    const rules = await loadConfig(ownConfig);
    const welsh = await check(bare(), { rules, now: NOW, locale: 'cy' });
    expect(welsh.issues.map((i) => i.message)).toEqual(["Nid oes diben wedi'i ysgrifennu."]);
    expect(welsh.frameworkWords).toEqual({
      sections: { 'Being heard': welshSection },
      questions: { 'ours.heard.everyone': welshPoint },
    });
    for (const text of [formatReportMarkdown(welsh), formatReportHtml(welsh)]) {
      expect(text).toContain(welshSection);
      expect(text).toContain(welshPoint);
    }
    const english = await check(bare(), { rules, now: NOW });
    expect(english.frameworkWords).toEqual({
      sections: {},
      questions: { 'ours.heard.everyone': englishPoint },
    });
    expect(formatReportMarkdown(english)).toContain(englishPoint);
  });

  it('leaves reports of the frameworks coproduce ships as they were', async () => {
    const report = await check(projectOf('mid-way.json'), {
      rules: createRuleSet({ extends: ['coproduce:recommended', 'coproduce:six-principles'] }),
      now: NOW,
      locale: 'cy',
    });
    expect(report.frameworkWords).toBeUndefined();
  });

  it('shows them in questions and explain on the command line', async () => {
    const questions = await run(['questions', '--config', ownConfig, '--locale', 'cy'], {
      cwd: own,
    });
    expect(questions.code).toBe(0);
    expect(questions.stdout).toContain(welshSection);
    expect(questions.stdout).toContain(welshPoint);
    const explained = await run(
      ['explain', 'purpose-known', '--config', ownConfig, '--locale', 'cy'],
      { cwd: own },
    );
    expect(explained.code).toBe(0);
    expect(explained.stdout.replace(/\s+/g, ' ')).toContain(`(${welshSection}): ${welshPoint}`);
  });
});
