/**
 * The worker thread of `coproduce check --threads N`: reads, validates and
 * checks the files it is sent, one message each, and sends back each
 * project's part of the portfolio (its report and summary) or the error,
 * as plain data. Everything that shapes a result comes in `workerData`:
 * the moment of the check, the locales, the configuration file; nothing is
 * read from this machine's clock or time zone.
 *
 * @module
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { loadConfigSource } from './config.js';
import type { CliIo } from './io.js';
import {
  checkPortfolioFile,
  type FileResult,
  renderResult,
  sendResult,
} from './portfolio-files.js';
import { PartFile } from './portfolio-output.js';
import type { FileTask, WorkerSetup } from './portfolio-pool.js';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('The portfolio worker runs only as a worker thread');

// The streams are never written: what a worker has to say goes back in its results.
const silent = { write: () => true };
const io: CliIo = { stdout: silent, stderr: silent, env: {}, cwd: setup.cwd, locale: setup.locale };
const now = new Date(setup.now);
// Loaded once for the worker's life, not once a file.
const rules = loadConfigSource(setup.config);
// This worker's own file of rendered parts, in the run's temporary folder.
const part = setup.parts === undefined ? undefined : new PartFile(setup.parts, `part-${threadId}`);

async function checkFile(task: FileTask): Promise<FileResult> {
  const options = { rules: await rules, now, locale: setup.checkLocale };
  return renderResult(
    sendResult(await checkPortfolioFile(io, task.file, task.named, options)),
    setup.plan,
    part,
  );
}

port.on('message', (task: FileTask) => {
  void checkFile(task).then((result) => port.postMessage({ index: task.index, result }));
});
