/**
 * Worker threads for `coproduce check <files or folders…> --threads N`: a
 * bounded queue (at most two files in flight per worker, so a slow file
 * never lets the others pile up in memory) whose results come back in file
 * order, so the report is the one a single-threaded run makes.
 *
 * The worker is its own script: `dist/portfolio-worker.js` beside the
 * built CLI, or, when the CLI runs from its sources (tests, tsx),
 * `portfolio-worker.ts` loaded through tsx.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ConfigSource } from './config.js';
import type { FileResult } from './portfolio-files.js';
import type { OutputPlan } from './portfolio-output.js';

/** What every worker is given when it starts: all that shapes its results. */
export interface WorkerSetup {
  /** The folder paths are shown relative to. */
  readonly cwd: string;
  /** The command line's own language (`--locale`), for its messages. */
  readonly locale: string | undefined;
  /** The language of the reports (`--locale` too, or the configuration's). */
  readonly checkLocale: string | undefined;
  /** The configuration file, loaded again in each worker. */
  readonly config: ConfigSource | undefined;
  /** The moment of the check, an ISO 8601 instant. */
  readonly now: string;
  /** What the output needs of each project: rendered in the worker, so full reports stay there. */
  readonly plan: OutputPlan;
  /** The run's temporary folder, where each worker writes its projects' parts of the output to a file of its own. */
  readonly parts: string | undefined;
}

/** One file for a worker: its place in the run, and whether it was named outright. */
export interface FileTask {
  readonly index: number;
  readonly file: string;
  readonly named: boolean;
}

/** Files in flight for each worker: one being checked, one waiting so it never idles. */
const IN_FLIGHT_PER_WORKER = 2;

/** Where the worker script is, and how to start it. */
function startWorker(setup: WorkerSetup): Worker {
  const built = new URL('./portfolio-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData: setup });
  // From the sources: a worker thread does not inherit tsx's loader, so a
  // small module loads the TypeScript worker through tsx's own API.
  const source = new URL('./portfolio-worker.ts', import.meta.url).href;
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const boot = `import { tsImport } from ${JSON.stringify(pathToFileURL(api).href)};
await tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: setup,
  });
}

interface Waiting {
  readonly worker: number;
  resolve(result: FileResult): void;
  reject(error: Error): void;
}

/**
 * Reads and checks `tasks` on `threads` worker threads; yields each file's
 * result in the order of `tasks`. The workers end when the loop over it
 * ends, however it ends.
 */
export async function* checkInWorkers(
  tasks: readonly Omit<FileTask, 'index'>[],
  setup: WorkerSetup,
  threads: number,
): AsyncGenerator<FileResult> {
  const count = Math.max(1, Math.min(threads, tasks.length));
  const limit = count * IN_FLIGHT_PER_WORKER;
  const workers: Worker[] = [];
  const load: number[] = [];
  const waiting = new Map<number, Waiting>();
  const results = new Map<number, Promise<FileResult>>();
  let sent = 0;
  let taken = 0;
  let broken: Error | undefined;

  const fail = (error: Error) => {
    broken ??= error;
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  const send = () => {
    while (broken === undefined && sent < tasks.length && sent - taken < limit) {
      let w = 0;
      for (let k = 1; k < count; k++) if ((load[k] ?? 0) < (load[w] ?? 0)) w = k;
      const index = sent++;
      load[w] = (load[w] ?? 0) + 1;
      const result = new Promise<FileResult>((resolve, reject) => {
        waiting.set(index, { worker: w, resolve, reject });
      });
      // Awaited in order later; until then a failure must not count as unhandled.
      result.catch(() => undefined);
      results.set(index, result);
      const task = tasks[index] as Omit<FileTask, 'index'>;
      workers[w]?.postMessage({ index, ...task } satisfies FileTask);
    }
  };

  try {
    for (let w = 0; w < count; w++) {
      const worker = startWorker(setup);
      worker.on('message', (message: { index: number; result: FileResult }) => {
        const entry = waiting.get(message.index);
        if (!entry) return;
        waiting.delete(message.index);
        load[entry.worker] = (load[entry.worker] ?? 1) - 1;
        entry.resolve(message.result);
        send();
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        if (waiting.size > 0) fail(new Error(`A portfolio worker stopped (exit code ${code})`));
      });
      workers.push(worker);
      load.push(0);
    }
    send();
    for (let index = 0; index < tasks.length; index++) {
      const pending = results.get(index);
      if (pending === undefined) throw broken ?? new Error('A portfolio file was never sent');
      results.delete(index);
      const result = await pending;
      taken += 1;
      send();
      yield result;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
