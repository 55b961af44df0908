/**
 * `npm run bench`: builds the benchmarks with esbuild the way `tsup` builds
 * the package (no name-keeping wrappers, dependencies left external), then
 * runs them in a plain Node process, so the figures are those of the code a
 * council runs rather than of a development loader.
 *
 * Run through `tsx`, every function the library creates in a loop is wrapped
 * to keep its name, which costs a check of the 1,000-member project about a
 * fifth of its time; that is the loader's cost, not the library's.
 *
 * ```sh
 * npm run bench                      # every benchmark
 * npm run bench -- --only=check      # state, check, config, wrong or portfolio
 * ```
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'coproduce-bench');
const OUT_FILE = join(OUT_DIR, 'run.mjs');

mkdirSync(OUT_DIR, { recursive: true });
await esbuild.build({
  entryPoints: [join(ROOT, 'bench', 'run.ts')],
  outfile: OUT_FILE,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
  // Modules that run themselves when started directly compare their own URL
  // with the script's; inside one bundle they must never think they were.
  define: { 'import.meta.url': JSON.stringify('coproduce-bench:bundled') },
});

const child = spawnSync(process.execPath, [OUT_FILE, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(child.status ?? 1);
