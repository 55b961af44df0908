/**
 * A rule's texts: the placeholders its title and messages may use, checked
 * in the rule's own texts, in a configuration's rewording of them and in
 * each locale's translation, and the texts by locale the rule set keeps.
 *
 * @module
 */
import type { Coded, ProblemList } from '../config/problem-list.js';
import { RULE_TEXT_KEYS, TITLE_TEXT_KEYS } from '../config/rule-texts.js';
import type { ResolvedConfig, ResolvedRule, RuleTexts } from '../config/types.js';
import type { FactDefinition } from '../facts/index.js';
import { DEFAULT_LOCALE, parsePlaceholders, placeholderErrors } from '../messages.js';
import type { ProblemMessage } from '../problems.js';
import type { MessageOverride } from '../rule-schema.js';
import type { Path } from './conditions.js';
import type { FactUse } from './types.js';

/** The placeholders a rule's texts may use: all of them in messages, parameters only in a title. */
interface AllowedPlaceholders {
  readonly all: Set<string>;
  readonly title: Set<string>;
  /** Facts the rule declares and could show, but neither reads in its conditions nor lists in "facts". */
  readonly unread: Set<string>;
  /** Placeholders whose values are calendar dates, which a message shows in words with `:date`. */
  readonly dates: Set<string>;
}

/** Whether a fact declared in a rule file gives a date (a `latest` or `earliest` measure). */
function givesDates(fact: FactDefinition | undefined): boolean {
  const measure = fact?.declaration?.measure;
  return measure === 'latest' || measure === 'earliest';
}

export function allowedPlaceholders(
  resolved: ResolvedRule,
  uses: readonly FactUse[],
  facts: ReadonlyMap<string, FactDefinition>,
  locals: ReadonlyMap<string, FactDefinition | undefined>,
): AllowedPlaceholders {
  const parameters = Object.keys(resolved.parameters);
  const all = new Set<string>([...parameters, 'subject', ...uses.map((u) => u.name ?? u.fact)]);
  const subjectsFact = resolved.rule.subjects
    ? (locals.get(resolved.rule.subjects.fact) ?? facts.get(resolved.rule.subjects.fact))
    : undefined;
  for (const key of subjectsFact?.data ?? []) all.add(key);
  const dates = new Set<string>();
  for (const use of uses) {
    const name = use.name ?? use.fact;
    const fact = use.name !== undefined ? locals.get(use.name) : facts.get(use.fact);
    if (use.path === undefined && fact?.type !== 'findings' && givesDates(fact)) dates.add(name);
  }
  // A grouped measure's findings carry each subject's value.
  if (subjectsFact?.type === 'findings' && givesDates(subjectsFact)) dates.add('value');
  const unread = new Set<string>();
  for (const [name, fact] of locals) {
    // A declaration that failed has its own problem; a placeholder naming it
    // is not a second mistake, so it is let through here.
    if (fact === undefined) all.add(name);
    else if (!all.has(name)) unread.add(name);
  }
  return { all, title: new Set(parameters), unread, dates };
}

function textProblems(
  texts: MessageOverride,
  allowed: AllowedPlaceholders,
  report: (path: Path, message: ProblemMessage, coded?: Coded) => void,
  basePath: Path,
  used: Set<string>,
  wholeScope: boolean,
): void {
  for (const key of RULE_TEXT_KEYS) {
    const template = texts[key];
    if (template === undefined) continue;
    if (key === 'needsReviewSubject' && wholeScope) {
      // Every issue of such a rule is about the whole project (or portfolio): the text would never show.
      report(
        [...basePath, key],
        'a rule about the project as a whole raises no issue about one of its records: say it in "needsReview"',
        { code: 'review-subject-whole' },
      );
      continue;
    }
    const { placeholders } = parsePlaceholders(template);
    const heading = TITLE_TEXT_KEYS.has(key);
    for (const error of placeholderErrors(template)) {
      report([...basePath, key], error.message, { code: error.code, params: error.params });
    }
    const names = heading ? allowed.title : allowed.all;
    for (const { name, format } of placeholders) {
      used.add(name);
      // A heading may show only parameters, so a fact there is the first thing to say, date or not.
      if (format === undefined && allowed.dates.has(name) && !(heading && !names.has(name))) {
        // Written as stored, a date reads as data ("2026-06-01"), not as words.
        report(
          [...basePath, key],
          `"{${name}}" is a date: write {${name}:date} to show it in words, such as "1 June 2026"`,
          {
            code: 'placeholder-date-format',
            params: { placeholder: `{${name}}`, suggestion: `{${name}:date}` },
          },
        );
      } else if (!heading && allowed.unread.has(name)) {
        // Declared but not read: the fix is one line, so the problem says it.
        report(
          [...basePath, key],
          `"{${name}}" is a fact the rule declares but does not read in its conditions: to show it in a message, add { "fact": "${name}" } to the rule's "facts" list`,
          { code: 'placeholder-fact-not-read', params: { placeholder: `{${name}}`, fact: name } },
        );
      } else if (!names.has(name)) {
        report(
          [...basePath, key],
          (suggest) =>
            `unknown placeholder "{${name}}": ${heading ? 'a title may only use parameters' : 'use a parameter, {subject}, a key of the findings data, or a fact the rule reads in its conditions or lists in "facts"'}${suggest(name, names)}`,
          // The braces are in the values: a template's braces are its own placeholders.
          heading
            ? { code: 'unknown-placeholder-title', params: { placeholder: `{${name}}` } }
            : {
                code: 'unknown-placeholder',
                params: { placeholder: `{${name}}`, subject: '{subject}' },
              },
        );
      }
    }
  }
}

/**
 * Checks the placeholders of a rule's texts (its own, a configuration's
 * rewording, each translation) and returns its texts by locale, with the
 * names of the placeholders they use in `used`.
 */
export function compileTexts(
  entry: ResolvedRule,
  resolved: ResolvedConfig,
  allowed: AllowedPlaceholders,
  problems: ProblemList,
  report: (path: Path, message: ProblemMessage, coded?: Coded) => void,
  used: Set<string>,
): Record<string, MessageOverride> {
  const rule = entry.rule;
  const whole = rule.scope === 'project' || rule.scope === 'portfolio';
  textProblems(rule.messages, allowed, report, ['messages'], used, whole);
  textProblems({ title: rule.title }, allowed, report, [], used, whole);
  if (entry.textsSource) {
    const where = entry.textsSource;
    const own: MessageOverride = { title: rule.title, ...rule.messages };
    const changed: { -readonly [K in keyof RuleTexts]?: string } = {};
    for (const key of RULE_TEXT_KEYS) {
      if (entry.texts[key] !== undefined && entry.texts[key] !== own[key])
        changed[key] = entry.texts[key];
    }
    textProblems(
      changed,
      allowed,
      (path, message, coded) =>
        problems.add('config', { file: where.file, path }, message, rule.id, coded),
      where.path,
      used,
      whole,
    );
  }
  const texts: Record<string, MessageOverride> = { [DEFAULT_LOCALE]: entry.texts };
  for (const [tag, byRule] of Object.entries(resolved.messages)) {
    const override = byRule[rule.id];
    if (!override) continue;
    const where = resolved.messageSources[tag]?.[rule.id];
    textProblems(
      override,
      allowed,
      (path, message, coded) =>
        problems.add('config', { file: where?.file, path }, message, rule.id, coded),
      where?.path ?? ['messages', tag, rule.id],
      used,
      whole,
    );
    texts[tag] = tag === DEFAULT_LOCALE ? { ...entry.texts, ...override } : { ...override };
  }
  return texts;
}
