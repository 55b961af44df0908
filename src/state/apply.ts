/**
 * Applying commands to a project: one at a time, with patches, or many in a
 * single pass.
 *
 * @module
 */
import { enablePatches, Immer, isDraft, type Patch } from 'immer';
import * as z from 'zod';
import { CoproduceError, type ProblemDetail, problem } from '../model/errors.js';
import { deepFreeze, isLibraryOwned, isVouched, markVouched } from '../model/freeze.js';
import { COMMAND_LIMITS } from '../model/limits.js';
import { parseProject } from '../model/parse.js';
import { plainCopy } from '../model/plain-copy.js';
import type { Project } from '../model/project.js';
import { zodProblems } from '../model/zod-problems.js';
import type { Edit, Path } from './commands/edits.js';
import { type BatchCommand, type Command, commandTypes, definitionFor } from './commands/index.js';
import { Lookup } from './commands/lookup.js';
import { PlanContext } from './commands/plan-context.js';
import { codeOf } from './commands/problem-code.js';

// Registers immer's patch plugin; it changes no setting of anybody's immer.
enablePatches();

/**
 * The library's own immer: auto-freeze on, whatever an application has done
 * to immer's global settings.
 *
 * @internal
 * @example
 * ```ts
 * import { setAutoFreeze } from 'immer';
 *
 * setAutoFreeze(false); // an application's own immer
 * const next = immer.produce(project, (draft) => {
 *   draft.title = 'Young carers travel offer';
 * });
 * Object.isFrozen(next); // true: the library's immer freezes whatever the application chose
 * ```
 */
export const immer = new Immer({ autoFreeze: true });

/**
 * One change between two versions of a project, as immer records it: plain
 * JSON, so it can be stored and sent. `path` is keys and array indexes.
 *
 * @category State
 * @example
 * ```ts
 * const patch: ProjectPatch = { op: 'replace', path: ['group', 'members', 0, 'left'], value: '2025-06-30' };
 * ```
 */
export interface ProjectPatch {
  readonly op: 'add' | 'remove' | 'replace';
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
}

/**
 * A new project with the patches that lead to it and back.
 *
 * @category State
 * @example
 * ```ts
 * const { project: next, patches, inversePatches }: PatchedProject =
 *   applyCommandWithPatches(project, commands.project.setStage({ stage: 'during' }));
 * ```
 */
export interface PatchedProject {
  /** The project after the command. */
  readonly project: Project;
  /** What changed, from the old project to the new one. */
  readonly patches: readonly ProjectPatch[];
  /** The way back, from the new project to the old one. */
  readonly inversePatches: readonly ProjectPatch[];
}

/** A command checked and planned: its normalised form and the edits it makes. */
interface Planned {
  readonly command: Command;
  readonly edits: readonly Edit[];
}

const sharedLookup = new Lookup();

/**
 * The payload as the schema should see it: plain data, with keys set to
 * `undefined` left out (to TypeScript they mean "absent", and JSON cannot
 * carry them) and -0 as 0, and a `"__proto__"` key kept as a key to refuse.
 */
const normalise = (value: unknown): unknown => plainCopy(value, { dropUndefined: true });

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rejected(type: string, problems: readonly ProblemDetail[]): CoproduceError {
  const count = problems.length;
  return new CoproduceError(
    'invalid-command',
    `The command "${type}" cannot be applied: ${count} problem${count === 1 ? '' : 's'}:`,
    problems,
  );
}

function unknownCommand(type: string): CoproduceError {
  const family = type.includes('/') ? type.slice(0, type.indexOf('/') + 1) : undefined;
  const siblings = family ? commandTypes.filter((known) => known.startsWith(family)) : [];
  const hint =
    siblings.length > 0
      ? `; the ${family?.slice(0, -1)} commands are ${siblings.join(', ')}`
      : '; see commandTypes for the list';
  return new CoproduceError(
    'unknown-command',
    `"${type}" is not a command this version of coproduce knows.`,
    [
      problem(['type'], `"${type}" is not a known command type${hint}`, {
        code: siblings.length > 0 ? 'unknown-command-type.family' : 'unknown-command-type',
        params:
          siblings.length > 0
            ? { type, family: family!.slice(0, -1), commands: siblings }
            : { type },
      }),
    ],
  );
}

