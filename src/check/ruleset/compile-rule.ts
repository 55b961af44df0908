/**
 * Compiling one rule's facts: its conditions (see {@link ConditionCompiler}),
 * its subjects fact, and the facts it reads only for its messages.
 *
 * @module
 */
import type { FactParamValue, MessageFact, TopCondition } from '../rule-schema.js';
import { ConditionCompiler, type Path, type RuleCompilation } from './conditions.js';
import { localEngineId, toEngineIds } from './declared-facts.js';

/** A rule's conditions and message facts, compiled. */
export interface CompiledConditions {
  readonly conditions: TopCondition;
  /** The conditions as the engine runs them: declared facts by their engine ids. */
  readonly engineConditions: TopCondition;
  readonly facts: readonly MessageFact[];
}

/** Compiles a rule's conditions, checks its subjects and compiles its message facts. */
export function compileRule(context: RuleCompilation): CompiledConditions {
  const compiler = new ConditionCompiler(context);
  const rule = context.rule.rule;
  const conditions = compiler.compileNode(rule.conditions, ['conditions']) as TopCondition;
  checkSubjects(compiler);
  const messageFacts = compileMessageFacts(compiler);
  const ids = new Map(
    [...context.locals.keys()].map((name) => [name, localEngineId(rule.id, name)]),
  );
  return {
    conditions,
    engineConditions: ids.size > 0 ? (toEngineIds(conditions, ids) as TopCondition) : conditions,
    facts: messageFacts,
  };
}

/**
 * Scope and subjects. A portfolio's rules without subjects are about the
 * whole portfolio; a project is one of its subjects.
 */
function checkSubjects(compiler: ConditionCompiler): void {
  const { context } = compiler;
  const rule = context.rule.rule;
  const topScope = context.portfolio ? 'portfolio' : 'project';
  if (rule.scope === topScope) {
    if (rule.subjects)
      compiler.report(
        ['subjects'],
        `a ${topScope} rule has no subjects: remove "subjects" or give the rule a subject scope`,
        { code: 'subjects-not-allowed', params: { scope: topScope } },
      );
    return;
  }
  if (!rule.subjects) {
    compiler.report(
      ['subjects'],
      `a ${rule.scope} rule must name its findings fact in "subjects": { "fact": ... }`,
      { code: 'subjects-missing', params: { scope: rule.scope } },
    );
    return;
  }
  const fact = compiler.lookupFact(rule.subjects.fact, ['subjects', 'fact']);
  if (!fact) return;
  if (fact.type !== 'findings') {
    compiler.report(
      ['subjects', 'fact'],
      `the fact "${fact.id}" is ${fact.type}, not a findings fact`,
      { code: 'subjects-not-findings', params: { fact: fact.id, type: fact.type } },
    );
  } else if (fact.scope !== undefined && fact.scope !== rule.scope) {
    compiler.checkScope(fact, ['subjects', 'fact']);
  } else if (!context.uses.some((u) => u.fact === compiler.engineIdOf(fact))) {
    compiler.report(
      ['subjects', 'fact'],
      `the fact "${fact.id}" must be used in the conditions, which give its parameters`,
      { code: 'subjects-not-in-conditions', params: { fact: fact.id } },
    );
  }
}

/**
 * Facts read only for messages and evidence: checked like a condition's
 * fact, but never part of the conditions, so they cannot change the outcome.
 */
function compileMessageFacts(compiler: ConditionCompiler): MessageFact[] {
  const { context } = compiler;
  const conditionFacts = new Set(context.uses.map((u) => u.fact));
  const listed = new Set<string>();
  const messageFacts: MessageFact[] = [];
  (context.rule.rule.facts ?? []).forEach((entry, i) => {
    const path: Path = ['facts', i];
    const fact = compiler.lookupFact(entry.fact, [...path, 'fact']);
    if (!fact) return;
    const params = compiler.compileFactParams(fact, entry.params, [...path, 'params']);
    compiler.checkScope(fact, [...path, 'fact']);
    if (conditionFacts.has(compiler.engineIdOf(fact))) {
      compiler.report(
        [...path, 'fact'],
        `the conditions already read the fact "${fact.id}", so messages can use it: remove it from "facts"`,
        { code: 'message-fact-in-conditions', params: { fact: fact.id } },
      );
      return;
    }
    if (listed.has(fact.id)) {
      compiler.report(
        [...path, 'fact'],
        `the fact "${fact.id}" is listed twice in "facts": a message can show only one value for it`,
        { code: 'message-fact-twice', params: { fact: fact.id } },
      );
      return;
    }
    listed.add(fact.id);
    compiler.noteUse({ fact: fact.id, params });
    messageFacts.push(
      Object.keys(params).length > 0
        ? { fact: fact.id, params: params as Record<string, FactParamValue> }
        : { fact: fact.id },
    );
  });
  return messageFacts;
}
