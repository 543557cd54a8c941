import pLimit from 'p-limit';
import { createGuardedAgent, parseAllowHosts } from './address-guard.ts';
import { fetchOne } from './fetch-one.ts';
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
}

/** What a run did. */
export interface FetchRunResult {
  outcomes: UrlOutcome[];
  counts: OutcomeCounts;
  /** The end-of-run summary text. */
  summary: string;
  /** 0 when every URL was fetched, not modified or skipped by policy; 1 when any failed. */
  exitCode: 0 | 1;
}

/** The network side of a run: guarded agent, host gate, robots cache, retry policy. */
function createContext(options: FetchOptions, deps: FetchRunDeps, progress: Progress): FetchContext {
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
    const book = await ManifestBook.open(options.rawDir);
    const now = deps.now ?? Date.now;
    const progress = new Progress(deps.progress ?? process.stderr, sources.length, now);
    const ctx = createContext(options, deps, progress);
    const limit = pLimit(options.concurrency);
    try {
      const outcomes = await Promise.all(
        sources.map((source) =>
          limit(async () => {
            const outcome = await fetchOne({ source, rawDir: options.rawDir, maxBytes: options.maxBytes, book, ctx, now });
            progress.finished(outcome);
            return outcome;
          }),
        ),
      );
      await book.flushed();
      const counts = countOutcomes(outcomes);
      return { outcomes, counts, summary: progress.summary(), exitCode: counts.failed > 0 ? 1 : 0 };
    } finally {
      await ctx.dispatcher.close();
    }
  } finally {
    await release();
  }
}
