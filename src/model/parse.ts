/**
 * Reading and writing project documents.
 *
 * @module
 */
import { CoproduceError, type ProblemDetail, problem } from './errors.js';
import { fastValidator, GIVE_UP, issueCounter } from './fast-parse.js';
import { markLibraryOwned, markVouched } from './freeze.js';
import { locateProblems, readJsonText } from './json-text.js';
import {
  assertTextWithinLimit,
  assertWithinLimits,
  capProblems,
  MAX_LISTED_PROBLEMS,
  PROJECT_LIMITS,
  type WalkNotes,
} from './limits.js';
import { describeLocation } from './location.js';
import { migrateV1ToV2 } from './migrate-v1.js';
import { plainCopy } from './plain-copy.js';
import { CURRENT_SCHEMA_VERSION, type Project, ProjectSchema } from './project.js';
import { referenceProblems } from './references.js';
import { zodProblems } from './zod-problems.js';

const TOP_LEVEL_HINT =
  'a project document has no such field; keep a council system\'s own fields under "extensions"';

/**
 * One migration step: lifts a project document from one schema version to
 * the next. A step is pure: it gets its own deep copy of the document and
 * returns the document in the next version's shape (its `schemaVersion` is
 * set for it). It may meet a document that is wrong in any way, so it must
 * leave alone what it does not recognise rather than fail; the schema
 * reports what is wrong after the last step.
 *
 * @internal
 * @example
 * ```ts
 * const renameOrganisation: MigrationStep = ({ org, ...doc }) =>
 *   org === undefined ? doc : { ...doc, organisation: org };
 * ```
 */
export type MigrationStep = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migration steps of a document format: `steps[v]` lifts version `v`
 * to `v + 1`, and `current` is the version the library reads and writes.
 * Versions from the oldest with an unbroken chain of steps up to `current`
 * can be read.
 *
 * @internal
 * @example
 * ```ts
 * import { migrateV1ToV2 } from './migrate-v1.js';
 *
 * const registry: MigrationRegistry = { current: 2, steps: { 1: migrateV1ToV2 } };
 * ```
 */
export interface MigrationRegistry {
  readonly current: number;
  readonly steps: Readonly<Record<number, MigrationStep>>;
}

/**
 * The migrations of project documents: version 1, the first published
 * version, is lifted to version 2 by {@link migrateV1ToV2}. Each new version
 * adds exactly one step here, from the version before it, with fixtures of the older shape under
 * `test/fixtures/migrations/` (see `docs/migrations.md`).
 *
 * @internal
 * @example `PROJECT_MIGRATIONS.current // 2`
 */
export const PROJECT_MIGRATIONS: MigrationRegistry = Object.freeze({
  current: CURRENT_SCHEMA_VERSION,
  steps: Object.freeze({ 1: migrateV1ToV2 }),
});

