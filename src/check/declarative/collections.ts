/**
 * The collections a declarative fact can range over: each part of a project
 * that holds many records (members, activities, decisions…), plus
 * `project` itself as a collection of one, with the fields of one record
 * (read from the model's zod schemas) and a few fields the library works
 * out per record (whether a member is active, whether an activity is past).
 *
 * Records are read through their own properties only; nothing here ever
 * follows a name from a rule file into a prototype.
 *
 * @module
 */
import type * as z from 'zod';
import {
  ActivityKindSchema,
  ActivitySchema,
  type Attendance,
  AttendanceSchema,
} from '../../model/activity.js';
import {
  DayPartSchema,
  MemberSchema,
  RepresentationSchema,
  WeekdaySchema,
} from '../../model/group.js';
import { ProjectSchema } from '../../model/project.js';
import { dayToIsoDate, isoDateToDay } from '../../time/calendar.js';
import {
  type DerivedActivity,
  type DerivedMember,
  type DerivedProject,
  WEEKDAYS,
} from '../facts/derive.js';
import { hasText, isGroupReflection } from '../facts/evidence.js';
import { excerpt } from '../facts/helpers.js';
import type { RuleScope, SubjectRef } from '../types.js';
import { type FieldType, fieldTypeOf } from './fields.js';

/**
 * A field the library works out for each record, with what it means.
 *
 * @category Customisation
 * @example `const f: DerivedField = { type: { kind: 'boolean' }, description: 'Joined and not left.', reads: ['group.members[].left'] };`
 */
export interface DerivedField {
  readonly type: FieldType;
  readonly description: string;
  /** The model fields it is worked out from, as paths from the project (`group.members[].joined`). */
  readonly reads: readonly string[];
}

/**
 * One collection as rule authors see it: its name, what it holds, the
 * subject type of a finding about one of its records, and its fields.
 *
 * @category Customisation
 * @example `COLLECTIONS.find((c) => c.name === 'members')?.scope // 'member'`
 */
export interface CollectionInfo {
  readonly name: string;
  readonly description: string;
  /** Where the records are in a project document, as a JSON Pointer. */
  readonly pointer: string;
  /** The subject type of an issue about one record; absent when a record cannot be a subject. */
  readonly scope?: RuleScope | undefined;
  /** Fields of one record, from the model (and the derived ones). */
  readonly fields: Readonly<Record<string, FieldType>>;
  /** The fields the library works out for each record. */
  readonly derived: Readonly<Record<string, DerivedField>>;
}

/**
 * A collection with the means to read it, for the compiler.
 *
 * @internal
 * @example
 * ```ts
 * import { deriveProject } from '../facts/derive.js';
 *
 * const derived = deriveProject(project, new Date('2026-06-30T12:00:00Z'));
 * collectionSpec('members')?.entries(derived).length; // as many as the group has members
 * ```
 */
export interface CollectionSpec extends CollectionInfo {
  /** The records, each as an opaque entry the other functions read. */
  entries(derived: DerivedProject): readonly unknown[];
  /** The record's own fields, as in the document. */
  record(entry: unknown): Readonly<Record<string, unknown>>;
  /**
   * How to read a derived field, chosen once when a fact compiles: a
   * choice by name for every record would cost more than the read.
   */
  derivedGetter(name: string): (entry: unknown, derived: DerivedProject) => unknown;
  /**
   * For a derived date the library holds as a day number: how to read that
   * number, so a filter compares it without writing the date out and
   * reading it back.
   */
  derivedDay?(name: string): ((entry: unknown) => number) | undefined;
  /** The record's id (for grouping). */
  id(entry: unknown): string | undefined;
  /** The subject of a finding about the record. */
  subject(entry: unknown, derived: DerivedProject): SubjectRef | undefined;
}

function recordFields(schema: z.ZodType): Record<string, FieldType> {
  const type = fieldTypeOf(schema);
  return type.kind === 'record' ? { ...type.fields } : {};
}

/** A derived field with how to read it from one of its collection's entries. */
type DerivedReader<E> = DerivedField & {
  readonly get: (entry: E, derived: DerivedProject) => unknown;
};

