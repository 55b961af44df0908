/**
 * The co-production group: the perspectives the work needs and the members
 * who bring them. Member records may be pseudonymous: nothing here asks for
 * contact details.
 *
 * @module
 */
import * as z from 'zod';
import { MemberIdSchema, PerspectiveIdSchema } from './ids.js';
import { PersonRefSchema } from './person-ref.js';
import { ExtensionsSchema, IsoDateSchema, LabelSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/** What a member is in the group as. @category Model @example `MemberRoleSchema.safeParse('lived-experience').success // true, and false for any value not in MemberRoleSchema.options` */
export const MemberRoleSchema = z.enum([
  'resident',
  'lived-experience',
  'carer',
  'young-person',
  'staff',
  'councillor',
  'partner',
  'other',
]);
/** What a member is in the group as. @category Model @example `const role: MemberRole = 'resident';` */
export type MemberRole = z.infer<typeof MemberRoleSchema>;

/**
 * A property of a place: what a room or building has, whoever comes. These
 * are recorded on the venue (`venue.features`).
 *
 * @category Model
 * @example `VenueFeatureSchema.safeParse('step-free').success // true, and false for any value not in VenueFeatureSchema.options`
 */
export const VenueFeatureSchema = z.enum([
  'step-free',
  'hearing-loop',
  'accessible-toilet',
  'public-transport',
  'parking',
  'quiet-space',
]);
/** A property of a place. @category Model @example `const feature: VenueFeature = 'hearing-loop';` */
export type VenueFeature = z.infer<typeof VenueFeatureSchema>;

/**
 * Support arranged for an activity, wherever it happens: an interpreter,
 * captions, papers in another format, help with costs. Recorded on the
 * activity (`activity.supportArranged`), not on the venue.
 *
 * @category Model
 * @example `SupportSchema.safeParse('captions').success // true, and false for any value not in SupportSchema.options`
 */
export const SupportSchema = z.enum([
  'bsl-interpreter',
  'captions',
  'easy-read',
  'large-print',
  'translation',
  'childcare',
  'travel-costs',
  'breaks',
]);
/** Support arranged for an activity. @category Model @example `const support: Support = 'childcare';` */
export type Support = z.infer<typeof SupportSchema>;

/**
 * Anything an access need can depend on: a property of the place
 * ({@link VenueFeatureSchema}) or support arranged for the activity
 * ({@link SupportSchema}).
 *
 * @category Model
 * @example `AccessFeatureSchema.safeParse('step-free').success // true, and false for any value not in AccessFeatureSchema.options`
 */
export const AccessFeatureSchema = z.enum([
  ...VenueFeatureSchema.options,
  ...SupportSchema.options,
]);
/** A venue feature or support. @category Model @example `const feature: AccessFeature = 'hearing-loop';` */
export type AccessFeature = z.infer<typeof AccessFeatureSchema>;

/**
 * What a need requires in one setting, as alternatives per setting: in a
 * room, and online. A hybrid activity offers both ways of joining, so the
 * need is met there when either alternative is in place.
 *
 * @category Model
 * @example `AccessBySettingSchema.parse({ inPerson: ['hearing-loop'], online: ['captions'] })`
 */
export const AccessBySettingSchema = z.strictObject({
  /** What the need requires when the member is in the room. */
  inPerson: z.array(AccessFeatureSchema).optional(),
  /** What the need requires when the member joins online. */
  online: z.array(AccessFeatureSchema).optional(),
});
/** What a need requires per setting. @category Model @example `const s: AccessBySetting = { inPerson: ['hearing-loop'], online: ['captions'] };` */
export type AccessBySetting = DeepReadonly<z.infer<typeof AccessBySettingSchema>>;

/**
 * An access or support need and whether it is met. `requires` lists what is
 * needed in every setting; `bySetting` what is needed only in a room or only
 * online ("a hearing loop in rooms, captions online"). A place's features
 * and travel costs never matter online: there is no place or journey.
 *
 * @category Model
 * @example
 * ```ts
 * AccessNeedSchema.parse({
 *   need: 'I am hard of hearing',
 *   bySetting: { inPerson: ['hearing-loop'], online: ['captions'] },
 *   met: true,
 *   howMet: 'Loop in the library room, captions on calls',
 * });
 * ```
 */
export const AccessNeedSchema = z.strictObject({
  /** The need in the member's own words. */
  need: TextSchema,
  /** What an activity must have for this need to be met there, in any setting. */
  requires: z.array(AccessFeatureSchema).optional(),
  /** What an activity must have in one setting only: in a room, or online. */
  bySetting: AccessBySettingSchema.optional(),
  /** Whether the need is currently met. */
  met: z.boolean(),
  /** How it is met, or what is being done about it. */
  howMet: TextSchema.optional(),
});
/** An access or support need. @category Model @example `const need: AccessNeed = { need: 'Hearing loop', requires: ['hearing-loop'], met: false };` */
export type AccessNeed = DeepReadonly<z.infer<typeof AccessNeedSchema>>;

/**
 * What is known about a member's access and support needs: `'unknown'`
 * (nobody has recorded asking; the default), `'none'` (asked, and they need
 * nothing), or the needs they named.
 *
 * @category Model
 * @example `AccessNeedsSchema.parse('none')`
 */
export const AccessNeedsSchema = z.union([
  z.literal('unknown'),
  z.literal('none'),
  z.array(AccessNeedSchema).min(1),
]);
/** What is known about a member's access needs. @category Model @example `const needs: AccessNeeds = 'unknown';` */
export type AccessNeeds = DeepReadonly<z.infer<typeof AccessNeedsSchema>>;

/**
 * The needs listed in a member's `accessNeeds`: none when unknown or none.
 *
 * @category Model
 * @example `listedNeeds('unknown') // []`
 */
export function listedNeeds(needs: AccessNeeds): readonly AccessNeed[] {
  return typeof needs === 'string' ? [] : needs;
}

/** A day of the week. @category Model @example `WeekdaySchema.options // ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']` */
export const WeekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
/** A day of the week. @category Model @example `const day: Weekday = 'sat';` */
export type Weekday = z.infer<typeof WeekdaySchema>;

/** A part of the day. @category Model @example `DayPartSchema.options // ['morning', 'afternoon', 'evening']` */
export const DayPartSchema = z.enum(['morning', 'afternoon', 'evening']);
/** A part of the day. @category Model @example `const part: DayPart = 'evening';` */
export type DayPart = z.infer<typeof DayPartSchema>;

/**
 * When a member can take part.
 *
 * @category Model
 * @example `AvailabilitySchema.parse({ days: ['sat'], dayParts: ['morning'] })`
 */
export const AvailabilitySchema = z.strictObject({
  days: z.array(WeekdaySchema).optional(),
  dayParts: z.array(DayPartSchema).optional(),
  notes: TextSchema.optional(),
});
/** When a member can take part. @category Model @example `const when: Availability = { dayParts: ['evening'] };` */
export type Availability = DeepReadonly<z.infer<typeof AvailabilitySchema>>;

/**
 * A wider group a member is taken to speak for, and how they connect to it.
 *
 * @category Model
 * @example `RepresentationSchema.parse({ group: 'Young carers in Northfield', connection: 'Runs the youth forum' })`
 */
export const RepresentationSchema = z.strictObject({
  group: LabelSchema,
  /** How the member is connected to that group; missing means the assumption is untested. */
  connection: TextSchema.optional(),
});
/** A wider group a member speaks for. @category Model @example `const r: Representation = { group: 'Tenants association' };` */
export type Representation = DeepReadonly<z.infer<typeof RepresentationSchema>>;

/**
 * What a member would rather have instead of cash for taking part, once
 * they have been offered benefits advice: nothing instead (`none`), a
 * voucher, time credits, training, or something else.
 *
 * @category Model
 * @example `NonCashPreferenceSchema.options // ['none', 'voucher', 'time-credit', 'training', 'other']`
 */
export const NonCashPreferenceSchema = z.enum([
  'none',
  'voucher',
  'time-credit',
  'training',
  'other',
]);
/** A member's choice of a non-cash alternative. @category Model @example `const choice: NonCashPreference = 'voucher';` */
export type NonCashPreference = z.infer<typeof NonCashPreferenceSchema>;

/**
 * Training a member took through the work, and when.
 *
 * @category Model
 * @example `TrainingTakenSchema.parse({ title: 'Chairing meetings', on: '2026-05-12' })`
 */
export const TrainingTakenSchema = z.strictObject({
  title: LabelSchema,
  on: IsoDateSchema.optional(),
});
/** Training a member took. @category Model @example `const t: TrainingTaken = { title: 'Safeguarding basics' };` */
export type TrainingTaken = DeepReadonly<z.infer<typeof TrainingTakenSchema>>;

/**
 * A member of the group.
 *
 * @category Model
 * @example
 * ```ts
 * MemberSchema.parse({
 *   id: 'm-01',
 *   displayName: 'Member A',
 *   roles: ['lived-experience'],
 *   perspectives: ['young-carers'],
 *   joined: '2025-01-10',
 * });
 * ```
 */
export const MemberSchema = z.strictObject({
  id: MemberIdSchema,
  /** A name or pseudonym; never needs to identify the person. */
  displayName: LabelSchema,
  /**
   * The council's pseudonymous key for this person, the same in every
   * project they join, so the portfolio rules can see one person across
   * projects. Never a name (see `PersonRefSchema`). Personal data.
   */
  personRef: PersonRefSchema.optional(),
  roles: z.array(MemberRoleSchema).min(1),
  /** Keys of the perspectives the member brings (see `group.requiredPerspectives`). */
  perspectives: z.array(PerspectiveIdSchema).default([]),
  /** Skills and experience the member brings; missing means not yet recorded. */
  skills: z.array(LabelSchema).optional(),
  /** Whether the member is one of the "usual participants" in the organisation's engagement. */
  usualParticipant: z.boolean().optional(),
  /** Other engagement activities the member takes part in. */
  otherEngagement: z.array(LabelSchema).optional(),
  /** Wider groups the member is taken to speak for. */
  represents: z.array(RepresentationSchema).optional(),
  /**
   * Access and support needs: `'unknown'` until someone asks (the default),
   * `'none'` when the member needs nothing, or the needs they named.
   */
  accessNeeds: AccessNeedsSchema.default('unknown'),
  availability: AvailabilitySchema.optional(),
  joined: IsoDateSchema.optional(),
  /** When the member left; members are retired, never deleted. */
  left: IsoDateSchema.optional(),
  /** Whether the member has been briefed on the organisation's governance processes. */
  briefedOnGovernance: z.boolean().optional(),
  /** Whether the member has been briefed on what co-production means in this project. */
  briefedOnCoproduction: z.boolean().optional(),
  /** When the member was offered independent advice on how payment for taking part could affect their benefits. */
  benefitsAdviceOfferedOn: IsoDateSchema.optional(),
  /** The member's choice of a non-cash alternative to payment; missing means not yet asked. */
  nonCashPreference: NonCashPreferenceSchema.optional(),
  /** Training the member took through the work. */
  trainingTaken: z.array(TrainingTakenSchema).optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A member of the group. @category Model @example `const name = (m: Member) => m.displayName;` */
export type Member = DeepReadonly<z.infer<typeof MemberSchema>>;

/**
 * A perspective or experience the work needs, and why.
 *
 * @category Model
 * @example `RequiredPerspectiveSchema.parse({ id: 'young-carers', label: 'Young carers', why: 'They use the service' })`
 */
export const RequiredPerspectiveSchema = z.strictObject({
  id: PerspectiveIdSchema,
  label: LabelSchema,
  why: TextSchema.optional(),
});
/**
 * A perspective the work needs.
 *
 * @category Model
 * @example
 * ```ts
 * // The perspectives no current member brings.
 * const brought = new Set(project.group.members.filter((m) => !m.left).flatMap((m) => m.perspectives));
 * const missing: RequiredPerspective[] = project.group.requiredPerspectives.filter((p) => !brought.has(p.id));
 * ```
 */
export type RequiredPerspective = DeepReadonly<z.infer<typeof RequiredPerspectiveSchema>>;

/**
 * The group: what perspectives the work needs and who is in it.
 *
 * @category Model
 * @example `GroupSchema.parse({ requiredPerspectives: [], members: [] })`
 */
export const GroupSchema = z.strictObject({
  requiredPerspectives: z.array(RequiredPerspectiveSchema).default([]),
  members: z.array(MemberSchema).default([]),
});
/** The group. @category Model @example `const size = (g: Group) => g.members.length;` */
export type Group = DeepReadonly<z.infer<typeof GroupSchema>>;
