/**
 * Reflections the group records against framework questions, and ideas it
 * raises (so openness to change has evidence).
 *
 * @module
 */
import * as z from 'zod';
import { dueAndDoneFields } from './fields.js';
import { IdeaIdSchema, MemberIdSchema, ReflectionIdSchema } from './ids.js';
import { ExtensionsSchema, IsoDateSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/**
 * Id of a framework question, such as `during.everyone-contributes`. The
 * catalogue of ids lives with the rules; the model checks only the form.
 *
 * @category Model
 * @example `QuestionIdSchema.parse('governance.senior-leaders')`
 */
export const QuestionIdSchema = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, {
  error: 'must be a framework question id such as "during.everyone-contributes"',
});
/** A framework question id. @category Model @example `const q: QuestionId = 'readiness.purpose';` */
export type QuestionId = z.infer<typeof QuestionIdSchema>;

/** A traffic-light rating. @category Model @example `RatingSchema.options // ['green', 'amber', 'red']` */
export const RatingSchema = z.enum(['green', 'amber', 'red']);
/** A traffic-light rating. @category Model @example `const r: Rating = 'green';` */
export type Rating = z.infer<typeof RatingSchema>;

/**
 * Something the group agreed to do after a reflection.
 *
 * @category Model
 * @example `ReflectionActionSchema.parse({ description: 'Try a round at the start of each meeting', owner: 'm-02' })`
 */
export const ReflectionActionSchema = z.strictObject({
  description: TextSchema,
  owner: MemberIdSchema.optional(),
  ...dueAndDoneFields,
});
/** A reflection action. @category Model @example `const a: ReflectionAction = { description: 'Add a glossary' };` */
export type ReflectionAction = DeepReadonly<z.infer<typeof ReflectionActionSchema>>;

/**
 * The group's answer to a framework question at a point in time. Record
 * who took part (`recordedBy`): checks count it as the group's own only
 * when members of the community recorded it.
 *
 * @category Model
 * @example
 * ```ts
 * ReflectionSchema.parse({
 *   id: 'r-01',
 *   questionId: 'during.everyone-contributes',
 *   date: '2025-03-20',
 *   rating: 'amber',
 *   notes: 'Two members rarely speak',
 *   actions: [{ description: 'Use small-group rounds' }],
 *   recordedBy: ['m-02', 'm-05'],
 * });
 * ```
 */
export const ReflectionSchema = z.strictObject({
  id: ReflectionIdSchema,
  questionId: QuestionIdSchema,
  date: IsoDateSchema,
  rating: RatingSchema,
  notes: TextSchema.optional(),
  actions: z.array(ReflectionActionSchema).default([]),
  /**
   * Members who recorded it. Only a reflection with members of the
   * community among them (not staff, councillors or partners alone) counts
   * as the group's own answer; one that names nobody is the organisation's.
   */
  recordedBy: z.array(MemberIdSchema).optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A reflection. @category Model @example `const isRed = (r: Reflection) => r.rating === 'red';` */
export type Reflection = DeepReadonly<z.infer<typeof ReflectionSchema>>;

/** What became of an idea. @category Model @example `IdeaStatusSchema.options // ['open', 'adopted', 'adapted', 'parked', 'declined']` */
export const IdeaStatusSchema = z.enum(['open', 'adopted', 'adapted', 'parked', 'declined']);
/** What became of an idea. @category Model @example `const s: IdeaStatus = 'parked';` */
export type IdeaStatus = z.infer<typeof IdeaStatusSchema>;

/**
 * An idea raised by members, and what became of it.
 *
 * @category Model
 * @example `IdeaSchema.parse({ id: 'i-01', summary: 'Run sessions at the school gate', raisedOn: '2025-03-01', status: 'adopted' })`
 */
export const IdeaSchema = z.strictObject({
  id: IdeaIdSchema,
  summary: TextSchema,
  raisedOn: IsoDateSchema,
  raisedBy: z.array(MemberIdSchema).optional(),
  status: IdeaStatusSchema,
  /** What was done with it, and why. */
  response: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** An idea. @category Model @example `const open = (i: Idea) => i.status === 'open';` */
export type Idea = DeepReadonly<z.infer<typeof IdeaSchema>>;
