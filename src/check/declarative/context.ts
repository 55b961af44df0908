/**
 * What compiling a declared fact carries from step to step: the problems
 * found so far, the rule's parameters, the model paths the fact reads, and
 * the shapes of the closures it is built from.
 *
 * @module
 */

import type { ProblemParam } from '../../model/errors.js';
import type { DerivedProject } from '../facts/derive.js';
import { closestMatch } from '../suggest.js';
import type { CollectionSpec } from './collections.js';
import type { FieldType } from './fields.js';

/** Where in a definition, for problems. */
export type Path = readonly (string | number)[];

/**
 * A problem found in a declared fact, with its path inside the definition.
 *
 * @internal
 * @example `const p: DeclarationProblem = { path: ['where', 'field'], message: 'unknown field "activ"' };`
 */
export interface DeclarationProblem {
  readonly path: Path;
  readonly message: string;
  /** The problem's code and values, for a catalogue to say it in a reader's language. */
  readonly code?: string;
  readonly params?: Readonly<Record<string, ProblemParam>>;
}

/** A parameter value, as a rule's configuration gives it. */
export type ParameterValue = number | string | boolean | readonly string[];

/** One record of a collection, as the collection gives it. */
export type Entry = unknown;
/** Reads a value from a record. */
type Getter = (entry: Entry, derived: DerivedProject) => unknown;
/** Whether a record passes a filter. */
export type Test = (entry: Entry, derived: DerivedProject) => boolean;

/** A field found: its type and how to read it. */
export interface Resolved {
  readonly type: FieldType;
  readonly get: Getter;
  /**
   * For a field read in one step from the record's own properties: the
   * record and the property, so a filter can read it without another call.
   */
  readonly own?: { readonly record: (entry: Entry) => unknown; readonly key: string } | undefined;
  /** For a derived date held as a day number: that number, read without the text. */
  readonly day?: ((entry: Entry) => number) | undefined;
}

/** What every step of compiling one declared fact shares. */
export interface Context {
  readonly problems: DeclarationProblem[];
  readonly params: Readonly<Record<string, ParameterValue>>;
  readonly reads: Set<string>;
  leaves: number;
}

/** The closest of `candidates` to a name, as a problem's `guess` parameter, or nothing. */
export function guessOf(name: string, candidates: Iterable<string>): { guess?: string } {
  const best = closestMatch(name, candidates);
  return best !== undefined ? { guess: best } : {};
}

/**
 * The note of a value taken from the rule parameter `named`, in English
 * and as a parameter beside the code, so a catalogue says it in its words.
 */
export function fromParameter(
  named: string | undefined,
  problem: DeclarationProblem,
): DeclarationProblem {
  if (named === undefined) return problem;
  return {
    ...problem,
    message: `(from the parameter "${named}") ${problem.message}`,
    params: { ...problem.params, fromParameter: named },
  };
}

/** "Did you mean" for a name, or nothing. */
export function suggest(name: string, candidates: Iterable<string>): string {
  const best = closestMatch(name, candidates);
  return best !== undefined ? `; did you mean "${best}"?` : '';
}

/** Where a collection's records are, as a model path for `reads`. */
export function readsPrefix(spec: CollectionSpec): string {
  if (spec.name === 'project') return '';
  if (spec.name === 'attendance') return 'activities[].attendance[].';
  if (spec.name === 'representations') return 'group.members[].represents[].';
  return `${spec.pointer.slice(1).replace(/\//g, '.')}[].`;
}
