/**
 * A rule's texts as one set: which keys there are, and how one set of
 * texts (a council's rewording, a translation) is laid over another.
 *
 * @module
 */
import type { RuleTexts } from './types.js';

/** A rule's texts, by their keys in a rule file (the title beside its messages). */
export const RULE_TEXT_KEYS = [
  'title',
  'flagged',
  'needsReview',
  'needsReviewSubject',
  'action',
  'needsReviewAction',
  'needsReviewTitle',
] as const;

/** The keys of a rule's texts that head an issue, which may use only parameters. */
export const TITLE_TEXT_KEYS: ReadonlySet<string> = new Set(['title', 'needsReviewTitle']);

/**
 * Each of a rule's texts from `preferred` where it gives one, and from
 * `base` otherwise; an optional text neither gives stays absent.
 *
 * @example `textsOver({ action: 'Ask the chair.' }, { title: 'Quiet members', flagged: 'Some members have not spoken.', action: 'Invite them.' }).action // 'Ask the chair.'`
 */
export function textsOver(
  preferred: { readonly [K in keyof RuleTexts]?: string | undefined },
  base: { readonly [K in keyof RuleTexts]?: string | undefined } & Pick<
    RuleTexts,
    'title' | 'flagged' | 'action'
  >,
): RuleTexts {
  const texts: { -readonly [K in keyof RuleTexts]?: string } = {};
  for (const key of RULE_TEXT_KEYS) {
    const text = preferred[key] ?? base[key];
    if (text !== undefined) texts[key] = text;
  }
  return texts as RuleTexts;
}
