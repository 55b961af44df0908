/**
 * Random commands over a small, fixed pool of ids, so that a random sequence
 * mixes commands that apply (adding, then updating, then retiring the same
 * member) with ones that are rejected (a taken id, a missing member). Tests
 * treat a rejected command as a step that changes nothing.
 */
import fc from 'fast-check';
import type { Command } from '../../src/state/commands/index.js';
import { commands } from '../../src/state/commands/index.js';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

export const memberIds = ['m-01', 'm-02', 'm-03', 'm-04', 'm-05'] as const;
const activityIds = ['a-01', 'a-02', 'a-03'] as const;
const decisionIds = ['d-01', 'd-02', 'd-03'] as const;
const learningIds = ['l-01', 'l-02'] as const;
const reflectionIds = ['r-01', 'r-02'] as const;
const ideaIds = ['i-01', 'i-02'] as const;
const agreementIds = ['w-01', 'w-02', 'w-03'] as const;
const leaderIds = ['sl-01', 'sl-02'] as const;
const flowIds = ['f-01', 'f-02'] as const;
const responsibilityIds = ['resp-01', 'resp-02'] as const;
const outcomeIds = ['o-01', 'o-02', 'o-03'] as const;
const milestoneIds = ['ms-01', 'ms-02'] as const;
const engagementIds = ['e-01', 'e-02'] as const;
const perspectiveIds = ['young-carers', 'parents', 'drivers'] as const;
const terms = ['MTFS', 'S106', 'Key decision'] as const;
const ledgerIds = ['rx-01', 'rx-02', 'rx-03'] as const;

const memberId = pick(memberIds);
const label = pick(['Alpha', 'Bravo', 'Charlie', 'Delta']);
const text = pick(['Short note', 'A longer note about the work', 'Something else']);

/** A day in 2025, as the model writes dates. */
const isoDate = fc
  .integer({ min: 0, max: 364 })
  .map((day) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10));

const memberList = fc.uniqueArray(memberId, { maxLength: 3 });

const activityTimes = fc
  .record({ day: fc.integer({ min: 0, max: 300 }), hours: fc.integer({ min: 1, max: 3 }) })
  .map(({ day, hours }) => {
    const start = Date.UTC(2025, 0, 1 + day, 17);
    const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
    return { start: iso(start), end: iso(start + hours * 3_600_000) };
  });

const attendance = fc.uniqueArray(
  fc.record(
    { memberId, contributions: fc.integer({ min: 0, max: 9 }) },
    { requiredKeys: ['memberId'] },
  ),
  { maxLength: 3, selector: (row) => row.memberId },
);

