/**
 * `coproduce facts`: the building blocks of declarative facts (collections
 * and their fields, measures, filters, limits) and the facts of the
 * catalogue grouped by what they measure, each with the rules that read it.
 *
 * @module
 */

import type { ResolvedConfig, RuleFile } from '../index.js';
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
import { say } from './catalogue.js';
import { CONFIG_OPTIONS } from './config.js';
import {
  type CliIo,
  EXIT_OK,
  oneOf,
  parseCommandArgs,
  sayText,
  textWidth,
  UsageError,
  wrap,
} from './io.js';
import { loadRuleContext } from './rules.js';

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

function source(fact: FactDefinition): string {
  return fact.declaration !== undefined ? 'the fact library (rules/facts)' : "the library's code";
}

function collectionLines(collection: CollectionInfo, width: number): string[] {
  const lines: string[] = [];
  lines.push(
    `  ${collection.name}${collection.scope && collection.scope !== 'project' ? ` (subjects: ${collection.scope})` : ''}`,
  );
  lines.push(...wrap(collection.description, width, 4));
  for (const [name, type] of Object.entries(collection.fields)) {
    if (type.kind === 'other') continue;
    const derived = collection.derived[name];
    lines.push(
      ...wrap(
        `- ${name}: ${describeFieldType(type)}${derived ? `; worked out by the library: ${derived.description}` : ''}`,
        width,
        8,
        6,
      ),
    );
  }
  return lines;
}

function byTopic(facts: readonly FactDefinition[]): [string, FactDefinition[]][] {
  const groups = new Map<string, FactDefinition[]>();
  for (const fact of facts) {
    const topic = fact.topic ?? 'Other';
    const list = groups.get(topic) ?? [];
    list.push(fact);
    groups.set(topic, list);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Runs `coproduce facts`. */
export async function runFacts(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('facts', args, {
    ...CONFIG_OPTIONS,
    format: { type: 'string', short: 'f' },
  });
  if (values.help) {
    io.stdout.write(sayText(io, 'help.facts'));
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError(say('usage.factsOne'), 'facts');
  const part = positionals[0] as string | undefined;
  if (part !== undefined && !(PARTS as readonly string[]).includes(part)) {
    throw new UsageError(say('usage.factsPart', { part, parts: PARTS.join(', ') }), 'facts');
  }
  const show = (p: Part) => part === undefined || part === p;
  const format = oneOf('facts', 'format', values.format, ['text', 'json'] as const) ?? 'text';
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
    section(
      'Collections',
      'What a measure ranges over ("of"). Each field is read from the project model; a field that names another record (an id) can be used in "groupBy" to give one finding per member or other subject.',
    );
    for (const collection of COLLECTIONS) lines.push('', ...collectionLines(collection, width));
  }
  if (show('measures')) {
    section('Measures', 'What a declared fact computes ("measure").');
    for (const m of MEASURES) lines.push(...wrap(`- ${m.name}: ${m.description}`, width, 4, 2));
  }
  if (show('filters')) {
    section(
      'Filters',
      'A "where" (and "among", "subjects", a "choose" case) is a comparison of one field, or "all", "any" and "not" of others. A comparison on a field that is not recorded is false, except "present" and "text". Any value may be { "param": name }, a parameter of the rule.',
    );
    for (const name of FILTER_OPERATORS)
      lines.push(...wrap(`- ${name}: ${FILTER_OPERATOR_DESCRIPTIONS[name]}`, width, 4, 2));
    lines.push(
      '',
      ...wrap(
        `Limits: at most ${DECLARATIVE_LIMITS.maxDefinitions} declared facts per rule; filters nest at most ${DECLARATIVE_LIMITS.maxFilterDepth} deep with at most ${DECLARATIVE_LIMITS.maxLeaves} comparisons per fact; a measure is tested only inside a "choose" case and never inside another measure's filter; at most ${DECLARATIVE_LIMITS.maxCases} cases, ${DECLARATIVE_LIMITS.maxChecklistItems} checklist items, ${DECLARATIVE_LIMITS.maxListValues} listed values. So a fact costs at most one pass over each collection it reads per comparison: linear in the size of the project.`,
        width,
        2,
      ),
    );
  }
  if (show('catalogue')) {
    section(
      'Facts of the catalogue, by what they measure',
      "Every rule can read these by name. Facts from the fact library are declarative (rules/facts); the rest are written in the library's code because they need it (time zones, concentration measures, wording built from several records).",
    );
    for (const [topic, facts] of byTopic(factCatalogue)) {
      lines.push('', `  ${topic}`);
      for (const fact of facts) {
        const params = Object.keys(fact.params);
        const rules = users.get(fact.id) ?? [];
        lines.push(
          ...wrap(
            `- ${fact.id} (${fact.type}${fact.scope ? ` of ${fact.scope}s` : ''}${params.length > 0 ? `; parameters ${params.join(', ')}` : ''}; from ${source(fact)}): ${fact.description} ${rules.length > 0 ? `Used by ${rules.join(', ')}.` : 'Used by no rule yet.'}`,
            width,
            6,
            4,
          ),
        );
      }
    }
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
