/**
 * The shapes of rule files, rule-set presets and council configuration
 * files, as zod schemas, with the structural checks zod cannot express
 * (prototype keys, nesting limits, the condition grammar): one place to
 * import them from. Each concept has its module in `schema/`.
 *
 * Checks that need the fact catalogue or the question catalogue (unknown
 * facts, operators, placeholders, question ids) happen when a rule set is
 * compiled, in `compile.ts`, because a configuration can change a rule's
 * parameters and messages first.
 *
 * @module
 */
export { conditionProblems } from './schema/condition-grammar.js';
export {
  type ConditionValue,
  type FactParamValue,
  FactRefSchema,
  type LeafCondition,
  type MessageFact,
  MessageFactSchema,
  type RuleCondition,
  RuleConditionSchema,
  type TopCondition,
  TopConditionSchema,
} from './schema/conditions.js';
export {
  type CouncilConfig,
  CouncilConfigSchema,
  type EvidenceSettings,
  EvidenceSettingsSchema,
  ExtendsEntrySchema,
  type RuleSetting,
  RuleSettingSchema,
} from './schema/council-config.js';
export {
  type MessageOverride,
  MessageOverrideSchema,
  type PackMessages,
  PackMessagesSchema,
  parsePackMessages,
  parseQuestionCatalogue,
  type QuestionCatalogueFile,
  QuestionCatalogueSchema,
} from './schema/frameworks.js';
export {
  FactIdSchema,
  LocaleSchema,
  ParameterNameSchema,
  RULE_LIMITS,
  RuleIdSchema,
  RuleSetNameSchema,
  TimeOfDaySchema,
} from './schema/names.js';
export type { ParseResult } from './schema/origin.js';
export {
  type ParameterValue,
  ParameterValueSchema,
  ParamRefSchema,
  type RuleParameter,
  RuleParameterSchema,
  type RuleParameterType,
} from './schema/parameters.js';
export {
  parseCouncilConfig,
  usableCouncilConfig,
} from './schema/parse-config.js';
export {
  fileStem,
  parseRuleFile,
  parseRuleSetPreset,
} from './schema/parse-rule.js';
export { rawJsonProblems } from './schema/raw-json.js';
export {
  type RuleFile,
  RuleFileSchema,
  RuleMessagesSchema,
  type RuleSetPreset,
  RuleSetPresetSchema,
} from './schema/rule-file.js';
