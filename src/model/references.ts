import {
  COLLECTIONS,
  type Collection,
  type CollectionName,
  danglingMessage,
  duplicateIdMessage,
  eachReferencedId,
  listedTwiceMessage,
  type Period,
  periodOrderProblem,
  type Reference,
  repeatedMessage,
  SECTION_REFERENCES,
  sitePath,
  TIMEFRAME_PERIOD,
} from './collections.js';
import { type ProblemDetail, problem } from './errors.js';
import { isKnownTimeZone, TimeZoneSchema } from './primitives.js';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function at(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * The problem of an id another record of the same collection already has,
 * as parsing and the commands both report it.
 *
 * @internal
 */
export function duplicateIdProblem(
  path: readonly (string | number)[],
  what: string,
  id: string,
): ProblemDetail {
  return problem(path, duplicateIdMessage(what, id), {
    code: 'duplicate-id',
    params: { kind: what, id },
  });
}

/**
 * The problem of a reference to a record that does not exist, as parsing
 * and the commands both report it.
 *
 * @internal
 */
export function unknownReferenceProblem(
  path: readonly (string | number)[],
  to: CollectionName,
  id: string,
): ProblemDetail {
  return problem(path, danglingMessage(to, id), dangling(to, id));
}

/**
 * The problem of a time zone the platform does not know, as parsing and
 * `project/update` both report it.
 *
 * @internal
 */
export function unknownTimeZoneProblem(
  path: readonly (string | number)[],
  timeZone: string,
): ProblemDetail {
  return problem(path, `"${timeZone}" is not a time zone this platform knows`, {
    code: 'unknown-time-zone',
    params: { timeZone },
  });
}

function repeatedProblem(path: readonly (string | number)[], id: string): ProblemDetail {
  return problem(path, repeatedMessage(id), { code: 'repeated-attendance', params: { id } });
}

/**
 * Checks the references one record makes (or, for an update, those among
 * the fields it changes), from the collections table: each id must name a
 * record that `exists`, and a `once` reference may name a record once per
 * record. The commands check every record this way, and parsing every
 * reference but `once` ones, which it checks across a whole collection
 * with one map instead (see `checkOnce`). `skipFixed` leaves out references
 * an update may not change, which the family checks itself.
 *
 * @internal
 */
export function recordReferenceProblems(
  fields: unknown,
  references: readonly Reference[],
  base: readonly (string | number)[],
  exists: (to: CollectionName, id: string) => boolean,
  out: ProblemDetail[],
  skipFixed = false,
): void {
  for (const reference of references) {
    if (skipFixed && reference.fixed) continue;
    const seen = reference.once ? new Set<string>() : undefined;
    eachReferencedId(fields, reference, base, (id, holder, field, index) => {
      const known = exists(reference.to, id);
      if (known && seen === undefined) return;
      const path = sitePath(holder, field, index);
      if (!known) out.push(unknownReferenceProblem(path, reference.to, id));
      if (seen === undefined) return;
      if (seen.has(id)) out.push(repeatedProblem(path, id));
      seen.add(id);
    });
  }
}

/** Collects the ids of a collection, reporting duplicates. */
function collectIds(items: unknown, path: Path, what: string, out: ProblemDetail[]): Set<string> {
  const seen = new Set<string>();
  list(items).forEach((item, index) => {
    const id = at(item, 'id');
    if (typeof id !== 'string') return;
    if (seen.has(id)) out.push(duplicateIdProblem([...path, index, 'id'], what, id));
    seen.add(id);
  });
  return seen;
}

/**
 * Checks the items of a `once` reference (attendance): one map lookup per
 * row finds both a missing record and a second row for the same one, and
 * paths are built only for problems. `last` maps each id to the index of the
 * last record whose rows named it; a record's rows are checked together.
 */
function checkOnce(
  rows: unknown[],
  reference: Reference,
  last: Map<string, number>,
  recordIndex: number,
  base: Path,
  out: ProblemDetail[],
): void {
  const { field, within = '' } = reference;
  for (let j = 0; j < rows.length; j++) {
    const row = rows[j];
    const id =
      typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[field] : undefined;
    if (typeof id !== 'string') continue;
    const seen = last.get(id);
    if (seen === undefined) {
      out.push(unknownReferenceProblem([...base, within, j, field], reference.to, id));
    } else if (seen === recordIndex) {
      out.push(repeatedProblem([...base, within, j, field], id));
    } else {
      last.set(id, recordIndex);
    }
  }
}

/**
 * The code and values of a reference to a record that does not exist, so a
 * front end can word it in its own language (shared with the commands).
 *
 * @internal
 */
export function dangling(to: CollectionName, id: string) {
  const { what, article } = COLLECTIONS[to];
  return { code: 'unknown-reference', params: { kind: what, article, id } };
}

function itemsAt(doc: unknown, path: readonly string[]): unknown {
  let value = doc;
  for (const key of path) value = at(value, key);
  return value;
}

/** Whether two ISO dates or date-times carry the same offset (or none). */
function sameZone(a: string, b: string): boolean {
  if (a.length === 10) return true;
  if (a.endsWith('Z')) return b.endsWith('Z');
  return a.slice(-6) === b.slice(-6) && (a.at(-6) === '+' || a.at(-6) === '-');
}

/** Checks a record's period (or the timeframe's): its end may not be before its start. */
function checkOrder(holder: unknown, period: Period, base: Path, out: ProblemDetail[]): void {
  const earlier = at(holder, period.start);
  const later = at(holder, period.end);
  if (typeof earlier !== 'string' || typeof later !== 'string') return;
  // ISO strings of the same shape and offset sort as text; only mixed shapes
  // or offsets need the (much slower) date arithmetic.
  let reversed: boolean;
  if (earlier.length === later.length && sameZone(earlier, later)) {
    reversed = later < earlier;
  } else {
    const a = Date.parse(earlier);
    const b = Date.parse(later);
    reversed = Number.isFinite(a) && Number.isFinite(b) && b < a;
  }
  if (reversed) {
    const { message, ...coded } = periodOrderProblem(period);
    out.push(problem([...base, period.end], message, coded));
  }
}

/**
 * Checks the rules one record of a collection keeps beyond its references
 * and period, from the collections table: each `distinct` list says each
 * item once, and the collection's own `rule`. Parsing runs this on every
 * record and the commands on a record as they would leave it, so a rule and
 * its message, code and path below the record are the same in both.
 *
 * @internal
 */
export function recordRuleProblems(
  collection: Collection,
  record: unknown,
  base: readonly (string | number)[],
  out: ProblemDetail[],
): void {
  const { distinct, rule } = collection;
  if (distinct !== undefined) {
    for (const field of distinct) listedTwiceProblems(record, field, base, out);
  }
  if (rule !== undefined) rule(record, base, out);
}

/** Reports each item of a list field that an earlier item already said. */
function listedTwiceProblems(
  record: unknown,
  field: string,
  base: readonly (string | number)[],
  out: ProblemDetail[],
): void {
  const items = at(record, field);
  if (!Array.isArray(items) || items.length < 2) return;
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const value: unknown = items[i];
    if (typeof value !== 'string') continue;
    if (seen.has(value)) {
      out.push(
        problem([...base, field, i], listedTwiceMessage(value), {
          code: 'listed-twice',
          params: { value },
        }),
      );
    }
    seen.add(value);
  }
}

