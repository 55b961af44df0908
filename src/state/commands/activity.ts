/**
 * `activity/*`: meetings and the other ways the group works, and who came.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { type Activity, ActivitySchema, AttendanceSchema } from '../../model/activity.js';
import { SupportSchema } from '../../model/group.js';
import { ActivityIdSchema } from '../../model/ids.js';
import {
  checkPeriodAfterUpdate,
  creator,
  defineCommand,
  type Fields,
  isBefore,
  mergeRecord,
  type Path,
  type PlanContext,
  planUpdate,
  pushTo,
  recordUpdateSchema,
  setAt,
} from './shared.js';

function checkAttendance(
  ctx: PlanContext,
  attendance: readonly { readonly memberId: string }[] | undefined,
  path: Path,
): void {
  const seen = new Set<string>();
  attendance?.forEach((row, i) => {
    const rowPath = [...path, i, 'memberId'];
    ctx.checkMember(row.memberId, rowPath);
    if (seen.has(row.memberId)) {
      ctx.problem(rowPath, `member "${row.memberId}" already has an attendance row here`);
    }
    seen.add(row.memberId);
  });
}

/** Checks the member references among the fields given, wherever they sit in the payload. */
function checkActivityFields(ctx: PlanContext, fields: Fields<Activity>, path: Path): void {
  ctx.checkMembers(fields.chairedBy, [...path, 'chairedBy']);
  ctx.checkMembers(fields.facilitatedBy, [...path, 'facilitatedBy']);
  checkAttendance(ctx, fields.attendance, [...path, 'attendance']);
}

const record = defineCommand('activity/record', ActivitySchema, (ctx, activity) => {
  ctx.requireNewId(ctx.project.activities, activity.id, ['id'], 'activity');
  if (isBefore(activity.end, activity.start)) {
    ctx.problem(['end'], `is before the activity starts (${activity.start})`);
  }
  checkActivityFields(ctx, activity, []);
  return [pushTo(['activities'], activity)];
});

const update = defineCommand(
  'activity/update',
  recordUpdateSchema(ActivityIdSchema, ActivitySchema),
  (ctx, { id, changes, clear }) => {
    const index = ctx.requireRecord(ctx.project.activities, id, ['id'], 'activity');
    const activity = ctx.project.activities[index];
    if (!activity) return [];
    checkActivityFields(ctx, changes, ['changes']);
    checkPeriodAfterUpdate(
      ctx,
      mergeRecord(activity, changes, clear),
      changes,
      { start: 'start', end: 'end' },
      { start: 'the activity starts', end: 'the activity ends' },
    );
    return planUpdate(ctx, ['activities', index], activity, changes, clear);
  },
);

const setAttendance = defineCommand(
  'activity/set-attendance',
  z.strictObject({ id: ActivityIdSchema, attendance: z.array(AttendanceSchema) }),
  (ctx, { id, attendance }) => {
    const index = ctx.requireRecord(ctx.project.activities, id, ['id'], 'activity');
    checkAttendance(ctx, attendance, ['attendance']);
    return [setAt(['activities', index, 'attendance'], attendance)];
  },
);

const setSupport = defineCommand(
  'activity/set-support',
  z.strictObject({ id: ActivityIdSchema, supportArranged: z.array(SupportSchema) }),
  (ctx, { id, supportArranged }) => {
    const index = ctx.requireRecord(ctx.project.activities, id, ['id'], 'activity');
    const seen = new Set<string>();
    supportArranged.forEach((support, i) => {
      if (seen.has(support)) ctx.problem(['supportArranged', i], `lists "${support}" twice`);
      seen.add(support);
    });
    return [setAt(['activities', index, 'supportArranged'], supportArranged)];
  },
);

/**
 * The `activity/*` command definitions, gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * activityDefinitions.map((definition) => definition.type);
 * ```
 */
export const activityDefinitions = [record, update, setAttendance, setSupport] as const;

/**
 * Creators for `activity/*` commands.
 *
 * @example
 * ```ts
 * commands.activity.record({
 *   id: 'a-01',
 *   kind: 'workshop',
 *   title: 'Mapping journeys',
 *   start: '2025-02-04T18:00:00+00:00',
 *   end: '2025-02-04T20:00:00+00:00',
 *   attendance: [{ memberId: 'm-01', contributions: 3 }],
 * });
 * ```
 */
export const activityCommands = {
  /**
   * Records a meeting or other activity, with its attendance if known.
   * Rejected when the id is taken, it ends before it starts, or it names a
   * member who does not exist.
   *
   * @example
   * ```ts
   * commands.activity.record({
   *   id: 'a-01',
   *   kind: 'workshop',
   *   title: 'Mapping journeys',
   *   start: '2025-02-04T18:00:00+00:00',
   *   end: '2025-02-04T20:00:00+00:00',
   *   attendance: [{ memberId: 'm-01', contributions: 3 }],
   * });
   * ```
   */
  record: creator(record),
  /**
   * Changes an activity's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.activity.update({ id: 'a-01', changes: { notes: 'Moved online' }, clear: ['venue'] });
   * ```
   */
  update: creator(update),
  /**
   * Replaces an activity's attendance: one row per member who came.
   *
   * @example
   * ```ts
   * commands.activity.setAttendance({ id: 'a-01', attendance: [{ memberId: 'm-01' }, { memberId: 'm-02' }] });
   * ```
   */
  setAttendance: creator(setAttendance),
  /**
   * Records the support arranged for an activity (an interpreter, captions,
   * papers in another format, childcare, travel costs…); an empty list says
   * none was. What the place itself has stays on the venue's features.
   *
   * @example
   * ```ts
   * commands.activity.setSupport({ id: 'a-01', supportArranged: ['captions', 'travel-costs'] });
   * ```
   */
  setSupport: creator(setSupport),
};
