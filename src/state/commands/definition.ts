/**
 * How a command is defined: its type, its payload schema and its plan (see
 * edits.ts for the two steps a command runs in), the command objects and
 * typed creators a front end calls, and the families that gather a
 * collection's commands under one name. A command is defined once, so the
 * registry, its schema and its creator cannot drift apart.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import type { DeepReadonly } from '../../model/readonly.js';
import type { Edit } from './edits.js';
import type { PlanContext } from './plan-context.js';

/**
 * What a command does: its type, its schema, and its plan.
 *
 * @example
 * ```ts
 * import { definitionFor } from './index.js';
 *
 * const definition: CommandDefinition = definitionFor('member/add')!;
 * definition.schema.safeParse(input);
 * ```
 */
export interface CommandDefinition<
  Type extends string = string,
  Payload extends z.ZodType = z.ZodType,
> {
  readonly type: Type;
  readonly schema: z.ZodObject<{ type: z.ZodLiteral<Type>; payload: Payload }, z.core.$strict>;
  readonly plan: (ctx: PlanContext, payload: z.output<Payload>) => readonly Edit[];
}

/**
 * Defines a command: its type, the schema of its payload, and the plan that
 * turns a valid payload into edits (or findings).
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { StageSchema } from '../../model/project.js';
 * import { setAt } from './edits.js';
 *
 * const setStage = defineCommand('project/set-stage', z.strictObject({ stage: StageSchema }), (ctx, { stage }) =>
 *   ctx.project.stage === stage ? [] : [setAt(['stage'], stage)],
 * );
 * ```
 */
export function defineCommand<const Type extends string, Payload extends z.ZodType>(
  type: Type,
  payload: Payload,
  plan: (ctx: PlanContext, payload: z.output<Payload>) => readonly Edit[],
): CommandDefinition<Type, Payload> {
  return { type, schema: z.strictObject({ type: z.literal(type), payload }), plan };
}

/**
 * A command's payload as a caller writes it: the schema's input, read-only
 * at every depth, so that lists and records read from a project (all
 * read-only) can be passed on as they are. The library never changes what
 * it is given.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { StageSchema } from '../../model/project.js';
 * import { setAt } from './edits.js';
 *
 * const setStage = defineCommand('project/set-stage', z.strictObject({ stage: StageSchema }), (ctx, { stage }) =>
 *   ctx.project.stage === stage ? [] : [setAt(['stage'], stage)],
 * );
 * type SetStagePayload = CommandPayload<typeof setStage.schema.shape.payload>; // { readonly stage: 'planning' | … }
 * ```
 */
export type CommandPayload<Payload extends z.ZodType> = DeepReadonly<z.input<Payload>>;

/**
 * The command object a definition accepts, as a caller writes it.
 *
 * @example
 * ```ts
 * import type { memberFamily } from './member.js';
 *
 * // One command object type per `member/*` command: { type: 'member/add'; payload: … } | …
 * type MemberCommand = CommandFrom<(typeof memberFamily.definitions)[number]>;
 * ```
 */
export type CommandFrom<D> =
  D extends CommandDefinition<infer Type, infer Payload>
    ? { readonly type: Type; readonly payload: CommandPayload<Payload> }
    : never;

/**
 * A typed creator, so a front end gets autocompletion for each payload.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { StageSchema } from '../../model/project.js';
 * import { setAt } from './edits.js';
 *
 * const setStage = defineCommand('project/set-stage', z.strictObject({ stage: StageSchema }), (ctx, { stage }) =>
 *   ctx.project.stage === stage ? [] : [setAt(['stage'], stage)],
 * );
 * const setStageCommand = creator(setStage);
 * setStageCommand({ stage: 'during' }); // { type: 'project/set-stage', payload: { stage: 'during' } }
 * ```
 */
export function creator<Type extends string, Payload extends z.ZodType>(
  definition: CommandDefinition<Type, Payload>,
): (payload: CommandPayload<Payload>) => {
  readonly type: Type;
  readonly payload: CommandPayload<Payload>;
} {
  return (payload) => ({ type: definition.type, payload });
}

/**
 * A family of commands, defined once: its definitions in the order the
 * registry lists them, and a typed creator for each under the name a front
 * end calls (`commands.outcome.setStatus`).
 *
 * @example
 * ```ts
 * import { OutcomeStatusSchema } from '../../model/project.js';
 * import { fieldsCommand } from './collection.js';
 *
 * const setStatus = fieldsCommand('outcome/set-status', 'outcome', { status: OutcomeStatusSchema });
 * const outcome: CommandFamily<{ setStatus: typeof setStatus }> = commandFamily({ setStatus });
 * ```
 */
export interface CommandFamily<D> {
  readonly definitions: readonly D[keyof D][];
  // Written out rather than named, so the public `commands` type reads as plain creators.
  readonly commands: {
    [K in keyof D]: D[K] extends CommandDefinition<infer Type, infer Payload>
      ? (payload: CommandPayload<Payload>) => {
          readonly type: Type;
          readonly payload: CommandPayload<Payload>;
        }
      : never;
  };
}

/**
 * Gathers a family's command definitions, keyed by the creator names a
 * front end uses, into the list the registry reads and the creators
 * `commands` offers, so each command is named in one place. TSDoc written
 * on a key shows on the creator.
 *
 * @example
 * ```ts
 * import { OutcomeStatusSchema } from '../../model/project.js';
 * import { ADD_UPDATE_REMOVE, collectionCommands, fieldsCommand } from './collection.js';
 *
 * const { add, update, remove } = collectionCommands('outcome', ADD_UPDATE_REMOVE);
 * const setStatus = fieldsCommand('outcome/set-status', 'outcome', { status: OutcomeStatusSchema });
 * const outcome = commandFamily({ add, update, setStatus, remove });
 * outcome.definitions.map((definition) => definition.type);
 * // ['outcome/add', 'outcome/update', 'outcome/set-status', 'outcome/remove']
 * outcome.commands.setStatus({ id: 'o-01', status: 'achieved' });
 * ```
 */
export function commandFamily<D extends Readonly<Record<string, CommandDefinition>>>(
  definitions: D,
): CommandFamily<D> {
  const creators: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    creators[name] = creator(definition);
  }
  return {
    definitions: Object.values(definitions) as D[keyof D][],
    commands: creators as CommandFamily<D>['commands'],
  };
}
