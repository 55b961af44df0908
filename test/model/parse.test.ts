import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, commands } from '../../src/index.js';
import {
  CoproduceError,
  CURRENT_SCHEMA_VERSION,
  isCoproduceError,
  type Project,
  type ProjectInput,
} from '../../src/model/index.js';
import {
  parseProject,
  parseProjectJson,
  safeParseProject,
  serializeProject,
} from '../../src/model/parse.js';
import { projectInputArb } from '../support/arbitraries.js';
import { readExamples } from './example-files.js';

// biome-ignore lint/suspicious/noExplicitAny: these tests break documents on purpose, so they reach in untyped.
type BrokenDoc = any;

/** The smallest valid document. */
const minimal = {
  schemaVersion: 2,
  id: 'library-hours-2026',
  title: 'Library opening hours',
  stage: 'planning',
  timeZone: 'Europe/London',
} as const;

/** A small valid document with something in every collection that refers to another. */
function small(): Record<string, unknown> {
  return {
    ...minimal,
    coproductionMeaning: { agreedBy: ['m-01'] },
    group: {
      requiredPerspectives: [{ id: 'library-users', label: 'Library users' }],
      members: [
        { id: 'm-01', displayName: 'Amira', roles: ['resident'], joined: '2026-01-12' },
        { id: 'm-02', displayName: 'Sam', roles: ['staff'] },
      ],
    },
    activities: [
      {
        id: 'a-01',
        kind: 'workshop',
        title: 'What hours would work for you?',
        start: '2026-01-20T18:00:00+00:00',
        end: '2026-01-20T19:30:00+00:00',
        chairedBy: ['m-01'],
        attendance: [{ memberId: 'm-01', contributions: 4 }, { memberId: 'm-02' }],
      },
    ],
    decisions: [
      { id: 'd-01', title: 'Shortlist', date: '2026-01-20', madeBy: 'group', activityId: 'a-01' },
    ],
    learning: [
      {
        id: 'l-01',
        insight: 'Parents want Saturdays.',
        date: '2026-01-20',
        sourceActivityId: 'a-01',
      },
    ],
    reflections: [
      {
        id: 'r-01',
        questionId: 'during.everyone-contributes',
        date: '2026-01-21',
        rating: 'amber',
        actions: [{ description: 'Start with a round.', owner: 'm-02' }],
      },
    ],
    governance: {
      seniorLeaders: [{ id: 'sl-01', name: 'Head of Libraries', role: 'Sponsor' }],
      informationFlows: [
        { id: 'f-01', direction: 'group-to-leaders', cadence: 'monthly', leaderIds: ['sl-01'] },
      ],
      responsibilities: [{ id: 'resp-01', area: 'Chairing', owners: ['m-01'] }],
    },
  };
}

