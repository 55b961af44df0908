/**
 * The line a co-production lead would hold for the whole check (issue 10):
 * a pass is evidence, so a bare or "tbc" project never passes; and every
 * message and action a resident or councillor reads is plain English, with
 * no ISO dates, field names, raw fill-ins, internal ids, words cut short or
 * leftover braces. Through the public API, over the bundled examples, with
 * the `recommended` and `all` presets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CheckReport,
  check,
  createRuleSet,
  parseProject,
  type RuleSet,
} from '../../src/index.js';
import {
  GENERIC_ACTION,
  GENERIC_FLAGGED_ID,
  GENERIC_NEEDS_REVIEW,
  GENERIC_NEEDS_REVIEW_ID,
} from '../../src/report/index.js';

const NOW = '2026-11-20T12:00:00Z';
const STAGES = ['planning', 'starting', 'during', 'ending', 'closed'] as const;
const PRESETS = ['recommended', 'all'] as const;

const ruleSets = new Map<string, RuleSet>();
function preset(name: (typeof PRESETS)[number]): RuleSet {
  let ruleSet = ruleSets.get(name);
  if (!ruleSet) {
    ruleSet = createRuleSet({ extends: [`coproduce:${name}`] });
    ruleSets.set(name, ruleSet);
  }
  return ruleSet;
}

const passedIds = (report: CheckReport) =>
  report.outcomes.filter((o) => o.outcome === 'passed').map((o) => o.ruleId);

describe('a pass is evidence: a bare project passes nothing', () => {
  for (const name of PRESETS) {
    for (const stage of STAGES) {
      it(`with coproduce:${name} at stage "${stage}"`, async () => {
        const bare = parseProject({
          schemaVersion: 2,
          id: 'p-bare',
          title: 'A new project',
          stage,
          timeZone: 'Europe/London',
        });
        const report = await check(bare, { rules: preset(name), now: NOW });
        expect(passedIds(report), 'rules that passed with no evidence at all').toEqual([]);
        // What it says instead reads well: no holes, no field names, no ids.
        expect(readingProblems(report, new Set(['p-bare']), new Set())).toEqual([]);
      });
    }
  }
});

// ---------------------------------------------------------------------------
// The well-run example with every narrative field set to "tbc".

const EXAMPLES_DIR = 'examples/projects';
const exampleFiles = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const readExample = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${EXAMPLES_DIR}/${file}`, 'utf8')) as Record<string, unknown>;

/** Keys whose text is a name, a label or a setting rather than a narrative. */
const NOT_NARRATIVE = new Set([
  '$schema',
  'id',
  'title',
  'displayName',
  'name',
  'label',
  'timeZone',
  'organisation',
  'questionId',
  'madeBy',
  'toBeMadeBy',
  'madeTo',
  'group',
]);

/**
 * Sets every narrative free-text value (text of more than one word under a
 * key that is not a name, id or setting) to "tbc", and returns the paths it
 * changed, with list indices as `[]` (`decisions[].rationale`).
 */
function tbcEverything(doc: unknown): { doc: unknown; changed: Set<string> } {
  const changed = new Set<string>();
  const walk = (value: unknown, path: string, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, `${path}[]`, key));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] = k === 'extensions' ? v : walk(v, path === '' ? k : `${path}.${k}`, k);
      }
      return out;
    }
    if (
      typeof value === 'string' &&
      /\s/.test(value.trim()) &&
      !NOT_NARRATIVE.has(key) &&
      !/Ids?$/.test(key) &&
      !/^\d{4}-\d{2}-\d{2}/.test(value)
    ) {
      changed.add(path);
      return 'tbc';
    }
    return value;
  };
  return { doc: walk(doc, '', ''), changed };
}

