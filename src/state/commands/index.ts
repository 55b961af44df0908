/**
 * Every command a front end can send, as one discriminated union, and typed
 * creators for each.
 *
 * @module
 */
import { acknowledgementFamily } from './acknowledgement.js';
import { activityFamily } from './activity.js';
import { agreementFamily } from './agreement.js';
import { decisionFamily } from './decision.js';
import type { CommandDefinition, CommandFrom } from './definition.js';
import { eraseDefinitions, eraseMemberCommand } from './erase.js';
import { flowFamily } from './flow.js';
import { glossaryFamily } from './glossary.js';
import { ideaFamily } from './idea.js';
import { leaderFamily } from './leader.js';
import { learningFamily } from './learning.js';
import { memberFamily } from './member.js';
import { milestoneFamily } from './milestone.js';
import { outcomeFamily } from './outcome.js';
import { perspectiveFamily } from './perspective.js';
import { projectFamily } from './project.js';
import { reciprocityFamily } from './reciprocity.js';
import { recommendationFamily } from './recommendation.js';
import { reflectionFamily } from './reflection.js';
import { relatedEngagementFamily } from './related-engagement.js';
import { responsibilityFamily } from './responsibility.js';
import { sectionCommands, sectionDefinitions } from './sections.js';

const definitions = [
  ...projectFamily.definitions,
  ...sectionDefinitions,
  ...outcomeFamily.definitions,
  ...milestoneFamily.definitions,
  ...relatedEngagementFamily.definitions,
  ...glossaryFamily.definitions,
  ...perspectiveFamily.definitions,
  ...memberFamily.definitions,
  ...eraseDefinitions,
  ...activityFamily.definitions,
  ...decisionFamily.definitions,
  ...learningFamily.definitions,
  ...reflectionFamily.definitions,
  ...ideaFamily.definitions,
  ...agreementFamily.definitions,
  ...leaderFamily.definitions,
  ...flowFamily.definitions,
  ...responsibilityFamily.definitions,
  ...recommendationFamily.definitions,
  ...reciprocityFamily.definitions,
  ...acknowledgementFamily.definitions,
] as const;

const definitionsByType: ReadonlyMap<string, CommandDefinition> = new Map(
  definitions.map((definition) => [definition.type, definition as unknown as CommandDefinition]),
);

/**
 * The definition of a command type, if there is one.
 *
 * @internal
 * @example
 * ```ts
 * definitionFor('member/add')?.schema.safeParse(input);
 * ```
 */
export function definitionFor(type: string): CommandDefinition | undefined {
  return definitionsByType.get(type);
}

/**
 * Several commands applied as one: in order, all or none, in a single immer
 * pass, and kept as one entry (one undo step) in a history.
 *
 * @category State
 * @example
 * ```ts
 * const batch: BatchCommand = {
 *   type: 'batch',
 *   payload: { commands: [commands.member.retire({ id: 'm-01', on: '2025-06-30' })] },
 * };
 * ```
 */
export interface BatchCommand {
  readonly type: 'batch';
  readonly payload: { readonly commands: readonly Command[] };
}

/**
 * A change to a project, as plain serialisable data: a `type` naming the
 * family and verb (`member/add`) and a `payload`. Commands can be logged,
 * sent over a network and kept in a {@link History}. Build them with
 * {@link commands} for autocompletion.
 *
 * Every `.../update` takes `changes` (the fields to set) and `clear` (the
 * optional fields to remove), plus the record's `id` for collections; ids
 * never change. Members are retired, never deleted.
 *
 * - Project: `project/update`, `project/set-stage`, `project/set-extensions`
 * - Sections: `purpose/update`, `remit/update`, `progress-tracking/update`,
 *   `progress-tracking/record-review`, `learning-plan/update`,
 *   `coproduction-meaning/update`, `resources/update`, `influence/update`,
 *   `communication-plan/update`, `timeframe/update`, `governance/update`,
 *   `ending/update`
 * - Plans: `outcome/add`, `outcome/update`, `outcome/set-status`, `outcome/remove`, `milestone/add`,
 *   `milestone/update`, `milestone/complete`, `related-engagement/add`,
 *   `related-engagement/update`, `related-engagement/remove`, `glossary/define`,
 *   `glossary/remove`
 * - The group: `perspective/add`, `perspective/update`, `perspective/remove`,
 *   `member/add`, `member/update`, `member/retire`, `member/set-access-needs`,
 *   `member/record-benefits-advice`, `member/record-training`, `member/erase`,
 *   `reciprocity/add`, `reciprocity/update`, `reciprocity/remove`
 * - The work: `activity/record`, `activity/update`, `activity/set-attendance`,
 *   `activity/set-support`,
 *   `decision/record`, `decision/update`, `decision/update-governance`,
 *   `decision/mark-made`, `decision/tell-group`, `recommendation/add`,
 *   `recommendation/update`, `recommendation/remove`, `recommendation/respond`,
 *   `recommendation/tell-group`,
 *   `acknowledgement/record`, `acknowledgement/update`, `acknowledgement/remove`,
 *   `learning/capture`, `learning/update`, `learning/share`,
 *   `reflection/record`, `reflection/update`, `reflection/add-action`,
 *   `reflection/complete-action`, `idea/raise`, `idea/update`, `idea/set-status`,
 *   `agreement/add`, `agreement/update`, `agreement/replace-all`
 * - Governance: `leader/add`, `leader/update`, `leader/add-involvement`,
 *   `leader/update-involvement`, `leader/complete-involvement`, `flow/add`,
 *   `flow/update`, `flow/record-occurrence`, `responsibility/set`,
 *   `responsibility/remove`
 * - `batch`: several commands as one ({@link BatchCommand})
 *
 * @category State
 * @example
 * ```ts
 * const command: Command = { type: 'member/retire', payload: { id: 'm-01', on: '2025-06-30' } };
 * const next = applyCommand(project, command);
 * ```
 */
