/**
 * The entry of a compiled extraction worker (pipeline/tools/compile-cli.ts
 * builds it, and the worker's code with every package it uses in one
 * CommonJS bundle): runs the bundle with its V8 code cache (code-cache.ts),
 * and stores the cache after the worker's first page when it had none, so
 * that the functions that page compiled are in it. A bundle in one file also
 * spares the worker the resolution of ~150 modules and packages.
 */
import { workerData } from 'node:worker_threads';
import { loadCachedScript } from './code-cache.ts';
import type { PageTask } from './extract-worker.ts';
import type { PageOutput } from './page-output.ts';

/** What the pool hands this worker: the bundle of extract-worker.ts. */
export interface ExtractWorkerData {
  bundle: string;
}

const loaded = loadCachedScript((workerData as ExtractWorkerData).bundle);
const extract = (loaded.exports as { default: (task: PageTask) => PageOutput }).default;
let stored = loaded.state === 'used';

/** Extracts one page (extract-worker.ts); the first page of a worker without a usable cache stores one. */
export default function extractPage(task: PageTask): PageOutput {
  const output = extract(task);
  if (!stored) {
    stored = true;
    loaded.save();
  }
  return output;
}
