/**
 * A council's configuration file: what it extends, the rule files it loads,
 * its settings for each rule, its own rules and wording, and how strictly
 * evidence is read.
 *
 * @module
 */

import * as z from 'zod';
import type { DeepReadonly } from '../../model/readonly.js';
import { ruleDocsProblem } from '../docs-links.js';
import { SEVERITIES, type Severity, SeveritySchema } from '../types.js';
import type { TopCondition } from './conditions.js';
import { MessageOverrideSchema } from './frameworks.js';
import { LocaleSchema, ParameterNameSchema, RULE_LIMITS, RuleIdSchema, text } from './names.js';
import { ParameterValueSchema } from './parameters.js';
import { RuleFileSchema } from './rule-file.js';

/**
 * A rule's configuration: `off`, a severity (which also turns the rule on),
 * or an object that may change severity, parameters and en-GB messages
 * (and also turns the rule on).
 *
 * @category Customisation
 * @example `RuleSettingSchema.parse({ severity: 'error', parameters: { quietMeetings: 2 } })`
 */
export const RuleSettingSchema = z.union([
  z.enum(['off', ...SEVERITIES] as ['off', ...Severity[]]),
  z.strictObject({
    severity: SeveritySchema.optional(),
    parameters: z.record(ParameterNameSchema, ParameterValueSchema).optional(),
    messages: MessageOverrideSchema.optional(),
  }),
]);

/**
 * A rule's configuration.
 *
 * @category Customisation
 * @example `const s: RuleSetting = 'off';`
 */
export type RuleSetting = DeepReadonly<z.output<typeof RuleSettingSchema>>;

/**
 * A preset reference (`coproduce:recommended`, `coproduce:all`) or a
 * configuration file path relative to the file that names it.
 *
 * @category Customisation
 * @example `ExtendsEntrySchema.parse('./base.coproduce.json')`
 */
export const ExtendsEntrySchema = z
  .string()
  .min(1)
  .max(1000)
  .refine((v) => !v.startsWith('coproduce:') || /^coproduce:[a-z][a-z0-9-]*$/.test(v), {
    message: 'a preset must be named like "coproduce:recommended"',
  });

/**
 * One placeholder text a council adds: what people in that council write
 * when they have nothing to write yet ("see minutes", "ask Jo").
 */
const PlaceholderTextSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((v) => v.trim().replace(/\.+$/, '').trim() !== '', {
    message: 'must hold a word or a sign: empty text already counts as missing',
  });

/**
 * How strictly a check reads the evidence in a project: `placeholders`
 * adds texts that count as nothing written (a list, added to the built-in
 * list and to any inherited through `extends`) or replaces the whole list
 * (`{ "replace": [...] }`); `minCommunityAuthors` is how many members who
 * are not staff, councillors or partners must have recorded a reflection
 * for it to count as the group's own (default 1).
 *
 * @category Customisation
 * @example
 * ```ts
 * EvidenceSettingsSchema.parse({ placeholders: ['see minutes'], minCommunityAuthors: 2 });
 * EvidenceSettingsSchema.parse({ placeholders: { replace: ['tbc', 'n/a'] } });
 * ```
 */
export const EvidenceSettingsSchema = z.strictObject({
  placeholders: z
    .union([
      z.array(PlaceholderTextSchema).max(500),
      z.strictObject({ replace: z.array(PlaceholderTextSchema).max(500) }),
    ])
    .optional(),
  minCommunityAuthors: z.number().int().min(1).max(50).optional(),
});

/**
 * A configuration's evidence settings (see {@link EvidenceSettingsSchema}).
 *
 * @category Customisation
 * @example `const e: EvidenceSettings = { placeholders: { replace: ['tbc'] }, minCommunityAuthors: 2 };`
 *
 * @interface
 */
export type EvidenceSettings = DeepReadonly<z.output<typeof EvidenceSettingsSchema>>;

/**
 * A council's configuration file. Absent `extends` means
 * `["coproduce:recommended"]`; `[]` starts from no rules. Later `extends`
 * entries win over earlier ones, and the file's own settings win over all.
 *
 * @category Customisation
 * @example
 * ```ts
 * CouncilConfigSchema.parse({
 *   extends: ['coproduce:recommended'],
 *   rules: { 'quiet-members': { parameters: { quietMeetings: 2 } }, 'skills-recorded': 'info' },
 *   locale: 'en-GB',
 * });
 * ```
 */
export const CouncilConfigSchema = z.strictObject({
  $schema: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  /** A note for the people who keep the file; kept, never read. */
  $comment: z.string().max(RULE_LIMITS.maxStringLength).optional(),
  extends: z.array(ExtendsEntrySchema).max(50).optional(),
  rules: z.record(RuleIdSchema, RuleSettingSchema).optional(),
  /** Rule files or folders, relative to this file; read by `coproduce/node`. */
  ruleFiles: z.array(z.string().min(1).max(1000)).max(100).optional(),
  /** Rules written in the configuration itself, each a rule file with {@link TopCondition} conditions. */
  customRules: z.array(RuleFileSchema).max(RULE_LIMITS.maxRules).optional(),
  /** Message catalogues by locale, then rule id. */
  messages: z.record(LocaleSchema, z.record(RuleIdSchema, MessageOverrideSchema)).optional(),
  /** The locale reports use unless `check()` is given one. Default `en-GB`. */
  locale: LocaleSchema.optional(),
  /** How strictly evidence is read: placeholder texts, who must record a reflection. */
  evidence: EvidenceSettingsSchema.optional(),
  /**
   * Sections of the council's own, shown after the framework's: a custom
   * rule may name one of these in its `section`. Any other section name
   * that is not the framework's is refused as a likely typo.
   */
  sections: z.array(text).max(50).optional(),
  /**
   * Where the default rules' pages are, when the council publishes its own
   * copy of coproduce's rule docs: an http(s) address with `{rule}` (and
   * optionally `{set}`), such as
   * `https://intranet.example.gov.uk/coproduce/rules/{set}.html#{rule}`.
   * Default: each rule's section in coproduce's repository.
   */
  ruleDocs: z
    .string()
    .max(1000)
    .superRefine((value, ctx) => {
      const why = ruleDocsProblem(value);
      if (why !== undefined) ctx.addIssue({ code: 'custom', message: why });
    })
    .optional(),
});

/**
 * A council's configuration.
 *
 * @category Customisation
 * @example `const config: CouncilConfig = { rules: { 'quiet-members': 'off' } };`
 *
 * @interface
 */
export type CouncilConfig = DeepReadonly<z.output<typeof CouncilConfigSchema>>;

export const CouncilConfigParseSchema = CouncilConfigSchema.extend({
  customRules: z.array(z.unknown()).max(RULE_LIMITS.maxRules).optional(),
});
