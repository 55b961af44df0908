/**
 * `coproduce schema <project|rule|config|report>`: prints a JSON Schema the
 * package ships, exactly as in `schemas/`.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { type CliIo, EXIT_OK, parseCommandArgs, UsageError, writeOutput } from './io.js';
import { SCHEMA_NAMES, type SchemaName, schemaFile } from './package.js';

export const schemaHelp = `Usage: coproduce schema <project|rule|config|report|portfolio-report>

Prints a JSON Schema: of a project document, a rule file, a council
configuration, a check report (the JSON of "coproduce check --format json")
or a portfolio report (the same, for several projects).
Editors use them to check files as you type; other systems use them to
validate what they exchange.

Options:
  --out <file>   Write the schema to a file instead of the terminal
  -h, --help     Show this help

Example:
  coproduce schema report --out report.schema.json
`;

/** Runs `coproduce schema`. */
export async function runSchema(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', args, {
    out: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout.write(schemaHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new UsageError(`name one schema: ${SCHEMA_NAMES.join(', ')}`, 'schema');
  }
  const name = positionals[0] as string;
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`there is no "${name}" schema: use ${SCHEMA_NAMES.join(', ')}`, 'schema');
  }
  const text = await readFile(schemaFile(name as SchemaName), 'utf8');
  await writeOutput(io, values.out, text.endsWith('\n') ? text : `${text}\n`);
  return EXIT_OK;
}
