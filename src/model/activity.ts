/**
 * Meetings and the other ways the group works: outreach where people already
 * gather, online, informal, workshops. Times carry an offset; office hours are
 * judged in the project's time zone.
 *
 * @module
 */
import * as z from 'zod';
import { SupportSchema, VenueFeatureSchema } from './group.js';
import { ActivityIdSchema, MemberIdSchema } from './ids.js';
import { ExtensionsSchema, IsoDateTimeSchema, LabelSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/** What sort of activity it was. @category Model @example `ActivityKindSchema.options // ['formal-meeting', 'workshop', 'outreach', 'online', 'informal', 'site-visit', 'other']` */
export const ActivityKindSchema = z.enum([
  'formal-meeting',
  'workshop',
  'outreach',
  'online',
  'informal',
  'site-visit',
  'other',
]);
/** What sort of activity it was. @category Model @example `const kind: ActivityKind = 'informal';` */
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

/** Where an activity happened, relative to the organisation. @category Model @example `VenueSettingSchema.options // ['organisation-premises', 'community', 'online', 'other']` */
export const VenueSettingSchema = z.enum(['organisation-premises', 'community', 'online', 'other']);
/** Where an activity happened. @category Model @example `const setting: VenueSetting = 'community';` */
export type VenueSetting = z.infer<typeof VenueSettingSchema>;

/**
 * How members could join an activity: in the room, online, or either
 * (hybrid). When not recorded it is read from the activity: online when its
 * kind or its venue is online, in person otherwise.
 *
 * @category Model
 * @example `ActivityFormatSchema.options // ['in-person', 'online', 'hybrid']`
 */
export const ActivityFormatSchema = z.enum(['in-person', 'online', 'hybrid']);
/** How members could join an activity. @category Model @example `const format: ActivityFormat = 'online';` */
export type ActivityFormat = z.infer<typeof ActivityFormatSchema>;

/**
 * The place an activity happened and what it offers.
 *
 * @category Model
 * @example `VenueSchema.parse({ name: 'Northfield Library', setting: 'community', features: ['step-free'] })`
 */
export const VenueSchema = z.strictObject({
  name: LabelSchema,
  setting: VenueSettingSchema,
  /**
   * Properties of the place (step-free access, a hearing loop…); missing
   * means not recorded, empty means it has none of them. Support arranged
   * for the activity is `activity.supportArranged`.
   */
  features: z.array(VenueFeatureSchema).optional(),
});
/** A venue. @category Model @example `const v: Venue = { name: 'Town Hall', setting: 'organisation-premises' };` */
export type Venue = DeepReadonly<z.infer<typeof VenueSchema>>;

/** How many times a member did something at one activity; missing means not counted. */
const timesAtActivity = z.int().min(0).max(100_000).optional();

/**
 * One member's attendance at an activity, and how they took part.
 *
 * @category Model
 * @example `AttendanceSchema.parse({ memberId: 'm-01', contributions: 4, questionsAsked: 1, knowledgeShared: 2 })`
 */
export const AttendanceSchema = z.strictObject({
  memberId: MemberIdSchema,
  /** Times the member spoke or contributed in another way; missing means not counted. */
  contributions: timesAtActivity,
  questionsAsked: timesAtActivity,
  /** Times the member shared knowledge or experience. */
  knowledgeShared: timesAtActivity,
});
/** One attendance row. @category Model @example `const row: Attendance = { memberId: 'm-01' as MemberId, contributions: 3 };` */
export type Attendance = DeepReadonly<z.infer<typeof AttendanceSchema>>;

/**
 * A term used in an activity that may need explaining.
 *
 * @category Model
 * @example `JargonNoteSchema.parse({ term: 'MTFS', explained: false })`
 */
export const JargonNoteSchema = z.strictObject({
  term: LabelSchema,
  explained: z.boolean(),
});
/** A jargon note. @category Model @example `const note: JargonNote = { term: 'Section 75', explained: true };` */
export type JargonNote = DeepReadonly<z.infer<typeof JargonNoteSchema>>;

/**
 * A meeting or other activity of the group.
 *
 * @category Model
 * @example
 * ```ts
 * ActivitySchema.parse({
 *   id: 'a-01',
 *   kind: 'formal-meeting',
 *   title: 'First meeting',
 *   start: '2025-02-04T18:00:00+00:00',
 *   end: '2025-02-04T20:00:00+00:00',
 *   attendance: [{ memberId: 'm-01', contributions: 5 }],
 * });
 * ```
 */
export const ActivitySchema = z.strictObject({
  id: ActivityIdSchema,
  kind: ActivityKindSchema,
  title: LabelSchema,
  start: IsoDateTimeSchema,
  end: IsoDateTimeSchema,
  venue: VenueSchema.optional(),
  /** How members could join; missing means read from the kind and the venue. */
  format: ActivityFormatSchema.optional(),
  /**
   * Support arranged for this activity (an interpreter, captions, childcare,
   * travel costs…); missing means not recorded, empty means none was.
   */
  supportArranged: z.array(SupportSchema).optional(),
  chairedBy: z.array(MemberIdSchema).optional(),
  facilitatedBy: z.array(MemberIdSchema).optional(),
  /** Who came and how they took part; missing means attendance was not recorded. */
  attendance: z.array(AttendanceSchema).optional(),
  /** Terms noted as jargon; missing means nobody looked, empty means none was heard. */
  jargon: z.array(JargonNoteSchema).optional(),
  notes: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A meeting or other activity. @category Model @example `const isOnline = (a: Activity) => a.kind === 'online';` */
export type Activity = DeepReadonly<z.infer<typeof ActivitySchema>>;
