/**
 * Which of a member's fields hold personal data, and what erasing them
 * leaves behind. This is the one place that knows: a field added to
 * {@link MemberSchema} must be classified here, or the library does not
 * compile.
 *
 * @module
 */
import type { Member } from './group.js';

/**
 * What replaces every piece of a member's own text (a skill, a group they
 * speak for, an access need in their words) when their personal data is
 * erased. It is valid wherever text is, so the project still validates.
 *
 * @category Model
 * @example
 * ```ts
 * erasedMember(member).skills; // ['[erased]', '[erased]'] for a member with two skills
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
 * dates and yes/no answers, which say nothing in the member's own words and
 * which the check's counts are made from), and otherwise the kind of
 * personal data the field holds. The `satisfies` clause makes a new member
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
  extensions: 'extensions',
} as const satisfies {
  readonly [K in keyof Member]-?: 'kept' | 'name' | 'key' | 'text' | 'access-needs' | 'extensions';
};

type PersonalField = {
  [K in keyof typeof MEMBER_FIELDS]: (typeof MEMBER_FIELDS)[K] extends 'kept' ? never : K;
}[keyof typeof MEMBER_FIELDS];

/**
 * The member fields that hold personal data, which
 * {@link erasedMember} replaces (or, for the person reference, removes):
 * the display name, the person reference, skills, other
 * engagement, the groups a member speaks for, access needs in their own
 * words, availability notes, and the council's own fields (`extensions`).
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