/** Re-roots a sub-command's problems under the batch's path to it. */
function withinBatch(error: CoproduceError, prefix: Path, summary: string): CoproduceError {
  return new CoproduceError(
    error.code,
    summary,
    // The code and values travel too, so a front end words the problem the same way.
    error.problems.map((p) => problem([...prefix, ...p.path], p.message, codeOf(p))),
  );
}

function readType(input: unknown): string {
  if (!isPlainObject(input)) {
    throw new CoproduceError('invalid-command', 'A command must be an object.', [
      problem([], 'must be a command: an object with a "type" and a "payload"', {
        code: 'not-a-command',
      }),
    ]);
  }
  const type = input.type;
  if (typeof type !== 'string') {
    throw new CoproduceError('invalid-command', 'A command needs a "type".', [
      type === undefined
        ? problem(['type'], 'is required', { code: 'required' })
        : problem(['type'], 'must be text, such as "member/add"', {
            code: 'command-type-not-text',
          }),
    ]);
  }
  return type;
}

/**
 * The working copy of a batch: a plain, unfrozen project each command's plan
 * can read quickly, updated in place (copy-on-write, once per container) as
 * commands are planned. Its arrays are its own, so it can keep their
 * id-to-index maps up to date instead of rebuilding them per command.
 */
class WorkingCopy {
  private readonly owned = new WeakSet<object>();
  readonly lookup = new Lookup(this.owned);

  constructor(public project: Project) {}

  private own<T extends object>(value: T): T {
    if (this.owned.has(value)) return value;
    const copy = (Array.isArray(value) ? value.slice() : { ...value }) as T;
    this.owned.add(copy);
    return copy;
  }

  apply(edits: readonly Edit[]): void {
    for (const edit of edits) {
      const { path } = edit;
      const depth = edit.op === 'push' ? path.length : path.length - 1;
      this.project = this.own(this.project);
      let node = this.project as unknown as Record<string | number, unknown>;
      for (let i = 0; i < depth; i++) {
        const key = path[i] as string | number;
        const child = node[key] as Record<string | number, unknown>;
        const mine = this.own(child);
        if (mine !== child) node[key] = mine;
        node = mine;
      }
      const last = path[path.length - 1] as string | number;
      switch (edit.op) {
        case 'set':
          if (Array.isArray(node)) this.lookup.rearranged(node);
          node[last] = edit.value;
          break;
        case 'delete':
          delete node[last];
          break;
        case 'push': {
          const list = node as unknown as unknown[];
          list.push(edit.value);
          this.lookup.appended(list, edit.value);
          break;
        }
        case 'remove': {
          const list = node as unknown as unknown[];
          list.splice(last as number, 1);
          this.lookup.rearranged(list);
          break;
        }
      }
    }
  }
}

/**
 * Writes planned edits into immer's draft: a walk down each path, then one
 * write. Within a batch, a later command may change a record an earlier one
 * added; immer hands that record back as the frozen value it was given, not
 * as a draft, so the walk swaps in a copy it can write to.
 */
function writeEdits(draft: unknown, edits: readonly Edit[]): void {
  for (const edit of edits) {
    const { path } = edit;
    const depth = edit.op === 'push' ? path.length : path.length - 1;
    let node = draft as Record<string | number, unknown>;
    for (let i = 0; i < depth; i++) {
      const key = path[i] as string | number;
      let child = node[key] as Record<string | number, unknown>;
      if (Object.isFrozen(child) && !isDraft(child)) {
        child = (Array.isArray(child) ? child.slice() : { ...child }) as typeof child;
        node[key] = child;
      }
      node = child;
    }
    const last = path[path.length - 1] as string | number;
    switch (edit.op) {
      case 'set':
        node[last] = edit.value;
        break;
      case 'delete':
        delete node[last];
        break;
      case 'push':
        (node as unknown as unknown[]).push(edit.value);
        break;
      case 'remove':
        (node as unknown as unknown[]).splice(last as number, 1);
        break;
    }
  }
}

function planSingle(project: Project, input: unknown, lookup: Lookup, type: string): Planned {
  const definition = definitionFor(type);
  if (!definition) throw unknownCommand(type);
  const parsed = definition.schema.safeParse(normalise(input), { reportInput: true });
  if (!parsed.success)
    throw rejected(type, zodProblems(parsed.error, { schema: definition.schema }));
  const ctx = new PlanContext(project, lookup);
  const edits = definition.plan(ctx, parsed.data.payload);
  if (ctx.findings.length > 0) {
    throw rejected(type, ctx.findings);
  }
  return { command: parsed.data as unknown as Command, edits };
}

