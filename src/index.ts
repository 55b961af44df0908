/**
 * coproduce: model a co-production project as validated, immutable state and
 * check it against a council's co-production framework.
 *
 * This is the small root entry: reading and writing a project, commands and
 * history, checking a project or a portfolio, a council's configuration, the
 * report's main types, and the one error class. Other entries hold the rest:
 *
 * - `coproduce/schemas`: the zod schemas, JSON Schemas, and the rule language's
 *   vocabulary (facts, operators, collections), with the model's part types;
 * - `coproduce/report`: formatting, filtering, anonymising and comparing reports;
 * - `coproduce/testing`: `testRule`, for a council's own rule tests;
 * - `coproduce/node`: reading configuration, rule and project files from disk.
 *
 * This entry is pure and runs in a browser: it has no Node built-ins.
 * Every export is named here, so the public API of this entry is this file
 * (and `api/coproduce.api.md` records it).
 *
 * @module coproduce
 */
export {
  builtinPresets,
  builtinRules,
  type CompiledRule,
  type CreateRuleSetOptions,
  createRuleSet,
  createRuleSetFrom,
  type FrameworkWords,
  isRuleSet,
  type QuestionCatalogue,
  questionCatalogue,
  type ResolveConfigOptions,
  type ResolvedConfig,
  type ResolvedRule,
  type RuleFolderEntry,
  type RuleSet,
  type RuleTexts,
  resolveConfig,
  type SourceLocation,
} from './check/compile.js';
export {
  type CheckOptions,
  check,
} from './check/evaluate.js';
export {
  DEFAULT_LOCALE,
  MESSAGE_LOCALES,
  type RenderOptions,
  renderMessage,
} from './check/messages.js';
export {
  FACT_PHRASES,
  type FactPhraseId,
  translateFactPhrase,
} from './check/phrases.js';
export {
  type AttentionCounts,
  checkPortfolio,
  checkPortfolioPart,
  combinePortfolioParts,
  createPortfolioRuleSet,
  PORTFOLIO_PART_VERSION,
  PORTFOLIO_REPORT_VERSION,
  type PortfolioAnonymiser,
  type PortfolioInput,
  type PortfolioOptions,
  type PortfolioPart,
  type PortfolioPartInput,
  type PortfolioPartOptions,
  type PortfolioProject,
  type PortfolioReport,
  projectsByAttention,
} from './check/portfolio/check-portfolio.js';
export type { MemberSummary, ProjectSummary } from './check/portfolio/summary.js';
export type {
  CheckReport,
  FlaggedIssue,
} from './check/report-schema.js';
export {
  type CouncilConfig,
  type ParseResult,
  parseCouncilConfig,
  parsePackMessages,
  parseQuestionCatalogue,
  parseRuleFile,
  parseRuleSetPreset,
  RULE_LIMITS,
  type RuleFile,
  type RuleSetPreset,
} from './check/rule-schema.js';
export {
  type CheckOutcome,
  type IssueOutcome,
  PORTFOLIO_RULE_SET,
  SEVERITIES,
  type Severity,
  type SubjectRef,
} from './check/types.js';
export type { Acknowledgement } from './model/acknowledgement.js';
export type { Activity } from './model/activity.js';
export type { Agreement } from './model/agreement.js';
export type { Decision } from './model/decision.js';
export {
  CoproduceError,
  type CoproduceErrorCode,
  isCoproduceError,
  type ProblemDetail,
  type ProblemParam,
} from './model/errors.js';
export type {
  InformationFlow,
  Responsibility,
  SeniorLeader,
} from './model/governance.js';
export type {
  Group,
  Member,
  RequiredPerspective,
} from './model/group.js';
export type { LearningEntry } from './model/learning.js';
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
  PERSONAL_MEMBER_FIELDS,
  PERSONAL_RECIPROCITY_FIELDS,
} from './model/personal-data.js';
export type {
  IsoDate,
  IsoDateTime,
  JsonValue,
} from './model/primitives.js';
export {
  CURRENT_SCHEMA_VERSION,
  type GlossaryEntry,
  type Milestone,
  type Outcome,
  type Project,
  type ProjectInput,
  type RelatedEngagement,
  type Stage,
} from './model/project.js';
export type { DeepReadonly, ReadonlyJsonValue } from './model/readonly.js';
export type { ReciprocityEntry } from './model/reciprocity.js';
export type { Recommendation } from './model/recommendation.js';
export type {
  Idea,
  Reflection,
} from './model/reflection.js';
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
export {
  type EraseOptions,
  eraseMember,
  eraseMemberFromHistory,
} from './state/erase.js';
export {
  canRedo,
  canUndo,
  createHistory,
  type History,
  type HistoryAction,
  type HistoryEntry,
  historyReducer,
  projectAsOf,
  type RecordOptions,
  recordCommand,
  redo,
  replayHistory,
  undo,
} from './state/history.js';
export { type ParseHistoryOptions, parseHistory, serializeHistory } from './state/history-file.js';
export { projectReducer } from './state/reducer.js';
