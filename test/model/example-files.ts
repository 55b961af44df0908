import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of bundled example projects. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/projects/', import.meta.url));

/** The moment the examples are written to be current at. */
export const EXAMPLES_NOW = '2026-11-20T12:00:00Z';

/** One bundled example: its name (file name without `.json`), raw text and parsed JSON. */
export interface ExampleFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly json: unknown;
}

/** Reads every `*.json` in a folder, sorted by name. */
export function readJsonFiles(dir: string): ExampleFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      return { name: basename(file, '.json'), path, text, json: JSON.parse(text) as unknown };
    });
}

/** Every bundled example project. */
export function readExamples(): ExampleFile[] {
  return readJsonFiles(EXAMPLES_DIR);
}
