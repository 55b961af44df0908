/**
 * Generates the JSON Schemas in `schemas/` from the zod model.
 *
 * - `tsx scripts/generate-schemas.ts` writes every schema.
 * - `tsx scripts/generate-schemas.ts --check` writes nothing and exits 1,
 *   naming each file, when a committed schema is missing or out of date.
 *
 * Each schema is one {@link SchemaEntry}; the rules work adds `rule`,
 * `config` and `report` schemas by adding entries to {@link schemaEntries}.
 *
 * @module
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { questionCatalogue } from '../src/check/compile.js';
import { SCHEMAS_URL } from '../src/check/docs-links.js';
import { factCatalogue } from '../src/check/facts/index.js';
import {
  configJsonSchema,
  factsJsonSchema,
  packMessagesJsonSchema,
  portfolioReportJsonSchema,
  projectJsonSchema,
  questionsJsonSchema,
  reportJsonSchema,
  ruleJsonSchema,
  ruleTestJsonSchema,
} from '../src/check/json-schema.js';
import { OPERATORS } from '../src/check/operators.js';
import { MAX_EXTENSION_DEPTH } from '../src/model/index.js';
import { REFERENCE_CHECKS_DESCRIPTION } from '../src/model/references.js';

/** Where the published schemas live; each schema's `$id` is this plus its file name. */
export const SCHEMA_BASE_URL: string = SCHEMAS_URL;

/** The folder the schemas are written to. */
export const SCHEMAS_DIR: string = fileURLToPath(new URL('../schemas/', import.meta.url));

/** A JSON Schema as a plain object. */
export type JsonSchemaObject = Record<string, unknown>;

/**
 * One generated schema file.
 *
 * @example
 * ```ts
 * const entry: SchemaEntry = {
 *   file: 'rule.schema.json',
 *   title: 'coproduce rule',
 *   description: 'One rule file.',
 *   build: () => z.toJSONSchema(RuleSchema, { io: 'input' }) as JsonSchemaObject,
 * };
 * ```
 */
export interface SchemaEntry {
  /** File name inside `schemas/`, such as `project.schema.json`. */
  readonly file: string;
  readonly title: string;
  readonly description: string;
  /** Builds the schema body; `$id`, `title` and `description` are added around it. */
  readonly build: () => JsonSchemaObject;
}

/** A schema rendered to the exact text that is committed. */
export interface GeneratedSchema {
  readonly file: string;
  readonly text: string;
}

/** The project document schema entry. */
export const projectSchemaEntry: SchemaEntry = {
  file: 'project.schema.json',
  title: 'coproduce project document',
  description: [
    'One co-production project: its purpose, group, activities, decisions, learning, reflections, agreements and governance, as read by parseProject() in the coproduce library.',
    REFERENCE_CHECKS_DESCRIPTION,
    `Also checked by parseProject(): values under "extensions" nest at most ${MAX_EXTENSION_DEPTH} levels deep.`,
    'Text lengths are counted in UTF-16 code units, as JavaScript counts them.',
  ].join(' '),
  build: projectJsonSchema,
};

/**
 * Adds the names an editor can offer while a council writes a rule: every
 * built-in fact under each \`fact\`, every operator under each \`operator\`,
 * every framework question id under \`questions\` and every section name
 * under \`section\`, as JSON Schema \`examples\` (offered as completions by
 * editors such as VS Code). They suggest and never restrict: a rule may
 * declare its own facts, and a council's pack its own questions, which the
 * library checks when it loads them.
 */