export type Command = CommandFrom<(typeof definitions)[number]> | BatchCommand;

/**
 * The `type` of any command, such as `'member/add'`.
 *
 * @category State
 * @example
 * ```ts
 * const type: CommandType = 'activity/set-attendance';
 * ```
 */
export type CommandType = Command['type'];

/**
 * The command with a given type.
 *
 * @category State
 * @example
 * ```ts
 * const retire: CommandOfType<'member/retire'> = commands.member.retire({ id: 'm-01', on: '2025-06-30' });
 * ```
 */
export type CommandOfType<T extends CommandType> = Extract<Command, { readonly type: T }>;

/**
 * The payload a command type takes, as a caller writes it.
 *
 * @category State
 * @example
 * ```ts
 * const payload: CommandPayload<'learning/share'> = { id: 'l-01', audience: 'Residents', on: '2025-05-01' };
 * ```
 */
export type CommandPayload<T extends CommandType> = CommandOfType<T>['payload'];

/**
 * Every command type, in a stable order: the project's own fields and
 * sections first, then the group, its work, and governance, then `batch`.
 *
 * @category State
 * @example
 * ```ts
 * commandTypes.filter((type) => type.startsWith('member/'));
 * // ['member/add', 'member/update', 'member/retire', 'member/set-access-needs',
 * //  'member/record-benefits-advice', 'member/record-training', 'member/erase']
 * ```
 */
export const commandTypes: readonly CommandType[] = Object.freeze([
  ...definitions.map((definition) => definition.type),
  'batch' as const,
]);

const knownTypes: ReadonlySet<string> = new Set(commandTypes);

/**
 * Tells whether a value names a command type, so a reducer can pass over
 * actions meant for someone else.
 *
 * @category State
 * @example
 * ```ts
 * isCommandType('member/add'); // true
 * isCommandType('@@redux/INIT'); // false
 * ```
 */
export function isCommandType(value: unknown): value is CommandType {
  return typeof value === 'string' && knownTypes.has(value);
}

/**
 * Typed creators for every command, grouped by family: `commands.member.add(payload)`
 * returns `{ type: 'member/add', payload }`. They only build the object;
 * {@link applyCommand} validates it.
 *
 * @category State
 * @example
 * ```ts
 * import { applyCommands, commands } from 'coproduce';
 *
 * const next = applyCommands(project, [
 *   commands.member.add({ id: 'm-01', displayName: 'Member A', roles: ['resident'] }),
 *   commands.activity.record({
 *     id: 'a-01',
 *     kind: 'workshop',
 *     title: 'Mapping journeys',
 *     start: '2025-02-04T18:00:00+00:00',
 *     end: '2025-02-04T20:00:00+00:00',
 *     attendance: [{ memberId: 'm-01' }],
 *   }),
 * ]);
 * ```
 */
export const commands = Object.freeze({
  project: projectFamily.commands,
  purpose: sectionCommands.purpose,
  remit: sectionCommands.remit,
  outcome: outcomeFamily.commands,
  progressTracking: sectionCommands.progressTracking,
  learningPlan: sectionCommands.learningPlan,
  coproductionMeaning: sectionCommands.coproductionMeaning,
  resources: sectionCommands.resources,
  influence: sectionCommands.influence,
  communicationPlan: sectionCommands.communicationPlan,
  relatedEngagement: relatedEngagementFamily.commands,
  glossary: glossaryFamily.commands,
  perspective: perspectiveFamily.commands,
  timeframe: sectionCommands.timeframe,
  milestone: milestoneFamily.commands,
  member: { ...memberFamily.commands, erase: eraseMemberCommand },
  activity: activityFamily.commands,
  decision: decisionFamily.commands,
  learning: learningFamily.commands,
  reflection: reflectionFamily.commands,
  idea: ideaFamily.commands,
  agreement: agreementFamily.commands,
  governance: sectionCommands.governance,
  ending: sectionCommands.ending,
  leader: leaderFamily.commands,
  flow: flowFamily.commands,
  responsibility: responsibilityFamily.commands,
  recommendation: recommendationFamily.commands,
  reciprocity: reciprocityFamily.commands,
  acknowledgement: acknowledgementFamily.commands,
  /**
   * Wraps several commands into one {@link BatchCommand}: applied in order,
   * all or none, and undone as one step.
   *
   * @example
   * ```ts
   * commands.batch([
   *   commands.member.add({ id: 'm-02', displayName: 'Member B', roles: ['carer'] }),
   *   commands.activity.setAttendance({ id: 'a-01', attendance: [{ memberId: 'm-02' }] }),
   * ]);
   * ```
   */
  batch: (list: readonly Command[]): BatchCommand => ({
    type: 'batch',
    payload: { commands: list },
  }),
});
