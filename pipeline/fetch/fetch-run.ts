import pLimit from 'p-limit';
import { createGuardedAgent, parseAllowHosts } from './address-guard.ts';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { diskError, type PipelineError } from '../lib/errors.ts';
import type { FileWriter } from '../lib/manifest.ts';
import { fetchOne, type RunStop } from './fetch-one.ts';
import { fetchRobotsTxt, type FetchContext } from './fetch-url.ts';
import { ManifestBook } from './manifest-book.ts';
import type { FetchOptions } from './options.ts';
import { HostGate } from './politeness.ts';
import { countOutcomes, Progress, type LineSink, type OutcomeCounts, type UrlOutcome } from './progress.ts';
import { realSleep, type Sleep } from './retry.ts';
import { RobotsCache } from './robots.ts';
import { acquireRunLock, removeStaleTemporaries } from './run-lock.ts';
import { readSources } from './sources.ts';

/** Things a test may replace. */
export interface FetchRunDeps {
  /** Used for retry backoff and per-host delays; tests pass one that only records. */
  sleep?: Sleep;
  random?: () => number;
  /** Progress lines (default: process.stderr). */
  progress?: LineSink;
  now?: () => number;
  /** Writes snapshots and the manifest (default: atomic write to disk); tests inject a full disk here. */
  write?: FileWriter;
}

/** What a run did. */
export interface FetchRunResult {
  outcomes: UrlOutcome[];
  counts: OutcomeCounts;
  /** The end-of-run summary text. */
  summary: string;
  /** 0 when every URL was fetched, not modified or skipped by policy; 1 when any failed or the run stopped. */
  exitCode: 0 | 1;
  /**
   * Set when a write failed because of the disk (full, read-only…): the run
   * stopped at once, the manifest lists every snapshot stored until then.
   */
  stopped: PipelineError | null;
}

/** The network side of a run: guarded agent, host gate, robots cache, retry policy. */
function createContext(options: FetchOptions, deps: FetchRunDeps, progress: Progress, stop: RunStop): FetchContext {
  const sleep = deps.sleep ?? realSleep;
  const gate = new HostGate(options.perHost, options.delayMs, sleep, deps.now ?? Date.now);
  const ctx: FetchContext = {
    dispatcher: createGuardedAgent({ allowHosts: parseAllowHosts(options.allowHosts), connectTimeoutMs: options.timeoutMs }),
    gate,
    robots: new RobotsCache(
      options.userAgent,
      (robotsUrl) => fetchRobotsTxt(ctx, options.robotsMaxBytes)(robotsUrl),
      (host, ms) => gate.raiseDelay(host, Math.min(ms, options.maxCrawlDelayMs)),
    ),
    retry: {
      retries: options.retries,
      baseMs: options.retryBaseMs,
      maxMs: options.retryMaxMs,
      maxRetryAfterMs: options.maxRetryAfterMs,
      sleep,
      random: deps.random ?? Math.random,
      stopped: () => stop.failure !== null,
    },
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    maxRedirects: options.maxRedirects,
    onRetry: (error, attempt, delay) =>
      progress.note(`retry ${attempt}/${options.retries} in ${(delay / 1000).toFixed(1)} s: ${error.url ?? ''} (${error.reason})`),
  };
  return ctx;
}

/**
 * Runs the fetch stage: reads the source list and the manifest, fetches every
 * URL politely (revalidating snapshots it already has), stores snapshots and
 * rewrites the manifest atomically after each finished URL, so that an
 * interrupted run leaves a valid manifest and every finished snapshot, and a
 * rerun completes the work. Entries of URLs not in the list, and earlier
 * snapshots (including `reconstructed` ones) of URLs that fail or are skipped
 * now, are kept.
 */
export async function runFetch(options: FetchOptions, deps: FetchRunDeps = {}): Promise<FetchRunResult> {
  const sources = await readSources(options.sourcesFile);
  const release = await acquireRunLock(options.rawDir);
  try {
    await removeStaleTemporaries(options.rawDir);
    const write = deps.write ?? writeFileAtomic;
    const book = await ManifestBook.open(options.rawDir, write);
    const now = deps.now ?? Date.now;
    const progress = new Progress(deps.progress ?? process.stderr, sources.length, now);
    for (const s of sources.filter((line) => line.hadCredentials)) {
      progress.note(`line ${s.line} of the source list: user name and password removed from ${s.url} (never sent, stored or logged)`);
    }
    // On a write failure of the disk, open requests are aborted and no new one starts (see fetchOne).
    const stop: RunStop = { failure: null, onStop: () => void ctx.dispatcher.destroy().catch(() => undefined) };
    const ctx = createContext(options, deps, progress, stop);
    const limit = pLimit(options.concurrency);
    try {
      const outcomes = await Promise.all(
        sources.map((source) =>
          limit(async () => {
            const outcome = await fetchOne({ source, rawDir: options.rawDir, maxBytes: options.maxBytes, book, ctx, now, write, stop });
            if (outcome) progress.finished(outcome);
            return outcome;
          }),
        ),
      );
      const done = outcomes.filter((o): o is UrlOutcome => o !== null);
      const counts = countOutcomes(done);
      if (stop.failure !== null) {
        const stopped = diskError('fetch', options.rawDir, stop.failure,
          `stopped after ${done.length} of ${sources.length} URLs; the manifest lists every snapshot stored so far: free some space, then run the fetch again to do the rest`);
        return { outcomes: done, counts, summary: progress.summary(), exitCode: 1, stopped };
      }
      await book.flushed();
      return { outcomes: done, counts, summary: progress.summary(), exitCode: counts.failed > 0 ? 1 : 0, stopped: null };
    } finally {
      if (stop.failure === null) await ctx.dispatcher.close();
    }
  } finally {
    await release();
  }
}
