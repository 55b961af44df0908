/**
 * A rule's `needsReviewAction`: what to do on an issue that needs review,
 * where the first step is to record what is missing, beside `action` for a
 * flagged one. Written by the rule, reworded by a council, translated, and
 * checked for placeholders like every other text.
 */
import { describe, expect, it } from 'vitest';
import { createRuleSet } from '../../src/check/compile.js';
import { check } from '../../src/check/evaluate.js';
import type { CouncilConfig, RuleFile } from '../../src/check/rule-schema.js';
import { minimalProject } from '../../src/check/test-rule.js';
import { CoproduceError } from '../../src/model/errors.js';
import { parseProject } from '../../src/model/parse.js';

const NOW = '2026-11-20T12:00:00Z';

/** Flagged once a session is recorded; needs review while none is. */
const lastSession: RuleFile = {
  id: 'council-rule',
  set: 'council',
  version: 1,
  title: 'Sessions',
  questions: ['during.everyone-contributes'],
  section: 'During co-production',
  scope: 'project',
  severity: 'warning',
  define: { lastSession: { measure: 'latest', of: 'activities', field: 'start' } },
  conditions: { all: [{ fact: 'lastSession', operator: 'notEqual', value: '' }] },
  messages: {
    flagged: 'The group last met on {lastSession:date}.',
    needsReview: 'No session is recorded.',
    action: 'Plan the next session.',
    needsReviewAction: 'Record each session, with its date.',
  },
  rationale: 'Because.',
} as RuleFile;

const noSessions = parseProject(minimalProject({ timeZone: 'Europe/London' }));
const oneSession = parseProject(
  minimalProject({
    timeZone: 'Europe/London',
    activities: [
      {
        id: 'a-1',
        kind: 'workshop',
        title: 'Workshop',
        start: '2026-05-01T10:00:00+01:00',
        end: '2026-05-01T12:00:00+01:00',
      },
    ],
  }),
);

async function actions(config: CouncilConfig, locale?: string) {
  const rules = createRuleSet({ extends: [], customRules: [lastSession], ...config });
  const say = async (project: typeof noSessions) =>
    (await check(project, { rules, now: NOW, ...(locale ? { locale } : {}) })).issues.map((i) => [
      i.outcome,
      i.action,
    ]);
  return [...(await say(noSessions)), ...(await say(oneSession))];
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
    const rules = createRuleSet({ extends: [], customRules: [{ ...lastSession, messages }] });
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
    try {
      createRuleSet({
        extends: [],
        customRules: [
          {
            ...lastSession,
            messages: { ...lastSession.messages, needsReviewAction: 'Ask {nobody}.' },
          },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CoproduceError);
      expect((error as CoproduceError).problems.map((p) => [p.path, p.code])).toEqual([
        [['customRules', 0, 'messages', 'needsReviewAction'], 'unknown-placeholder'],
      ]);
    }
  });
});