const BatchEnvelopeSchema = z.strictObject({
  type: z.literal('batch'),
  payload: z.strictObject({ commands: z.array(z.unknown()) }),
});

/**
 * Plans a list of commands against one working copy, so each sees the ones
 * before it. Nested batches share the working copy.
 */
function planList(
  list: readonly unknown[],
  working: WorkingCopy,
  pathTo: (index: number) => Path,
  where: string,
): Planned[] {
  const planned: Planned[] = [];
  list.forEach((input, index) => {
    let step: Planned;
    try {
      const type = readType(input);
      step =
        type === 'batch'
          ? planBatch(input, working)
          : planSingle(working.project, input, working.lookup, type);
    } catch (error) {
      if (!(error instanceof CoproduceError)) throw error;
      const type = isPlainObject(input) && typeof input.type === 'string' ? ` (${input.type})` : '';
      throw withinBatch(
        error,
        pathTo(index),
        `Command ${index + 1} of ${list.length}${type} ${where} was rejected, so none was applied:`,
      );
    }
    // A nested batch has already written its edits into the working copy.
    if (step.command.type !== 'batch') working.apply(step.edits);
    planned.push(step);
  });
  return planned;
}

function concatEdits(planned: readonly Planned[]): Edit[] {
  const edits: Edit[] = [];
  for (const step of planned) for (const edit of step.edits) edits.push(edit);
  return edits;
}

function planBatch(input: unknown, working: WorkingCopy): Planned {
  const parsed = BatchEnvelopeSchema.safeParse(input, { reportInput: true });
  if (!parsed.success)
    throw rejected('batch', zodProblems(parsed.error, { schema: BatchEnvelopeSchema }));
  const planned = planList(
    parsed.data.payload.commands,
    working,
    (index) => ['payload', 'commands', index],
    'in the batch',
  );
  const batch: BatchCommand = {
    type: 'batch',
    payload: { commands: planned.map((step) => step.command) },
  };
  return { command: batch, edits: concatEdits(planned) };
}

/**
 * Refuses batches nested deeper than {@link COMMAND_LIMITS}, before anything
 * recurses into them. The walk keeps its own stack, so it cannot overflow
 * however deep the input is, and stops at the first batch past the limit.
 */
function checkBatchDepth(input: unknown, path: Path = []): void {
  const pending: { value: unknown; depth: number; path: Path }[] = [
    { value: input, depth: 1, path },
  ];
  while (pending.length > 0) {
    const { value, depth, path: at } = pending.pop()!;
    if (!isPlainObject(value) || value.type !== 'batch') continue;
    if (depth > COMMAND_LIMITS.maxBatchDepth) {
      throw new CoproduceError(
        'limit-exceeded',
        `Batches are nested more than ${COMMAND_LIMITS.maxBatchDepth} deep; nothing was applied.`,
        [
          problem(at, `a batch may hold batches at most ${COMMAND_LIMITS.maxBatchDepth} deep`, {
            code: 'batch-too-deep',
            params: { depth: COMMAND_LIMITS.maxBatchDepth },
          }),
        ],
      );
    }
    const payload = value.payload;
    if (!isPlainObject(payload) || !Array.isArray(payload.commands)) continue;
    const list = payload.commands as unknown[];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (isPlainObject(item) && item.type === 'batch') {
        pending.push({ value: item, depth: depth + 1, path: [...at, 'payload', 'commands', i] });
      }
    }
  }
}

function plan(project: Project, input: unknown): Planned {
  checkBatchDepth(input);
  const type = readType(input);
  if (type === 'batch') return planBatch(input, new WorkingCopy(project));
  return planSingle(project, input, sharedLookup, type);
}

/**
 * Commands work on deep-frozen, valid projects, and immer relies on the
 * freezing: given an unfrozen base it would freeze the caller's own objects.
 * A project fresh from parseProject shares nothing with anyone, so it is
 * frozen in place; a command's result is already frozen; any other project
 * (built by hand, say) is validated by parseProject, which also copies it,
 * and the copy is frozen, so a hand-made invalid project is refused with
 * `invalid-project` rather than breaking a command.
 *
 * @internal
 * @example
 * ```ts
 * const handBuilt = { ...project, title: 'Young carers travel offer' };
 * const base = frozenProject(handBuilt); // a frozen, checked copy: the caller's objects stay unfrozen
 * const parsed = parseProject(input);
 * frozenProject(parsed) === parsed; // true: a project parseProject returned is used as it is
 * frozenProject(undefined as never, 'A history needs a project to start from.'); // throws 'invalid-project'
 * ```
 */
