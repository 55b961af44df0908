/**
 * A rule file's shape (id, set, questions, conditions, texts, parameters,
 * declared facts) and a rule-set preset's.
 *
 * @module
 */

import * as z from 'zod';
import { StageSchema } from '../../model/project.js';
import type { DeepReadonly } from '../../model/readonly.js';
import { DefineSchema } from '../declarative/schema.js';
import { RuleScopeSchema, SeveritySchema } from '../types.js';
import { MessageFactSchema, type TopCondition, TopConditionSchema } from './conditions.js';
import {
  FactIdSchema,
  kebabId,
  ParameterNameSchema,
  RULE_LIMITS,
  RuleIdSchema,
  RuleSetNameSchema,
  SAFE_LINK,
  text,
} from './names.js';
import { RuleParameterSchema } from './parameters.js';

/**
 * A rule's messages. `action` says what to do; `needsReviewAction`, when
 * given, says it instead on an issue that needs review, where the first
 * step is usually to record what is missing. `needsReviewTitle`, when
 * given, heads such an issue instead of the rule's `title`, which names a
 * problem nobody has found yet. `needsReviewSubject`, when given, is the
 * message of an issue that needs review about one of the rule's records,
 * and `needsReview` then says only what the rule says when it cannot tell
 * at all. The messages may use
 * `{placeholder}`s: a parameter, `subject`, a key of the findings data or a
 * fact the rule reads (in its conditions or its `facts`); `{x:percent}` and
 * `{x:list}` format them.
 *
 * @category Customisation
 * @example `RuleMessagesSchema.parse({ flagged: '{subject} is quiet.', action: 'Talk with {subject}.' })`
 */
export const RuleMessagesSchema = z.strictObject({
  flagged: text,
  needsReview: text.optional(),
  needsReviewSubject: text.optional(),
  action: text,
  needsReviewAction: text.optional(),
  needsReviewTitle: text.optional(),
});

/**
 * One rule file, `rules/<set>/<id>.json`. See `docs/contributing/rules-design.md`.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const rule = RuleFileSchema.parse(JSON.parse(await readFile('rules/during/quiet-members.json', 'utf8')));
 * rule.scope; // 'member'
 * ```
 */
export const RuleFileSchema = z.strictObject({
  /** A JSON Schema address for editors; kept, never read. */
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  /** A note for the people who keep the file; kept, never read. */
  $comment: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  id: RuleIdSchema,
  set: RuleSetNameSchema,
  /** Raised whenever the rule's meaning changes; reports name it. */
  version: z.int().min(1).max(1_000_000),
  title: text,
  /** Framework question ids (see `rules/questions.json`) the rule encodes. */
  questions: z.array(z.string().min(1).max(RULE_LIMITS.maxIdLength)).min(1).max(20),
  section: text,
  scope: RuleScopeSchema,
  /** Stages the rule applies to; absent means every stage. */
  stages: z.array(StageSchema).min(1).max(5).optional(),
  severity: SeveritySchema,
  parameters: z.record(ParameterNameSchema, RuleParameterSchema).optional(),
  /**
   * Declarative facts the rule reads: counts, shares, dates and findings
   * over the project's collections, written as data (see the guide
   * "Declarative facts"). Each name is used like a fact of the catalogue.
   */
  define: DefineSchema.optional(),
  /** When the rule flags: a {@link TopCondition}, checked first by the condition grammar. */
  conditions: TopConditionSchema,
  /** For subject rules: the findings fact whose findings become issues. */
  subjects: z.strictObject({ fact: FactIdSchema }).optional(),
  /**
   * Rules that ask for what this rule needs first, such as naming the
   * senior leaders before saying when each is involved. When this rule
   * cannot tell at all and one of them raised an issue in the same check,
   * its issue names that rule in `heldUpBy`, and reports show it on that
   * rule's card: one cause, one card. Each must be a rule the configuration
   * knows, of the same kind (project or portfolio), with no loop.
   */
  dependsOn: z.array(RuleIdSchema).min(1).max(RULE_LIMITS.maxDependsOn).optional(),
  /**
   * Facts read only for the messages and the evidence, never for the
   * outcome: each may be a message placeholder and is listed in every
   * issue's `evidence.facts`.
   */
  facts: z.array(MessageFactSchema).max(RULE_LIMITS.maxMessageFacts).optional(),
  messages: RuleMessagesSchema,
  rationale: text,
  /**
   * What counts as evidence that the rule's question is answered, in plain
   * words: the rule passes only on this, and says "needs review" when it is
   * missing, a placeholder or only the staff's word. Shown on the rule's page.
   */
  evidence: text.optional(),
  tags: z.array(kebabId('a tag')).max(20).optional(),
  /**
   * A page about the rule: an `http` or `https` URL written in plain ASCII,
   * without spaces, quotes, angle brackets, backslashes, backticks or
   * control characters (percent-encode them: `%20` for a space), so the
   * link is the same wherever a report shows it.
   */
  docs: z
    .string()
    .max(RULE_LIMITS.maxStringLength)
    // Checked as written, before the URL check (which would trim it and drop line breaks).
    .regex(SAFE_LINK, {
      message:
        'must be an http:// or https:// link written without spaces, quotes, angle brackets, backslashes, backticks, control characters or letters outside plain ASCII: percent-encode them (%20 for a space)',
    })
    .pipe(z.url({ protocol: /^https?$/ }))
    .optional(),
});

/**
 * A rule file as written.
 *
 * @category Customisation
 * @example `const scope = (rule: RuleFile) => rule.scope;`
 *
 * @interface
 */
export type RuleFile = DeepReadonly<z.output<typeof RuleFileSchema>>;

/** The rule schema for parsing: conditions are checked by the walker. */
export const RuleFileParseSchema = RuleFileSchema.extend({ conditions: z.unknown() });

/**
 * A rule-set preset, `rules/presets/<id>.json`: a named list of built-in
 * rules to enable, or `"*"` for all of them. Configurations name presets as
 * `coproduce:<id>` in `extends`.
 *
 * @category Customisation
 * @example `RuleSetPresetSchema.parse({ id: 'all', description: 'Every rule.', rules: '*' })`
 */
export const RuleSetPresetSchema = z.strictObject({
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  /** A note for the people who keep the file; kept, never read. */
  $comment: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  id: kebabId('a preset id'),
  description: text,
  rules: z.union([z.literal('*'), z.array(RuleIdSchema).max(RULE_LIMITS.maxRules)]),
});

/**
 * A rule-set preset.
 *
 * @category Customisation
 * @example `const enablesAll = (p: RuleSetPreset) => p.rules === '*';`
 */
export type RuleSetPreset = DeepReadonly<z.output<typeof RuleSetPresetSchema>>;

/**
 * Whether parsed JSON is shaped like a preset, right or wrong in its
 * details: an `id` and a `rules` list (or `"*"`). A configuration's `rules`
 * is an object of settings and it has no `id`, so this tells the two apart
 * wherever a file could be either (`validate`, an `extends` entry).
 *
 * @internal
 * @example `looksLikePreset({ id: 'mine', rules: ['purpose-recorded'] }) // true`
 */
export function looksLikePreset(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const { id, rules } = data as Record<string, unknown>;
  return typeof id === 'string' && (rules === '*' || Array.isArray(rules));
}
