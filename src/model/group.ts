/**
 * The co-production group: the perspectives the work needs and the members
 * who bring them. Member records may be pseudonymous: nothing here asks for
 * contact details.
 *
 * @module
 */
import * as z from 'zod';
import { MemberIdSchema, PerspectiveIdSchema } from './ids.js';
import { ExtensionsSchema, IsoDateSchema, LabelSchema, TextSchema } from './primitives.js';

/** What a member is in the group as. @category Model @example `MemberRoleSchema.parse('lived-experience')` */
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
 * A feature of a venue or activity that an access need can depend on.
 *
 * @category Model
 * @example `AccessFeatureSchema.parse('step-free')`
 */
export const AccessFeatureSchema = z.enum([
  'step-free',
  'hearing-loop',
  'accessible-toilet',
  'public-transport',
  'parking',
  'quiet-space',
  'bsl-interpreter',
  'captions',
  'easy-read',
  'large-print',
  'translation',
  'childcare',
  'travel-costs',
  'breaks',
]);
/** A venue or activity feature. @category Model @example `const feature: AccessFeature = 'hearing-loop';` */
export type AccessFeature = z.infer<typeof AccessFeatureSchema>;

/**
 * An access or support need and whether it is met.
 *
 * @category Model
 * @example
 * ```ts
 * AccessNeedSchema.parse({ need: 'Step-free access', requires: ['step-free'], met: true });
 * ```
 */
export const AccessNeedSchema = z.strictObject({
  /** The need in the member's own words. */
  need: TextSchema,
  /** Features an activity must have for this need to be met there. */
  requires: z.array(AccessFeatureSchema).optional(),
  /** Whether the need is currently met. */
  met: z.boolean(),
  /** How it is met, or what is being done about it. */
  howMet: TextSchema.optional(),
});
/** An access or support need. @category Model @example `const need: AccessNeed = { need: 'Hearing loop', requires: ['hearing-loop'], met: false };` */
export type AccessNeed = z.infer<typeof AccessNeedSchema>;

/** A day of the week. @category Model @example `WeekdaySchema.parse('sat')` */
export const WeekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
/** A day of the week. @category Model @example `const day: Weekday = 'sat';` */
export type Weekday = z.infer<typeof WeekdaySchema>;

/** A part of the day. @category Model @example `DayPartSchema.parse('evening')` */
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
export type Availability = z.infer<typeof AvailabilitySchema>;

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
export type Representation = z.infer<typeof RepresentationSchema>;

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
  accessNeeds: z.array(AccessNeedSchema).default([]),
  availability: AvailabilitySchema.optional(),
  joined: IsoDateSchema.optional(),
  /** When the member left; members are retired, never deleted. */
  left: IsoDateSchema.optional(),
  /** Whether the member has been briefed on the organisation's governance processes. */
  briefedOnGovernance: z.boolean().optional(),
  /** Whether the member has been briefed on what co-production means in this project. */
  briefedOnCoproduction: z.boolean().optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A member of the group. @category Model @example `const name = (m: Member) => m.displayName;` */
export type Member = z.infer<typeof MemberSchema>;

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
/** A perspective the work needs. @category Model @example `const p: RequiredPerspective = { id: 'young-carers' as PerspectiveId, label: 'Young carers' };` */
export type RequiredPerspective = z.infer<typeof RequiredPerspectiveSchema>;

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
export type Group = z.infer<typeof GroupSchema>;
