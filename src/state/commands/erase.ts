/**
 * `member/erase`: a member's personal data erased (UK GDPR right to
 * erasure). Applied, it replaces the member's personal fields with neutral
 * values and erases their entries in the reciprocity ledger; recorded by `eraseMemberFromHistory`, it is the audit entry that
 * says the history was rewritten on purpose.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { type Member, MemberSchema } from '../../model/group.js';
import { MemberIdSchema } from '../../model/ids.js';
import { erasedMember, erasedReciprocityFields } from '../../model/personal-data.js';
import { TextSchema } from '../../model/primitives.js';
import { zodProblems } from '../../model/zod-problems.js';
import { creator, defineCommand } from './definition.js';
import type { Edit } from './edits.js';
import { planUpdate } from './record-update.js';

const erase = defineCommand(
  'member/erase',
  z.strictObject({
    id: MemberIdSchema,
    /** Why the data was erased, such as a request's reference. Name no one here. */
    reason: TextSchema.optional(),
    /** The hash of the history's latest entry before it was rewritten (or of its initial project, with no entries). */
    replacesHead: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hash: 64 hex digits' })
      .optional(),
  }),
  (ctx, { id }) => {
    const found = ctx.findRecord('member', id);
    if (!found) return [];
    const member = found.record;
    const erased = erasedMember<Member>(member);
    // A field of a new shape that erasing made invalid is refused, never written.
    const checked = MemberSchema.safeParse(erased);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path.join('.');
        // What is wrong with the field, coded, so a front end can say it in its own words.
        const causes = zodProblems({ issues: [issue] } as unknown as z.ZodError).map((p) =>
          JSON.stringify({ path: [], message: p.message, code: p.code, params: p.params }),
        );
        ctx.problem(
          ['id'],
          `member "${id}" cannot be erased: erasing left ${field} invalid (${issue.message}); classify it in model/personal-data.ts`,
          { code: 'erasure-left-invalid', params: { id, field, reason: issue.message, causes } },
        );
      }
      return [];
    }
    // A field erasing removes (the person reference) is cleared, not left behind.
    const removedFromMember = Object.keys(member).filter((key) => !Object.hasOwn(erased, key));
    const edits: Edit[] = planUpdate(
      ctx,
      found.path,
      member,
      erased,
      removedFromMember.length > 0 ? removedFromMember : undefined,
    );
    // The member's entries in the reciprocity ledger: notes erased, amounts removed.
    ctx.project.reciprocity.forEach((entry, i) => {
      if (entry.memberId !== id) return;
      const erasedEntry = erasedReciprocityFields(entry);
      const removed = Object.keys(entry).filter((key) => !Object.hasOwn(erasedEntry, key));
      edits.push(...planUpdate(ctx, ['reciprocity', i], entry, erasedEntry, removed));
    });
    return edits;
  },
);

/**
 * The `member/erase` command definition, gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * eraseDefinitions.map((definition) => definition.type); // ['member/erase']
 * ```
 */
export const eraseDefinitions = [erase] as const;

/**
 * Creates a `member/erase` command: replaces the member's personal data
 * with neutral values (see `PERSONAL_MEMBER_FIELDS`), keeping the id,
 * roles, perspectives and dates, and erases their entries in the
 * reciprocity ledger (see `PERSONAL_RECIPROCITY_FIELDS`): notes erased,
 * amounts removed, kinds, statuses and dates kept. It erases from the present project only:
 * to erase from a history as well, use `eraseMemberFromHistory`.
 *
 * @example
 * ```ts
 * commands.member.erase({ id: 'm-03', reason: 'Erasure request ER-2025-014' });
 * ```
 */
export const eraseMemberCommand = creator(erase);
