/**
 * The installed package: where it is (so the CLI can read the JSON Schemas
 * it ships in `schemas/`), its version, and where to report bugs. Works
 * from the built `dist/cli.js` and from `src/cli/` alike.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMAS_URL } from '../check/docs-links.js';

/** What the CLI reads from `package.json`. */
export interface PackageInfo {
  readonly root: string;
  readonly version: string;
  readonly bugs?: string | undefined;
}

let cached: PackageInfo | undefined;

/** Finds the nearest folder above this file whose `package.json` is coproduce's. */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as {
        name?: unknown;
        version?: unknown;
        bugs?: unknown;
      };
      if (data.name === 'coproduce') {
        const bugs =
          typeof data.bugs === 'string'
            ? data.bugs
            : typeof (data.bugs as { url?: unknown } | undefined)?.url === 'string'
              ? (data.bugs as { url: string }).url
              : undefined;
        cached = { root: dir, version: String(data.version ?? '0.0.0'), bugs };
        return cached;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the coproduce package.json above the CLI');
    dir = parent;
  }
}

/** The JSON Schemas the package ships, by the name `coproduce schema` takes. */
export const SCHEMA_NAMES = ['project', 'rule', 'config', 'report', 'portfolio-report'] as const;

/** A schema name. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** The path of a shipped schema file. */
export function schemaFile(name: SchemaName): string {
  return join(packageInfo().root, 'schemas', `${name}.schema.json`);
}

/** The canonical URL of a schema (its `$id`), where an editor can fetch it. */
export function schemaUrl(name: SchemaName): string {
  return `${SCHEMAS_URL}${name}.schema.json`;
}
