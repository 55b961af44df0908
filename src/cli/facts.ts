/**
 * `coproduce facts`: the building blocks of declarative facts (collections
 * and their fields, measures, filters, limits) and the facts of the
 * catalogue grouped by what they measure, each with the rules that read it.
 *
 * @module
 */

import { describeMeasureIn } from '../check/declarative/describe.js';
import type { ResolvedConfig, RuleFile } from '../index.js';
import { isUiMessageId, uiLocale, uiText } from '../report/catalogue.js';
import {
  COLLECTIONS,
  type CollectionInfo,
  DECLARATIVE_LIMITS,
  describeFieldType,
  type FactDefinition,
  FILTER_OPERATOR_DESCRIPTIONS,
  FILTER_OPERATORS,
  factCatalogue,
  MEASURES,
} from '../schemas.js';
import { CLI_CATALOGUES, type CliMessageId, say } from './catalogue.js';
import {
  FACT_DESCRIPTIONS_CY,
  WELSH_DESCRIPTION_WORDS,
  welshFieldType,
} from './fact-descriptions.js';
import {
  type CliIo,
  EXIT_OK,
  listFormat,
  parseCommandArgs,
  sayText,
  textWidth,
  UsageError,
  wrap,
} from './io.js';
import { loadRuleContext, RULE_LIST_OPTIONS } from './rules.js';

const PARTS = ['collections', 'measures', 'filters', 'catalogue'] as const;
type Part = (typeof PARTS)[number];

/** The fact ids a rule file reads: in its conditions, `facts` and `subjects`. */
function factsReadBy(rule: RuleFile): Set<string> {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.fact === 'string') out.add(record.fact);
    for (const [key, value] of Object.entries(record)) if (key !== 'fact') walk(value);
  };
  walk(rule.conditions);
  walk(rule.facts ?? []);
  if (rule.subjects) out.add(rule.subjects.fact);
  // A name the rule declares itself is its own, not the catalogue's.
  for (const name of Object.keys(rule.define ?? {})) out.delete(name);
  return out;
}

function usedBy(resolved: ResolvedConfig): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of resolved.rules) {
    for (const id of factsReadBy(entry.rule)) {
      const list = map.get(id) ?? [];
      list.push(entry.rule.id);
      map.set(id, list);
    }
  }
  return map;
}

/** Whether `coproduce facts` speaks Welsh. */
function inWelsh(io: CliIo): boolean {
  return uiLocale(io.locale) === 'cy';
}

/** A Welsh description from `table` when the command speaks Welsh and it has one, else the English. */
function described(
  io: CliIo,
  table: Readonly<Record<string, string>>,
  key: string,
  english: string,
) {
  return inWelsh(io) && Object.hasOwn(table, key) ? (table[key] as string) : english;
}

function collectionLines(io: CliIo, collection: CollectionInfo, width: number): string[] {
  const lines: string[] = [];
  const welsh = FACT_DESCRIPTIONS_CY;
  const { name, scope } = collection;
  lines.push(
    `  ${scope && scope !== 'project' ? sayText(io, 'facts.collectionScoped', { name, scope }) : name}`,
  );
  lines.push(...wrap(described(io, welsh.collections, name, collection.description), width, 4));
  for (const [field, type] of Object.entries(collection.fields)) {
    if (type.kind === 'other') continue;
    const derived = collection.derived[field];
    const data = {
      name: field,
      type: inWelsh(io) ? welshFieldType(type) : describeFieldType(type),
    };
    lines.push(
      ...wrap(
        derived
          ? sayText(io, 'facts.fieldDerived', {
              ...data,
              description: described(io, welsh.fields, `${name}.${field}`, derived.description),
            })
          : sayText(io, 'facts.field', data),
        width,
        8,
        6,
      ),
    );
  }
  return lines;
}

/** One fact of the catalogue, with what it is, where it comes from and the rules that read it. */
function factLine(io: CliIo, fact: FactDefinition, rules: readonly string[]): string {
  // A fact's kind and the records it is about, in the reader's words where the report's catalogue has them.
  const ui = (id: string, otherwise: string) =>
    isUiMessageId(id) ? uiText(io.locale, id) : otherwise;
  const params = Object.keys(fact.params);
  return sayText(io, 'facts.fact', {
    id: fact.id,
    kind: fact.scope
      ? sayText(io, 'facts.kindScoped', {
          type: ui(`factType.${fact.type}`, fact.type),
          scope: ui(`noun.${fact.scope}`, fact.scope),
        })
      : sayText(io, 'facts.kind', { type: ui(`factType.${fact.type}`, fact.type) }),
    parameters:
      params.length > 0 ? sayText(io, 'facts.parameters', { names: params.join(', ') }) : '',
    source: sayText(io, fact.declaration !== undefined ? 'facts.fromLibrary' : 'facts.fromCode'),
    description:
      // A library fact declared without a description is described from its
      // declaration, in the reader's language rather than the English made when it compiled.
      inWelsh(io) &&
      !Object.hasOwn(FACT_DESCRIPTIONS_CY.facts, fact.id) &&
      fact.declaration !== undefined &&
      fact.declaration.description === undefined
        ? describeMeasureIn(fact.declaration, WELSH_DESCRIPTION_WORDS)
        : described(io, FACT_DESCRIPTIONS_CY.facts, fact.id, fact.description),
    usedBy:
      rules.length > 0
        ? sayText(io, 'facts.usedBy', { rules: rules.join(', ') })
        : sayText(io, 'facts.usedByNone'),
  });
}

