/**
 * Types of the fact catalogue: what a fact returns, the parameters it takes,
 * and how it is documented.
 *
 * @module
 */
import type { Measure } from '../declarative/schema.js';
import type { RuleScope } from '../types.js';
import type { DerivedProject } from './derive.js';

/**
 * What a fact returns: a number, a share between 0 and 1, a boolean, a
 * string, a list of strings, or a list of findings (`Finding[]`). Any fact
 * whose definition says `nullable` may also return `null`: data missing.
 *
 * @category Customisation
 * @example `const type: FactType = 'share';`
 */
export type FactType = 'number' | 'share' | 'boolean' | 'string' | 'string-list' | 'findings';

/**
 * A parameter a fact takes. `time` is a local time of day, `HH:MM`.
 *
 * @category Customisation
 * @example
 * ```ts
 * const spec: FactParameterSpec = { type: 'integer', minimum: 1, description: 'How many meetings to look back over.' };
 * ```
 */
export interface FactParameterSpec {
  readonly type: 'integer' | 'number' | 'string' | 'string-list' | 'time';
  readonly description: string;
  readonly minimum?: number;
  readonly maximum?: number;
  /** Allowed values; for `string-list`, allowed items. */
  readonly enum?: readonly string[];
}

/**
 * One entry of the fact catalogue.
 *
 * @category Customisation
 * @example
 * ```ts
 * const fact: FactDefinition = {
 *   id: 'ideaCount',
 *   type: 'number',
 *   unit: 'ideas',
 *   description: 'How many ideas members have raised.',
 *   reads: ['ideas'],
 *   params: {},
 *   nullable: false,
 *   compute: (derived) => derived.project.ideas.length,
 * };
 * ```
 */
export interface FactDefinition {
  readonly id: string;
  readonly type: FactType;
  readonly unit?: string;
  /** For findings facts: the kind of subject the findings are about. */
  readonly scope?: RuleScope;
  /** Plain English, for the generated catalogue docs. */
  readonly description: string;
  /** Model fields read, as paths like `group.members[].perspectives`. */
  readonly reads: readonly string[];
  /** Every parameter is required when the fact is used. */
  readonly params: Readonly<Record<string, FactParameterSpec>>;
  /** For findings facts: the keys of `Finding.data`, usable as message placeholders. */
  readonly data?: readonly string[];
  /** Whether the fact can return `null` (the data needed is missing). */
  readonly nullable: boolean;
  /**
   * For a declarative fact: its definition, as written in the fact library
   * or a rule file's `define` (with parameters put in). Absent for facts
   * written in TypeScript.
   */
  readonly declaration?: Measure | undefined;
  /** What the fact measures, for grouping in `coproduce facts` and the docs ("Taking part"). */
  readonly topic?: string | undefined;
  compute(derived: DerivedProject, params: Readonly<Record<string, unknown>>): unknown;
}