/** The checks of each record of a collection: its period, its references, and its rules. */
function recordProblems(
  doc: unknown,
  name: CollectionName,
  idsOf: (name: CollectionName) => Set<string>,
  out: ProblemDetail[],
): void {
  const collection: Collection = COLLECTIONS[name];
  const { path, period, references } = collection;
  // Per referenced id, the index of the last record whose `once` rows named it.
  const last = new Map<string, number>();
  const exists = (to: CollectionName, id: string) => idsOf(to).has(id);
  // Each reference on its own, made once rather than per record.
  const alone = references.map((reference) => [reference]);
  for (const reference of references) {
    if (reference.once) for (const id of idsOf(reference.to)) last.set(id, -1);
  }
  list(itemsAt(doc, path)).forEach((record, i) => {
    const base: Path = [...path, i];
    if (period) checkOrder(record, period, base, out);
    for (let r = 0; r < references.length; r++) {
      const reference = references[r] as Reference;
      if (reference.once) {
        checkOnce(list(at(record, reference.within ?? '')), reference, last, i, base, out);
      } else {
        recordReferenceProblems(record, alone[r] as Reference[], base, exists, out);
      }
    }
    recordRuleProblems(collection, record, base, out);
  });
}

type Step =
  | 'timeframe'
  | { readonly ids: CollectionName }
  | { readonly records: CollectionName }
  | { readonly section: string };

const ids = (name: CollectionName): Step => ({ ids: name });
const records = (name: CollectionName): Step => ({ records: name });

/**
 * The order the checks run in, and so the order problems are listed in. An
 * id is collected before anything names it; the order is otherwise the one
 * problems have always been listed in, so a report reads the same.
 */
