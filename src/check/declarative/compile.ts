/**
 * From a declared fact, as written in a rule file or the fact library, to a
 * fact the engine can ask: every collection, field, comparison and
 * parameter checked against the model when the rules load, then the
 * definition turned into closures that read the project through its own
 * properties only.
 *
 * A declared fact is computed once per check for each distinct definition
 * (after parameters are put in): two rules that declare the same measure
 * share one computation.
 *
 * @module
 */
import { canonicalJson } from '../../state/hash-chain.js';
import type { DerivedProject } from '../facts/derive.js';
import type { FactDefinition } from '../facts/types.js';
import { isObject } from '../records.js';
import type { Context, DeclarationProblem, ParameterValue } from './context.js';
import { describeMeasure } from './describe.js';
import { compileMeasure } from './measures.js';
import { substitute } from './parameters.js';
import type { Measure } from './schema.js';

/**
 * Where a declared fact is compiled: its id, the parameters it may name,
 * and the path of the definition in its file (for problems).
 *
 * @internal
 * @example `const options: DeclareOptions = { parameters: { recentDays: 90 } };`
 */
export interface DeclareOptions {
  /** The rule's parameters and their effective values; none in the fact library. */
  readonly parameters?: Readonly<Record<string, ParameterValue>> | undefined;
}

/**
 * The result of compiling a declared fact: the fact, or the problems.
 *
 * @internal
 * @example `const { fact, problems } = compileDeclaredFact('decisionCount', { measure: 'count', of: 'decisions' });`
 */
export interface DeclaredFactResult {
  readonly fact?: FactDefinition | undefined;
  readonly problems: readonly DeclarationProblem[];
}
/** The definition without its words, as the key of its computation. */
function computationKey(definition: unknown): string {
  if (!isObject(definition)) return canonicalJson(definition);
  const { description: _d, unit: _u, ...rest } = definition;
  return canonicalJson(rest);
}

/**
 * Checks a declared fact against the model and the rule's parameters and,
 * when it is sound, builds it as a fact of the catalogue. Problems carry a
 * path inside the definition; the caller adds the file, the rule and where
 * the definition sits.
 *
 * @internal
 * @example
 * ```ts
 * import { deriveProject } from '../facts/derive.js';
 *
 * const { fact } = compileDeclaredFact('communityMembers', {
 *   measure: 'count', of: 'members',
 *   where: { all: [{ field: 'active', equal: true }, { field: 'staffSide', equal: false }] },
 * });
 * fact?.compute(deriveProject(project, new Date('2026-06-30T12:00:00Z')), {}); // e.g. 9
 * ```
 */
export function compileDeclaredFact(
  id: string,
  definition: Measure,
  options: DeclareOptions = {},
): DeclaredFactResult {
  const context: Context = {
    problems: [],
    params: options.parameters ?? {},
    reads: new Set(),
    leaves: 0,
  };
  const from = new Map<string, string>();
  const plain = substitute(definition, [], context, from) as Measure;
  if (context.problems.length > 0) return { problems: context.problems };
  const compiled = compileMeasure(plain, [], context, from, 1);
  if (!compiled || context.problems.length > 0) return { problems: context.problems };
  const key = `declared:${computationKey(plain)}`;
  const compute = compiled.compute;
  const unit = definition.unit ?? compiled.unit;
  const fact: FactDefinition = Object.freeze({
    id,
    type: compiled.type,
    ...(unit !== undefined ? { unit } : {}),
    ...(compiled.scope !== undefined ? { scope: compiled.scope } : {}),
    description: definition.description ?? describeMeasure(plain),
    reads: Object.freeze([...context.reads].sort()),
    params: Object.freeze({}),
    ...(compiled.type === 'findings' ? { data: Object.freeze(['value']) } : {}),
    nullable: compiled.nullable,
    declaration: plain,
    compute: (derived: DerivedProject) => derived.memo(key, () => compute(derived)),
  });
  return { fact, problems: [] };
}

export { describeFilter, describeMeasure } from './describe.js';
