/**
 * Starting a publish job (publish-worker.ts: the site's data files) in a
 * worker thread of its own, so that on a machine with two cores
 * or more it runs beside the DuckDB writer, which the main thread drives.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SiteDataJob, SiteDataResult } from './publish-worker.ts';
import { WORKER_RESOURCE_LIMITS } from './worker-memory.ts';

/**
 * Set by the compiled CLI (pipeline/tools/compile-cli.ts) to the compiled
 * worker file; absent when the pipeline runs from its TypeScript sources.
 */
declare const WSW_COMPILED_PUBLISH_WORKER: string | undefined;

/** The module the worker runs: the compiled one, or the TypeScript one (then through tsx). */
function workerModule(): { module: string; execArgv: string[] } {
  if (typeof WSW_COMPILED_PUBLISH_WORKER === 'string') return { module: pathToFileURL(WSW_COMPILED_PUBLISH_WORKER).href, execArgv: [] };
  return { module: fileURLToPath(new URL('./publish-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}

/** The worker thread's entry, which loads the module and runs the job. */
const BOOT_FILE = fileURLToPath(new URL('./publish-worker-boot.cjs', import.meta.url));

/** Runs a job in a new worker thread; resolves with what it sent back, rejects with its error. */
function runJob<T>(job: SiteDataJob): Promise<T> {
  const { module, execArgv } = workerModule();
  return new Promise((resolve, reject) => {
    let result: { value: T } | undefined;
    const worker = new Worker(BOOT_FILE, { workerData: { module, job }, execArgv, resourceLimits: WORKER_RESOURCE_LIMITS });
    worker.once('message', (value: T) => (result = { value }));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code === 0 && result) resolve(result.value);
      else reject(new Error(`the ${job.job} writer stopped with exit code ${code} before it was done`));
    });
  });
}

/** Writes the site's data files of the version folder `dir` (from its JSON tables) in a worker thread. */
export function writeSiteDataInWorker(job: SiteDataJob): Promise<SiteDataResult> {
  return runJob<SiteDataResult>(job);
}
