/**
 * One cause, one card. A rule can name in `dependsOn` the rules that ask for
 * what it needs first (the senior leaders named before anyone can say when
 * each is involved). When it cannot tell at all and one of those raised an
 * issue, its issue names that rule in `heldUpBy` and reports show it on that
 * rule's card, so a bare project is not told the same thing twice. Counts
 * and outcomes are unchanged: the issue is still there, still counted.
 */
import { describe, expect, it } from 'vitest';
import {
  CoproduceError,
  type CouncilConfig,
  check,
  createRuleSet,
  parseProject,
  type RuleFile,
} from '../../src/index.js';
import {
  formatReportHtml,
  formatReportMarkdown,
  formatReportText,
} from '../../src/report/index.js';
import { run } from '../cli/helpers.js';
import { meeting, project } from '../rules/helpers.js';

const NOW = '2026-11-20T12:00:00Z';

/** A council rule that needs review with no session recorded and is flagged when the last was on 1 May 2026. */
function sessionRule(id: string, extra: Partial<RuleFile> = {}): RuleFile {
  return {
    id,
    set: 'council',
    version: 1,
    title: `Problem found by ${id}`,
    questions: ['during.everyone-contributes'],
    section: 'During co-production',
    scope: 'project',
    severity: 'warning',
    define: { lastSession: { measure: 'latest', of: 'activities', field: 'start' } },
    conditions: { all: [{ fact: 'lastSession', operator: 'equal', value: '2026-05-01' }] },
    messages: {
      flagged: 'The group last met on {lastSession:date}.',
      needsReviewTitle: `${id} cannot tell yet`,
      needsReview: `No session is recorded, so ${id} cannot tell.`,
      action: `Act on ${id}.`,
    },
    rationale: 'Because.',
    ...extra,
  } as RuleFile;
}

/** {@link sessionRule} that depends on the given rules. */
const waitingOn = (id: string, ...dependsOn: string[]) =>
  sessionRule(id, { dependsOn } as Partial<RuleFile>);

/** A council rule that always passes: it counts sessions, which is never unknown. */
const alwaysPasses = sessionRule('always-passes', {
  define: { sessions: { measure: 'count', of: 'activities' } },
  conditions: { all: [{ fact: 'sessions', operator: 'equal', value: 99 }] },
  messages: { flagged: 'Never.', action: 'Nothing.' },
} as Partial<RuleFile>);

const noSessions = parseProject(project());
const stopped = parseProject(
  project({ activities: [meeting('a-1', '2026-05-01T10:00:00+01:00')] }),
);

function rulesOf(rules: readonly RuleFile[], config: CouncilConfig = {}) {
  return createRuleSet({ extends: [], customRules: [...rules], ...config });
}

/** Where and why the rules are refused when they load, as [JSON pointer, code, message]. */
function refused(rules: readonly RuleFile[], config: CouncilConfig = {}): unknown[] {
  try {
    rulesOf(rules, config);
  } catch (error) {
    expect(error).toBeInstanceOf(CoproduceError);
    return (error as CoproduceError).problems.map((p) => [
      `/${p.path.join('/')}`,
      p.ruleId,
      p.code,
      p.message,
    ]);
  }
  return expect.unreachable();
}

