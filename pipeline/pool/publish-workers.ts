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

/** A worker thread started ahead of its job ({@link prestartSiteWorker}), while nothing has taken it. */
let ahead: { worker: Worker; failed: boolean } | null = null;

/** A new worker thread, given its job, or none (it then loads its module and waits for one). */
function newWorker(job: SiteDataJob | null): Worker {
  const { module, execArgv } = workerModule();
  return new Worker(BOOT_FILE, { workerData: { module, job }, execArgv, resourceLimits: WORKER_RESOURCE_LIMITS });
}

/**
 * Starts the site's worker thread ahead of its job, so that it loads its modules (0.6 s or more of a one-page
 * rebuild, issue 12) while the build validates the records and the publish stage sets up, instead of after. It does
 * not keep the process alive while idle; {@link stopSiteWorker} ends it when no job took it.
 */
export function prestartSiteWorker(): void {
  if (ahead) return;
  const started = { worker: newWorker(null), failed: false };
  // A worker that cannot load is left for the job to replace with a new one (whose error is then the job's).
  started.worker.once('error', () => (started.failed = true));
  started.worker.once('exit', () => (started.failed = true));
  started.worker.unref();
  ahead = started;
}

/** Ends the worker started ahead when no job took it (a build whose site was written in this thread, or reused). */
export async function stopSiteWorker(): Promise<void> {
  const idle = ahead;
  ahead = null;
  if (idle) await idle.worker.terminate();
}

/** Runs a job in the worker started ahead, else in a new worker thread; resolves with what it sent back, rejects with its error. */
function runJob<T>(job: SiteDataJob): Promise<T> {
  const ready = ahead && !ahead.failed ? ahead.worker : null;
  if (ahead && !ready) void ahead.worker.terminate();
  ahead = null;
  const worker = ready ?? newWorker(job);
  return new Promise((resolve, reject) => {
    let result: { value: T } | undefined;
    worker.once('message', (value: T) => (result = { value }));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code === 0 && result) resolve(result.value);
      else reject(new Error(`the ${job.job} writer stopped with exit code ${code} before it was done`));
    });
    if (ready) {
      ready.ref();
      ready.postMessage(job);
    }
  });
}

/** Writes the site's data files of the version folder `dir` (from its JSON tables) in a worker thread. */
export function writeSiteDataInWorker(job: SiteDataJob): Promise<SiteDataResult> {
  return runJob<SiteDataResult>(job);
}
