import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSyntheticProject } from '../../scripts/synthetic-project.js';
import { createRuleSet } from '../../src/check/compile.js';
import { type CheckOptions, check } from '../../src/check/evaluate.js';
import { applyCommand, commands } from '../../src/index.js';
import type { Project, Stage } from '../../src/model/index.js';
import { parseProject } from '../../src/model/parse.js';
import { onlyCustom, stubProject, stubProvider, stubRule } from './stub-facts.js';

const examples = ['early-stage', 'mid-way', 'well-run'].map(
  (name) =>
    JSON.parse(readFileSync(`examples/projects/${name}.json`, 'utf8')) as Record<string, unknown>,
);
const stages: Stage[] = ['starting', 'during', 'ending'];
// Each example at several stages: different stages borrow from different engine pools.
const projects: Project[] = examples.flatMap((doc) =>
  stages.map((stage) => parseProject({ ...doc, stage })),
);

const realRules: NonNullable<CheckOptions['rules']>[] = [
  createRuleSet(),
  createRuleSet({ extends: ['coproduce:all'] }),
  // A configuration object, compiled (and cached) by check() itself.
  {
    extends: ['coproduce:all'],
    rules: { 'quiet-members': { parameters: { quietMeetings: 1 } }, 'dominant-voices': 'error' },
  },
];
const nows = ['2026-03-01T10:00:00Z', '2026-11-15T18:30:00Z', '2027-05-01T08:00:00+01:00'];

interface Job {
  project: Project;
  options: CheckOptions;
}

function jobs(count: number): Job[] {
  const list: Job[] = [];
  for (let i = 0; i < count; i++) {
    list.push({
      project: projects[i % projects.length] as Project,
      options: {
        rules: realRules[Math.floor(i / projects.length) % realRules.length],
        now: nows[Math.floor(i / (projects.length * realRules.length)) % nows.length],
      },
    });
  }
  return list;
}

describe('concurrent checks', () => {
  it('give the same reports as checks run one by one (real rules, many projects and configurations)', async () => {
    const list = jobs(240);
    const sequential = [];
    for (const job of list) sequential.push(await check(job.project, job.options));
    const concurrent = await Promise.all(list.map((job) => check(job.project, job.options)));
    expect(concurrent).toEqual(sequential);
    // The jobs really differ, so a mix-up between checks would show.
    expect(new Set(sequential.map((r) => JSON.stringify(r))).size).toBeGreaterThan(60);
  });

  it('keep each check to its own project when the same rule set runs hundreds at once', async () => {
    const rules = createRuleSet(
      onlyCustom(
        stubRule(),
        stubRule({
          id: 'quiet-stub',
          scope: 'member',
          conditions: {
            all: [{ fact: 'quiet', params: { meetings: 1 }, operator: 'notEmpty', value: true }],
          },
          subjects: { fact: 'quiet' },
          messages: { flagged: '{subject} is quiet.', action: 'Talk.' },
        }),
      ),
      { facts: stubProvider },
    );
    const inputs = Array.from({ length: 300 }, (_, i) =>
      stubProject(
        { count: i % 5, quiet: Array.from({ length: i % 4 }, (_, k) => ({ id: `m-${i}-${k}` })) },
        { id: `p-${i}`, title: `Project ${i}` },
      ),
    );
    const now = '2025-06-02T09:00:00Z';
    const sequential = [];
    for (const project of inputs) sequential.push(await check(project, { rules, now }));
    const concurrent = await Promise.all(inputs.map((project) => check(project, { rules, now })));
    expect(concurrent).toEqual(sequential);
    for (const [i, report] of concurrent.entries()) {
      expect(report.project.id).toBe(`p-${i}`);
      expect(
        report.issues.filter((x) => x.ruleId === 'quiet-stub').map((x) => x.subject.id),
      ).toEqual(Array.from({ length: i % 4 }, (_, k) => `m-${i}-${k}`));
    }
  });

  it('give the same reports as one by one over generated projects, council configurations and locales, with commands in between', async () => {
    // Twelve generated projects of different sizes, and the same projects one command on.
    const generated = Array.from({ length: 12 }, (_, seed) =>
      parseProject(
        generateSyntheticProject({ seed, members: 10 + seed * 4, activities: 20 + seed * 6 }),
      ),
    );
    const edited = generated.map((project, i) =>
      applyCommand(
        project,
        commands.project.setStage({
          stage: (['starting', 'during', 'ending'] as const)[i % 3] ?? 'during',
        }),
      ),
    );
    // Hand-made copies, which check() validates before it reads them.
    const handMade = generated.slice(0, 3).map((p) => JSON.parse(JSON.stringify(p)) as Project);
    const councilRule = {
      id: 'council-few-ideas',
      set: 'council',
      version: 1,
      title: 'Few ideas',
      questions: ['honesty.open-to-change'],
      section: 'Governance',
      scope: 'project',
      severity: 'info',
      parameters: {
        fewest: { type: 'integer', default: 3, minimum: 0, description: 'Fewest ideas.' },
      },
      conditions: {
        all: [{ fact: 'ideaCount', operator: 'lessThan', value: { param: 'fewest' } }],
      },
      messages: { flagged: 'Only {ideaCount} ideas.', action: 'Ask for more.' },
      rationale: 'Ideas matter.',
    };
    const configurations: NonNullable<CheckOptions['rules']>[] = [
      createRuleSet({ extends: ['coproduce:all'], customRules: [councilRule as never] }),
      createRuleSet({
        rules: { 'quiet-members': { severity: 'error', parameters: { quietMeetings: 1 } } },
        messages: { cy: { 'quiet-members': { flagged: 'Mae {subject} yn dawel.' } } },
      }),
      {
        extends: [],
        customRules: [councilRule as never],
        rules: { 'council-few-ideas': { parameters: { fewest: 50 } } },
      },
      { extends: ['coproduce:recommended'], rules: { 'meets-in-community': 'off' } },
    ];
    const locales = [undefined, 'cy', 'en-GB'];
    const all = [...generated, ...edited, ...handMade];
    const list: { project: Project; options: CheckOptions }[] = [];
    for (let i = 0; i < 324; i++) {
      const locale = locales[i % locales.length];
      list.push({
        project: all[i % all.length] as Project,
        options: {
          rules: configurations[Math.floor(i / all.length) % configurations.length],
          now: nows[Math.floor(i / locales.length) % nows.length],
          ...(locale !== undefined ? { locale } : {}),
        },
      });
    }
    const sequential = [];
    for (const job of list) sequential.push(await check(job.project, job.options));
    // All at once, with commands applied and checked between the awaits.
    const concurrent = await Promise.all(
      list.map(async (job, i) => {
        if (i % 7 === 0) {
          await Promise.resolve();
          applyCommand(job.project, commands.project.update({ changes: { title: `Busy ${i}` } }));
        }
        return check(job.project, job.options);
      }),
    );
    expect(concurrent).toEqual(sequential);
    expect(new Set(sequential.map((r) => JSON.stringify(r))).size).toBeGreaterThan(100);
  });
});