describe('dependsOn in a check', () => {
  it('names the rule that holds up an issue of a rule that cannot tell, and keeps the counts', async () => {
    const rules = rulesOf([sessionRule('cause'), waitingOn('waiting', 'cause')]);
    const report = await check(noSessions, { rules, now: NOW });
    expect(report.issues.map((i) => [i.ruleId, i.outcome, i.heldUpBy])).toEqual([
      ['cause', 'needs-review', undefined],
      ['waiting', 'needs-review', 'cause'],
    ]);
    expect(Object.hasOwn(report.issues[0]!, 'heldUpBy')).toBe(false);
    expect(report.counts.needsReview).toBe(2);
    expect(report.outcomes.map((o) => o.outcome)).toEqual(['needs-review', 'needs-review']);
  });

  it('holds nothing up when the rule found a problem, or its dependency raised nothing', async () => {
    const flagged = await check(stopped, {
      rules: rulesOf([sessionRule('cause'), waitingOn('waiting', 'cause')]),
      now: NOW,
    });
    expect(flagged.issues.map((i) => [i.ruleId, i.outcome, i.heldUpBy])).toEqual([
      ['cause', 'flagged', undefined],
      ['waiting', 'flagged', undefined],
    ]);
    const passing = await check(noSessions, {
      rules: rulesOf([alwaysPasses, waitingOn('waiting', 'always-passes')]),
      now: NOW,
    });
    expect(passing.issues.map((i) => [i.ruleId, i.heldUpBy])).toEqual([['waiting', undefined]]);
  });

  it('takes the first dependency that raised an issue, and follows a chain to its end', async () => {
    const report = await check(noSessions, {
      rules: rulesOf([
        alwaysPasses,
        sessionRule('root'),
        waitingOn('middle', 'always-passes', 'root'),
        waitingOn('last', 'middle'),
      ]),
      now: NOW,
    });
    expect(Object.fromEntries(report.issues.map((i) => [i.ruleId, i.heldUpBy ?? null]))).toEqual({
      root: null,
      middle: 'root',
      last: 'root',
    });
  });

  it('ignores a dependency the configuration switched off', async () => {
    const report = await check(noSessions, {
      rules: rulesOf([sessionRule('cause'), waitingOn('waiting', 'cause')], {
        rules: { cause: 'off' },
      }),
      now: NOW,
    });
    expect(report.issues.map((i) => [i.ruleId, i.heldUpBy])).toEqual([['waiting', undefined]]);
  });
});

describe('dependsOn in the default rules', () => {
  it('shows "when leaders are involved" on the card of "no senior leaders named", once', async () => {
    const bare = parseProject(project({ stage: 'planning' }));
    const report = await check(bare, { now: NOW });
    const involved = report.issues.find((i) => i.ruleId === 'senior-leaders-involved');
    expect(involved?.heldUpBy).toBe('senior-leaders-named');
    expect(involved?.outcome).toBe('needs-review');

    const text = formatReportText(report, { width: 400 });
    const card = text.slice(
      text.indexOf('No senior leaders have been named for the work'),
      text.indexOf('Rule: senior-leaders-named'),
    );
    expect(card).toContain(`Also waiting on this: ${involved?.title} (senior-leaders-involved)`);
    expect(text).not.toContain('Rule: senior-leaders-involved');

    const markdown = formatReportMarkdown(report);
    expect(markdown).toContain(
      `- **Also waiting on this:** ${involved?.title} (\`senior-leaders-involved\`)`,
    );
    expect(markdown).not.toContain('- **Rule:** `senior-leaders-involved`');

    const html = formatReportHtml(report);
    expect(html).toContain(`<dt>Also waiting on this</dt><dd><ul><li id="issue-${involved?.id}">`);
    expect(html).not.toContain('<code>senior-leaders-involved</code></a></dd>');

    // Every rule that raised an issue is on a card: its own, or the one holding it up.
    const cards = (text.match(/^ {10}Rule: /gm) ?? []).length;
    const heldUp = report.issues.filter((i) => i.heldUpBy !== undefined).length;
    expect(heldUp).toBeGreaterThan(0);
    expect(cards + heldUp).toBe(new Set(report.issues.map((i) => i.ruleId)).size);
  });

  it('is left alone once senior leaders are named', async () => {
    const named = parseProject(
      project({
        stage: 'planning',
        governance: {
          seniorLeaders: [{ id: 'sl-1', name: 'Director of Housing', role: 'Sponsor' }],
        },
      } as never),
    );
    const report = await check(named, { now: NOW });
    const involved = report.issues.filter((i) => i.ruleId === 'senior-leaders-involved');
    expect(involved.length).toBeGreaterThan(0);
    expect(involved.every((i) => i.heldUpBy === undefined)).toBe(true);
    expect(formatReportText(report, { width: 400 })).toContain('Rule: senior-leaders-involved');
  });

  it('gives the held-up issue its own card when the card that holds it is not shown', async () => {
    const rules = createRuleSet({ rules: { 'senior-leaders-named': 'info' } });
    const report = await check(parseProject(project({ stage: 'planning' })), { rules, now: NOW });
    const text = formatReportText(report, { width: 400, minSeverity: 'warning' });
    expect(text).not.toContain('Rule: senior-leaders-named');
    expect(text).toContain('Rule: senior-leaders-involved');
    expect(text).not.toMatch(/Also waiting on this: [^\n]*senior-leaders-involved/);
  });

  it('says in Welsh what the card is waiting on', async () => {
    const report = await check(parseProject(project({ stage: 'planning' })), {
      now: NOW,
      locale: 'cy',
    });
    expect(formatReportText(report, { width: 400 })).toContain('Hefyd yn aros am hyn: ');
  });
});