/**
 * What a collection's derived fields give its spec: the fields of one
 * record (its own, then the derived), what each derived field means, and
 * how to read one by name. Each derived field is declared once, with its
 * reader beside it.
 */
function withDerived<E>(
  own: Readonly<Record<string, FieldType>>,
  readers: Readonly<Record<string, DerivedReader<E>>>,
): Pick<CollectionSpec, 'fields' | 'derived' | 'derivedGetter'> {
  const fields: Record<string, FieldType> = { ...own };
  const derived: Record<string, DerivedField> = {};
  for (const [name, { get, ...field }] of Object.entries(readers)) {
    fields[name] = field.type;
    derived[name] = field;
  }
  return {
    fields,
    derived,
    derivedGetter: (name) =>
      // Own keys only: a name such as "constructor" must not reach Object's.
      Object.hasOwn(readers, name)
        ? (readers[name]!.get as (entry: unknown, derived: DerivedProject) => unknown)
        : none,
  };
}

const projectFields: Readonly<Record<string, FieldType>> = recordFields(ProjectSchema);

/** The item type of a list field of the project, found by walking the model. */
function listItemFields(...path: string[]): Record<string, FieldType> {
  let type: FieldType | undefined = { kind: 'record', fields: projectFields };
  for (const key of path) {
    type =
      type?.kind === 'record' && Object.hasOwn(type.fields, key) ? type.fields[key] : undefined;
  }
  if (type?.kind !== 'list' || type.item.kind !== 'record') {
    throw new Error(`The model has no list of records at ${path.join('.')}`);
  }
  return { ...type.item.fields };
}

const EMPTY: readonly never[] = Object.freeze([]);

/** The reader of a derived field a collection does not have. */
const none = (): undefined => undefined;

/**
 * Each record's position in its list, for the pointer of a finding: worked
 * out once per check, and only when a finding is made, so the records
 * themselves serve as entries with nothing made per record.
 */
function positionOf<T>(derived: DerivedProject, key: string, list: readonly T[], item: T): number {
  const positions = derived.memo(`collection-position:${key}`, () => {
    const map = new Map<T, number>();
    for (let i = list.length - 1; i >= 0; i--) map.set(list[i]!, i);
    return map;
  });
  return positions.get(item) ?? -1;
}

interface SimpleCollection<T> {
  readonly name: string;
  readonly description: string;
  /**
   * Where the list is in the project, key by key: its JSON Pointer and the
   * fields of one record are read from it, so neither can name another place.
   */
  readonly path: readonly [string, ...string[]];
  readonly scope?: RuleScope;
  readonly list: (derived: DerivedProject) => readonly T[] | undefined;
  readonly label?: (item: T) => string;
  /** Fields the library works out for each record, with how to read each. */
  readonly derived?: Readonly<Record<string, DerivedReader<T>>>;
}

function simple<T extends { readonly id: string }>(spec: SimpleCollection<T>): CollectionSpec {
  const pointer = `/${spec.path.join('/')}`;
  return {
    name: spec.name,
    description: spec.description,
    pointer,
    scope: spec.scope,
    ...withDerived(listItemFields(...spec.path), spec.derived ?? {}),
    entries: (derived) => spec.list(derived) ?? EMPTY,
    record: (entry) => entry as Record<string, unknown>,
    id: (entry) => (entry as T).id,
    subject: (entry, derived) => {
      const item = entry as T;
      if (spec.scope === undefined || spec.label === undefined) return undefined;
      const index = positionOf(derived, spec.name, spec.list(derived) ?? EMPTY, item);
      return {
        type: spec.scope,
        id: item.id,
        label: spec.label(item),
        pointer: `${pointer}/${index}`,
      };
    },
  };
}

/** Whether a member has training that is evidence: a real title, taken on or before today. */
function trainedToDate(entry: DerivedMember, derived: DerivedProject): boolean {
  const list = entry.member.trainingTaken;
  if (list === undefined) return false;
  for (const t of list) {
    if (t.on === undefined || !(isoDateToDay(t.on) <= derived.todayDay)) continue;
    if (hasText(derived, t.title)) return true;
  }
  return false;
}

