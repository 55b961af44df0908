/**
 * The model's own names gathered for the tests and scripts that import them
 * from one place. Internal: users reach the model through the public entries
 * (`coproduce`, `coproduce/schemas`). Named one by one, not re-exported with
 * `export *`, so adding an export to a model module never widens this list
 * by accident.
 *
 * @internal
 * @module
 */
export {
  type Activity,
  ActivityFormatSchema,
  type ActivityKind,
  ActivityKindSchema,
  type ActivitySchema,
  type AttendanceSchema,
  type VenueSetting,
  VenueSettingSchema,
} from './activity.js';
export { type AgreementSchema, AgreementTopicSchema } from './agreement.js';
export {
  DecisionMakerSchema,
  type DecisionSchema,
  DecisionStatusSchema,
  GovernanceRouteSchema,
  GovernanceStatusSchema,
  InfluenceLevelSchema,
} from './decision.js';
export {
  CoproduceError,
  type CoproduceErrorCode,
  isCoproduceError,
  toJsonPointer,
} from './errors.js';
export { FlowDirectionSchema, type SeniorLeaderSchema } from './governance.js';
export {
  type AccessFeature,
  AccessFeatureSchema,
  type AccessNeedSchema,
  DayPartSchema,
  listedNeeds,
  type Member,
  type MemberRole,
  MemberRoleSchema,
  type MemberSchema,
  NonCashPreferenceSchema,
  type Support,
  SupportSchema,
  type VenueFeature,
  VenueFeatureSchema,
  WeekdaySchema,
} from './group.js';
export type { ActivityId, DecisionId, MemberId, PerspectiveId, ProjectId } from './ids.js';
export type { LearningEntrySchema } from './learning.js';
export {
  CadenceSchema,
  cadenceDays,
  type Extensions,
  ExtensionsSchema,
  FORBIDDEN_KEYS,
  type IsoDate,
  type JsonValue,
  MAX_EXTENSION_DEPTH,
  MAX_EXTENSION_VALUES,
  MAX_TEXT_LENGTH,
} from './primitives.js';
export {
  CURRENT_SCHEMA_VERSION,
  OutcomeStatusSchema,
  type Project,
  type ProjectInput,
  ProjectSchema,
  type Stage,
  StageSchema,
} from './project.js';
export type { DeepReadonly, ReadonlyJsonValue } from './readonly.js';
export {
  type ReciprocityEntrySchema,
  ReciprocityKindSchema,
  ReciprocityStatusSchema,
} from './reciprocity.js';
export { RecommendationResponseSchema, type RecommendationSchema } from './recommendation.js';
export {
  type IdeaSchema,
  IdeaStatusSchema,
  RatingSchema,
  type Reflection,
  type ReflectionSchema,
} from './reflection.js';
