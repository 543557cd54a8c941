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
 */
import type { ResourceLimits } from 'node:worker_threads';

/** The young generation's size limit of a build worker thread, in MiB (see above). */
export const WORKER_YOUNG_GENERATION_MB = 16;

/** Resource limits to start a build worker thread with. */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
