/**
 * `activity/*`: meetings and the other ways the group works, and who came.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { AttendanceSchema } from '../../model/activity.js';
import { SupportSchema } from '../../model/group.js';
import { ActivityIdSchema } from '../../model/ids.js';
import { collectionCommands, RECORD_UPDATE } from './collection.js';
import { commandFamily, defineCommand } from './definition.js';
import { setAt } from './edits.js';

const { add: record, update } = collectionCommands('activity', RECORD_UPDATE);

const setAttendance = defineCommand(
  'activity/set-attendance',
  z.strictObject({ id: ActivityIdSchema, attendance: z.array(AttendanceSchema) }),
  (ctx, { id, attendance }) => {
    const found = ctx.findRecord('activity', id);
    ctx.checkReferences('activity', { attendance }, []);
    return found ? [setAt([...found.path, 'attendance'], attendance)] : [];
  },
);

const setSupport = defineCommand(
  'activity/set-support',
  z.strictObject({ id: ActivityIdSchema, supportArranged: z.array(SupportSchema) }),
  (ctx, { id, supportArranged }) => {
    const found = ctx.findRecord('activity', id);
    ctx.checkRules('activity', { ...found?.record, supportArranged }, { supportArranged }, [], []);
    return found ? [setAt([...found.path, 'supportArranged'], supportArranged)] : [];
  },
);

/**
 * The `activity/*` commands.
 *
 * @example
 * ```ts
 * activityFamily.definitions.map((definition) => definition.type);
 * // ['activity/record', 'activity/update', 'activity/set-attendance', 'activity/set-support']
 * ```
 */
export const activityFamily = commandFamily({
  /**
   * Records a meeting or other activity, with its attendance if known.
   * Rejected when the id is taken, it ends before it starts, it names a
   * member who does not exist, or it lists a kind of support twice.
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
  record,
  /**
   * Changes an activity's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.activity.update({ id: 'a-01', changes: { notes: 'Moved online' }, clear: ['venue'] });
   * ```
   */
  update,
  /**
   * Replaces an activity's attendance: one row per member who came.
   *
   * @example
   * ```ts
   * commands.activity.setAttendance({ id: 'a-01', attendance: [{ memberId: 'm-01' }, { memberId: 'm-02' }] });
   * ```
   */
  setAttendance,
  /**
   * Records the support arranged for an activity (an interpreter, captions,
   * papers in another format, childcare, travel costs…); an empty list says
   * none was. What the place itself has stays on the venue's features.
   * Rejected when it lists a kind of support twice.
   *
   * @example
   * ```ts
   * commands.activity.setSupport({ id: 'a-01', supportArranged: ['captions', 'travel-costs'] });
   * ```
   */
  setSupport,
});
