/**
 * What every command family is built from: how a command is defined, the
 * small edit language its plan is written in, and the checks most commands
 * share (ids, references, date order).
 *
 * A command runs in two steps. Its *plan* reads the current project (plain,
 * frozen objects: fast to read) and returns edits addressed by path; only
 * then does immer's recipe walk to those paths and write. Reading through
 * immer's proxies is what makes a produce slow, so plans never see a draft.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import {
  COLLECTIONS,
  type CollectionName,
  type Period,
  periodOrderProblem,
  type Reference,
  SECTION_REFERENCES,
} from '../../model/collections.js';
import { type ProblemDetail, type ProblemParam, problem } from '../../model/errors.js';
import { deepFreeze } from '../../model/freeze.js';
import type { Project } from '../../model/project.js';
import type { DeepReadonly } from '../../model/readonly.js';
import {
  duplicateIdProblem,
  recordReferenceProblems,
  recordRuleProblems,
} from '../../model/references.js';

/**
 * A path into a project or a payload: keys and array indexes.
 *
 * @example
 * ```ts
 * const path: Path = ['group', 'members', 3, 'left'];
 * ```
 */
export type Path = readonly (string | number)[];

/**
 * One change to a project. `set`, `delete` and `remove` name the key or index
 * they change as the last path segment; `push` names the array it appends to.
 *
 * @example
 * ```ts
 * const edit: Edit = {
 *   op: 'push',
 *   path: ['ideas'],
 *   value: { id: 'i-01', summary: 'Meet at the school gate', raisedOn: '2025-03-01', status: 'open' },
 * };
 * ```
 */
export type Edit =
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'push'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: Path };

/**
 * An edit that sets a key or index. Values enter the state frozen, so
 * immer's auto-freeze skips them and nobody can change them later.
 *
 * @example
 * ```ts
 * setAt(['group', 'members', 3, 'left'], '2025-06-30');
 * ```
 */
export function setAt(path: Path, value: unknown): Edit {
  return { op: 'set', path, value: deepFreeze(value) };
}

/**
 * An edit that removes an optional key.
 *
 * @example
 * ```ts
 * deleteAt(['activities', 0, 'notes']);
 * ```
 */
export function deleteAt(path: Path): Edit {
  return { op: 'delete', path };
}

/**
 * An edit that appends to an array; the value is frozen, as with `setAt`.
 *
 * @example
 * ```ts
 * pushTo(['group', 'members'], { id: 'm-05', displayName: 'Member E', roles: ['resident'], joined: '2025-02-01' });
 * ```
 */
export function pushTo(path: Path, value: unknown): Edit {
  return { op: 'push', path, value: deepFreeze(value) };
}

/**
 * An edit that removes an array item, closing the gap.
 *
 * @example
 * ```ts
 * removeAt(['outcomes', 2]);
 * ```
 */
export function removeAt(path: Path): Edit {
  return { op: 'remove', path };
}

/**
 * Some fields of a record, as an add or an update's `changes` carries them;
 * a zod output may spell an absent field as `undefined`.
 *
 * @example
 * ```ts
 * const check = (fields: Fields<Activity>) => fields.attendance?.length;
 * ```
 */
export type Fields<T> = { readonly [K in keyof T]?: T[K] | undefined };

type Keyed = Readonly<Record<string, unknown>>;

/**
 * One record of a collection, as a project holds it.
 *
 * @example
 * ```ts
 * const involvementPoints = (leader: ItemOf<'leader'>) => leader.involvement.map((step) => step.point);
 * ```
 */
export type ItemOf<N extends CollectionName> = z.output<(typeof COLLECTIONS)[N]['schema']>;

/**
 * The code and values of a problem, to pass on when the problem is
 * re-rooted under another path (a batch, a history entry), so a front end
 * still words it in its reader's language. Only what is set is copied.
 *
 * @example
 * ```ts
 * import { type ProblemDetail, problem } from '../../model/errors.js';
 *
 * // A problem of a batch's first command, under the batch's payload, its code kept.
 * const rerooted = (p: ProblemDetail) => problem(['payload', 'commands', 0, ...p.path], p.message, codeOf(p));
 * ```
 */
export function codeOf(detail: ProblemDetail): {
  code?: string;
  params?: Readonly<Record<string, ProblemParam>>;
} {
  const { code, params } = detail;
  if (code === undefined) return {};
  return params === undefined ? { code } : { code, params };
}

/**
 * Id-to-index maps of frozen collections. A frozen array never changes, so
 * its map stays right for as long as the array lives.
 */
