/**
 * What counts as evidence. A field that holds "tbc" answers nothing, and a
 * reflection written by one officer is not the group's answer, so facts ask
 * here before they treat a value as recorded.
 *
 * @module
 */
import type { Reflection } from '../../model/reflection.js';
import { isoDateToDay } from '../../time/calendar.js';
import type { DerivedProject } from './derive.js';

/**
 * Words people write when they have nothing to write yet. Compared after
 * trimming, lower-casing, folding inner spaces and dropping trailing full
 * stops, so "TBC." and "  tbc " match "tbc".
 *
 * @category Customisation
 * @example `DEFAULT_PLACEHOLDER_TEXTS.includes('to be agreed') // true`
 */
export const DEFAULT_PLACEHOLDER_TEXTS: readonly string[] = Object.freeze([
  '-',
  '--',
  '—',
  '–',
  '?',
  '??',
  '...',
  '…',
  'x',
  'xx',
  'xxx',
  'n/a',
  'na',
  'n.a',
  'none',
  'none yet',
  'nothing yet',
  'not yet',
  'not known',
  'unknown',
  'tbc',
  'tbd',
  'tba',
  'to be confirmed',
  'to be decided',
  'to be agreed',
  'to be added',
  'to follow',
  'pending',
  'todo',
  'to do',
  'placeholder',
  'later',
]);

/**
 * How strictly a check reads the evidence in a project. Councils set these
 * in their configuration; the defaults are what an experienced
 * co-production lead would accept.
 *
 * @category Customisation
 * @example
 * ```ts
 * declare const defaults: EvidenceOptions;
 * const strict: EvidenceOptions = { ...defaults, minCommunityAuthors: 2 };
 * ```
 */
export interface EvidenceOptions {
  /** Text that counts as nothing written (compared trimmed, lower-cased, with inner white space folded and trailing full stops dropped). */
  readonly placeholders: readonly string[];
  /**
   * How many members who are not staff, councillors or partners must have
   * recorded a reflection for it to count as the group's own answer.
   */
  readonly minCommunityAuthors: number;
}

/**
 * The evidence options a check uses when its configuration says nothing.
 *
 * @category Customisation
 * @example `DEFAULT_EVIDENCE_OPTIONS.minCommunityAuthors // 1`
 */
export const DEFAULT_EVIDENCE_OPTIONS: EvidenceOptions = Object.freeze({
  placeholders: DEFAULT_PLACEHOLDER_TEXTS,
  minCommunityAuthors: 1,
});

/**
 * The form in which placeholder text is compared: trimmed, lower-cased,
 * inner white space folded, trailing full stops dropped.
 *
 * @category Customisation
 * @example `normalisePlaceholder('  TBC. ') // 'tbc'`
 */
export function normalisePlaceholder(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase().replace(/\.+$/, '').trim();
}

interface PlaceholderSet {
  readonly texts: ReadonlySet<string>;
  /** The most letters (not spaces or full stops) any placeholder has. */
  readonly longest: number;
  /** By character code below 128: whether some placeholder, normalised, starts with it. */
  readonly asciiStarts: Uint8Array;
}

const placeholderSets = new WeakMap<readonly string[], PlaceholderSet>();

/** Letters of text that normalising keeps: everything but white space and full stops. */
function letterCount(text: string, stopAfter: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]!);
    if (c !== 46 && !space) count++;
  }
  return count;
}

function placeholderSet(list: readonly string[]): PlaceholderSet {
  let set = placeholderSets.get(list);
  if (set === undefined) {
    const texts = new Set(list.map(normalisePlaceholder));
    let longest = 0;
    const asciiStarts = new Uint8Array(128);
    for (const text of texts) {
      longest = Math.max(longest, letterCount(text, Infinity));
      const first = text.charCodeAt(0);
      if (first < 128) asciiStarts[first] = 1;
    }
    set = { texts, longest, asciiStarts };
    placeholderSets.set(list, set);
  }
  return set;
}

/**
 * Whether text says nothing: empty, white space, or one of the placeholders.
 *
 * @category Customisation
 * @example `isPlaceholderText('To be agreed.') // true`
 */
