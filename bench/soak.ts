/**
 * `npm run bench:soak`: a long run in one process — 100,000 commands applied
 * and recorded (in histories of 1,000 entries that are saved and reloaded,
 * with undo and redo)
 * and 10,000 checks (in batches of 50 at once, over several projects and
 * configurations) — with memory measured before and after. The run fails if
 * the heap does not come back to its baseline (within a small allowance for
 * the library's bounded caches), or if any check disagrees with the same
 * check run alone.
 *
 * Needs `--expose-gc` (the npm script passes it). Not part of `npm test`.
 */
import { generateSyntheticProject } from '../scripts/synthetic-project.js';
import {
  type CheckOptions,
  type Command,
  canRedo,
  canUndo,
  check,
  commands,
  createHistory,
  createRuleSet,
  type History,
  type Project,
  parseHistory,
  parseProject,
  recordCommand,
  redo,
  serializeHistory,
  undo,
} from '../src/index.js';

const COMMANDS = Number(process.env.SOAK_COMMANDS ?? 100_000);
const CHECKS = Number(process.env.SOAK_CHECKS ?? 10_000);
const BATCH = 50;
/** Entries per history before it is saved, reloaded and a new one started. */
const HISTORY_LENGTH = 1000;
/** How far the heap may end above its baseline: the library's caches are bounded. */
const ALLOWANCE_BYTES = 8 * 1024 * 1024;
/** How much a second, identical round may add: nothing, beyond measurement noise. */
const ROUND_ALLOWANCE_BYTES = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('Run with node --expose-gc (npm run bench:soak does).');
  process.exit(2);
}

/** Seeded, so every run does the same work. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function settle(): Promise<NodeJS.MemoryUsage> {
  for (let i = 0; i < 4; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage();
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const signed = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;

let peakHeap = 0;
function samplePeak(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

/** A command for step `i`: mostly edits, and additions that are later removed, so the project stays the same size. */
function commandFor(i: number, project: Project, next: () => number): Command {
  const members = project.group.members;
  const activities = project.activities;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  switch (i % 10) {
    case 0:
      return commands.member.update({
        id: pick(members).id,
        changes: { displayName: `Member ${i}` },
      });
    case 1: {
      const activity = pick(activities);
      return commands.activity.setAttendance({
        id: activity.id,
        attendance: members
          .filter(() => next() < 0.3)
          .map((m) => ({ memberId: m.id, contributions: Math.floor(next() * 6) })),
      });
    }
    case 2:
      return commands.activity.update({
        id: pick(activities).id,
        changes: { title: `Session ${i}` },
      });
    case 3:
      return commands.outcome.add({ id: `soak-${i}`, description: `Outcome ${i}` });
    case 4:
      return commands.outcome.remove({ id: `soak-${i - 1}` });
    case 5:
      return commands.glossary.define({ term: `Term ${i}`, explanation: 'A word explained.' });
    case 6:
      return commands.glossary.remove({ term: `Term ${i - 1}` });
    case 7:
      return commands.project.setStage({ stage: pick(['starting', 'during', 'ending'] as const) });
    case 8:
      return commands.purpose.update({ changes: { what: `Purpose ${i}` } });
    default:
      return commands.project.setExtensions({ extensions: { soakStep: i, note: `step ${i}` } });
  }
}

async function recordCommands(
  seedProject: Project,
  count: number,
): Promise<{ project: Project; ms: number }> {
  const next = random(1);
  let history: History = createHistory(seedProject);
  let applied = 0;
  let at = Date.parse('2026-01-01T00:00:00Z');
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const command = commandFor(i, history.project, next);
    at += 60_000;
    history = recordCommand(history, command, { at: new Date(at).toISOString() });
    // Now and then a user steps back and forward again.
    if (next() < 0.05 && canUndo(history)) {
      history = undo(history);
      if (canRedo(history)) history = redo(history);
    }
    applied += 1;
    if (history.entries.length >= HISTORY_LENGTH) {
      // Save, reload (checking every hash and state), and carry on from the reloaded one.
      const reloaded = parseHistory(serializeHistory(history));
      if (JSON.stringify(reloaded.project) !== JSON.stringify(history.project)) {
        throw new Error('reloading the history changed the project');
      }
      history = createHistory(reloaded.project);
    }
    if (i % 5000 === 0) samplePeak();
  }
  if (applied !== count) throw new Error('not every command was applied');
  return { project: history.project, ms: performance.now() - started };
}

