/**
 * Facts about the group's reflections against framework questions. Some
 * questions only the group can answer; these facts check it keeps asking
 * them and acts on red ratings.
 *
 * @module
 */
import questionCatalogue from '../../../rules/questions.json';
import type { Reflection } from '../../model/reflection.js';
import type { Finding } from '../types.js';
import type { DerivedProject } from './derive.js';
import {
  daysAgo,
  excerpt,
  finding,
  frozen,
  intParam,
  stringListParam,
  subject,
} from './helpers.js';
import type { FactDefinition } from './types.js';

/**
 * A question of the framework catalogue (`rules/questions.json`).
 *
 * @example `const q: FrameworkQuestion = { id: 'readiness.purpose', section: 'Shared understanding', point: 'What the group wants to co-produce, and why' };`
 */
export interface FrameworkQuestion {
  readonly id: string;
  readonly section: string;
  readonly point: string;
  readonly reflective?: boolean;
}

/**
 * The framework's questions, in catalogue order.
 *
 * @example `FRAMEWORK_QUESTIONS[0]?.id // 'readiness.purpose'`
 */
export const FRAMEWORK_QUESTIONS: readonly FrameworkQuestion[] = Object.freeze(
  questionCatalogue.questions.map((q): FrameworkQuestion => {
    const entry: { id: string; section: string; point: string; reflective?: boolean } = {
      id: q.id,
      section: q.section,
      point: q.point,
    };
    if ('reflective' in q && typeof q.reflective === 'boolean') entry.reflective = q.reflective;
    return Object.freeze(entry);
  }),
);

const QUESTION_ORDER: ReadonlyMap<string, number> = new Map(
  FRAMEWORK_QUESTIONS.map((q, i) => [q.id, i]),
);

/**
 * Every question id in the catalogue, in catalogue order: the values the
 * `questions` parameter of `questionsWithoutRecentReflection` accepts.
 *
 * @example `QUESTION_IDS.includes('during.knowledge-valued') // true`
 */
export const QUESTION_IDS: readonly string[] = Object.freeze(FRAMEWORK_QUESTIONS.map((q) => q.id));

/**
 * The point text of a question, or the id itself for a question the
 * catalogue does not know.
 *
 * @example `questionPoint('readiness.purpose') // 'What the group wants to co-produce, and why'`
 */
export function questionPoint(id: string): string {
  const at = QUESTION_ORDER.get(id);
  return at === undefined ? id : FRAMEWORK_QUESTIONS[at]!.point;
}

/**
 * The latest reflection on each question (by date; on the same date, the
 * one later in the document), with its position. Memoised.
 */
function latestReflections(
  derived: DerivedProject,
): ReadonlyMap<string, { readonly reflection: Reflection; readonly index: number }> {
  return derived.memo('reflections:latest', () => {
    const latest = new Map<string, { reflection: Reflection; index: number }>();
    derived.project.reflections.forEach((reflection, index) => {
      const seen = latest.get(reflection.questionId);
      if (seen === undefined || reflection.date >= seen.reflection.date) {
        latest.set(reflection.questionId, { reflection, index });
      }
    });
    return latest;
  });
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
      'Framework questions, from those listed in `questions`, that the group has not reflected on in the last `days` calendar days. `lastReflected` is the date of the latest reflection, or empty if there is none.',
    reads: ['reflections[].questionId', 'reflections[].date'],
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
    data: ['question', 'lastReflected'],
    nullable: false,
    compute: (derived, params) => {
      const fact = 'questionsWithoutRecentReflection';
      const days = intParam(fact, params, 'days', 0);
      const ids = [...new Set(stringListParam(fact, params, 'questions'))];
      // Every subject shares the pointer `/reflections`, so catalogue order
      // keeps the list deterministic whatever order the rule lists them in.
      ids.sort(
        (a, b) =>
          (QUESTION_ORDER.get(a) ?? Number.MAX_SAFE_INTEGER) -
            (QUESTION_ORDER.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : a > b ? 1 : 0),
      );
      const latest = latestReflections(derived);
      const out: Finding[] = [];
      for (const id of ids) {
        const last = latest.get(id)?.reflection.date;
        if (last !== undefined && daysAgo(derived, last) <= days) continue;
        const point = questionPoint(id);
        out.push(
          finding(subject('question', id, point, '/reflections'), 'flagged', {
            question: point,
            lastReflected: last ?? '',
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
      'Reflections rated red with no action agreed, counting only the latest reflection on each question (a later, better rating settles an old red one).',
    reads: [
      'reflections[].questionId',
      'reflections[].date',
      'reflections[].rating',
      'reflections[].actions',
    ],
    params: {},
    data: ['question', 'date'],
    nullable: false,
    compute: (derived) => {
      const out: { index: number; finding: Finding }[] = [];
      for (const { reflection, index } of latestReflections(derived).values()) {
        if (reflection.rating !== 'red' || reflection.actions.length > 0) continue;
        const label = `Reflection of ${reflection.date} on "${excerpt(questionPoint(reflection.questionId), 60)}"`;
        out.push({
          index,
          finding: finding(
            subject('reflection', reflection.id, label, `/reflections/${index}`),
            'flagged',
            { question: reflection.questionId, date: reflection.date },
          ),
        });
      }
      out.sort((a, b) => a.index - b.index);
      return frozen(out.map((x) => x.finding));
    },
  },
  {
    id: 'reflectionCount',
    type: 'number',
    unit: 'reflections',
    description: 'How many reflections the group has recorded.',
    reads: ['reflections'],
    params: {},
    nullable: false,
    compute: ({ project }) => project.reflections.length,
  },
];
