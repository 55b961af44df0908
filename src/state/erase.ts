/**
 * Erasing one member's personal data from a project and from its history
 * (UK GDPR right to erasure), keeping the history verifiable afterwards.
 *
 * @module
 */

import { CoproduceError, problem } from '../model/errors.js';
import {
  erasedMember,
  erasedMemberFields,
  erasedReciprocityFields,
} from '../model/personal-data.js';
import type { Project } from '../model/project.js';
import { applyCommand, frozenProject } from './apply.js';
import type { Command } from './commands/index.js';
import { initialHash } from './hash-chain.js';
import { chainedEntry, type History, type HistoryEntry, recordCommand } from './history.js';

/**
 * Options for {@link eraseMemberFromHistory}.
 *
 * @category State
 * @example
 * ```ts
 * const options: EraseOptions = { reason: 'Erasure request ER-2025-014', at: '2025-09-01T10:00:00+01:00' };
 * ```
 */
export interface EraseOptions {
  /**
   * Why the data was erased, recorded in the audit entry: a request's
   * reference, say. It is kept in the history, so it must not name the
   * person.
   */
  readonly reason: string;
  /**
   * When the erasure is recorded: ISO 8601 with an offset, or a `Date`.
   * Defaults to now. Must not be earlier than the latest entry in effect.
   */
  readonly at?: string | Date;
}

/**
 * The project with one member's personal data erased: the fields in
 * {@link PERSONAL_MEMBER_FIELDS} replaced by neutral values that still
 * validate (the display name becomes "Erased member" and the id, each piece
 * of the member's own text becomes "[erased]", lists keep their length, the
 * council's own fields are emptied). The id, roles, perspectives, dates and
 * yes/no answers are kept, so every record that refers to the member still
 * does, and the check counts as before. The member's entries in the
 * reciprocity ledger ({@link PERSONAL_RECIPROCITY_FIELDS}) keep their kind,
 * status and dates; their notes become "[erased]" and their amounts are
 * removed. The same as applying
 * `commands.member.erase({ id })`; erasing twice changes nothing more.
 *
 * This erases from the project only. A history still holds the member's
 * data in its past states: use {@link eraseMemberFromHistory} for that.
 *
 * @throws {@link CoproduceError} with code `invalid-command` when the project
 * has no member with that id.
 *
 * @category State
 * @example
 * ```ts
 * const erased = eraseMember(project, 'm-03');
 * erased.group.members[2]?.displayName; // 'Erased member m-03'
 * ```
 */
export function eraseMember(project: Project, memberId: string): Project {
  return applyCommand(project, { type: 'member/erase', payload: { id: memberId } });
}

/**
 * The ids of the reciprocity ledger entries that are about member `id`, kept
 * up to date command by command as a history is walked: an entry never
 * changes member, so the entries are known from the commands that add and
 * remove them (an id removed may later be used for another member's entry).
 */
type LedgerOwners = Set<string>;

/** The command with member `id`'s personal data erased wherever it carries them. */
function erasedCommand(command: Command, id: string, owned: LedgerOwners): Command {
  switch (command.type) {
    case 'batch':
      return {
        type: 'batch',
        payload: { commands: command.payload.commands.map((c) => erasedCommand(c, id, owned)) },
      };
    case 'member/record-training':
      return command.payload.id === id
        ? { ...command, payload: erasedTraining(command.payload) }
        : command;
    case 'reciprocity/add':
      if (command.payload.memberId !== id) {
        return command;
      }
      owned.add(command.payload.id);
      return { ...command, payload: erasedReciprocityFields(command.payload) };
    case 'reciprocity/update':
      return owned.has(command.payload.id)
        ? {
            ...command,
            payload: {
              ...command.payload,
              changes: erasedReciprocityFields(command.payload.changes),
            },
          }
        : command;
    case 'reciprocity/remove':
      owned.delete(command.payload.id);
      return command;
    case 'member/add':
      return command.payload.id === id
        ? { ...command, payload: erasedMember(command.payload) }
        : command;
    case 'member/update':
      return command.payload.id === id
        ? {
            ...command,
            payload: {
              ...command.payload,
              changes: erasedMemberFields(command.payload.changes, id),
            },
          }
        : command;
    default:
      return command;
  }
}

