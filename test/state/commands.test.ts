import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/model/parse.js';
import type { Project } from '../../src/model/project.js';
import { applyCommand } from '../../src/state/apply.js';
import {
  type Command,
  type CommandType,
  commands,
  commandTypes,
} from '../../src/state/commands/index.js';
import { catchCoproduceError, isDeepFrozen, smallProject, smallProjectInput } from './fixtures.js';

interface Accepted {
  readonly name: string;
  readonly command: Command;
  readonly base?: () => Project;
  /** The command is valid but changes nothing, so the same project comes back. */
  readonly unchanged?: true;
  readonly check?: (after: Project, before: Project) => void;
}

interface Rejected {
  readonly name: string;
  /** Invalid on purpose, so typed loosely. */
  readonly command: { readonly type: string; readonly payload?: unknown };
  readonly base?: () => Project;
  /** A path the error must name, into the command. */
  readonly path: readonly (string | number)[];
}

interface Cases {
  readonly accepted: readonly Accepted[];
  readonly rejected: readonly Rejected[];
}

function withChanges(change: (input: typeof smallProjectInput) => void): () => Project {
  return () => {
    const input = structuredClone(smallProjectInput);
    change(input);
    return parseProject(input);
  };
}

const member = (project: Project, id: string) => project.group.members.find((m) => m.id === id);

const ACTIVITY = {
  id: 'a-02',
  kind: 'outreach',
  title: 'At the school gate',
  start: '2025-03-07T15:00:00+00:00',
  end: '2025-03-07T16:00:00+00:00',
} as const;

