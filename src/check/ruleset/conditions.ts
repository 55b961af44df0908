/**
 * Checking a rule's conditions against the fact catalogue and the
 * operators: each fact known and given parameters of the right type, each
 * operator able to test its fact, each value of the kind the operator
 * needs, and every `{ "param" }` replaced by the rule's parameter value.
 *
 * @module
 */

import { canonicalJson } from '../../state/hash-chain.js';
import { factParamIssue, PARAM_TYPES_FOR_FACT_PARAM } from '../config/parameters.js';
import type { Coded, ProblemList } from '../config/problem-list.js';
import type { ResolvedRule } from '../config/types.js';
import type { FactDefinition } from '../facts/index.js';
import {
  type FactValueType,
  getOperator,
  OPERATORS,
  type OperatorInfo,
  type OperatorValueKind,
} from '../operators.js';
import type { ProblemMessage } from '../problems.js';
import { isObject, ownValue } from '../records.js';
import type {
  ConditionValue,
  FactParamValue,
  LeafCondition,
  RuleCondition,
} from '../rule-schema.js';
import { localEngineId } from './declared-facts.js';
import type { FactUse } from './types.js';

/** Where in a rule file, below the rule. */
export type Path = readonly (string | number)[];

/** The fact types a fact given as a condition's `value` may have, for each kind of value. */
const FACT_TYPES_FOR_VALUE: Record<OperatorValueKind, readonly FactValueType[]> = {
  true: [],
  number: ['number', 'share'],
  share: ['share'],
  scalar: ['number', 'share', 'boolean', 'string'],
  'scalar-list': ['string-list'],
  string: ['string'],
  'string-list': ['string-list'],
};

/** The English words of each kind of value an operator needs (problem code `condition-value`). */
const LITERAL_KIND_WORDS: Record<OperatorValueKind, string> = {
  true: 'must be true',
  number: 'must be a number',
  share: 'must be a share from 0 to 1',
  scalar: 'must be text, a number or true/false',
  'scalar-list': 'must be a list of values',
  string: 'must be text',
  'string-list': 'must be a list of text',
};

