/**
 * coproduce: model a co-production project as validated, immutable state and
 * check it against a council's co-production framework.
 *
 * This entry is pure and runs in a browser: it has no Node built-ins. File
 * loading lives in `coproduce/node`.
 *
 * Every export is named here, so the public API is this file.
 *
 * @module coproduce
 */

// Check: rule sets, the check, the report, customisation.
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
} from './check/compile.js';
export { type CheckOptions, check, GENERIC_NEEDS_REVIEW } from './check/evaluate.js';
// The fact catalogue: what the rules can know about a project.
export {
  type AttendanceIndex,
  type DerivedActivity,
  type DerivedMember,
  type DerivedProject,
  deriveProject,
  type FactDefinition,
  type FactParameterSpec,
  type FactType,
  factCatalogue,
  getFact,
} from './check/facts/index.js';
export {
  configJsonSchema,
  type JsonSchema,
  presetJsonSchema,
  reportJsonSchema,
  ruleJsonSchema,
} from './check/json-schema.js';
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
} from './check/messages.js';
export {
  type FactValueType,
  getOperator,
  OPERATORS,
  type OperatorInfo,
  type OperatorValueKind,
} from './check/operators.js';
export { describePathProblem, PROTOTYPE_KEYS, parseSafePath, pathResolver } from './check/path.js';
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
} from './check/report.js';
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
} from './check/rule-schema.js';
export { closestMatch } from './check/suggest.js';
export {
  DEFAULT_TEST_NOW,
  minimalProject,
  type RuleTestCase,
  type RuleTestCases,
  RuleTestError,
  type TestRuleOptions,
  testRule,
} from './check/test-rule.js';
export {
  type CheckOutcome,
  type DataValue,
  type Finding,
  RULE_SCOPES,
  type RuleScope,
  type RuleStage,
  SEVERITIES,
  type Severity,
  type SubjectRef,
} from './check/types.js';
// Model: the project document, ids, errors, reading and writing.
export {
  type Activity,
  type ActivityKind,
  ActivityKindSchema,
  ActivitySchema,
  type Attendance,
  AttendanceSchema,
  type JargonNote,
  JargonNoteSchema,
  type Venue,
  VenueSchema,
  type VenueSetting,
  VenueSettingSchema,
} from './model/activity.js';
export {
  type Agreement,
  AgreementSchema,
  type AgreementTopic,
  AgreementTopicSchema,
} from './model/agreement.js';
export {
  type Decision,
  type DecisionGovernance,
  DecisionGovernanceSchema,
  type DecisionMaker,
  DecisionMakerSchema,
  DecisionSchema,
  type GovernanceRoute,
  GovernanceRouteSchema,
  type GovernanceStatus,
  GovernanceStatusSchema,
  type InfluenceLevel,
  InfluenceLevelSchema,
} from './model/decision.js';
export {
  CoproduceError,
  type CoproduceErrorCode,
  isCoproduceError,
  type ProblemDetail,
  problem,
  toJsonPointer,
} from './model/errors.js';
export { deepFreeze } from './model/freeze.js';
export {
  type FlowDirection,
  FlowDirectionSchema,
  type Governance,
  GovernanceSchema,
  type InformationFlow,
  InformationFlowSchema,
  type InvolvementPoint,
  InvolvementPointSchema,
  type Responsibility,
  ResponsibilitySchema,
  type SeniorLeader,
  SeniorLeaderSchema,
} from './model/governance.js';
export {
  type AccessFeature,
  AccessFeatureSchema,
  type AccessNeed,
  AccessNeedSchema,
  type Availability,
  AvailabilitySchema,
  type DayPart,
  DayPartSchema,
  type Group,
  GroupSchema,
  type Member,
  type MemberRole,
  MemberRoleSchema,
  MemberSchema,
  type Representation,
  RepresentationSchema,
  type RequiredPerspective,
  RequiredPerspectiveSchema,
  type Weekday,
  WeekdaySchema,
} from './model/group.js';
export {
  type ActivityId,
  ActivityIdSchema,
  type AgreementId,
  AgreementIdSchema,
  type DecisionId,
  DecisionIdSchema,
  type EngagementId,
  EngagementIdSchema,
  type FlowId,
  FlowIdSchema,
  type IdeaId,
  IdeaIdSchema,
  type LeaderId,
  LeaderIdSchema,
  type LearningId,
  LearningIdSchema,
  type MemberId,
  MemberIdSchema,
  type MilestoneId,
  MilestoneIdSchema,
  type OutcomeId,
  OutcomeIdSchema,
  type PerspectiveId,
  PerspectiveIdSchema,
  type ProjectId,
  ProjectIdSchema,
  type ReflectionId,
  ReflectionIdSchema,
  type ResponsibilityId,
  ResponsibilityIdSchema,
} from './model/ids.js';
export {
  type LearningEntry,
  LearningEntrySchema,
  type LearningShare,
  LearningShareSchema,
} from './model/learning.js';
export {
  COMMAND_LIMITS,
  HISTORY_LIMITS,
  PROJECT_LIMITS,
  type SizeLimits,
} from './model/limits.js';
export {
  type ParseProjectResult,
  parseProject,
  parseProjectJson,
  safeParseProject,
  serializeProject,
} from './model/parse.js';
export {
  ERASED_TEXT,
  erasedDisplayName,
  erasedMember,
  erasedMemberFields,
  PERSONAL_MEMBER_FIELDS,
} from './model/personal-data.js';
export {
  type Cadence,
  CadenceSchema,
  cadenceDays,
  type Extensions,
  ExtensionsSchema,
  FORBIDDEN_KEYS,
  type IsoDate,
  IsoDateSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  isKnownTimeZone,
  type JsonValue,
  LabelSchema,
  MAX_EXTENSION_DEPTH,
  MAX_EXTENSION_VALUES,
  MAX_TEXT_LENGTH,
  TextSchema,
  TimeZoneSchema,
} from './model/primitives.js';
export {
  type CommunicationPlan,
  CommunicationPlanSchema,
  type CoproductionMeaning,
  CoproductionMeaningSchema,
  CURRENT_SCHEMA_VERSION,
  type GlossaryEntry,
  GlossaryEntrySchema,
  type InfluenceLimit,
  InfluenceLimitSchema,
  type InfluenceStatement,
  InfluenceStatementSchema,
  type LearningPlan,
  LearningPlanSchema,
  type Milestone,
  MilestoneSchema,
  type Outcome,
  OutcomeSchema,
  type ProgressTracking,
  ProgressTrackingSchema,
  type Project,
  type ProjectInput,
  ProjectSchema,
  type Purpose,
  PurposeSchema,
  type RelatedEngagement,
  RelatedEngagementSchema,
  type Remit,
  RemitSchema,
  type Resources,
  ResourcesSchema,
  type Stage,
  StageSchema,
  type Timeframe,
  TimeframeSchema,
} from './model/project.js';
export {
  type Idea,
  IdeaSchema,
  type IdeaStatus,
  IdeaStatusSchema,
  type QuestionId,
  QuestionIdSchema,
  type Rating,
  RatingSchema,
  type Reflection,
  type ReflectionAction,
  ReflectionActionSchema,
  ReflectionSchema,
} from './model/reflection.js';
// Report: formatting a check report for people.
export {
  anonymiseReport,
  type MemberPseudonym,
  memberPseudonyms,
} from './report/anonymise.js';
export { type FilterReportOptions, filterReport } from './report/filter.js';
export { formatReportHtml, type HtmlReportOptions } from './report/html.js';
export { formatReportMarkdown, type MarkdownReportOptions } from './report/markdown.js';
export { formatReportText, summariseReport, type TextReportOptions } from './report/text.js';
// State: commands, batches, history, reducers.
export {
  type ApplyCommandResult,
  applyCommand,
  applyCommands,
  applyCommandWithPatches,
  type PatchedProject,
  type ProjectPatch,
  parseCommand,
  safeApplyCommand,
} from './state/apply.js';
export {
  type BatchCommand,
  type Command,
  type CommandOfType,
  type CommandPayload,
  type CommandType,
  commands,
  commandTypes,
  isCommandType,
} from './state/commands/index.js';
export { type EraseOptions, eraseMember, eraseMemberFromHistory } from './state/erase.js';
export {
  canRedo,
  canUndo,
  createHistory,
  type History,
  type HistoryAction,
  type HistoryEntry,
  historyReducer,
  type ParseHistoryOptions,
  parseHistory,
  projectAsOf,
  type RecordOptions,
  recordCommand,
  redo,
  replayHistory,
  serializeHistory,
  undo,
} from './state/history.js';
export { projectReducer } from './state/reducer.js';
