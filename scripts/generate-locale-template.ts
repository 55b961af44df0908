/**
 * Generates `locales/template.json`: every message a reader can see, for a
 * translator (as axe-core ships its locale template). For each message: its
 * id, the en-GB text, the placeholders it must keep, and, for every shipped
 * locale other than en-GB, the current translation (or `null` where there
 * is none yet) and whether that catalogue has been reviewed.
 *
 * It holds the report and command-line catalogue (`src/report/catalogue.ts`),
 * the framework's section names and questions, and the default rules' own
 * texts (title, flagged, needs-review and action messages, why each matters and
 * what its parameters mean), and those of each shipped framework pack, which a
 * council translates in its configuration's `messages`.
 *
 * - `tsx scripts/generate-locale-template.ts` writes the file.
 * - `tsx scripts/generate-locale-template.ts --check` writes nothing and
 *   exits 1 when the committed file is missing or out of date.
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinMessageFiles, builtinPacks } from '../src/check/builtin-rules.js';
import { builtinRules, questionCatalogue } from '../src/check/compile.js';
import { FILTER_OPERATOR_DESCRIPTIONS } from '../src/check/declarative/schema.js';
import { parsePlaceholders } from '../src/check/messages.js';
import { FACT_PHRASES, type FactPhraseId } from '../src/check/phrases.js';
import type { RuleFile } from '../src/check/rule-schema.js';
import { CLI_CATALOGUES, type CliMessageId } from '../src/cli/catalogue.js';
import { FACT_DESCRIPTIONS_CY } from '../src/cli/fact-descriptions.js';
import {
  BUILTIN_TRANSLATIONS,
  UI_CATALOGUE_STATUS,
  UI_CATALOGUES,
  UI_LOCALES,
  type UiMessageId,
} from '../src/report/catalogue.js';
import { PROBLEM_CATALOGUES, type ProblemMessageId } from '../src/report/problem-catalogue.js';
import { COLLECTIONS, factCatalogue } from '../src/schemas.js';

/**
 * The generated template.
 *
 * @example `JSON.parse(readFileSync(LOCALE_TEMPLATE, 'utf8')).messages.length`
 */
export const LOCALE_TEMPLATE: string = fileURLToPath(
  new URL('../locales/template.json', import.meta.url),
);

/** One message of the template. */
export interface TemplateMessage {
  readonly id: string;
  readonly group:
    | 'ui'
    | 'cli'
    | 'problem'
    | 'phrase'
    | 'section'
    | 'question'
    | 'rule'
    | 'collection'
    | 'field'
    | 'fact'
    | 'filter';
  readonly 'en-GB': string;
  /** The placeholders a translation must keep, as `{name}` or `{name:format}`. */
  readonly placeholders: readonly string[];
  readonly translations: Readonly<Record<string, string | null>>;
}

function placeholdersOf(text: string): string[] {
  const names = parsePlaceholders(text).placeholders.map((p) =>
    p.format !== undefined ? `{${p.name}:${p.format}}` : `{${p.name}}`,
  );
  return [...new Set(names)];
}

const OTHER_LOCALES = UI_LOCALES.filter((locale) => locale !== 'en-GB');

