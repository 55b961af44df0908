/**
 * Topics: what a project consults people about, as keys from the council's
 * own list, so two projects asking about the same thing can be found.
 *
 * @module
 */
import * as z from 'zod';

/**
 * A topic key from the council's own list of topics: lower-case letters and
 * digits joined by single hyphens, at most 64 characters, such as
 * `bus-travel` or `adult-social-care`. Keys, not sentences, so that two
 * projects name the same topic the same way.
 *
 * @category Model
 * @example `TopicSchema.parse('bus-travel')`
 */
export const TopicSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      'must be a topic key from the council’s list, like "bus-travel": lower-case letters and digits joined by single hyphens',
  })
  .meta({ title: 'Topic' });

/** A topic key. @category Model @example `const topic: Topic = 'bus-travel';` */
export type Topic = z.infer<typeof TopicSchema>;
