/**
 * Nothing lost: properties over random projects, commands and histories.
 *
 * - `extensions` and every known field survive parse → command → serialise
 *   → parse: the written project reads back exactly; a command changes only
 *   the record it names (and the records it is documented to touch); no
 *   record's extensions change unless the command says so.
 * - A saved history reloads to the same history and reproduces every past
 *   state exactly, undone entries included; writing it again gives the
 *   same text; and any change to a recorded entry is detected on load.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, Project } from '../../src/model/index.js';
import { parseProject, parseProjectJson, serializeProject } from '../../src/model/parse.js';
import { applyCommand } from '../../src/state/apply.js';
import type { Command } from '../../src/state/commands/index.js';
import {
  canRedo,
  canUndo,
  createHistory,
  type History,
  projectAsOf,
  recordCommand,
  redo,
  undo,
} from '../../src/state/history.js';
import { parseHistory, serializeHistory } from '../../src/state/history-file.js';
import { smallProjectInput } from '../state/fixtures.js';
import { extensionsArb, projectInputArb } from '../support/arbitraries.js';
import { commandArbitrary, historyStepsArbitrary } from '../support/command-arbitraries.js';
import { FUZZ_RUNS } from './support.js';

type Json = Record<string, unknown>;

/** Where records with ids live in a project. */
const COLLECTIONS = [
  ['group', 'members'],
  ['group', 'requiredPerspectives'],
  ['activities'],
  ['decisions'],
  ['learning'],
  ['reflections'],
  ['ideas'],
  ['agreements'],
  ['reciprocity'],
  ['outcomes'],
  ['relatedEngagement'],
  ['timeframe', 'milestones'],
  ['governance', 'seniorLeaders'],
  ['governance', 'informationFlows'],
  ['governance', 'responsibilities'],
] as const;

/** The collection each command family works on. */
const FAMILY_COLLECTION: Readonly<Record<string, string>> = {
  member: 'group.members',
  perspective: 'group.requiredPerspectives',
  activity: 'activities',
  decision: 'decisions',
  learning: 'learning',
  reflection: 'reflections',
  idea: 'ideas',
  agreement: 'agreements',
  reciprocity: 'reciprocity',
  outcome: 'outcomes',
  'related-engagement': 'relatedEngagement',
  milestone: 'timeframe.milestones',
  leader: 'governance.seniorLeaders',
  flow: 'governance.informationFlows',
  responsibility: 'governance.responsibilities',
};

/** The family of commands that may change each project-level field. */
const SECTION_FAMILY: Readonly<Record<string, string>> = {
  title: 'project',
  stage: 'project',
  organisation: 'project',
  extensions: 'project',
  purpose: 'purpose',
  remit: 'remit',
  progressTracking: 'progress-tracking',
  learningPlan: 'learning-plan',
  coproductionMeaning: 'coproduction-meaning',
  resources: 'resources',
  influence: 'influence',
  communicationPlan: 'communication-plan',
  glossary: 'glossary',
  timeframe: 'timeframe',
  governance: 'governance',
};

/** The project without its collections of records: its own fields and sections. */
function sections(project: Project): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(project)) {
    if (COLLECTIONS.some((path) => path.length === 1 && path[0] === key)) continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const copy: Json = { ...(value as Json) };
      for (const path of COLLECTIONS)
        if (path.length === 2 && path[0] === key) delete copy[path[1]];
      out[key] = copy;
    } else out[key] = value;
  }
  return out;
}

/** The records that carry a council's own fields. */
const WITH_EXTENSIONS = new Set([
  'group.members',
  'activities',
  'decisions',
  'learning',
  'reflections',
  'ideas',
  'agreements',
]);

function listAt(project: unknown, path: readonly string[]): Json[] {
  let node = project as Json | undefined;
  for (const key of path) node = node?.[key] as Json | undefined;
  return Array.isArray(node) ? (node as Json[]) : [];
}

/** Every record with an id, by "collection#id". */
function records(project: Project): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const path of COLLECTIONS) {
    for (const record of listAt(project, path)) out.set(`${path.join('.')}#${record.id}`, record);
  }
  return out;
}