export function frozenProject(
  project: Project,
  summary = 'A command needs a project to apply to.',
): Project {
  if (typeof project !== 'object' || project === null) {
    throw new CoproduceError('invalid-project', summary, [
      problem([], 'must be a project, such as one from parseProject()', { code: 'not-a-project' }),
    ]);
  }
  if (isVouched(project)) {
    if (Object.isFrozen(project)) return project;
    if (isLibraryOwned(project)) return deepFreeze(project);
  }
  // A project the library did not make or check (built by hand, say): check
  // it, which also copies it, so the caller's objects are never frozen.
  return deepFreeze(parseProject(project));
}

function produce(project: Project, edits: readonly Edit[]): Project {
  if (edits.length === 0) return project;
  return markVouched(
    immer.produce(project, (draft) => {
      writeEdits(draft, edits);
    }),
  );
}

function produceWithPatches(
  project: Project,
  edits: readonly Edit[],
): { project: Project; patches: ProjectPatch[]; inversePatches: ProjectPatch[] } {
  if (edits.length === 0) return { project, patches: [], inversePatches: [] };
  const [next, patches, inversePatches] = immer.produceWithPatches(project, (draft) => {
    writeEdits(draft, edits);
  });
  return {
    project: markVouched(next),
    patches: deepFreeze(patches as ProjectPatch[]),
    inversePatches: deepFreeze(inversePatches as ProjectPatch[]),
  };
}

/**
 * Applies one command and returns the new project. The input is never
 * changed; the result is deeply frozen and shares every unchanged part with
 * the input. A command that changes nothing returns the input itself.
 *
 * @throws {@link CoproduceError} with code `unknown-command` for a type it
 * does not know, or `invalid-command` listing every problem with its path
 * into the command (such as `['payload', 'attendance', 0, 'memberId']`).
 *
 * @category State
 * @example
 * ```ts
 * import { applyCommand, commands, parseProject } from 'coproduce';
 *
 * const project = parseProject(input);
 * const next = applyCommand(
 *   project,
 *   commands.member.add({ id: 'm-07', displayName: 'Member G', roles: ['carer'] }),
 * );
 * ```
 */
export function applyCommand(project: Project, command: Command): Project {
  const base = frozenProject(project);
  return produce(base, plan(base, command).edits);
}

/**
 * Applies one command and also returns immer's patches to and from the new
 * project: plain JSON, for undo, sync or an audit trail.
 *
 * @throws {@link CoproduceError} as {@link applyCommand} does.
 *
 * @category State
 * @example
 * ```ts
 * const { project: next, inversePatches } = applyCommandWithPatches(
 *   project,
 *   commands.member.retire({ id: 'm-01', on: '2025-06-30' }),
 * );
 * ```
 */
export function applyCommandWithPatches(project: Project, command: Command): PatchedProject {
  const base = frozenProject(project);
  return produceWithPatches(base, plan(base, command).edits);
}

/**
 * Applies one command for a history: the new project, its patches, and the
 * command as validated (defaults filled in, so replaying it gives the same
 * result).
 *
 * @internal
 * @example
 * ```ts
 * const { project: next, patches, inversePatches, command: recorded } = applyCommandForHistory(
 *   project,
 *   commands.member.retire({ id: 'm-01', on: '2025-06-30' }),
 * );
 * ```
 */
export function applyCommandForHistory(
  project: Project,
  command: Command,
): PatchedProject & { readonly command: Command } {
  const base = frozenProject(project);
  const planned = plan(base, command);
  return { ...produceWithPatches(base, planned.edits), command: planned.command };
}

/**
 * Applies many commands in order, in one immer pass: all of them, or none
 * if any is rejected. Each command sees the ones before it, so a batch can
 * add a member and then record their attendance. The result equals applying
 * the commands one at a time, at a fraction of the cost for a bulk import.
 *
 * @throws {@link CoproduceError} for the first command rejected, with paths
 * starting at its index in `list` (such as `[3, 'payload', 'id']`).
 *
 * @category State
 * @example
 * ```ts
 * // Members from a sign-up sheet, added all or nothing.
 * const rows = [
 *   { id: 'm-08', displayName: 'Member H', roles: ['resident' as const] },
 *   { id: 'm-09', displayName: 'Member I', roles: ['carer' as const] },
 * ];
 * const next = applyCommands(project, rows.map((row) => commands.member.add(row)));
 * ```
 */