describe('dependsOn in the six-principles pack, written as data only', () => {
  it('shows "recognition" on the card of "strengths" when the group has no community members yet', async () => {
    const rules = createRuleSet({ extends: ['coproduce:six-principles'] });
    const bare = await check(parseProject(project()), { rules, now: NOW });
    const recognition = bare.issues.find((i) => i.ruleId === 'recognition-recorded');
    expect([recognition?.outcome, recognition?.heldUpBy]).toEqual([
      'needs-review',
      'strengths-recorded',
    ]);
    const text = formatReportText(bare, { width: 400 });
    expect(text).toContain(`Also waiting on this: ${recognition?.title} (recognition-recorded)`);
    expect(text).not.toContain('Rule: recognition-recorded');
  });
});

describe('dependsOn when the rules load', () => {
  it('refuses an unknown rule, with the nearest known id', () => {
    expect(refused([waitingOn('waiting', 'causee'), sessionRule('cause')])).toEqual([
      [
        '/customRules/0/dependsOn/0',
        'waiting',
        'unknown-rule',
        'unknown rule id "causee"; did you mean "cause"?',
      ],
    ]);
  });

  it('points to the pack of a rule the configuration does not load', () => {
    expect(refused([waitingOn('waiting', 'strengths-recorded')])).toEqual([
      [
        '/customRules/0/dependsOn/0',
        'waiting',
        'rule-in-pack',
        'the rule "strengths-recorded" belongs to the six-principles framework pack: add "coproduce:six-principles" to "extends" to use it',
      ],
    ]);
  });

  it('refuses a rule that depends on itself, or on a rule that depends on it', () => {
    expect(refused([waitingOn('waiting', 'waiting')])).toEqual([
      [
        '/customRules/0/dependsOn/0',
        'waiting',
        'depends-on-itself',
        'a rule cannot depend on itself',
      ],
    ]);
    expect(
      refused([waitingOn('one', 'two'), waitingOn('two', 'one')]).map((p) =>
        (p as unknown[]).slice(0, 3),
      ),
    ).toEqual([
      ['/customRules/0/dependsOn/0', 'one', 'depends-on-loop'],
      ['/customRules/1/dependsOn/0', 'two', 'depends-on-loop'],
    ]);
  });

  it('refuses a project rule that depends on a portfolio rule', () => {
    const problems = refused([waitingOn('waiting', 'person-in-many-projects')], {
      extends: ['coproduce:recommended'],
    });
    expect(problems.map((p) => (p as unknown[]).slice(0, 3))).toEqual([
      ['/customRules/0/dependsOn/0', 'waiting', 'depends-on-portfolio'],
    ]);
  });
});

describe('dependsOn in coproduce explain', () => {
  it('says on each side which card an issue is shown on', async () => {
    const at = { cwd: process.cwd() };
    const waiting = await run(['explain', 'senior-leaders-involved', '--no-config'], at);
    expect(waiting.stdout.replace(/\s+/g, ' ')).toContain(
      'Shown with another card: when it cannot tell at all and senior-leaders-named has raised an issue, its issue is shown on that rule’s card.',
    );
    const cause = await run(['explain', 'senior-leaders-named', '--no-config'], at);
    expect(cause.stdout.replace(/\s+/g, ' ')).toContain(
      'It holds up senior-leaders-involved: an issue of theirs that cannot tell at all for want of what this rule asks for is shown on its card.',
    );
    const welsh = await run(
      ['explain', 'senior-leaders-named', '--no-config', '--locale', 'cy'],
      at,
    );
    expect(welsh.stdout.replace(/\s+/g, ' ')).toContain('Mae’n dal senior-leaders-involved yn ôl');
  });
});
