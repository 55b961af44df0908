/**
 * A rule's own declared facts (its `define`): compiled with the rule's
 * parameters, and known to the engine by ids of the rule's own so two
 * rules may declare the same name differently.
 *
 * @module
 */
import type { ProblemList } from '../config/problem-list.js';
import type { ResolvedRule } from '../config/types.js';
import { compileDeclaredFact } from '../declarative/compile.js';
import type { FactDefinition } from '../facts/index.js';
import { isObject } from '../records.js';
import type { LeafCondition, RuleCondition } from '../rule-schema.js';

/**
 * The id the engine knows a rule's declared fact by: the rule id and the
 * name, so two rules may declare the same name differently.
 */
export function localEngineId(ruleId: string, name: string): string {
  return `${ruleId}/${name}`;
}

/**
 * Compiles a rule's `define` with its effective parameters: each declared
 * fact checked against the model, named problems reported at
 * `define.<name>...`. A name may not hide a fact of the catalogue.
 */
export function compileDefines(
  resolved: ResolvedRule,
  facts: ReadonlyMap<string, FactDefinition>,
  problems: ProblemList,
): Map<string, FactDefinition | undefined> {
  const rule = resolved.rule;
  // A declaration that fails keeps its name, so its uses are not reported a second time.
  const locals = new Map<string, FactDefinition | undefined>();
  for (const [name, definition] of Object.entries(rule.define ?? {})) {
    const at = [...resolved.basePath, 'define', name];
    if (facts.has(name)) {
      problems.add(
        'rule',
        { file: resolved.file, path: at },
        `"${name}" is already a fact of the catalogue: give the declared fact another name`,
        rule.id,
        { code: 'declared-name-taken', params: { name } },
      );
      continue;
    }
    const result = compileDeclaredFact(name, definition, { parameters: resolved.parameters });
    for (const p of result.problems)
      problems.add(
        'rule',
        { file: resolved.file, path: [...at, ...p.path] },
        p.message,
        rule.id,
        p.code !== undefined ? { code: p.code, params: p.params ?? {} } : undefined,
      );
    locals.set(name, result.fact);
  }
  return locals;
}

/** A condition tree with each declared fact's name replaced by its engine id. */
export function toEngineIds(node: RuleCondition, ids: ReadonlyMap<string, string>): RuleCondition {
  if ('all' in node) return { all: node.all.map((c) => toEngineIds(c, ids)) };
  if ('any' in node) return { any: node.any.map((c) => toEngineIds(c, ids)) };
  if ('not' in node) return { not: toEngineIds(node.not, ids) };
  const value = node.value as unknown;
  const valueFact =
    isObject(value) && typeof value.fact === 'string' ? ids.get(value.fact) : undefined;
  return {
    ...node,
    fact: ids.get(node.fact) ?? node.fact,
    ...(valueFact !== undefined ? { value: { ...(value as object), fact: valueFact } } : {}),
  } as LeafCondition;
}