export function withCompletions(schema: JsonSchemaObject): JsonSchemaObject {
  const facts = [...new Set(factCatalogue.map((fact) => fact.id))].sort();
  const operators = OPERATORS.map((operator) => operator.name);
  const catalogue = questionCatalogue();
  const questions = [...catalogue.keys()].sort();
  const sections = [...new Set([...catalogue.values()].map((question) => question.section))];
  const isText = (value: unknown): value is JsonSchemaObject =>
    typeof value === 'object' && value !== null && (value as JsonSchemaObject).type === 'string';
  const visit = (node: unknown, depth: number): unknown => {
    if (depth > 64 || typeof node !== 'object' || node === null) return node;
    if (Array.isArray(node)) return node.map((item) => visit(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      let next = visit(value, depth + 1);
      if (key === 'properties' && typeof next === 'object' && next !== null) {
        const properties = { ...(next as Record<string, unknown>) };
        const add = (name: string, examples: readonly string[], items = false) => {
          const target = properties[name];
          if (!items && isText(target)) properties[name] = { ...target, examples };
          const inner = (target as JsonSchemaObject | undefined)?.items;
          if (items && isText(inner)) {
            properties[name] = { ...(target as JsonSchemaObject), items: { ...inner, examples } };
          }
        };
        add('fact', facts);
        add('operator', operators);
        add('section', sections);
        add('questions', questions, true);
        next = properties;
      }
      out[key] = next;
    }
    return out;
  };
  return visit(schema, 0) as JsonSchemaObject;
}

/** The rule file, council configuration and check report schemas, from `src/check/json-schema.ts`. */
export const checkSchemaEntries: readonly SchemaEntry[] = [
  {
    file: 'rule.schema.json',
    title: 'coproduce rule',
    description:
      'One rule file, rules/<set>/<id>.json: conditions over facts that describe a problem, its parameters, its messages and any further facts its messages read ("facts", which never change the outcome). Facts, operators, question ids and message placeholders are checked against the catalogues by createRuleSet() in the coproduce library. The keys "__proto__", "constructor" and "prototype" are refused anywhere.',
    build: () => withCompletions(ruleJsonSchema() as JsonSchemaObject),
  },
  {
    file: 'facts.schema.json',
    title: 'coproduce fact library file',
    description:
      'A file of declarative facts shared by every rule, rules/facts/<topic>.json: each fact is a measure (count, share, sum, min, max, latest, earliest, age, list, value, choose or checklist) over a collection of the project, with a description. Collections, fields and comparisons are checked against the project model by the coproduce library when it loads. The keys "__proto__", "constructor" and "prototype" are refused anywhere.',
    build: factsJsonSchema,
  },
  {
    file: 'questions.schema.json',
    title: 'coproduce question catalogue',
    description:
      "A framework's question catalogue, questions.json at the top of a framework pack: the stable id of each question or point of the framework, the section it belongs to (the report's headings), the point in the catalogue's own words, and the kinds of data that can answer it. Rules name these ids in \"questions\".",
    build: questionsJsonSchema,
  },
  {
    file: 'pack-messages.schema.json',
    title: 'coproduce framework pack messages',
    description:
      'A framework pack\'s texts in one language, messages/<locale>.json: the title, flagged, needs-review and action texts of its rules, and whether a speaker of the language has reviewed them ("awaiting" or "reviewed"). A council\'s own messages for the same rule and locale win over the pack\'s.',
    build: packMessagesJsonSchema,
  },
  {
    file: 'rule-test.schema.json',
    title: 'coproduce rule test',
    description:
      "A rule test written as JSON, tests/<rule-id>.json in a framework pack: the rule's id, an optional now, and valid (passes), invalid (flagged) and needsReview cases, each a project document (fields left out take the minimal project's values), with optional parameters, expected subjects and exact message and action.",
    build: ruleTestJsonSchema,
  },
  {
    file: 'config.schema.json',
    title: 'coproduce council configuration',
    description:
      'A council configuration: presets and files to extend, rule settings (off, a severity, or parameters and messages), extra rule files, inline custom rules, message catalogues by locale, the default locale, and how strictly evidence is read (placeholder texts, how many community members make a reflection count as the group’s). Rule ids and parameters are checked against the rules by resolveConfig() in the coproduce library.',
    build: () => withCompletions(configJsonSchema() as JsonSchemaObject),
  },
  {
    file: 'report.schema.json',
    title: 'coproduce check report',
    description:
      'The result of check() in the coproduce library: flagged issues and issues that need review, one outcome per enabled rule, counts, parameters and rule-set fingerprints. Every string in it is data, not markup: titles, names, messages, actions, subject labels, evidence values and section names come from the project and from council rule files, and may hold control characters, line breaks, Markdown or HTML. A front end must escape each one for where it shows it (the library does so with neutralise(), escapeMarkdown() and escapeHtml()), and must check that a docs link is an http or https URL (safeLink()) before making it a link.',
    build: reportJsonSchema,
  },
  {
    file: 'portfolio-report.schema.json',
    title: 'coproduce portfolio report',
    description:
      'The result of checkPortfolio() in the coproduce library, and of coproduce check --format json with several projects: every project with its overview counts and its own check report (as report.schema.json describes), and the findings of the portfolio rules about people, topics, projects and the whole portfolio. Every string in it is data, not markup: escape each one for where it is shown.',
    build: portfolioReportJsonSchema,
  },
];

/** Every schema the generator writes, in order. */
export const schemaEntries: readonly SchemaEntry[] = [projectSchemaEntry, ...checkSchemaEntries];

/**
 * Renders one entry as committed text: `$schema`, `$id`, `title` and
 * `description` first, then the body; two-space JSON and a final newline.
 *
 * @example
 * ```ts
 * const text = renderSchema(projectSchemaEntry);
 * JSON.parse(text).$id; // 'https://raw.githubusercontent.com/coproduce/coproduce/main/schemas/project.schema.json'
 * ```
 */
export function renderSchema(entry: SchemaEntry): string {
  const { $schema, ...body } = entry.build();
  const schema = {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE_URL}${entry.file}`,
    title: entry.title,
    description: entry.description,
    ...body,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * Builds every schema in memory, without touching the disk.
 *
 * @example
 * ```ts
 * for (const { file, text } of buildSchemas()) console.log(file, text.length);
 * ```
 */
export function buildSchemas(entries: readonly SchemaEntry[] = schemaEntries): GeneratedSchema[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    if (seen.has(entry.file)) throw new Error(`Two schema entries write ${entry.file}`);
    seen.add(entry.file);
    return { file: entry.file, text: renderSchema(entry) };
  });
}

/** A schema file that does not match what the generator builds. */
export interface StaleSchema {
  readonly file: string;
  readonly reason: 'missing' | 'out of date' | 'not generated';
}

/**
 * Compares generated schemas with the files in a folder. A `*.schema.json`
 * file that no entry produces is reported as `not generated`.
 *
 * @example
 * ```ts
 * const stale = findStaleSchemas(SCHEMAS_DIR, buildSchemas());
 * if (stale.length > 0) console.log(stale.map((s) => s.file));
 * ```
 */
export function findStaleSchemas(
  dir: string,
  generated: readonly GeneratedSchema[],
): StaleSchema[] {
  const stale: StaleSchema[] = [];
  for (const { file, text } of generated) {
    const path = join(dir, file);
    if (!existsSync(path)) stale.push({ file, reason: 'missing' });
    else if (readFileSync(path, 'utf8') !== text) stale.push({ file, reason: 'out of date' });
  }
  if (existsSync(dir)) {
    const known = new Set(generated.map((g) => g.file));
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.schema.json') && !known.has(file)) {
        stale.push({ file, reason: 'not generated' });
      }
    }
  }
  return stale;
}

/**
 * Writes the generated schemas into a folder and returns the files whose
 * content changed.
 *
 * @example
 * ```ts
 * writeSchemas(SCHEMAS_DIR, buildSchemas()); // ['project.schema.json'] the first time
 * ```
 */
export function writeSchemas(dir: string, generated: readonly GeneratedSchema[]): string[] {
  mkdirSync(dir, { recursive: true });
  const changed: string[] = [];
  for (const { file, text } of generated) {
    const path = join(dir, file);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    changed.push(file);
  }
  return changed;
}

/**
 * The command line: writes the schemas, or with `--check` reports stale
 * ones. Returns the exit code.
 */
export function main(argv: readonly string[], dir: string = SCHEMAS_DIR): number {
  const shown = relative(process.cwd(), dir) || '.';
  const generated = buildSchemas();
  if (argv.includes('--check')) {
    const stale = findStaleSchemas(dir, generated);
    const why: Record<StaleSchema['reason'], string> = {
      missing: 'is missing',
      'out of date': 'is out of date',
      'not generated': 'is not made by any entry in schemaEntries (add one, or delete the file)',
    };
    for (const { file, reason } of stale) console.error(`${join(shown, file)} ${why[reason]}`);
    if (stale.length > 0) {
      console.error('Run `npm run generate` and commit the result.');
      return 1;
    }
    console.log(`${generated.length} schema file(s) in ${shown} are up to date.`);
    return 0;
  }
  const changed = writeSchemas(dir, generated);
  for (const file of changed) console.log(`wrote ${join(shown, file)}`);
  if (changed.length === 0) console.log(`${generated.length} schema file(s) already up to date.`);
  return 0;
}

function isMainModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(resolve(script))).href;
  } catch {
    return false;
  }
}

if (isMainModule()) process.exitCode = main(process.argv.slice(2));