const single: fc.Arbitrary<Command> = fc.oneof(
  // The group
  fc
    .record(
      {
        id: memberId,
        displayName: label,
        roles: fc.uniqueArray(pick(['resident', 'carer', 'staff'] as const), { minLength: 1 }),
        skills: fc.array(label, { maxLength: 2 }),
        joined: isoDate,
      },
      { requiredKeys: ['id', 'displayName', 'roles'] },
    )
    .map((member) => commands.member.add(member)),
  fc
    .record({
      id: memberId,
      changes: fc.record(
        {
          displayName: label,
          skills: fc.array(label, { maxLength: 2 }),
          usualParticipant: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      clear: fc.uniqueArray(pick(['skills', 'usualParticipant'] as const), { maxLength: 1 }),
    })
    .map(({ id, changes, clear }) => {
      const kept = Object.fromEntries(
        Object.entries(changes).filter(([key]) => !(clear as string[]).includes(key)),
      );
      return commands.member.update({ id, changes: kept, clear });
    }),
  fc.record({ id: memberId, on: isoDate }).map((p) => commands.member.retire(p)),
  fc
    .record(
      {
        id: memberId,
        on: isoDate,
        nonCashPreference: pick(['none', 'voucher', 'time-credit'] as const),
      },
      { requiredKeys: ['id', 'on'] },
    )
    .map((p) => commands.member.recordBenefitsAdvice(p)),
  fc
    .record({ id: memberId, title: label, on: isoDate }, { requiredKeys: ['id', 'title'] })
    .map((p) => commands.member.recordTraining(p)),
  fc
    .record(
      {
        id: pick(ledgerIds),
        memberId,
        kind: pick(['payment', 'voucher', 'training'] as const),
        offeredOn: isoDate,
        amountPence: fc.integer({ min: 0, max: 10_000 }),
        status: pick(['offered', 'accepted', 'received'] as const),
        note: text,
      },
      { requiredKeys: ['id', 'memberId', 'kind', 'status'] },
    )
    .map((p) => commands.reciprocity.add(p)),
  fc
    .record({
      id: pick(ledgerIds),
      changes: fc.record(
        {
          status: pick(['declined', 'received'] as const),
          paidOn: isoDate,
          amountPence: fc.integer({ min: 0, max: 10_000 }),
          note: text,
        },
        { requiredKeys: [] },
      ),
      clear: fc.uniqueArray(pick(['note', 'amountPence'] as const), { maxLength: 1 }),
    })
    .map(({ id, changes, clear }) => {
      const kept = Object.fromEntries(
        Object.entries(changes).filter(([key]) => !(clear as string[]).includes(key)),
      );
      return commands.reciprocity.update({ id, changes: kept, clear });
    }),
  pick(ledgerIds).map((id) => commands.reciprocity.remove({ id })),
  fc.record({ id: pick(perspectiveIds), label }).map((p) => commands.perspective.add(p)),
  pick(perspectiveIds).map((id) => commands.perspective.remove({ id })),

  // Activities and decisions
  fc
    .record({
      id: pick(activityIds),
      kind: pick(['workshop', 'outreach', 'online'] as const),
      title: label,
      times: activityTimes,
      attendance,
      chairedBy: memberList,
    })
    .map(({ times, ...activity }) => commands.activity.record({ ...activity, ...times })),
  fc.record({ id: pick(activityIds), attendance }).map((p) => commands.activity.setAttendance(p)),
  fc
    .record({ id: pick(activityIds), title: label, clearNotes: fc.boolean() })
    .map(({ id, title, clearNotes }) =>
      commands.activity.update({ id, changes: { title }, clear: clearNotes ? ['notes'] : [] }),
    ),
  fc
    .record({
      id: pick(decisionIds),
      title: label,
      date: isoDate,
      madeBy: pick(['group', 'outside-group'] as const),
      activityId: pick(activityIds),
    })
    .map((p) => commands.decision.record(p)),
  fc
    .record(
      {
        id: pick(decisionIds),
        route: pick(['cabinet', 'officer-decision'] as const),
        status: pick(['in-progress', 'approved'] as const),
      },
      { requiredKeys: ['id'] },
    )
    .map((p) => commands.decision.updateGovernance(p)),

  // Learning, reflections, ideas
  fc
    .record(
      { id: pick(learningIds), insight: text, date: isoDate, sourceActivityId: pick(activityIds) },
      { requiredKeys: ['id', 'insight', 'date'] },
    )
    .map((p) => commands.learning.capture(p)),
  fc
    .record({ id: pick(learningIds), audience: label, on: isoDate })
    .map((p) => commands.learning.share(p)),
  fc
    .record({
      id: pick(reflectionIds),
      questionId: pick(['readiness.purpose', 'during.everyone-contributes']),
      date: isoDate,
      rating: pick(['green', 'amber', 'red'] as const),
      actions: fc.array(
        fc.record({ description: text, owner: memberId }, { requiredKeys: ['description'] }),
        { maxLength: 2 },
      ),
    })
    .map((p) => commands.reflection.record(p)),
  fc
    .record({
      id: pick(reflectionIds),
      action: fc.record({ description: text, owner: memberId }, { requiredKeys: ['description'] }),
    })
    .map((p) => commands.reflection.addAction(p)),
  fc
    .record({ id: pick(reflectionIds), index: fc.integer({ min: 0, max: 2 }), on: isoDate })
    .map((p) => commands.reflection.completeAction(p)),
  fc
    .record(
      { id: pick(ideaIds), summary: text, raisedOn: isoDate, raisedBy: memberList },
      { requiredKeys: ['id', 'summary', 'raisedOn'] },
    )
    .map((p) => commands.idea.raise(p)),
  fc
    .record({ id: pick(ideaIds), status: pick(['adopted', 'parked', 'declined'] as const) })
    .map((p) => commands.idea.setStatus(p)),

  // Agreements and governance
  fc
    .record({
      id: pick(agreementIds),
      topic: pick(['behaviour', 'language'] as const),
      text,
      createdBy: memberList,
    })
    .map((p) => commands.agreement.add(p)),
  fc
    .uniqueArray(
      fc.record({ id: pick(agreementIds), topic: pick(['behaviour', 'other'] as const), text }),
      { maxLength: 2, selector: (a) => a.id },
    )
    .map((agreements) => commands.agreement.replaceAll({ agreements })),
  fc.record({ id: pick(leaderIds), name: label, role: label }).map((p) => commands.leader.add(p)),
  fc
    .record({ id: pick(leaderIds), point: fc.record({ point: text, due: isoDate }) })
    .map((p) => commands.leader.addInvolvement(p)),
  fc
    .record({ id: pick(leaderIds), index: fc.integer({ min: 0, max: 1 }), on: isoDate })
    .map((p) => commands.leader.completeInvolvement(p)),
  fc
    .record({
      id: pick(flowIds),
      direction: pick(['group-to-leaders', 'leaders-to-group'] as const),
      cadence: pick(['monthly', 'quarterly'] as const),
      leaderIds: fc.uniqueArray(pick(leaderIds), { maxLength: 2 }),
    })
    .map((p) => commands.flow.add(p)),
  fc.record({ id: pick(flowIds), on: isoDate }).map((p) => commands.flow.recordOccurrence(p)),
  fc
    .record({
      id: pick(responsibilityIds),
      area: label,
      owners: fc.uniqueArray(memberId, { minLength: 1, maxLength: 2 }),
    })
    .map((p) => commands.responsibility.set(p)),
  pick(responsibilityIds).map((id) => commands.responsibility.remove({ id })),

  // Plans and sections
  fc.record({ id: pick(outcomeIds), description: text }).map((p) => commands.outcome.add(p)),
  fc
    .record({ id: pick(outcomeIds), recognisedBy: text })
    .map(({ id, recognisedBy }) => commands.outcome.update({ id, changes: { recognisedBy } })),
  pick(outcomeIds).map((id) => commands.outcome.remove({ id })),
  fc
    .record({ id: pick(milestoneIds), title: label, due: isoDate })
    .map((p) => commands.milestone.add(p)),
  fc.record({ id: pick(milestoneIds), on: isoDate }).map((p) => commands.milestone.complete(p)),
  fc
    .record({ id: pick(engagementIds), title: label })
    .map((p) => commands.relatedEngagement.add(p)),
  pick(engagementIds).map((id) => commands.relatedEngagement.remove({ id })),
  fc.record({ term: pick(terms), explanation: text }).map((p) => commands.glossary.define(p)),
  pick(terms).map((term) => commands.glossary.remove({ term })),
  fc
    .record({ what: text, clearWhy: fc.boolean() })
    .map(({ what, clearWhy }) =>
      commands.purpose.update({ changes: { what }, clear: clearWhy ? ['why'] : [] }),
    ),
  fc
    .record({ start: isoDate, end: isoDate }, { requiredKeys: [] })
    .map((changes) => commands.timeframe.update({ changes })),
  isoDate.map((on) => commands.progressTracking.recordReview({ on })),
  pick(['planning', 'during', 'ending'] as const).map((stage) =>
    commands.project.setStage({ stage }),
  ),
  fc
    .dictionary(pick(['caseRef', 'team']), fc.oneof(label, fc.integer(), fc.constant(null)), {
      maxKeys: 2,
    })
    .map((extensions) => commands.project.setExtensions({ extensions })),
);

/**
 * A random command: mostly single commands, sometimes a batch of two or
 * three, so batches appear in histories too.
 */
export const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 9, arbitrary: single },
  {
    weight: 1,
    arbitrary: fc.array(single, { minLength: 1, maxLength: 3 }).map((list) => commands.batch(list)),
  },
);

/** One step a user takes in a front end with a history. */
export type HistoryStep =
  | { readonly kind: 'command'; readonly command: Command; readonly minutesLater: number }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' };

/** Commands, with the minutes since the step before (0 gives equal timestamps), and undo and redo. */
export const historyStepsArbitrary: fc.Arbitrary<HistoryStep[]> = fc.array(
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('command' as const),
        command: commandArbitrary,
        minutesLater: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 * 24 * 3 })),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  ),
  { maxLength: 30 },
);

/**
 * Writes an instant with a given offset from UTC, so histories mix `Z`,
 * `+01:00` and `-05:00` timestamps for the same timeline.
 */
export function isoWithOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}