const LISTED_ORDER: readonly Step[] = [
  ...(['member', 'activity', 'decision', 'leader', 'learning', 'reflection'] as const).map(ids),
  ...(['idea', 'agreement', 'outcome', 'relatedEngagement', 'acknowledgement'] as const).map(ids),
  records('acknowledgement'),
  ...(['milestone', 'perspective', 'flow', 'responsibility'] as const).map(ids),
  'timeframe',
  { section: 'coproductionMeaning' },
  { section: 'purpose' },
  { section: 'remit' },
  records('outcome'),
  { section: 'ending' },
  ...(['member', 'activity', 'decision'] as const).map(records),
  ids('recommendation'),
  records('recommendation'),
  ids('reciprocity'),
  records('reciprocity'),
  ...(['learning', 'reflection', 'idea', 'agreement', 'flow', 'responsibility'] as const).map(
    records,
  ),
];

function names(step: Step, kind: 'ids' | 'records'): CollectionName | undefined {
  if (typeof step !== 'object') return undefined;
  if (kind === 'ids') return 'ids' in step ? step.ids : undefined;
  return 'records' in step ? step.records : undefined;
}

/** The listed order, with any collection it leaves out collected first and checked last. */
const REPORT_ORDER: readonly Step[] = (() => {
  const all = Object.keys(COLLECTIONS) as CollectionName[];
  const unlisted = (kind: 'ids' | 'records') =>
    all.filter((name) => !LISTED_ORDER.some((step) => names(step, kind) === name));
  return [...unlisted('ids').map(ids), ...LISTED_ORDER, ...unlisted('records').map(records)];
})();

/**
 * The checks a project document needs beyond its JSON Schema: unique ids,
 * references that must name an existing record, a known time zone, and
 * periods that end after they start. Written to tolerate a document whose
 * shape is also wrong, so one pass can report every problem.
 *
 * @internal
 */
export function referenceProblems(doc: unknown): ProblemDetail[] {
  const out: ProblemDetail[] = [];
  if (!isObject(doc)) return out;

  const timeZone = at(doc, 'timeZone');
  // A malformed name is already reported by the schema; only ask the platform about well-formed ones.
  if (
    typeof timeZone === 'string' &&
    TimeZoneSchema.safeParse(timeZone).success &&
    !isKnownTimeZone(timeZone)
  ) {
    out.push(unknownTimeZoneProblem(['timeZone'], timeZone));
  }

  const ids = new Map<CollectionName, Set<string>>();
  const idsOf = (name: CollectionName) => ids.get(name) ?? new Set<string>();
  for (const step of REPORT_ORDER) {
    if (step === 'timeframe') {
      checkOrder(at(doc, 'timeframe'), TIMEFRAME_PERIOD, ['timeframe'], out);
    } else if ('section' in step) {
      for (const reference of SECTION_REFERENCES) {
        if (reference.section !== step.section) continue;
        recordReferenceProblems(
          at(doc, reference.section),
          [reference],
          [reference.section],
          (to, id) => idsOf(to).has(id),
          out,
        );
      }
    } else if ('ids' in step) {
      const { path, what } = COLLECTIONS[step.ids];
      ids.set(step.ids, collectIds(itemsAt(doc, path), [...path], what, out));
    } else {
      recordProblems(doc, step.records, idsOf, out);
    }
  }

  return out;
}

/**
 * Plain-words list of the checks {@link referenceProblems} makes, published in
 * the JSON Schema's description because JSON Schema cannot express them.
 *
 * @internal
 */
export const REFERENCE_CHECKS_DESCRIPTION = [
  'Checks this schema cannot express, made by parseProject():',
  'ids are unique within each collection;',
  'every member id named by an activity (chairedBy, facilitatedBy, attendance), agreement (createdBy), responsibility (owners), reflection (recordedBy, action owner), idea (raisedBy), outcome (agreedBy), reciprocity entry (memberId), purpose.agreedBy, remit.agreedBy, coproductionMeaning.agreedBy or ending.evaluatedWith exists;',
  'a member has at most one attendance row per activity;',
  'learning sources, decision activities and recommendation decisions name existing activities and decisions;',
  'a decision that is not planned has a date;',
  'an activity lists each kind of support arranged once;',
  'a learning entry records each sharing (audience and day) once;',
  'information flows name existing senior leaders;',
  'an acknowledgement names its issue by issueId or by ruleId (with an optional subject), not both, and its reviewOn is not before its on;',
  'timeZone is a time zone the platform knows;',
  'activities end after they start, members leave after they join, the timeframe ends after it starts.',
].join(' ');
