/**
 * The add, update and remove commands of a collection family, made from the
 * family's entry in the model's table of collections (`model/collections.ts`:
 * where the list lives, its schema and id, what its records are called, the
 * references they make, the period they span and the rules they keep) and
 * the verbs and any command-only check the family declares here. The
 * reference checks and rules are the ones parsing makes, from the same
 * table, so a rule and its message live in one place.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import {
  COLLECTIONS,
  type Collection,
  type CollectionName,
  periodOrderProblem,
} from '../../model/collections.js';
import { IsoDateSchema } from '../../model/primitives.js';
import { checkPeriodAfterUpdate, isBefore } from './date-order.js';
import { type CommandDefinition, defineCommand } from './definition.js';
import { type Edit, pushTo, removeAt, setAt } from './edits.js';
import type { ItemOf, PlanContext } from './plan-context.js';
import { mergeRecord, planUpdate } from './record-update.js';
import { recordUpdateSchema } from './update-payload.js';

type Table = typeof COLLECTIONS;
type SchemaOf<N extends CollectionName> = Table[N]['schema'] extends infer S extends z.ZodType
  ? S
  : never;
type ShapeOf<N extends CollectionName> =
  SchemaOf<N> extends z.ZodObject<infer S extends z.core.$ZodShape, z.core.$strict> ? S : never;
type IdOf<N extends CollectionName> = Table[N]['id'] extends infer I extends z.ZodType ? I : never;

/**
 * The verbs a family offers for adding, changing and removing its records,
 * by the names its commands use (`decision/record`, `idea/raise`).
 *
 * @example
 * ```ts
 * const verbs: Verbs = { add: 'capture', update: 'update' };
 * ```
 */
export interface Verbs {
  readonly add?: string;
  readonly update?: string;
  readonly remove?: string;
}

/**
 * The verbs of a family whose records are added and changed plainly, with
 * no plain remove (members are retired; agreements are replaced all at once).
 *
 * @example
 * ```ts
 * const { add, update } = collectionCommands('leader', ADD_UPDATE);
 * add.type; // 'leader/add'
 * ```
 */
export const ADD_UPDATE = { add: 'add', update: 'update' } as const;

/**
 * The verbs of a family whose records are added, changed and removed plainly.
 *
 * @example
 * ```ts
 * const { add, update, remove } = collectionCommands('outcome', ADD_UPDATE_REMOVE);
 * remove.type; // 'outcome/remove'
 * ```
 */
export const ADD_UPDATE_REMOVE = { ...ADD_UPDATE, remove: 'remove' } as const;

/**
 * The verbs of a family whose records are recorded (activities, decisions,
 * reflections) and changed plainly, with no plain remove.
 *
 * @example
 * ```ts
 * const { add: record, update } = collectionCommands('decision', RECORD_UPDATE);
 * record.type; // 'decision/record'
 * ```
 */
export const RECORD_UPDATE = { ...ADD_UPDATE, add: 'record' } as const;

/**
 * A check a family's commands make that parsing does not (a ledger entry's
 * member may not change): it sees the record as it will be and, for an
 * update, the changes and the fields cleared. A rule a record keeps however
 * it was written belongs on the collection in the model's table instead
 * (`distinct`, `rule`), where parsing runs it too.
 *
 * @example
 * ```ts
 * const check: ExtraCheck = (ctx, after, changes) => {
 *   if (changes !== undefined && Object.hasOwn(changes, 'memberId')) {
 *     ctx.problem(['changes', 'memberId'], 'cannot change: the entry stays with its member');
 *   }
 * };
 * ```
 */
export type ExtraCheck = (
  ctx: PlanContext,
  after: Readonly<Record<string, unknown>>,
  changes: Readonly<Record<string, unknown>> | undefined,
  clear: readonly string[] | undefined,
) => void;

