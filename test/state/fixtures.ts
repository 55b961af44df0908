import { expect } from 'vitest';
import { CoproduceError } from '../../src/model/errors.js';
import { parseProject } from '../../src/model/parse.js';
import type { Project, ProjectInput } from '../../src/model/project.js';

/** A small project with one record of every kind, so every command has something to act on. */
export const smallProjectInput: ProjectInput = {
  schemaVersion: 2,
  id: 'travel-2025',
  title: 'Young carers travel',
  stage: 'during',
  timeZone: 'Europe/London',
  organisation: 'Northfield Council',
  timeframe: {
    start: '2025-01-06',
    end: '2025-12-19',
    milestones: [{ id: 'ms-01', title: 'Options agreed', due: '2025-06-30' }],
  },
  purpose: { what: 'A travel offer for young carers' },
  remit: { issue: 'Young carers miss school because of travel' },
  outcomes: [{ id: 'o-01', description: 'More young carers travel independently' }],
  progressTracking: { cadence: 'monthly', lastReview: '2025-03-01' },
  coproductionMeaning: { definition: 'Equal partners', agreedBy: ['m-01'] },
  relatedEngagement: [{ id: 'e-01', title: 'Bus strategy consultation' }],
  glossary: [{ term: 'MTFS', explanation: 'Medium term financial strategy' }],
  group: {
    requiredPerspectives: [{ id: 'young-carers', label: 'Young carers' }],
    members: [
      {
        id: 'm-01',
        displayName: 'Member A',
        roles: ['young-person', 'carer'],
        perspectives: ['young-carers'],
        skills: ['Drawing'],
        joined: '2025-01-10',
        benefitsAdviceOfferedOn: '2025-01-10',
        nonCashPreference: 'voucher',
        trainingTaken: [{ title: 'Chairing meetings', on: '2025-02-20' }],
      },
      { id: 'm-02', displayName: 'Member B', roles: ['staff'], joined: '2025-01-10' },
      {
        id: 'm-03',
        displayName: 'Member C',
        roles: ['resident'],
        joined: '2025-01-10',
        left: '2025-03-01',
      },
    ],
  },
  activities: [
    {
      id: 'a-01',
      kind: 'workshop',
      title: 'Mapping journeys',
      start: '2025-02-04T18:00:00+00:00',
      end: '2025-02-04T20:00:00+00:00',
      attendance: [{ memberId: 'm-01', contributions: 4 }, { memberId: 'm-02' }],
      notes: 'Good turnout',
    },
  ],
  decisions: [
    {
      id: 'd-01',
      title: 'Pilot route chosen',
      date: '2025-04-02',
      madeBy: 'group',
      governance: { route: 'officer-decision', status: 'in-progress' },
    },
    { id: 'd-02', title: 'Budget set', date: '2025-02-20', madeBy: 'outside-group' },
  ],
  learning: [
    {
      id: 'l-01',
      insight: 'Evening sessions suit working carers',
      date: '2025-02-05',
      sharedWith: [{ audience: 'Residents newsletter', on: '2025-02-20' }],
    },
  ],
  reflections: [
    {
      id: 'r-01',
      questionId: 'during.everyone-contributes',
      date: '2025-03-20',
      rating: 'amber',
      actions: [{ description: 'Open with a round', owner: 'm-02' }],
    },
  ],
  ideas: [
    { id: 'i-01', summary: 'Meet at the school gate', raisedOn: '2025-03-01', status: 'open' },
  ],
  agreements: [{ id: 'w-01', topic: 'language', text: 'We explain every acronym' }],
  reciprocity: [
    {
      id: 'rx-01',
      memberId: 'm-01',
      kind: 'voucher',
      offeredOn: '2025-02-04',
      amountPence: 1500,
      paidOn: '2025-02-11',
      status: 'received',
      note: 'Given at the workshop',
    },
  ],
  governance: {
    seniorLeaders: [
      {
        id: 'sl-01',
        name: 'Director of Transport',
        role: 'Sponsor',
        involvement: [{ point: 'Sign off the pilot', due: '2025-06-30' }],
      },
    ],
    informationFlows: [
      { id: 'f-01', direction: 'group-to-leaders', cadence: 'monthly', lastOccurred: '2025-03-31' },
    ],
    responsibilities: [{ id: 'resp-01', area: 'Chairing', owners: ['m-01'] }],
  },
  extensions: { caseRef: 'ASC-2291' },
};

export function smallProject(): Project {
  return parseProject(smallProjectInput);
}

/** Every object and array reachable from `value` is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}

/** Runs `action` and returns the CoproduceError it throws, failing the test if it throws nothing else. */
export function catchCoproduceError(action: () => unknown): CoproduceError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(CoproduceError);
    return error as CoproduceError;
  }
  throw new Error('expected a CoproduceError, but nothing was thrown');
}