const members: CollectionSpec = {
  name: 'members',
  description: 'The members of the group, in document order.',
  pointer: '/group/members',
  scope: 'member',
  ...withDerived<DerivedMember>(recordFields(MemberSchema), {
    active: {
      type: { kind: 'boolean' },
      description:
        'Joined on or before today (or no joined date recorded) and not left on or before today.',
      reads: ['group.members[].joined', 'group.members[].left'],
      get: (entry) => entry.active,
    },
    staffSide: {
      type: { kind: 'boolean' },
      description:
        'Every role the member holds is staff, councillor or partner; a member with any community role is not staff-side.',
      reads: ['group.members[].roles'],
      get: (entry) => entry.staffSide,
    },
    trainedToDate: {
      type: { kind: 'boolean' },
      description:
        'At least one training taken has a title in real words (not a placeholder such as "tbc") and a date on or before today; training with no date, or dated after today, does not count.',
      reads: ['group.members[].trainingTaken'],
      get: trainedToDate,
    },
  }),
  entries: (derived) => derived.members,
  record: (entry) => (entry as DerivedMember).member as unknown as Record<string, unknown>,
  id: (entry) => (entry as DerivedMember).member.id,
  subject: (entry) => {
    const m = entry as DerivedMember;
    return { type: 'member', id: m.member.id, label: m.member.displayName, pointer: m.pointer };
  },
};

/**
 * The `YYYY-MM-DD` of a day number, remembered: every filter on an
 * activity's `localDate` asks for it, and a project has few distinct days.
 * A pure function of the number, so sharing it between checks is safe.
 */
const ISO_DATES = new Map<number, string>();
function isoDateOfDay(day: number): string {
  let text = ISO_DATES.get(day);
  if (text === undefined) {
    if (ISO_DATES.size >= 100_000) ISO_DATES.clear();
    text = dayToIsoDate(day);
    ISO_DATES.set(day, text);
  }
  return text;
}

const activities: CollectionSpec = {
  name: 'activities',
  description: 'Meetings and other activities, in order of their start.',
  pointer: '/activities',
  scope: 'activity',
  ...withDerived<DerivedActivity>(recordFields(ActivitySchema), {
    past: {
      type: { kind: 'boolean' },
      description: 'The activity started at or before the moment of the check.',
      reads: ['activities[].start'],
      get: (entry, derived) => entry.startMs <= derived.nowMs,
    },
    localDate: {
      type: { kind: 'date' },
      description: "The calendar date of the start, in the project's time zone.",
      reads: ['activities[].start', 'timeZone'],
      get: (entry) => isoDateOfDay(entry.day),
    },
    weekday: {
      type: { kind: 'enum', values: WeekdaySchema.options },
      description: "The weekday of the start, in the project's time zone.",
      reads: ['activities[].start', 'timeZone'],
      get: (entry) => WEEKDAYS[entry.weekday],
    },
    dayPart: {
      type: { kind: 'enum', values: DayPartSchema.options },
      description:
        "Morning (before 12:00), afternoon (before 17:00) or evening, at the start, in the project's time zone.",
      reads: ['activities[].start', 'timeZone'],
      get: (entry) => entry.dayPart,
    },
  }),
  entries: (derived) => derived.activities,
  record: (entry) => (entry as DerivedActivity).activity as unknown as Record<string, unknown>,
  derivedDay: (name) =>
    name === 'localDate' ? (entry) => (entry as DerivedActivity).day : undefined,
  id: (entry) => (entry as DerivedActivity).activity.id,
  subject: (entry) => {
    const a = entry as DerivedActivity;
    return { type: 'activity', id: a.activity.id, label: a.activity.title, pointer: a.pointer };
  },
};

interface AttendanceEntry {
  readonly row: Attendance;
  readonly activity: DerivedActivity;
}

