/**
 * Governance around the work: senior leaders, information flows between
 * them and the group, and who holds which responsibility.
 *
 * @module
 */
import * as z from 'zod';
import { dueAndDoneFields } from './fields.js';
import { FlowIdSchema, LeaderIdSchema, MemberIdSchema, ResponsibilityIdSchema } from './ids.js';
import { CadenceSchema, IsoDateSchema, LabelSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/**
 * A point at which a senior leader is to be involved.
 *
 * @category Model
 * @example `InvolvementPointSchema.parse({ point: 'Sign off the pilot', due: '2025-06-30' })`
 */
export const InvolvementPointSchema = z.strictObject({
  point: TextSchema,
  ...dueAndDoneFields,
});
/** An involvement point. @category Model @example `const p: InvolvementPoint = { point: 'Attend the launch' };` */
export type InvolvementPoint = DeepReadonly<z.infer<typeof InvolvementPointSchema>>;

/**
 * A senior leader the work needs to involve.
 *
 * @category Model
 * @example `SeniorLeaderSchema.parse({ id: 'sl-01', name: 'Director of Transport', role: 'Sponsor', involvement: [] })`
 */
export const SeniorLeaderSchema = z.strictObject({
  id: LeaderIdSchema,
  /** A name or a post title. */
  name: LabelSchema,
  role: LabelSchema,
  involvement: z.array(InvolvementPointSchema).default([]),
});
/** A senior leader. @category Model @example `const label = (l: SeniorLeader) => `${l.name} (${l.role})`;` */
export type SeniorLeader = DeepReadonly<z.infer<typeof SeniorLeaderSchema>>;

/** Which way information flows. @category Model @example `FlowDirectionSchema.options // ['group-to-leaders', 'leaders-to-group']` */
export const FlowDirectionSchema = z.enum(['group-to-leaders', 'leaders-to-group']);
/** Which way information flows. @category Model @example `const d: FlowDirection = 'leaders-to-group';` */
export type FlowDirection = z.infer<typeof FlowDirectionSchema>;

/**
 * An agreed flow of information between the group and senior leaders.
 *
 * @category Model
 * @example `InformationFlowSchema.parse({ id: 'f-01', direction: 'group-to-leaders', cadence: 'monthly', lastOccurred: '2025-04-30' })`
 */
export const InformationFlowSchema = z.strictObject({
  id: FlowIdSchema,
  direction: FlowDirectionSchema,
  description: TextSchema.optional(),
  cadence: CadenceSchema,
  lastOccurred: IsoDateSchema.optional(),
  leaderIds: z.array(LeaderIdSchema).optional(),
});
/** An information flow. @category Model @example `const up = (f: InformationFlow) => f.direction === 'group-to-leaders';` */
export type InformationFlow = DeepReadonly<z.infer<typeof InformationFlowSchema>>;

/**
 * An area of responsibility and who holds it.
 *
 * @category Model
 * @example `ResponsibilitySchema.parse({ id: 'resp-01', area: 'Chairing meetings', owners: ['m-01', 'm-05'] })`
 */
export const ResponsibilitySchema = z.strictObject({
  id: ResponsibilityIdSchema,
  area: LabelSchema,
  owners: z.array(MemberIdSchema).min(1),
});
/**
 * A responsibility.
 *
 * @category Model
 * @example
 * ```ts
 * // Who holds what: each member's areas of responsibility.
 * const held = (memberId: string): Responsibility[] =>
 *   project.governance.responsibilities.filter((r) => r.owners.some((owner) => owner === memberId));
 * ```
 */
export type Responsibility = DeepReadonly<z.infer<typeof ResponsibilitySchema>>;

/**
 * Governance around the group's work.
 *
 * @category Model
 * @example `GovernanceSchema.parse({ seniorLeaders: [], informationFlows: [], responsibilities: [] })`
 */
export const GovernanceSchema = z.strictObject({
  seniorLeaders: z.array(SeniorLeaderSchema).default([]),
  informationFlows: z.array(InformationFlowSchema).default([]),
  responsibilities: z.array(ResponsibilitySchema).default([]),
  /** When the group agreed which decisions are within its control. */
  decisionScopeAgreedOn: IsoDateSchema.optional(),
  /** A short account of the governance processes the group's work goes through. */
  processSummary: TextSchema.optional(),
});
/** Governance. @category Model @example `const leaders = (g: Governance) => g.seniorLeaders.length;` */
export type Governance = DeepReadonly<z.infer<typeof GovernanceSchema>>;
