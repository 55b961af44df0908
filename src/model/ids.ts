/**
 * Branded identifiers. Each record in a project has an id that is unique in
 * its collection; brands stop a member id being passed where an activity id
 * is expected.
 *
 * @module
 */
import * as z from 'zod';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

function idSchema<Brand extends string>(brand: Brand) {
  return (
    z
      .string()
      .regex(ID_PATTERN, {
        error:
          'must be an id: 1 to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
      })
      .meta({ title: brand })
      // Brand last: `.meta()` after `.brand()` in this generic function loses the brand type.
      .brand<Brand>()
  );
}

/** @category Model @example `ProjectIdSchema.parse('youth-transport-2025')` */
export const ProjectIdSchema = idSchema('ProjectId');
/** Id of a project. @category Model @example `const id = 'youth-transport-2025' as ProjectId;` */
export type ProjectId = z.infer<typeof ProjectIdSchema>;

/** @category Model @example `MemberIdSchema.parse('m-01')` */
export const MemberIdSchema = idSchema('MemberId');
/** Id of a group member. @category Model @example `const id = 'm-01' as MemberId;` */
export type MemberId = z.infer<typeof MemberIdSchema>;

/** @category Model @example `ActivityIdSchema.parse('a-2025-03-04')` */
export const ActivityIdSchema = idSchema('ActivityId');
/** Id of a meeting or other activity. @category Model @example `const id = 'a-01' as ActivityId;` */
export type ActivityId = z.infer<typeof ActivityIdSchema>;

/** @category Model @example `DecisionIdSchema.parse('d-01')` */
export const DecisionIdSchema = idSchema('DecisionId');
/** Id of a decision. @category Model @example `const id = 'd-01' as DecisionId;` */
export type DecisionId = z.infer<typeof DecisionIdSchema>;

/** @category Model @example `LearningIdSchema.parse('l-01')` */
export const LearningIdSchema = idSchema('LearningId');
/** Id of a learning entry. @category Model @example `const id = 'l-01' as LearningId;` */
export type LearningId = z.infer<typeof LearningIdSchema>;

/** @category Model @example `ReflectionIdSchema.parse('r-01')` */
export const ReflectionIdSchema = idSchema('ReflectionId');
/** Id of a reflection. @category Model @example `const id = 'r-01' as ReflectionId;` */
export type ReflectionId = z.infer<typeof ReflectionIdSchema>;

/** @category Model @example `AgreementIdSchema.parse('w-01')` */
export const AgreementIdSchema = idSchema('AgreementId');
/** Id of a "ways we will work together" agreement. @category Model @example `const id = 'w-01' as AgreementId;` */
export type AgreementId = z.infer<typeof AgreementIdSchema>;

/** @category Model @example `AcknowledgementIdSchema.parse('ack-01')` */
export const AcknowledgementIdSchema = idSchema('AcknowledgementId');
/** Id of an acknowledged issue. @category Model @example `const id = 'ack-01' as AcknowledgementId;` */
export type AcknowledgementId = z.infer<typeof AcknowledgementIdSchema>;

/** @category Model @example `OutcomeIdSchema.parse('o-01')` */
export const OutcomeIdSchema = idSchema('OutcomeId');
/** Id of an outcome. @category Model @example `const id = 'o-01' as OutcomeId;` */
export type OutcomeId = z.infer<typeof OutcomeIdSchema>;

/** @category Model @example `MilestoneIdSchema.parse('ms-01')` */
export const MilestoneIdSchema = idSchema('MilestoneId');
/** Id of a milestone. @category Model @example `const id = 'ms-01' as MilestoneId;` */
export type MilestoneId = z.infer<typeof MilestoneIdSchema>;

/** @category Model @example `PerspectiveIdSchema.parse('young-carers')` */
export const PerspectiveIdSchema = idSchema('PerspectiveId');
/** Key of a perspective or experience the work needs. @category Model @example `const id = 'young-carers' as PerspectiveId;` */
export type PerspectiveId = z.infer<typeof PerspectiveIdSchema>;

/** @category Model @example `LeaderIdSchema.parse('sl-01')` */
export const LeaderIdSchema = idSchema('LeaderId');
/** Id of a senior leader. @category Model @example `const id = 'sl-01' as LeaderId;` */
export type LeaderId = z.infer<typeof LeaderIdSchema>;

/** @category Model @example `FlowIdSchema.parse('f-01')` */
export const FlowIdSchema = idSchema('FlowId');
/** Id of an information flow. @category Model @example `const id = 'f-01' as FlowId;` */
export type FlowId = z.infer<typeof FlowIdSchema>;

/** @category Model @example `ResponsibilityIdSchema.parse('resp-01')` */
export const ResponsibilityIdSchema = idSchema('ResponsibilityId');
/** Id of a shared responsibility. @category Model @example `const id = 'resp-01' as ResponsibilityId;` */
export type ResponsibilityId = z.infer<typeof ResponsibilityIdSchema>;

/** @category Model @example `EngagementIdSchema.parse('e-01')` */
export const EngagementIdSchema = idSchema('EngagementId');
/** Id of a related engagement activity elsewhere in the organisation. @category Model @example `const id = 'e-01' as EngagementId;` */
export type EngagementId = z.infer<typeof EngagementIdSchema>;

/** @category Model @example `IdeaIdSchema.parse('i-01')` */
export const IdeaIdSchema = idSchema('IdeaId');
/** Id of an idea raised by members. @category Model @example `const id = 'i-01' as IdeaId;` */
export type IdeaId = z.infer<typeof IdeaIdSchema>;

/** @category Model @example `RecommendationIdSchema.parse('rec-01')` */
export const RecommendationIdSchema = idSchema('RecommendationId');
/** Id of a recommendation the group made. @category Model @example `const id = 'rec-01' as RecommendationId;` */
export type RecommendationId = z.infer<typeof RecommendationIdSchema>;

/** @category Model @example `ReciprocityIdSchema.parse('rx-01')` */
export const ReciprocityIdSchema = idSchema('ReciprocityId');
/** Id of an entry in the reciprocity ledger. @category Model @example `const id = 'rx-01' as ReciprocityId;` */
export type ReciprocityId = z.infer<typeof ReciprocityIdSchema>;
