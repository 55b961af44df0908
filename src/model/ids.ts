/**
 * Branded identifiers. Each record in a project has an id that is unique in
 * its collection; brands stop a member id being passed where an activity id
 * is expected.
 *
 * @module
 */
import * as z from 'zod';
import { codedMessage } from './zod-problems.js';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

function idSchema<Brand extends string>(brand: Brand) {
  return (
    z
      .string()
      .regex(ID_PATTERN, {
        error: codedMessage(
          'must be an id: 1 to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
          'invalid-id',
        ),
      })
      .meta({ title: brand })
      // Brand last: `.meta()` after `.brand()` in this generic function loses the brand type.
      .brand<Brand>()
  );
}

/** @category Model @example `ProjectIdSchema.safeParse('youth-transport-2025 2').success // false: an id has no spaces` */
export const ProjectIdSchema = idSchema('ProjectId');
/** Id of a project. @category Model @example `const id: ProjectId = project.id;` */
export type ProjectId = z.infer<typeof ProjectIdSchema>;

/** @category Model @example `MemberIdSchema.safeParse('m-01 2').success // false: an id has no spaces` */
export const MemberIdSchema = idSchema('MemberId');
/** Id of a group member. @category Model @example `const ids: MemberId[] = project.group.members.map((m) => m.id);` */
export type MemberId = z.infer<typeof MemberIdSchema>;

/** @category Model @example `ActivityIdSchema.safeParse('a-2025-03-04 2').success // false: an id has no spaces` */
export const ActivityIdSchema = idSchema('ActivityId');
/** Id of a meeting or other activity. @category Model @example `const ids: ActivityId[] = project.activities.map((a) => a.id);` */
export type ActivityId = z.infer<typeof ActivityIdSchema>;

/** @category Model @example `DecisionIdSchema.safeParse('d-01 2').success // false: an id has no spaces` */
export const DecisionIdSchema = idSchema('DecisionId');
/** Id of a decision. @category Model @example `const ids: DecisionId[] = project.decisions.map((d) => d.id);` */
export type DecisionId = z.infer<typeof DecisionIdSchema>;

/** @category Model @example `LearningIdSchema.safeParse('l-01 2').success // false: an id has no spaces` */
export const LearningIdSchema = idSchema('LearningId');
/** Id of a learning entry. @category Model @example `const ids: LearningId[] = project.learning.map((l) => l.id);` */
export type LearningId = z.infer<typeof LearningIdSchema>;

/** @category Model @example `ReflectionIdSchema.safeParse('r-01 2').success // false: an id has no spaces` */
export const ReflectionIdSchema = idSchema('ReflectionId');
/** Id of a reflection. @category Model @example `const ids: ReflectionId[] = project.reflections.map((r) => r.id);` */
export type ReflectionId = z.infer<typeof ReflectionIdSchema>;

/** @category Model @example `AgreementIdSchema.safeParse('w-01 2').success // false: an id has no spaces` */
export const AgreementIdSchema = idSchema('AgreementId');
/** Id of a "ways we will work together" agreement. @category Model @example `const ids: AgreementId[] = project.agreements.map((w) => w.id);` */
export type AgreementId = z.infer<typeof AgreementIdSchema>;

/** @category Model @example `AcknowledgementIdSchema.safeParse('ack-01 2').success // false: an id has no spaces` */
export const AcknowledgementIdSchema = idSchema('AcknowledgementId');
/** Id of an acknowledged issue. @category Model @example `const ids: AcknowledgementId[] = (project.acknowledgements ?? []).map((a) => a.id);` */
export type AcknowledgementId = z.infer<typeof AcknowledgementIdSchema>;

/** @category Model @example `OutcomeIdSchema.safeParse('o-01 2').success // false: an id has no spaces` */
export const OutcomeIdSchema = idSchema('OutcomeId');
/** Id of an outcome. @category Model @example `const ids: OutcomeId[] = project.outcomes.map((o) => o.id);` */
export type OutcomeId = z.infer<typeof OutcomeIdSchema>;

/** @category Model @example `MilestoneIdSchema.safeParse('ms-01 2').success // false: an id has no spaces` */
export const MilestoneIdSchema = idSchema('MilestoneId');
/** Id of a milestone. @category Model @example `const ids: MilestoneId[] = project.timeframe.milestones.map((m) => m.id);` */
export type MilestoneId = z.infer<typeof MilestoneIdSchema>;

/** @category Model @example `PerspectiveIdSchema.safeParse('young-carers 2').success // false: an id has no spaces` */
export const PerspectiveIdSchema = idSchema('PerspectiveId');
/** Key of a perspective or experience the work needs. @category Model @example `const ids: PerspectiveId[] = project.group.requiredPerspectives.map((p) => p.id);` */
export type PerspectiveId = z.infer<typeof PerspectiveIdSchema>;

/** @category Model @example `LeaderIdSchema.safeParse('sl-01 2').success // false: an id has no spaces` */
export const LeaderIdSchema = idSchema('LeaderId');
/** Id of a senior leader. @category Model @example `const ids: LeaderId[] = project.governance.seniorLeaders.map((l) => l.id);` */
export type LeaderId = z.infer<typeof LeaderIdSchema>;

/** @category Model @example `FlowIdSchema.safeParse('f-01 2').success // false: an id has no spaces` */
export const FlowIdSchema = idSchema('FlowId');
/** Id of an information flow. @category Model @example `const ids: FlowId[] = project.governance.informationFlows.map((f) => f.id);` */
export type FlowId = z.infer<typeof FlowIdSchema>;

/** @category Model @example `ResponsibilityIdSchema.safeParse('resp-01 2').success // false: an id has no spaces` */
export const ResponsibilityIdSchema = idSchema('ResponsibilityId');
/** Id of a shared responsibility. @category Model @example `const ids: ResponsibilityId[] = project.governance.responsibilities.map((r) => r.id);` */
export type ResponsibilityId = z.infer<typeof ResponsibilityIdSchema>;

/** @category Model @example `EngagementIdSchema.safeParse('e-01 2').success // false: an id has no spaces` */
export const EngagementIdSchema = idSchema('EngagementId');
/** Id of a related engagement activity elsewhere in the organisation. @category Model @example `const ids: EngagementId[] = (project.relatedEngagement ?? []).map((e) => e.id);` */
export type EngagementId = z.infer<typeof EngagementIdSchema>;

/** @category Model @example `IdeaIdSchema.safeParse('i-01 2').success // false: an id has no spaces` */
export const IdeaIdSchema = idSchema('IdeaId');
/** Id of an idea raised by members. @category Model @example `const ids: IdeaId[] = project.ideas.map((i) => i.id);` */
export type IdeaId = z.infer<typeof IdeaIdSchema>;

/** @category Model @example `RecommendationIdSchema.safeParse('rec-01 2').success // false: an id has no spaces` */
export const RecommendationIdSchema = idSchema('RecommendationId');
/** Id of a recommendation the group made. @category Model @example `const ids: RecommendationId[] = project.recommendations.map((r) => r.id);` */
export type RecommendationId = z.infer<typeof RecommendationIdSchema>;

/** @category Model @example `ReciprocityIdSchema.safeParse('rx-01 2').success // false: an id has no spaces` */
export const ReciprocityIdSchema = idSchema('ReciprocityId');
/** Id of an entry in the reciprocity ledger. @category Model @example `const ids: ReciprocityId[] = (project.reciprocity ?? []).map((e) => e.id);` */
export type ReciprocityId = z.infer<typeof ReciprocityIdSchema>;
