/**
 * What a plan reads and reports to: the project as it stands, the records
 * of its collections, and the checks most commands share (new ids, records
 * that must exist, references, the model's record rules), each reporting
 * its problems at a path into the command's payload. The checks read the
 * model's own tables, so a command refuses what parsing the project it
 * leaves would refuse, and blames the part of the payload behind it.
 *
 * @internal
 * @module
 */
import type * as z from 'zod';
import {
  COLLECTIONS,
  type CollectionName,
  type Reference,
  SECTION_REFERENCES,
} from '../../model/collections.js';
import { type ProblemDetail, type ProblemParam, problem } from '../../model/errors.js';
import type { Project } from '../../model/project.js';
import {
  duplicateIdProblem,
  recordReferenceProblems,
  recordRuleProblems,
} from '../../model/references.js';
import type { Path } from './edits.js';
import type { Lookup } from './lookup.js';
import { codeOf } from './problem-code.js';

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
 * What a plan reads and reports to: the project as it stands before the
 * command (within a batch, after the commands before it) and the problems
 * found so far.
 *
 * @example
 * ```ts
 * import { Lookup } from './lookup.js';
 *
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
