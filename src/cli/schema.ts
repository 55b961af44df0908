/**
 * `coproduce schema <project|rule|config|report>`: prints a JSON Schema the
 * package ships, exactly as in `schemas/`.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { say } from './catalogue.js';
import { type CliIo, EXIT_OK, parseCommandArgs, UsageError, writeOutput } from './io.js';
import { SCHEMA_NAMES, type SchemaName, schemaFile } from './package.js';

/** Runs `coproduce schema`. */
export async function runSchema(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, 'schema', args, {
    out: { type: 'string', short: 'o' },
  });
  if (parsed === undefined) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(say('usage.schemaName', { names: SCHEMA_NAMES.join(', ') }), 'schema');
  }
  const name = positionals[0] as string;
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(
      say('usage.schemaUnknown', { name, names: SCHEMA_NAMES.join(', ') }),
      'schema',
    );
  }
  const text = await readFile(schemaFile(name as SchemaName), 'utf8');
  await writeOutput(io, values.out, text.endsWith('\n') ? text : `${text}\n`);
  return EXIT_OK;
}
