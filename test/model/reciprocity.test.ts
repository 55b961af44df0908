/**
 * The reciprocity ledger and the member fields that go with it (benefits
 * advice, a non-cash choice, training taken), through the public API: what
 * a document may say, what it may not, the empty default, and a lossless
 * round trip.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  type CoproduceError,
  commands,
  isCoproduceError,
  type ProjectInput,
  parseProject,
  parseProjectJson,
  serializeProject,
} from '../../src/index.js';
import { MAX_AMOUNT_PENCE, ReciprocityEntrySchema } from '../../src/schemas.js';

const base = {
  schemaVersion: 2,
  id: 'library-hours-2026',
  title: 'Library opening hours',
  stage: 'during',
  timeZone: 'Europe/London',
  group: {
    members: [
      {
        id: 'm-01',
        displayName: 'Member A',
        roles: ['resident'],
        benefitsAdviceOfferedOn: '2026-01-12',
        nonCashPreference: 'time-credit',
        trainingTaken: [{ title: 'Chairing meetings', on: '2026-02-03' }, { title: 'Minutes' }],
      },
      { id: 'm-02', displayName: 'Member B', roles: ['carer'] },
    ],
  },
  reciprocity: [
    {
      id: 'rx-01',
      memberId: 'm-01',
      kind: 'time-credit',
      offeredOn: '2026-01-12',
      paidOn: '2026-02-03',
      status: 'received',
    },
    {
      id: 'rx-02',
      memberId: 'm-02',
      kind: 'expenses',
      offeredOn: '2026-01-12',
      amountPence: 1260,
      claimedOn: '2026-01-20',
      status: 'accepted',
      note: 'Bus fares for two meetings',
    },
  ],
} satisfies ProjectInput;

function problemsOf(input: unknown): { pointer: string; message: string }[] {
  try {
    parseProject(input);
  } catch (error) {
    expect(isCoproduceError(error)).toBe(true);
    return (error as CoproduceError).problems.map(({ pointer, message }) => ({ pointer, message }));
  }
  throw new Error('expected the document to be refused');
}

describe('the reciprocity ledger', () => {
  it('reads a ledger and the member fields, and writes them back exactly', () => {
    const project = parseProject(base);
    expect(project.reciprocity).toEqual(base.reciprocity);
    expect(project.group.members[0]).toMatchObject({
      benefitsAdviceOfferedOn: '2026-01-12',
      nonCashPreference: 'time-credit',
      trainingTaken: [{ title: 'Chairing meetings', on: '2026-02-03' }, { title: 'Minutes' }],
    });
    const text = serializeProject(project);
    expect(parseProjectJson(text)).toEqual(project);
    expect(serializeProject(parseProjectJson(text))).toBe(text);
  });

  it('is an empty list when a document has none, and stays one through a round trip', () => {
    const { reciprocity: _ledger, ...withoutLedger } = base;
    const project = parseProject(withoutLedger);
    expect(project.reciprocity).toEqual([]);
    expect(parseProjectJson(serializeProject(project))).toEqual(project);
    // Each project has a list of its own.
    expect(parseProject(withoutLedger).reciprocity).not.toBe(project.reciprocity);
  });

  it('refuses an entry about a member who does not exist, and a repeated id', () => {
    const doc = structuredClone(base) as { reciprocity: Record<string, unknown>[] };
    doc.reciprocity[1]!.memberId = 'm-09';
    doc.reciprocity.push({ ...doc.reciprocity[0], memberId: 'm-01' });
    expect(problemsOf(doc)).toEqual(
      expect.arrayContaining([
        {
          pointer: '/reciprocity/1/memberId',
          message: 'names a member "m-09", but there is none with that id',
        },
        {
          pointer: '/reciprocity/2/id',
          message: 'another reciprocity entry already has the id "rx-01"',
        },
      ]),
    );
  });

  it('refuses amounts that are not whole pence from nothing to the limit, and unknown words', () => {
    const entry = { id: 'rx-09', memberId: 'm-01', kind: 'payment', status: 'offered' };
    for (const amountPence of [-1, 12.5, MAX_AMOUNT_PENCE + 1, '2500']) {
      expect(
        ReciprocityEntrySchema.safeParse({ ...entry, amountPence }).success,
        String(amountPence),
      ).toBe(false);
    }
    for (const amountPence of [0, 1, MAX_AMOUNT_PENCE]) {
      expect(ReciprocityEntrySchema.safeParse({ ...entry, amountPence }).success).toBe(true);
    }
    expect(ReciprocityEntrySchema.safeParse({ ...entry, kind: 'cash' }).success).toBe(false);
    expect(ReciprocityEntrySchema.safeParse({ ...entry, status: 'paid' }).success).toBe(false);
    expect(ReciprocityEntrySchema.safeParse({ ...entry, paidOn: '3 March' }).success).toBe(false);
    expect(ReciprocityEntrySchema.safeParse({ ...entry, memberName: 'Sam' }).success).toBe(false);
  });

  it('refuses member fields outside their lists', () => {
    const doc = structuredClone(base) as { group: { members: Record<string, unknown>[] } };
    doc.group.members[1]!.nonCashPreference = 'cash';
    doc.group.members[1]!.trainingTaken = [{ on: '2026-02-03' }];
    const pointers = problemsOf(doc).map((p) => p.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/group/members/1/nonCashPreference',
        '/group/members/1/trainingTaken/0/title',
      ]),
    );
  });

  it('is changed by commands that leave the document valid and lossless', () => {
    let project = parseProject(base);
    project = applyCommand(
      project,
      commands.batch([
        commands.reciprocity.update({
          id: 'rx-02',
          changes: { paidOn: '2026-01-27', status: 'received' },
        }),
        commands.member.recordBenefitsAdvice({
          id: 'm-02',
          on: '2026-01-12',
          nonCashPreference: 'none',
        }),
        commands.member.recordTraining({ id: 'm-02', title: 'Safeguarding basics' }),
      ]),
    );
    expect(project.reciprocity[1]).toMatchObject({ paidOn: '2026-01-27', status: 'received' });
    expect(project.group.members[1]).toMatchObject({
      benefitsAdviceOfferedOn: '2026-01-12',
      nonCashPreference: 'none',
      trainingTaken: [{ title: 'Safeguarding basics' }],
    });
    expect(parseProjectJson(serializeProject(project))).toEqual(project);
  });
});