const frozenIndexes = new WeakMap<readonly unknown[], Map<string, number>>();

function buildIndex(items: readonly unknown[], key: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, position) => {
    const id = (item as Keyed)[key];
    if (typeof id === 'string' && !index.has(id)) index.set(id, position);
  });
  return index;
}

/**
 * Finds records by id. Within a batch the working copy's arrays are not
 * frozen; the batch owns them, tells the lookup what it appends and what it
 * rearranges, and so keeps their maps right too. Any other unfrozen array is
 * searched from the start.
 *
 * @example
 * ```ts
 * new Lookup().indexOf(project.group.members, 'm-01'); // 0, or -1 when absent
 * ```
 */
export class Lookup {
  private readonly ownedIndexes = new WeakMap<readonly unknown[], Map<string, number>>();

  constructor(private readonly owned?: WeakSet<object>) {}

  indexOf(items: readonly unknown[], id: string, key = 'id'): number {
    if (Object.isFrozen(items)) {
      let index = frozenIndexes.get(items);
      if (!index) {
        index = buildIndex(items, key);
        frozenIndexes.set(items, index);
      }
      return index.get(id) ?? -1;
    }
    if (this.owned?.has(items)) {
      let index = this.ownedIndexes.get(items);
      if (!index) {
        index = buildIndex(items, key);
        this.ownedIndexes.set(items, index);
      }
      return index.get(id) ?? -1;
    }
    return items.findIndex((item) => (item as Keyed)[key] === id);
  }

  /** Called by a batch after it appends to an array it owns. */
  appended(items: readonly unknown[], item: unknown): void {
    const index = this.ownedIndexes.get(items);
    if (!index) return;
    // Ids are keyed by `id` everywhere except the glossary, keyed by `term`.
    const id = (item as Keyed).id ?? (item as Keyed).term;
    if (typeof id === 'string' && !index.has(id)) index.set(id, items.length - 1);
  }

  /** Called by a batch after it removes or replaces an item of an array it owns. */
  rearranged(items: readonly unknown[]): void {
    this.ownedIndexes.delete(items);
  }
}

/**
 * What a plan reads and reports to: the project as it stands before the
 * command (within a batch, after the commands before it) and the problems
 * found so far.
 *
 * @example
 * ```ts
 * const ctx = new PlanContext(project, new Lookup());
 * ctx.checkReferences('responsibility', { owners: ['m-09'] }, []);
 * ctx.findings; // [{ path: ['payload', 'owners', 0], pointer: '/payload/owners/0', message: 'names a member "m-09", but there is none with that id', … }]
 * ```
 */
export class PlanContext {
  /** The problems found, with paths into the command (`['payload', …]`). */
  readonly findings: ProblemDetail[] = [];

  constructor(
    readonly project: Project,
    private readonly lookup: Lookup,
  ) {}

  /** Records a problem at a path relative to the command's payload. */
  problem(
    path: Path,
    message: string,
    coded: { code?: string; params?: Readonly<Record<string, ProblemParam>> } = {},
  ): void {
    this.findings.push(problem(['payload', ...path], message, coded));
  }

  indexOf(items: readonly unknown[], id: string, key = 'id'): number {
    return this.lookup.indexOf(items, id, key);
  }

  /** Reports when `id` is taken; the problem is the model's own duplicate check's. */
  requireNewId(items: readonly unknown[], id: string, path: Path, what: string): void {
    if (this.indexOf(items, id) >= 0) {
      this.findings.push(duplicateIdProblem(['payload', ...path], what, id));
    }
  }

  /** Returns the index of the record the command is about, or -1 after reporting it missing. */
  requireRecord(
    items: readonly unknown[] | undefined,
    id: string,
    path: Path,
    what: string,
    key = 'id',
  ): number {
    const index = items ? this.indexOf(items, id, key) : -1;
    if (index < 0) {
      // A record is named by its id, or a glossary entry by its term.
      this.problem(path, `there is no ${what} with the ${key} "${id}"`, {
        code: key === 'id' ? 'unknown-id' : `unknown-${key}`,
        params: key === 'id' ? { kind: what, id } : { [key]: id },
      });
    }
    return index;
  }

  /** The records of a collection as the project stands, or undefined while an optional list is unset. */
  itemsOf<N extends CollectionName>(name: N): readonly ItemOf<N>[] | undefined {
    let value: unknown = this.project;
    for (const key of COLLECTIONS[name].path) {
      value = (value as Keyed | undefined)?.[key];
    }
    return value as readonly ItemOf<N>[] | undefined;
  }

