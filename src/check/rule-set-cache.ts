/**
 * The rule sets `check()` and the portfolio checks compile from a
 * configuration given as data, kept for the next call: a council's job
 * system passing the same configuration to every check compiles it once.
 * One cache serves both, so what a call gives never depends on which of
 * them saw a configuration first.
 *
 * @module
 */
import { plainCopy } from '../model/plain-copy.js';
import { createRuleSet, isRuleSet, type ResolvedConfig, type RuleSet } from './compile.js';
import { isResolved } from './config/resolve.js';
import type { CouncilConfig } from './rule-schema.js';
import { rawJsonProblems } from './schema/raw-json.js';

/** Enough for the few configurations a council uses at once; each holds a whole compiled rule set. */
const MAX_ENTRIES = 16;

/**
 * Compiled rule sets, the least recently used first.
 *
 * A configuration as written is keyed on its text, not on the object: a
 * caller may change it in place between checks, and equal configurations
 * built afresh for each job should share one compilation. The text is
 * taken only of plain data, written so that no two configurations
 * createRuleSet reads differently share it: a Map, a Date or a function can
 * print as `{}` or `null` like valid settings, and a member set to
 * `undefined` is an unknown field where leaving it out is not, so the text
 * keeps it (as `undefined`, which JSON text never holds). On a miss a plain
 * copy is compiled and keyed on its own text, so an entry holds exactly
 * what its key says even if the caller's object changes while it is read.
 *
 * A resolved configuration is keyed on the object itself. It is taken as it
 * stands, where its JSON copy is a configuration as written (and not a
 * valid one), so no text may stand for both; and it is deeply frozen, so
 * it cannot change under its key.
 */
const entries = new Map<string | ResolvedConfig, RuleSet>();
let recommended: RuleSet | undefined;

/**
 * The rule set a check runs for its `rules` option: a rule set as given,
 * `coproduce:recommended` when there is none, or the configuration compiled
 * (once while it stays among the recent few).
 *
 * @throws {@link CoproduceError} as `createRuleSet` does for a configuration it refuses.
 */
export function ruleSetFor(rules: RuleSet | CouncilConfig | ResolvedConfig | undefined): RuleSet {
  if (rules === undefined) {
    recommended ??= createRuleSet();
    return recommended;
  }
  if (isRuleSet(rules)) return rules;
  if (isResolved(rules)) return recalled(rules) ?? kept(rules, createRuleSet(rules));
  // A configuration too deep or too big is refused by createRuleSet before
  // it is written out, so writing the key is bounded too.
  if (rawJsonProblems(rules).length > 0) return createRuleSet(rules);
  const key = plainText(rules);
  if (key === undefined) return createRuleSet(rules);
  const found = recalled(key);
  if (found) return found;
  const copy = plainCopy(rules) as CouncilConfig;
  const copyKey = plainText(copy);
  // Only an object that changes as it is read gives a copy that differs.
  return copyKey === undefined ? createRuleSet(rules) : kept(copyKey, createRuleSet(copy));
}

/** The rule set kept under a key, now the most recently used. */
function recalled(key: string | ResolvedConfig): RuleSet | undefined {
  const ruleSet = entries.get(key);
  if (ruleSet) {
    entries.delete(key);
    entries.set(key, ruleSet);
  }
  return ruleSet;
}

/** Keeps a rule set under a key, dropping the least recently used when full. */
function kept(key: string | ResolvedConfig, ruleSet: RuleSet): RuleSet {
  entries.delete(key);
  const [oldest] = entries.keys();
  if (entries.size >= MAX_ENTRIES && oldest !== undefined) entries.delete(oldest);
  entries.set(key, ruleSet);
  return ruleSet;
}

/** The own members of plain data, or undefined for anything else. */
function plainMembers(value: object): readonly string[] | undefined {
  const proto = Object.getPrototypeOf(value) as unknown;
  const keys = Object.keys(value);
  const own = Reflect.ownKeys(value).length;
  if (Array.isArray(value)) {
    // A hole, or any member beside the items and their length, is not written out.
    return proto === Array.prototype && keys.length === value.length && own === keys.length + 1
      ? keys
      : undefined;
  }
  // A member that is a symbol or not enumerable is still read by createRuleSet.
  return (proto === Object.prototype || proto === null) && own === keys.length ? keys : undefined;
}

/**
 * The text of plain data, members in their own order; undefined for
 * anything but plain objects and arrays, text, booleans, finite numbers,
 * null and undefined.
 */
function plainText(value: unknown): string | undefined {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : undefined;
  if (typeof value !== 'object') return undefined;
  const keys = plainMembers(value);
  if (keys === undefined) return undefined;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of keys) {
    const text = plainText(record[key]);
    if (text === undefined) return undefined;
    parts.push(Array.isArray(value) ? text : `${JSON.stringify(key)}:${text}`);
  }
  return Array.isArray(value) ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
}
