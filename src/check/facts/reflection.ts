/**
 * Facts about the group's reflections against framework questions. Some
 * questions only the group can answer; these facts check it keeps asking
 * them and acts on red ratings.
 *
 * @module
 */
import type { Reflection, ReflectionAction } from '../../model/reflection.js';
import { compareQuestionIds, QUESTION_IDS, questionPoint } from '../questions.js';
import type { Finding } from '../types.js';
import type { DerivedProject } from './derive.js';
import { hasText, isGroupReflection } from './evidence.js';
import { daysAgo, finding, frozen, intParam, stringListParam, subject } from './helpers.js';
import type { FactDefinition } from './types.js';

type LatestReflections = ReadonlyMap<
  string,
  { readonly reflection: Reflection; readonly index: number }
>;

/**
 * The latest reflection on each question among those `counts` lets in (by
 * date, on the same date the one later in the document), with its position,
 * leaving out reflections dated after today. Memoised under `key`.
 */
function latestReflections(
  derived: DerivedProject,
  key: string,
  counts: (reflection: Reflection) => boolean,
): LatestReflections {
  return derived.memo(key, () => {
    const latest = new Map<string, { reflection: Reflection; index: number }>();
    derived.project.reflections.forEach((reflection, index) => {
      if (reflection.date > derived.today || !counts(reflection)) return;
      const seen = latest.get(reflection.questionId);
      if (seen === undefined || reflection.date >= seen.reflection.date) {
        latest.set(reflection.questionId, { reflection, index });
      }
    });
    return latest;
  });
}

/** The latest reflection on each question recorded by the group itself ({@link isGroupReflection}). */
function latestGroupReflections(derived: DerivedProject): LatestReflections {
  return latestReflections(derived, 'reflections:latest-group', (reflection) =>
    isGroupReflection(derived, reflection),
  );
}

/** The latest reflection on each question, whoever recorded it. */
function latestAnyReflections(derived: DerivedProject): LatestReflections {
  return latestReflections(derived, 'reflections:latest-any', () => true);
}

/** Names of the members who recorded a reflection, in its order. */
function recorders(derived: DerivedProject, reflection: Reflection): string[] {
  const out: string[] = [];
  for (const who of reflection.recordedBy ?? []) {
    const m = derived.memberById.get(who);
    if (m !== undefined) out.push(m.member.displayName);
  }
  return out;
}

/** Whether an action says what will be done (not "tbc"). */
function realAction(derived: DerivedProject, action: ReflectionAction): boolean {
  return hasText(derived, action.description);
}

/**
 * Facts about reflections.
 *
 * @example `reflectionFacts.map((f) => f.id) // ['questionsWithoutRecentReflection', ...]`
 */
export const reflectionFacts: readonly FactDefinition[] = [
  {
    id: 'questionsWithoutRecentReflection',
    type: 'findings',
    scope: 'question',
    description:
      "Framework questions, from those listed in `questions`, on which the group has not recorded a reflection of its own in the last `days` calendar days. Only a reflection recorded by members of the group counts (at least one who is not staff, councillor or partner; configurable): when the latest reflection in the window was recorded by staff alone or names nobody, the question needs review, with `lastReflected` its date and `recordedBy` who recorded it; with no reflection in the window it is flagged, `lastReflected` the date of the group's latest reflection or empty.",
    reads: ['reflections[].questionId', 'reflections[].date', 'reflections[].recordedBy'],
    params: {
      days: {
        type: 'integer',
        minimum: 0,
        description: 'How many days may pass between reflections on a question.',
      },
      questions: {
        type: 'string-list',
        enum: QUESTION_IDS,
        description: 'Ids of the framework questions the group should keep reflecting on.',
      },
    },
    data: ['question', 'lastReflected', 'recordedBy'],
    nullable: false,
    compute: (derived, params) => {
      const fact = 'questionsWithoutRecentReflection';
      const days = intParam(fact, params, 'days', 0);
      const ids = [...new Set(stringListParam(fact, params, 'questions'))];
      // Every subject shares the pointer `/reflections`, so catalogue order
      // keeps the list deterministic whatever order the rule lists them in.
      ids.sort(compareQuestionIds);
      const group = latestGroupReflections(derived);
      const any = latestAnyReflections(derived);
      const out: Finding[] = [];
      for (const id of ids) {
        const ours = group.get(id)?.reflection;
        if (ours !== undefined && daysAgo(derived, ours.date) <= days) continue;
        const point = questionPoint(id);
        const latest = any.get(id)?.reflection;
        if (latest !== undefined && daysAgo(derived, latest.date) <= days) {
          // Someone reflected in the window, but not the group: we cannot take it as the group's answer.
          out.push(
            finding(subject('question', id, point, '/reflections'), 'needs-review', {
              question: point,
              lastReflected: latest.date,
              recordedBy: recorders(derived, latest),
            }),
          );
          continue;
        }
        out.push(
          finding(subject('question', id, point, '/reflections'), 'flagged', {
            question: point,
            lastReflected: ours?.date ?? '',
            recordedBy: [],
          }),
        );
      }
      return frozen(out);
    },
  },
  {
    id: 'redReflectionsWithoutAction',
    type: 'findings',
    scope: 'reflection',
    description:
      "The group's own reflections (recorded by members who are not only staff; configurable) rated red with no action agreed, counting only the group's latest reflection on each question (a later, better rating by the group settles an old red one; one recorded by staff alone does not). An action whose description is only placeholder text (\"tbc\") is not an agreed step. A red rating with no step recorded by staff alone (or naming nobody), newer than the group's own reflection on that question, needs review: it is not yet the group's rating. Null when the group has recorded no reflection of its own: there is nothing to judge.",
    reads: [
      'reflections[].questionId',
      'reflections[].date',
      'reflections[].rating',
      'reflections[].actions',
      'reflections[].recordedBy',
    ],
    params: {},
    data: ['question', 'date', 'recordedBy'],
    nullable: true,
    compute: (derived) => {
      const group = latestGroupReflections(derived);
      if (group.size === 0) return null;
      const out: { index: number; finding: Finding }[] = [];
      const unanswered = (reflection: Reflection): boolean =>
        reflection.rating === 'red' && !reflection.actions.some((a) => realAction(derived, a));
      const add = (
        { reflection, index }: { readonly reflection: Reflection; readonly index: number },
        status: Finding['status'],
      ) => {
        const point = questionPoint(reflection.questionId);
        out.push({
          index,
          finding: finding(
            subject('reflection', reflection.id, point, `/reflections/${index}`),
            status,
            { question: point, date: reflection.date, recordedBy: recorders(derived, reflection) },
          ),
        });
      };
      for (const [questionId, latest] of latestAnyReflections(derived)) {
        const ours = group.get(questionId);
        // The group's own latest view decides; an officer's later rating does not settle it.
        if (ours !== undefined && unanswered(ours.reflection)) add(ours, 'flagged');
        // A red rating by staff alone, newer than the group's own view, is not the group's
        // rating: it needs taking to the group before anyone can say it was acted on.
        const theirs = ours === undefined || latest.reflection.date > ours.reflection.date;
        if (theirs && unanswered(latest.reflection)) add(latest, 'needs-review');
      }
      out.sort((a, b) => a.index - b.index);
      return frozen(out.map((x) => x.finding));
    },
  },
];