/** The base document with extensions on the project and on every record that has an id. */
const richDocumentArb: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(smallProjectInput as unknown) },
      { weight: 1, arbitrary: projectInputArb as fc.Arbitrary<unknown> },
    ),
    fc.array(extensionsArb, { minLength: 40, maxLength: 40 }),
  )
  .map(([input, extensions]) => {
    const document = structuredClone(input) as Json;
    let next = 0;
    const take = () => extensions[next++ % extensions.length] as { [key: string]: JsonValue };
    document.extensions = take();
    for (const path of COLLECTIONS) {
      if (!WITH_EXTENSIONS.has(path.join('.'))) continue;
      for (const record of listAt(document, path)) record.extensions = take();
    }
    return document;
  });

/** Commands, one at a time: a batch is flattened, so each step names its own target. */
function flatten(command: Command): Command[] {
  return command.type === 'batch'
    ? command.payload.commands.flatMap((c) => flatten(c as Command))
    : [command];
}

/** Whether a command's payload asks to change a record's extensions. */
function asksForExtensions(command: Command): boolean {
  const payload = command.payload as Json;
  const changes = payload.changes as Json | undefined;
  const clear = payload.clear as unknown[] | undefined;
  return (
    command.type === 'project/set-extensions' ||
    // Replaces each agreement with exactly the record given, extensions and all:
    // what the payload leaves out is gone from the project (the history keeps it).
    command.type === 'agreement/replace-all' ||
    (changes !== undefined && 'extensions' in changes) ||
    (clear?.includes('extensions') ?? false)
  );
}

/**
 * The records a command may change besides the one it names: documented
 * knock-on effects (a member who leaves stops chairing nothing, say) would
 * be listed here. None so far: every command changes only its own record.
 */
function mayChange(command: Command, key: string): boolean {
  const payload = command.payload as Json;
  const collection = key.slice(0, key.indexOf('#'));
  const id = key.slice(key.indexOf('#') + 1);
  const family = command.type.slice(0, command.type.indexOf('/'));
  if (FAMILY_COLLECTION[family] === collection && payload.id === id) return true;
  // Replacing the whole list of agreements changes every agreement.
  if (command.type === 'agreement/replace-all') return key.startsWith('agreements#');
  return false;
}

