/**
 * `coproduce explain <rule-id>`: one rule in plain words — the question it
 * encodes, why it matters, what flags it, the facts and parameters it uses
 * and how to resolve it.
 *
 * @module
 */
import { councilWord, type FrameworkWords, questionCatalogue } from '../check/compile.js';
import { textsOver } from '../check/config/rule-texts.js';
import { describeMeasureIn } from '../check/declarative/describe.js';
import { closestMatch } from '../check/suggest.js';
import { type DataValue, PORTFOLIO_RULE_SET } from '../check/types.js';
import type { ResolvedRule, RuleTexts } from '../index.js';
import { isUiMessageId } from '../report/catalogue.js';
import {
  DEFAULT_RULE_DOCS,
  questionPoint,
  ruleDocsLink,
  sectionName,
  UI_CATALOGUES,
  type UiMessageId,
  uiLocale,
  uiText,
} from '../report/index.js';
import {
  getFact,
  getOperator,
  type ParameterValue,
  type RuleCondition,
  type TopCondition,
} from '../schemas.js';
import { say } from './catalogue.js';
import { CONFIG_OPTIONS, configurationLine } from './config.js';
import { descriptionWords, FACT_DESCRIPTIONS_CY } from './fact-descriptions.js';
import {
  type CliIo,
  displayPath,
  EXIT_OK,
  InputError,
  localeOption,
  parseCommandArgs,
  textWidth,
  UsageError,
  wrap,
} from './io.js';
import { formatParameter, loadRuleContext, parameterWithUnit } from './rules.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The catalogue's words in the locale of the explanation. */
type Say = (id: UiMessageId, data?: Readonly<Record<string, DataValue>>) => string;

function literal(value: unknown, say: Say): string {
  if (Array.isArray(value))
    return value.length === 0 ? say('explain.emptyList') : value.map(String).join(', ');
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function valueText(value: unknown, entry: ResolvedRule, say: Say): string {
  if (isObject(value) && typeof value.param === 'string') {
    const current = entry.parameters[value.param];
    return say('explain.param', {
      name: value.param,
      value: current === undefined ? say('explain.unset') : formatParameter(current, say),
    });
  }
  if (isObject(value) && typeof value.fact === 'string') {
    return `${say('explain.fact', { fact: value.fact })}${paramsText(value.params, entry, say)}`;
  }
  return literal(value, say);
}

function paramsText(params: unknown, entry: ResolvedRule, say: Say): string {
  if (!isObject(params)) return '';
  const names = Object.keys(params).sort();
  if (names.length === 0) return '';
  return ` (${names.map((n) => `${n}: ${valueText(params[n], entry, say)}`).join(', ')})`;
}

function conditionLines(
  node: RuleCondition | TopCondition,
  entry: ResolvedRule,
  depth: number,
  say: Say,
): string[] {
  const pad = '  '.repeat(depth);
  const record = node as unknown as Record<string, unknown>;
  for (const [key, intro] of [
    ['all', say('explain.all')],
    ['any', say('explain.any')],
  ] as const) {
    const list = record[key];
    if (Array.isArray(list)) {
      if (list.length === 1) return conditionLines(list[0] as RuleCondition, entry, depth, say);
      return [
        `${pad}- ${intro}`,
        ...list.flatMap((child) => conditionLines(child as RuleCondition, entry, depth + 1, say)),
      ];
    }
  }
  if ('not' in record) {
    return [
      `${pad}- ${say('explain.not')}`,
      ...conditionLines(record.not as RuleCondition, entry, depth + 1, say),
    ];
  }
  const fact = String(record.fact);
  const operator = String(record.operator);
  const at =
    typeof record.path === 'string' ? say('explain.atPath', { fact, path: record.path }) : fact;
  const subject = `${at}${paramsText(record.params, entry, say)}`;
  const when = `explain.when.${operator}`;
  // An operator the catalogue does not know is a mistake the rule set reports; say it as written.
  if (!Object.hasOwn(UI_CATALOGUES['en-GB'], when)) {
    const phrase = getOperator(operator)?.phrase ?? operator;
    return [`${pad}- ${subject} ${phrase} ${valueText(record.value, entry, say)}`];
  }
  return [
    `${pad}- ${elide(say(when as UiMessageId, { subject, value: valueText(record.value, entry, say) }))}`,
  ];
}

/**
 * Welsh joins the article to a word ending in a vowel before it ("na’r
 * paramedr", not "na y paramedr"). A condition's value is said after such a
 * word and may begin with the article ("y paramedr", "y ffaith"), so the
 * join is made once the sentence is whole. No English sentence has these
 * pairs of words.
 */
function elide(text: string): string {
  return text.replace(/(^|[\s(])(na|â|a|o|i|gyda|tua) yr? (?=\S)/g, '$1$2’r ');
}

function factsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) factsIn(child, out);
  else if (isObject(node)) {
    if (typeof node.fact === 'string' && !out.includes(node.fact)) out.push(node.fact);
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'fact' && typeof value === 'object') factsIn(value, out);
    }
  }
  return out;
}

