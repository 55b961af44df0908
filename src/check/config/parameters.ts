/**
 * Parameter values: whether a value suits a rule's parameter (in a setting,
 * a default or a rule test) or a fact's parameter (in a condition), and
 * which rule parameter types a fact parameter accepts through `{ "param" }`.
 *
 * @module
 */
import type { FactParameterSpec } from '../facts/index.js';
import type { ParameterValue, RuleParameter } from '../rule-schema.js';

/** Why a value is not a time of day ("09:30"), or `undefined`. */
function timeProblem(value: unknown): string | undefined {
  return typeof value === 'string' && /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/.test(value)
    ? undefined
    : 'must be a time of day like "09:30"';
}

/** Why a value is not a list of text, each among `allowed` when given, or `undefined`. */
function stringListProblem(
  value: unknown,
  allowed: readonly string[] | undefined,
): string | undefined {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    return 'must be a list of text';
  const bad = allowed ? value.filter((v: string) => !allowed.includes(v)) : [];
  return bad.length > 0
    ? `has ${bad.map((v) => `"${v}"`).join(', ')}, not among ${allowed?.map((v) => `"${v}"`).join(', ')}`
    : undefined;
}

/**
 * Why a value does not suit a rule parameter's definition, or `undefined`
 * when it does.
 */
export function parameterValueProblem(
  definition: RuleParameter,
  value: ParameterValue,
): string | undefined {
  switch (definition.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `must be ${definition.type === 'integer' ? 'a whole number' : 'a number'}`;
      if (definition.type === 'integer' && !Number.isInteger(value))
        return 'must be a whole number';
      if (definition.minimum !== undefined && value < definition.minimum)
        return `must be at least ${definition.minimum}`;
      if (definition.maximum !== undefined && value > definition.maximum)
        return `must be at most ${definition.maximum}`;
      if (definition.enum && !definition.enum.includes(value))
        return `must be one of ${definition.enum.join(', ')}`;
      return undefined;
    }
    case 'string':
      if (typeof value !== 'string' || value.length === 0) return 'must be text';
      if (definition.enum && !definition.enum.includes(value))
        return `must be one of ${definition.enum.map((v) => `"${v}"`).join(', ')}`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'time':
      return timeProblem(value);
    case 'string-list':
      return stringListProblem(value, definition.enum);
  }
}

/** Why a value does not suit a fact parameter, or `undefined` when it does. */
export function factParamProblem(spec: FactParameterSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `must be ${spec.type === 'integer' ? 'a whole number' : 'a number'}`;
      if (spec.type === 'integer' && !Number.isInteger(value)) return 'must be a whole number';
      if (spec.minimum !== undefined && value < spec.minimum)
        return `must be at least ${spec.minimum}`;
      if (spec.maximum !== undefined && value > spec.maximum)
        return `must be at most ${spec.maximum}`;
      return undefined;
    case 'string':
      if (typeof value !== 'string') return 'must be text';
      if (spec.enum && !spec.enum.includes(value))
        return `must be one of ${spec.enum.map((v) => `"${v}"`).join(', ')}`;
      return undefined;
    case 'time':
      return timeProblem(value);
    case 'string-list':
      return stringListProblem(value, spec.enum);
  }
}

/** Rule parameter types a fact parameter of each type accepts through `{ "param" }`. */
export const PARAM_TYPES_FOR_FACT_PARAM: Record<FactParameterSpec['type'], readonly string[]> = {
  integer: ['integer'],
  number: ['integer', 'number'],
  string: ['string', 'time'],
  'string-list': ['string-list'],
  time: ['time'],
};