/** The names a description quotes in backticks (`recentDays`), which a translation keeps as they are. */
function quotedNames(text: string): string[] {
  return [...new Set(text.match(/`[^`]+`/g) ?? [])];
}

/**
 * The template as data: the catalogue's messages in its order, then the
 * sections and questions in framework order, then each default rule's
 * texts by rule id.
 *
 * @example `buildLocaleTemplate().messages.find((m) => m.id === 'heading.summary')`
 */
export function buildLocaleTemplate(): {
  about: string;
  locales: Record<string, { reviewed: boolean; note: string }>;
  messages: TemplateMessage[];
} {
  const messages: TemplateMessage[] = [];
  const english = UI_CATALOGUES['en-GB'];
  for (const id of Object.keys(english) as UiMessageId[]) {
    messages.push({
      id,
      group: 'ui',
      'en-GB': english[id],
      placeholders: placeholdersOf(english[id]),
      translations: Object.fromEntries(
        OTHER_LOCALES.map((locale) => [locale, UI_CATALOGUES[locale][id] ?? null]),
      ),
    });
  }
  // The command line's own words (help, usage errors, messages), as cli:<id>.
  const cliEnglish = CLI_CATALOGUES['en-GB'];
  for (const id of Object.keys(cliEnglish) as CliMessageId[]) {
    messages.push({
      id: `cli:${id}`,
      group: 'cli',
      'en-GB': cliEnglish[id],
      placeholders: placeholdersOf(cliEnglish[id]),
      translations: Object.fromEntries(
        OTHER_LOCALES.map((locale) => [locale, CLI_CATALOGUES[locale][id] ?? null]),
      ),
    });
  }
  // The problems of invalid input, by problem code, as problem:<code>.
  const problemEnglish = PROBLEM_CATALOGUES['en-GB'];
  for (const id of Object.keys(problemEnglish) as ProblemMessageId[]) {
    messages.push({
      id: `problem:${id}`,
      group: 'problem',
      'en-GB': problemEnglish[id],
      placeholders: placeholdersOf(problemEnglish[id]),
      translations: Object.fromEntries(
        OTHER_LOCALES.map((locale) => [locale, PROBLEM_CATALOGUES[locale][id] ?? null]),
      ),
    });
  }
  // The phrases facts put inside rule messages, as phrase:<id>.
  const phraseEnglish = FACT_PHRASES['en-GB'];
  for (const id of Object.keys(phraseEnglish) as FactPhraseId[]) {
    messages.push({
      id: `phrase:${id}`,
      group: 'phrase',
      'en-GB': phraseEnglish[id],
      placeholders: placeholdersOf(phraseEnglish[id]),
      translations: Object.fromEntries(
        OTHER_LOCALES.map((locale) => [locale, FACT_PHRASES[locale][id] ?? null]),
      ),
    });
  }
  // What `coproduce facts` describes: collections, the fields the language works
  // out, and the facts of the catalogue, by name (src/cli/fact-descriptions.ts).
  const described = (
    group: 'collection' | 'field' | 'fact' | 'filter',
    id: string,
    english: string,
    welsh: Readonly<Record<string, string>>,
  ) =>
    messages.push({
      id: `${group}:${id}`,
      group,
      'en-GB': english,
      placeholders: quotedNames(english),
      translations: { cy: Object.hasOwn(welsh, id) ? (welsh[id] as string) : null },
    });
  for (const collection of COLLECTIONS) {
    described(
      'collection',
      collection.name,
      collection.description,
      FACT_DESCRIPTIONS_CY.collections,
    );
    for (const [field, derived] of Object.entries(collection.derived)) {
      described(
        'field',
        `${collection.name}.${field}`,
        derived.description,
        FACT_DESCRIPTIONS_CY.fields,
      );
    }
  }
  for (const fact of [...factCatalogue].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    described('fact', fact.id, fact.description, FACT_DESCRIPTIONS_CY.facts);
  }
  for (const [name, description] of Object.entries(FILTER_OPERATOR_DESCRIPTIONS)) {
    described('filter', name, description, FACT_DESCRIPTIONS_CY.filters);
  }
  const sections: Record<string, string> = BUILTIN_TRANSLATIONS.sections;
  const questionsCy: Record<string, string> = BUILTIN_TRANSLATIONS.questions;
  const seen = new Set<string>();
  for (const [, question] of questionCatalogue()) {
    if (seen.has(question.section)) continue;
    seen.add(question.section);
    messages.push({
      id: `section:${question.section}`,
      group: 'section',
      'en-GB': question.section,
      placeholders: [],
      translations: { cy: sections[question.section] ?? null },
    });
  }
  for (const [id, question] of questionCatalogue()) {
    messages.push({
      id: `question:${id}`,
      group: 'question',
      'en-GB': question.point,
      placeholders: [],
      translations: { cy: questionsCy[id] ?? null },
    });
  }
  // Each rule's texts, with the shipped translations of its framework: the
  // built-in framework's (rules/messages/<locale>.json), then each pack's
  // (rules/<pack>/messages/<locale>.json), so a pack is held to the same
  // completeness as the built-in rules.
  type ShippedTexts = Record<string, string | undefined> & {
    parameters?: Record<string, string | undefined>;
    facts?: Record<string, string | undefined>;
  };
  const shippedOf = (files: readonly { data: unknown }[]) => {
    const shipped = new Map<string, Record<string, ShippedTexts>>();
    for (const { data } of files) {
      const file = data as { locale: string; rules: Record<string, ShippedTexts> };
      shipped.set(file.locale, file.rules);
    }
    return shipped;
  };
  const ruleTexts = (
    rules: readonly RuleFile[],
    shipped: ReadonlyMap<string, Record<string, ShippedTexts>>,
  ) => {
    for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const texts: [string, string | undefined][] = [
        ['title', rule.title],
        ['needsReviewTitle', rule.messages.needsReviewTitle],
        ['flagged', rule.messages.flagged],
        ['needsReview', rule.messages.needsReview],
        ['needsReviewSubject', rule.messages.needsReviewSubject],
        ['action', rule.messages.action],
        ['needsReviewAction', rule.messages.needsReviewAction],
        ['rationale', rule.rationale],
      ];
      for (const [key, text] of texts) {
        if (text === undefined) continue;
        messages.push({
          id: `rule:${rule.id}.${key}`,
          group: 'rule',
          'en-GB': text,
          placeholders: placeholdersOf(text),
          translations: Object.fromEntries(
            OTHER_LOCALES.map((locale) => {
              const said = shipped.get(locale)?.[rule.id]?.[key];
              return [locale, typeof said === 'string' ? said : null];
            }),
          ),
        });
      }
      // What each parameter means, and what each fact the rule declares
      // measures where the rule says it, as `coproduce explain` shows them.
      const named = (key: 'parameters' | 'facts', name: string, english: string) =>
        messages.push({
          id: `rule:${rule.id}.${key}.${name}`,
          group: 'rule',
          'en-GB': english,
          placeholders: [],
          translations: Object.fromEntries(
            OTHER_LOCALES.map((locale) => [
              locale,
              shipped.get(locale)?.[rule.id]?.[key]?.[name] ?? null,
            ]),
          ),
        });
      for (const [name, definition] of Object.entries(rule.parameters ?? {})) {
        named('parameters', name, definition.description);
      }
      for (const [name, declared] of Object.entries(rule.define ?? {})) {
        if (declared.description !== undefined) named('facts', name, declared.description);
      }
    }
  };
  ruleTexts([...builtinRules().values()], shippedOf(builtinMessageFiles));
  for (const pack of builtinPacks) {
    ruleTexts(
      pack.rules.map(({ data }) => data as RuleFile),
      shippedOf(pack.messages),
    );
  }
  return {
    about:
      'Every message a reader of coproduce sees, for translators: the report’s words (ui), the command line’s help and messages (cli), the problems of invalid input by problem code (problem), the phrases facts put inside rule messages (phrase), the framework’s sections and questions, and the default rules’ own texts (rule), and what `coproduce facts` describes (collection, field, fact), with the placeholders (and `quoted names`) each translation must keep. Generated by scripts/generate-locale-template.ts; do not edit by hand. A translation of the ui, section and question messages goes in src/report/catalogue.ts, of the cli messages in src/cli/catalogue.ts, of the problem messages in src/report/problem-catalogue.ts, of the phrases in src/check/phrases.ts, of the default rules’ texts in rules/messages/<locale>.json, of a framework pack’s rules in rules/<pack>/messages/<locale>.json, of the collections, fields and facts in src/cli/fact-descriptions.ts; a council overrides any rule’s texts in its configuration’s "messages".',
    locales: Object.fromEntries(
      OTHER_LOCALES.map((locale) => [locale, { ...UI_CATALOGUE_STATUS[locale] }]),
    ),
    messages,
  };
}

/**
 * The template as the file holds it.
 *
 * @example `renderLocaleTemplate().endsWith('\n') // true`
 */
export function renderLocaleTemplate(): string {
  return `${JSON.stringify(buildLocaleTemplate(), null, 2)}\n`;
}

/**
 * What a shipped locale lacks: each message (of every group) without a
 * translation, or whose translation drops a placeholder of the English.
 *
 * @example `incompleteMessages(buildLocaleTemplate()) // [] when every shipped locale is complete`
 */
export function incompleteMessages(template: ReturnType<typeof buildLocaleTemplate>): string[] {
  const gaps: string[] = [];
  for (const locale of OTHER_LOCALES) {
    for (const message of template.messages) {
      const translated = message.translations[locale];
      if (typeof translated !== 'string') {
        gaps.push(`${locale}: ${message.id} has no translation`);
        continue;
      }
      for (const placeholder of message.placeholders) {
        if (placeholder.startsWith('`')) {
          if (!translated.includes(placeholder))
            gaps.push(`${locale}: ${message.id} drops ${placeholder}`);
          continue;
        }
        const name = placeholder.slice(1, -1).split(':')[0] as string;
        if (!translated.includes(`{${name}}`) && !translated.includes(`{${name}:`)) {
          gaps.push(`${locale}: ${message.id} drops ${placeholder}`);
        }
      }
    }
  }
  return gaps;
}

function main(args: readonly string[]): number {
  const text = renderLocaleTemplate();
  if (args.includes('--check')) {
    const gaps = incompleteMessages(buildLocaleTemplate());
    if (gaps.length > 0) {
      console.error(`A shipped locale is incomplete:\n  ${gaps.join('\n  ')}`);
      return 1;
    }
    const current = existsSync(LOCALE_TEMPLATE) ? readFileSync(LOCALE_TEMPLATE, 'utf8') : '';
    if (current !== text) {
      console.error(
        'locales/template.json is out of date: run `npx tsx scripts/generate-locale-template.ts`',
      );
      return 1;
    }
    console.log('locales/template.json is up to date.');
    return 0;
  }
  mkdirSync(dirname(LOCALE_TEMPLATE), { recursive: true });
  writeFileSync(LOCALE_TEMPLATE, text);
  console.log('wrote locales/template.json');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
