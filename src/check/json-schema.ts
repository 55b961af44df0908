/**
 * JSON Schemas of the rule file, the council configuration and the check
 * report, generated from the zod schemas so they cannot drift. Editors use
 * them for completion; other systems use them to validate. Checks that need
 * the catalogues (facts, operators, question ids, placeholders) are made by
 * `createRuleSet`, not by the schema.
 *
 * @module
 */
import * as z from 'zod';
import { ExtensionsSchema } from '../model/primitives.js';
import { ProjectSchema } from '../model/project.js';
import { FactLibrarySchema } from './declarative/schema.js';
import { PROTOTYPE_KEYS } from './path.js';
import { PortfolioReportSchema } from './portfolio/check-portfolio.js';
import { CheckReportSchema } from './report-schema.js';
import {
  CouncilConfigSchema,
  PackMessagesSchema,
  QuestionCatalogueSchema,
  RuleFileSchema,
  RuleSetPresetSchema,
} from './rule-schema.js';
import { RuleTestFileSchema } from './test-rule.js';

/**
 * A JSON Schema as a plain object.
 *
 * @category Customisation
 * @example `const schema: JsonSchema = ruleJsonSchema(); schema.type; // 'object'`
 */
export type JsonSchema = Record<string, unknown>;

/**
 * zod's refinements do not reach JSON Schema, so the ban on prototype keys
 * is added to every `propertyNames` by hand.
 */
function forbidPrototypeKeys(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) forbidPrototypeKeys(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const names = record.propertyNames;
  if (typeof names === 'object' && names !== null) {
    (names as Record<string, unknown>).not = { enum: [...PROTOTYPE_KEYS] };
  }
  for (const value of Object.values(record)) forbidPrototypeKeys(value);
}

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', cycles: 'ref' }) as JsonSchema;
  forbidPrototypeKeys(json);
  return json;
}

const JSON_VALUE_REF = '#/$defs/JsonValue';
const forbiddenKeyNames = { not: { enum: [...PROTOTYPE_KEYS] } };

/**
 * The JSON Schema of a project document (`schemas/project.schema.json`,
 * without its `$id`, title and description): what `parseProject` reads,
 * for a system that validates or edits project JSON without the library.
 * The checks a schema cannot express (references between records, dates
 * in order) are `parseProject`'s.
 *
 * @category Model
 * @example `projectJsonSchema().required // ['schemaVersion', 'id', 'title', 'stage', 'timeZone']`
 */
export function projectJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(ProjectSchema, {
    io: 'input',
    override: (ctx) => {
      // zod sees `extensions` as an opaque transform; spell out what it accepts.
      if (ctx.zodSchema === ExtensionsSchema) {
        ctx.jsonSchema.propertyNames = forbiddenKeyNames;
        ctx.jsonSchema.additionalProperties = { $ref: JSON_VALUE_REF };
      }
    },
  }) as JsonSchema;
  // Any JSON kept in `extensions`, never with a key that could reach a prototype, at any depth.
  const jsonValue: JsonSchema = {
    description: `Plain JSON data. Objects never use the keys ${[...PROTOTYPE_KEYS].map((k) => `"${k}"`).join(', ')}.`,
    anyOf: [
      { type: 'string' },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'null' },
      { type: 'array', items: { $ref: JSON_VALUE_REF } },
      {
        type: 'object',
        propertyNames: forbiddenKeyNames,
        additionalProperties: { $ref: JSON_VALUE_REF },
      },
    ],
  };
  return { ...schema, $defs: { JsonValue: jsonValue } };
}

/**
 * The JSON Schema of one rule file (`schemas/rule.schema.json`).
 *
 * @category Customisation
 * @example
 * ```ts
 * const schema = ruleJsonSchema();
 * Object.keys(schema.properties as object).includes('conditions'); // true
 * ```
 */
export function ruleJsonSchema(): JsonSchema {
  return toJsonSchema(RuleFileSchema, 'input');
}

/**
 * The JSON Schema of a rule-set preset (`rules/presets/*.json`).
 *
 * @category Customisation
 * @example `presetJsonSchema().required // ['id', 'description', 'rules']`
 */
export function presetJsonSchema(): JsonSchema {
  return toJsonSchema(RuleSetPresetSchema, 'input');
}

/**
 * The JSON Schema of a file of the fact library (`schemas/facts.schema.json`).
 *
 * @category Customisation
 * @example `Object.keys(factsJsonSchema().properties as object) // ['$schema', 'about', 'topic', 'facts']`
 */
export function factsJsonSchema(): JsonSchema {
  return toJsonSchema(FactLibrarySchema, 'input');
}

/**
 * The JSON Schema of a council configuration file (`schemas/config.schema.json`).
 *
 * @category Customisation
 * @example `Object.keys(configJsonSchema().properties as object).includes('extends') // true`
 */
export function configJsonSchema(): JsonSchema {
  return toJsonSchema(CouncilConfigSchema, 'input');
}

/**
 * The JSON Schema of a check report (`schemas/report.schema.json`).
 *
 * @category Customisation
 * @example `(reportJsonSchema().properties as Record<string, unknown>).reportVersion // { type: 'number', const: 1 }`
 */
export function reportJsonSchema(): JsonSchema {
  return toJsonSchema(CheckReportSchema, 'output');
}

/**
 * The JSON Schema of a framework's question catalogue
 * (`schemas/questions.schema.json`), such as `rules/six-principles/questions.json`.
 *
 * @category Customisation
 * @example `Object.keys(questionsJsonSchema().properties as object).includes('questions') // true`
 */
export function questionsJsonSchema(): JsonSchema {
  return toJsonSchema(QuestionCatalogueSchema, 'input');
}

/**
 * The JSON Schema of a framework pack's messages in one language
 * (`schemas/pack-messages.schema.json`), such as `messages/cy.json`.
 *
 * @category Customisation
 * @example `Object.keys(packMessagesJsonSchema().properties as object).includes('review') // true`
 */
export function packMessagesJsonSchema(): JsonSchema {
  return toJsonSchema(PackMessagesSchema, 'input');
}

/**
 * The JSON Schema of a rule test written as JSON (`schemas/rule-test.schema.json`),
 * such as the files in `rules/six-principles/tests/`.
 *
 * @category Customisation
 * @example `Object.keys(ruleTestJsonSchema().properties as object).includes('needsReview') // true`
 */
export function ruleTestJsonSchema(): JsonSchema {
  return toJsonSchema(RuleTestFileSchema, 'input');
}

/**
 * The JSON Schema of a portfolio report (`schemas/portfolio-report.schema.json`):
 * what `checkPortfolio` returns and `coproduce check` prints with `--format json`
 * for several projects.
 *
 * @category Customisation
 * @example `(portfolioReportJsonSchema().required as string[]).includes('findings') // true`
 */
export function portfolioReportJsonSchema(): JsonSchema {
  return toJsonSchema(PortfolioReportSchema, 'output');
}
