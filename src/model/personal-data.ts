/**
 * Which of a member's fields hold personal data, and what erasing them
 * leaves behind. This is the one place that knows: a field added to
 * {@link MemberSchema} must be classified here, or the library does not
 * compile.
 *
 * @module
 */
import type { Member } from './group.js';
import type { ReciprocityEntry } from './reciprocity.js';

/**
 * What replaces every piece of a member's own text (a skill, a group they
 * speak for, an access need in their words) when their personal data is
 * erased. It is valid wherever text is, so the project still validates.
 *
 * @category Model
 * @example
 * ```ts
 * // After eraseMember, every free-text field of that member reads:
 * const shown: string = ERASED_TEXT; // '[erased]'
 * ```
 */
export const ERASED_TEXT = '[erased]';

/**
 * The display name an erased member is given. It names the member id, which
 * is kept so every record that refers to the member still does, and differs
 * from member to member, so reports never confuse two erased members.
 *
 * @category Model
 * @example
 * ```ts
 * erasedDisplayName('m-03'); // 'Erased member m-03'
 * ```
 */
export function erasedDisplayName(id: string): string {
  return `Erased member ${id}`;
}

/**
 * Every member field, classified: `'kept'` for what stays when a member's
 * personal data is erased (the id, so references hold; roles, perspectives,
 * dates, yes/no answers and choices from a fixed list such as a non-cash
 * preference, which say nothing in the member's own words and which the
 * check's counts are made from), and otherwise the kind of personal data
 * the field holds (`'training'`: the titles of training taken are erased,
 * their dates kept). The `satisfies` clause makes a new member
 * field a compile error until it is classified here.
 */
const MEMBER_FIELDS = {
  id: 'kept',
  displayName: 'name',
  personRef: 'key',
  roles: 'kept',
  perspectives: 'kept',
  skills: 'text',
  usualParticipant: 'kept',
  otherEngagement: 'text',
  represents: 'text',
  accessNeeds: 'access-needs',
  availability: 'text',
  joined: 'kept',
  left: 'kept',
  briefedOnGovernance: 'kept',
  briefedOnCoproduction: 'kept',
  benefitsAdviceOfferedOn: 'kept',
  nonCashPreference: 'kept',
  trainingTaken: 'training',
  extensions: 'extensions',
} as const satisfies {
  readonly [K in keyof Member]-?:
    | 'kept'
    | 'name'
    | 'key'
    | 'text'
    | 'access-needs'
    | 'training'
    | 'extensions';
};

type PersonalField = {
  [K in keyof typeof MEMBER_FIELDS]: (typeof MEMBER_FIELDS)[K] extends 'kept' ? never : K;
}[keyof typeof MEMBER_FIELDS];

/**
 * The member fields that hold personal data, which
 * {@link eraseMember} replaces (or, for the person reference, removes):
 * the display name, the person reference, skills, other
 * engagement, the groups a member speaks for, access needs in their own
 * words, availability notes, the titles of training taken, and the
 * council's own fields (`extensions`).
 *
 * @category Model
 * @example
 * ```ts
 * PERSONAL_MEMBER_FIELDS.includes('displayName'); // true
 * PERSONAL_MEMBER_FIELDS.includes('roles'); // false: kept
 * ```
 */
export const PERSONAL_MEMBER_FIELDS: readonly (keyof Member)[] = Object.freeze(
  (Object.keys(MEMBER_FIELDS) as (keyof typeof MEMBER_FIELDS)[]).filter(
    (key): key is PersonalField => MEMBER_FIELDS[key] !== 'kept',
  ),
);

/**
 * Keys inside a personal field whose values are chosen from a fixed list
 * (the features an access need requires, the days a member is free), not
 * written by anyone: they are kept, so the check still finds an activity
 * that lacked a feature a member needs. A new key of that kind inside
 * `accessNeeds`, `availability` or `represents` belongs here; any other
 * string inside those fields is erased.
 */
const CHOSEN_FROM_A_LIST = new Set(['requires', 'bySetting', 'met', 'days', 'dayParts']);

/** Replaces every string in a value with {@link ERASED_TEXT}, keeping lists' lengths and chosen keys. */
function eraseText(value: unknown): unknown {
  if (typeof value === 'string') return ERASED_TEXT;
  if (Array.isArray(value)) return value.map(eraseText);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = CHOSEN_FROM_A_LIST.has(key) ? item : eraseText(item);
  }
  return out;
}

/**
 * The one function that knows the shapes of a member's personal fields:
 * what a field's value becomes when it is erased. Lists keep their length
 * (the check counts skills and other engagement) and optional parts stay
 * present or absent (a group without a `connection` is still flagged).
 */
function erasedValue(field: PersonalField, value: unknown, id: string): unknown {
  switch (MEMBER_FIELDS[field]) {
    case 'name':
      return erasedDisplayName(id);
    case 'extensions':
      // The council's own fields: their shapes are unknown here, so all go.
      return {};
    case 'access-needs':
      // 'unknown' and 'none' (where the model has them) say nothing in the member's words.
      return typeof value === 'string' ? value : eraseText(value);
    case 'training':
      // What the training was is erased; when it was taken is kept, like other dates.
      return Array.isArray(value)
        ? value.map((item) =>
            typeof item === 'object' && item !== null
              ? Object.fromEntries(
                  Object.entries(item).map(([key, v]) => [key, key === 'on' ? v : eraseText(v)]),
                )
              : eraseText(item),
          )
        : eraseText(value);
    default:
      return eraseText(value);
  }
}

