import pLimit from 'p-limit';
import { sha256 } from '../lib/hash.ts';
import { readManifest, writeManifest, type ManifestEntry } from '../lib/manifest.ts';
import { createGuardedAgent, parseAllowHosts } from './address-guard.ts';
import { failed, FetchError } from './fetch-error.ts';
import { fetchPage, fetchRobotsTxt, type FetchContext, type Validators } from './fetch-url.ts';
import { charsetOf, fetchedEntry, isGzipBody, notModifiedEntry, problemEntry } from './manifest-entries.ts';
import type { FetchOptions } from './options.ts';
import { HostGate } from './politeness.ts';
import { countOutcomes, Progress, type LineSink, type OutcomeCounts, type UrlOutcome } from './progress.ts';
import { realSleep, type Sleep } from './retry.ts';
import { RobotsCache } from './robots.ts';
import { acquireRunLock, removeStaleTemporaries } from './run-lock.ts';
import { readSnapshot, removeSnapshot, snapshotPath, writeSnapshot } from './snapshot-store.ts';
import { readSources, type SourceLine } from './sources.ts';

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

/** The manifest as serialised (sorted by URL), to skip rewriting an unchanged file. */
function serialise(entries: Iterable<ManifestEntry>): string {
  return JSON.stringify([...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)));
}

/** The validators of an earlier snapshot whose file is still there and intact, else null. */
async function usableSnapshot(rawDir: string, entry: ManifestEntry | undefined): Promise<Validators | null> {
  if (!entry?.path) return null;
  const bytes = await readSnapshot(rawDir, entry.path);
  if (!bytes || (entry.sha256 && sha256(bytes) !== entry.sha256)) return null;
  return { etag: entry.etag, lastModified: entry.last_modified };
}

/** Any error from fetching a URL as a FetchError (write and unexpected errors are failures too). */
function asFetchError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const isFs = typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall !== undefined;
  return failed(isFs ? 'write' : 'internal', url, error instanceof Error ? error.message : String(error), { cause: error });
}

/**
 * Runs the fetch stage: reads the source list and the manifest, fetches every
 * URL politely (revalidating snapshots it already has), stores snapshots and
 * rewrites the manifest atomically after each finished URL, so that an
 * interrupted run leaves a valid manifest and every finished snapshot.
 * Entries of URLs not in the list, and earlier snapshots (including
 * `reconstructed` ones) of URLs that fail or are skipped now, are kept.
 */
export async function runFetch(options: FetchOptions, deps: FetchRunDeps = {}): Promise<FetchRunResult> {
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? Date.now;
  const sources = await readSources(options.sourcesFile);
  const release = await acquireRunLock(options.rawDir);
  try {
    await removeStaleTemporaries(options.rawDir);
    return await fetchAll(options, sources, sleep, now, deps);
  } finally {
    await release();
  }
}

async function fetchAll(options: FetchOptions, sources: SourceLine[], sleep: Sleep, now: () => number, deps: FetchRunDeps): Promise<FetchRunResult> {
  const manifest = new Map((await readManifest(options.rawDir)).map((e) => [e.url, e]));
  let written = serialise(manifest.values());
  const progress = new Progress(deps.progress ?? process.stderr, sources.length, now);

  const dispatcher = createGuardedAgent({ allowHosts: parseAllowHosts(options.allowHosts), connectTimeoutMs: options.timeoutMs });
  const gate = new HostGate(options.perHost, options.delayMs, sleep, now);
  const retry = { retries: options.retries, baseMs: options.retryBaseMs, maxMs: options.retryMaxMs, maxRetryAfterMs: options.maxRetryAfterMs, sleep, random: deps.random ?? Math.random };
  const ctx: FetchContext = {
    dispatcher, gate, retry,
    robots: new RobotsCache(options.userAgent, (u) => fetchRobotsTxt(ctx, options.robotsMaxBytes)(u), (host, ms) =>
      gate.raiseDelay(host, Math.min(ms, options.maxCrawlDelayMs)),
    ),
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    maxRedirects: options.maxRedirects,
    onRetry: (error, attempt, delay) =>
      progress.note(`retry ${attempt}/${options.retries} in ${(delay / 1000).toFixed(1)} s: ${error.url ?? ''} (${error.reason})`),
  };

  let writes = Promise.resolve();
  const persist = (): Promise<void> => {
    writes = writes.then(async () => {
      const text = serialise(manifest.values());
      if (text === written) return;
      await writeManifest(options.rawDir, [...manifest.values()]);
      written = text;
    });
    return writes;
  };

  const fetchOne = async (source: SourceLine): Promise<UrlOutcome> => {
    const { url } = source;
    const previous = manifest.get(url);
    const fetchedAt = new Date(now()).toISOString();
    const validators = await usableSnapshot(options.rawDir, previous);
    try {
      if (!source.valid) throw failed('invalid-url', url, `line ${source.line} of the source list is not a URL`);
      const page = await fetchPage(url, ctx, validators);
      if (page.kind === 'not_modified') {
        if (!previous || !validators || (!validators.etag && !validators.lastModified)) throw failed('http-304', url, 'HTTP 304 to an unconditional request', { status: 304 });
        manifest.set(url, notModifiedEntry(previous, page.finalUrl, page.headers));
        await persist();
        return { url, outcome: 'not_modified', reason: null, detail: 'snapshot unchanged', bytes: previous.bytes, keptSnapshot: true };
      }
      const path = snapshotPath(url, isGzipBody(page.headers));
      let charset: string;
      try {
        charset = charsetOf(page.body, page.headers, options.maxBytes);
      } catch (error) {
        throw failed('content-encoding', url, 'the gzip body does not inflate', { cause: error });
      }
      await writeSnapshot(options.rawDir, path, page.body);
      manifest.set(url, fetchedEntry({ url, finalUrl: page.finalUrl, path, status: page.status, headers: page.headers, body: page.body, charset, fetchedAt, previous }));
      await persist();
      if (previous?.path && previous.path !== path) await removeSnapshot(options.rawDir, previous.path);
      return { url, outcome: 'fetched', reason: null, detail: `HTTP ${page.status}`, bytes: page.body.length, keptSnapshot: false };
    } catch (caught) {
      const error = asFetchError(caught, url);
      const kept = validators !== null && previous !== undefined;
      if (!kept) {
        manifest.set(url, problemEntry(url, error, fetchedAt, previous));
        await persist();
      }
      return { url, outcome: error.outcome, reason: error.reason, detail: error.detail, bytes: null, keptSnapshot: kept };
    }
  };

  const limit = pLimit(options.concurrency);
  try {
    const outcomes = await Promise.all(
      sources.map((source) =>
        limit(async () => {
          const outcome = await fetchOne(source);
          progress.finished(outcome);
          return outcome;
        }),
      ),
    );
    await writes;
    const counts = countOutcomes(outcomes);
    return { outcomes, counts, summary: progress.summary(), exitCode: counts.failed > 0 ? 1 : 0 };
  } finally {
    await dispatcher.close();
  }
}
