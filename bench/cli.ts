/**
 * `npm run bench:cli`: the wall-clock time of one whole `coproduce check`
 * process (start Node, load the CLI, read and validate the project, check
 * it, print the text report) on the 200-member, 500-activity synthetic
 * project. Target: at most 350 ms. Runs the built `dist/cli.js`, so run
 * `npm run build` first.
 *
 * ```sh
 * npm run build && npm run bench:cli            # 10 runs
 * npm run bench:cli -- --runs 20
 * ```
 *
 * Measured here rather than asserted in tests: speed depends on the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSyntheticProject } from '../scripts/synthetic-project.js';

const TARGET_MS = 350;
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Math.max(1, Number(values.runs) || 10);

function time(args: readonly string[]): { ms: number; status: number | null } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`exit ${result.status}: ${result.stderr.toString().slice(0, 2000)}`);
  }
  return { ms, status: result.status };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function measure(label: string, args: readonly string[]): number {
  time(args); // warm the file system cache
  const samples = Array.from({ length: runs }, () => time(args).ms);
  const m = median(samples);
  const min = Math.min(...samples);
  const max = Math.max(...samples);
  console.log(
    `${label.padEnd(44)} median ${m.toFixed(0).padStart(4)} ms  (min ${min.toFixed(0)}, max ${max.toFixed(0)}, ${runs} runs)`,
  );
  return m;
}

if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exitCode = 1;
} else {
  const dir = mkdtempSync(join(tmpdir(), 'coproduce-bench-cli-'));
  try {
    const file = join(dir, 'synthetic-200-500.json');
    writeFileSync(
      file,
      JSON.stringify(generateSyntheticProject({ seed: 1, members: 200, activities: 500 })),
    );
    console.log(`coproduce check, one whole process, on ${file}`);
    measure('node -e 0 (Node start-up alone)', ['-e', '0']);
    const text = measure('coproduce check (text report)', [
      CLI,
      'check',
      file,
      '--as-of',
      '2026-11-20',
    ]);
    measure('coproduce check --format json', [
      CLI,
      'check',
      file,
      '--as-of',
      '2026-11-20',
      '-f',
      'json',
    ]);
    measure('coproduce check --format html --anonymise', [
      CLI,
      'check',
      file,
      '--as-of',
      '2026-11-20',
      '-f',
      'html',
      '--anonymise',
    ]);
    console.log(
      `\nTarget: one check of the 200/500 project in at most ${TARGET_MS} ms: ${
        text <= TARGET_MS ? 'met' : 'NOT met'
      } (${text.toFixed(0)} ms median).`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