export function applyCommands(project: Project, list: readonly Command[]): Project {
  const base = frozenProject(project);
  if (!Array.isArray(list)) {
    throw new CoproduceError('invalid-command', 'applyCommands needs a list of commands.', [
      problem([], 'must be a list of commands', { code: 'not-a-command-list' }),
    ]);
  }
  list.forEach((item, index) => {
    checkBatchDepth(item, [index]);
  });
  const planned = planList(list, new WorkingCopy(base), (index) => [index], 'in the list');
  return produce(base, concatEdits(planned));
}

/**
 * The outcome of {@link safeApplyCommand}: the new project, or why the
 * command was rejected.
 *
 * @category State
 * @example
 * ```ts
 * const result: ApplyCommandResult = safeApplyCommand(project, commands.member.retire({ id: 'm-01', on: '2026-11-20' }));
 * const next = result.success ? result.project : project;
 * ```
 */
export type ApplyCommandResult =
  | { readonly success: true; readonly project: Project }
  | { readonly success: false; readonly error: CoproduceError };

/**
 * Applies a command without throwing for a rejected one, so a form can show
 * the problems next to its fields before dispatching.
 *
 * @category State
 * @example
 * ```ts
 * const result = safeApplyCommand(
 *   project,
 *   commands.activity.setAttendance({ id: 'a-03', attendance: [{ memberId: 'm-01', contributions: 4 }] }),
 * );
 * if (!result.success) for (const p of result.error.problems) console.error(p.path.join('.'), p.message);
 * ```
 */
export function safeApplyCommand(project: Project, command: Command): ApplyCommandResult {
  try {
    return { success: true, project: applyCommand(project, command) };
  } catch (error) {
    if (error instanceof CoproduceError) return { success: false, error };
    throw error;
  }
}

/**
 * Validates a command's shape without a project (an unknown type, a missing
 * field, a malformed date) and returns it normalised: defaults filled in,
 * `undefined` keys dropped. Checks that need the project (does that member
 * exist?) happen when it is applied.
 *
 * @throws {@link CoproduceError} with code `unknown-command` or `invalid-command`.
 *
 * @category State
 * @example
 * ```ts
 * // A command sent by a web form as JSON, validated before it is applied.
 * const command = parseCommand(JSON.parse(text));
 * const next = applyCommand(project, command);
 * ```
 */
export function parseCommand(input: unknown): Command {
  checkBatchDepth(input);
  const type = readType(input);
  if (type === 'batch') {
    const parsed = BatchEnvelopeSchema.safeParse(input, { reportInput: true });
    if (!parsed.success)
      throw rejected('batch', zodProblems(parsed.error, { schema: BatchEnvelopeSchema }));
    const list = parsed.data.payload.commands;
    const inner = list.map((item, index) => {
      try {
        return parseCommand(item);
      } catch (error) {
        if (!(error instanceof CoproduceError)) throw error;
        throw withinBatch(
          error,
          ['payload', 'commands', index],
          `Command ${index + 1} of ${list.length} in the batch is not valid:`,
        );
      }
    });
    return deepFreeze({ type: 'batch', payload: { commands: inner } });
  }
  const definition = definitionFor(type);
  if (!definition) throw unknownCommand(type);
  const parsed = definition.schema.safeParse(normalise(input), { reportInput: true });
  if (!parsed.success)
    throw rejected(type, zodProblems(parsed.error, { schema: definition.schema }));
  return deepFreeze(parsed.data as unknown as Command);
}

/**
 * Applies patches with the library's immer, for undo, redo and rebuilding
 * a past state.
 *
 * @internal
 * @example
 * ```ts
 * const retire = commands.member.retire({ id: 'm-01', on: '2025-06-30' });
 * const { project: after, inversePatches } = applyCommandWithPatches(project, retire);
 * const before = applyPatches(after, inversePatches); // equal to `project` again
 * ```
 */
export function applyPatches(project: Project, patches: readonly ProjectPatch[]): Project {
  if (patches.length === 0) return project;
  return markVouched(immer.applyPatches(project, patches as unknown as Patch[]));
}
