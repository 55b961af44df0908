import { acknowledgementProblems } from './acknowledgement.js';
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

/** Collects the ids of a collection, reporting duplicates. */
function collectIds(items: unknown, path: Path, what: string, out: ProblemDetail[]): Set<string> {
  const seen = new Set<string>();
  list(items).forEach((item, index) => {
    const id = at(item, 'id');
    if (typeof id !== 'string') return;
    if (seen.has(id))
      out.push(problem([...path, index, 'id'], `another ${what} already has the id "${id}"`));
    seen.add(id);
  });
  return seen;
}

function checkRef(
  ids: Set<string>,
  value: unknown,
  path: Path,
  what: string,
  out: ProblemDetail[],
): void {
  if (typeof value === 'string' && !ids.has(value)) {
    out.push(problem(path, `names ${what} "${value}", but there is none with that id`));
  }
}

function checkRefList(
  ids: Set<string>,
  values: unknown,
  path: Path,
  what: string,
  out: ProblemDetail[],
): void {
  list(values).forEach((value, index) => {
    checkRef(ids, value, [...path, index], what, out);
  });
}

/** Whether two ISO dates or date-times carry the same offset (or none). */
function sameZone(a: string, b: string): boolean {
  if (a.length === 10) return true;
  if (a.endsWith('Z')) return b.endsWith('Z');
  return a.slice(-6) === b.slice(-6) && (a.at(-6) === '+' || a.at(-6) === '-');
}

