/**
 * Parameter values: whether a value suits a rule's parameter (in a setting,
 * a default or a rule test) or a fact's parameter (in a condition), and
 * which rule parameter types a fact parameter accepts through `{ "param" }`.
 *
 * @module
 */
import type { FactParameterSpec } from '../facts/index.js';
import type { ParameterValue, RuleParameter } from '../rule-schema.js';

/**
 * Why a value does not suit a parameter: its English words, and its
 * problem code with the values they are made from, for a front end to say
 * it in its reader's language.
 */
export interface ValueProblem {
  readonly message: string;
  readonly code: string;
  readonly params: Readonly<Record<string, string | readonly string[]>>;
}

const said = (
  message: string,
  code: string,
  params: Record<string, string | readonly string[]> = {},
): ValueProblem => ({ message, code, params });

/** Why a value is not a time of day ("09:30"), or `undefined`. */
function timeProblem(value: unknown): ValueProblem | undefined {
  return typeof value === 'string' && /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/.test(value)
    ? undefined
    : said('must be a time of day like "09:30"', 'value-time');
}

/** Why a value is not a list of text, each among `allowed` when given, or `undefined`. */
function stringListProblem(
  value: unknown,
  allowed: readonly string[] | undefined,
): ValueProblem | undefined {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    return said('must be a list of text', 'value-text-list');
  const bad = allowed ? value.filter((v: string) => !allowed.includes(v)) : [];
  if (bad.length === 0) return undefined;
  const values = bad.map((v) => `"${v}"`);
  const among = (allowed ?? []).map((v) => `"${v}"`);
  return said(`has ${values.join(', ')}, not among ${among.join(', ')}`, 'value-not-among', {
    values,
    allowed: among,
  });
}

/** Why a number does not suit a numeric parameter's definition, or `undefined`. */
function numberProblem(
  spec: {
    readonly type: string;
    readonly minimum?: number | undefined;
    readonly maximum?: number | undefined;
  },
  value: unknown,
): ValueProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return spec.type === 'integer'
      ? said('must be a whole number', 'whole-number')
      : said('must be a number', 'value-number');
  if (spec.type === 'integer' && !Number.isInteger(value))
    return said('must be a whole number', 'whole-number');
  if (spec.minimum !== undefined && value < spec.minimum)
    return said(`must be at least ${spec.minimum}`, 'too-small', { minimum: String(spec.minimum) });
  if (spec.maximum !== undefined && value > spec.maximum)
    return said(`must be at most ${spec.maximum}`, 'too-big', { maximum: String(spec.maximum) });
  return undefined;
}

/** "must be one of …", with the allowed values as written. */
function oneOf(allowed: readonly string[]): ValueProblem {
  return said(`must be one of ${allowed.join(', ')}`, 'invalid-value', { allowed });
}

/**
 * Why a value does not suit a rule parameter's definition, with its code,
 * or `undefined` when it does.
 */
export function parameterValueIssue(
  definition: RuleParameter,
  value: ParameterValue,
): ValueProblem | undefined {
  switch (definition.type) {
    case 'integer':
    case 'number': {
      const why = numberProblem(definition, value);
      if (why) return why;
      if (definition.enum && !definition.enum.includes(value as number))
        return oneOf(definition.enum.map(String));
      return undefined;
    }
    case 'string':
      if (typeof value !== 'string' || value.length === 0)
        return said('must be text', 'value-text');
      if (definition.enum && !definition.enum.includes(value))
        return oneOf(definition.enum.map((v) => `"${v}"`));
      return undefined;
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : said('must be true or false', 'value-boolean');
    case 'time':
      return timeProblem(value);
    case 'string-list':
      return stringListProblem(value, definition.enum);
  }
}

/**
 * Why a value does not suit a rule parameter's definition, or `undefined`
 * when it does.
 */
export function parameterValueProblem(
  definition: RuleParameter,
  value: ParameterValue,
): string | undefined {
  return parameterValueIssue(definition, value)?.message;
}

/** Why a value does not suit a fact parameter, with its code, or `undefined` when it does. */
export function factParamIssue(spec: FactParameterSpec, value: unknown): ValueProblem | undefined {
  switch (spec.type) {
    case 'integer':
    case 'number':
      return numberProblem(spec, value);
    case 'string':
      if (typeof value !== 'string') return said('must be text', 'value-text');
      if (spec.enum && !spec.enum.includes(value)) return oneOf(spec.enum.map((v) => `"${v}"`));
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
