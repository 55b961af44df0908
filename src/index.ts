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
export { ACKNOWLEDGEMENT_MESSAGES } from './check/acknowledge.js';
export {
  compareReports,
  parseReport,
  type ReportComparison,
  withBaseline,
  withTrend,
} from './check/compare.js';
export {
  builtinPresets,
  builtinRules,
  type CompiledRule,
  type CreateRuleSetOptions,
  createRuleSet,
  createRuleSetFrom,
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
export {
  DEFAULT_RULE_DOCS,
  REPOSITORY_URL,
  ruleDocsLink,
  ruleDocsProblem,
  SCHEMAS_URL,
} from './check/docs-links.js';
export {
  type CheckOptions,
  check,
  GENERIC_ACTION,
  GENERIC_FLAGGED,
  GENERIC_FLAGGED_ID,
  GENERIC_NEEDS_REVIEW,
  GENERIC_NEEDS_REVIEW_ID,
} from './check/evaluate.js';
// The fact catalogue: what the rules can know about a project.
export {
  type AttendanceIndex,
  DEFAULT_EVIDENCE_OPTIONS,
  DEFAULT_PLACEHOLDER_TEXTS,
  type DerivedActivity,
  type DerivedMember,
  type DerivedNeed,
  type DerivedProject,
  deriveProject,
  type EvidenceOptions,
  type FactDefinition,
  type FactParameterSpec,
  type FactType,
  factCatalogue,
  getFact,
  isPlaceholderText,
  normalisePlaceholder,
} from './check/facts/index.js';
export {
  configJsonSchema,
  type JsonSchema,
  portfolioReportJsonSchema,
  presetJsonSchema,
  reportJsonSchema,
  ruleJsonSchema,
} from './check/json-schema.js';
export {
  DEFAULT_LOCALE,
  formatDate,
  formatDays,
  formatNumber,
  formatValue,
  joinList,
  MESSAGE_LOCALES,
  missingPlaceholders,
  PLACEHOLDER_FORMATS,
  type Placeholder,
  type PlaceholderFormat,
  parsePlaceholders,
  type RenderOptions,
  renderMessage,
} from './check/messages.js';
export {
  dataNotices,
  NOTICE_CODES,
  type NoticeCode,
  noticeMessage,
  offsetMismatchMessage,
  type ReportNotice,
} from './check/notices.js';
export {
  type FactValueType,
  getOperator,
  OPERATORS,
  type OperatorInfo,
  type OperatorValueKind,
} from './check/operators.js';
export { describePathProblem, PROTOTYPE_KEYS, parseSafePath, pathResolver } from './check/path.js';
export {
  type AttentionCounts,
  checkPortfolio,
  createPortfolioRuleSet,
  PORTFOLIO_REPORT_VERSION,
  type PortfolioAnonymiser,
  type PortfolioInput,
  type PortfolioOptions,
  type PortfolioProject,
  type PortfolioReport,
  PortfolioReportSchema,
  projectsByAttention,
} from './check/portfolio/check-portfolio.js';
export { portfolioFactCatalogue } from './check/portfolio/facts.js';
export {
  type AcknowledgedIssue,
  type AcknowledgementInfo,
  type AcknowledgementNotice,
  type AcknowledgementNoticeKind,
  type CheckReport,
  CheckReportSchema,
  countReport,
  DataValueSchema,
  type Evidence,
  type EvidenceFact,
  type FlaggedIssue,
  FlaggedIssueSchema,
  issueId,
  OUTCOMES,
  REPORT_VERSION,
  type ReportChanges,
  type ReportConfiguration,
  type ReportCounts,
  type RuleOutcome,
  SubjectRefSchema,
  type TrendPoint,
} from './check/report.js';
export {
  type ConditionValue,
  type CouncilConfig,
  CouncilConfigSchema,
  type EvidenceSettings,
  EvidenceSettingsSchema,
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
  PORTFOLIO_RULE_SET,
  RULE_SCOPES,
  type RuleScope,
  type RuleStage,
  SEVERITIES,
  type Severity,
  type SubjectRef,
} from './check/types.js';
// Model: the project document, ids, errors, reading and writing.
export {
  type AcknowledgedSubject,
  AcknowledgedSubjectSchema,
  type Acknowledgement,
  AcknowledgementSchema,
  ISSUE_ID_PATTERN,
} from './model/acknowledgement.js';
export {
  type Activity,
  type ActivityFormat,
  ActivityFormatSchema,
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
  type DecisionStatus,
  DecisionStatusSchema,
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
  type AccessBySetting,
  AccessBySettingSchema,
  type AccessFeature,
  AccessFeatureSchema,
  type AccessNeed,
  AccessNeedSchema,
  type AccessNeeds,
  AccessNeedsSchema,
  type Availability,
  AvailabilitySchema,
  type DayPart,
  DayPartSchema,
  type Group,
  GroupSchema,
  listedNeeds,
  type Member,
  type MemberRole,
  MemberRoleSchema,
  MemberSchema,
  type NonCashPreference,
  NonCashPreferenceSchema,
  type Representation,
  RepresentationSchema,
  type RequiredPerspective,
  RequiredPerspectiveSchema,
  type Support,
  SupportSchema,
  type TrainingTaken,
  TrainingTakenSchema,
  type VenueFeature,
  VenueFeatureSchema,
  type Weekday,
  WeekdaySchema,
} from './model/group.js';
export {
  type AcknowledgementId,
  AcknowledgementIdSchema,
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
  type ReciprocityId,
  ReciprocityIdSchema,
  type RecommendationId,
  RecommendationIdSchema,
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
export { describeLocation } from './model/location.js';
export {
  type ParseProjectResult,
  parseProject,
  parseProjectJson,
  safeParseProject,
  serializeProject,
} from './model/parse.js';
export { PERSON_REF_PATTERN, type PersonRef, PersonRefSchema } from './model/person-ref.js';
export {
  ERASED_TEXT,
  erasedDisplayName,
  erasedMember,
  erasedMemberFields,
  erasedReciprocityFields,
  PERSONAL_MEMBER_FIELDS,
  PERSONAL_RECIPROCITY_FIELDS,
} from './model/personal-data.js';
export {
  type Cadence,
  CadenceSchema,
  cadenceDays,
  DATE_YEARS,
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
  type Ending,
  EndingSchema,
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
  type OutcomeStatus,
  OutcomeStatusSchema,
  type OutOfRemit,
  OutOfRemitSchema,
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
  MAX_AMOUNT_PENCE,
  type ReciprocityEntry,
  ReciprocityEntrySchema,
  type ReciprocityKind,
  ReciprocityKindSchema,
  type ReciprocityStatus,
  ReciprocityStatusSchema,
} from './model/reciprocity.js';
export {
  type Recommendation,
  type RecommendationResponse,
  RecommendationResponseSchema,
  RecommendationSchema,
} from './model/recommendation.js';
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
export { suggestValue } from './model/suggest.js';
export { type Topic, TopicSchema } from './model/topic.js';
// Report: formatting a check report for people.
export {
  ANONYMISED_KEEPS,
  ANONYMISED_TITLE,
  anonymiseReport,
  type MemberPseudonym,
  memberPseudonyms,
} from './report/anonymise.js';
export {
  questionPoint,
  sectionName,
  UI_CATALOGUE_STATUS,
  UI_CATALOGUES,
  UI_LOCALES,
  type UiLocale,
  type UiMessageId,
  uiLocale,
  uiText,
} from './report/catalogue.js';
export { describeConfiguration, describeNotices, NOTICES_HEADING } from './report/context.js';
export {
  type CsvReportOptions,
  csvField,
  formatReportCsv,
  REPORT_CSV_COLUMNS,
} from './report/csv.js';
export { type FilterReportOptions, filterReport } from './report/filter.js';
export { formatReportHtml, type HtmlReportOptions } from './report/html.js';
export { formatReportMarkdown, type MarkdownReportOptions } from './report/markdown.js';
export {
  escapeHtml,
  escapeMarkdown,
  neutralise,
  neutraliseReport,
  safeLink,
} from './report/neutralise.js';
export {
  formatPortfolioCsv,
  formatPortfolioHtml,
  formatPortfolioMarkdown,
  formatPortfolioText,
  type PortfolioFormatOptions,
  summarisePortfolio,
} from './report/portfolio.js';
export { portfolioAnonymiser } from './report/portfolio-anonymise.js';
export {
  formatReportSarif,
  SARIF_SCHEMA_URL,
  type SarifReportOptions,
} from './report/sarif.js';
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
