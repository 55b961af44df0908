/**
 * Decisions that touch the work: made by the group, with the organisation,
 * or outside the group, and their route through formal governance.
 *
 * @module
 */
import * as z from 'zod';
import { ActivityIdSchema, DecisionIdSchema } from './ids.js';
import { ExtensionsSchema, IsoDateSchema, LabelSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/** Who made a decision. @category Model @example `DecisionMakerSchema.options // ['group', 'group-with-organisation', 'outside-group']` */
export const DecisionMakerSchema = z.enum(['group', 'group-with-organisation', 'outside-group']);
/** Who made a decision. @category Model @example `const by: DecisionMaker = 'group';` */
export type DecisionMaker = z.infer<typeof DecisionMakerSchema>;

/**
 * How much influence the group had, on the usual engagement spectrum.
 *
 * @category Model
 * @example `InfluenceLevelSchema.options // ['inform', 'consult', 'involve', 'collaborate', 'empower']`
 */
export const InfluenceLevelSchema = z.enum([
  'inform',
  'consult',
  'involve',
  'collaborate',
  'empower',
]);
/** The group's influence. @category Model @example `const level: InfluenceLevel = 'involve';` */
export type InfluenceLevel = z.infer<typeof InfluenceLevelSchema>;

/** The formal route a decision takes. @category Model @example `GovernanceRouteSchema.safeParse('key-decision').success // true, and false for any value not in GovernanceRouteSchema.options` */
export const GovernanceRouteSchema = z.enum([
  'key-decision',
  'cabinet',
  'committee',
  'officer-decision',
  'partnership-board',
  'not-required',
  'other',
]);
/** A formal governance route. @category Model @example `const route: GovernanceRoute = 'officer-decision';` */
export type GovernanceRoute = z.infer<typeof GovernanceRouteSchema>;

/** Where a decision is on its governance route. @category Model @example `GovernanceStatusSchema.options // ['not-started', 'in-progress', 'approved', 'rejected', 'deferred']` */
export const GovernanceStatusSchema = z.enum([
  'not-started',
  'in-progress',
  'approved',
  'rejected',
  'deferred',
]);
/** Governance status. @category Model @example `const status: GovernanceStatus = 'approved';` */
export type GovernanceStatus = z.infer<typeof GovernanceStatusSchema>;

/**
 * A decision's route through formal governance and its progress.
 *
 * @category Model
 * @example `DecisionGovernanceSchema.parse({ route: 'key-decision', status: 'in-progress', reference: 'KD-2025-14' })`
 */
export const DecisionGovernanceSchema = z.strictObject({
  route: GovernanceRouteSchema,
  status: GovernanceStatusSchema.optional(),
  /** The council's own reference, such as a forward plan number. */
  reference: LabelSchema.optional(),
  updatedOn: IsoDateSchema.optional(),
});
/** A decision's governance route. @category Model @example `const g: DecisionGovernance = { route: 'not-required' };` */
export type DecisionGovernance = DeepReadonly<z.infer<typeof DecisionGovernanceSchema>>;

/**
 * Whether a decision has been made or is still to come. A record with no
 * status has been made (every version 1 decision had).
 *
 * @category Model
 * @example `DecisionStatusSchema.options // ['planned', 'made']`
 */
export const DecisionStatusSchema = z.enum(['planned', 'made']);
/** A decision's status. @category Model @example `const status: DecisionStatus = 'planned';` */
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;

/**
 * A decision that touches the group's work, made or still to come. A made
 * decision needs its `date` (checked by `parseProject`, as JSON Schema cannot
 * say "required unless planned"); a planned one says when it is due and who
 * will make it.
 *
 * @category Model
 * @example
 * ```ts
 * DecisionSchema.parse({
 *   id: 'd-01',
 *   title: 'Pilot route chosen',
 *   date: '2025-04-02',
 *   madeBy: 'group',
 *   groupsToMake: true,
 *   influence: 'empower',
 * });
 * DecisionSchema.parse({
 *   id: 'd-02',
 *   title: 'Pilot budget for next year',
 *   status: 'planned',
 *   due: '2026-02-10',
 *   toBeMadeBy: 'Cabinet',
 *   madeBy: 'outside-group',
 *   groupsToMake: false,
 * });
 * ```
 */
export const DecisionSchema = z.strictObject({
  id: DecisionIdSchema,
  title: LabelSchema,
  /** `planned` for a decision still to come; absent means made. */
  status: DecisionStatusSchema.optional(),
  /** When it was made. Required for a made decision; a planned one has `due` instead. */
  date: IsoDateSchema.optional(),
  /** For a planned decision: when it is due to be made. */
  due: IsoDateSchema.optional(),
  /** For a planned decision: who will make it (the group, a cabinet member, a board). */
  toBeMadeBy: LabelSchema.optional(),
  /** Who makes it: for a planned decision, who is set to. */
  madeBy: DecisionMakerSchema,
  /** Who decided, when not the group (a cabinet member, a director, a board). */
  decidedBy: LabelSchema.optional(),
  /** Whether the decision was the group's to make; missing means nobody said. */
  groupsToMake: z.boolean().optional(),
  /** Whether the decision affects the group's work (for decisions made outside it). */
  affectsGroup: z.boolean().optional(),
  influence: InfluenceLevelSchema.optional(),
  governance: DecisionGovernanceSchema.optional(),
  /** Whether the reasons were explained to the group. */
  rationaleExplained: z.boolean().optional(),
  /** The reasons for the decision, as explained to the group. */
  reasons: TextSchema.optional(),
  /** Whether the group was told of the decision. */
  groupInformed: z.boolean().optional(),
  /** When the group was told of the decision. */
  groupToldOn: IsoDateSchema.optional(),
  /** The activity where it was made or discussed. */
  activityId: ActivityIdSchema.optional(),
  notes: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A decision. @category Model @example `const outside = (d: Decision) => d.madeBy === 'outside-group';` */
export type Decision = DeepReadonly<z.infer<typeof DecisionSchema>>;