describe('parse → command → serialise → parse keeps everything', () => {
  it('keeps every field and every extension the command does not name', () => {
    fc.assert(
      fc.property(richDocumentArb, fc.array(commandArbitrary, { maxLength: 8 }), (input, list) => {
        let project = parseProject(input);
        for (const command of list.flatMap(flatten)) {
          let next: Project;
          try {
            next = applyCommand(project, command);
          } catch {
            continue; // A rejected command changes nothing.
          }
          // The written project reads back exactly.
          const text = serializeProject(next);
          expect(parseProjectJson(text)).toEqual(next);
          expect(serializeProject(parseProjectJson(text))).toBe(text);
          // Project-level sections: only the one the command's family works on may change.
          if (!asksForExtensions(command)) expect(next.extensions).toEqual(project.extensions);
          const family = command.type.slice(0, command.type.indexOf('/'));
          const sectionsBefore = sections(project);
          const sectionsAfter = sections(next);
          for (const key of new Set([
            ...Object.keys(sectionsBefore),
            ...Object.keys(sectionsAfter),
          ])) {
            if (SECTION_FAMILY[key] === family) continue;
            expect({ key, value: sectionsAfter[key] }).toEqual({ key, value: sectionsBefore[key] });
          }
          // Records: only the one the command names may change, and its
          // extensions only when the command says so.
          const before = records(project);
          const after = records(next);
          for (const [key, record] of before) {
            const now = after.get(key);
            if (now === undefined) continue; // Removed by the command.
            if (!mayChange(command, key)) {
              expect({ key, record: now }).toEqual({ key, record });
            } else if (!asksForExtensions(command)) {
              expect({ key, extensions: now.extensions }).toEqual({
                key,
                extensions: record.extensions,
              });
            }
          }
          // No record disappears unless the command names it.
          for (const key of before.keys()) {
            if (!after.has(key)) expect(mayChange(command, key)).toBe(true);
          }
          project = next;
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

/** Builds a history as a front end would, keeping every state it passes through. */
const played = historyStepsArbitrary.map((list) => {
  let history = createHistory(parseProject(smallProjectInput));
  // states[i]: the project with the first i entries in effect.
  let states: Project[] = [history.project];
  let minute = 0;
  for (const step of list) {
    if (step.kind === 'undo') {
      if (canUndo(history)) history = undo(history);
    } else if (step.kind === 'redo') {
      if (canRedo(history)) history = redo(history);
    } else {
      minute += step.minutesLater;
      const at = new Date(Date.UTC(2025, 0, 1) + minute * 60_000).toISOString();
      try {
        history = recordCommand(history, step.command, { at });
        states = [...states.slice(0, history.cursor), history.project];
      } catch {
        // A rejected command is a step that changes nothing.
      }
    }
  }
  return { history, states };
});

describe('a saved history', () => {
  it('reloads to the same history, every past state exactly, undone entries included', () => {
    fc.assert(
      fc.property(played, ({ history, states }) => {
        const text = serializeHistory(history);
        const loaded = parseHistory(text);
        expect(loaded).toEqual(history);
        // Writing it again gives the same text, so a reload never drifts.
        expect(serializeHistory(loaded)).toBe(text);
        // Walk to the start, then forward through every entry, undone ones too.
        let walk: History = loaded;
        while (canUndo(walk)) walk = undo(walk);
        expect(walk.project).toEqual(states[0]);
        while (canRedo(walk)) {
          walk = redo(walk);
          expect(walk.project).toEqual(states[walk.cursor]);
          expect(walk.entries[walk.cursor - 1]?.hash).toBe(history.entries[walk.cursor - 1]?.hash);
        }
        for (const entry of history.entries.slice(0, history.cursor)) {
          expect(projectAsOf(loaded, entry.at)).toEqual(projectAsOf(history, entry.at));
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('detects any change to a recorded entry or to the initial project', () => {
    const tampered = played
      .filter(({ history }) => history.entries.length > 0)
      .chain(({ history }) =>
        fc.record({
          history: fc.constant(history),
          index: fc.nat({ max: history.entries.length - 1 }),
          edit: fc.constantFrom('at', 'command', 'patch', 'remove', 'swap', 'initial'),
        }),
      );
    fc.assert(
      fc.property(tampered, ({ history, index, edit }) => {
        const data = JSON.parse(serializeHistory(history)) as {
          initial: Json;
          entries: { at: string; command: Json; patches: Json[]; hash: string }[];
        };
        const entry = data.entries[index] as (typeof data.entries)[number];
        let expected: (string | number)[];
        switch (edit) {
          case 'at':
            // One second later: still in time order if nothing follows too soon.
            entry.at = new Date(Date.parse(entry.at) + 1000).toISOString();
            expected = ['entries', index];
            break;
          case 'command':
            entry.command = { type: 'project/update', payload: { changes: { title: 'Forged' } } };
            expected = ['entries', index];
            break;
          case 'patch':
            entry.patches = [...entry.patches, { op: 'replace', path: ['title'], value: 'Forged' }];
            expected = ['entries', index];
            break;
          case 'remove':
            data.entries.splice(index, 1);
            expected = ['entries', index];
            break;
          case 'swap':
            if (data.entries.length < 2) return;
            data.entries.reverse();
            expected = ['entries', 0];
            break;
          default:
            data.initial.title = 'Forged title';
            expected = ['initial'];
        }
        if (edit === 'remove' && index === data.entries.length) {
          // Cutting the last entry off cannot be told from a shorter history:
          // keep the latest hash elsewhere to detect it (see the docs).
          return;
        }
        let error: unknown;
        try {
          parseHistory(JSON.stringify(data));
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(Error);
        const problems = (error as { problems: { path: (string | number)[] }[] }).problems;
        expect(problems.map((p) => p.path)).toContainEqual(expected);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
