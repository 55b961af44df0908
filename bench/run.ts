/**
 * `npm run bench`: the speed figures the issues ask for, measured with
 * tinybench on generated projects. Targets are printed beside each figure;
 * nothing here fails a build (speed is measured, not asserted in tests).
 */
import { Bench } from 'tinybench';
import { generateSyntheticProject } from '../scripts/synthetic-project.js';
import {
  applyCommand,
  type Command,
  commands,
  createHistory,
  type Project,
  parseProject,
  recordCommand,
  replayHistory,
} from '../src/index.js';
import { ProjectSchema } from '../src/schemas.js';
import { benchChecks } from './check.js';
import { benchConfigProblems } from './config.js';
import { benchPortfolio } from './portfolio.js';
import { benchWrongDocument } from './wrong.js';

const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyArg?.slice('--only='.length);

function ms(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(3)} ms`;
}

export function median(task: { result?: unknown }): number | undefined {
  const result = task.result as { latency?: { p50?: number } } | undefined;
  return result?.latency?.p50;
}

async function benchParseAndCommands(): Promise<void> {
  const input = generateSyntheticProject({ seed: 1, members: 200, activities: 500 });
  const text = JSON.stringify(input);
  const project = parseProject(JSON.parse(text));
  const memberIds = project.group.members.map((m) => m.id);
  let n = 0;

  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench
    .add('JSON.parse of the 200/500 text', () => {
      JSON.parse(text);
    })
    .add('parseProject of the already-parsed 200/500 object', () => {
      // parseProject neither changes nor freezes its input, so one object serves every run.
      parseProject(input);
    })
    .add('ProjectSchema.safeParse (zod alone) of the same object', () => {
      // What parseProject would cost without its compiled fast path.
      ProjectSchema.safeParse(input);
    })
    .add('one command (member/update) on the 200/500 project', () => {
      n++;
      const id = memberIds[n % memberIds.length]!;
      applyCommand(
        project,
        commands.member.update({ id, changes: { displayName: `Member ${n}` } }),
      );
    })
    .add('one command (activity/record, 12 attendees) on the 200/500 project', () => {
      n++;
      applyCommand(
        project,
        commands.activity.record({
          id: `bench-${n}`,
          kind: 'workshop',
          title: 'Bench workshop',
          start: '2026-11-18T18:00:00+00:00',
          end: '2026-11-18T20:00:00+00:00',
          attendance: memberIds.slice(0, 12).map((memberId, i) => ({ memberId, contributions: i })),
        }),
      );
    });
  await bench.run();

  const [jsonParse, parse, zodAlone, update, record] = bench.tasks.map(median);
  const times = (value: number | undefined) =>
    (value !== undefined && jsonParse !== undefined ? value / jsonParse : Number.NaN).toFixed(2);
  console.log('\n## Model and state (200 members / 500 activities)');
  console.log(`JSON.parse of the text:          ${ms(jsonParse)}`);
  console.log(
    `parseProject of that object:     ${ms(parse)}  → ${times(parse)}× JSON.parse (target ≤ 1.5×)`,
  );
  console.log(
    `zod alone (no fast path):        ${ms(zodAlone)}  → ${times(zodAlone)}× JSON.parse (the fast path stays while this misses 1.5×)`,
  );
  console.log(`member/update, median:           ${ms(update)} (target ≤ 1 ms)`);
  console.log(`activity/record, median:         ${ms(record)} (target ≤ 1 ms)`);

  // Replay: a history of 10,000 commands on a small project, rebuilt from its start.
  const base = parseProject(generateSyntheticProject({ seed: 2, members: 20, activities: 20 }));
  const ids = base.group.members.map((m) => m.id);
  let history = createHistory(base);
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < 10_000; i++) {
    const command: Command = commands.member.update({
      id: ids[i % ids.length]!,
      changes: { displayName: `Name ${i}` },
    });
    history = recordCommand(history, command, { at: new Date(start + i * 60_000).toISOString() });
  }
  const replay = new Bench({ time: 3000, iterations: 5, warmupIterations: 1 });
  let rebuilt: Project | undefined;
  replay.add('replay 10,000 commands', () => {
    rebuilt = replayHistory(history);
  });
  await replay.run();
  const replayMedian = median(replay.tasks[0]!);
  console.log(`replay of 10,000 commands:       ${ms(replayMedian)} (target ≤ 1000 ms)`);
  if (rebuilt?.group.members[0]?.displayName === undefined)
    throw new Error('replay produced nothing');
}

async function main(): Promise<void> {
  console.log(
    `coproduce benchmarks — node ${process.version}, ${process.platform}/${process.arch}`,
  );
  if (!only || only === 'state') await benchParseAndCommands();
  if (!only || only === 'check') await benchChecks();
  if (!only || only === 'config') await benchConfigProblems();
  if (!only || only === 'wrong') await benchWrongDocument();
  if (!only || only === 'portfolio') await benchPortfolio();
}

await main();