/** The rule id a mistyped one most likely meant, for "did you mean". */
function nearest(id: string, ids: readonly string[]): string | undefined {
  return (
    closestMatch(id, ids, { maxDistance: Math.max(3, id.length / 3) }) ??
    ids.find((candidate) => candidate.includes(id))
  );
}

/**
 * The explanation of one rule, as lines of text, in a locale: the
 * catalogue's words, and the rule's texts in that locale where the
 * configuration has them (else en-GB). Every value from the data is
 * neutralised; `showFile` writes the rule's file as people should read it
 * (relative to the working folder); `ruleDocs` is where the default rules'
 * pages are (the configuration's `ruleDocs`).
 */
export function explainRule(
  entry: ResolvedRule,
  width: number,
  locale = 'en-GB',
  translated: { readonly [K in keyof RuleTexts]?: string | undefined } & {
    readonly rationale?: string | undefined;
    readonly parameters?: Readonly<Record<string, string>> | undefined;
    readonly facts?: Readonly<Record<string, string>> | undefined;
  } = {},
  showFile: (file: string) => string = (file) => file,
  ruleDocs: string = DEFAULT_RULE_DOCS,
  questions: ReadonlyMap<string, { section: string; point: string }> = questionCatalogue(),
  councilWords: Readonly<Record<string, FrameworkWords>> = {},
  heldUp: readonly string[] = [],
): string[] {
  const rule = entry.rule;
  const texts = textsOver(translated, entry.texts);
  const say: Say = (id, data = {}) => uiText(locale, id, data);
  const noun = (scope: string) => say(`noun.${scope}` as UiMessageId);
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', text);
  const para = (text: string, indent = 2) => lines.push(...wrap(text, width, indent));

  lines.push(...wrap(`${rule.id}: ${texts.title}`, width));
  para(
    [
      say('explain.set', { set: rule.set }),
      `${say('explain.severity', { severity: say(`severity.${entry.severity}`) })}${entry.enabled ? '' : ` ${say('explain.off')}`}`,
      // A portfolio rule about projects is about each of them; one about the
      // portfolio is about all of them together.
      rule.scope === 'portfolio'
        ? say('explain.aboutPortfolio')
        : rule.scope === 'project' && rule.set !== PORTFOLIO_RULE_SET
          ? say('explain.aboutProject')
          : say('explain.aboutEach', { noun: noun(rule.scope) }),
      say('explain.stages', {
        stages:
          rule.stages?.map((stage) => say(`stage.${stage}`)).join(', ') ?? say('explain.allStages'),
      }),
      say('explain.version', { version: rule.version }),
      ...(entry.builtin ? [] : [say('explain.custom')]),
    ].join(' · '),
    0,
  );

  heading(say(rule.questions.length === 1 ? 'explain.question' : 'explain.questions'));
  for (const id of rule.questions) {
    const section = questions.get(id)?.section ?? rule.section;
    const sectionWords =
      councilWord(councilWords, locale, 'sections', section) ?? sectionName(section, locale);
    const point =
      councilWord(councilWords, locale, 'questions', id) ??
      questionPoint(id, locale) ??
      questions.get(id)?.point ??
      '';
    lines.push(...wrap(`${id} (${sectionWords}): ${point}`.trim(), width, 4, 2));
  }

  heading(say('explain.why'));
  para(translated.rationale ?? rule.rationale);

  heading(say('explain.flags'));
  para(
    rule.scope === 'project'
      ? say('explain.whenProject')
      : say('explain.whenEach', { noun: noun(rule.scope), fact: rule.subjects?.fact ?? '' }),
  );
  for (const line of conditionLines(rule.conditions, entry, 1, say)) {
    const indent = line.length - line.trimStart().length;
    lines.push(...wrap(line.trim(), width, indent + 2, indent));
  }
  para(say('explain.cannotDecide'));

  heading(say('explain.facts'));
  const used = factsIn(rule.conditions);
  const messageOnly = (rule.facts ?? []).map((f) => f.fact).filter((f) => !used.includes(f));
  for (const id of [...used, ...messageOnly]) {
    const note = messageOnly.includes(id) ? ` ${say('explain.messageOnly')}` : '';
    const declared =
      rule.define !== undefined && Object.hasOwn(rule.define, id) ? rule.define[id] : undefined;
    if (declared !== undefined) {
      lines.push(
        ...wrap(
          `- ${id} (${say('explain.declared')}): ${translated.facts?.[id] ?? declared.description ?? describeMeasureIn(declared, descriptionWords(locale))}${note}`,
          width,
          4,
          2,
        ),
      );
      continue;
    }
    const fact = getFact(id);
    const type =
      fact && isUiMessageId(`factType.${fact.type}`)
        ? say(`factType.${fact.type}` as UiMessageId)
        : fact?.type;
    const kind = fact
      ? fact.scope
        ? say('explain.factOf', { type: type ?? '', noun: noun(fact.scope) })
        : (type ?? '')
      : say('explain.unknownFact');
    const library = fact?.declaration !== undefined ? `, ${say('explain.fromLibrary')}` : '';
    const welsh: Readonly<Record<string, string>> = FACT_DESCRIPTIONS_CY.facts;
    const description =
      fact && uiLocale(locale) === 'cy' && Object.hasOwn(welsh, id) ? welsh[id] : fact?.description;
    lines.push(...wrap(`- ${id} (${kind}${library}): ${description ?? ''}${note}`, width, 4, 2));
  }

  heading(say('explain.parameters'));
  const names = Object.keys(rule.parameters ?? {});
  if (names.length === 0) para(say('explain.none'));
  for (const name of names) {
    const definition = rule.parameters?.[name];
    if (!definition) continue;
    const value = entry.parameters[name] as ParameterValue;
    const changed =
      JSON.stringify(value) !== JSON.stringify(definition.default)
        ? ` ${say('explain.default', { value: formatParameter(definition.default as ParameterValue, say) })}`
        : ` ${say('explain.theDefault')}`;
    lines.push(
      ...wrap(
        `- ${name} = ${parameterWithUnit(value, definition.unit, say)}${changed}: ${translated.parameters?.[name] ?? definition.description}`,
        width,
        4,
        2,
      ),
    );
  }

  heading(say('explain.messages'));
  para(say('explain.flagged', { text: texts.flagged }));
  if (texts.needsReviewTitle)
    para(say('explain.needsReviewTitle', { text: texts.needsReviewTitle }));
  if (texts.needsReview) para(say('explain.needsReview', { text: texts.needsReview }));
  if (texts.needsReviewSubject)
    para(say('explain.needsReviewSubject', { text: texts.needsReviewSubject }));
  if (rule.dependsOn) para(say('explain.dependsOn', { rules: rule.dependsOn }));
  if (heldUp.length > 0) para(say('explain.holdsUp', { rules: heldUp }));

  heading(say('explain.resolve'));
  para(texts.action);
  if (texts.needsReviewAction)
    para(say('explain.resolveNeedsReview', { text: texts.needsReviewAction }));

  const docs = ruleDocsLink(rule, entry.builtin, ruleDocs);
  if (docs || entry.file) heading(say('explain.more'));
  if (docs) para(docs);
  if (entry.file && !entry.builtin) para(say('explain.definedIn', { file: showFile(entry.file) }));
  return lines;
}