  /**
   * Finds the record a command is about, reporting it missing at `['id']`:
   * its index, the record and its path in the project.
   */
  findRecord<N extends CollectionName>(
    name: N,
    id: string,
  ): { readonly index: number; readonly record: ItemOf<N>; readonly path: Path } | undefined {
    const items = this.itemsOf(name);
    const index = this.requireRecord(items, id, ['id'], COLLECTIONS[name].what);
    const record = items?.[index];
    return record === undefined
      ? undefined
      : { index, record, path: [...COLLECTIONS[name].path, index] };
  }

  /**
   * Checks the references a collection's records make (from the model's
   * table), among the fields given: every field of an added record, or only
   * those an update changes. An update leaves `fixed` references to the
   * family's own check.
   */
  checkReferences(
    name: CollectionName,
    fields: Readonly<Record<string, unknown>>,
    path: Path,
    update = false,
  ): void {
    this.checkListed(COLLECTIONS[name].references, fields, path, update);
  }

  /**
   * Checks the rules a collection's records keep beyond references and
   * period (from the model's table, as parsing checks them) on `after`, the
   * record as the command would leave it. Each problem blames the part of
   * the payload behind it: with no `changes` (an added record) the field
   * itself; otherwise a field the command changes, under `prefix`;
   * `['clear']` for a field it clears; a field the record is left without,
   * under `prefix` (the payload has to give it); and `['id']` for a field it
   * left alone.
   */
  checkRules(
    name: CollectionName,
    after: Readonly<Record<string, unknown>>,
    changes?: Readonly<Record<string, unknown>>,
    clear?: readonly string[],
    prefix: Path = ['changes'],
  ): void {
    const found: ProblemDetail[] = [];
    recordRuleProblems(COLLECTIONS[name], after, [], found);
    for (const detail of found) {
      const field = detail.path[0];
      let path: Path = detail.path;
      if (changes !== undefined && typeof field === 'string') {
        if (Object.hasOwn(changes, field)) path = [...prefix, ...detail.path];
        else if (clear?.includes(field)) path = ['clear'];
        else if (after[field] === undefined) path = [...prefix, ...detail.path];
        else path = ['id'];
      }
      this.problem(path, detail.message, codeOf(detail));
    }
  }

  /**
   * Checks an item added to one of a record's lists (a reflection's action,
   * a learning entry's sharing) as parsing checks that item once it is in
   * the list, from the model's table: its references must name records, a
   * `once` reference may not name one an item already there names, and the
   * collection's rules must hold. Problems about the item are reported at
   * `path`, where the payload holds it.
   */
  checkAddedItem(
    name: CollectionName,
    record: Readonly<Record<string, unknown>> | undefined,
    list: string,
    item: unknown,
    path: Path,
  ): void {
    const collection = COLLECTIONS[name];
    const references = collection.references.filter(
      (reference: Reference) => reference.within === list,
    );
    const items = (record?.[list] ?? []) as readonly unknown[];
    const after = { ...record, [list]: [...items, item] };
    const found: ProblemDetail[] = [];
    recordReferenceProblems(after, references, [], this.exists, found);
    recordRuleProblems(collection, after, [], found);
    for (const detail of found) {
      // The record and the items already in the list were checked when they were written or read.
      if (detail.path[0] !== list || detail.path[1] !== items.length) continue;
      this.problem([...path, ...detail.path.slice(2)], detail.message, codeOf(detail));
    }
  }

  /** Checks the references a single section of the project makes, among the fields given. */
  checkSectionReferences(
    section: string,
    fields: Readonly<Record<string, unknown>>,
    path: Path,
  ): void {
    const references = SECTION_REFERENCES.filter((reference) => reference.section === section);
    this.checkListed(references, fields, path, false);
  }

  private checkListed(
    references: readonly Reference[],
    fields: Readonly<Record<string, unknown>>,
    path: Path,
    update: boolean,
  ): void {
    recordReferenceProblems(
      fields,
      references,
      ['payload', ...path],
      this.exists,
      this.findings,
      update,
    );
  }

  /** Whether a collection has a record with this id, as the project stands. */
  private readonly exists = (to: CollectionName, id: string): boolean =>
    this.indexOf(this.itemsOf(to) ?? [], id) >= 0;

  /** Reports ids given twice in one payload list. */
  checkUniqueIds(items: readonly { readonly id: string }[], path: Path, what: string): void {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        this.findings.push(duplicateIdProblem(['payload', ...path, i, 'id'], what, item.id));
      }
      seen.add(item.id);
    });
  }
}

