/**
 * Memory settings of the build's worker threads (extraction and the site's
 * data). V8 lets each thread's young generation grow to about 48 MiB on a
 * 64-bit machine, and a page's extraction makes mostly short-lived objects,
 * so two extraction workers held about 100 MiB of heap each, a third of it
 * garbage waiting for the next scavenge, and the build's peak rose with the
 * number of pages (more chances for both workers to be at their high point
 * at once).
 *
 * Measured on synthetic copies of the bench-dev pages (`make datasets`,
 * WSW_TIMINGS=1, session 7, busy machine), three cold builds of 500 pages
 * each way, interleaved: a 16 MiB young generation gave peaks of 352, 330
 * and 323 MiB against 374, 375 and 368 with V8's default, for extraction
 * CPU of 20.6, 21.1 and 20.1 s against 20.2, 21.2 and 19.5 (within the
 * noise); at 2,000 pages 369 and 377 MiB against 405 and 426. Garbage
 * collection does not change what a thread computes: the outputs are
 * byte-identical.
 *
 * Session 10 raised it to 32 MiB for CPU. A cold build of 1,000 synthetic
 * pages spent about a third of its CPU in V8's background threads (parallel
 * scavenges and concurrent marking of the workers' heaps): 14.2 s of 44.2.
 * A 16 MiB young generation is full every few pages, so each page's document
 * tree lives through a scavenge or two and is promoted; the worker of a
 * 300-page build made 159 scavenges and 9 mark-compacts at 16 MiB against
 * 81 and 5 at 48 (`node --trace-gc`, same pages). Extraction CPU, cold
 * 1,000 pages, two alternating rounds at load 15-24: 33.7 and 33.6 s at
 * 16 MiB, 30.4 and 33.1 at 32, 30.3 at 48 (V8's background threads 14.2
 * and 13.7, 12.0 and 13.1, 12.0 s); extract's peak 342 and 324, 360 and
 * 362, 362 MiB. With V8's background work kept in the worker
 * (`--single-threaded`), the worker of a 300-page build took 9.5-11.2 s
 * at 16 MiB against 8.8-9.7 at 48 (three alternating runs each). So 2-10%
 * less extraction CPU for 20-40 MiB more peak: a trade, undone by setting
 * this back to 16 if memory matters more.
 */
import type { ResourceLimits } from 'node:worker_threads';

/** The young generation's size limit of a build worker thread, in MiB (see above). */
export const WORKER_YOUNG_GENERATION_MB = 32;

/** Resource limits to start a build worker thread with. */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