const attendance: CollectionSpec = {
  name: 'attendance',
  description:
    "Every attendance row of every activity, flattened, in order of the activities' start: who came and how they took part.",
  pointer: '/activities',
  ...withDerived<AttendanceEntry>(recordFields(AttendanceSchema), {
    activityId: {
      type: { kind: 'id', refers: 'activities' },
      description: 'The activity the row belongs to.',
      reads: ['activities[].id'],
      get: (entry) => entry.activity.activity.id,
    },
    start: {
      type: { kind: 'datetime' },
      description: 'When that activity started.',
      reads: ['activities[].start'],
      get: (entry) => entry.activity.activity.start,
    },
    activityKind: {
      type: { kind: 'enum', values: ActivityKindSchema.options },
      description: 'The kind of that activity.',
      reads: ['activities[].kind'],
      get: (entry) => entry.activity.activity.kind,
    },
    past: {
      type: { kind: 'boolean' },
      description: 'That activity started at or before the moment of the check.',
      reads: ['activities[].start'],
      get: (entry, derived) => entry.activity.startMs <= derived.nowMs,
    },
  }),
  entries: (derived) =>
    derived.attendance.rows.length === 0
      ? EMPTY
      : derived.memo('collection:attendance', () => {
          const { rows, rowActivity } = derived.attendance;
          const out: AttendanceEntry[] = new Array(rows.length);
          for (let k = 0; k < rows.length; k++) {
            out[k] = { row: rows[k]!, activity: derived.activities[rowActivity[k]!]! };
          }
          return Object.freeze(out);
        }),
  record: (entry) => (entry as AttendanceEntry).row as unknown as Record<string, unknown>,
  id: () => undefined,
  subject: () => undefined,
};

const project: CollectionSpec = {
  name: 'project',
  description:
    'The project itself, as a collection of one record: its purpose, remit, plans and settings.',
  pointer: '',
  scope: 'project',
  fields: projectFields,
  derived: {},
  entries: (derived) => [derived.project],
  record: (entry) => entry as Record<string, unknown>,
  derivedGetter: () => none,
  id: (entry) => (entry as { id: string }).id,
  subject: () => undefined,
};

interface RepresentationEntry {
  readonly member: DerivedMember;
  readonly item: Readonly<Record<string, unknown>>;
  readonly index: number;
}

const representations: CollectionSpec = {
  name: 'representations',
  description:
    "Every wider group a member is taken to speak for, flattened over the members (each member's `represents`), with how the member is connected to it.",
  pointer: '/group/members',
  ...withDerived<RepresentationEntry>(recordFields(RepresentationSchema), {
    memberId: {
      type: { kind: 'id', refers: 'members' },
      description: 'The member who is taken to speak for the group.',
      reads: ['group.members[].id'],
      get: (entry) => entry.member.member.id,
    },
  }),
  entries: (derived) =>
    derived.memo('collection:representations', () => {
      const out: RepresentationEntry[] = [];
      for (const member of derived.members) {
        const list = member.member.represents ?? [];
        for (let index = 0; index < list.length; index++) {
          out.push({ member, item: list[index] as Readonly<Record<string, unknown>>, index });
        }
      }
      return Object.freeze(out);
    }),
  record: (entry) => (entry as RepresentationEntry).item,
  id: () => undefined,
  subject: () => undefined,
};

