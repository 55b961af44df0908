/**
 * The group's "ways we will work together".
 *
 * @module
 */
import * as z from 'zod';
import { AgreementIdSchema, MemberIdSchema } from './ids.js';
import { ExtensionsSchema, IsoDateSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/** What an agreement is about. @category Model @example `AgreementTopicSchema.options // ['behaviour', 'language', 'decision-making', 'activities', 'other']` */
export const AgreementTopicSchema = z.enum([
  'behaviour',
  'language',
  'decision-making',
  'activities',
  'other',
]);
/** What an agreement is about. @category Model @example `const topic: AgreementTopic = 'language';` */
export type AgreementTopic = z.infer<typeof AgreementTopicSchema>;

/**
 * One "ways we will work together" agreement.
 *
 * @category Model
 * @example
 * ```ts
 * AgreementSchema.parse({
 *   id: 'w-01',
 *   topic: 'decision-making',
 *   text: 'We decide by consent: a proposal goes ahead unless someone has a reasoned objection.',
 *   createdBy: ['m-01', 'm-04'],
 *   createdOn: '2025-02-04',
 * });
 * ```
 */
export const AgreementSchema = z.strictObject({
  id: AgreementIdSchema,
  topic: AgreementTopicSchema,
  text: TextSchema,
  /** Members who wrote it; an agreement written only by staff was not co-created. */
  createdBy: z.array(MemberIdSchema).default([]),
  createdOn: IsoDateSchema.optional(),
  reviewedOn: IsoDateSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** An agreement. @category Model @example `const topic = (a: Agreement) => a.topic;` */
export type Agreement = DeepReadonly<z.infer<typeof AgreementSchema>>;
