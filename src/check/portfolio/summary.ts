/**
 * What the portfolio rules need from one project, taken while the project
 * is in hand so the document itself can be let go: a portfolio of a
 * thousand projects holds a thousand small summaries, not a thousand
 * documents. Pure.
 *
 * @internal
 * @module
 */
import type { Project, Stage } from '../../model/project.js';
import { calendarDateIn } from '../../time/zone.js';
import { isStaffSide } from '../facts/derive.js';

/** The stages in which a project is at work with people. */
const ACTIVE_STAGES: ReadonlySet<Stage> = new Set(['starting', 'during', 'ending']);

/** Activities further back than this are not kept: no portfolio fact looks further. */
export const MAX_LOOKBACK_DAYS = 366;

const DAY_MS = 86_400_000;

/**
 * One member, as the portfolio rules see them: a person reference (never a
 * name beyond the display name the project holds), whether they come from
 * the community, are active, and are one of the usual participants.
 *
 * @category Check
 * @example
 * ```ts
 * const part = await checkPortfolioPart(project, { now: '2026-11-20T12:00:00Z' });
 * const member: MemberSummary | undefined = part.summary.members[0];
 * const activeResident = member?.community === true && member.active;
 * ```
 */
export interface MemberSummary {
  readonly ref?: string | undefined;
  readonly name: string;
  /** Not staff, a councillor or a partner: one of the people the council consults. */
  readonly community: boolean;
  /** Joined by today (or no date) and not left. */
  readonly active: boolean;
  readonly usual?: boolean | undefined;
}

/**
 * One project as the portfolio rules see it, kept in a
 * {@link PortfolioPart}: plain JSON data (no `Map` or `Date`), so a job
 * can save it and {@link combinePortfolioParts} can read it back.
 *
 * @category Check
 * @example
 * ```ts
 * const part = await checkPortfolioPart(project, { now: '2026-11-20T12:00:00Z' });
 * const summary: ProjectSummary = part.summary;
 * const people = summary.members.filter((m) => m.ref !== undefined).length;
 * ```
 */
export interface ProjectSummary {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly stage: Stage;
  /** At work with people: starting, during or ending, and its timeframe not over. */
  readonly active: boolean;
  /** Its topics, without repeats; undefined when not recorded. */
  readonly topics: readonly string[] | undefined;
  /** The last progress review, `YYYY-MM-DD`. */
  readonly lastReview: string | undefined;
  /** Today in the project's time zone. */
  readonly today: string;
  readonly members: readonly MemberSummary[];
  /**
   * For each person reference: the start (ms since 1970) of every past
   * activity in the last 366 days (no portfolio fact looks further) that the person
   * attended. Pairs in a list rather than a map or an object, so the
   * summary stays plain data that JSON keeps whole (a reference may be any
   * text, even `__proto__`).
   */
  readonly attended: readonly (readonly [ref: string, starts: readonly number[]])[];
}

/**
 * The summary of one project at `now`.
 *
 * @internal
 * @example `summariseProject(project, new Date('2026-11-20T12:00:00Z'), 3).active`
 */
export function summariseProject(project: Project, now: Date, index: number): ProjectSummary {
  const today = calendarDateIn(now, project.timeZone);
  const ended = project.timeframe.end !== undefined && project.timeframe.end < today;
  const active = ACTIVE_STAGES.has(project.stage) && !ended;
  const refById = new Map<string, string>();
  const members: MemberSummary[] = project.group.members.map((member) => {
    if (member.personRef !== undefined) refById.set(member.id, member.personRef);
    const joined = member.joined === undefined || member.joined <= today;
    const left = member.left !== undefined && member.left <= today;
    return {
      ...(member.personRef !== undefined ? { ref: member.personRef } : {}),
      name: member.displayName,
      community: !isStaffSide(member.roles),
      active: joined && !left,
      ...(member.usualParticipant !== undefined ? { usual: member.usualParticipant } : {}),
    };
  });
  const attended = new Map<string, number[]>();
  if (refById.size > 0) {
    const nowMs = now.getTime();
    const from = nowMs - MAX_LOOKBACK_DAYS * DAY_MS;
    for (const activity of project.activities) {
      const start = Date.parse(activity.start);
      if (!(start > from && start <= nowMs)) continue;
      for (const row of activity.attendance ?? []) {
        const ref = refById.get(row.memberId);
        if (ref === undefined) continue;
        const list = attended.get(ref);
        if (list) list.push(start);
        else attended.set(ref, [start]);
      }
    }
  }
  return {
    index,
    id: project.id,
    title: project.title,
    stage: project.stage,
    active,
    topics: project.topics === undefined ? undefined : [...new Set(project.topics)],
    lastReview: project.progressTracking.lastReview,
    today,
    members,
    attended: [...attended],
  };
}
