/**
 * What an issue that needs review shows in place of a flagged issue's texts.
 * A rule's title names the problem it looks for ("An agreement was written
 * by staff alone") and its action says how to put it right; an issue raised
 * because the data to decide is missing has found no such problem, so a rule
 * may head it with `needsReviewTitle` and say what to do with
 * `needsReviewAction` (usually: record what is missing). Written by the rule,
 * reworded by a council, translated, and checked for placeholders like every
 * other text.
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
  GENERIC_ACTION_ID,
  withBaseline,
} from '../../src/report/index.js';
import { groupOf, meeting, project, resident, staff } from '../rules/helpers.js';

const NOW = '2026-11-20T12:00:00Z';

/** Flagged when the group last met on 1 May 2026; passes after another date; needs review with no session. */
const lastSession = {
  id: 'council-rule',
  set: 'council',
  version: 1,
  title: 'The group stopped meeting on {stopDate}',
  questions: ['during.everyone-contributes'],
  section: 'During co-production',
  scope: 'project',
  severity: 'warning',
  parameters: {
    stopDate: { type: 'string', default: '2026-05-01', description: 'The day to look for.' },
  },
  define: { lastSession: { measure: 'latest', of: 'activities', field: 'start' } },
  conditions: { all: [{ fact: 'lastSession', operator: 'equal', value: '2026-05-01' }] },
  messages: {
    flagged: 'The group last met on {lastSession:date}.',
    needsReviewTitle: 'No session is recorded, so we cannot tell when the group meets',
    needsReview: 'No session is recorded.',
    action: 'Plan the next session.',
    needsReviewAction: 'Record each session, with its date.',
  },
  rationale: 'Because.',
} as RuleFile;

const sessionOn = (day: string) =>
  parseProject(project({ activities: [meeting('a-1', `${day}T10:00:00+01:00`)] }));
const noSessions = parseProject(project());
const stopped = sessionOn('2026-05-01');
const stillMeeting = sessionOn('2026-06-01');

function rulesWith(config: CouncilConfig = {}, rule: RuleFile = lastSession) {
  return createRuleSet({ extends: [], customRules: [rule], ...config });
}

/** Where and why the council rule, with these texts changed, is refused when the rules load. */
function loadProblems(texts: Record<string, string>): unknown[] {
  try {
    rulesWith({}, { ...lastSession, messages: { ...lastSession.messages, ...texts } } as RuleFile);
  } catch (error) {
    expect(error).toBeInstanceOf(CoproduceError);
    return (error as CoproduceError).problems.map((p) => [p.path, p.code]);
  }
  return expect.unreachable();
}

async function headings(config: CouncilConfig = {}, locale?: string) {
  const rules = rulesWith(config);
  const run = (project: typeof noSessions) =>
    check(project, { rules, now: NOW, ...(locale ? { locale } : {}) });
  const review = await run(noSessions);
  const flagged = await run(stopped);
  return {
    issues: [...review.issues, ...flagged.issues].map((i) => [i.outcome, i.title]),
    outcomes: [review, flagged].map((r) => r.outcomes[0]),
    missing: review.missingMessages?.map((m) => m.messageId) ?? [],
  };
}

