/**
 * A council's `evidence` settings: placeholder texts (extended or replaced)
 * and how many community members make a reflection the group's. Checked
 * through `check()` with a council configuration, the way a council uses it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRuleSet, resolveConfig } from '../../src/check/compile.js';
import { check } from '../../src/check/evaluate.js';
import type { FactProvider } from '../../src/check/fact-provider.js';
import {
  DEFAULT_EVIDENCE_OPTIONS,
  DEFAULT_PLACEHOLDER_TEXTS,
  hasText,
  isGroupReflection,
} from '../../src/check/facts/evidence.js';
import { deriveProject, type FactDefinition } from '../../src/check/facts/index.js';
import { configJsonSchema } from '../../src/check/json-schema.js';
import type { CouncilConfig } from '../../src/check/rule-schema.js';
import { CoproduceError } from '../../src/model/errors.js';
import { parseProject } from '../../src/model/parse.js';

const now = '2026-11-20T12:00:00Z';

// Two facts over the real derivation, so the test sees what the library's facts see.
const facts: readonly FactDefinition[] = [
  {
    id: 'purposeWhyWritten',
    type: 'boolean',
    description: 'Whether purpose.why holds real words.',
    reads: ['purpose'],
    params: {},
    nullable: false,
    compute: (derived) => hasText(derived, derived.project.purpose?.why),
  },
  {
    id: 'groupReflections',
    type: 'number',
    description: 'Reflections the group recorded.',
    reads: ['reflections'],
    params: {},
    nullable: false,
    compute: (derived) =>
      derived.project.reflections.filter((r) => isGroupReflection(derived, r)).length,
  },
];
const provider: FactProvider = { facts, derive: deriveProject };

const rules = [
  {
    id: 'why-written',
    set: 'council',
    version: 1,
    title: 'Why is written down',
    questions: ['readiness.purpose'],
    section: 'Governance',
    scope: 'project',
    severity: 'warning',
    conditions: { all: [{ fact: 'purposeWhyWritten', operator: 'equal', value: false }] },
    messages: { flagged: 'Why the project exists is not written down.', action: 'Write it.' },
    rationale: 'Because.',
  },
  {
    id: 'group-reflected',
    set: 'council',
    version: 1,
    title: 'The group reflected',
    questions: ['readiness.purpose'],
    section: 'Governance',
    scope: 'project',
    severity: 'warning',
    conditions: { all: [{ fact: 'groupReflections', operator: 'equal', value: 0 }] },
    messages: { flagged: 'The group has not reflected yet.', action: 'Ask them.' },
    rationale: 'Because.',
  },
];

function project(why: string) {
  return parseProject({
    schemaVersion: 2,
    id: 'p-evidence',
    title: 'Evidence',
    stage: 'planning',
    timeZone: 'Europe/London',
    purpose: { what: 'A bus pass scheme', why },
    group: {
      members: [
        { id: 'm-01', displayName: 'Dev', roles: ['resident'] },
        { id: 'm-02', displayName: 'Sean', roles: ['resident'] },
        { id: 'm-03', displayName: 'Priya', roles: ['staff'] },
      ],
    },
    reflections: [
      {
        id: 'r-01',
        questionId: 'readiness.purpose',
        date: '2026-11-01',
        rating: 'green',
        recordedBy: ['m-01', 'm-03'],
      },
    ],
  });
}

async function outcomes(config: CouncilConfig, why: string) {
  const ruleSet = createRuleSet(
    resolveConfig({ extends: [], customRules: rules as never, ...config }),
    {
      facts: provider,
    },
  );
  const report = await check(project(why), { rules: ruleSet, now });
  return Object.fromEntries(report.outcomes.map((o) => [o.ruleId, o.outcome]));
}

describe('evidence settings in a council configuration', () => {
  it('uses the built-in placeholder list and one community author by default', async () => {
    expect(resolveConfig({}).evidence).toEqual(DEFAULT_EVIDENCE_OPTIONS);
    const ruleSet = createRuleSet(resolveConfig({ extends: [], customRules: rules as never }), {
      facts: provider,
    });
    expect(ruleSet.evidence).toEqual(DEFAULT_EVIDENCE_OPTIONS);
    expect(await outcomes({}, 'TBC.')).toMatchObject({ 'why-written': 'flagged' });
    expect(await outcomes({}, 'see minutes')).toMatchObject({
      'why-written': 'passed',
      'group-reflected': 'passed',
    });
  });

  it('adds placeholder texts to the built-in list', async () => {
    const config: CouncilConfig = { evidence: { placeholders: ['See minutes'] } };
    expect(await outcomes(config, 'see minutes.')).toMatchObject({ 'why-written': 'flagged' });
    expect(await outcomes(config, 'tbc')).toMatchObject({ 'why-written': 'flagged' });
    expect(await outcomes(config, 'Carers give up on the forms')).toMatchObject({
      'why-written': 'passed',
    });
  });

  it('replaces the list', async () => {
    const config: CouncilConfig = { evidence: { placeholders: { replace: ['see minutes'] } } };
    expect(resolveConfig({ extends: [], ...config }).evidence.placeholders).toEqual([
      'see minutes',
    ]);
    expect(await outcomes(config, 'see minutes')).toMatchObject({ 'why-written': 'flagged' });
    // "tbc" is no longer on the list; empty text always is.
    expect(await outcomes(config, 'tbc')).toMatchObject({ 'why-written': 'passed' });
    expect(await outcomes(config, '   ')).toMatchObject({ 'why-written': 'flagged' });
  });

  it('asks for more community authors', async () => {
    expect(await outcomes({ evidence: { minCommunityAuthors: 2 } }, 'x y')).toMatchObject({
      'group-reflected': 'flagged',
    });
    expect(await outcomes({ evidence: { minCommunityAuthors: 1 } }, 'x y')).toMatchObject({
      'group-reflected': 'passed',
    });
  });

  it('resolves through extends: the extending file adds to or overrides its base', () => {
    const files: Record<string, CouncilConfig> = {
      'base.json': {
        extends: [],
        evidence: { placeholders: { replace: ['see minutes'] }, minCommunityAuthors: 3 },
      },
      'child.json': { extends: ['base.json'], evidence: { placeholders: ['ask Jo'] } },
      'strict.json': { extends: ['child.json'], evidence: { minCommunityAuthors: 2 } },
    };
    const resolveExtends = (ref: string) => ({ file: ref, config: files[ref] });
    const child = resolveConfig(files['child.json'], { file: 'child.json', resolveExtends });
    expect(child.evidence).toEqual({
      placeholders: ['see minutes', 'ask Jo'],
      minCommunityAuthors: 3,
    });
    const strict = resolveConfig(files['strict.json'], { file: 'strict.json', resolveExtends });
    expect(strict.evidence.minCommunityAuthors).toBe(2);
    expect(strict.evidence.placeholders).toEqual(['see minutes', 'ask Jo']);
    // Adding to the defaults keeps every default.
    const added = resolveConfig({ evidence: { placeholders: ['ask Jo'] } }).evidence.placeholders;
    expect(added).toEqual([...DEFAULT_PLACEHOLDER_TEXTS, 'ask Jo']);
  });

  it('refuses settings that make no sense, naming the path', () => {
    const refused = (evidence: unknown) => {
      try {
        resolveConfig({ evidence } as CouncilConfig, { file: 'council.json' });
      } catch (error) {
        if (error instanceof CoproduceError)
          return error.problems.map((p) => [p.file, p.path.join('.')]);
        throw error;
      }
      throw new Error('expected a refusal');
    };
    expect(refused({ minCommunityAuthors: 0 })).toContainEqual([
      'council.json',
      'evidence.minCommunityAuthors',
    ]);
    expect(refused({ minCommunityAuthors: 1.5 })[0]?.[1]).toBe('evidence.minCommunityAuthors');
    expect(refused({ placeholders: [''] })[0]?.[1]).toMatch(/^evidence\.placeholders/);
    expect(refused({ placeholders: [' . '] })[0]?.[1]).toMatch(/^evidence\.placeholders/);
    expect(refused({ placeholders: { add: ['x'] } })[0]?.[1]).toMatch(/^evidence\.placeholders/);
    expect(refused({ staffCount: 1 })[0]?.[1]).toMatch(/^evidence/);
  });

  it('is described in the configuration JSON Schema', () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown> };
    expect(schema.properties.evidence).toBeDefined();
    const file = JSON.parse(readFileSync('schemas/config.schema.json', 'utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(file.properties.evidence).toEqual(schema.properties.evidence);
  });
});

describe('evidence settings with the default rules', () => {
  const wellRun = JSON.parse(readFileSync('examples/projects/well-run.json', 'utf8')) as Record<
    string,
    unknown
  >;
  const passed = async (doc: unknown, config: CouncilConfig) => {
    const report = await check(parseProject(doc), { rules: config, now });
    return report.outcomes.filter((o) => o.outcome === 'passed').map((o) => o.ruleId);
  };

  it('reads a council placeholder in the project as nothing written', async () => {
    const doc = structuredClone(wellRun) as { purpose: { why: string } };
    doc.purpose.why = 'See minutes.';
    const loose = await passed(doc, {});
    const strict = await passed(doc, { evidence: { placeholders: ['see minutes'] } });
    expect(loose).toContain('purpose-recorded');
    expect(strict).not.toContain('purpose-recorded');
    expect(strict.length).toBeLessThan(loose.length);
  });

  it('asks more community members to have recorded the group reflections', async () => {
    const loose = await passed(wellRun, {});
    const strict = await passed(wellRun, { evidence: { minCommunityAuthors: 50 } });
    expect(strict.length).toBeLessThan(loose.length);
    expect(loose.filter((id) => !strict.includes(id)).length).toBeGreaterThan(0);
  });
});

describe('the strict-evidence configuration shown in the customising guide', () => {
  it('loads, and its evidence settings reach the rule set', async () => {
    const { loadConfig } = await import('../../src/node/index.js');
    const ruleSet = await loadConfig(
      'examples/03-council-customisation/strict-evidence.config.json',
    );
    expect(ruleSet.evidence.minCommunityAuthors).toBe(2);
    expect(ruleSet.evidence.placeholders).toContain('ask Jo');
    expect(ruleSet.evidence.placeholders).toContain('tbc');
  });
});
