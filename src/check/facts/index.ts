/**
 * The fact catalogue: every fact a rule can test, with its type, parameters
 * and documentation, and {@link deriveProject} to prepare a project for them.
 *
 * @module
 */
import { builtinFactFiles } from '../builtin-rules.js';
import { compileFactLibrary } from '../declarative/library.js';
import { accessFacts } from './access.js';
import { constraintFacts } from './constraints.js';
import { governanceFacts } from './governance.js';
import { honestyFacts } from './honesty.js';
import { participationFacts } from './participation.js';
import { powerFacts } from './power.js';
import { reflectionFacts } from './reflection.js';
import type { FactDefinition } from './types.js';
import { understandingFacts } from './understanding.js';

export {
  ACCESS_FEATURES,
  type AttendanceIndex,
  type DerivedActivity,
  type DerivedMember,
  type DerivedNeed,
  type DerivedProject,
  deriveProject,
  isStaffSide,
  WEEKDAYS,
} from './derive.js';
export {
  DEFAULT_EVIDENCE_OPTIONS,
  DEFAULT_PLACEHOLDER_TEXTS,
  type EvidenceOptions,
  hasText,
  isGroupReflection,
  isPlaceholderText,
  latestGroupReflection,
  normalisePlaceholder,
  realTexts,
  type TextEvidence,
  textEvidence,
} from './evidence.js';
export type { FactDefinition, FactParameterSpec, FactType } from './types.js';

/**
 * Wraps a fact so that asking for it twice with the same parameters in one
 * derivation computes it once: the engine asks for a subject fact both in
 * its conditions and for its subjects.
 */
function memoised(fact: FactDefinition): FactDefinition {
  const names = Object.keys(fact.params).sort();
  const inner = fact.compute;
  // Made once: a fact without parameters is cached under the same string at
  // every check, which the cache has already hashed.
  const base = `fact:${fact.id}`;
  return Object.freeze({
    ...fact,
    compute(derived, params) {
      let key = base;
      for (const name of names) key += `\u0000${JSON.stringify(params[name]) ?? ''}`;
      return derived.memo(key, () => frozenList(inner(derived, params)));
    },
  } satisfies FactDefinition);
}

/** The cached list is handed to every caller; none may change it under another. */
function frozenList(value: unknown): unknown {
  return Array.isArray(value) ? Object.freeze(value) : value;
}

/**
 * Every fact, sorted by id.
 *
 * @category Customisation
 * @example
 * ```ts
 * for (const fact of factCatalogue) console.log(fact.id, fact.type, Object.keys(fact.params));
 * ```
 */
export const factCatalogue: readonly FactDefinition[] = Object.freeze(
  [
    ...topic('Shared understanding and readiness', understandingFacts),
    ...topic('Timeframe, resources and how the work ended', constraintFacts),
    ...topic('Taking part and being heard', participationFacts),
    ...topic('Times, places and access', accessFacts),
    ...topic('Power, leadership and the usual participants', powerFacts),
    ...topic('Honesty about what is possible', honestyFacts),
    ...topic('Governance', governanceFacts),
    ...topic("The group's reflections", reflectionFacts),
    // Declarative facts from `rules/facts/`: data, like the rules, and
    // checked before release like them.
    ...compileFactLibrary(builtinFactFiles, { vetted: true }),
  ]
    .map(memoised)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

function topic(name: string, facts: readonly FactDefinition[]): FactDefinition[] {
  return facts.map((fact) => ({ ...fact, topic: name }));
}

const byId: ReadonlyMap<string, FactDefinition> = new Map(factCatalogue.map((f) => [f.id, f]));

/**
 * Looks up a fact by id.
 *
 * @category Customisation
 * @example
 * ```ts
 * const quiet = getFact('quietMembers');
 * quiet?.type; // 'findings'
 * ```
 */
export function getFact(id: string): FactDefinition | undefined {
  return byId.get(id);
}
