/**
 * A misspelt field, anywhere a document is read, is answered with the field
 * meant when one is near, and "keep it under extensions" only where the
 * record has extensions: rule files, configurations and presets have none.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  type ProblemDetail,
  parseCouncilConfig,
  parseProject,
  parseRuleFile,
  parseRuleSetPreset,
} from '../../src/index.js';
import { problemMessage } from '../../src/report/index.js';
import { minimalProject } from '../../src/testing.js';
import { catchCoproduceError } from '../state/fixtures.js';

const thrown = (run: () => unknown) => catchCoproduceError(run).problems;

const said = (p: ProblemDetail | undefined) => [
  p?.pointer,
  problemMessage(p!, 'en-GB'),
  problemMessage(p!, 'cy'),
];

describe('an unknown field', () => {
  it('in a rule file is matched with the field meant, in English and Welsh', () => {
    const rule = {
      id: 'my-rule',
      set: 'readiness',
      version: 1,
      title: 'Purpose written down',
      questions: ['readiness.purpose'],
      section: 'Purpose',
      scope: 'project',
      severty: 'warning',
      conditions: { all: [{ fact: 'purposeText', operator: 'equal', value: 'x' }] },
      messages: { flagged: 'No purpose.', action: 'Write it down.' },
      rationale: 'People need to know why.',
    };
    const parsed = parseRuleFile(rule);
    expect(parsed.success).toBe(false);
    const problem = parsed.success
      ? undefined
      : parsed.problems.find((p) => p.code === 'unknown-field');
    expect(said(problem)).toEqual([
      '/severty',
      'unknown field; did you mean "severity"?',
      'maes anhysbys; ai "severity" oedd dan sylw?',
    ]);
  });

  it('in a configuration, at its top and inside a rule setting, is matched too', () => {
    const parsed = parseCouncilConfig({
      locle: 'cy',
      rules: { 'quiet-members': { severty: 'info' } },
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.success ? [] : parsed.problems.map((p) => [p.pointer, p.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['/locle', 'unknown field; did you mean "locale"?'],
        ['/rules/quiet-members/severty', 'unknown field; did you mean "severity"?'],
      ]),
    );
  });

  it('far from every field of a preset is not sent to "extensions", which presets do not have', () => {
    const parsed = parseRuleSetPreset({
      id: 'mine',
      description: 'Mine.',
      rules: '*',
      extends: [],
    });
    expect(parsed.success).toBe(false);
    expect(said(parsed.success ? undefined : parsed.problems[0])).toEqual([
      '/extends',
      'unknown field: check its spelling',
      'maes anhysbys: gwiriwch ei sillafu',
    ]);
  });

  it('in a project is matched where near, and sent to "extensions" where the record has them', () => {
    const project = minimalProject() as Record<string, unknown>;
    const milestone = { id: 'ms-01', titel: 'Options agreed', due: '2026-06-30' };
    const problems = thrown(() =>
      parseProject({ ...project, timeframe: { milestones: [milestone] }, budgetCode: 'X1' }),
    );
    const byPointer = new Map(problems.map((p) => [p.pointer, p.message]));
    expect(byPointer.get('/timeframe/milestones/0/titel')).toBe(
      'unknown field; did you mean "title"?',
    );
    // Inside one branch of a choice: access needs are "none" or a list of needs.
    const member = {
      id: 'm-01',
      displayName: 'Sam',
      roles: ['resident'],
      joined: '2026-01-10',
      accessNeeds: [{ need: 'Hearing loop', requires: ['hearing-loop'], mett: true }],
    };
    const inGroup = thrown(() =>
      parseProject({ ...project, group: { ...(project.group as object), members: [member] } }),
    );
    expect(inGroup.map((p) => [p.pointer, p.message])).toContainEqual([
      '/group/members/0/accessNeeds/0/mett',
      'unknown field; did you mean "met"?',
    ]);
    // A council system's own field at the top of the document keeps its own hint.
    expect(byPointer.get('/budgetCode')).toMatch(/under "extensions"$/);
  });

  it('in a command is matched with the field meant and the project is left as it was', () => {
    const project = parseProject(minimalProject());
    const problems = thrown(() =>
      applyCommand(project, {
        type: 'project/update',
        payload: { changes: { titel: 'A new title' } },
      } as never),
    );
    expect(problems.map((p) => [p.pointer, p.message])).toContainEqual([
      '/payload/changes/titel',
      'unknown field; did you mean "title"?',
    ]);
    expect(project.title).toBe(minimalProject().title);
  });
});