/**
 * The personal fields present in `fields` (a member, or the changes of a
 * `member/update` for member `id`) with their erased values; the person
 * reference is removed; other fields are left as they are, and absent ones
 * stay absent.
 *
 * @category Model
 * @example
 * ```ts
 * erasedMemberFields({ displayName: 'Sam', usualParticipant: true }, 'm-03');
 * // { displayName: 'Erased member m-03', usualParticipant: true }
 * ```
 */
export function erasedMemberFields<T extends Readonly<Record<string, unknown>>>(
  fields: T,
  id: string,
): T {
  const out: Record<string, unknown> = { ...fields };
  for (const field of PERSONAL_MEMBER_FIELDS) {
    if (!Object.hasOwn(fields, field) || fields[field] === undefined) continue;
    // A key that links the person across projects is removed, not replaced:
    // any stand-in would still link every erased member who had one.
    if (MEMBER_FIELDS[field as PersonalField] === 'key') delete out[field];
    else out[field] = erasedValue(field as PersonalField, fields[field], id);
  }
  return out as T;
}

/**
 * A member with their personal data erased ({@link PERSONAL_MEMBER_FIELDS}
 * replaced by neutral values that still validate) and everything else kept:
 * the id, roles, perspectives, dates and yes/no answers. Erasing twice
 * gives the same member.
 *
 * @category Model
 * @example
 * ```ts
 * erasedMember({ id: 'm-03', displayName: 'Sam Jones', roles: ['carer'], perspectives: [], accessNeeds: [], skills: ['Welsh'] });
 * // { id: 'm-03', displayName: 'Erased member m-03', roles: ['carer'], perspectives: [], accessNeeds: [], skills: ['[erased]'] }
 * ```
 */
export function erasedMember<T extends Readonly<Record<string, unknown>> & { readonly id: string }>(
  member: T,
): T {
  return erasedMemberFields(member, member.id);
}

/**
 * Every field of a reciprocity ledger entry, classified as for members:
 * `'kept'` for what stays when the member's personal data is erased (the
 * ids, what kind of thing was offered, its status and dates, so the check
 * counts offers and payments as before), `'text'` for the note, replaced
 * by {@link ERASED_TEXT}, and `'removed'` for the amount, which is left
 * out: what a person was paid is theirs, no neutral number stands in for
 * it, and the council's finance records keep what the law requires.
 */
const RECIPROCITY_FIELDS = {
  id: 'kept',
  memberId: 'kept',
  kind: 'kept',
  offeredOn: 'kept',
  amountPence: 'removed',
  claimedOn: 'kept',
  paidOn: 'kept',
  status: 'kept',
  note: 'text',
} as const satisfies { readonly [K in keyof ReciprocityEntry]-?: 'kept' | 'text' | 'removed' };

/**
 * The fields of a reciprocity ledger entry that hold personal data, which
 * {@link eraseMember} erases when the entry's member is erased:
 * the amount (removed) and the note (replaced by {@link ERASED_TEXT}).
 *
 * @category Model
 * @example
 * ```ts
 * PERSONAL_RECIPROCITY_FIELDS.includes('amountPence'); // true
 * PERSONAL_RECIPROCITY_FIELDS.includes('paidOn'); // false: kept
 * ```
 */
export const PERSONAL_RECIPROCITY_FIELDS: readonly (keyof ReciprocityEntry)[] = Object.freeze(
  (Object.keys(RECIPROCITY_FIELDS) as (keyof typeof RECIPROCITY_FIELDS)[]).filter(
    (key) => RECIPROCITY_FIELDS[key] !== 'kept',
  ),
);

/**
 * The fields of a reciprocity ledger entry (a whole entry, or the changes
 * of a `reciprocity/update`) with its member's personal data erased: the
 * note becomes {@link ERASED_TEXT} and the amount is left out; the kind,
 * status and dates are kept. Absent fields stay absent, and erasing twice
 * gives the same fields.
 *
 * @category Model
 * @example
 * ```ts
 * erasedReciprocityFields({ id: 'rx-01', memberId: 'm-03', kind: 'payment', amountPence: 2500, status: 'received', note: 'Paid by bank transfer' });
 * // { id: 'rx-01', memberId: 'm-03', kind: 'payment', status: 'received', note: '[erased]' }
 * ```
 */
export function erasedReciprocityFields<T extends Readonly<Record<string, unknown>>>(fields: T): T {
  const out: Record<string, unknown> = { ...fields };
  for (const field of PERSONAL_RECIPROCITY_FIELDS) {
    if (!Object.hasOwn(out, field)) continue;
    if (RECIPROCITY_FIELDS[field] === 'removed' || out[field] === undefined) delete out[field];
    else out[field] = eraseText(out[field]);
  }
  return out as T;
}