/** A catalogue text of `coproduce facts` (a topic, a measure) in the reader's words, or the English as given. */
function sayKnown(io: CliIo, id: string, english: string): string {
  return Object.hasOwn(CLI_CATALOGUES['en-GB'], id) ? sayText(io, id as CliMessageId) : english;
}

function byTopic(io: CliIo, facts: readonly FactDefinition[]): [string, FactDefinition[]][] {
  const groups = new Map<string, FactDefinition[]>();
  for (const fact of facts) {
    const topic = fact.topic ?? sayText(io, 'facts.otherTopic');
    const list = groups.get(topic) ?? [];
    list.push(fact);
    groups.set(topic, list);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Runs `coproduce facts`. */
export async function runFacts(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, 'facts', args, RULE_LIST_OPTIONS);
  if (parsed === undefined) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(say('usage.factsOne'), 'facts');
  const part = positionals[0] as string | undefined;
  if (part !== undefined && !(PARTS as readonly string[]).includes(part)) {
    throw new UsageError(say('usage.factsPart', { part, parts: PARTS.join(', ') }), 'facts');
  }
  const show = (p: Part) => part === undefined || part === p;
  const format = listFormat('facts', values.format);
  const { resolved } = await loadRuleContext(io, 'facts', values);
  const users = usedBy(resolved);

  if (format === 'json') {
    const out: Record<string, unknown> = {};
    if (show('collections')) out.collections = COLLECTIONS;
    if (show('measures')) out.measures = MEASURES;
    if (show('filters')) {
      out.filters = FILTER_OPERATORS.map((name) => ({
        name,
        description: FILTER_OPERATOR_DESCRIPTIONS[name],
      }));
      out.limits = DECLARATIVE_LIMITS;
    }
    if (show('catalogue')) {
      out.catalogue = factCatalogue.map((f) => ({
        id: f.id,
        type: f.type,
        ...(f.scope ? { scope: f.scope } : {}),
        topic: f.topic ?? null,
        source: f.declaration !== undefined ? 'library' : 'code',
        description: f.description,
        params: Object.keys(f.params),
        usedBy: users.get(f.id) ?? [],
      }));
    }
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT_OK;
  }

  const width = Math.min(textWidth(io), 80);
  const lines: string[] = [];
  const section = (title: string, intro: string) => {
    if (lines.length > 0) lines.push('');
    lines.push(title, ...wrap(intro, width, 2));
  };
  if (show('collections')) {
    section(sayText(io, 'facts.collections'), sayText(io, 'facts.collectionsIntro'));
    for (const collection of COLLECTIONS) lines.push('', ...collectionLines(io, collection, width));
  }
  if (show('measures')) {
    section(sayText(io, 'facts.measures'), sayText(io, 'facts.measuresIntro'));
    for (const m of MEASURES) {
      const description = sayKnown(io, `facts.measure.${m.name}`, m.description);
      lines.push(...wrap(`- ${m.name}: ${description}`, width, 4, 2));
    }
  }
  if (show('filters')) {
    section(sayText(io, 'facts.filters'), sayText(io, 'facts.filtersIntro'));
    for (const name of FILTER_OPERATORS)
      lines.push(
        ...wrap(
          `- ${name}: ${described(io, FACT_DESCRIPTIONS_CY.filters, name, FILTER_OPERATOR_DESCRIPTIONS[name])}`,
          width,
          4,
          2,
        ),
      );
    lines.push(
      '',
      ...wrap(
        sayText(io, 'facts.limits', {
          definitions: DECLARATIVE_LIMITS.maxDefinitions,
          depth: DECLARATIVE_LIMITS.maxFilterDepth,
          leaves: DECLARATIVE_LIMITS.maxLeaves,
          cases: DECLARATIVE_LIMITS.maxCases,
          items: DECLARATIVE_LIMITS.maxChecklistItems,
          values: DECLARATIVE_LIMITS.maxListValues,
        }),
        width,
        2,
      ),
    );
  }
  if (show('catalogue')) {
    section(sayText(io, 'facts.catalogue'), sayText(io, 'facts.catalogueIntro'));
    for (const [topic, facts] of byTopic(io, factCatalogue)) {
      lines.push('', `  ${sayKnown(io, `facts.topic.${topic}`, topic)}`);
      for (const fact of facts) {
        lines.push(...wrap(factLine(io, fact, users.get(fact.id) ?? []), width, 6, 4));
      }
    }
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
