/**
 * Date order in commands: whether one date is before another (by instant,
 * as the model's own checks compare them), keeping only the latest of a
 * date recorded more than once, and checking a period after an update.
 * Dates compare as instants, never as text, so a command and the model
 * agree on which of two dates comes first.
 *
 * @internal
 * @module
 */
import { type Period, periodOrderProblem } from '../../model/collections.js';
import { type Edit, type Path, setAt } from './edits.js';
import type { PlanContext } from './plan-context.js';

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
 * import type { PlanContext } from './plan-context.js';
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