/** Whether a literal value is of the kind an operator needs. */
function literalKindFits(kind: OperatorValueKind, value: unknown): boolean {
  const isScalar = (v: unknown) =>
    typeof v === 'string' ||
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v));
  switch (kind) {
    case 'true':
      return value === true;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'share':
      return typeof value === 'number' && value >= 0 && value <= 1;
    case 'scalar':
      return isScalar(value);
    case 'scalar-list':
      return Array.isArray(value) && value.every(isScalar);
    case 'string':
      return typeof value === 'string';
    case 'string-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

/**
 * A problem with a value taken from the rule parameter `from`: the English
 * note of where it came from, and the parameter's name beside the code, so
 * a catalogue says the note in its own words.
 */
function fromParameter(
  from: string | undefined,
  message: string,
  coded: Coded,
): { message: string; coded: Coded } {
  if (from === undefined) return { message, coded };
  return {
    message: `(from the parameter "${from}") ${message}`,
    coded: { ...coded, params: { ...coded.params, fromParameter: from } },
  };
}

const quoted = (names: readonly string[]): string[] => names.map((n) => `"${n}"`);

function sameParams(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** What compiling one rule needs, and where it records the facts the rule reads. */
export interface RuleCompilation {
  /** Whether the rule set is a portfolio's. */
  readonly portfolio: boolean;
  readonly rule: ResolvedRule;
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly problems: ProblemList;
  readonly uses: FactUse[];
  /** The rule's own declared facts (its `define`), by the name the rule uses; `undefined` for one that failed. */
  readonly locals: ReadonlyMap<string, FactDefinition | undefined>;
}

/**
 * Reads one rule's conditions, and the facts elsewhere in it, reporting
 * each problem at its path and noting each fact it reads (its first use of
 * each fact id and params).
 */
export class ConditionCompiler {
  constructor(readonly context: RuleCompilation) {}

  /** The id the engine knows a fact by: a declared fact's is the rule's own. */
  engineIdOf(fact: FactDefinition): string {
    const { locals, rule } = this.context;
    return locals.get(fact.id) === fact ? localEngineId(rule.rule.id, fact.id) : fact.id;
  }

  report(path: Path, message: ProblemMessage, coded?: Coded): void {
    const { rule, problems } = this.context;
    problems.add(
      'rule',
      { file: rule.file, path: [...rule.basePath, ...path] },
      message,
      rule.rule.id,
      coded,
    );
  }

  /** A value with a `{ "param" }` replaced by the rule's parameter value, and which parameter. */
  substituteParam(
    value: FactParamValue | ConditionValue,
    path: Path,
  ): { value: unknown; from?: string } {
    if (isObject(value) && 'param' in value && typeof value.param === 'string') {
      const parameters = this.context.rule.parameters;
      const name = value.param;
      if (!Object.hasOwn(parameters, name)) {
        const names = quoted(Object.keys(parameters));
        this.report(
          path,
          `unknown parameter "${name}"${names.length ? `: the rule has ${names.join(', ')}` : ': the rule has no parameters'}`,
          names.length
            ? { code: 'condition-unknown-parameter', params: { name, allowed: names } }
            : { code: 'condition-no-parameters', params: { name } },
        );
        return { value: undefined };
      }
      return { value: parameters[name], from: name };
    }
    return { value };
  }

  /** A fact's parameters, substituted and checked against what the fact takes. */
  compileFactParams(
    fact: FactDefinition,
    raw: Readonly<Record<string, FactParamValue>> | undefined,
    path: Path,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(raw ?? {})) {
      const spec = ownValue(fact.params, name);
      const at = [...path, name];
      if (!spec) {
        const names = quoted(Object.keys(fact.params));
        if (names.length === 0)
          this.report(at, `the fact "${fact.id}" takes no parameters`, {
            code: 'fact-no-parameters',
            params: { fact: fact.id },
          });
        else
          this.report(
            at,
            `unknown parameter "${name}" of the fact "${fact.id}": it takes ${names.join(', ')}`,
            { code: 'unknown-fact-parameter', params: { name, fact: fact.id, allowed: names } },
          );
        continue;
      }
      const { value: substituted, from } = this.substituteParam(value, at);
      if (from !== undefined) {
        const definition = ownValue(this.context.rule.rule.parameters, from);
        if (definition && !PARAM_TYPES_FOR_FACT_PARAM[spec.type].includes(definition.type)) {
          this.report(
            at,
            `the parameter "${from}" is ${definition.type}, but the fact "${fact.id}" needs ${spec.type} for "${name}"`,
            {
              code: 'fact-parameter-type',
              params: {
                parameter: from,
                type: definition.type,
                fact: fact.id,
                needed: spec.type,
                name,
              },
            },
          );
          continue;
        }
      }
      if (substituted === undefined) continue;
      const why = factParamIssue(spec, substituted);
      if (why) {
        const said = fromParameter(from, why.message, { code: why.code, params: why.params });
        this.report(at, said.message, said.coded);
      }
      out[name] = substituted;
    }
    for (const name of Object.keys(fact.params)) {
      // undefined (from JavaScript; JSON has none) is as good as left out.
      if (!raw || !Object.hasOwn(raw, name) || raw[name] === undefined)
        this.report([...path.slice(0, -1)], `the fact "${fact.id}" needs the parameter "${name}"`, {
          code: 'fact-parameter-missing',
          params: { fact: fact.id, name },
        });
    }
    return out;
  }

  /** A fact by id: the rule's own declared fact, else the catalogue's; reported if neither. */
  lookupFact(id: string, path: Path): FactDefinition | undefined {
    const { locals, facts } = this.context;
    if (locals.has(id)) return locals.get(id);
    const fact = facts.get(id);
    if (!fact)
      this.report(
        path,
        (suggest) => `unknown fact "${id}"${suggest(id, [...facts.keys(), ...locals.keys()])}`,
        { code: 'unknown-fact', params: { id } },
      );
    return fact;
  }

  /** Notes that the rule reads a fact with these params (once per fact, params and path). */
  noteUse(raw: FactUse): void {
    const local = this.context.locals.get(raw.fact);
    const use: FactUse =
      local !== undefined && raw.fact === local.id
        ? { ...raw, fact: localEngineId(this.context.rule.rule.id, raw.fact), name: raw.fact }
        : raw;
    const uses = this.context.uses;
    if (
      !uses.some(
        (u) => u.fact === use.fact && u.path === use.path && sameParams(u.params, use.params),
      )
    ) {
      uses.push(use);
    }
  }

  /** Reports a findings fact whose subjects are not of the rule's scope. */
  checkScope(fact: FactDefinition, path: Path): void {
    const scope = this.context.rule.rule.scope;
    if (fact.type === 'findings' && fact.scope !== undefined && fact.scope !== scope) {
      this.report(
        path,
        `the fact "${fact.id}" finds ${fact.scope} subjects, but the rule's scope is "${scope}"`,
        { code: 'fact-scope', params: { fact: fact.id, found: fact.scope, scope } },
      );
    }
  }

  /** A condition tree, compiled leaf by leaf. */
  compileNode(node: RuleCondition, path: Path): RuleCondition {
    if ('all' in node)
      return { all: node.all.map((c, i) => this.compileNode(c, [...path, 'all', i])) };
    if ('any' in node)
      return { any: node.any.map((c, i) => this.compileNode(c, [...path, 'any', i])) };
    if ('not' in node) return { not: this.compileNode(node.not, [...path, 'not']) };
    return this.compileLeaf(node, path);
  }

  private compileLeaf(leaf: LeafCondition, path: Path): LeafCondition {
    const fact = this.lookupFact(leaf.fact, [...path, 'fact']);
    const operator = getOperator(leaf.operator);
    if (!operator) {
      this.report(
        [...path, 'operator'],
        (suggest) =>
          `unknown operator "${leaf.operator}"${suggest(
            leaf.operator,
            OPERATORS.map((o) => o.name),
          )}: use one of ${OPERATORS.map((o) => o.name).join(', ')}`,
        {
          code: 'unknown-operator',
          params: { operator: leaf.operator, allowed: OPERATORS.map((o) => o.name) },
        },
      );
    }
    const params = fact ? this.compileFactParams(fact, leaf.params, [...path, 'params']) : {};
    if (fact && leaf.path === undefined && operator && !operator.factTypes.includes(fact.type)) {
      this.report(
        [...path, 'operator'],
        `"${operator.name}" cannot test the fact "${fact.id}", which is ${fact.type}: it tests ${operator.factTypes.join(', ')}`,
        {
          code: 'operator-fact-type',
          params: {
            operator: operator.name,
            fact: fact.id,
            type: fact.type,
            allowed: [...operator.factTypes],
          },
        },
      );
    }
    if (fact) this.checkScope(fact, [...path, 'fact']);
    if (fact)
      this.noteUse({
        fact: fact.id,
        params,
        ...(leaf.path !== undefined ? { path: leaf.path } : {}),
      });
    const value = this.compileValue(leaf.value, operator, path);
    return {
      fact: leaf.fact,
      operator: leaf.operator,
      value: value as ConditionValue,
      ...(Object.keys(params).length > 0
        ? { params: params as Record<string, FactParamValue> }
        : {}),
      ...(leaf.path !== undefined ? { path: leaf.path } : {}),
    };
  }

  /** A leaf's value: another fact the operator can compare with, or a literal of its kind. */
  private compileValue(
    rawValue: ConditionValue,
    operator: OperatorInfo | undefined,
    path: Path,
  ): unknown {
    if (!(isObject(rawValue) && 'fact' in rawValue && typeof rawValue.fact === 'string')) {
      const { value: substituted, from } = this.substituteParam(rawValue, [...path, 'value']);
      if (operator && substituted !== undefined) {
        if (!literalKindFits(operator.value, substituted)) {
          const said = fromParameter(
            from,
            `${LITERAL_KIND_WORDS[operator.value]} for "${operator.name}"`,
            { code: 'condition-value', params: { needs: operator.value, operator: operator.name } },
          );
          this.report([...path, 'value'], said.message, said.coded);
        }
      }
      return substituted;
    }
    const other = this.lookupFact(rawValue.fact, [...path, 'value', 'fact']);
    const otherParams = other
      ? this.compileFactParams(
          other,
          rawValue.params as Record<string, FactParamValue> | undefined,
          [...path, 'value', 'params'],
        )
      : {};
    if (other && operator) {
      if (operator.value === 'true')
        this.report([...path, 'value'], `"${operator.name}" needs the value true, not a fact`, {
          code: 'operator-true-not-fact',
          params: { operator: operator.name },
        });
      else if (!FACT_TYPES_FOR_VALUE[operator.value].includes(other.type)) {
        this.report(
          [...path, 'value'],
          `"${operator.name}" cannot compare with the fact "${other.id}", which is ${other.type}`,
          {
            code: 'operator-value-fact-type',
            params: { operator: operator.name, fact: other.id, type: other.type },
          },
        );
      }
    }
    if (other) this.noteUse({ fact: other.id, params: otherParams });
    return Object.keys(otherParams).length > 0
      ? { fact: rawValue.fact, params: otherParams }
      : { fact: rawValue.fact };
  }
}
