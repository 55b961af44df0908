/**
 * The built-in framework's question catalogue (`rules/questions.json`) as
 * the checks read it: the questions about one project, in catalogue order,
 * and each question's point in English. Reports word questions in the
 * reader's language through the report catalogue instead.
 *
 * @module
 */
import questionCatalogue from '../../rules/questions.json' with { type: 'json' };

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
 * The framework's questions about one project, in catalogue order. The
 * catalogue's `portfolio.*` questions are about all of a council's
 * projects at once, answered by the portfolio rules, never by a group's
 * reflection, so they are not among them.
 *
 * @example `FRAMEWORK_QUESTIONS[0]?.id // 'readiness.purpose'`
 */
export const FRAMEWORK_QUESTIONS: readonly FrameworkQuestion[] = Object.freeze(
  questionCatalogue.questions
    .filter((q) => !q.id.startsWith('portfolio.'))
    .map((q): FrameworkQuestion => {
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
 * Orders question ids as the catalogue lists them, with ids it does not
 * know after its own, in code-unit order: a sort that gives the same list
 * whatever order a rule names the questions in.
 *
 * @example `['during.knowledge-valued', 'readiness.purpose'].sort(compareQuestionIds) // ['readiness.purpose', 'during.knowledge-valued']`
 */
export function compareQuestionIds(a: string, b: string): number {
  const order =
    (QUESTION_ORDER.get(a) ?? Number.MAX_SAFE_INTEGER) -
    (QUESTION_ORDER.get(b) ?? Number.MAX_SAFE_INTEGER);
  return order || (a < b ? -1 : a > b ? 1 : 0);
}