/** A `member/record-training` payload with the training's title erased, as erasing the member erases it. */
function erasedTraining<T extends { readonly id: string; readonly title: string }>(payload: T): T {
  const [erased] = erasedMemberFields({ trainingTaken: [payload] }, payload.id).trainingTaken;
  return { ...payload, title: (erased as { title: string }).title };
}

/** The project with member `id` erased if it is there, else the project itself. */
function erasedInitial(project: Project, id: string): Project {
  const members = project.group.members;
  if (!members.some((member) => member.id === id)) return project;
  return frozenProject({
    ...project,
    group: {
      ...project.group,
      members: members.map((member) => (member.id === id ? erasedMember(member) : member)),
    },
    reciprocity: project.reciprocity.map((entry) =>
      entry.memberId === id ? erasedReciprocityFields(entry) : entry,
    ),
  });
}

/**
 * A new history with one member's personal data erased from the present
 * project and from every past state, that still verifies: its initial
 * project and every recorded command are erased as {@link eraseMember}
 * erases a project (`member/add`, `member/update` and `member/record-training`
 * of that member, and `reciprocity/add` and `reciprocity/update` of their
 * ledger entries, inside batches too), each command is applied again to the erased state before it
 * to make its patches, and the chain of hashes is made anew. Every entry
 * keeps its time, and every other value in every past state is unchanged.
 *
 * Last, a `member/erase` entry is recorded at `options.at`, saying which
 * member, why, and `replacesHead`: the hash of the latest entry before the
 * rewrite (of the initial project when there were none). Anyone who kept
 * that hash can see that the history it ended was replaced on purpose.
 * Keep the new latest hash in its place.
 *
 * Like any recorded command, the audit entry discards undone entries: they
 * are not copied into the new history.
 *
 * Free text elsewhere that names or describes the person (meeting notes, a
 * decision's rationale, the reason given here) is not found: review it by
 * hand, and change it with the ordinary commands before erasing.
 *
 * @throws {@link CoproduceError} with code `invalid-command` when the present
 * project has no member with that id (or the reason is empty), or
 * `invalid-options` for a missing reason, or a malformed `at` or one earlier
 * than the latest entry in effect.
 *
 * @category State
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
 * const erased = eraseMemberFromHistory(history, 'm-03', {
 *   reason: 'Erasure request ER-2025-014',
 *   at: '2025-09-01T10:00:00+01:00',
 * });
 * const oldHead = history.entries.at(-1)?.hash;
 * erased.entries.at(-1)?.command; // { type: 'member/erase', payload: { id: 'm-03', reason: '…', replacesHead: oldHead } }
 * await writeFile('history.json', serializeHistory(erased));
 * ```
 */
export function eraseMemberFromHistory(
  history: History,
  memberId: string,
  options: EraseOptions,
): History {
  const reason = (options as Partial<EraseOptions> | undefined)?.reason;
  if (typeof reason !== 'string') {
    throw new CoproduceError(
      'invalid-options',
      'The option "reason" is required: say why the data is erased, without naming the person.',
      [
        problem(['reason'], 'is required: text, such as the reference of the erasure request', {
          code: 'erasure-reason-required',
        }),
      ],
    );
  }
  const replacesHead = history.entries.at(-1)?.hash ?? initialHash(history.initial);
  const audit: Command = { type: 'member/erase', payload: { id: memberId, reason, replacesHead } };
  // Refuses an unknown member (or an empty reason) before any work is done.
  applyCommand(history.project, audit);

  // Each erased command is applied to the erased state before it, so its
  // patches are what it does there, and the chain is made anew. Built in one
  // pass: recording entry by entry would copy the list each time.
  const initial = erasedInitial(history.initial, memberId);
  let previous = initialHash(initial);
  let project = initial;
  const owned: LedgerOwners = new Set(
    initial.reciprocity.filter((entry) => entry.memberId === memberId).map((entry) => entry.id),
  );
  const entries: HistoryEntry[] = [];
  for (const old of history.entries.slice(0, history.cursor)) {
    const erased = erasedCommand(old.command, memberId, owned);
    const next = chainedEntry(project, erased, old.at, previous);
    entries.push(next.entry);
    previous = next.entry.hash;
    project = next.project;
  }
  const rewritten: History = Object.freeze({
    initial,
    entries: Object.freeze(entries),
    cursor: entries.length,
    project,
    verified: history.verified,
  });
  return recordCommand(rewritten, audit, options.at === undefined ? {} : { at: options.at });
}