/** The oldest version from which an unbroken chain of steps reaches `current`. */
function oldestReadable(registry: MigrationRegistry): number {
  let oldest = registry.current;
  while (Object.hasOwn(registry.steps, oldest - 1)) oldest -= 1;
  return oldest;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * What {@link migrateProjectDocument} did: the document in the current
 * version's shape, and the version it started from when it was older.
 *
 * @internal
 * @example `const { document, migratedFrom } = migrateProjectDocument(input);`
 */
export interface Migrated {
  readonly document: unknown;
  readonly migratedFrom?: number;
}

/**
 * Lifts a project document of an older schema version to the current one,
 * one step per version, and refuses a newer version with a message that
 * says to upgrade. Input that is not an object with a whole-number
 * `schemaVersion` is returned unchanged for the schema to report. The input
 * is never changed.
 *
 * @throws {@link CoproduceError} `unsupported-schema-version` for a version
 * newer than `current` or older than any step reaches; `invalid-project` if
 * a step fails on a broken document.
 *
 * @internal
 * @example
 * ```ts
 * migrateProjectDocument({ schemaVersion: 1, id: 'p' }).document; // unchanged
 * ```
 */
export function migrateProjectDocument(
  input: unknown,
  registry: MigrationRegistry = PROJECT_MIGRATIONS,
): Migrated {
  if (!isPlainRecord(input)) return { document: input };
  const version = input.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { document: input };
  const { current } = registry;
  if (version === current) return { document: input };
  if (version > current) {
    throw new CoproduceError(
      'unsupported-schema-version',
      `This project document uses schema version ${version}, but this version of coproduce reads up to version ${current}. Upgrade coproduce to read it.`,
      [
        problem(
          ['schemaVersion'],
          `version ${version} is newer than ${current}: upgrade coproduce`,
          { code: 'project-version-newer', params: { version, supported: current } },
        ),
      ],
    );
  }
  const oldest = oldestReadable(registry);
  if (version < oldest) {
    const range =
      oldest === current ? `only version ${current}` : `versions ${oldest} to ${current}`;
    throw new CoproduceError(
      'unsupported-schema-version',
      `This project document uses schema version ${version}, which this version of coproduce cannot read: it reads ${range}.`,
      [
        oldest === current
          ? problem(['schemaVersion'], `must be ${current}`, {
              code: 'invalid-literal',
              params: { allowed: [String(current)] },
            })
          : problem(['schemaVersion'], `must be ${oldest} to ${current}`, {
              code: 'project-version-older',
              params: { oldest, supported: current },
            }),
      ],
    );
  }
  let document = plainCopy(input) as Record<string, unknown>;
  for (let from = version; from < current; from++) {
    const step = registry.steps[from] as MigrationStep;
    let next: unknown;
    try {
      next = step(document);
    } catch (error) {
      if (error instanceof CoproduceError) throw error;
      throw new CoproduceError(
        'invalid-project',
        `The project document (schema version ${version}) could not be migrated from version ${from} to ${from + 1}: ${(error as Error)?.message ?? String(error)}`,
        [
          problem([], `could not be migrated from schema version ${from} to ${from + 1}`, {
            code: 'migration-failed',
            params: { from: String(from), to: String(from + 1) },
          }),
        ],
      );
    }
    if (!isPlainRecord(next)) {
      throw new CoproduceError(
        'invalid-project',
        `The migration from schema version ${from} to ${from + 1} did not give a document.`,
        [
          problem([], `could not be migrated from schema version ${from} to ${from + 1}`, {
            code: 'migration-failed',
            params: { from: String(from), to: String(from + 1) },
          }),
        ],
      );
    }
    document = { ...next, schemaVersion: from + 1 };
  }
  return { document, migratedFrom: version };
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
  return parseProjectWith(input, PROJECT_MIGRATIONS);
}

/** Reads a value at a path through own properties, as zod would have received it. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * {@link parseProject} with a given set of migrations, so the migration
 * mechanism can be tested with steps that exist only in tests.
 *
 * @internal
 * @example
 * ```ts
 * // A made-up version 0 that called the title `name`, in front of the library's own steps.
 * const draftToV1: MigrationStep = ({ name, ...document }) =>
 *   name === undefined ? document : { ...document, title: name };
 * const project = parseProjectWith(JSON.parse(text), {
 *   current: PROJECT_MIGRATIONS.current,
 *   steps: { ...PROJECT_MIGRATIONS.steps, 0: draftToV1 },
 * });
 * ```
 */
export function parseProjectWith(input: unknown, registry: MigrationRegistry): Project {
  const seen: WalkNotes = { negativeZero: false };
  assertWithinLimits(input, PROJECT_LIMITS, 'project document', seen);
  // JSON writes -0 as 0, so a project holding -0 would not read back from its
  // own JSON as it was: read it as 0 (a rare copy, only when there is one).
  const plain = seen.negativeZero ? plainCopy(input) : input;
  const { document: migrated, migratedFrom } = migrateProjectDocument(plain, registry);
  // Most documents are valid: the compiled fast path returns zod's own output
  // for them at a fraction of the cost, and gives up on anything else, which
  // zod then reads and explains.
  // A wide object is wrong (or in `extensions`, which zod reads anyway), and
  // listing every key of it again in the fast path costs as much as the size walk did.
  const fast = seen.wide !== undefined ? GIVE_UP : fastValidator(ProjectSchema)(migrated);
  if (fast !== GIVE_UP && referenceProblems(fast).length === 0) {
    return markVouched(markLibraryOwned(fast as Project));
  }
  // Count what zod would report in one cheap walk, and let zod explain only a
  // pruned copy holding the problems that are listed: a document wrong at a
  // million values would otherwise cost seconds of zod's wording.
  const tally = { count: 0, cap: MAX_LISTED_PROBLEMS, keysOf: seen.wide };
  const pruned = issueCounter(ProjectSchema)(migrated, tally);
  const result = ProjectSchema.safeParse(pruned);
  let problems: ProblemDetail[] = [];
  let unlisted = 0;
  if (!result.success) {
    const issues = result.error.issues;
    // Zod only says what it received when asked, and asking costs a quarter of
    // the parse: so ask again only when there is something to explain. With
    // more problems than are listed, read what was received from the document
    // instead, for the listed ones only, rather than keep a million copies.
    const explained =
      issues.length <= MAX_LISTED_PROBLEMS
        ? (ProjectSchema.safeParse(pruned, { reportInput: true }).error ?? result.error)
        : ({
            issues: issues
              .slice(0, MAX_LISTED_PROBLEMS)
              .map((issue) =>
                issue.code === 'invalid_type'
                  ? { ...issue, input: valueAt(migrated, issue.path) }
                  : issue,
              ),
          } as typeof result.error);
    problems = zodProblems(explained, {
      schema: ProjectSchema,
      topLevelKeysHint: TOP_LEVEL_HINT,
      max: MAX_LISTED_PROBLEMS,
    });
    let total = 0;
    for (const issue of issues) total += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    // Pruned, zod saw only the first problems; the walk counted them all.
    if (pruned !== migrated) total = tally.count;
    unlisted = total - problems.length;
  }
  problems.push(...referenceProblems(result.success ? result.data : migrated));
  if (problems.length > 0 || !result.success) {
    const count = problems.length + unlisted;
    const listed =
      unlisted > 0
        ? [
            ...problems.slice(0, MAX_LISTED_PROBLEMS - 1),
            problem([], `…and ${count - (MAX_LISTED_PROBLEMS - 1)} more problems, not listed`, {
              code: 'more-problems-unlisted',
              params: { n: String(count - (MAX_LISTED_PROBLEMS - 1)) },
            }),
          ]
        : capProblems(problems);
    const from =
      migratedFrom === undefined
        ? ''
        : ` (read as schema version ${registry.current} after migrating it from version ${migratedFrom})`;
    throw new CoproduceError(
      'invalid-project',
      `The project document${from} has ${count} problem${count === 1 ? '' : 's'}:`,
      listed.map((p) =>
        p.path.length === 0 ? p : { ...p, location: describeLocation(p.path, migrated) },
      ),
    );
  }
  // Not frozen here: freezing a big project costs as much as validating it,
  // and a check never needs it. Commands freeze it in place the first time
  // they see it (it is a fresh copy that shares nothing with the input).
  return markVouched(markLibraryOwned(result.data));
}

/**
 * Reads a project from JSON text. A leading byte-order mark is skipped, as
 * every reader in coproduce does. Broken JSON is a `CoproduceError` with
 * code `invalid-json` (its problem gives the line and column); an invalid
 * document is one with code `invalid-project`, each problem with its line
 * and column in the text and its place in words.
 *
 * @category Model
 * @example
 * ```ts
 * // In a browser, from a file the user picked:
 * const input = document.querySelector<HTMLInputElement>('input[type=file]');
 * const file = input?.files?.[0];
 * if (file) {
 *   const project = parseProjectJson(await file.text());
 * }
 * ```
 */
export function parseProjectJson(text: string): Project {
  if (typeof text !== 'string') {
    throw new CoproduceError('invalid-json', 'The project must be given as JSON text.', [
      problem([], 'must be JSON text', { code: 'not-json-text' }),
    ]);
  }
  assertTextWithinLimit(text, PROJECT_LIMITS, 'project document');
  return projectFromJson(text, readJsonText(text, 'project'));
}

/**
 * {@link parseProjectJson} of a text whose JSON has already been read, as
 * `data`: the command line reads a file's JSON once to tell a history from
 * a project, and reading a large project twice cost as much as checking
 * its references.
 *
 * @internal
 * @example
 * ```ts
 * import { readJsonText } from './json-text.js';
 *
 * const data = readJsonText(text, 'file');
 * // … `data` found to be no history …
 * const project = parseProjectJsonRead(text, data);
 * ```
 */
export function parseProjectJsonRead(text: string, data: unknown): Project {
  assertTextWithinLimit(text, PROJECT_LIMITS, 'project document');
  return projectFromJson(text, data);
}

/** A project from the JSON read from `text`, its problems placed in the text. */
function projectFromJson(text: string, data: unknown): Project {
  try {
    return parseProject(data);
  } catch (error) {
    // Lines are those of the text as written: a migrated document's paths are not.
    const current =
      typeof data === 'object' &&
      data !== null &&
      (data as { schemaVersion?: unknown }).schemaVersion === PROJECT_MIGRATIONS.current;
    if (error instanceof CoproduceError && error.code === 'invalid-project' && current) {
      const [summary = error.message] = error.message.split('\n');
      throw new CoproduceError(error.code, summary, locateProblems(error.problems, text));
    }
    throw error;
  }
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