/**
 * What a family adds to its collection's entry in the table: a different
 * schema for the add command (a default filled in) and any check only its
 * commands make.
 *
 * @example
 * ```ts
 * import { IdeaSchema, IdeaStatusSchema } from '../../model/reflection.js';
 *
 * // An idea raised without a status is open.
 * const addSchema = IdeaSchema.extend({ status: IdeaStatusSchema.default('open') });
 * const options: FamilyOptions<typeof addSchema> = { addSchema };
 * ```
 */
export interface FamilyOptions<Add extends z.ZodType> {
  readonly addSchema?: Add;
  readonly check?: ExtraCheck;
}

/**
 * A collection's name as its commands spell it: `relatedEngagement` becomes
 * `related-engagement`.
 *
 * @example
 * ```ts
 * type Family = Kebab<'relatedEngagement'>; // 'related-engagement'
 * ```
 */
export type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/**
 * Spells a collection's or section's name as its commands do.
 *
 * @example
 * ```ts
 * kebab('progressTracking'); // 'progress-tracking', typed as such
 * ```
 */
export function kebab<S extends string>(name: S): Kebab<S> {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) as Kebab<S>;
}

type UpdateSchema<N extends CollectionName> = ReturnType<
  typeof recordUpdateSchema<IdOf<N>, ShapeOf<N>>
>;

/**
 * The command definitions {@link collectionCommands} makes, one per verb given.
 *
 * @example
 * ```ts
 * import type { InformationFlowSchema } from '../../model/governance.js';
 *
 * type FlowCommands = FamilyCommands<'flow', 'flow', { add: 'add' }, typeof InformationFlowSchema>;
 * type AddFlow = FlowCommands['add']['type']; // 'flow/add'
 * ```
 */
export type FamilyCommands<
  Family extends string,
  N extends CollectionName,
  V extends Verbs,
  Add extends z.ZodType,
> = (V extends { readonly add: infer Verb extends string }
  ? { readonly add: CommandDefinition<`${Family}/${Verb}`, Add> }
  : unknown) &
  (V extends { readonly update: infer Verb extends string }
    ? { readonly update: CommandDefinition<`${Family}/${Verb}`, UpdateSchema<N>> }
    : unknown) &
  (V extends { readonly remove: infer Verb extends string }
    ? {
        readonly remove: CommandDefinition<
          `${Family}/${Verb}`,
          z.ZodObject<{ id: IdOf<N> }, z.core.$strict>
        >;
      }
    : unknown);

interface UpdatePayload {
  readonly id: string;
  readonly changes: Readonly<Record<string, unknown>>;
  readonly clear?: readonly string[];
}

type Keyed = Readonly<Record<string, unknown>> & { readonly id: string };

/**
 * Makes a family's add, update and remove commands from its collection's
 * entry in the table and the verbs it offers, named `<family>/<verb>`.
 * Adding checks the id is new, the period, every reference the record makes,
 * the collection's rules and the family's extra check; updating checks the
 * references among the changes, and the period, rules and extra check on the
 * record as it will be; removing needs the record to exist.
 *
 * @example
 * ```ts
 * const { add, update, remove } = collectionCommands('outcome', ADD_UPDATE_REMOVE);
 * ```
 */
export function collectionCommands<
  const N extends CollectionName,
  const V extends Verbs,
  Add extends z.ZodType = SchemaOf<N>,