/**
 * Tells whether `later` is before `earlier`. Dates and datetimes compare by
 * instant, as the model's own order checks do; a missing one never is.
 *
 * @example
 * ```ts
 * isBefore('2025-01-01T23:30:00-01:00', '2025-01-02'); // false: the same instant
 * ```
 */
export function isBefore(later: string | undefined, earlier: string | undefined): boolean {
  if (later === undefined || earlier === undefined) return false;
  const a = Date.parse(earlier);
  const b = Date.parse(later);
  return Number.isFinite(a) && Number.isFinite(b) && b < a;
}

/**
 * The edit that records `on` as the latest date at `path` (a last review, a
 * last occurrence): none when `current` is already as late, so an earlier
 * date recorded late changes nothing.
 *
 * @example
 * ```ts
 * keepLatest(['progressTracking', 'lastReview'], '2025-04-02', '2025-03-01'); // []
 * keepLatest(['progressTracking', 'lastReview'], '2025-04-02', '2025-05-07'); // one edit, to 2025-05-07
 * ```
 */
export function keepLatest(path: Path, current: string | undefined, on: string): Edit[] {
  if (current !== undefined && !isBefore(current, on)) return [];
  return [setAt(path, on)];
}

/**
 * Checks a period (joined/left, start/end) after an update, blaming the
 * field the payload changed: a later field set before the earlier one, or
 * an earlier field moved past the later one.
 *
 * @example
 * ```ts
 * import { TIMEFRAME_PERIOD } from '../../model/collections.js';
 *
 * // An update that moves the timeframe's end before its start is refused at `/payload/changes/end`.
 * const checkTimeframe = (
 *   ctx: PlanContext,
 *   after: Readonly<Record<string, unknown>>,
 *   changes: Readonly<Record<string, unknown>>,
 * ) => checkPeriodAfterUpdate(ctx, after, changes, TIMEFRAME_PERIOD);
 * ```
 */
export function checkPeriodAfterUpdate(
  ctx: PlanContext,
  after: Readonly<Record<string, unknown>>,
  changes: Readonly<Record<string, unknown>>,
  period: Period,
): void {
  const start = after[period.start] as string | undefined;
  const end = after[period.end] as string | undefined;
  if (!isBefore(end, start)) return;
  const moved = Object.hasOwn(changes, period.end) ? 'end' : 'start';
  const { message, ...coded } = periodOrderProblem(period, moved, moved === 'end' ? start : end);
  ctx.problem(['changes', period[moved]], message, coded);
}

/**
 * Plain JSON equality, so an update that changes nothing writes nothing.
 * Shared subtrees compare by identity first, so comparing two versions of a
 * project costs only what differs.
 *
 * @example
 * ```ts
 * jsonEqual({ a: [1, 2] }, { a: [1, 2] }); // true
 * ```
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const left = a as Keyed;
  const right = b as Keyed;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]));
}

/**
 * A record as it will be after `changes` and `clear` are applied.
 *
 * @example
 * ```ts
 * mergeRecord({ id: 'm-01', skills: ['Art'] }, { displayName: 'Sam' }, ['skills']); // { id: 'm-01', displayName: 'Sam' }
 * ```
 */
export function mergeRecord<T extends object>(
  record: T,
  changes: Readonly<Record<string, unknown>>,
  clear: readonly string[] | undefined,
): T {
  const after: Record<string, unknown> = { ...record, ...changes };
  for (const key of clear ?? []) delete after[key];
  return after as T;
}

/**
 * Edits that apply `changes` and `clear` to the record at `recordPath`,
 * one field at a time so patches name only what changed.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { MemberIdSchema } from '../../model/ids.js';
 * import { LabelSchema } from '../../model/primitives.js';
 *
 * // One edit, to `displayName`; none when the member already has that name.
 * const rename = defineCommand(
 *   'member/rename',
 *   z.strictObject({ id: MemberIdSchema, displayName: LabelSchema }),
 *   (ctx, { id, displayName }) => {
 *     const found = ctx.findRecord('member', id);
 *     return found ? planUpdate(ctx, found.path, found.record, { displayName }, undefined) : [];
 *   },
 * );
 * ```
 */