async function runChecks(
  projects: readonly Project[],
  count: number,
): Promise<{ ms: number; issues: number }> {
  const configurations: NonNullable<CheckOptions['rules']>[] = [
    createRuleSet(),
    createRuleSet({ extends: ['coproduce:all'] }),
    {
      extends: ['coproduce:all'],
      rules: { 'quiet-members': { severity: 'error', parameters: { quietMeetings: 1 } } },
    },
  ];
  const nows = ['2026-03-01T10:00:00Z', '2026-09-15T18:30:00+01:00', '2027-01-10T09:00:00Z'];
  // Each distinct job's report alone, to compare the concurrent ones with.
  const expected = new Map<string, string>();
  const job = (i: number) => {
    const p = i % projects.length;
    const c = Math.floor(i / projects.length) % configurations.length;
    const n = Math.floor(i / (projects.length * configurations.length)) % nows.length;
    return {
      key: `${p}/${c}/${n}`,
      project: projects[p] as Project,
      options: { rules: configurations[c], now: nows[n] },
    };
  };
  const distinct = projects.length * configurations.length * nows.length;
  for (let i = 0; i < distinct; i++) {
    const { key, project, options } = job(i);
    expected.set(key, JSON.stringify(await check(project, options)));
  }
  let issues = 0;
  const started = performance.now();
  for (let done = 0; done < count; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - done) }, (_, k) => job(done + k));
    const reports = await Promise.all(batch.map(({ project, options }) => check(project, options)));
    reports.forEach((report, k) => {
      issues += report.issues.length;
      if (JSON.stringify(report) !== expected.get((batch[k] as { key: string }).key)) {
        throw new Error(`check ${done + k} differs from the same check run alone`);
      }
    });
    if (done % 1000 === 0) samplePeak();
  }
  return { ms: performance.now() - started, issues };
}

async function main(): Promise<void> {
  console.log(`coproduce soak — node ${process.version}, ${process.platform}/${process.arch}`);
  const input = generateSyntheticProject({ seed: 7, members: 60, activities: 120 });

  // Warm up on other projects, so the baseline holds what any long-running
  // app keeps: the compiled modules, the default rules, and the bounded
  // caches (compiled configurations, idle engines, message templates) filled
  // by the same kind of work. Whatever the run leaves beyond that is a leak.
  {
    const warm = generateSyntheticProject({ seed: 3, members: 20, activities: 30 });
    await recordCommands(parseProject(warm), 2000);
    // Every stage, since idle engines are kept per stage.
    const stages = ['planning', 'starting', 'during', 'ending', 'closed'] as const;
    await runChecks(
      stages.map((stage) => parseProject({ ...warm, stage })),
      450,
    );
  }
  const before = await settle();
  peakHeap = before.heapUsed;

  // Two identical rounds of half the work each. The first may leave entries
  // in the library's bounded, content-keyed caches (issue ids of the new
  // projects' records, say); the second, doing the same work again, must
  // leave nothing more. Either would show a leak; neither may pass the allowance.
  const rounds: {
    after: NodeJS.MemoryUsage;
    commandsMs: number;
    checksMs: number;
    issues: number;
  }[] = [];
  for (let round = 0; round < 2; round++) {
    const start = parseProject(input);
    const result = await recordCommands(start, COMMANDS / 2);
    const projects = [
      start,
      result.project,
      parseProject(generateSyntheticProject({ seed: 8, members: 30, activities: 60 })),
      parseProject(generateSyntheticProject({ seed: 9, members: 120, activities: 300 })),
    ];
    const checked = await runChecks(projects, CHECKS / 2);
    rounds.push({
      after: await settle(),
      commandsMs: result.ms,
      checksMs: checked.ms,
      issues: checked.issues,
    });
  }
  const [first, second] = rounds as [(typeof rounds)[0], (typeof rounds)[0]];
  const commandsMs = first.commandsMs + second.commandsMs;
  const checksMs = first.checksMs + second.checksMs;
  const issues = first.issues + second.issues;
  console.log(
    `\n${COMMANDS.toLocaleString('en-GB')} commands recorded in ${(commandsMs / 1000).toFixed(1)} s (${((commandsMs * 1000) / COMMANDS).toFixed(0)} µs each, histories saved and reloaded every ${HISTORY_LENGTH} entries)`,
  );
  console.log(
    `${CHECKS.toLocaleString('en-GB')} checks in ${(checksMs / 1000).toFixed(1)} s (${(checksMs / CHECKS).toFixed(2)} ms each, ${BATCH} at a time; ${issues.toLocaleString('en-GB')} issues), each equal to the same check run alone`,
  );
  console.log('\nMemory, after forced garbage collection');
  console.log('                  baseline   after round 1   after round 2   change overall');
  const rows: [string, keyof NodeJS.MemoryUsage][] = [
    ['heap used', 'heapUsed'],
    ['heap total', 'heapTotal'],
    ['rss', 'rss'],
    ['external', 'external'],
    ['array buffers', 'arrayBuffers'],
  ];
  for (const [name, key] of rows) {
    console.log(
      `  ${name.padEnd(14)} ${mb(before[key]).padStart(10)} ${mb(first.after[key]).padStart(15)} ${mb(second.after[key]).padStart(15)} ${signed(second.after[key] - before[key]).padStart(16)}`,
    );
  }
  console.log(`  peak heap used during the run: ${mb(peakHeap)}`);
  const overall = second.after.heapUsed - before.heapUsed;
  const secondRound = second.after.heapUsed - first.after.heapUsed;
  console.log(
    `\nHeap: ${signed(overall)} overall (allowance ${mb(ALLOWANCE_BYTES)}); the second, identical round: ${signed(secondRound)} (allowance ${mb(ROUND_ALLOWANCE_BYTES)}).`,
  );
  if (overall > ALLOWANCE_BYTES || secondRound > ROUND_ALLOWANCE_BYTES) {
    console.error('FAIL: memory did not come back to its baseline.');
    process.exitCode = 1;
  } else {
    console.log('OK: memory came back to its baseline.');
  }
}

await main();
