/**
 * A framework's files besides its rules: the question catalogue rules cite,
 * and the texts of a pack (or a council's reworded rules) in other
 * languages.
 *
 * @module
 */

import * as z from 'zod';
import type { ProblemDetail } from '../../model/errors.js';
import type { DeepReadonly } from '../../model/readonly.js';
import {
  FactIdSchema,
  LocaleSchema,
  ParameterNameSchema,
  RULE_LIMITS,
  RuleIdSchema,
  text,
} from './names.js';
import { located, type Origin, type ParseResult } from './origin.js';
import { parseJsonWith } from './raw-json.js';

/**
 * Where a framework pack keeps each kind of file, relative to its folder:
 * the question catalogue, presets, texts in other languages and rule tests.
 * Every other JSON file in the folder is a rule.
 *
 * @internal
 * @example `PACK_LAYOUT.tests // 'tests', the folder `coproduce test` reads in a pack`
 */
export const PACK_LAYOUT = Object.freeze({
  questions: 'questions.json',
  presets: 'presets',
  messages: 'messages',
  tests: 'tests',
});

/**
 * A framework's question catalogue, `questions.json`: the stable id of
 * each question or point of the framework, the section it belongs to (the
 * report's headings), the point in the catalogue's own words, and the kinds
 * of data that can answer it. Rules name these ids in `questions`.
 *
 * @category Customisation
 * @example
 * ```ts
 * QuestionCatalogueSchema.parse({
 *   about: 'Our framework.',
 *   questions: [{ id: 'ours.listening', section: 'Listening', point: 'The group is heard' }],
 * });
 * ```
 */
export const QuestionCatalogueSchema = z.strictObject({
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  /** What the catalogue is, and how it relates to the framework's own words. */
  about: text.optional(),
  /** The framework document it encodes. */
  source: text.optional(),
  /** How a rule cites the framework, such as "Six principles of co-production (nef / Nesta)". */
  citation: text.optional(),
  questions: z
    .array(
      z.strictObject({
        id: z
          .string()
          .max(RULE_LIMITS.maxIdLength)
          .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, {
            message:
              'must be a question id of dot-separated words, like "during.everyone-contributes"',
          }),
        section: text,
        point: text,
        evidence: z.array(text).max(20).optional(),
        reflective: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(RULE_LIMITS.maxRules),
});

/**
 * A framework's question catalogue.
 *
 * @category Customisation
 * @example `const ids = (c: QuestionCatalogueFile) => c.questions.map((q) => q.id);`
 */
export type QuestionCatalogueFile = DeepReadonly<z.output<typeof QuestionCatalogueSchema>>;

/**
 * Checks a question catalogue file: its shape, and that no id is used twice.
 *
 * @category Customisation
 * @example `parseQuestionCatalogue(JSON.parse(text), { file: 'council-rules/questions.json' })`
 */
export function parseQuestionCatalogue(
  raw: unknown,
  options: { file?: string } = {},
): ParseResult<QuestionCatalogueFile> {
  const origin: Origin = { file: options.file };
  const parsed = parseJsonWith(QuestionCatalogueSchema, raw, origin);
  if (!parsed.success) return parsed;
  const seen = new Set<string>();
  const problems: ProblemDetail[] = [];
  parsed.value.questions.forEach((q, i) => {
    if (seen.has(q.id))
      problems.push(
        // Coded, so a reader of another language is told in it.
        {
          ...located(origin, ['questions', i, 'id'], `the question id "${q.id}" is used twice`),
          code: 'duplicate-question-id',
          params: { id: q.id },
        },
      );
    seen.add(q.id);
  });
  if (problems.length > 0) return { success: false, problems };
  return parsed;
}

/**
 * Replacement texts for one rule; unset keys keep the rule's own text.
 *
 * @category Customisation
 * @example `MessageOverrideSchema.parse({ action: 'Ask the chair to use rounds.' })`
 */
export const MessageOverrideSchema = z.strictObject({
  title: text.optional(),
  flagged: text.optional(),
  needsReview: text.optional(),
  /** The message of an issue that needs review about one of the rule's records, instead of `needsReview`. */
  needsReviewSubject: text.optional(),
  action: text.optional(),
  /** What to do on an issue that needs review, instead of `action`. */
  needsReviewAction: text.optional(),
  /** The heading of an issue that needs review, instead of `title`. */
  needsReviewTitle: text.optional(),
  /** Why the rule matters, as `coproduce explain` shows it. */
  rationale: text.optional(),
  /** What each of the rule's parameters means, by parameter name, as `explain` shows it. */
  parameters: z.record(ParameterNameSchema, text).optional(),
  /** What each fact the rule declares (its `define`) measures, by name, as `explain` shows it. */
  facts: z.record(FactIdSchema, text).optional(),
});

/**
 * Replacement texts for one rule.
 *
 * @category Customisation
 * @example `const o: MessageOverride = { title: 'Quiet members' };`
 */
export type MessageOverride = DeepReadonly<z.output<typeof MessageOverrideSchema>>;

/**
 * A framework pack's messages in one language, `messages/<locale>.json`:
 * the rules' texts in that language, and whether a speaker of it has
 * reviewed them. A council's own `messages` for the same rule and locale
 * win over the pack's.
 *
 * @category Customisation
 * @example
 * ```ts
 * PackMessagesSchema.parse({
 *   locale: 'cy',
 *   review: 'awaiting',
 *   rules: { 'strengths-recorded': { title: 'Ni wyddom beth mae aelod yn dda am ei wneud' } },
 * });
 * ```
 */
export const PackMessagesSchema = z.strictObject({
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  locale: LocaleSchema,
  /** What the file is, and who translated it. */
  about: text.optional(),
  /** `awaiting` until a speaker of the language has reviewed the texts, then `reviewed`. */
  review: z.enum(['awaiting', 'reviewed']),
  /** The pack's section names in this language, by their English name. */
  sections: z.record(text, text).optional(),
  /** The points of the pack's question catalogue in this language, by question id. */
  questions: z.record(z.string().max(RULE_LIMITS.maxIdLength), text).optional(),
  rules: z
    .record(RuleIdSchema, MessageOverrideSchema)
    .refine((rules) => Object.keys(rules).length <= RULE_LIMITS.maxRules, {
      message: `at most ${RULE_LIMITS.maxRules} rules`,
    }),
});

/**
 * A framework pack's messages in one language.
 *
 * @category Customisation
 * @example `const awaiting = (m: PackMessages) => m.review === 'awaiting';`
 */
export type PackMessages = DeepReadonly<z.output<typeof PackMessagesSchema>>;

/**
 * Checks a framework pack's messages file.
 *
 * @category Customisation
 * @example `parsePackMessages(JSON.parse(text), { file: 'six-principles/messages/cy.json' })`
 */
export function parsePackMessages(
  raw: unknown,
  options: { file?: string } = {},
): ParseResult<PackMessages> {
  return parseJsonWith(PackMessagesSchema, raw, { file: options.file });
}
