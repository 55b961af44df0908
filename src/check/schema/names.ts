/**
 * The building blocks of every rule and configuration file: the limits
 * that keep a file cheap to read, and the shapes of ids, names, locales,
 * times of day and links. Severities and scopes are in `../types.ts`.
 *
 * @module
 */

import * as z from 'zod';
import { codedMessage } from '../../model/zod-problems.js';
import { PROTOTYPE_KEYS } from '../path.js';
import { MAX_RULE_PROBLEMS, MAX_RULE_SUGGESTIONS } from '../problems.js';

/**
 * The limits every rule and configuration file must keep. They bound the
 * work a hostile or mistaken file can cause.
 *
 * @category Customisation
 * @example `RULE_LIMITS.maxRules // 500`
 */
export const RULE_LIMITS = Object.freeze({
  /** Rules in one compiled rule set. */
  maxRules: 500,
  /** Nesting of `all` / `any` / `not` in one rule. */
  maxConditionDepth: 8,
  /** Leaf conditions in one rule. */
  maxConditionsPerRule: 100,
  /** Entries in one rule's `facts` (facts read only for messages and evidence). */
  maxMessageFacts: 20,
  /** Rules one rule names in `dependsOn` (the rules that ask for what it needs first). */
  maxDependsOn: 10,
  /** Characters in any one string. */
  maxStringLength: 2000,
  /** Characters in an id. */
  maxIdLength: 64,
  /** Nesting of JSON objects and lists in one file. */
  maxJsonDepth: 32,
  /** Values (objects, lists, strings, numbers, booleans, nulls) in one file. */
  maxJsonValues: 200_000,
  /** Entries in one configuration's `rules`, and in each language's `messages` (refused before any is read). */
  maxRuleSettings: 1000,
  /** Languages in one configuration's `messages`. */
  maxLocales: 20,
  /**
   * Problems listed in one error or parse result about rule and
   * configuration files; the last listed one then says how many more there
   * are.
   */
  maxProblems: MAX_RULE_PROBLEMS,
  /** Problems, among the first listed, that may carry a "did you mean" suggestion. */
  maxSuggestions: MAX_RULE_SUGGESTIONS,
});

const notPrototypeKey = (value: string) => !PROTOTYPE_KEYS.has(value);
const PROTOTYPE_MESSAGE = codedMessage(
  `must not be ${[...PROTOTYPE_KEYS].map((k) => `"${k}"`).join(', ')}`,
  'prototype-name',
  { keys: [...PROTOTYPE_KEYS].map((k) => `"${k}"`) },
);

/** What a name is, as the problem catalogue's `what.<key>` words say it: "a rule id" is `rule-id`. */
const whatKey = (what: string) => what.replace(/^an? /, '').replaceAll(' ', '-');

export const kebabId = (what: string) =>
  z
    .string()
    .min(1)
    .max(RULE_LIMITS.maxIdLength)
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
      message: codedMessage(
        `${what} must be kebab-case: lower-case letters and digits joined by single hyphens, like "quiet-members"`,
        'kebab-name',
        { what: whatKey(what) },
      ),
    })
    .refine(notPrototypeKey, { message: PROTOTYPE_MESSAGE });

export const camelName = (what: string) =>
  z
    .string()
    .min(1)
    .max(RULE_LIMITS.maxIdLength)
    .regex(/^[a-z][A-Za-z0-9]*$/, {
      message: codedMessage(
        `${what} must be camelCase letters and digits, starting with a lower-case letter, like "quietMeetings"`,
        'camel-name',
        { what: whatKey(what) },
      ),
    })
    .refine(notPrototypeKey, { message: PROTOTYPE_MESSAGE });

export const text = z.string().min(1).max(RULE_LIMITS.maxStringLength);

/**
 * A link as rule files may write it: `http://` or `https://`, then printable
 * ASCII other than space, `"`, `'`, `<`, `>`, `\\` and `` ` ``.
 */
export const SAFE_LINK = /^https?:\/\/[!#-&(-;=?-[\]-_a-~]+$/;

/**
 * A rule id: kebab-case, at most 64 characters; the rule's file name.
 *
 * @category Customisation
 * @example `RuleIdSchema.parse('quiet-members')`
 */
export const RuleIdSchema = kebabId('a rule id');

/**
 * A rule set name (`readiness`, `during`, `honesty`, `governance`, or a
 * council's own).
 *
 * @category Customisation
 * @example `RuleSetNameSchema.parse('during')`
 */
export const RuleSetNameSchema = kebabId('a rule set name');

/**
 * A rule parameter name, camelCase. `subject` is reserved for the subject's
 * label in messages.
 *
 * @category Customisation
 * @example `ParameterNameSchema.parse('quietMeetings')`
 */
export const ParameterNameSchema = camelName('a parameter name').refine((v) => v !== 'subject', {
  message: codedMessage(
    '"subject" is reserved for the subject\'s label in messages',
    'parameter-subject-reserved',
  ),
});

/**
 * A fact id from the fact catalogue, camelCase.
 *
 * @category Customisation
 * @example `FactIdSchema.parse('quietMembers')`
 */
export const FactIdSchema = camelName('a fact id');

/**
 * A locale tag such as `en-GB` or `cy`.
 *
 * @category Customisation
 * @example `LocaleSchema.parse('cy-GB')`
 */
export const LocaleSchema = z
  .string()
  .max(35)
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    message: 'must be a language tag like "en-GB" or "cy"',
  });

/**
 * A time of day, `HH:MM`, 24-hour clock.
 *
 * @category Customisation
 * @example `TimeOfDaySchema.parse('09:30')`
 */
export const TimeOfDaySchema = z
  .string()
  .regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'must be a time of day like "09:30"' });

export const stringList = z.array(text).max(100);
