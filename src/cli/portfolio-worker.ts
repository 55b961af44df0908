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
import { parentPort, workerData } from 'node:worker_threads';
import { checkPortfolioPart } from '../check/portfolio/check-portfolio.js';
import type { Project } from '../index.js';
import { loadConfigSource } from './config.js';
import type { CliIo } from './io.js';
import { type FileResult, projectOf, readPortfolioFile, sendError } from './portfolio-files.js';
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

async function checkFile(task: FileTask): Promise<FileResult> {
  let project: Project;
  let shown: string;
  try {
    const read = await readPortfolioFile(io, task.file, task.named);
    if (read.kind === 'skipped') return read;
    shown = read.shown;
    project = projectOf(read, now);
  } catch (error) {
    return { kind: 'failed', error: sendError(error) };
  }
  try {
    const part = await checkPortfolioPart(project, {
      rules: await rules,
      now,
      locale: setup.checkLocale,
    });
    return { kind: 'checked', shown, part };
  } catch (error) {
    return { kind: 'stopped', error: sendError(error) };
  }
}

port.on('message', (task: FileTask) => {
  void checkFile(task).then((result) => port.postMessage({ index: task.index, result }));
});