const SPECS: readonly CollectionSpec[] = [
  project,
  members,
  activities,
  attendance,
  representations,
  simple({
    name: 'decisions',
    description: 'Decisions made or to be made, in document order.',
    path: ['decisions'],
    scope: 'decision',
    list: (d) => d.project.decisions,
    label: (d) => d.title,
  }),
  simple({
    name: 'learning',
    description: 'Learning the group captured.',
    path: ['learning'],
    scope: 'learning',
    list: (d) => d.project.learning,
    label: (l) => excerpt(l.insight),
  }),
  simple({
    name: 'reflections',
    description: "The group's reflections on framework questions.",
    path: ['reflections'],
    scope: 'reflection',
    list: (d) => d.project.reflections,
    label: (r) => r.questionId,
    derived: {
      byTheGroup: {
        type: { kind: 'boolean' },
        description:
          'Recorded by the group itself: among the members who recorded it, at least as many members of the community (not staff, councillors or partners) as the council asks for, one unless it says otherwise. A reflection that names nobody is not.',
        reads: ['reflections[].recordedBy', 'group.members[].roles'],
        get: (reflection, derived) => isGroupReflection(derived, reflection),
      },
    },
  }),
  simple({
    name: 'responsibilities',
    description: 'Areas of responsibility and who owns each.',
    path: ['governance', 'responsibilities'],
    list: (d) => d.project.governance.responsibilities,
  }),
  simple({
    name: 'agreements',
    description: 'The ways of working the group agreed.',
    path: ['agreements'],
    scope: 'agreement',
    list: (d) => d.project.agreements,
    label: (a) => excerpt(a.text),
  }),
  simple({
    name: 'recommendations',
    description: 'What the group recommended, and the answers.',
    path: ['recommendations'],
    scope: 'recommendation',
    list: (d) => d.project.recommendations,
    label: (r) => excerpt(r.summary),
  }),
  simple({
    name: 'outcomes',
    description: 'The outcomes the group wants.',
    path: ['outcomes'],
    scope: 'outcome',
    list: (d) => d.project.outcomes,
    label: (o) => excerpt(o.description),
  }),
  simple({
    name: 'ideas',
    description: 'Ideas members raised, and what became of them.',
    path: ['ideas'],
    scope: 'idea',
    list: (d) => d.project.ideas,
    label: (i) => excerpt(i.summary),
  }),
  simple({
    name: 'milestones',
    description: 'Milestones in the timeframe.',
    path: ['timeframe', 'milestones'],
    scope: 'milestone',
    list: (d) => d.project.timeframe.milestones,
    label: (m) => m.title,
  }),
  simple({
    name: 'requiredPerspectives',
    description: 'The perspectives or experiences the work needs.',
    path: ['group', 'requiredPerspectives'],
    scope: 'perspective',
    list: (d) => d.project.group.requiredPerspectives,
    label: (p) => p.label,
  }),
  simple({
    name: 'seniorLeaders',
    description: 'Senior leaders the work needs, and their involvement.',
    path: ['governance', 'seniorLeaders'],
    scope: 'leader',
    list: (d) => d.project.governance.seniorLeaders,
    label: (l) => l.name,
  }),
  simple({
    name: 'informationFlows',
    description: 'How information passes between the group and senior leaders.',
    path: ['governance', 'informationFlows'],
    scope: 'flow',
    list: (d) => d.project.governance.informationFlows,
    label: (f) =>
      f.direction === 'group-to-leaders'
        ? 'From the group to senior leaders'
        : 'From senior leaders to the group',
  }),
  simple({
    name: 'relatedEngagement',
    description: 'Other engagement in the organisation that touches the same people or topic.',
    path: ['relatedEngagement'],
    list: (d) => d.project.relatedEngagement,
  }),
  simple({
    name: 'reciprocity',
    description:
      'The reciprocity ledger: what each member was offered and received for taking part (payment, vouchers, time credits, expenses, training, references, recognition), with its dates.',
    path: ['reciprocity'],
    list: (d) => d.project.reciprocity,
  }),
];

const BY_NAME: ReadonlyMap<string, CollectionSpec> = new Map(SPECS.map((c) => [c.name, c]));

/**
 * Every collection a declarative fact can range over, in documentation
 * order, with the fields of one record.
 *
 * @category Customisation
 * @example `COLLECTIONS.map((c) => c.name) // ['project', 'members', 'activities', ...]`
 */
export const COLLECTIONS: readonly CollectionInfo[] = Object.freeze(
  SPECS.map(({ name, description, pointer, scope, fields, derived }) =>
    Object.freeze({ name, description, pointer, scope, fields, derived }),
  ),
);

/**
 * A collection's spec by name, own names only.
 *
 * @internal
 * @example `collectionSpec('members')?.scope // 'member'`
 */
export function collectionSpec(name: string): CollectionSpec | undefined {
  return BY_NAME.get(name);
}

/**
 * Every collection name.
 *
 * @internal
 * @example `collectionNames().includes('attendance') // true`
 */
export function collectionNames(): readonly string[] {
  return SPECS.map((c) => c.name);
}
