/**
 * Reading and writing project documents.
 *
 * @module
 */
import { CoproduceError, type ProblemDetail, problem } from './errors.js';
import { markLibraryOwned } from './freeze.js';
import { CURRENT_SCHEMA_VERSION, type Project, ProjectSchema } from './project.js';
import { referenceProblems } from './references.js';
import { zodProblems } from './zod-problems.js';

const TOP_LEVEL_HINT =
  'a project document has no such field; keep a council system\'s own fields under "extensions"';

/**
 * Steps that lift a document from one schema version to the next, keyed by
 * the version they start from. Each step is pure and tested with a fixture of
 * the older shape. (Version 1 is the first published version.)
 */
const migrations: Readonly<
  Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>
> = Object.freeze({});

function migrate(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  let doc = input as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return input;
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new CoproduceError(
      'unsupported-schema-version',
      `This project document uses schema version ${version}, but this version of coproduce reads up to version ${CURRENT_SCHEMA_VERSION}. Upgrade coproduce to read it.`,
      [problem(['schemaVersion'], `version ${version} is newer than ${CURRENT_SCHEMA_VERSION}`)],
    );
  }
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) {
      throw new CoproduceError(
        'unsupported-schema-version',
        `Schema version ${version} cannot be migrated: no migration from version ${v}.`,
        [problem(['schemaVersion'], `no migration from version ${v}`)],
      );
    }
    doc = step(doc);
  }
  return doc;
}

/**
 * The outcome of {@link safeParseProject}: a project, or every problem found.
 *
 * @category Model
 * @example
 * ```ts
 * const result: ParseProjectResult = safeParseProject(input);
 * if (!result.success) console.log(result.error.problems.length);
 * ```
 */
export type ParseProjectResult =
  | { readonly success: true; readonly project: Project }
  | { readonly success: false; readonly error: CoproduceError };

/**
 * Validates a project document without throwing. See {@link parseProject}.
 *
 * @category Model
 * @example
 * ```ts
 * const result = safeParseProject(JSON.parse(text));
 * if (result.success) console.log(result.project.title);
 * else for (const p of result.error.problems) console.log(`${p.pointer}: ${p.message}`);
 * ```
 */
export function safeParseProject(input: unknown): ParseProjectResult {
  try {
    return { success: true, project: parseProject(input) };
  } catch (error) {
    if (error instanceof CoproduceError) return { success: false, error };
    throw error;
  }
}

/**
 * Validates a project document and returns it as a typed {@link Project},
 * with defaults filled in. Older schema versions are migrated first. The
 * result is a fresh copy that shares nothing with `input`; treat it as
 * immutable — commands return deeply frozen projects and freeze this one in
 * place the first time they are given it.
 *
 * @throws {@link CoproduceError} with code `invalid-project` listing every
 * problem with its path, or `unsupported-schema-version`.
 *
 * @category Model
 * @example
 * ```ts
 * import { parseProject } from 'coproduce';
 *
 * const project = parseProject({
 *   schemaVersion: 1,
 *   id: 'travel-2025',
 *   title: 'Young carers travel',
 *   stage: 'planning',
 *   timeZone: 'Europe/London',
 * });
 * project.group.members; // []
 * ```
 */
export function parseProject(input: unknown): Project {
  const migrated = migrate(input);
  const result = ProjectSchema.safeParse(migrated);
  // Zod only says what it received when asked, and asking costs a quarter of
  // the parse: so ask again only when there is something to explain.
  const problems: ProblemDetail[] = result.success
    ? []
    : zodProblems(ProjectSchema.safeParse(migrated, { reportInput: true }).error ?? result.error, {
        topLevelKeysHint: TOP_LEVEL_HINT,
      });
  problems.push(...referenceProblems(result.success ? result.data : migrated));
  if (problems.length > 0 || !result.success) {
    const count = problems.length;
    throw new CoproduceError(
      'invalid-project',
      `The project document has ${count} problem${count === 1 ? '' : 's'}:`,
      problems,
    );
  }
  // Not frozen here: freezing a big project costs as much as validating it,
  // and a check never needs it. Commands freeze it in place the first time
  // they see it (it is a fresh copy that shares nothing with the input).
  return markLibraryOwned(result.data);
}

/**
 * Reads a project from JSON text. Broken JSON is a `CoproduceError` with code
 * `invalid-json`; an invalid document is one with code `invalid-project`.
 *
 * @category Model
 * @example
 * ```ts
 * const project = parseProjectJson(await file.text());
 * ```
 */
export function parseProjectJson(text: string): Project {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CoproduceError(
      'invalid-json',
      `The project is not valid JSON: ${(error as Error).message}`,
    );
  }
  return parseProject(data);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  return value;
}

/**
 * Writes a project as canonical JSON: keys sorted, two-space indents, a final
 * newline. Equal projects always give the same text, so files diff cleanly,
 * and {@link parseProjectJson} of the text gives back an equal project.
 *
 * @category Model
 * @example
 * ```ts
 * const text = serializeProject(project);
 * parseProjectJson(text); // deep-equal to project
 * ```
 */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(sortKeys(project), null, 2)}\n`;
}