export function isPlaceholderText(
  text: string,
  placeholders: readonly string[] = DEFAULT_PLACEHOLDER_TEXTS,
): boolean {
  const set = placeholderSet(placeholders);
  // Most text is real words, longer than any placeholder: normalising only
  // drops white space and full stops (lower-casing never shortens), so
  // counting the rest is enough to rule it out without copying it.
  if (letterCount(text, set.longest) > set.longest) return false;
  // Short real words ("Cooking") are common too. Normalised text starts with
  // its first character that is not white space, lower-cased; when that is
  // an ASCII character other than a full stop (which normalising may drop),
  // and no placeholder starts with it, there is nothing to copy and compare.
  let i = 0;
  let c = text.charCodeAt(0);
  while (c === 32 || (c >= 9 && c <= 13)) c = text.charCodeAt(++i);
  if (c < 128 && c !== 46) {
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (set.asciiStarts[lower] === 0) return false;
  }
  const normal = normalisePlaceholder(text);
  return normal === '' || set.texts.has(normal);
}

/**
 * Every state a free-text field can be in, as the declarative language's
 * `text` filter names them too.
 *
 * @example `TEXT_EVIDENCE_STATES.includes('placeholder') // true`
 */
export const TEXT_EVIDENCE_STATES = ['present', 'placeholder', 'missing'] as const;

/**
 * What a free-text field holds: real words, a placeholder, or nothing.
 *
 * @category Customisation
 * @example `const state: TextEvidence = 'placeholder';`
 */
export type TextEvidence = (typeof TEXT_EVIDENCE_STATES)[number];

/**
 * Reads a free-text field as evidence, with the check's placeholder list.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * textEvidence(derived, project.purpose.why); // 'placeholder' for "tbc"
 * ```
 */
export function textEvidence(derived: DerivedProject, text: string | undefined): TextEvidence {
  if (text === undefined) return 'missing';
  return isPlaceholderText(text, derived.evidence.placeholders) ? 'placeholder' : 'present';
}

/**
 * Whether a free-text field holds real words (not missing, not a placeholder).
 *
 * @category Customisation
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * hasText(derived, 'Carers give up on the forms'); // true
 * ```
 */
export function hasText(derived: DerivedProject, text: string | undefined): boolean {
  return textEvidence(derived, text) === 'present';
}

/**
 * Reads a list of free text as evidence: `present` when an item holds real
 * words, `placeholder` when every item is a placeholder, `missing` when the
 * list is absent or empty.
 *
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * listEvidence(derived, ['tbc']); // 'placeholder'
 * ```
 */
export function listEvidence(
  derived: DerivedProject,
  texts: readonly string[] | undefined,
): TextEvidence {
  if (texts === undefined || texts.length === 0) return 'missing';
  return texts.some((text) => hasText(derived, text)) ? 'present' : 'placeholder';
}

/**
 * The items of a list of free text that hold real words.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * realTexts(derived, ['Bus passes', 'tbc']); // ['Bus passes']
 * ```
 */
export function realTexts(
  derived: DerivedProject,
  texts: readonly string[] | undefined,
): readonly string[] {
  if (texts === undefined) return [];
  return texts.filter((text) => hasText(derived, text));
}

/**
 * Whether a reflection is the group's own answer: recorded by at least
 * {@link EvidenceOptions.minCommunityAuthors} members who are not staff,
 * councillors or partners. A reflection that names nobody, or only staff,
 * is the organisation's view, not the group's.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * const reflection = project.reflections[0];
 * if (reflection) isGroupReflection(derived, reflection); // false when one officer wrote it
 * ```
 */
export function isGroupReflection(derived: DerivedProject, reflection: Reflection): boolean {
  const authors = reflection.recordedBy;
  if (authors === undefined) return false;
  let community = 0;
  for (const id of authors) {
    const member = derived.memberById.get(id);
    if (member !== undefined && !member.staffSide) community++;
  }
  return community >= Math.max(1, derived.evidence.minCommunityAuthors);
}

/**
 * The group's most recent reflection on a framework question dated within
 * the last `withinDays` days (calendar days in the project's time zone, a
 * reflection dated in the future not counted), or `undefined` when there is
 * none. Only reflections {@link isGroupReflection} accepts count.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { deriveProject } from './derive.js';
 * const derived = deriveProject(project, new Date());
 * latestGroupReflection(derived, 'during.knowledge-valued', 120)?.rating; // e.g. 'green'
 * ```
 */
export function latestGroupReflection(
  derived: DerivedProject,
  questionId: string,
  withinDays: number,
): Reflection | undefined {
  const earliest = derived.todayDay - withinDays;
  let best: Reflection | undefined;
  for (const reflection of derived.project.reflections) {
    if (reflection.questionId !== questionId) continue;
    if (reflection.date > derived.today) continue;
    if (!isGroupReflection(derived, reflection)) continue;
    if (best !== undefined && reflection.date <= best.date) continue;
    best = reflection;
  }
  if (best === undefined) return undefined;
  return isoDateToDay(best.date) >= earliest ? best : undefined;
}