/** Keyed by every command type, so adding a command without tests does not compile. */
const cases: Record<CommandType, Cases> = {
  'project/update': {
    accepted: [
      {
        name: 'changes the title and clears the organisation',
        command: commands.project.update({
          changes: { title: 'New title' },
          clear: ['organisation'],
        }),
        check: (after) => {
          expect(after.title).toBe('New title');
          expect('organisation' in after).toBe(false);
        },
      },
      {
        name: 'records the topics the project consults on',
        command: commands.project.update({ changes: { topics: ['bus-travel', 'young-carers'] } }),
        check: (after) => expect(after.topics).toEqual(['bus-travel', 'young-carers']),
      },
    ],
    rejected: [
      {
        name: 'a topic that is a sentence, not a key',
        command: commands.project.update({ changes: { topics: ['Bus travel'] } }),
        path: ['payload', 'changes', 'topics', 0],
      },
      {
        name: 'an unknown time zone',
        command: commands.project.update({ changes: { timeZone: 'Mars/Olympus' } }),
        path: ['payload', 'changes', 'timeZone'],
      },
      {
        name: 'an empty title',
        command: commands.project.update({ changes: { title: '' } }),
        path: ['payload', 'changes', 'title'],
      },
      {
        name: 'clearing a required field',
        command: { type: 'project/update', payload: { changes: {}, clear: ['title'] } },
        path: ['payload', 'clear', 0],
      },
      {
        name: 'changing and clearing the same field',
        command: commands.project.update({
          changes: { organisation: 'X' },
          clear: ['organisation'],
        }),
        path: ['payload', 'clear', 0],
      },
    ],
  },
  'project/set-stage': {
    accepted: [
      {
        name: 'moves to another stage',
        command: commands.project.setStage({ stage: 'ending' }),
        check: (after) => expect(after.stage).toBe('ending'),
      },
      {
        name: 'the same stage changes nothing',
        command: commands.project.setStage({ stage: 'during' }),
        unchanged: true,
      },
    ],
    rejected: [
      {
        name: 'an unknown stage',
        command: { type: 'project/set-stage', payload: { stage: 'finished' } },
        path: ['payload', 'stage'],
      },
    ],
  },
  'project/set-extensions': {
    accepted: [
      {
        name: 'replaces the extensions',
        command: commands.project.setExtensions({ extensions: { tags: ['carers'] } }),
        check: (after) => expect(after.extensions).toEqual({ tags: ['carers'] }),
      },
    ],
    rejected: [
      {
        name: 'a list instead of an object',
        command: { type: 'project/set-extensions', payload: { extensions: [] } },
        path: ['payload', 'extensions'],
      },
      {
        name: 'a value JSON cannot carry',
        command: { type: 'project/set-extensions', payload: { extensions: { ratio: Number.NaN } } },
        path: ['payload', 'extensions', 'ratio'],
      },
    ],
  },
  'purpose/update': {
    accepted: [
      {
        name: 'sets one field and clears another',
        command: commands.purpose.update({
          changes: { why: 'Passes do not fit' },
          clear: ['what'],
        }),
        check: (after) => expect(after.purpose).toEqual({ why: 'Passes do not fit' }),
      },
      {
        name: 'records who agreed it and when',
        command: commands.purpose.update({
          changes: { agreedBy: ['m-01', 'm-03'], agreedOn: '2025-02-04' },
        }),
        check: (after) => {
          expect(after.purpose.agreedBy).toEqual(['m-01', 'm-03']);
          expect(after.purpose.agreedOn).toBe('2025-02-04');
        },
      },
    ],
    rejected: [
      {
        name: 'empty text',
        command: commands.purpose.update({ changes: { what: '' } }),
        path: ['payload', 'changes', 'what'],
      },
      {
        name: 'a member who does not exist agreed it',
        command: commands.purpose.update({ changes: { agreedBy: ['m-09'] } }),
        path: ['payload', 'changes', 'agreedBy', 0],
      },
      {
        name: 'a field the section does not have',
        command: { type: 'purpose/update', payload: { changes: { whom: 'x' } } },
        path: ['payload', 'changes', 'whom'],
      },
    ],
  },
  'remit/update': {
    accepted: [
      {
        name: 'sets what is in scope and keeps the issue',
        command: commands.remit.update({ changes: { inScope: ['Bus passes'] } }),
        check: (after, before) => {
          expect(after.remit.inScope).toEqual(['Bus passes']);
          expect(after.remit.issue).toBe(before.remit.issue);
        },
      },
      {
        name: 'names what is outside the remit, with a reason, and who agreed it',
        command: commands.remit.update({
          changes: {
            outOfRemit: [
              { topic: 'Rail fares', reason: 'Set nationally' },
              { topic: 'Timetables' },
            ],
            agreedBy: ['m-01'],
          },
        }),
        check: (after) => {
          expect(after.remit.outOfRemit).toEqual([
            { topic: 'Rail fares', reason: 'Set nationally' },
            { topic: 'Timetables' },
          ]);
          expect(after.remit.agreedBy).toEqual(['m-01']);
        },
      },
    ],
    rejected: [
      {
        name: 'something outside the remit as plain text',
        command: { type: 'remit/update', payload: { changes: { outOfRemit: ['Rail fares'] } } },
        path: ['payload', 'changes', 'outOfRemit', 0],
      },
      {
        name: 'a member who does not exist agreed it',
        command: commands.remit.update({ changes: { agreedBy: ['m-01', 'm-09'] } }),
        path: ['payload', 'changes', 'agreedBy', 1],
      },
      {
        name: 'text instead of a list',
        command: { type: 'remit/update', payload: { changes: { inScope: 'Bus passes' } } },
        path: ['payload', 'changes', 'inScope'],
      },
    ],
  },
  'progress-tracking/update': {
    accepted: [
      {
        name: 'changes the cadence and clears the last review',
        command: commands.progressTracking.update({
          changes: { cadence: 'weekly' },
          clear: ['lastReview'],
        }),
        check: (after) => expect(after.progressTracking).toEqual({ cadence: 'weekly' }),
      },
    ],
    rejected: [
      {
        name: 'an unknown cadence',
        command: { type: 'progress-tracking/update', payload: { changes: { cadence: 'daily' } } },
        path: ['payload', 'changes', 'cadence'],
      },
    ],
  },
  'progress-tracking/record-review': {
    accepted: [
      {
        name: 'a later review becomes the last review',
        command: commands.progressTracking.recordReview({ on: '2025-04-02' }),
        check: (after) => expect(after.progressTracking.lastReview).toBe('2025-04-02'),
      },
      {
        name: 'an earlier review, recorded late, changes nothing',
        command: commands.progressTracking.recordReview({ on: '2025-02-01' }),
        unchanged: true,
      },
      {
        name: 'the first review ever',
        base: withChanges((input) => {
          input.progressTracking = {};
        }),
        command: commands.progressTracking.recordReview({ on: '2025-02-01' }),
        check: (after) => expect(after.progressTracking.lastReview).toBe('2025-02-01'),
      },
    ],
    rejected: [
      {
        name: 'a date that does not exist',
        command: commands.progressTracking.recordReview({ on: '2025-13-01' }),
        path: ['payload', 'on'],
      },
    ],
  },
  'learning-plan/update': {
    accepted: [
      {
        name: 'sets who learning is shared with',
        command: commands.learningPlan.update({ changes: { shareWith: ['Service managers'] } }),
        check: (after) => expect(after.learningPlan.shareWith).toEqual(['Service managers']),
      },
    ],
    rejected: [
      {
        name: 'an empty audience',
        command: commands.learningPlan.update({ changes: { shareWith: [''] } }),
        path: ['payload', 'changes', 'shareWith', 0],
      },
    ],
  },
  'coproduction-meaning/update': {
    accepted: [
      {
        name: 'records who agreed it',
        command: commands.coproductionMeaning.update({
          changes: { agreedBy: ['m-01', 'm-02'], agreedOn: '2025-02-04' },
        }),
        check: (after) => {
          expect(after.coproductionMeaning.agreedBy).toEqual(['m-01', 'm-02']);
          expect(after.coproductionMeaning.definition).toBe('Equal partners');
        },
      },
    ],
    rejected: [
      {
        name: 'a member who does not exist',
        command: commands.coproductionMeaning.update({ changes: { agreedBy: ['m-01', 'm-09'] } }),
        path: ['payload', 'changes', 'agreedBy', 1],
      },
    ],
  },
  'resources/update': {
    accepted: [
      {
        name: 'sets the budget',
        command: commands.resources.update({ changes: { budgetGbp: 12000, dedicated: true } }),
        check: (after) => expect(after.resources).toEqual({ budgetGbp: 12000, dedicated: true }),
      },
    ],
    rejected: [
      {
        name: 'a negative budget',
        command: commands.resources.update({ changes: { budgetGbp: -1 } }),
        path: ['payload', 'changes', 'budgetGbp'],
      },
    ],
  },
  'influence/update': {
    accepted: [
      {
        name: 'lists what cannot be influenced',
        command: commands.influence.update({
          changes: { cannotInfluence: [{ topic: 'Fares', reason: 'Set by the operator' }] },
        }),
        check: (after) => expect(after.influence.cannotInfluence?.[0]?.topic).toBe('Fares'),
      },
    ],
    rejected: [
      {
        name: 'a limit without a topic',
        command: {
          type: 'influence/update',
          payload: { changes: { cannotInfluence: [{ reason: 'x' }] } },
        },
        path: ['payload', 'changes', 'cannotInfluence', 0, 'topic'],
      },
    ],
  },
  'communication-plan/update': {
    accepted: [
      {
        name: 'sets how information is shared during the work',
        command: commands.communicationPlan.update({ changes: { during: 'Monthly email' } }),
        check: (after) => expect(after.communicationPlan.during).toBe('Monthly email'),
      },
    ],
    rejected: [
      {
        name: 'a date in words',
        command: commands.communicationPlan.update({ changes: { membersToldOn: 'yesterday' } }),
        path: ['payload', 'changes', 'membersToldOn'],
      },
    ],
  },
  'timeframe/update': {
    accepted: [
      {
        name: 'moves the end and keeps the milestones',
        command: commands.timeframe.update({ changes: { end: '2025-11-30' } }),
        check: (after, before) => {
          expect(after.timeframe.end).toBe('2025-11-30');
          expect(after.timeframe.milestones).toBe(before.timeframe.milestones);
        },
      },
    ],
    rejected: [
      {
        name: 'an end before the start',
        command: commands.timeframe.update({ changes: { end: '2024-12-01' } }),
        path: ['payload', 'changes', 'end'],
      },
      {
        name: 'a start after the end',
        command: commands.timeframe.update({ changes: { start: '2026-01-01' } }),
        path: ['payload', 'changes', 'start'],
      },
      {
        name: 'milestones, which have their own commands',
        command: { type: 'timeframe/update', payload: { changes: { milestones: [] } } },
        path: ['payload', 'changes', 'milestones'],
      },
    ],
  },
  'governance/update': {
    accepted: [
      {
        name: 'sets the process summary',
        command: commands.governance.update({
          changes: { processSummary: 'Cabinet, then scrutiny' },
        }),
        check: (after, before) => {
          expect(after.governance.processSummary).toBe('Cabinet, then scrutiny');
          expect(after.governance.seniorLeaders).toBe(before.governance.seniorLeaders);
        },
      },
    ],
    rejected: [
      {
        name: 'senior leaders, which have their own commands',
        command: { type: 'governance/update', payload: { changes: { seniorLeaders: [] } } },
        path: ['payload', 'changes', 'seniorLeaders'],
      },
    ],
  },
  'outcome/add': {
    accepted: [
      {
        name: 'adds an outcome',
        command: commands.outcome.add({ id: 'o-02', description: 'Fewer missed school days' }),
        check: (after) => expect(after.outcomes.map((o) => o.id)).toEqual(['o-01', 'o-02']),
      },
    ],
    rejected: [
      {
        name: 'a taken id',
        command: commands.outcome.add({ id: 'o-01', description: 'Again' }),
        path: ['payload', 'id'],
      },
      {
        name: 'no description',
        command: { type: 'outcome/add', payload: { id: 'o-02' } },
        path: ['payload', 'description'],
      },
      {
        name: 'agreed by a member who does not exist',
        command: commands.outcome.add({ id: 'o-02', description: 'Again', agreedBy: ['m-09'] }),
        path: ['payload', 'agreedBy', 0],
      },
    ],
  },
  'outcome/update': {
    accepted: [
      {
        name: 'says how it will be recognised',
        command: commands.outcome.update({
          id: 'o-01',
          changes: { recognisedBy: 'Take-up doubles' },
        }),
        check: (after) => expect(after.outcomes[0]?.recognisedBy).toBe('Take-up doubles'),
      },
      {
        name: 'records who agreed it',
        command: commands.outcome.update({
          id: 'o-01',
          changes: { agreedBy: ['m-01'], agreedOn: '2025-02-04' },
        }),
        check: (after) => expect(after.outcomes[0]?.agreedBy).toEqual(['m-01']),
      },
    ],
    rejected: [
      {
        name: 'an outcome that does not exist',
        command: commands.outcome.update({ id: 'o-09', changes: {} }),
        path: ['payload', 'id'],
      },
      {
        name: 'agreed by a member who does not exist',
        command: commands.outcome.update({ id: 'o-01', changes: { agreedBy: ['m-09'] } }),
        path: ['payload', 'changes', 'agreedBy', 0],
      },
    ],
  },
  'outcome/set-status': {
    accepted: [
      {
        name: 'records that an outcome was partly achieved',
        command: commands.outcome.setStatus({ id: 'o-01', status: 'partly-achieved' }),
        check: (after) => expect(after.outcomes[0]?.status).toBe('partly-achieved'),
      },
    ],
    rejected: [
      {
        name: 'a status the model does not know',
        command: { type: 'outcome/set-status', payload: { id: 'o-01', status: 'done' } },
        path: ['payload', 'status'],
      },
      {
        name: 'an outcome that does not exist',
        command: commands.outcome.setStatus({ id: 'o-09', status: 'achieved' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'ending/update': {
    accepted: [
      {
        name: 'records the evaluation with the group on a project that had no ending',
        command: commands.ending.update({
          changes: { evaluatedOn: '2025-07-01', evaluatedWith: ['m-01', 'm-02'] },
        }),
        check: (after, before) => {
          expect(before.ending).toBeUndefined();
          expect(after.ending).toEqual({
            evaluatedOn: '2025-07-01',
            evaluatedWith: ['m-01', 'm-02'],
          });
        },
      },
      {
        name: 'adds what happens next and keeps the rest',
        base: withChanges((input) => {
          input.ending = { evaluatedOn: '2025-07-01' };
        }),
        command: commands.ending.update({
          changes: { whatHappensNext: 'The group meets again in September' },
        }),
        check: (after) =>
          expect(after.ending).toEqual({
            evaluatedOn: '2025-07-01',
            whatHappensNext: 'The group meets again in September',
          }),
      },
      {
        name: 'nothing to change on a project with no ending',
        command: commands.ending.update({ changes: {} }),
        unchanged: true,
      },
    ],
    rejected: [
      {
        name: 'evaluated with a member who does not exist',
        command: commands.ending.update({ changes: { evaluatedWith: ['m-09'] } }),
        path: ['payload', 'changes', 'evaluatedWith', 0],
      },
      {
        name: 'placeholder-free but empty text',
        command: commands.ending.update({ changes: { howMembersTold: '' } }),
        path: ['payload', 'changes', 'howMembersTold'],
      },
    ],
  },
  'outcome/remove': {
    accepted: [
      {
        name: 'removes an outcome',
        command: commands.outcome.remove({ id: 'o-01' }),
        check: (after) => expect(after.outcomes).toEqual([]),
      },
    ],
    rejected: [
      {
        name: 'an outcome that does not exist',
        command: commands.outcome.remove({ id: 'o-09' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'milestone/add': {
    accepted: [
      {
        name: 'adds a milestone',
        command: commands.milestone.add({ id: 'ms-02', title: 'Pilot starts', due: '2025-09-01' }),
        check: (after) => expect(after.timeframe.milestones[1]?.id).toBe('ms-02'),
      },
    ],
    rejected: [
      {
        name: 'a taken id',
        command: commands.milestone.add({ id: 'ms-01', title: 'Again', due: '2025-09-01' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'milestone/update': {
    accepted: [
      {
        name: 'moves the due date',
        command: commands.milestone.update({ id: 'ms-01', changes: { due: '2025-07-31' } }),
        check: (after) => expect(after.timeframe.milestones[0]?.due).toBe('2025-07-31'),
      },
    ],
    rejected: [
      {
        name: 'clearing the title',
        command: {
          type: 'milestone/update',
          payload: { id: 'ms-01', changes: {}, clear: ['title'] },
        },
        path: ['payload', 'clear', 0],
      },
    ],
  },
  'milestone/complete': {
    accepted: [
      {
        name: 'marks it done',
        command: commands.milestone.complete({ id: 'ms-01', on: '2025-07-02' }),
        check: (after) => expect(after.timeframe.milestones[0]?.done).toBe('2025-07-02'),
      },
    ],
    rejected: [
      {
        name: 'a milestone already done',
        base: withChanges((input) => {
          input.timeframe = {
            milestones: [
              { id: 'ms-01', title: 'Options agreed', due: '2025-06-30', done: '2025-06-01' },
            ],
          };
        }),
        command: commands.milestone.complete({ id: 'ms-01', on: '2025-07-02' }),
        path: ['payload', 'id'],
      },
      {
        name: 'a milestone that does not exist',
        command: commands.milestone.complete({ id: 'ms-09', on: '2025-07-02' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'related-engagement/add': {
    accepted: [
      {
        name: 'adds to the list',
        command: commands.relatedEngagement.add({ id: 'e-02', title: 'Budget survey' }),
        check: (after) =>
          expect(after.relatedEngagement?.map((e) => e.id)).toEqual(['e-01', 'e-02']),
      },
      {
        name: 'starts the list when there was none',
        base: withChanges((input) => {
          delete input.relatedEngagement;
        }),
        command: commands.relatedEngagement.add({ id: 'e-02', title: 'Budget survey' }),
        check: (after) => expect(after.relatedEngagement?.map((e) => e.id)).toEqual(['e-02']),
      },
    ],
    rejected: [
      {
        name: 'a taken id',
        command: commands.relatedEngagement.add({ id: 'e-01', title: 'Again' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'related-engagement/update': {
    accepted: [
      {
        name: 'records how duplication is avoided',
        command: commands.relatedEngagement.update({
          id: 'e-01',
          changes: { coordination: 'One shared survey' },
        }),
        check: (after) =>
          expect(after.relatedEngagement?.[0]?.coordination).toBe('One shared survey'),
      },
    ],
    rejected: [
      {
        name: 'no list yet',
        base: withChanges((input) => {
          delete input.relatedEngagement;
        }),
        command: commands.relatedEngagement.update({ id: 'e-01', changes: {} }),
        path: ['payload', 'id'],
      },
    ],
  },
  'related-engagement/remove': {
    accepted: [
      {
        name: 'removes a record',
        command: commands.relatedEngagement.remove({ id: 'e-01' }),
        check: (after) => expect(after.relatedEngagement).toEqual([]),
      },
    ],
    rejected: [
      {
        name: 'a record that does not exist',
        command: commands.relatedEngagement.remove({ id: 'e-09' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'glossary/define': {
    accepted: [
      {
        name: 'adds a new term',
        command: commands.glossary.define({ term: 'S106', explanation: 'Money from developers' }),
        check: (after) => expect(after.glossary.map((g) => g.term)).toEqual(['MTFS', 'S106']),
      },
      {
        name: 'explains a known term again',
        command: commands.glossary.define({ term: 'MTFS', explanation: 'The budget plan' }),
        check: (after) =>
          expect(after.glossary).toEqual([{ term: 'MTFS', explanation: 'The budget plan' }]),
      },
    ],
    rejected: [
      {
        name: 'no explanation',
        command: commands.glossary.define({ term: 'S106', explanation: '' }),
        path: ['payload', 'explanation'],
      },
    ],
  },
  'glossary/remove': {
    accepted: [
      {
        name: 'removes a term',
        command: commands.glossary.remove({ term: 'MTFS' }),
        check: (after) => expect(after.glossary).toEqual([]),
      },
    ],
    rejected: [
      {
        name: 'a term not in the glossary',
        command: commands.glossary.remove({ term: 'S106' }),
        path: ['payload', 'term'],
      },
    ],
  },
  'perspective/add': {
    accepted: [
      {
        name: 'adds a required perspective',
        command: commands.perspective.add({ id: 'parents', label: 'Parents' }),
        check: (after) => expect(after.group.requiredPerspectives[1]?.id).toBe('parents'),
      },
    ],
    rejected: [
      {
        name: 'a taken id',
        command: commands.perspective.add({ id: 'young-carers', label: 'Again' }),
        path: ['payload', 'id'],
      },
      {
        name: 'an id with spaces',
        command: commands.perspective.add({ id: 'young carers', label: 'Young carers' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'perspective/update': {
    accepted: [
      {
        name: 'explains why it is needed',
        command: commands.perspective.update({
          id: 'young-carers',
          changes: { why: 'They use it' },
        }),
        check: (after) => expect(after.group.requiredPerspectives[0]?.why).toBe('They use it'),
      },
    ],
    rejected: [
      {
        name: 'a perspective that does not exist',
        command: commands.perspective.update({ id: 'parents', changes: {} }),
        path: ['payload', 'id'],
      },
    ],
  },
  'perspective/remove': {
    accepted: [
      {
        name: 'removes it and leaves members as they are',
        command: commands.perspective.remove({ id: 'young-carers' }),
        check: (after, before) => {
          expect(after.group.requiredPerspectives).toEqual([]);
          expect(after.group.members).toBe(before.group.members);
        },
      },
    ],
    rejected: [
      {
        name: 'a perspective that does not exist',
        command: commands.perspective.remove({ id: 'parents' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'member/add': {
    accepted: [
      {
        name: 'adds a member with defaults filled in',
        command: commands.member.add({ id: 'm-04', displayName: 'Member D', roles: ['carer'] }),
        check: (after) =>
          expect(member(after, 'm-04')).toEqual({
            id: 'm-04',
            displayName: 'Member D',
            roles: ['carer'],
            perspectives: [],
            accessNeeds: 'unknown',
          }),
      },
      {
        name: 'treats an undefined field as absent',
        command: commands.member.add({
          id: 'm-04',
          displayName: 'Member D',
          roles: ['carer'],
          skills: undefined,
        }),
        check: (after) => expect(Object.keys(member(after, 'm-04') ?? {})).not.toContain('skills'),
      },
    ],
    rejected: [
      {
        name: 'a taken id',
        command: commands.member.add({ id: 'm-01', displayName: 'Again', roles: ['carer'] }),
        path: ['payload', 'id'],
      },
      {
        name: 'leaving before joining',
        command: commands.member.add({
          id: 'm-04',
          displayName: 'Member D',
          roles: ['carer'],
          joined: '2025-03-01',
          left: '2025-02-01',
        }),
        path: ['payload', 'left'],
      },
      {
        name: 'no roles',
        command: commands.member.add({ id: 'm-04', displayName: 'Member D', roles: [] }),
        path: ['payload', 'roles'],
      },
      {
        name: 'contact details, which the model has no place for',
        command: {
          type: 'member/add',
          payload: { id: 'm-04', displayName: 'D', roles: ['carer'], email: 'd@example.org' },
        },
        path: ['payload', 'email'],
      },
    ],
  },
  'member/update': {
    accepted: [
      {
        name: 'renames and clears skills, keeping the rest',
        command: commands.member.update({
          id: 'm-01',
          changes: { displayName: 'Sam' },
          clear: ['skills'],
        }),
        check: (after, before) => {
          const { skills: _skills, ...rest } = member(before, 'm-01') ?? {};
          expect(member(after, 'm-01')).toEqual({ ...rest, displayName: 'Sam' });
        },
      },
      {
        name: 'leaves perspectives alone when they are not named',
        command: commands.member.update({ id: 'm-01', changes: { usualParticipant: false } }),
        check: (after) => expect(member(after, 'm-01')?.perspectives).toEqual(['young-carers']),
      },
      {
        name: 'the same values change nothing',
        command: commands.member.update({ id: 'm-01', changes: { skills: ['Drawing'] } }),
        unchanged: true,
      },
    ],
    rejected: [
      {
        name: 'a member who does not exist',
        command: commands.member.update({ id: 'm-09', changes: { displayName: 'X' } }),
        path: ['payload', 'id'],
      },
      {
        name: 'leaving before joining',
        command: commands.member.update({ id: 'm-01', changes: { left: '2025-01-01' } }),
        path: ['payload', 'changes', 'left'],
      },
      {
        name: 'joining after leaving',
        command: commands.member.update({ id: 'm-03', changes: { joined: '2025-04-01' } }),
        path: ['payload', 'changes', 'joined'],
      },
      {
        name: 'changing the id',
        command: { type: 'member/update', payload: { id: 'm-01', changes: { id: 'm-05' } } },
        path: ['payload', 'changes', 'id'],
      },
    ],
  },
  'member/retire': {
    accepted: [
      {
        name: 'sets left and keeps the member',
        command: commands.member.retire({ id: 'm-01', on: '2025-06-30' }),
        check: (after, before) => {
          expect(member(after, 'm-01')).toEqual({ ...member(before, 'm-01'), left: '2025-06-30' });
          expect(after.group.members).toHaveLength(3);
          expect(after.activities).toBe(before.activities);
        },
      },
    ],
    rejected: [
      {
        name: 'a member who already left',
        command: commands.member.retire({ id: 'm-03', on: '2025-06-30' }),
        path: ['payload', 'id'],
      },
      {
        name: 'leaving before joining',
        command: commands.member.retire({ id: 'm-01', on: '2025-01-01' }),
        path: ['payload', 'on'],
      },
      {
        name: 'a member who does not exist',
        command: commands.member.retire({ id: 'm-09', on: '2025-06-30' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'member/set-access-needs': {
    accepted: [
      {
        name: 'records that a member was asked and needs nothing',
        command: commands.member.setAccessNeeds({ id: 'm-01', accessNeeds: 'none' }),
        check: (after) => expect(member(after, 'm-01')?.accessNeeds).toBe('none'),
      },
      {
        name: 'records a need with an alternative per setting',
        command: commands.member.setAccessNeeds({
          id: 'm-01',
          accessNeeds: [
            {
              need: 'I am hard of hearing',
              bySetting: { inPerson: ['hearing-loop'], online: ['captions'] },
              met: true,
            },
          ],
        }),
        check: (after) =>
          expect(member(after, 'm-01')?.accessNeeds).toEqual([
            {
              need: 'I am hard of hearing',
              bySetting: { inPerson: ['hearing-loop'], online: ['captions'] },
              met: true,
            },
          ]),
      },
    ],
    rejected: [
      {
        name: 'an empty list: say "none" instead',
        command: { type: 'member/set-access-needs', payload: { id: 'm-01', accessNeeds: [] } },
        path: ['payload', 'accessNeeds'],
      },
      {
        name: 'a member who does not exist',
        command: commands.member.setAccessNeeds({ id: 'm-09', accessNeeds: 'none' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'member/record-benefits-advice': {
    accepted: [
      {
        name: 'records when advice was offered and the non-cash choice',
        command: commands.member.recordBenefitsAdvice({
          id: 'm-02',
          on: '2025-02-04',
          nonCashPreference: 'time-credit',
        }),
        check: (after) =>
          expect(member(after, 'm-02')).toMatchObject({
            benefitsAdviceOfferedOn: '2025-02-04',
            nonCashPreference: 'time-credit',
          }),
      },
      {
        name: 'a new date keeps the choice already recorded',
        command: commands.member.recordBenefitsAdvice({ id: 'm-01', on: '2025-03-01' }),
        check: (after) =>
          expect(member(after, 'm-01')).toMatchObject({
            benefitsAdviceOfferedOn: '2025-03-01',
            nonCashPreference: 'voucher',
          }),
      },
      {
        name: 'the same answer again changes nothing',
        command: commands.member.recordBenefitsAdvice({
          id: 'm-01',
          on: '2025-01-10',
          nonCashPreference: 'voucher',
        }),
        unchanged: true,
      },
    ],
    rejected: [
      {
        name: 'a member who does not exist',
        command: commands.member.recordBenefitsAdvice({ id: 'm-09', on: '2025-02-04' }),
        path: ['payload', 'id'],
      },
      {
        name: 'a choice that is not on the list',
        command: {
          type: 'member/record-benefits-advice',
          payload: { id: 'm-01', on: '2025-02-04', nonCashPreference: 'cash' },
        },
        path: ['payload', 'nonCashPreference'],
      },
      {
        name: 'a date that is not a date',
        command: commands.member.recordBenefitsAdvice({ id: 'm-01', on: '4 February' }),
        path: ['payload', 'on'],
      },
    ],
  },
  'member/record-training': {
    accepted: [
      {
        name: 'adds training to a member who has some',
        command: commands.member.recordTraining({
          id: 'm-01',
          title: 'Safeguarding basics',
          on: '2025-03-05',
        }),
        check: (after) =>
          expect(member(after, 'm-01')?.trainingTaken).toEqual([
            { title: 'Chairing meetings', on: '2025-02-20' },
            { title: 'Safeguarding basics', on: '2025-03-05' },
          ]),
      },
      {
        name: 'starts the list for a member with none',
        command: commands.member.recordTraining({ id: 'm-02', title: 'Minute taking' }),
        check: (after) =>
          expect(member(after, 'm-02')?.trainingTaken).toEqual([{ title: 'Minute taking' }]),
      },
    ],
    rejected: [
      {
        name: 'a member who does not exist',
        command: commands.member.recordTraining({ id: 'm-09', title: 'Minute taking' }),
        path: ['payload', 'id'],
      },
      {
        name: 'an empty title',
        command: commands.member.recordTraining({ id: 'm-01', title: '' }),
        path: ['payload', 'title'],
      },
    ],
  },
  'member/erase': {
    accepted: [
      {
        name: "replaces the member's personal data and keeps the rest",
        command: commands.member.erase({ id: 'm-01', reason: 'Erasure request ER-1' }),
        check: (after, before) => {
          expect(member(after, 'm-01')).toEqual({
            ...member(before, 'm-01'),
            displayName: 'Erased member m-01',
            skills: ['[erased]'],
            trainingTaken: [{ title: '[erased]', on: '2025-02-20' }],
          });
          expect(after.group.members[1]).toBe(before.group.members[1]);
          expect(after.activities).toBe(before.activities);
          // Their ledger entry keeps its kind, status and dates; the note is erased, the amount gone.
          expect(after.reciprocity).toEqual([
            {
              id: 'rx-01',
              memberId: 'm-01',
              kind: 'voucher',
              offeredOn: '2025-02-04',
              paidOn: '2025-02-11',
              status: 'received',
              note: '[erased]',
            },
          ]);
        },
      },
      {
        name: "leaves other members' ledger entries alone",
        command: commands.member.erase({ id: 'm-02' }),
        check: (after, before) => {
          expect(member(after, 'm-02')?.displayName).toBe('Erased member m-02');
          expect(after.reciprocity).toBe(before.reciprocity);
        },
      },
      {
        name: 'an erased member again',
        command: commands.member.erase({ id: 'm-01' }),
        base: () => applyCommand(smallProject(), commands.member.erase({ id: 'm-01' })),
        unchanged: true,
      },
    ],
    rejected: [
      {
        name: 'a member who does not exist',
        command: commands.member.erase({ id: 'm-09' }),
        path: ['payload', 'id'],
      },
      {
        name: 'a head that is not a hash',
        command: { type: 'member/erase', payload: { id: 'm-01', replacesHead: 'abc' } },
        path: ['payload', 'replacesHead'],
      },
    ],
  },
  'activity/record': {
    accepted: [
      {
        name: 'records an activity with its attendance',
        command: commands.activity.record({
          ...ACTIVITY,
          chairedBy: ['m-01'],
          attendance: [{ memberId: 'm-01', contributions: 2 }, { memberId: 'm-03' }],
        }),
        check: (after) => {
          expect(after.activities[1]?.id).toBe('a-02');
          expect(after.activities[1]?.attendance).toEqual([
            { memberId: 'm-01', contributions: 2 },
            { memberId: 'm-03' },
          ]);
        },
      },
    ],
    rejected: [
      {
        name: 'attendance by a member who does not exist',
        command: commands.activity.record({ ...ACTIVITY, attendance: [{ memberId: 'm-09' }] }),
        path: ['payload', 'attendance', 0, 'memberId'],
      },
      {
        name: 'two attendance rows for one member',
        command: commands.activity.record({
          ...ACTIVITY,
          attendance: [{ memberId: 'm-01' }, { memberId: 'm-01' }],
        }),
        path: ['payload', 'attendance', 1, 'memberId'],
      },
      {
        name: 'a chair who does not exist',
        command: commands.activity.record({ ...ACTIVITY, chairedBy: ['m-09'] }),
        path: ['payload', 'chairedBy', 0],
      },
      {
        name: 'ending before it starts',
        command: commands.activity.record({ ...ACTIVITY, end: '2025-03-07T14:00:00+00:00' }),
        path: ['payload', 'end'],
      },
      {
        name: 'a start without a time zone offset',
        command: commands.activity.record({ ...ACTIVITY, start: '2025-03-07T15:00:00' }),
        path: ['payload', 'start'],
      },
      {
        name: 'a taken id',
        command: commands.activity.record({ ...ACTIVITY, id: 'a-01' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'activity/update': {
    accepted: [
      {
        name: 'renames and clears the notes',
        command: commands.activity.update({
          id: 'a-01',
          changes: { title: 'Journeys' },
          clear: ['notes'],
        }),
        check: (after) => {
          expect(after.activities[0]?.title).toBe('Journeys');
          expect(after.activities[0]?.notes).toBeUndefined();
        },
      },
    ],
    rejected: [
      {
        name: 'ending before it starts',
        command: commands.activity.update({
          id: 'a-01',
          changes: { end: '2025-02-04T17:00:00+00:00' },
        }),
        path: ['payload', 'changes', 'end'],
      },
      {
        name: 'a facilitator who does not exist',
        command: commands.activity.update({ id: 'a-01', changes: { facilitatedBy: ['m-09'] } }),
        path: ['payload', 'changes', 'facilitatedBy', 0],
      },
      {
        name: 'an activity that does not exist',
        command: commands.activity.update({ id: 'a-09', changes: {} }),
        path: ['payload', 'id'],
      },
    ],
  },
  'activity/set-attendance': {
    accepted: [
      {
        name: 'replaces the attendance',
        command: commands.activity.setAttendance({
          id: 'a-01',
          attendance: [{ memberId: 'm-03' }],
        }),
        check: (after) => expect(after.activities[0]?.attendance).toEqual([{ memberId: 'm-03' }]),
      },
    ],
    rejected: [
      {
        name: 'a member who does not exist',
        command: commands.activity.setAttendance({
          id: 'a-01',
          attendance: [{ memberId: 'm-01' }, { memberId: 'm-09' }],
        }),
        path: ['payload', 'attendance', 1, 'memberId'],
      },
      {
        name: 'a negative count',
        command: commands.activity.setAttendance({
          id: 'a-01',
          attendance: [{ memberId: 'm-01', contributions: -1 }],
        }),
        path: ['payload', 'attendance', 0, 'contributions'],
      },
      {
        name: 'an activity that does not exist',
        command: commands.activity.setAttendance({ id: 'a-09', attendance: [] }),
        path: ['payload', 'id'],
      },
    ],
  },
  'activity/set-support': {
    accepted: [
      {
        name: 'records the support arranged, apart from the venue',
        command: commands.activity.setSupport({
          id: 'a-01',
          supportArranged: ['captions', 'travel-costs'],
        }),
        check: (after, before) => {
          expect(after.activities[0]?.supportArranged).toEqual(['captions', 'travel-costs']);
          expect(after.activities[0]?.venue).toEqual(before.activities[0]?.venue);
        },
      },
    ],
    rejected: [
      {
        name: 'a property of a place is not support',
        command: {
          type: 'activity/set-support',
          payload: { id: 'a-01', supportArranged: ['step-free'] },
        },
        path: ['payload', 'supportArranged', 0],
      },
      {
        name: 'the same support twice',
        command: commands.activity.setSupport({
          id: 'a-01',
          supportArranged: ['captions', 'captions'],
        }),
        path: ['payload', 'supportArranged', 1],
      },
      {
        name: 'an activity that does not exist',
        command: commands.activity.setSupport({ id: 'a-09', supportArranged: [] }),
        path: ['payload', 'id'],
      },
    ],
  },
  'decision/record': {
    accepted: [
      {
        name: 'records a decision made at an activity',
        command: commands.decision.record({
          id: 'd-03',
          title: 'Trial Saturday sessions',
          date: '2025-04-10',
          madeBy: 'group',
          activityId: 'a-01',
        }),
        check: (after) => expect(after.decisions[2]?.activityId).toBe('a-01'),
      },
    ],
    rejected: [
      {
        name: 'a made decision with no date',
        command: commands.decision.record({ id: 'd-03', title: 'X', madeBy: 'group' }),
        path: ['payload', 'date'],
      },
      {
        name: 'an activity that does not exist',
        command: commands.decision.record({
          id: 'd-03',
          title: 'X',
          date: '2025-04-10',
          madeBy: 'group',
          activityId: 'a-09',
        }),
        path: ['payload', 'activityId'],
      },
      {
        name: 'a taken id',
        command: commands.decision.record({
          id: 'd-01',
          title: 'X',
          date: '2025-04-10',
          madeBy: 'group',
        }),
        path: ['payload', 'id'],
      },
    ],
  },
  'decision/update': {
    accepted: [
      {
        name: 'plans a decision still to come, with no date',
        command: commands.decision.update({
          id: 'd-02',
          changes: { status: 'planned', due: '2025-06-01', toBeMadeBy: 'Cabinet' },
          clear: ['date'],
        }),
        check: (after) => {
          expect(after.decisions[1]?.status).toBe('planned');
          expect('date' in (after.decisions[1] ?? {})).toBe(false);
        },
      },
      {
        name: 'records that the group was told',
        command: commands.decision.update({ id: 'd-02', changes: { groupInformed: true } }),
        check: (after) => expect(after.decisions[1]?.groupInformed).toBe(true),
      },
    ],
    rejected: [
      {
        name: 'clearing the date of a made decision',
        command: commands.decision.update({ id: 'd-02', changes: {}, clear: ['date'] }),
        path: ['payload', 'clear'],
      },
      {
        name: 'an activity that does not exist',
        command: commands.decision.update({ id: 'd-02', changes: { activityId: 'a-09' } }),
        path: ['payload', 'changes', 'activityId'],
      },
    ],
  },
  'decision/update-governance': {
    accepted: [
      {
        name: 'moves the status on and keeps the route',
        command: commands.decision.updateGovernance({
          id: 'd-01',
          status: 'approved',
          updatedOn: '2025-05-14',
        }),
        check: (after) =>
          expect(after.decisions[0]?.governance).toEqual({
            route: 'officer-decision',
            status: 'approved',
            updatedOn: '2025-05-14',
          }),
      },
      {
        name: 'starts a route for a decision without one',
        command: commands.decision.updateGovernance({ id: 'd-02', route: 'cabinet' }),
        check: (after) => expect(after.decisions[1]?.governance).toEqual({ route: 'cabinet' }),
      },
    ],
    rejected: [
      {
        name: 'a status with no route yet',
        command: commands.decision.updateGovernance({ id: 'd-02', status: 'approved' }),
        path: ['payload', 'route'],
      },
      {
        name: 'an unknown status',
        command: { type: 'decision/update-governance', payload: { id: 'd-01', status: 'done' } },
        path: ['payload', 'status'],
      },
      {
        name: 'a decision that does not exist',
        command: commands.decision.updateGovernance({ id: 'd-09', route: 'cabinet' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'decision/mark-made': {
    accepted: [
      {
        name: 'records that a planned decision was made',
        command: commands.decision.markMade({
          id: 'd-02',
          date: '2025-03-01',
          decidedBy: 'Cabinet',
        }),
        check: (after) => {
          expect(after.decisions[1]?.status).toBe('made');
          expect(after.decisions[1]?.date).toBe('2025-03-01');
          expect(after.decisions[1]?.decidedBy).toBe('Cabinet');
        },
      },
    ],
    rejected: [
      {
        name: 'a decision that does not exist',
        command: commands.decision.markMade({ id: 'd-09', date: '2025-03-01' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'decision/tell-group': {
    accepted: [
      {
        name: 'records when the group was told, and the reasons',
        command: commands.decision.tellGroup({
          id: 'd-02',
          on: '2025-02-27',
          reasons: 'The grant was cut by a quarter.',
        }),
        check: (after) =>
          expect(after.decisions[1]).toMatchObject({
            groupInformed: true,
            groupToldOn: '2025-02-27',
            reasons: 'The grant was cut by a quarter.',
            rationaleExplained: true,
          }),
      },
    ],
    rejected: [
      {
        name: 'a date that is not a date',
        command: { type: 'decision/tell-group', payload: { id: 'd-02', on: 'last week' } },
        path: ['payload', 'on'],
      },
    ],
  },
  'recommendation/add': {
    accepted: [
      {
        name: 'adds a recommendation awaiting an answer',
        command: commands.recommendation.add({
          id: 'rec-01',
          summary: 'Keep the evening bus',
          madeOn: '2025-03-01',
          madeTo: 'Cabinet',
          decisionId: 'd-02',
        }),
        check: (after) => expect(after.recommendations[0]?.response).toBe('awaiting'),
      },
    ],
    rejected: [
      {
        name: 'a decision that does not exist',
        command: commands.recommendation.add({
          id: 'rec-01',
          summary: 'Keep the evening bus',
          madeOn: '2025-03-01',
          decisionId: 'd-09',
        }),
        path: ['payload', 'decisionId'],
      },
    ],
  },
  'recommendation/update': {
    accepted: [
      {
        name: 'links a recommendation to its decision',
        base: withChanges((input) => {
          input.recommendations = [{ id: 'rec-01', summary: 'Keep the bus', madeOn: '2025-03-01' }];
        }),
        command: commands.recommendation.update({ id: 'rec-01', changes: { decisionId: 'd-02' } }),
        check: (after) => expect(after.recommendations[0]?.decisionId).toBe('d-02'),
      },
    ],
    rejected: [
      {
        name: 'a recommendation that does not exist',
        command: commands.recommendation.update({ id: 'rec-09', changes: { madeTo: 'Cabinet' } }),
        path: ['payload', 'id'],
      },
    ],
  },
  'recommendation/remove': {
    accepted: [
      {
        name: 'removes a recommendation recorded by mistake',
        base: withChanges((input) => {
          input.recommendations = [{ id: 'rec-01', summary: 'Keep the bus', madeOn: '2025-03-01' }];
        }),
        command: commands.recommendation.remove({ id: 'rec-01' }),
        check: (after) => expect(after.recommendations).toEqual([]),
      },
    ],
    rejected: [
      {
        name: 'a recommendation that does not exist',
        command: commands.recommendation.remove({ id: 'rec-09' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'recommendation/respond': {
    accepted: [
      {
        name: 'records a rejection with its reasons',
        base: withChanges((input) => {
          input.recommendations = [{ id: 'rec-01', summary: 'Keep the bus', madeOn: '2025-03-01' }];
        }),
        command: commands.recommendation.respond({
          id: 'rec-01',
          response: 'rejected',
          respondedOn: '2025-04-01',
          reasons: 'The operator contract ends in March.',
        }),
        check: (after) =>
          expect(after.recommendations[0]).toMatchObject({
            response: 'rejected',
            respondedOn: '2025-04-01',
            reasons: 'The operator contract ends in March.',
          }),
      },
    ],
    rejected: [
      {
        name: 'an unknown response',
        command: { type: 'recommendation/respond', payload: { id: 'rec-01', response: 'maybe' } },
        path: ['payload', 'response'],
      },
    ],
  },
  'recommendation/tell-group': {
    accepted: [
      {
        name: 'records when the group was told the answer',
        base: withChanges((input) => {
          input.recommendations = [{ id: 'rec-01', summary: 'Keep the bus', madeOn: '2025-03-01' }];
        }),
        command: commands.recommendation.tellGroup({ id: 'rec-01', on: '2025-04-08' }),
        check: (after) => expect(after.recommendations[0]?.groupToldOn).toBe('2025-04-08'),
      },
    ],
    rejected: [
      {
        name: 'a recommendation that does not exist',
        command: commands.recommendation.tellGroup({ id: 'rec-09', on: '2025-04-08' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'reciprocity/add': {
    accepted: [
      {
        name: 'adds an offer of payment to the ledger',
        command: commands.reciprocity.add({
          id: 'rx-02',
          memberId: 'm-03',
          kind: 'payment',
          offeredOn: '2025-02-04',
          amountPence: 2500,
          status: 'offered',
        }),
        check: (after) =>
          expect(after.reciprocity[1]).toEqual({
            id: 'rx-02',
            memberId: 'm-03',
            kind: 'payment',
            offeredOn: '2025-02-04',
            amountPence: 2500,
            status: 'offered',
          }),
      },
      {
        name: 'starts the ledger of a project with none',
        base: withChanges((input) => {
          delete input.reciprocity;
        }),
        command: commands.reciprocity.add({
          id: 'rx-02',
          memberId: 'm-02',
          kind: 'reference',
          status: 'accepted',
        }),
        check: (after) => expect(after.reciprocity.map((e) => e.id)).toEqual(['rx-02']),
      },
    ],
    rejected: [
      {
        name: 'a member who does not exist',
        command: commands.reciprocity.add({
          id: 'rx-02',
          memberId: 'm-09',
          kind: 'voucher',
          status: 'offered',
        }),
        path: ['payload', 'memberId'],
      },
      {
        name: 'an id already in the ledger',
        command: commands.reciprocity.add({
          id: 'rx-01',
          memberId: 'm-02',
          kind: 'voucher',
          status: 'offered',
        }),
        path: ['payload', 'id'],
      },
      {
        name: 'an amount in pounds and pence rather than whole pence',
        command: commands.reciprocity.add({
          id: 'rx-02',
          memberId: 'm-02',
          kind: 'payment',
          amountPence: 25.5,
          status: 'offered',
        }),
        path: ['payload', 'amountPence'],
      },
      {
        name: 'a negative amount',
        command: commands.reciprocity.add({
          id: 'rx-02',
          memberId: 'm-02',
          kind: 'expenses',
          amountPence: -100,
          status: 'received',
        }),
        path: ['payload', 'amountPence'],
      },
      {
        name: 'a kind that is not on the list',
        command: {
          type: 'reciprocity/add',
          payload: { id: 'rx-02', memberId: 'm-02', kind: 'cash', status: 'offered' },
        },
        path: ['payload', 'kind'],
      },
      {
        name: 'no status',
        command: {
          type: 'reciprocity/add',
          payload: { id: 'rx-02', memberId: 'm-02', kind: 'voucher' },
        },
        path: ['payload', 'status'],
      },
    ],
  },
  'reciprocity/update': {
    accepted: [
      {
        name: 'records a claim and payment, and clears the note',
        command: commands.reciprocity.update({
          id: 'rx-01',
          changes: { claimedOn: '2025-02-05', amountPence: 2000 },
          clear: ['note'],
        }),
        check: (after) =>
          expect(after.reciprocity[0]).toEqual({
            id: 'rx-01',
            memberId: 'm-01',
            kind: 'voucher',
            offeredOn: '2025-02-04',
            amountPence: 2000,
            claimedOn: '2025-02-05',
            paidOn: '2025-02-11',
            status: 'received',
          }),
      },
      {
        name: 'naming the same member changes nothing',
        command: commands.reciprocity.update({ id: 'rx-01', changes: { memberId: 'm-01' } }),
        unchanged: true,
      },
    ],
    rejected: [
      {
        name: 'an entry that does not exist',
        command: commands.reciprocity.update({ id: 'rx-09', changes: { status: 'declined' } }),
        path: ['payload', 'id'],
      },
      {
        name: 'moving an entry to another member',
        command: commands.reciprocity.update({ id: 'rx-01', changes: { memberId: 'm-02' } }),
        path: ['payload', 'changes', 'memberId'],
      },
      {
        name: 'clearing the status',
        command: { type: 'reciprocity/update', payload: { id: 'rx-01', clear: ['status'] } },
        path: ['payload', 'clear', 0],
      },
    ],
  },
  'reciprocity/remove': {
    accepted: [
      {
        name: 'removes an entry recorded by mistake',
        command: commands.reciprocity.remove({ id: 'rx-01' }),
        check: (after) => expect(after.reciprocity).toEqual([]),
      },
    ],
    rejected: [
      {
        name: 'an entry that does not exist',
        command: commands.reciprocity.remove({ id: 'rx-09' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'acknowledgement/record': {
    accepted: [
      {
        name: 'starts the list with an issue named by its rule and subject',
        command: commands.acknowledgement.record({
          id: 'ack-01',
          ruleId: 'quiet-members',
          subject: { type: 'member', id: 'm-01' },
          reason: 'Takes part by writing between meetings, by choice.',
          by: 'Project lead',
          on: '2025-03-10',
          reviewOn: '2025-06-10',
        }),
        check: (after, before) => {
          expect(before.acknowledgements).toBeUndefined();
          expect(after.acknowledgements).toEqual([
            {
              id: 'ack-01',
              ruleId: 'quiet-members',
              subject: { type: 'member', id: 'm-01' },
              reason: 'Takes part by writing between meetings, by choice.',
              by: 'Project lead',
              on: '2025-03-10',
              reviewOn: '2025-06-10',
            },
          ]);
        },
      },
      {
        name: 'adds one named by its issue id',
        base: withChanges((input) => {
          input.acknowledgements = [
            {
              id: 'ack-01',
              ruleId: 'learning-plan',
              reason: 'Known',
              by: 'Lead',
              on: '2025-03-01',
            },
          ];
        }),
        command: commands.acknowledgement.record({
          id: 'ack-02',
          issueId: 'cp-0123456789abcdef',
          reason: 'Agreed at the board.',
          by: 'Programme board',
          on: '2025-03-12',
        }),
        check: (after) =>
          expect(after.acknowledgements?.map((a) => a.id)).toEqual(['ack-01', 'ack-02']),
      },
    ],
    rejected: [
      {
        name: 'no reason',
        command: {
          type: 'acknowledgement/record',
          payload: { id: 'ack-01', ruleId: 'learning-plan', by: 'Lead', on: '2025-03-01' },
        },
        path: ['payload', 'reason'],
      },
      {
        name: 'the issue named both ways',
        command: commands.acknowledgement.record({
          id: 'ack-01',
          issueId: 'cp-0123456789abcdef',
          ruleId: 'learning-plan',
          reason: 'Known',
          by: 'Lead',
          on: '2025-03-01',
        }),
        path: ['payload', 'ruleId'],
      },
      {
        name: 'no issue named',
        command: commands.acknowledgement.record({
          id: 'ack-01',
          reason: 'Known',
          by: 'Lead',
          on: '2025-03-01',
        }),
        path: ['payload', 'issueId'],
      },
      {
        name: 'a review date before the acknowledgement',
        command: commands.acknowledgement.record({
          id: 'ack-01',
          ruleId: 'learning-plan',
          reason: 'Known',
          by: 'Lead',
          on: '2025-03-01',
          reviewOn: '2025-02-01',
        }),
        path: ['payload', 'reviewOn'],
      },
      {
        name: 'a taken id',
        base: withChanges((input) => {
          input.acknowledgements = [
            {
              id: 'ack-01',
              ruleId: 'learning-plan',
              reason: 'Known',
              by: 'Lead',
              on: '2025-03-01',
            },
          ];
        }),
        command: commands.acknowledgement.record({
          id: 'ack-01',
          ruleId: 'quiet-members',
          reason: 'Known',
          by: 'Lead',
          on: '2025-03-01',
        }),
        path: ['payload', 'id'],
      },
    ],
  },
  'acknowledgement/update': {
    accepted: [
      {
        name: 'moves the review date',
        base: withChanges((input) => {
          input.acknowledgements = [
            {
              id: 'ack-01',
              ruleId: 'learning-plan',
              reason: 'Known',
              by: 'Lead',
              on: '2025-03-01',
            },
          ];
        }),
        command: commands.acknowledgement.update({
          id: 'ack-01',
          changes: { reviewOn: '2025-09-01' },
        }),
        check: (after) => expect(after.acknowledgements?.[0]?.reviewOn).toBe('2025-09-01'),
      },
    ],
    rejected: [
      {
        name: 'an issue id added to one named by rule',
        base: withChanges((input) => {
          input.acknowledgements = [
            {
              id: 'ack-01',
              ruleId: 'learning-plan',
              reason: 'Known',
              by: 'Lead',
              on: '2025-03-01',
            },
          ];
        }),
        command: commands.acknowledgement.update({
          id: 'ack-01',
          changes: { issueId: 'cp-0123456789abcdef' },
        }),
        path: ['payload', 'id'],
      },
      {
        name: 'an acknowledgement that does not exist',
        command: commands.acknowledgement.update({ id: 'ack-09', changes: { by: 'Board' } }),
        path: ['payload', 'id'],
      },
    ],
  },
  'acknowledgement/remove': {
    accepted: [
      {
        name: 'removes it, so the issue is open again',
        base: withChanges((input) => {
          input.acknowledgements = [
            {
              id: 'ack-01',
              ruleId: 'learning-plan',
              reason: 'Known',
              by: 'Lead',
              on: '2025-03-01',
            },
          ];
        }),
        command: commands.acknowledgement.remove({ id: 'ack-01' }),
        check: (after) => expect(after.acknowledgements).toEqual([]),
      },
    ],
    rejected: [
      {
        name: 'an acknowledgement that does not exist',
        command: commands.acknowledgement.remove({ id: 'ack-09' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'learning/capture': {
    accepted: [
      {
        name: 'captures learning from a decision',
        command: commands.learning.capture({
          id: 'l-02',
          insight: 'Officers decide faster when members attend',
          date: '2025-04-20',
          sourceDecisionId: 'd-01',
        }),
        check: (after) => expect(after.learning[1]?.sharedWith).toEqual([]),
      },
    ],
    rejected: [
      {
        name: 'an activity that does not exist',
        command: commands.learning.capture({
          id: 'l-02',
          insight: 'X',
          date: '2025-04-20',
          sourceActivityId: 'a-09',
        }),
        path: ['payload', 'sourceActivityId'],
      },
      {
        name: 'a taken id',
        command: commands.learning.capture({ id: 'l-01', insight: 'X', date: '2025-04-20' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'learning/update': {
    accepted: [
      {
        name: 'links it to its activity',
        command: commands.learning.update({ id: 'l-01', changes: { sourceActivityId: 'a-01' } }),
        check: (after) => expect(after.learning[0]?.sourceActivityId).toBe('a-01'),
      },
    ],
    rejected: [
      {
        name: 'a decision that does not exist',
        command: commands.learning.update({ id: 'l-01', changes: { sourceDecisionId: 'd-09' } }),
        path: ['payload', 'changes', 'sourceDecisionId'],
      },
    ],
  },
  'learning/share': {
    accepted: [
      {
        name: 'appends a share',
        command: commands.learning.share({
          id: 'l-01',
          audience: 'Adult social care DMT',
          on: '2025-05-01',
        }),
        check: (after) =>
          expect(after.learning[0]?.sharedWith).toEqual([
            { audience: 'Residents newsletter', on: '2025-02-20' },
            { audience: 'Adult social care DMT', on: '2025-05-01' },
          ]),
      },
    ],
    rejected: [
      {
        name: 'the same share twice',
        command: commands.learning.share({
          id: 'l-01',
          audience: 'Residents newsletter',
          on: '2025-02-20',
        }),
        path: ['payload', 'audience'],
      },
      {
        name: 'an entry that does not exist',
        command: commands.learning.share({ id: 'l-09', audience: 'Residents', on: '2025-02-20' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'reflection/record': {
    accepted: [
      {
        name: 'records a reflection with an action',
        command: commands.reflection.record({
          id: 'r-02',
          questionId: 'readiness.purpose',
          date: '2025-04-01',
          rating: 'green',
          recordedBy: ['m-01'],
          actions: [{ description: 'Revisit in June', owner: 'm-01' }],
        }),
        check: (after) => expect(after.reflections[1]?.actions).toHaveLength(1),
      },
    ],
    rejected: [
      {
        name: 'an action owner who does not exist',
        command: commands.reflection.record({
          id: 'r-02',
          questionId: 'readiness.purpose',
          date: '2025-04-01',
          rating: 'green',
          actions: [{ description: 'X', owner: 'm-09' }],
        }),
        path: ['payload', 'actions', 0, 'owner'],
      },
      {
        name: 'a question id that is not in the framework form',
        command: commands.reflection.record({
          id: 'r-02',
          questionId: 'Everyone contributes',
          date: '2025-04-01',
          rating: 'green',
        }),
        path: ['payload', 'questionId'],
      },
      {
        name: 'a recorder who does not exist',
        command: commands.reflection.record({
          id: 'r-02',
          questionId: 'readiness.purpose',
          date: '2025-04-01',
          rating: 'green',
          recordedBy: ['m-09'],
        }),
        path: ['payload', 'recordedBy', 0],
      },
    ],
  },
  'reflection/update': {
    accepted: [
      {
        name: 'changes the rating',
        command: commands.reflection.update({ id: 'r-01', changes: { rating: 'green' } }),
        check: (after) => expect(after.reflections[0]?.rating).toBe('green'),
      },
    ],
    rejected: [
      {
        name: 'an action owner who does not exist',
        command: commands.reflection.update({
          id: 'r-01',
          changes: { actions: [{ description: 'X', owner: 'm-09' }] },
        }),
        path: ['payload', 'changes', 'actions', 0, 'owner'],
      },
    ],
  },
  'reflection/add-action': {
    accepted: [
      {
        name: 'adds an action',
        command: commands.reflection.addAction({
          id: 'r-01',
          action: { description: 'Add a glossary', owner: 'm-01' },
        }),
        check: (after) =>
          expect(after.reflections[0]?.actions[1]?.description).toBe('Add a glossary'),
      },
    ],
    rejected: [
      {
        name: 'an owner who does not exist',
        command: commands.reflection.addAction({
          id: 'r-01',
          action: { description: 'X', owner: 'm-09' },
        }),
        path: ['payload', 'action', 'owner'],
      },
      {
        name: 'a reflection that does not exist',
        command: commands.reflection.addAction({ id: 'r-09', action: { description: 'X' } }),
        path: ['payload', 'id'],
      },
    ],
  },
  'reflection/complete-action': {
    accepted: [
      {
        name: 'marks the action done',
        command: commands.reflection.completeAction({ id: 'r-01', index: 0, on: '2025-04-15' }),
        check: (after) => expect(after.reflections[0]?.actions[0]?.done).toBe('2025-04-15'),
      },
    ],
    rejected: [
      {
        name: 'an index past the end',
        command: commands.reflection.completeAction({ id: 'r-01', index: 3, on: '2025-04-15' }),
        path: ['payload', 'index'],
      },
      {
        name: 'a negative index',
        command: commands.reflection.completeAction({ id: 'r-01', index: -1, on: '2025-04-15' }),
        path: ['payload', 'index'],
      },
      {
        name: 'an action already done',
        base: withChanges((input) => {
          const reflection = input.reflections?.[0];
          if (reflection)
            reflection.actions = [{ description: 'Open with a round', done: '2025-04-01' }];
        }),
        command: commands.reflection.completeAction({ id: 'r-01', index: 0, on: '2025-04-15' }),
        path: ['payload', 'index'],
      },
    ],
  },
  'idea/raise': {
    accepted: [
      {
        name: 'raises an idea as open',
        command: commands.idea.raise({
          id: 'i-02',
          summary: 'A WhatsApp group',
          raisedOn: '2025-03-05',
          raisedBy: ['m-01'],
        }),
        check: (after) => expect(after.ideas[1]?.status).toBe('open'),
      },
    ],
    rejected: [
      {
        name: 'raised by a member who does not exist',
        command: commands.idea.raise({
          id: 'i-02',
          summary: 'X',
          raisedOn: '2025-03-05',
          raisedBy: ['m-09'],
        }),
        path: ['payload', 'raisedBy', 0],
      },
      {
        name: 'a taken id',
        command: commands.idea.raise({ id: 'i-01', summary: 'X', raisedOn: '2025-03-05' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'idea/update': {
    accepted: [
      {
        name: 'rewords the summary',
        command: commands.idea.update({
          id: 'i-01',
          changes: { summary: 'Meet at the school gate on Fridays' },
        }),
        check: (after) =>
          expect(after.ideas[0]?.summary).toBe('Meet at the school gate on Fridays'),
      },
    ],
    rejected: [
      {
        name: 'raised by a member who does not exist',
        command: commands.idea.update({ id: 'i-01', changes: { raisedBy: ['m-09'] } }),
        path: ['payload', 'changes', 'raisedBy', 0],
      },
    ],
  },
  'idea/set-status': {
    accepted: [
      {
        name: 'adopts it, with a response',
        command: commands.idea.setStatus({
          id: 'i-01',
          status: 'adopted',
          response: 'Trial from May',
        }),
        check: (after) =>
          expect(after.ideas[0]).toMatchObject({ status: 'adopted', response: 'Trial from May' }),
      },
    ],
    rejected: [
      {
        name: 'an unknown status',
        command: { type: 'idea/set-status', payload: { id: 'i-01', status: 'maybe' } },
        path: ['payload', 'status'],
      },
      {
        name: 'an idea that does not exist',
        command: commands.idea.setStatus({ id: 'i-09', status: 'parked' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'agreement/add': {
    accepted: [
      {
        name: 'adds an agreement written by members',
        command: commands.agreement.add({
          id: 'w-02',
          topic: 'decision-making',
          text: 'We decide by consent',
          createdBy: ['m-01', 'm-02'],
        }),
        check: (after) => expect(after.agreements[1]?.createdBy).toEqual(['m-01', 'm-02']),
      },
    ],
    rejected: [
      {
        name: 'written by a member who does not exist',
        command: commands.agreement.add({
          id: 'w-02',
          topic: 'other',
          text: 'X',
          createdBy: ['m-09'],
        }),
        path: ['payload', 'createdBy', 0],
      },
      {
        name: 'a taken id',
        command: commands.agreement.add({ id: 'w-01', topic: 'other', text: 'X' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'agreement/update': {
    accepted: [
      {
        name: 'records a review',
        command: commands.agreement.update({ id: 'w-01', changes: { reviewedOn: '2025-06-01' } }),
        check: (after) => expect(after.agreements[0]?.reviewedOn).toBe('2025-06-01'),
      },
    ],
    rejected: [
      {
        name: 'an agreement that does not exist',
        command: commands.agreement.update({ id: 'w-09', changes: {} }),
        path: ['payload', 'id'],
      },
    ],
  },
  'agreement/replace-all': {
    accepted: [
      {
        name: 'replaces every agreement',
        command: commands.agreement.replaceAll({
          agreements: [
            { id: 'w-10', topic: 'behaviour', text: 'One voice at a time', createdBy: ['m-01'] },
            { id: 'w-11', topic: 'language', text: 'No acronyms' },
          ],
        }),
        check: (after) => expect(after.agreements.map((a) => a.id)).toEqual(['w-10', 'w-11']),
      },
    ],
    rejected: [
      {
        name: 'one id twice',
        command: commands.agreement.replaceAll({
          agreements: [
            { id: 'w-10', topic: 'behaviour', text: 'A' },
            { id: 'w-10', topic: 'language', text: 'B' },
          ],
        }),
        path: ['payload', 'agreements', 1, 'id'],
      },
      {
        name: 'written by a member who does not exist',
        command: commands.agreement.replaceAll({
          agreements: [{ id: 'w-10', topic: 'behaviour', text: 'A', createdBy: ['m-09'] }],
        }),
        path: ['payload', 'agreements', 0, 'createdBy', 0],
      },
    ],
  },
  'leader/add': {
    accepted: [
      {
        name: 'adds a senior leader',
        command: commands.leader.add({
          id: 'sl-02',
          name: 'Head of Finance',
          role: 'Budget holder',
        }),
        check: (after) => expect(after.governance.seniorLeaders[1]?.involvement).toEqual([]),
      },
    ],
    rejected: [
      {
        name: 'a taken id',
        command: commands.leader.add({ id: 'sl-01', name: 'X', role: 'Y' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'leader/update': {
    accepted: [
      {
        name: 'changes the role',
        command: commands.leader.update({ id: 'sl-01', changes: { role: 'Executive sponsor' } }),
        check: (after) => expect(after.governance.seniorLeaders[0]?.role).toBe('Executive sponsor'),
      },
    ],
    rejected: [
      {
        name: 'clearing the name',
        command: { type: 'leader/update', payload: { id: 'sl-01', changes: {}, clear: ['name'] } },
        path: ['payload', 'clear', 0],
      },
      {
        name: 'a leader who does not exist',
        command: commands.leader.update({ id: 'sl-09', changes: {} }),
        path: ['payload', 'id'],
      },
    ],
  },
  'leader/add-involvement': {
    accepted: [
      {
        name: 'adds an involvement point',
        command: commands.leader.addInvolvement({
          id: 'sl-01',
          point: { point: 'Attend the launch' },
        }),
        check: (after) => expect(after.governance.seniorLeaders[0]?.involvement).toHaveLength(2),
      },
    ],
    rejected: [
      {
        name: 'an empty point',
        command: commands.leader.addInvolvement({ id: 'sl-01', point: { point: '' } }),
        path: ['payload', 'point', 'point'],
      },
      {
        name: 'a leader who does not exist',
        command: commands.leader.addInvolvement({ id: 'sl-09', point: { point: 'X' } }),
        path: ['payload', 'id'],
      },
    ],
  },
  'leader/update-involvement': {
    accepted: [
      {
        name: 'moves the due date',
        command: commands.leader.updateInvolvement({
          id: 'sl-01',
          index: 0,
          changes: { due: '2025-07-31' },
        }),
        check: (after) =>
          expect(after.governance.seniorLeaders[0]?.involvement[0]?.due).toBe('2025-07-31'),
      },
    ],
    rejected: [
      {
        name: 'an index past the end',
        command: commands.leader.updateInvolvement({ id: 'sl-01', index: 5, changes: {} }),
        path: ['payload', 'index'],
      },
    ],
  },
  'leader/complete-involvement': {
    accepted: [
      {
        name: 'marks the point done',
        command: commands.leader.completeInvolvement({ id: 'sl-01', index: 0, on: '2025-07-02' }),
        check: (after) =>
          expect(after.governance.seniorLeaders[0]?.involvement[0]?.done).toBe('2025-07-02'),
      },
    ],
    rejected: [
      {
        name: 'a point already done',
        base: withChanges((input) => {
          const leader = input.governance?.seniorLeaders?.[0];
          if (leader) leader.involvement = [{ point: 'Sign off', done: '2025-06-01' }];
        }),
        command: commands.leader.completeInvolvement({ id: 'sl-01', index: 0, on: '2025-07-02' }),
        path: ['payload', 'index'],
      },
      {
        name: 'an index past the end',
        command: commands.leader.completeInvolvement({ id: 'sl-01', index: 1, on: '2025-07-02' }),
        path: ['payload', 'index'],
      },
    ],
  },
  'flow/add': {
    accepted: [
      {
        name: 'adds a flow to a leader',
        command: commands.flow.add({
          id: 'f-02',
          direction: 'leaders-to-group',
          cadence: 'quarterly',
          leaderIds: ['sl-01'],
        }),
        check: (after) =>
          expect(after.governance.informationFlows[1]?.leaderIds).toEqual(['sl-01']),
      },
    ],
    rejected: [
      {
        name: 'a leader who does not exist',
        command: commands.flow.add({
          id: 'f-02',
          direction: 'leaders-to-group',
          cadence: 'quarterly',
          leaderIds: ['sl-09'],
        }),
        path: ['payload', 'leaderIds', 0],
      },
      {
        name: 'a taken id',
        command: commands.flow.add({
          id: 'f-01',
          direction: 'leaders-to-group',
          cadence: 'weekly',
        }),
        path: ['payload', 'id'],
      },
    ],
  },
  'flow/update': {
    accepted: [
      {
        name: 'changes the cadence',
        command: commands.flow.update({ id: 'f-01', changes: { cadence: 'quarterly' } }),
        check: (after) => expect(after.governance.informationFlows[0]?.cadence).toBe('quarterly'),
      },
    ],
    rejected: [
      {
        name: 'a leader who does not exist',
        command: commands.flow.update({ id: 'f-01', changes: { leaderIds: ['sl-09'] } }),
        path: ['payload', 'changes', 'leaderIds', 0],
      },
    ],
  },
  'flow/record-occurrence': {
    accepted: [
      {
        name: 'a later occurrence becomes the last',
        command: commands.flow.recordOccurrence({ id: 'f-01', on: '2025-04-30' }),
        check: (after) =>
          expect(after.governance.informationFlows[0]?.lastOccurred).toBe('2025-04-30'),
      },
      {
        name: 'an earlier occurrence, recorded late, changes nothing',
        command: commands.flow.recordOccurrence({ id: 'f-01', on: '2025-02-28' }),
        unchanged: true,
      },
    ],
    rejected: [
      {
        name: 'a flow that does not exist',
        command: commands.flow.recordOccurrence({ id: 'f-09', on: '2025-04-30' }),
        path: ['payload', 'id'],
      },
    ],
  },
  'responsibility/set': {
    accepted: [
      {
        name: 'adds a new responsibility',
        command: commands.responsibility.set({ id: 'resp-02', area: 'Minutes', owners: ['m-02'] }),
        check: (after) => expect(after.governance.responsibilities).toHaveLength(2),
      },
      {
        name: 'replaces one with the same id',
        command: commands.responsibility.set({
          id: 'resp-01',
          area: 'Chairing',
          owners: ['m-01', 'm-02'],
        }),
        check: (after) =>
          expect(after.governance.responsibilities).toEqual([
            { id: 'resp-01', area: 'Chairing', owners: ['m-01', 'm-02'] },
          ]),
      },
    ],
    rejected: [
      {
        name: 'an owner who does not exist',
        command: commands.responsibility.set({ id: 'resp-02', area: 'Minutes', owners: ['m-09'] }),
        path: ['payload', 'owners', 0],
      },
      {
        name: 'no owners',
        command: commands.responsibility.set({ id: 'resp-02', area: 'Minutes', owners: [] }),
        path: ['payload', 'owners'],
      },
    ],
  },
  'responsibility/remove': {
    accepted: [
      {
        name: 'removes a responsibility',
        command: commands.responsibility.remove({ id: 'resp-01' }),
        check: (after) => expect(after.governance.responsibilities).toEqual([]),
      },
    ],
    rejected: [
      {
        name: 'a responsibility that does not exist',
        command: commands.responsibility.remove({ id: 'resp-09' }),
        path: ['payload', 'id'],
      },
    ],
  },
  batch: {
    accepted: [
      {
        name: 'later commands see earlier ones',
        command: commands.batch([
          commands.member.add({ id: 'm-04', displayName: 'Member D', roles: ['carer'] }),
          commands.activity.setAttendance({ id: 'a-01', attendance: [{ memberId: 'm-04' }] }),
          commands.member.retire({ id: 'm-04', on: '2025-05-01' }),
        ]),
        check: (after) => {
          expect(member(after, 'm-04')?.left).toBe('2025-05-01');
          expect(after.activities[0]?.attendance).toEqual([{ memberId: 'm-04' }]);
        },
      },
    ],
    rejected: [
      {
        name: 'a command that fails after one that succeeded',
        command: commands.batch([
          commands.member.add({ id: 'm-04', displayName: 'Member D', roles: ['carer'] }),
          commands.activity.setAttendance({ id: 'a-01', attendance: [{ memberId: 'm-05' }] }),
        ]),
        path: ['payload', 'commands', 1, 'payload', 'attendance', 0, 'memberId'],
      },
      {
        name: 'commands that are not a list',
        command: { type: 'batch', payload: { commands: 'member/add' } },
        path: ['payload', 'commands'],
      },
    ],
  },
};

/** Nothing reachable from a command the caller built is frozen by applying it. */
function anythingFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.isFrozen(value) || Object.values(value).some(anythingFrozen);
}

it('the table covers every command type', () => {
  expect(Object.keys(cases).sort()).toEqual([...commandTypes].sort());
});

for (const [type, { accepted, rejected }] of Object.entries(cases)) {
  describe(type, () => {
    for (const example of accepted) {
      it(`applies: ${example.name}`, () => {
        const before = (example.base ?? smallProject)();
        const snapshot = structuredClone(before);
        const commandSnapshot = structuredClone(example.command);

        const after = applyCommand(before, example.command);

        expect(before).toEqual(snapshot);
        expect(example.command).toEqual(commandSnapshot);
        expect(anythingFrozen(example.command)).toBe(false);
        expect(isDeepFrozen(after)).toBe(true);
        if (example.unchanged) {
          expect(after).toBe(before);
        } else {
          expect(after).not.toEqual(before);
          // Whatever the command did not touch is shared, not copied.
          for (const key of Object.keys(before) as (keyof Project)[]) {
            if (JSON.stringify(after[key]) === JSON.stringify(before[key])) {
              expect(after[key], `project.${key}`).toBe(before[key]);
            }
          }
        }
        example.check?.(after, before);
        // The result is still a valid project document.
        expect(parseProject(structuredClone(after))).toEqual(after);
      });
    }
    for (const example of rejected) {
      it(`rejects: ${example.name}`, () => {
        const before = (example.base ?? smallProject)();
        const snapshot = structuredClone(before);

        const error = catchCoproduceError(() => applyCommand(before, example.command as Command));

        expect(error.code).toBe('invalid-command');
        expect(error.problems.map((p) => p.path)).toContainEqual(example.path);
        for (const p of error.problems) expect(p.message).not.toBe('');
        expect(before).toEqual(snapshot);
        expect(isDeepFrozen(before)).toBe(true);
      });
    }
  });
}

describe('commands that set fields of one record', () => {
  it('change nothing when the record already holds what they set', () => {
    const achieved = applyCommand(
      smallProject(),
      commands.outcome.setStatus({ id: 'o-01', status: 'achieved' }),
    );
    expect(achieved.outcomes[0]?.status).toBe('achieved');
    const again = commands.outcome.setStatus({ id: 'o-01', status: 'achieved' });
    expect(applyCommand(achieved, again)).toBe(achieved);
  });
});