/** Runs `coproduce explain`. */
export async function runExplain(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, 'explain', args, {
    ...CONFIG_OPTIONS,
  });
  if (parsed === undefined) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(
      say(positionals.length === 0 ? 'usage.explainRule' : 'usage.explainOne'),
      'explain',
    );
  }
  const id = positionals[0] as string;
  const { resolved, ruleSet, choice } = await loadRuleContext(io, 'explain', values);
  const entry = resolved.rules.find((r) => r.rule.id === id);
  if (!entry) {
    const guess = nearest(
      id,
      resolved.rules.map((r) => r.rule.id),
    );
    throw new InputError(
      guess ? say('explain.noRuleGuess', { id, guess }) : say('explain.noRule', { id }),
    );
  }
  const locale = localeOption('explain', values.locale) ?? resolved.locale;
  const translated = resolved.messages[locale]?.[id] ?? {};
  const width = Math.min(textWidth(io), 80);
  const lines = [
    ...explainRule(
      entry,
      width,
      locale,
      translated,
      (file) => displayPath(io, file),
      resolved.ruleDocs,
      questionCatalogue(resolved),
      resolved.councilWords,
      // The rules in force whose issues this rule's card may show.
      resolved.rules
        .filter((r) => r.enabled && r.rule.dependsOn?.includes(id))
        .map((r) => r.rule.id),
    ),
    '',
    ...wrap(configurationLine(choice, ruleSet.ruleSets, locale), width),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