describe('a pass is evidence: "tbc" is not an answer', () => {
  it('the well-run example with every narrative field "tbc" does not pass every recommended rule', async () => {
    const { doc, changed } = tbcEverything(readExample('well-run.json'));
    expect(changed.size).toBeGreaterThan(10);
    const project = parseProject(doc);
    const report = await check(project, { rules: preset('recommended'), now: NOW });
    const applicable = report.outcomes.filter((o) => o.outcome !== 'not-applicable');
    const passed = passedIds(report);
    expect(passed.length).toBeLessThan(applicable.length);
    // The same example as written passes more: "tbc" took the evidence away.
    const original = await check(parseProject(readExample('well-run.json')), {
      rules: preset('recommended'),
      now: NOW,
    });
    expect(passed.length).toBeLessThan(passedIds(original).length);
  });

  it('no rule whose answer is written in words passes on "tbc"', async () => {
    const { doc } = tbcEverything(readExample('well-run.json'));
    const report = await check(parseProject(doc), { rules: preset('all'), now: NOW });
    // Each of these passes on the well-run example as written, and reads a
    // field that now says only "tbc".
    const writtenAnswers = [
      'access-needs-met',
      'agreements-co-created',
      'communication-plan',
      'governance-process-described',
      'ideas-recorded',
      'ideas-responded-to',
      'influence-explained',
      'information-flows-both-ways',
      'issue-and-remit',
      'learning-not-shared',
      'learning-plan',
      'meaning-of-coproduction',
      'outcomes-recognisable',
      'progress-tracking-agreed',
      'purpose-recorded',
      'recommendations-answered',
      'related-engagement-mapped',
      'representation-connected',
      'responsibilities-shared',
      'senior-leaders-involved',
      'senior-leaders-named',
      'skills-recorded',
      'ways-of-working-agreed',
    ];
    const passed = passedIds(report).filter((id) => writtenAnswers.includes(id));
    expect(passed).toEqual([]);
  });

  it('no rule whose facts read only narrative text passes on "tbc"', async () => {
    const { doc, changed } = tbcEverything(readExample('well-run.json'));
    const project = parseProject(doc);
    const ruleSet = preset('all');
    const report = await check(project, { rules: ruleSet, now: NOW });
    // Fields read by a rule's facts (from the fact catalogue's `reads`).
    const { factCatalogue } = await import('../../src/schemas.js');
    const reads = new Map(factCatalogue.map((f) => [f.id, f.reads]));
    const readsChanged = (paths: readonly string[]) =>
      paths.length > 0 &&
      paths.every((r) =>
        [...changed].some((c) => c === r || r.startsWith(`${c}.`) || r.startsWith(`${c}[`)),
      );
    const offenders: string[] = [];
    for (const rule of ruleSet.rules) {
      const outcome = report.outcomes.find((o) => o.ruleId === rule.id);
      if (outcome?.outcome !== 'passed') continue;
      const facts = new Set<string>();
      const collect = (node: unknown) => {
        if (node === null || typeof node !== 'object') return;
        const n = node as Record<string, unknown>;
        if (typeof n.fact === 'string') facts.add(n.fact);
        for (const v of Object.values(n)) collect(v);
      };
      collect(rule.conditions);
      if (rule.subjects) facts.add(rule.subjects.fact);
      const paths = [...facts].flatMap((f) => reads.get(f) ?? []);
      if (readsChanged(paths)) offenders.push(rule.id);
    }
    expect(offenders, 'rules that passed although everything they read says "tbc"').toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// The words: every message and action of the bundled examples.

const FILL_INS = new Set(['yes', 'no', 'none', 'true', 'false', 'null', 'undefined']);

/** Every id in a project document: its own and those of its records. */
function idsOf(doc: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(doc)) {
    for (const v of doc) idsOf(v, out);
  } else if (doc !== null && typeof doc === 'object') {
    for (const [k, v] of Object.entries(doc)) {
      if (k === 'id' && typeof v === 'string') out.add(v);
      else idsOf(v, out);
    }
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole word written in a project document. */
function wordsOf(doc: unknown, out = new Set<string>()): Set<string> {
  if (typeof doc === 'string') for (const w of doc.match(/\p{L}+/gu) ?? []) out.add(w);
  else if (Array.isArray(doc)) for (const v of doc) wordsOf(v, out);
  else if (doc !== null && typeof doc === 'object')
    for (const v of Object.values(doc)) wordsOf(v, out);
  return out;
}

/**
 * What is wrong with one text a reader sees, or [] when it reads well.
 * `words`: the whole words of the project, so a quote shortened with an
 * ellipsis after a whole word is fine and one cut mid-word is not.
 */
function wordProblems(
  text: string,
  ids: ReadonlySet<string>,
  words: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  if (/\d{4}-\d{2}-\d{2}/.test(text)) problems.push('an ISO date');
  const zero = text.match(/(?<![\d.,])0 (?!%)[a-z]+/);
  if (zero) problems.push(`a bare zero "${zero[0]}"`);
  const clock = text.match(/\b\d{2}:\d{2}\b/);
  if (clock) problems.push(`a 24-hour clock time "${clock[0]}"`);
  const camel = text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/);
  if (camel) problems.push(`a field-like name "${camel[0]}"`);
  const dotted = text.match(/\b[a-z][A-Za-z]*\.[a-z][A-Za-z]+\b/);
  if (dotted) problems.push(`a dotted path "${dotted[0]}"`);
  if (/\(not recorded\)/i.test(text)) problems.push('"(not recorded)"');
  const fillIn = text.match(
    /(?::\s*|\(\s*|["“'‘]\s*)(yes|no|none|true|false|null|undefined)(?=\s*(?:$|[.,;:)"”'’]))/i,
  );
  if (fillIn) problems.push(`a raw fill-in "${fillIn[0]}"`);
  const literal = text.match(/\b(true|false|null|undefined|NaN)\b/);
  if (literal) problems.push(`a raw value "${literal[0]}"`);
  const idLike = text.match(/\b[a-z]{1,4}-\d{1,4}\b/);
  if (idLike) problems.push(`an id-like "${idLike[0]}"`);
  for (const id of ids) {
    // An id that is an ordinary word ("tenants") may be said; slugs and numbered ids may not.
    if (!/[-\d_]/.test(id)) continue;
    if (new RegExp(`(^|[^\\w-])${escapeRegExp(id)}($|[^\\w-])`).test(text)) {
      problems.push(`the internal id "${id}"`);
      break;
    }
  }
  for (const match of text.matchAll(/(\p{L}+)(?:…|\.\.\.)/gu)) {
    if (!words.has(match[1] ?? '')) {
      problems.push(`a word cut short by an ellipsis "${match[0]}"`);
      break;
    }
  }
  if (/[{}]/.test(text)) problems.push('a leftover brace');
  if (/\s{2,}|\s[.,;:]/.test(text)) problems.push('a gap where a value should be');
  return problems;
}

/** Everything in a report's titles, messages and actions a reader should not meet. */
function readingProblems(
  report: CheckReport,
  ids: ReadonlySet<string>,
  words: ReadonlySet<string>,
): string[] {
  const found: string[] = [];
  const scan = (where: string, text: string) => {
    for (const p of wordProblems(text, ids, words)) found.push(`${where}: ${p} in "${text}"`);
  };
  for (const outcome of report.outcomes) scan(`${outcome.ruleId} title`, outcome.title);
  for (const issue of report.issues) {
    const where = `${issue.ruleId} (${issue.subject.label})`;
    scan(`${where} message`, issue.message);
    scan(`${where} action`, issue.action);
    if (issue.messageId === GENERIC_FLAGGED_ID || issue.messageId === GENERIC_NEEDS_REVIEW_ID)
      found.push(`${where}: its message names a value it does not have (${issue.messageId})`);
    else if (issue.message === GENERIC_NEEDS_REVIEW)
      found.push(`${where}: no needs-review message of its own`);
    if (issue.action === GENERIC_ACTION)
      found.push(`${where}: its action names a value it does not have`);
    for (const [key, value] of Object.entries(issue.data)) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values)
        if (typeof v === 'string' && FILL_INS.has(v.trim().toLowerCase()))
          found.push(`${where}: the value of {${key}} is the raw fill-in "${v}"`);
    }
  }
  return found;
}

describe('messages a resident or councillor reads easily', () => {
  it('the word checks catch what they should', () => {
    const ids = new Set(['m-01', 'p-young-carers']);
    expect(wordProblems('Due on 2026-10-30.', ids)).toContain('an ISO date');
    expect(wordProblems('Bernard made 0 contributions.', ids)[0]).toMatch(/bare zero/);
    expect(wordProblems('Of 6 activities, 0 fell on a Saturday.', ids)[0]).toMatch(/bare zero/);
    expect(wordProblems('Only 0% of 5 activities, 10 people.', ids)).toEqual([]);
    expect(wordProblems('Office hours (09:00 to 17:00).', ids)[0]).toMatch(/24-hour/);
    expect(wordProblems('Set usualParticipant for Dev.', ids)[0]).toMatch(/field-like/);
    expect(wordProblems('Fill in purpose.what first.', ids)[0]).toMatch(/dotted/);
    expect(wordProblems('Fill in venue.features first.', ids)[0]).toMatch(/dotted/);
    expect(wordProblems('Met: no.', ids)[0]).toMatch(/fill-in/);
    expect(wordProblems('Needs (none).', ids)[0]).toMatch(/fill-in/);
    expect(wordProblems('Owner (not recorded).', ids)).toContain('"(not recorded)"');
    expect(wordProblems('Member m-01 is quiet.', ids)[0]).toMatch(/id/);
    expect(wordProblems('The p-young-carers project.', ids)[0]).toMatch(/internal id/);
    const words = new Set(['We', 'want', 'buses', 'that', 'come']);
    expect(wordProblems('They said: "We want buses that com…"', ids, words)).toContain(
      'a word cut short by an ellipsis "com…"',
    );
    expect(wordProblems('They said: "We want buses…"', ids, words)).toEqual([]);
    expect(wordProblems('Hello {subject}.', ids)).toContain('a leftover brace');
    expect(wordProblems('Kai missed  meetings.', ids)).toContain('a gap where a value should be');
    expect(
      wordProblems('Dev, Sean and Priya have not been asked since 30 October 2026.', ids),
    ).toEqual([]);
    expect(wordProblems('There is no budget, e.g. for travel.', ids)).toEqual([]);
    expect(
      wordProblems('Still to record: no agreement is written down (none is named).', ids),
    ).toEqual([]);
    expect(wordProblems('Older tenants were told.', new Set(['tenants']))).toEqual([]);
  });

  for (const file of exampleFiles) {
    for (const name of PRESETS) {
      it(`${file} with coproduce:${name}`, async () => {
        const doc = readExample(file);
        const ids = idsOf(doc);
        const words = wordsOf(doc);
        const report = await check(parseProject(doc), { rules: preset(name), now: NOW });
        expect(readingProblems(report, ids, words)).toEqual([]);
      });
    }
  }
});

describe('the bundled well-run example', () => {
  it('has no warning or worse with the recommended rules', async () => {
    const report = await check(parseProject(readExample('well-run.json')), {
      rules: preset('recommended'),
      now: NOW,
    });
    const serious = report.issues
      .filter((i) => i.severity === 'warning' || i.severity === 'error')
      .map((i) => `${i.ruleId}: ${i.message}`);
    expect(serious).toEqual([]);
  });
});
