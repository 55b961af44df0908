/**
 * A report's `frameworkWords`: the words a council's own framework uses for
 * the sections and questions a report names, in the report's locale (see
 * {@link councilWord}).
 *
 * @module
 */

import { councilWord, type FrameworkWords, type RuleSet } from './compile.js';
import type { CheckReport } from './report-schema.js';

/**
 * A report's `frameworkWords` as lists of names and words, worked out once
 * per rule set and locale.
 *
 * @example `const lists: FrameworkWordLists = { sections: [['Readiness', 'Getting ready']], questions: [] };`
 */
export interface FrameworkWordLists {
  readonly sections: readonly (readonly [string, string])[];
  readonly questions: readonly (readonly [string, string])[];
}

/**
 * The words of a council's own framework a report in `locale` needs, or
 * `undefined` when the council gives none that differ from the rule set's own.
 *
 * @example
 * ```ts
 * import { requireRuleSetInternals } from './ruleset/types.js';
 *
 * const { councilWords } = requireRuleSetInternals(ruleSet).resolved;
 * frameworkWordsOf(ruleSet, councilWords, 'cy')?.sections; // e.g. [['Readiness', 'Paratoi']]
 * ```
 */
export function frameworkWordsOf(
  ruleSet: RuleSet,
  words: Readonly<Record<string, FrameworkWords>>,
  locale: string,
): FrameworkWordLists | undefined {
  if (Object.keys(words).length === 0) return undefined;
  const sections: [string, string][] = [];
  for (const section of ruleSet.sections) {
    const word = councilWord(words, locale, 'sections', section);
    if (word !== undefined && word !== section) sections.push([section, word]);
  }
  const questions = new Map<string, string>();
  for (const rule of ruleSet.rules) {
    for (const id of rule.questions) {
      const word = councilWord(words, locale, 'questions', id);
      if (word !== undefined) questions.set(id, word);
    }
  }
  if (sections.length === 0 && questions.size === 0) return undefined;
  return { sections, questions: [...questions] };
}

/**
 * The report's own `frameworkWords`, new at every check, as a report is the
 * caller's to change: an object to spread into the report, empty when there
 * are no words.
 *
 * @example
 * ```ts
 * const lists = { sections: [['Readiness', 'Paratoi']], questions: [] } satisfies FrameworkWordLists;
 * const words = { ...frameworkWordsField(lists) }; // { frameworkWords: { sections: { Readiness: 'Paratoi' }, questions: {} } }
 * ```
 */
export function frameworkWordsField(lists: FrameworkWordLists | undefined): {
  frameworkWords?: CheckReport['frameworkWords'];
} {
  if (lists === undefined) return {};
  const sections: Record<string, string> = {};
  for (const [name, word] of lists.sections) sections[name] = word;
  const questions: Record<string, string> = {};
  for (const [id, word] of lists.questions) questions[id] = word;
  return { frameworkWords: { sections, questions } };
}