describe('needsReviewTitle', () => {
  it('heads an issue that needs review; a flagged issue keeps the title', async () => {
    const { issues, outcomes } = await headings();
    expect(issues).toEqual([
      ['needs-review', 'No session is recorded, so we cannot tell when the group meets'],
      ['flagged', 'The group stopped meeting on 2026-05-01'],
    ]);
    // The rule keeps its title in its outcome, whatever the outcome, beside the heading.
    expect(outcomes.map((o) => [o?.outcome, o?.title, o?.needsReviewTitle])).toEqual([
      [
        'needs-review',
        'The group stopped meeting on 2026-05-01',
        'No session is recorded, so we cannot tell when the group meets',
      ],
      [
        'flagged',
        'The group stopped meeting on 2026-05-01',
        'No session is recorded, so we cannot tell when the group meets',
      ],
    ]);
  });

  it('leaves the title on both outcomes when a rule has none', async () => {
    const { needsReviewTitle: _, ...messages } = lastSession.messages;
    const rules = rulesWith({}, { ...lastSession, messages } as RuleFile);
    const report = await check(noSessions, { rules, now: NOW });
    expect(report.issues.map((i) => i.title)).toEqual(['The group stopped meeting on 2026-05-01']);
    expect(Object.hasOwn(report.outcomes[0]!, 'needsReviewTitle')).toBe(false);
  });

  it('can be reworded by a council and translated, and says when a translation lacks it', async () => {
    const reworded = await headings({
      rules: { 'council-rule': { messages: { needsReviewTitle: 'Sessions are not recorded' } } },
    });
    expect(reworded.issues[0]).toEqual(['needs-review', 'Sessions are not recorded']);

    const cy = (texts: Record<string, string>) => ({ messages: { cy: { 'council-rule': texts } } });
    const welsh = await headings(
      cy({
        title: 'Rhoddodd y grŵp y gorau i gwrdd ar {stopDate}',
        needsReviewTitle: 'Does dim sesiwn wedi’i chofnodi',
      }),
      'cy',
    );
    expect(welsh.issues).toEqual([
      ['needs-review', 'Does dim sesiwn wedi’i chofnodi'],
      ['flagged', 'Rhoddodd y grŵp y gorau i gwrdd ar 2026-05-01'],
    ]);
    expect(welsh.missing).not.toContain('council-rule.needsReviewTitle');

    const untranslated = await headings(
      cy({ title: 'Rhoddodd y grŵp y gorau i gwrdd ar {stopDate}' }),
      'cy',
    );
    expect(untranslated.issues[0]).toEqual([
      'needs-review',
      'No session is recorded, so we cannot tell when the group meets',
    ]);
    expect(untranslated.missing).toContain('council-rule.needsReviewTitle');
  });

  it('is marked as English on a Welsh page where the translation lacks it', async () => {
    const page = async (texts: Record<string, string>) =>
      formatReportHtml(
        await check(noSessions, {
          rules: rulesWith({ messages: { cy: { 'council-rule': texts } } }),
          now: NOW,
          locale: 'cy',
        }),
      );
    const title = 'Rhoddodd y grŵp y gorau i gwrdd ar {stopDate}';
    expect(await page({ title })).toContain(
      '<span lang="en-GB">No session is recorded, so we cannot tell when the group meets</span>',
    );
    expect(await page({ title, needsReviewTitle: 'Does dim sesiwn wedi’i chofnodi' })).toContain(
      '<span>Does dim sesiwn wedi’i chofnodi</span>',
    );
    // Likewise an action: here the flagged action is translated, the one for review is not.
    expect(await page({ title, action: 'Cynlluniwch y sesiwn nesaf.' })).toContain(
      '<dd lang="en-GB">Record each session, with its date.</dd>',
    );
  });

  it('names on each issue the texts it was rendered from, so a front end can say them again', async () => {
    const ids = async (rule: RuleFile) => {
      const rules = rulesWith({}, rule);
      const issues = [
        ...(await check(noSessions, { rules, now: NOW })).issues,
        ...(await check(stopped, { rules, now: NOW })).issues,
      ];
      return issues.map((i) => [i.outcome, i.titleId, i.actionId]);
    };
    expect(await ids(lastSession)).toEqual([
      ['needs-review', 'council-rule.needsReviewTitle', 'council-rule.needsReviewAction'],
      ['flagged', 'council-rule.title', 'council-rule.action'],
    ]);
    // Without the texts for review, and with an action that names a date the
    // issue that needs review lacks: the title, and the generic action.
    const { needsReviewTitle: _t, needsReviewAction: _a, ...messages } = lastSession.messages;
    expect(
      await ids({
        ...lastSession,
        messages: { ...messages, action: 'Plan the next session after {lastSession:date}.' },
      } as RuleFile),
    ).toEqual([
      ['needs-review', 'council-rule.title', GENERIC_ACTION_ID],
      ['flagged', 'council-rule.title', 'council-rule.action'],
    ]);
  });

  it('may use only parameters, like a title, and is checked when the rules load', () => {
    expect(loadProblems({ needsReviewTitle: 'Not met since {lastSession}' })).toEqual([
      [['customRules', 0, 'messages', 'needsReviewTitle'], 'unknown-placeholder-title'],
    ]);
  });

  it('heads the cards of every report format, and a resolved issue that needed review', async () => {
    const rules = rulesWith();
    const review = await check(noSessions, { rules, now: NOW });
    for (const format of [formatReportText, formatReportMarkdown, formatReportHtml]) {
      const shown = format(review);
      expect(shown).toContain('No session is recorded, so we cannot tell when the group meets');
      expect(shown).not.toContain('The group stopped meeting');
    }
    // The session recorded since settles it: the issue is resolved, and keeps its heading.
    const later = withBaseline(await check(stillMeeting, { rules, now: NOW }), review);
    expect(later.changes?.resolved.map((i) => [i.outcome, i.title, i.titleId])).toEqual([
      [
        'needs-review',
        'No session is recorded, so we cannot tell when the group meets',
        'council-rule.needsReviewTitle',
      ],
    ]);
    // Against rules that no longer give the heading, it takes the rule's title, and its id.
    const { needsReviewTitle: _, ...messages } = lastSession.messages;
    const plain = rulesWith({}, { ...lastSession, messages } as RuleFile);
    const reworded = withBaseline(await check(stillMeeting, { rules: plain, now: NOW }), review);
    expect(reworded.changes?.resolved.map((i) => [i.title, i.titleId])).toEqual([
      ['The group stopped meeting on 2026-05-01', 'council-rule.title'],
    ]);
  });
});