/** Runs a function that must throw a CoproduceError, and returns the error. */
function thrown(run: () => unknown): CoproduceError {
  try {
    run();
  } catch (error) {
    expect(isCoproduceError(error)).toBe(true);
    return error as CoproduceError;
  }
  throw new Error('expected a CoproduceError, but nothing was thrown');
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

function hasFrozenPart(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.isFrozen(value) || Object.values(value).some(hasFrozenPart);
}

/** The same JSON with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe('parseProject', () => {
  it.each(readExamples().map((e) => [e.name, e.json] as const))(
    'accepts the %s example',
    (_, json) => {
      const project = parseProject(json);
      expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      // Parsing leaves the fresh copy unfrozen; the first command freezes it in place.
      expect(hasFrozenPart(project)).toBe(false);
      const next = applyCommand(project, commands.project.setStage({ stage: 'ending' }));
      expect(isDeepFrozen(project)).toBe(true);
      expect(isDeepFrozen(next)).toBe(true);
    },
  );

  it('gives each parsed project defaults of its own, shared with no other project', () => {
    const a = parseProject(minimal);
    const b = parseProject(minimal);
    expect(a.group.members).not.toBe(b.group.members);
    expect(a.group.requiredPerspectives).not.toBe(b.group.requiredPerspectives);
    expect(a.timeframe.milestones).not.toBe(b.timeframe.milestones);
    expect(a.governance.seniorLeaders).not.toBe(b.governance.seniorLeaders);
    expect(a.governance.informationFlows).not.toBe(b.governance.informationFlows);
    expect(a.governance.responsibilities).not.toBe(b.governance.responsibilities);
  });

  it('fills in defaults for a minimal document', () => {
    const project = parseProject(minimal);
    expect(project.group).toEqual({ requiredPerspectives: [], members: [] });
    expect(project.activities).toEqual([]);
    expect(project.governance).toEqual({
      seniorLeaders: [],
      informationFlows: [],
      responsibilities: [],
    });
    expect(project.extensions).toEqual({});
    expect(project.timeframe).toEqual({ milestones: [] });
  });

  it('lists every problem in a document, each with its path and pointer in plain words', () => {
    const doc = small() as BrokenDoc;
    doc.title = 42; // wrong type
    doc.stage = 'halfway'; // bad enum
    doc.timeZone = 'Europe/Atlantis'; // unknown time zone
    doc.caseRef = 'LIB-22'; // unknown top-level key
    delete doc.group.members[1].displayName; // missing field
    delete doc.activities[0].kind; // missing choice: required, not "must be one of"
    doc.group.members[0].joined = '2026-02-30'; // bad date
    doc.group.members.push({ id: 'm-01', displayName: 'Copy', roles: ['resident'] }); // duplicate id
    doc.activities[0].start = '2026-01-20T18:00:00'; // no offset
    doc.activities.push({
      id: 'a-02',
      kind: 'online',
      title: 'Ends before it starts',
      start: '2026-02-03T19:00:00+00:00',
      end: '2026-02-03T18:00:00+00:00',
      chairedBy: ['m-42'], // dangling chair
      attendance: [{ memberId: 'm-99' }], // dangling attendance
    });
    doc.learning[0].sourceActivityId = 'a-404'; // dangling learning source
    doc.reflections[0].actions[0].owner = 'm-77'; // dangling owner

    const error = thrown(() => parseProject(doc));
    expect(error).toBeInstanceOf(CoproduceError);
    expect(error.code).toBe('invalid-project');

    const found = error.problems.map((p) => [p.pointer, p.message]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['/title', 'must be text, not a number'],
        ['/stage', expect.stringMatching(/^must be one of "planning", "starting"/)],
        ['/caseRef', expect.stringContaining('"extensions"')],
        ['/group/members/1/displayName', 'is required'],
        ['/activities/0/kind', 'is required'],
        [
          '/group/members/0/joined',
          'must be a calendar date like 2025-03-14, in the years 1900 to 2200',
        ],
        ['/activities/0/start', expect.stringContaining('time zone offset')],
        ['/timeZone', '"Europe/Atlantis" is not a time zone this platform knows'],
        ['/group/members/2/id', 'another member already has the id "m-01"'],
        ['/activities/1/end', 'is before the activity starts'],
        ['/activities/1/chairedBy/0', 'names a member "m-42", but there is none with that id'],
        [
          '/activities/1/attendance/0/memberId',
          'names a member "m-99", but there is none with that id',
        ],
        [
          '/learning/0/sourceActivityId',
          'names an activity "a-404", but there is none with that id',
        ],
        ['/reflections/0/actions/0/owner', 'names a member "m-77", but there is none with that id'],
      ]),
    );
    expect(error.problems).toHaveLength(14);
    expect(error.message).toMatch(/^The project document has 14 problems:/);
    for (const p of error.problems) {
      expect(p.path.length).toBeGreaterThan(0);
      // Each named as a person finds it: items counted from 1, with their id.
      expect(p.location).toBeDefined();
      expect(error.message).toContain(`${p.location}: ${p.message}`);
    }
    const byPointer = new Map(error.problems.map((p) => [p.pointer, p.location]));
    expect(byPointer.get('/activities/1/end')).toMatch(/^activity 2 \(".+", id a-\S+\), end$/);
    // A member is named by id only: their name is personal.
    expect(byPointer.get('/group/members/0/joined')).toMatch(
      /^group, member 1 \(id m-\S+\), joined$/,
    );
    expect(error.message).not.toContain(doc.group.members[0].displayName);
    expect(error.toJSON().problems).toHaveLength(14);
  });

  it('reports reference problems in a document whose shape is valid', () => {
    const doc = small() as BrokenDoc;
    doc.group.members[0].left = '2025-12-01';
    doc.governance.informationFlows[0].leaderIds = ['sl-09'];
    doc.governance.responsibilities[0].owners = ['m-05'];
    doc.learning[0].sourceDecisionId = 'd-404';
    const error = thrown(() => parseProject(doc));
    expect(error.problems.map((p) => p.pointer)).toEqual([
      '/group/members/0/left',
      '/learning/0/sourceDecisionId',
      '/governance/informationFlows/0/leaderIds/0',
      '/governance/responsibilities/0/owners/0',
    ]);
  });

  it('says a fractional count must be a whole number, and reports a malformed time zone once', () => {
    const doc = small() as BrokenDoc;
    doc.activities[0].attendance[0].contributions = 2.5;
    doc.timeZone = 'GMT +1';
    const error = thrown(() => parseProject(doc));
    expect(error.problems.map((p) => [p.pointer, p.message])).toEqual([
      ['/timeZone', 'must be an IANA time zone name such as "Europe/London"'],
      ['/activities/0/attendance/0/contributions', 'must be a whole number, not 2.5'],
    ]);
  });

  it('refuses extension keys that could reach a prototype, at any depth', () => {
    const doc = JSON.parse(
      JSON.stringify(minimal).replace(
        /}$/,
        ',"extensions":{"__proto__":{"polluted":true},"ok":{"constructor":1}}}',
      ),
    );
    const error = thrown(() => parseProject(doc));
    expect(error.problems.map((p) => p.pointer)).toEqual([
      '/extensions/__proto__',
      '/extensions/ok/constructor',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps extensions exactly and copies them, so the caller keeps an unfrozen original', () => {
    const extensions = { caseRef: 'LIB-22', tags: ['carers', { nested: [1, null, true] }] };
    const project = parseProject({ ...minimal, extensions });
    expect(project.extensions).toEqual(extensions);
    expect(project.extensions).not.toBe(extensions);
    expect(Object.isFrozen(extensions)).toBe(false);
  });

  it('refuses a document that is not an object', () => {
    for (const input of [null, [], 'project', 42]) {
      const error = thrown(() => parseProject(input));
      expect(error.code).toBe('invalid-project');
      expect(error.problems[0]?.pointer).toBe('');
    }
  });

  it('refuses a newer schema version and says to upgrade', () => {
    const error = thrown(() => parseProject({ ...minimal, schemaVersion: 3 }));
    expect(error.code).toBe('unsupported-schema-version');
    expect(error.message).toMatch(/schema version 3/);
    expect(error.message).toMatch(/Upgrade coproduce/);
    expect(error.problems.map((p) => p.pointer)).toEqual(['/schemaVersion']);
  });
});

describe('safeParseProject', () => {
  it('returns the project or the error instead of throwing', () => {
    const good = safeParseProject(minimal);
    expect(good.success && good.project.id).toBe('library-hours-2026');
    const bad = safeParseProject({ ...minimal, stage: 'nope' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe('invalid-project');
  });
});

describe('parseProjectJson', () => {
  it('reads a project from JSON text', () => {
    expect(parseProjectJson(JSON.stringify(minimal)).title).toBe('Library opening hours');
  });

  it('reports broken JSON with the code invalid-json', () => {
    const error = thrown(() => parseProjectJson('{"schemaVersion": 2, "id": '));
    expect(error.code).toBe('invalid-json');
    expect(error.message).toMatch(/^The project is not valid JSON/);
  });

  it('reports a newer schema version with the code unsupported-schema-version', () => {
    const error = thrown(() => parseProjectJson(JSON.stringify({ ...minimal, schemaVersion: 7 })));
    expect(error.code).toBe('unsupported-schema-version');
    expect(error.message).toContain('Upgrade coproduce');
  });
});

describe('serializeProject', () => {
  it('writes canonical JSON: sorted keys, two-space indents, a final newline', () => {
    const text = serializeProject(parseProject(small()));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "activities": [')).toBe(true);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives the same text whatever order the keys came in', () => {
    const doc = small();
    expect(serializeProject(parseProject(reverseKeys(doc)))).toBe(
      serializeProject(parseProject(doc)),
    );
  });

  it.each(readExamples().map((e) => [e.name, e.text] as const))(
    'round-trips the %s example',
    (_, text) => {
      const project = parseProjectJson(text);
      expect(parseProjectJson(serializeProject(project))).toEqual(project);
    },
  );
});

describe('properties over arbitrary valid projects', () => {
  it('serialising and reading back gives an equal project', () => {
    fc.assert(
      fc.property(projectInputArb, (input) => {
        const project: Project = parseProject(input);
        expect(parseProjectJson(serializeProject(project))).toEqual(project);
      }),
    );
  });

  it('parsing neither changes nor freezes its input', () => {
    fc.assert(
      fc.property(projectInputArb, (input: ProjectInput) => {
        const before = structuredClone(input);
        parseProject(input);
        expect(input).toEqual(before);
        expect(hasFrozenPart(input)).toBe(false);
      }),
    );
  });

  it('serialisation does not depend on key order', () => {
    fc.assert(
      fc.property(projectInputArb, (input) => {
        expect(serializeProject(parseProject(reverseKeys(input)))).toBe(
          serializeProject(parseProject(input)),
        );
      }),
    );
  });

  it('a parsed project parses to itself', () => {
    fc.assert(
      fc.property(projectInputArb, (input) => {
        const project = parseProject(input);
        expect(parseProject(project)).toEqual(project);
      }),
    );
  });
});