>(name: N, verbs: V, options: FamilyOptions<Add> = {}): FamilyCommands<Kebab<N>, N, V, Add> {
  const { check = () => {} } = options;
  const family = kebab(name);
  const collection: Collection = COLLECTIONS[name];
  const { path, what, period } = collection;
  const schema = collection.schema as z.ZodObject<ShapeOf<N>, z.core.$strict>;
  const idSchema = collection.id as IdOf<N>;
  const made: Record<string, CommandDefinition> = {};

  if (verbs.add !== undefined) {
    const addSchema = (options.addSchema ?? schema) as z.ZodType;
    made.add = defineCommand(
      `${family}/${verbs.add}`,
      addSchema,
      (ctx, payload): readonly Edit[] => {
        const record = payload as Keyed;
        const items = ctx.itemsOf(name);
        if (items) ctx.requireNewId(items, record.id, ['id'], what);
        if (period) {
          const start = record[period.start] as string | undefined;
          if (isBefore(record[period.end] as string | undefined, start)) {
            const { message, ...coded } = periodOrderProblem(period, 'end', start);
            ctx.problem([period.end], message, coded);
          }
        }
        ctx.checkReferences(name, record, []);
        ctx.checkRules(name, record);
        check(ctx, record, undefined, undefined);
        return items ? [pushTo(path, record)] : [setAt(path, [record])];
      },
    ) as unknown as CommandDefinition;
  }

  if (verbs.update !== undefined) {
    made.update = defineCommand(
      `${family}/${verbs.update}`,
      recordUpdateSchema(idSchema, schema),
      (ctx, payload): readonly Edit[] => {
        // zod cannot resolve the output of a shape this generic; its runtime form is plain.
        const { id, changes, clear } = payload as unknown as UpdatePayload;
        const found = ctx.findRecord(name, id);
        if (!found) return [];
        const record = found.record as Keyed;
        ctx.checkReferences(name, changes, ['changes'], true);
        const after = mergeRecord<Record<string, unknown>>(record, changes, clear);
        if (period) checkPeriodAfterUpdate(ctx, after, changes, period);
        ctx.checkRules(name, after, changes, clear);
        check(ctx, after, changes, clear);
        return planUpdate(ctx, found.path, record, changes, clear);
      },
    ) as unknown as CommandDefinition;
  }

  if (verbs.remove !== undefined) {
    made.remove = defineCommand(
      `${family}/${verbs.remove}`,
      z.strictObject({ id: idSchema }),
      (ctx, payload): readonly Edit[] => {
        const found = ctx.findRecord(name, (payload as unknown as { id: string }).id);
        return found ? [removeAt(found.path)] : [];
      },
    ) as unknown as CommandDefinition;
  }

  return made as FamilyCommands<Kebab<N>, N, V, Add>;
}

/**
 * The record a command is about, as {@link PlanContext.findRecord} finds it.
 *
 * @example
 * ```ts
 * import type { PlanContext } from './plan-context.js';
 *
 * const lastOccurred = (ctx: PlanContext, id: string) => {
 *   const found: Found<'flow'> | undefined = ctx.findRecord('flow', id);
 *   return found?.record.lastOccurred;
 * };
 * ```
 */
export type Found<N extends CollectionName> = NonNullable<ReturnType<PlanContext['findRecord']>> & {
  readonly record: ItemOf<N>;
};

/**
 * Defines a command about one record of a collection: its payload is the
 * record's `id` (checked against the collection's id schema) and the fields
 * of `shape`; the plan runs only when the record exists, and otherwise the
 * command is rejected naming the id.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from '../../model/primitives.js';
 * import { setAt } from './edits.js';
 *
 * const complete = recordCommand('milestone/complete', 'milestone', { on: IsoDateSchema }, (ctx, found, { on }) => [
 *   setAt([...found.path, 'done'], on),
 * ]);
 * ```
 */
export function recordCommand<
  const Type extends string,
  N extends CollectionName,
  S extends z.core.$ZodShape,
>(
  type: Type,
  collection: N,
  shape: S,
  plan: (
    ctx: PlanContext,
    found: Found<N>,
    payload: z.output<z.ZodObject<{ id: IdOf<N> } & S, z.core.$strict>>,
  ) => readonly Edit[],
): CommandDefinition<Type, z.ZodObject<{ id: IdOf<N> } & S, z.core.$strict>> {
  const payloadSchema = z.strictObject({
    id: COLLECTIONS[collection].id as unknown as IdOf<N>,
    ...shape,
  });
  return defineCommand(type, payloadSchema, (ctx, payload) => {
    const found = ctx.findRecord(collection, (payload as unknown as { id: string }).id);
    return found ? plan(ctx, found as Found<N>, payload) : [];
  }) as unknown as CommandDefinition<Type, z.ZodObject<{ id: IdOf<N> } & S, z.core.$strict>>;
}