async function actions(config: CouncilConfig, locale?: string) {
  const rules = rulesWith(config);
  const say = async (project: typeof noSessions) =>
    (await check(project, { rules, now: NOW, ...(locale ? { locale } : {}) })).issues.map((i) => [
      i.outcome,
      i.action,
    ]);
  return [...(await say(noSessions)), ...(await say(stopped))];
}

describe('needsReviewAction', () => {
  it('is what to do on an issue that needs review; a flagged one keeps the action', async () => {
    expect(await actions({})).toEqual([
      ['needs-review', 'Record each session, with its date.'],
      ['flagged', 'Plan the next session.'],
    ]);
  });

  it('falls back to the action when a rule has none', async () => {
    const { needsReviewAction: _, ...messages } = lastSession.messages;
    const rules = rulesWith({}, { ...lastSession, messages } as RuleFile);
    const report = await check(noSessions, { rules, now: NOW });
    expect(report.issues.map((i) => i.action)).toEqual(['Plan the next session.']);
  });

  it('can be reworded by a council and translated', async () => {
    expect(
      await actions({
        rules: { 'council-rule': { messages: { needsReviewAction: 'Note every meeting.' } } },
      }),
    ).toEqual([
      ['needs-review', 'Note every meeting.'],
      ['flagged', 'Plan the next session.'],
    ]);
    expect(
      await actions(
        {
          messages: {
            cy: {
              'council-rule': {
                action: 'Cynlluniwch y sesiwn nesaf.',
                needsReviewAction: 'Cofnodwch bob sesiwn.',
              },
            },
          },
        },
        'cy',
      ),
    ).toEqual([
      ['needs-review', 'Cofnodwch bob sesiwn.'],
      ['flagged', 'Cynlluniwch y sesiwn nesaf.'],
    ]);
  });

  it('has its placeholders checked when the rules load, naming where', () => {
    expect(loadProblems({ needsReviewAction: 'Ask {nobody}.' })).toEqual([
      [['customRules', 0, 'messages', 'needsReviewAction'], 'unknown-placeholder'],
    ]);
  });
});

describe('needsReviewSubject', () => {
  // The group's own green reflection, and a red one only the officer recorded, with no step.
  const officersRed = parseProject(
    project({
      group: groupOf(resident('m-1', 'Grace'), staff('m-9', 'Lou')),
      reflections: [
        {
          id: 'r-1',
          questionId: 'during.jargon-explained',
          date: '2026-10-01',
          rating: 'green',
          recordedBy: ['m-1', 'm-9'],
        },
        {
          id: 'r-2',
          questionId: 'during.accessible-times-places',
          date: '2026-10-01',
          rating: 'red',
          recordedBy: ['m-9'],
        },
      ],
    }),
  );
  const rule = 'red-reflection-without-action';
  async function reviewed(config: CouncilConfig = {}, locale?: string) {
    const rules = createRuleSet({ extends: ['coproduce:recommended'], ...config });
    const run = async (p: typeof officersRed) =>
      (await check(p, { rules, now: NOW, ...(locale ? { locale } : {}) })).issues
        .filter((i) => i.ruleId === rule)
        .map((i) => [i.subject.type, i.messageId, i.message]);
    return [...(await run(officersRed)), ...(await run(noSessions))];
  }

  it("is the message about one of the rule's records; the project-wide one keeps needsReview", async () => {
    expect(await reviewed()).toEqual([
      [
        'reflection',
        `${rule}.needsReviewSubject`,
        "“Whether meeting times and places make the work accessible to everyone” was rated red on 1 October 2026, but no member of the community is named as taking part and no steps have been agreed. Until the group talks it through, it is not yet the group's own rating.",
      ],
      [
        'project',
        `${rule}.needsReview`,
        'We cannot yet tell whether the group acts on its red ratings: it has not yet recorded a reflection of its own, with members of the community taking part.',
      ],
    ]);
  });

  it('can be reworded by a council and is said in Welsh', async () => {
    const reworded = await reviewed({
      rules: { [rule]: { messages: { needsReviewSubject: 'Take “{subject}” to the group.' } } },
    });
    expect(reworded[0]?.[2]).toBe(
      'Take “Whether meeting times and places make the work accessible to everyone” to the group.',
    );
    const welsh = await reviewed({}, 'cy');
    expect(welsh.map((r) => r[1])).toEqual([`${rule}.needsReviewSubject`, `${rule}.needsReview`]);
    expect(welsh[0]?.[2]).toMatch(/^Cafodd “.+” sgôr coch ar 1 Hydref 2026, /);
  });

  it('is refused on a rule about the project as a whole, which has no records to be about', () => {
    expect(loadProblems({ needsReviewSubject: 'Record {subject}.' })).toEqual([
      [['customRules', 0, 'messages', 'needsReviewSubject'], 'review-subject-whole'],
    ]);
  });
});
