/**
 * The rule engine: rule and configuration schemas, compiling rule sets,
 * running checks and the report. (The fact catalogue lives in `./facts/`.)
 *
 * @module
 */
export {
  builtinPresets,
  builtinRules,
  type CompiledRule,
  type CreateRuleSetOptions,
  createRuleSet,
  isRuleSet,
  questionCatalogue,
  type ResolveConfigOptions,
  type ResolvedConfig,
  type ResolvedRule,
  type RuleSet,
  type RuleTexts,
  resolveConfig,
  type SourceLocation,
} from './compile.js';
export { type CheckOptions, check, GENERIC_NEEDS_REVIEW } from './evaluate.js';
export {
  configJsonSchema,
  type JsonSchema,
  presetJsonSchema,
  reportJsonSchema,
  ruleJsonSchema,
} from './json-schema.js';
export {
  DEFAULT_LOCALE,
  formatNumber,
  formatValue,
  MISSING_VALUE_TEXT,
  PLACEHOLDER_FORMATS,
  type Placeholder,
  type PlaceholderFormat,
  parsePlaceholders,
  renderMessage,
} from './messages.js';
export {
  type FactValueType,
  getOperator,
  OPERATORS,
  type OperatorInfo,
  type OperatorValueKind,
} from './operators.js';
export { describePathProblem, PROTOTYPE_KEYS, parseSafePath, pathResolver } from './path.js';
export {
  type CheckReport,
  CheckReportSchema,
  DataValueSchema,
  type Evidence,
  type EvidenceFact,
  type FlaggedIssue,
  FlaggedIssueSchema,
  issueId,
  OUTCOMES,
  REPORT_VERSION,
  type RuleOutcome,
  SubjectRefSchema,
} from './report.js';
export {
  type ConditionValue,
  type CouncilConfig,
  CouncilConfigSchema,
  ExtendsEntrySchema,
  FactIdSchema,
  type FactParamValue,
  FactRefSchema,
  type LeafCondition,
  LocaleSchema,
  type MessageFact,
  MessageFactSchema,
  type MessageOverride,
  MessageOverrideSchema,
  ParameterNameSchema,
  type ParameterValue,
  ParameterValueSchema,
  ParamRefSchema,
  type ParseResult,
  parseCouncilConfig,
  parseRuleFile,
  parseRuleSetPreset,
  RULE_LIMITS,
  type RuleCondition,
  RuleConditionSchema,
  type RuleFile,
  RuleFileSchema,
  RuleIdSchema,
  RuleMessagesSchema,
  type RuleParameter,
  RuleParameterSchema,
  type RuleParameterType,
  RuleSetNameSchema,
  type RuleSetPreset,
  RuleSetPresetSchema,
  type RuleSetting,
  RuleSettingSchema,
  TimeOfDaySchema,
  type TopCondition,
} from './rule-schema.js';
export { closestMatch } from './suggest.js';
export {
  DEFAULT_TEST_NOW,
  minimalProject,
  type RuleTestCase,
  type RuleTestCases,
  RuleTestError,
  type TestRuleOptions,
  testRule,
} from './test-rule.js';
export * from './types.js';
