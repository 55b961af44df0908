import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtinRules,
  createRuleSet,
  createRuleSetFrom,
  resolveConfig,
} from '../../src/check/compile.js';
import { check } from '../../src/check/evaluate.js';
import { createPortfolioRuleSet } from '../../src/check/portfolio/check-portfolio.js';
import type { CouncilConfig } from '../../src/check/rule-schema.js';
import { CoproduceError } from '../../src/model/errors.js';
import { onlyCustom, stubProject, stubProvider, stubRule } from './stub-facts.js';

const recommended = JSON.parse(readFileSync('rules/presets/recommended.json', 'utf8')) as {
  rules: string[];
};

function configError(config: unknown, options = {}): CoproduceError {
  try {
    resolveConfig(config, options);
  } catch (error) {
    if (error instanceof CoproduceError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

const enabled = (config: CouncilConfig) =>
  resolveConfig(config)
    .rules.filter((r) => r.enabled)
    .map((r) => r.rule.id);

describe('resolveConfig', () => {
  it('uses the recommended preset by default and for an empty configuration', () => {
    expect(enabled({})).toEqual([...recommended.rules].sort());
    // The portfolio rules in the preset run only when projects are checked together.
    const portfolio = new Set(createPortfolioRuleSet().rules.map((r) => r.id));
    expect(portfolio.size).toBeGreaterThan(0);
    expect(createRuleSet().rules.map((r) => r.id)).toEqual(
      [...recommended.rules].filter((id) => !portfolio.has(id)).sort(),
    );
  });

  it('starts from no rules with extends: []', () => {
    expect(enabled({ extends: [] })).toEqual([]);
  });

  it('enables every default rule with coproduce:all', () => {
    expect(enabled({ extends: ['coproduce:all'] })).toEqual([...builtinRules().keys()].sort());
  });

  it('turns rules off, changes severity and enables rules by naming them', () => {
    const notRecommended = [...builtinRules().keys()].find((id) => !recommended.rules.includes(id));
    expect(notRecommended).toBeDefined();
    const resolved = resolveConfig({
      rules: {
        'quiet-members': 'off',
        [notRecommended as string]: 'error',
        'dominant-voices': 'info',
      },
    });
    const byId = new Map(resolved.rules.map((r) => [r.rule.id, r]));
    expect(byId.get('quiet-members')?.enabled).toBe(false);
    expect(byId.get(notRecommended as string)).toMatchObject({ enabled: true, severity: 'error' });
    expect(byId.get('dominant-voices')).toMatchObject({ enabled: true, severity: 'info' });
  });

  it('substitutes configured parameters into the compiled conditions', () => {
    const ruleSet = createRuleSet({
      rules: { 'quiet-members': { parameters: { quietMeetings: 5 } } },
    });
    const rule = ruleSet.rules.find((r) => r.id === 'quiet-members');
    expect(rule?.parameters).toMatchObject({ quietMeetings: 5 });
    expect(JSON.stringify(rule?.conditions)).toContain('"meetings":5');
    expect(JSON.stringify(rule?.conditions)).not.toContain('"param"');
  });

  it('lets later extends entries and the file itself win', () => {
    const files: Record<string, unknown> = {
      'a.json': {
        extends: [],
        rules: { 'quiet-members': { severity: 'error', parameters: { quietMeetings: 4 } } },
      },
      'b.json': { extends: [], rules: { 'quiet-members': { parameters: { quietMeetings: 6 } } } },
    };
    const options = { resolveExtends: (ref: string) => ({ file: ref, config: files[ref] }) };
    const ab = resolveConfig({ extends: ['a.json', 'b.json'] }, options).rules.find(
      (r) => r.rule.id === 'quiet-members',
    );
    expect(ab).toMatchObject({
      enabled: true,
      severity: 'error',
      parameters: { quietMeetings: 6 },
    });
    const own = resolveConfig(
      { extends: ['a.json', 'b.json'], rules: { 'quiet-members': 'warning' } },
      options,
    ).rules.find((r) => r.rule.id === 'quiet-members');
    expect(own).toMatchObject({ severity: 'warning', parameters: { quietMeetings: 6 } });
    expect(resolveConfig({ extends: ['a.json', 'b.json'] }, options).sources).toEqual([
      'a.json',
      'b.json',
      '(inline)',
    ]);
  });

  it('overrides en-GB messages', () => {
    const ruleSet = createRuleSet({
      rules: {
        'quiet-members': {
          messages: { title: 'Quiet voices', action: 'Ask {subject} over a cup of tea.' },
        },
      },
    });
    const texts = ruleSet.rules.find((r) => r.id === 'quiet-members')?.texts['en-GB'];
    expect(texts?.title).toBe('Quiet voices');
    expect(texts?.action).toBe('Ask {subject} over a cup of tea.');
    expect(texts?.flagged).toMatch(/\{subject\}/);
  });

  it('refuses a bad placeholder in a message override, naming the configuration path', () => {
    try {
      createRuleSet({ rules: { 'quiet-members': { messages: { action: 'Ask {nobody}.' } } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CoproduceError);
      expect((error as CoproduceError).code).toBe('invalid-config');
      expect((error as CoproduceError).problems[0]).toMatchObject({
        ruleId: 'quiet-members',
        path: ['rules', 'quiet-members', 'messages', 'action'],
      });
    }
  });

  it('refuses unknown rule ids and parameters and bad values, listing them all', () => {
    const error = configError(
      {
        rules: {
          'quiet-member': 'off',
          'quiet-members': { parameters: { quietMeeting: 2 } },
          'dominant-voices': { parameters: { maxExcess: 2 } },
        },
        messages: { cy: { 'no-such-rule': { title: 'Dim' } } },
      },
      { file: 'council.json' },
    );
    expect(error.code).toBe('invalid-config');
    expect(error.problems.map((p) => [p.file, p.pointer, p.message])).toEqual([
      [
        'council.json',
        '/rules/quiet-member',
        'unknown rule id "quiet-member"; did you mean "quiet-members"?',
      ],
      [
        'council.json',
        '/rules/quiet-members/parameters/quietMeeting',
        'unknown parameter "quietMeeting" of the rule "quiet-members": use "quietMeetings", "quietShare"',
      ],
      ['council.json', '/rules/dominant-voices/parameters/maxExcess', 'must be at most 1'],
      [
        'council.json',
        '/messages/cy/no-such-rule',
        'unknown rule id "no-such-rule" in the "cy" messages',
      ],
    ]);
  });

  // A misspelt severity used to hide the rest of that rule's setting: its
  // parameters were checked only once the severity was fixed, a second pass.
  it('checks the rest of a rule setting that has one bad field, in the same pass', () => {
    const config = {
      rules: {
        'quiet-members': { severity: 'warn', parameters: { quietMeetings: 0, loudness: 3 } },
        'dominant-voices': { severty: 'error', messages: { action: 'Ask {nobody}.' } },
      },
    };
    let error: unknown;
    try {
      createRuleSetFrom(config);
    } catch (thrown) {
      error = thrown;
    }
    if (!(error instanceof CoproduceError)) throw new Error('expected a CoproduceError');
    expect(error.problems.map((p) => [p.pointer, p.message])).toEqual([
      [
        '/rules/quiet-members/severity',
        'must be one of "error", "warning", "info"; did you mean "warning"?',
      ],
      ['/rules/dominant-voices/severty', 'unknown field; did you mean "severity"?'],
      ['/rules/quiet-members/parameters/quietMeetings', 'must be at least 1'],
      [
        '/rules/quiet-members/parameters/loudness',
        'unknown parameter "loudness" of the rule "quiet-members": use "quietMeetings", "quietShare"',
      ],
      [
        '/rules/dominant-voices/messages/action',
        expect.stringMatching(/^unknown placeholder "\{nobody\}"/),
      ],
    ]);
  });

  it('refuses a translation of a parameter or declared fact the rule does not have', () => {
    const error = configError(
      {
        messages: {
          cy: {
            'quiet-members': {
              title: 'Lleisiau tawel',
              parameters: { quietShare: 'Cyfran', quietMeeting: 'Cyfarfodydd' },
              facts: { quietCount: 'Faint' },
            },
          },
        },
      },
      { file: 'council.json' },
    );
    expect(error.problems.map((p) => [p.pointer, p.code, p.message])).toEqual([
      [
        '/messages/cy/quiet-members/parameters/quietMeeting',
        'unknown-parameter',
        'unknown parameter "quietMeeting" of the rule "quiet-members": use "quietMeetings", "quietShare"',
      ],
      [
        '/messages/cy/quiet-members/facts/quietCount',
        'no-declared-facts',
        'the rule "quiet-members" declares no facts of its own to describe',
      ],
    ]);
    const pack = configError({
      extends: ['coproduce:six-principles'],
      messages: {
        cy: { 'changes-reported-back': { facts: { answersNotReport: 'Atebion' } } },
      },
    });
    expect(pack.problems.map((p) => [p.pointer, p.code, p.message])).toEqual([
      [
        '/messages/cy/changes-reported-back/facts/answersNotReport',
        'unknown-declared-fact',
        'the rule "changes-reported-back" declares no fact "answersNotReport": use "answersNotReported"',
      ],
    ]);
  });

  it('refuses unknown presets and file references without a resolver', () => {
    const error = configError({
      extends: ['coproduce:strict', './base.json'],
      ruleFiles: ['rules'],
    });
    expect(error.problems.map((p) => p.pointer)).toEqual([
      '/extends/0',
      '/extends/1',
      '/ruleFiles/0',
    ]);
    expect(error.problems[0]?.message).toMatch(/unknown preset "coproduce:strict"/);
    expect(error.problems[1]?.message).toMatch(/loadConfig\(\) from "coproduce\/node"/);
  });

  it('refuses cycles of extends', () => {
    const files: Record<string, unknown> = {
      'a.json': { extends: ['b.json'] },
      'b.json': { extends: ['a.json'] },
    };
    const error = configError(
      { extends: ['a.json'] },
      { file: 'top.json', resolveExtends: (ref: string) => ({ file: ref, config: files[ref] }) },
    );
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: 'b.json', pointer: '/extends/0' });
    expect(error.problems[0]?.message).toBe(
      '"extends" makes a cycle: top.json → a.json → b.json → a.json',
    );
    const self = configError(
      { extends: ['top.json'] },
      {
        file: 'top.json',
        resolveExtends: (ref: string) => ({ file: ref, config: { extends: ['top.json'] } }),
      },
    );
    expect(self.problems[0]?.message).toMatch(/cycle: top.json → top.json/);
  });

  it('applies a file reached twice (a diamond) without duplicating its custom rules', () => {
    const files: Record<string, unknown> = {
      'a.json': { extends: ['base.json'] },
      'b.json': { extends: ['base.json'] },
      'base.json': { extends: [], customRules: [stubRule()] },
    };
    const resolved = resolveConfig(
      { extends: ['a.json', 'b.json'] },
      { resolveExtends: (ref: string) => ({ file: ref, config: files[ref] }) },
    );
    expect(resolved.rules.filter((r) => r.rule.id === 'stub-rule')).toHaveLength(1);
  });

  it('enables custom rules and lets the configuration turn them off', () => {
    expect(enabled(onlyCustom(stubRule()))).toEqual(['stub-rule']);
    expect(enabled({ ...onlyCustom(stubRule()), rules: { 'stub-rule': 'off' } })).toEqual([]);
  });

  it('returns deeply frozen data', () => {
    const resolved = resolveConfig({});
    expect(Object.isFrozen(resolved)).toBe(true);
    expect(Object.isFrozen(resolved.rules[0]?.rule.conditions)).toBe(true);
    const ruleSet = createRuleSet();
    expect(Object.isFrozen(ruleSet.rules[0]?.conditions)).toBe(true);
  });
});

describe('locales', () => {
  const rule = stubRule({
    messages: { flagged: 'Count is {count}.', needsReview: 'Count unknown.', action: 'Lower it.' },
  });
  const config = {
    ...onlyCustom(rule),
    messages: { cy: { 'stub-rule': { flagged: 'Y cyfrif yw {count}.' } } },
  };
  const ruleSet = createRuleSet(config, { facts: stubProvider });
  const now = '2025-06-02T09:00:00Z';

  it('renders the locale catalogue and falls back to en-GB, listing what is missing', async () => {
    const report = await check(stubProject({ count: 5 }), { rules: ruleSet, now, locale: 'cy' });
    expect(report.locale).toBe('cy');
    expect(report.issues[0]?.message).toBe('Y cyfrif yw 5.');
    expect(report.issues[0]?.action).toBe('Lower it.');
    expect(report.issues[0]?.title).toBe('A stub rule');
    expect(report.missingMessages).toEqual([
      { locale: 'cy', messageId: 'stub-rule.action' },
      { locale: 'cy', messageId: 'stub-rule.title' },
    ]);
  });

  it('lists a missing needs-review message and never shows a raw key', async () => {
    const report = await check(stubProject({}), { rules: ruleSet, now, locale: 'cy' });
    expect(report.issues[0]?.message).toBe('Count unknown.');
    expect(report.missingMessages.map((m) => m.messageId)).toContain('stub-rule.needsReview');
  });

  it('writes dates and lists in the words of the text shown: Welsh where translated, en-GB where not', async () => {
    const dated = stubRule({
      facts: [{ fact: 'since' }, { fact: 'names' }],
      messages: {
        flagged: 'Since {since:date}, {names:list} have waited.',
        action: 'Ask {names:orList} before {since:date}.',
      },
    });
    const rules = createRuleSet(
      {
        ...onlyCustom(dated),
        messages: {
          cy: { 'stub-rule': { flagged: 'Ers {since:date}, mae {names:list} wedi aros.' } },
        },
      },
      { facts: stubProvider },
    );
    const project = stubProject({ count: 5, since: '2026-10-30', names: ['Dev', 'Sean', 'Priya'] });
    const report = await check(project, { rules, now, locale: 'cy' });
    expect(report.issues[0]?.message).toBe('Ers 30 Hydref 2026, mae Dev, Sean a Priya wedi aros.');
    expect(report.issues[0]?.action).toBe('Ask Dev, Sean or Priya before 30 October 2026.');
    const english = await check(project, { rules, now });
    expect(english.issues[0]?.message).toBe(
      'Since 30 October 2026, Dev, Sean and Priya have waited.',
    );
  });

  it('falls back entirely for a locale with no catalogue', async () => {
    const report = await check(stubProject({ count: 5 }), { rules: ruleSet, now, locale: 'fr' });
    expect(report.issues[0]?.message).toBe('Count is 5.');
    expect(report.missingMessages.every((m) => m.locale === 'fr')).toBe(true);
  });

  it('uses the configured locale by default and has nothing missing in en-GB', async () => {
    const welsh = createRuleSet({ ...config, locale: 'cy' }, { facts: stubProvider });
    expect((await check(stubProject({ count: 5 }), { rules: welsh, now })).locale).toBe('cy');
    const english = await check(stubProject({ count: 5 }), { rules: ruleSet, now });
    expect(english.locale).toBe('en-GB');
    expect(english.missingMessages).toEqual([]);
  });

  it('checks placeholders in translations', () => {
    expect(() =>
      createRuleSet(
        { ...onlyCustom(rule), messages: { cy: { 'stub-rule': { flagged: '{cyfrif}' } } } },
        { facts: stubProvider },
      ),
    ).toThrow(/unknown placeholder "\{cyfrif\}"/);
  });
});