/**
 * Defines a command that sets fields of one record from its payload: every
 * field of `shape` given is set, and one already holding the value given is
 * left as it is, so the patches name only what changed.
 *
 * @example
 * ```ts
 * import { OutcomeStatusSchema } from '../../model/project.js';
 *
 * const setStatus = fieldsCommand('outcome/set-status', 'outcome', { status: OutcomeStatusSchema });
 * // applying { id: 'o-01', status: 'achieved' } to an outcome already achieved changes nothing
 * ```
 */
export function fieldsCommand<
  const Type extends string,
  N extends CollectionName,
  S extends z.core.$ZodShape,
>(type: Type, collection: N, shape: S) {
  return recordCommand(type, collection, shape, (ctx, found, payload) => {
    // zod cannot resolve the output of a shape this generic; its runtime form is plain.
    const { id: _, ...changes } = payload as Readonly<Record<string, unknown>>;
    return planUpdate(ctx, found.path, found.record, changes, undefined);
  });
}

/**
 * Defines a command that sets a date field of a record once, from the
 * payload's `on` (`member/retire` sets `left`, `milestone/complete` sets
 * `done`). A record whose date is already set is rejected at `['id']` with
 * `already` (its code gets the record's id and that date as `id` and
 * `date`); `check` may refuse the new date.
 *
 * @example
 * ```ts
 * const complete = dateOnceCommand('milestone/complete', 'milestone', 'done', {
 *   code: 'milestone-done',
 *   message: (id, date) => `milestone "${id}" was already done on ${date}`,
 * });
 * ```
 */
export function dateOnceCommand<const Type extends string, N extends CollectionName>(
  type: Type,
  collection: N,
  field: keyof ItemOf<N> & string,
  already: { readonly code: string; readonly message: (id: string, date: string) => string },
  check: (ctx: PlanContext, record: ItemOf<N>, on: string) => void = () => {},
) {
  return recordCommand(type, collection, { on: IsoDateSchema }, (ctx, found, { on }) => {
    const id = String(found.record.id);
    const date = found.record[field] as string | undefined;
    if (date !== undefined) {
      ctx.problem(['id'], already.message(id, date), {
        code: already.code,
        params: { id, date },
      });
    } else {
      check(ctx, found.record, on);
    }
    return [setAt([...found.path, field], on)];
  });
}

/**
 * Finds an item of one of a record's lists by its index (actions and
 * involvement points have no ids), reporting at `['index']` when there is
 * none: "reflection "r-01" has 2 actions; there is none at index 5".
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { IsoDateSchema } from '../../model/primitives.js';
 * import { setAt } from './edits.js';
 *
 * const completeAction = recordCommand(
 *   'reflection/complete-action',
 *   'reflection',
 *   { index: z.int().min(0), on: IsoDateSchema },
 *   (ctx, found, { index, on }) => {
 *     // A missing action is reported, and nothing is changed.
 *     const action = requireItem(ctx, 'reflection', found, 'actions', index, 'action');
 *     if (!action) return [];
 *     return [setAt([...found.path, 'actions', index, 'done'], on)];
 *   },
 * );
 * ```
 */
export function requireItem<N extends CollectionName, K extends keyof ItemOf<N> & string>(
  ctx: PlanContext,
  name: N,
  found: Found<N>,
  list: K,
  index: number,
  what: string,
): (ItemOf<N>[K] extends readonly (infer Item)[] | undefined ? Item : never) | undefined {
  const items = (found.record[list] ?? []) as readonly unknown[];
  const item = items[index];
  if (item === undefined) {
    const count = items.length;
    const kind = COLLECTIONS[name].what;
    const id = String(found.record.id);
    ctx.problem(
      ['index'],
      `${kind} "${id}" has ${count} ${what}${count === 1 ? '' : 's'}; there is none at index ${index}`,
      { code: `no-${what.replaceAll(' ', '-')}`, params: { kind, id, count, index } },
    );
  }
  return item as never;
}
