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

/**
 * Purpose, remit, outcomes, resources and progress tracking. Only the remit
 * changes shape: version 1 kept what lies outside it as plain text, version
 * 2 as `{ topic, reason? }`, so each text becomes the topic of its item (the
 * reason was never recorded apart, and is not guessed). The fields version 2
 * adds (who agreed the purpose, remit and outcomes, outcome status, the
 * ending) were not recorded in version 1, so they stay unset.
 */
function liftUnderstanding(document: Doc): void {
  const remit = document.remit;
  if (!isRecord(remit) || !Array.isArray(remit.outOfRemit)) return;
  remit.outOfRemit = remit.outOfRemit.map((item: unknown) =>
    typeof item === 'string' ? { topic: item } : item,
  );
}

/**
 * Members: version 1 could not tell "nobody asked" from "asked, and they
 * need nothing", so an empty or missing list of access needs becomes
 * `'unknown'`; a list with needs is kept as it is.
 */
function liftGroup(document: Doc): void {
  const group = document.group;
  if (!isRecord(group) || !Array.isArray(group.members)) return;
  for (const member of group.members) {
    if (!isRecord(member)) continue;
    const needs = member.accessNeeds;
    if (needs === undefined || (Array.isArray(needs) && needs.length === 0)) {
      member.accessNeeds = 'unknown';
    }
  }
}

/**
 * Version 1 venue features that are support arranged for the activity, not
 * properties of the place. Written out rather than read from `SupportSchema`:
 * a migration step describes version 1 for ever, and must not change when a
 * later version adds a kind of support.
 */
const SUPPORT_KINDS: ReadonlySet<string> = new Set([
  'bsl-interpreter',
  'captions',
  'easy-read',
  'large-print',
  'translation',
  'childcare',
  'travel-costs',
  'breaks',
]);

/**
 * Activities: version 1 kept support (an interpreter, captions, childcare,
 * travel costs…) among the venue's features. Those move, in their order, to
 * the activity's `supportArranged`; the place's own features stay on the
 * venue. A venue whose features were all support keeps an empty list
 * (recorded: the place has none of the others), and the moved support is
 * added after any the activity already lists, without repeats.
 */
function liftActivities(document: Doc): void {
  if (!Array.isArray(document.activities)) return;
  for (const activity of document.activities) {
    if (!isRecord(activity) || !isRecord(activity.venue)) continue;
    const features = activity.venue.features;
    if (!Array.isArray(features)) continue;
    const place: unknown[] = [];
    const support: unknown[] = [];
    for (const feature of features) {
      (typeof feature === 'string' && SUPPORT_KINDS.has(feature) ? support : place).push(feature);
    }
    if (support.length === 0) continue;
    activity.venue.features = place;
    const existing = Array.isArray(activity.supportArranged) ? activity.supportArranged : [];
    const merged = [...existing];
    for (const item of support) if (!merged.includes(item)) merged.push(item);
    activity.supportArranged = merged;
  }
}

/**
 * Decisions, recommendations and governance. Version 2 only adds to these:
 * a decision may be `planned` (with `due` and `toBeMadeBy`), may say when the
 * group was told (`groupToldOn`) and the reasons it was given (`reasons`),
 * and the group's recommendations are a new list. Every version 1 decision
 * was made and has its date, so it reads as made with every field as it
 * was; `groupInformed` is kept as it is (version 1 never said when).
 * Nothing is moved; a document with no recommendations gets an empty list
 * from the schema's default.
 */
function liftDecisions(document: Doc): void {
  void document;
}

/**
 * Lifts a version 1 project document to version 2. It works on its own copy
 * (see {@link MigrationStep}) and leaves alone anything it does not
 * recognise, for the schema to report.
 *
 * @internal
 * @example
 * ```ts
 * migrateV1ToV2({ schemaVersion: 1, id: 'p-01', group: { members: [{ id: 'm-01', accessNeeds: [] }] } });
 * // the member's empty list of needs becomes 'unknown' (version 1 could not tell "nobody asked" from "needs nothing");
 * // schemaVersion is set by the migration runner, not by the step
 * ```
 */
export const migrateV1ToV2: MigrationStep = (document) => {
  if (!isRecord(document)) return document;
  liftUnderstanding(document);
  liftGroup(document);
  liftActivities(document);
  liftDecisions(document);
  return document;
};