export function planUpdate(
  ctx: PlanContext,
  recordPath: Path,
  record: object,
  changes: Readonly<Record<string, unknown>>,
  clear: readonly string[] | undefined,
  clearPath: Path = ['clear'],
): Edit[] {
  const current = record as Keyed;
  const edits: Edit[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (!jsonEqual(current[key], value)) edits.push(setAt([...recordPath, key], value));
  }
  clear?.forEach((key, i) => {
    if (Object.hasOwn(changes, key)) {
      ctx.problem([...clearPath, i], `"${key}" cannot be both changed and cleared`, {
        code: 'changed-and-cleared',
        params: { field: key },
      });
    } else if (Object.hasOwn(current, key)) {
      edits.push(deleteAt([...recordPath, key]));
    }
  });
  return edits;
}

type Unwrapped<T> =
  T extends z.ZodDefault<infer Inner extends z.ZodType>
    ? Inner
    : T extends z.ZodOptional<infer Inner extends z.ZodType>
      ? Inner
      : T;

/**
 * The shape of an update's `changes`: every field optional, defaults dropped.
 *
 * @example
 * ```ts
 * import type { MemberSchema } from '../../model/group.js';
 *
 * type MemberChanges = ChangesShape<typeof MemberSchema.shape, 'id'>;
 * ```
 */
export type ChangesShape<S extends z.core.$ZodShape, Omitted extends PropertyKey> = {
  -readonly [K in Exclude<keyof S, Omitted>]: z.ZodOptional<Unwrapped<S[K]>>;
};

/**
 * Keys of a record that may be absent, and so may be cleared by an update.
 *
 * @example
 * ```ts
 * import type { MilestoneSchema } from '../../model/project.js';
 *
 * type Clearable = ClearableKeys<typeof MilestoneSchema.shape>; // 'done'
 * ```
 */
export type ClearableKeys<S extends z.core.$ZodShape> = {
  [K in keyof S]-?: S[K] extends z.ZodOptional<z.core.SomeType> ? K : never;
}[keyof S] &
  string;

/**
 * Builds the schema of an update's `changes` from a record's shape. zod's
 * own `.partial()` would fill in defaults (an empty `perspectives` list, say)
 * and so wipe fields the caller never named; unwrapping the defaults first
 * keeps an update to exactly what was sent.
 *
 * @example
 * ```ts
 * import { MemberSchema } from '../../model/group.js';
 *
 * changesSchema(MemberSchema.shape, ['id']).parse({}); // {}, not { perspectives: [], accessNeeds: 'unknown' }
 * ```
 */
export function changesSchema<S extends z.core.$ZodShape, Omitted extends PropertyKey = never>(
  shape: S,
  omit: readonly Omitted[] = [],
): z.ZodObject<ChangesShape<S, Omitted>, z.core.$strict> {
  const fields: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if ((omit as readonly PropertyKey[]).includes(key)) continue;
    let inner = schema as z.ZodType;
    if (inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    if (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
    fields[key] = inner.optional();
  }
  return z.strictObject(fields) as unknown as z.ZodObject<ChangesShape<S, Omitted>, z.core.$strict>;
}

/**
 * The schema of an update's `clear`: a list of the record's optional keys.
 *
 * @example
 * ```ts
 * import { MilestoneSchema } from '../../model/project.js';
 *
 * clearSchema(MilestoneSchema.shape).parse(['done']); // ['done']; ['title'] is refused, a milestone needs one
 * ```
 */
export function clearSchema<S extends z.core.$ZodShape>(
  shape: S,
): z.ZodOptional<z.ZodArray<z.ZodEnum<{ [K in ClearableKeys<S>]: K }>>> {
  const keys = Object.entries(shape)
    .filter(([, schema]) => schema instanceof z.ZodOptional)
    .map(([key]) => key);
  return z.array(z.enum(keys as [string, ...string[]])).optional() as unknown as z.ZodOptional<
    z.ZodArray<z.ZodEnum<{ [K in ClearableKeys<S>]: K }>>
  >;
}

/**
 * The payload of `<family>/update` for a collection with ids: the id, the
 * fields to change, and the optional fields to clear.
 *
 * @example
 * ```ts
 * import { MemberSchema } from '../../model/group.js';
 * import { MemberIdSchema } from '../../model/ids.js';
 *
 * recordUpdateSchema(MemberIdSchema, MemberSchema).parse({ id: 'm-01', changes: { displayName: 'Sam' } });
 * ```
 */
export function recordUpdateSchema<Id extends z.ZodType, S extends z.core.$ZodShape>(
  id: Id,
  record: z.ZodObject<S, z.core.$strict>,
) {
  return z.strictObject({
    id,
    changes: changesSchema(record.shape, ['id']),
    clear: clearSchema(record.shape),
  });
}

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
