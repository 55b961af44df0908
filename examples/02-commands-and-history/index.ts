/**
 * Example 2: build a project with commands, undo a step, check it as it
 * stood on an earlier date, and erase a member's personal data from it and
 * its history.
 *
 * ```sh
 * npx tsx examples/02-commands-and-history/index.ts
 * ```
 *
 * @module
 */
// #region imports
import {
  canRedo,
  check,
  commands,
  createHistory,
  eraseMemberFromHistory,
  type History,
  parseHistory,
  parseProject,
  projectAsOf,
  recordCommand,
  serializeHistory,
  undo,
} from 'coproduce';

// #endregion imports

// #region start
// A new project: only the fields the document requires. parseProject fills
// in the empty sections and returns a validated project; the first command
// or history given it freezes it.
const start = parseProject({
  schemaVersion: 2,
  id: 'riverside-library-hours',
  title: 'Riverside Library: opening hours that work for the neighbourhood',
  stage: 'starting',
  timeZone: 'Europe/London',
  organisation: 'Castlebridge City Council',
});

// A history records every command with when it happened and the patches it made.
let history: History = createHistory(start);
// #endregion start

// #region record
history = recordCommand(
  history,
  commands.purpose.update({
    changes: {
      what: 'New opening hours for Riverside Library, designed with the people who use it',
      why: 'The current hours suit staff rotas more than working parents, carers and students',
    },
  }),
  { at: '2026-09-01T10:00:00+01:00' },
);

// A batch is applied all or nothing and recorded as one step.
history = recordCommand(
  history,
  commands.batch([
    commands.perspective.add({ id: 'working-parents', label: 'Working parents' }),
    commands.perspective.add({ id: 'students', label: 'Students who study in the library' }),
    commands.member.add({
      id: 'm-01',
      displayName: 'Priya',
      roles: ['resident'],
      perspectives: ['working-parents'],
      joined: '2026-09-08',
    }),
    commands.member.add({
      id: 'm-02',
      displayName: 'Tom',
      roles: ['young-person'],
      perspectives: ['students'],
      joined: '2026-09-08',
    }),
    commands.member.add({
      id: 'm-03',
      displayName: 'Jo (library manager)',
      roles: ['staff'],
      joined: '2026-09-08',
    }),
  ]),
  { at: '2026-09-08T18:30:00+01:00' },
);

history = recordCommand(
  history,
  commands.activity.record({
    id: 'a-01',
    kind: 'workshop',
    title: 'What would good opening hours look like?',
    start: '2026-09-17T18:00:00+01:00',
    end: '2026-09-17T19:30:00+01:00',
    venue: { name: 'Riverside Library', setting: 'community' },
    attendance: [
      { memberId: 'm-01', contributions: 5 },
      { memberId: 'm-02', contributions: 4 },
      { memberId: 'm-03', contributions: 6 },
    ],
  }),
  { at: '2026-09-17T20:00:00+01:00' },
);
// #endregion record

// #region undo
// A slip: Tom is recorded as having left the group. Undo it.
history = recordCommand(history, commands.member.retire({ id: 'm-02', on: '2026-09-18' }), {
  at: '2026-09-18T09:00:00+01:00',
});
history = undo(history);
console.log(`After undo: Tom has left? ${history.project.group.members[1]?.left !== undefined}`);
console.log(`The undone step can be redone until something new is recorded: ${canRedo(history)}`);
// #endregion undo

// #region more
history = recordCommand(
  history,
  commands.batch([
    commands.project.setStage({ stage: 'during' }),
    commands.coproductionMeaning.update({
      changes: {
        definition: 'Library users and staff decide the new hours together, as equals',
        whyChosen: 'Past surveys asked people to choose from options staff had already drawn up',
        agreedOn: '2026-10-01',
        agreedBy: ['m-01', 'm-02', 'm-03'],
      },
    }),
  ]),
  { at: '2026-10-01T19:45:00+01:00' },
);
console.log(`Recorded steps: ${history.entries.length}; redo possible: ${canRedo(history)}`);
// #endregion more

// #region as-of
// Check the project as it is now, and as it stood on 20 September.
const now = '2026-11-20T12:00:00Z';
const then = '2026-09-20T12:00:00+01:00';
const today = await check(history.project, { now });
const earlier = await check(projectAsOf(history, then), { now: then });

console.log(`On 20 September (${earlier.project.stage}): ${earlier.issues.length} issues`);
console.log(`On 20 November (${today.project.stage}): ${today.issues.length} issues`);

// Issue ids are stable (rule, subject type and subject id), so two reports
// can be compared to see what was settled and what is new.
const before = new Set(earlier.issues.map((issue) => issue.id));
const after = new Set(today.issues.map((issue) => issue.id));
const settled = earlier.issues.filter((issue) => !after.has(issue.id));
const raised = today.issues.filter((issue) => !before.has(issue.id));
console.log(`\nSettled since 20 September (${settled.length}):`);
for (const issue of settled) console.log(`  - ${issue.title} (${issue.subject.label})`);
console.log(`\nNew since 20 September (${raised.length}):`);
for (const issue of raised) {
  const review = issue.outcome === 'needs-review' ? ', needs review' : '';
  console.log(`  - ${issue.title} (${issue.subject.label}${review})`);
}
// #endregion as-of

// #region erase
// Priya asks the council to erase her personal data. Keep the hash the
// history ends with now: the audit entry will name it.
const oldHead = history.entries.at(-1)?.hash ?? '';
history = eraseMemberFromHistory(history, 'm-01', {
  reason: 'Erasure request ER-2026-031', // a reference, never the person's name
  at: '2026-11-20T12:05:00+00:00',
});
const saved = serializeHistory(history);
const audit = history.entries.at(-1);
console.log(`\nNow shown as: ${history.project.group.members[0]?.displayName}`);
console.log(`"Priya" anywhere in the saved history: ${saved.includes('Priya')}`);
console.log(`Read back and verified: ${parseHistory(saved).verified}`);
console.log(
  `Audit entry: ${audit?.command.type} at ${audit?.at}, replacing ${oldHead.slice(0, 12)}…`,
);
// Store the new head wherever the old one was kept (a case system, a board paper).
console.log(`New head: ${audit?.hash.slice(0, 12)}…`);
// #endregion erase