function checkOrder(
  earlier: unknown,
  later: unknown,
  path: Path,
  message: string,
  out: ProblemDetail[],
): void {
  if (typeof earlier !== 'string' || typeof later !== 'string') return;
  // ISO strings of the same shape and offset sort as text; only mixed shapes
  // or offsets need the (much slower) date arithmetic.
  if (earlier.length === later.length && sameZone(earlier, later)) {
    if (later < earlier) out.push(problem(path, message));
    return;
  }
  const a = Date.parse(earlier);
  const b = Date.parse(later);
  if (Number.isFinite(a) && Number.isFinite(b) && b < a) out.push(problem(path, message));
}

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
    out.push(problem(['timeZone'], `"${timeZone}" is not a time zone this platform knows`));
  }

  const group = at(doc, 'group');
  const governance = at(doc, 'governance');
  const timeframe = at(doc, 'timeframe');

  const members = collectIds(at(group, 'members'), ['group', 'members'], 'member', out);
  const activities = collectIds(at(doc, 'activities'), ['activities'], 'activity', out);
  const decisions = collectIds(at(doc, 'decisions'), ['decisions'], 'decision', out);
  const leaders = collectIds(
    at(governance, 'seniorLeaders'),
    ['governance', 'seniorLeaders'],
    'senior leader',
    out,
  );
  collectIds(at(doc, 'learning'), ['learning'], 'learning entry', out);
  collectIds(at(doc, 'reflections'), ['reflections'], 'reflection', out);
  collectIds(at(doc, 'ideas'), ['ideas'], 'idea', out);
  collectIds(at(doc, 'agreements'), ['agreements'], 'agreement', out);
  collectIds(at(doc, 'outcomes'), ['outcomes'], 'outcome', out);
  collectIds(at(doc, 'relatedEngagement'), ['relatedEngagement'], 'related engagement', out);
  collectIds(at(doc, 'acknowledgements'), ['acknowledgements'], 'acknowledgement', out);
  list(at(doc, 'acknowledgements')).forEach((ack, i) => {
    out.push(...acknowledgementProblems(ack, ['acknowledgements', i]));
  });
  collectIds(at(timeframe, 'milestones'), ['timeframe', 'milestones'], 'milestone', out);
  collectIds(
    at(group, 'requiredPerspectives'),
    ['group', 'requiredPerspectives'],
    'perspective',
    out,
  );
  collectIds(at(governance, 'informationFlows'), ['governance', 'informationFlows'], 'flow', out);
  collectIds(
    at(governance, 'responsibilities'),
    ['governance', 'responsibilities'],
    'responsibility',
    out,
  );

  checkOrder(
    at(timeframe, 'start'),
    at(timeframe, 'end'),
    ['timeframe', 'end'],
    'is before the timeframe starts',
    out,
  );
  checkRefList(
    members,
    at(at(doc, 'coproductionMeaning'), 'agreedBy'),
    ['coproductionMeaning', 'agreedBy'],
    'a member',
    out,
  );
  for (const section of ['purpose', 'remit'] as const) {
    checkRefList(members, at(at(doc, section), 'agreedBy'), [section, 'agreedBy'], 'a member', out);
  }
  list(at(doc, 'outcomes')).forEach((outcome, i) => {
    checkRefList(members, at(outcome, 'agreedBy'), ['outcomes', i, 'agreedBy'], 'a member', out);
  });
  checkRefList(
    members,
    at(at(doc, 'ending'), 'evaluatedWith'),
    ['ending', 'evaluatedWith'],
    'a member',
    out,
  );

  list(at(group, 'members')).forEach((member, i) => {
    checkOrder(
      at(member, 'joined'),
      at(member, 'left'),
      ['group', 'members', i, 'left'],
      'is before the member joined',
      out,
    );
  });

  // Per member, the index of the last activity they had an attendance row in.
  const lastAttended = new Map<string, number>();
  for (const id of members) lastAttended.set(id, -1);
  list(at(doc, 'activities')).forEach((activity, i) => {
    const base: Path = ['activities', i];
    checkOrder(
      at(activity, 'start'),
      at(activity, 'end'),
      [...base, 'end'],
      'is before the activity starts',
      out,
    );
    checkRefList(members, at(activity, 'chairedBy'), [...base, 'chairedBy'], 'a member', out);
    checkRefList(
      members,
      at(activity, 'facilitatedBy'),
      [...base, 'facilitatedBy'],
      'a member',
      out,
    );
    // Attendance is by far the biggest collection: one map lookup per row
    // finds both a missing member and a second row for the same member, and
    // paths are built only for problems.
    const rows = list(at(activity, 'attendance'));
    for (let j = 0; j < rows.length; j++) {
      const row = rows[j];
      const memberId =
        typeof row === 'object' && row !== null
          ? (row as Record<string, unknown>).memberId
          : undefined;
      if (typeof memberId !== 'string') continue;
      const last = lastAttended.get(memberId);
      if (last === undefined) {
        checkRef(members, memberId, [...base, 'attendance', j, 'memberId'], 'a member', out);
      } else if (last === i) {
        out.push(
          problem(
            [...base, 'attendance', j, 'memberId'],
            `member "${memberId}" already has an attendance row here`,
          ),
        );
      } else {
        lastAttended.set(memberId, i);
      }
    }
  });

  list(at(doc, 'decisions')).forEach((decision, i) => {
    checkRef(
      activities,
      at(decision, 'activityId'),
      ['decisions', i, 'activityId'],
      'an activity',
      out,
    );
    // JSON Schema cannot say "required unless planned": a made decision needs its date.
    if (
      isObject(decision) &&
      at(decision, 'status') !== 'planned' &&
      at(decision, 'date') === undefined
    ) {
      out.push(
        problem(
          ['decisions', i, 'date'],
          'is required for a decision that has been made (give its date, or status "planned" with a due date)',
        ),
      );
    }
  });

  collectIds(at(doc, 'recommendations'), ['recommendations'], 'recommendation', out);
  list(at(doc, 'recommendations')).forEach((recommendation, i) => {
    checkRef(
      decisions,
      at(recommendation, 'decisionId'),
      ['recommendations', i, 'decisionId'],
      'a decision',
      out,
    );
  });

  collectIds(at(doc, 'reciprocity'), ['reciprocity'], 'reciprocity entry', out);
  list(at(doc, 'reciprocity')).forEach((entry, i) => {
    checkRef(members, at(entry, 'memberId'), ['reciprocity', i, 'memberId'], 'a member', out);
  });

  list(at(doc, 'learning')).forEach((entry, i) => {
    checkRef(
      activities,
      at(entry, 'sourceActivityId'),
      ['learning', i, 'sourceActivityId'],
      'an activity',
      out,
    );
    checkRef(
      decisions,
      at(entry, 'sourceDecisionId'),
      ['learning', i, 'sourceDecisionId'],
      'a decision',
      out,
    );
  });

  list(at(doc, 'reflections')).forEach((reflection, i) => {
    checkRefList(
      members,
      at(reflection, 'recordedBy'),
      ['reflections', i, 'recordedBy'],
      'a member',
      out,
    );
    list(at(reflection, 'actions')).forEach((action, j) => {
      checkRef(
        members,
        at(action, 'owner'),
        ['reflections', i, 'actions', j, 'owner'],
        'a member',
        out,
      );
    });
  });

  list(at(doc, 'ideas')).forEach((idea, i) => {
    checkRefList(members, at(idea, 'raisedBy'), ['ideas', i, 'raisedBy'], 'a member', out);
  });

  list(at(doc, 'agreements')).forEach((agreement, i) => {
    checkRefList(
      members,
      at(agreement, 'createdBy'),
      ['agreements', i, 'createdBy'],
      'a member',
      out,
    );
  });

  list(at(governance, 'informationFlows')).forEach((flow, i) => {
    checkRefList(
      leaders,
      at(flow, 'leaderIds'),
      ['governance', 'informationFlows', i, 'leaderIds'],
      'a senior leader',
      out,
    );
  });

  list(at(governance, 'responsibilities')).forEach((responsibility, i) => {
    checkRefList(
      members,
      at(responsibility, 'owners'),
      ['governance', 'responsibilities', i, 'owners'],
      'a member',
      out,
    );
  });

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
  'information flows name existing senior leaders;',
  'an acknowledgement names its issue by issueId or by ruleId (with an optional subject), not both, and its reviewOn is not before its on;',
  'timeZone is a time zone the platform knows;',
  'activities end after they start, members leave after they join, the timeframe ends after it starts.',
].join(' ');
