/**
 * The reciprocity ledger: what each member was offered and received for
 * taking part (a payment, a voucher or time credit, expenses, training, a
 * reference, recognition), with amounts and dates. Entries are about one
 * member each and are personal data: they name the member only by id, and
 * their notes should name no one.
 *
 * @module
 */
import * as z from 'zod';
import { MemberIdSchema, ReciprocityIdSchema } from './ids.js';
import { IsoDateSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/**
 * What a member was offered or given for taking part.
 *
 * @category Model
 * @example `ReciprocityKindSchema.options // ['payment', 'voucher', 'time-credit', 'expenses', 'training', 'reference', 'recognition']`
 */
export const ReciprocityKindSchema = z.enum([
  'payment',
  'voucher',
  'time-credit',
  'expenses',
  'training',
  'reference',
  'recognition',
]);
/** What a member was offered or given. @category Model @example `const kind: ReciprocityKind = 'voucher';` */
export type ReciprocityKind = z.infer<typeof ReciprocityKindSchema>;

/**
 * Where an offer stands: offered, accepted or declined by the member, or
 * received (paid, given or done).
 *
 * @category Model
 * @example `ReciprocityStatusSchema.options // ['offered', 'accepted', 'declined', 'received']`
 */
export const ReciprocityStatusSchema = z.enum(['offered', 'accepted', 'declined', 'received']);
/** Where an offer stands. @category Model @example `const status: ReciprocityStatus = 'declined';` */
export type ReciprocityStatus = z.infer<typeof ReciprocityStatusSchema>;

/**
 * The largest amount one entry can hold, in pence: ten billion pounds, far
 * beyond any payment for taking part, so a typing slip is refused.
 *
 * @category Model
 * @example `ReciprocityEntrySchema.shape.amountPence.safeParse(MAX_AMOUNT_PENCE + 1).success; // false`
 */
export const MAX_AMOUNT_PENCE = 1_000_000_000_000;

/**
 * One entry in the reciprocity ledger: what one member was offered or
 * received, when, and for how much. Amounts are whole pence (`2500` is
 * £25.00) so sums are exact.
 *
 * @category Model
 * @example
 * ```ts
 * ReciprocityEntrySchema.parse({
 *   id: 'rx-01',
 *   memberId: 'm-01',
 *   kind: 'payment',
 *   offeredOn: '2026-03-26',
 *   amountPence: 2500,
 *   claimedOn: '2026-04-02',
 *   paidOn: '2026-04-09',
 *   status: 'received',
 * });
 * ```
 */
export const ReciprocityEntrySchema = z.strictObject({
  id: ReciprocityIdSchema,
  /** The member the entry is about. It never changes: an entry stays with its member. */
  memberId: MemberIdSchema,
  kind: ReciprocityKindSchema,
  /** When it was offered. */
  offeredOn: IsoDateSchema.optional(),
  /** How much, in whole pence, for a payment, voucher or expenses. */
  amountPence: z.int().min(0).max(MAX_AMOUNT_PENCE).optional(),
  /** When the member claimed it (expenses, a payment by claim). */
  claimedOn: IsoDateSchema.optional(),
  /** When it was paid or given. */
  paidOn: IsoDateSchema.optional(),
  status: ReciprocityStatusSchema,
  /** A note for the people running the work. Name no one here: the entry already says whose it is. */
  note: TextSchema.optional(),
});
/** An entry in the reciprocity ledger. @category Model @example `const paid = (e: ReciprocityEntry) => e.status === 'received';` */
export type ReciprocityEntry = DeepReadonly<z.infer<typeof ReciprocityEntrySchema>>;
