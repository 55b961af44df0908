/**
 * Add, update and remove for the plain collections of a project whose
 * records name no other record (outcomes, milestones, required
 * perspectives, related engagement). Those three commands read the same for
 * each, so they are made here rather than written out four times.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import type { Project } from '../../model/project.js';
import {
  type CommandDefinition,
  defineCommand,
  type Edit,
  mergeRecord,
  type Path,
  type PlanContext,
  planUpdate,
  pushTo,
  recordUpdateSchema,
  removeAt,
  setAt,
} from './shared.js';

/**
 * Where a collection lives in a project; `items` is undefined while an optional list is unset.
 *
 * @example
 * ```ts
 * const outcomes: CollectionPlace<Outcome> = { path: ['outcomes'], items: (p) => p.outcomes, what: 'outcome' };
 * ```
 */
export interface CollectionPlace<Item> {
  readonly path: Path;
  readonly items: (project: Project) => readonly Item[] | undefined;
  /** What one record is called in messages, such as "milestone". */
  readonly what: string;
}

interface UpdatePayload {
  readonly id: string;
  readonly changes: Readonly<Record<string, unknown>>;
  readonly clear?: readonly string[];
}

/**
 * Makes `<family>/add`, `<family>/update` and `<family>/remove` for a
 * collection with ids. `checkRecord` sees the record as it will be and, for
 * an update, the changes, to report what the schema cannot.
 *
 * @example
 * ```ts
 * const { add, update, remove } = idCollectionCommands('outcome', OutcomeSchema, OutcomeIdSchema, {
 *   path: ['outcomes'],
 *   items: (project) => project.outcomes,
 *   what: 'outcome',
 * });
 * ```
 */
export function idCollectionCommands<
  const Family extends string,
  S extends z.core.$ZodShape,
  Id extends z.ZodType<string>,
>(
  family: Family,
  schema: z.ZodObject<S, z.core.$strict>,
  idSchema: Id,
  place: CollectionPlace<{ readonly id: string }>,
  checkRecord: (
    ctx: PlanContext,
    after: Readonly<Record<string, unknown>>,
    changes: Readonly<Record<string, unknown>> | undefined,
  ) => void = () => {},
) {
  const add = defineCommand(`${family}/add`, schema, (ctx, record): readonly Edit[] => {
    const item = record as { readonly id: string };
    const items = place.items(ctx.project);
    if (items) ctx.requireNewId(items, item.id, ['id'], place.what);
    checkRecord(ctx, item, undefined);
    return items ? [pushTo(place.path, item)] : [setAt(place.path, [item])];
  });

  const update = defineCommand(
    `${family}/update`,
    recordUpdateSchema(idSchema, schema),
    (ctx, payload): readonly Edit[] => {
      // zod cannot resolve the output of a shape this generic; its runtime form is plain.
      const { id, changes, clear } = payload as unknown as UpdatePayload;
      const items = place.items(ctx.project);
      const index = ctx.requireRecord(items, id, ['id'], place.what);
      const record = items?.[index];
      if (!record) return [];
      checkRecord(ctx, mergeRecord<Record<string, unknown>>(record, changes, clear), changes);
      return planUpdate(ctx, [...place.path, index], record, changes, clear);
    },
  );

  const remove = defineCommand(
    `${family}/remove`,
    z.strictObject({ id: idSchema }),
    (ctx, payload): readonly Edit[] => {
      const { id } = payload as { id: string };
      const items = place.items(ctx.project);
      const index = ctx.requireRecord(items, id, ['id'], place.what);
      return [removeAt([...place.path, index])];
    },
  );

  return { add, update, remove } as {
    add: CommandDefinition<`${Family}/add`, typeof schema>;
    update: CommandDefinition<`${Family}/update`, ReturnType<typeof recordUpdateSchema<Id, S>>>;
    remove: CommandDefinition<`${Family}/remove`, z.ZodObject<{ id: Id }, z.core.$strict>>;
  };
}
