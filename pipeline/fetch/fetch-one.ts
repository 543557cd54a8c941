import { diskProblem } from '../lib/errors.ts';
import { sha256 } from '../lib/hash.ts';
import type { FileWriter, ManifestEntry } from '../lib/manifest.ts';
import { failed, FetchError } from './fetch-error.ts';
import { fetchPage, type FetchContext, type PageResult, type Validators } from './fetch-url.ts';
import type { ManifestBook } from './manifest-book.ts';
import { charsetOf, fetchedEntry, isGzipBody, notModifiedEntry, problemEntry } from './manifest-entries.ts';
import type { UrlOutcome } from './progress.ts';
import { readSnapshot, removeSnapshot, snapshotPath, writeSnapshot } from './snapshot-store.ts';
import type { SourceLine } from './sources.ts';

/** What fetching one URL needs besides the shared network context. */
export interface UrlJob {
  source: SourceLine;
  rawDir: string;
  maxBytes: number;
  book: ManifestBook;
  ctx: FetchContext;
  /** The time recorded as `fetched_at`. */
  now: () => number;
  /** Writes snapshot files (atomically). */
  write: FileWriter;
  /** Shared by every job of the run: set once a write fails for a reason no retry can fix. */
  stop: RunStop;
}

/** How a run is stopped at once when the disk fails it. */
export interface RunStop {
  /** The write failure that stopped the run, or null while it goes on. */
  failure: unknown;
  /** Called once, with the failure, when the first job hits it (aborts open requests). */
  onStop: (failure: unknown) => void;
}

/** Records the failure that stops the run (the first one wins). */
function stopRun(stop: RunStop, failure: unknown): void {
  if (stop.failure !== null) return;
  stop.failure = failure;
  stop.onStop(failure);
}

/** An earlier snapshot of the URL, as found on disk. */
interface EarlierSnapshot {
  /** The file is there: it is kept whatever this run does, unless a fresh copy replaces it. */
  exists: boolean;
  /** Validators to revalidate it with, only when its bytes still match the manifest's sha256. */
  validators: Validators | null;
}

async function earlierSnapshot(rawDir: string, entry: ManifestEntry | undefined): Promise<EarlierSnapshot> {
  if (!entry?.path) return { exists: false, validators: null };
  const bytes = await readSnapshot(rawDir, entry.path);
  if (!bytes) return { exists: false, validators: null };
  const intact = !entry.sha256 || sha256(bytes) === entry.sha256;
  return { exists: true, validators: intact ? { etag: entry.etag, lastModified: entry.last_modified } : null };
}

/** Any error from fetching a URL as a FetchError (write and unexpected errors are failures too). */
function asFetchError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const isFs = typeof (error as NodeJS.ErrnoException | null)?.syscall === 'string';
  return failed(isFs ? 'write' : 'internal', url, error instanceof Error ? error.message : String(error), { cause: error });
}

/** Stores a fetched page and records it; an earlier snapshot under another name is removed after. */
async function storePage(job: UrlJob, page: Extract<PageResult, { kind: 'fetched' }>, previous: ManifestEntry | undefined): Promise<UrlOutcome | null> {
  const { url } = job.source;
  const path = snapshotPath(url, isGzipBody(page.headers));
  let charset: string;
  try {
    charset = charsetOf(page.body, page.headers, job.maxBytes);
  } catch (error) {
    throw failed('content-encoding', url, 'the gzip body does not inflate', { cause: error });
  }
  if (job.stop.failure !== null) return null;
  await writeSnapshot(job.rawDir, path, page.body, job.write);
  const fetchedAt = new Date(job.now()).toISOString();
  try {
    await job.book.set(fetchedEntry({ url, finalUrl: page.finalUrl, path, status: page.status, headers: page.headers, body: page.body, charset, fetchedAt, previous }));
  } catch (error) {
    // The manifest on disk does not list the new file: remove it so that files and manifest agree.
    // (Deleting needs no space; if even that fails, the next run's fetch revalidates the URL anyway.)
    if (previous?.path !== path) await removeSnapshot(job.rawDir, path).catch(() => undefined);
    throw error;
  }
  if (previous?.path && previous.path !== path) await removeSnapshot(job.rawDir, previous.path);
  return { url, outcome: 'fetched', reason: null, detail: `HTTP ${page.status}`, bytes: page.body.length, keptSnapshot: false };
}

/**
 * Fetches one source URL and records the outcome in the manifest (saved
 * before this resolves). A snapshot we already have is revalidated with its
 * validators; when this run skips or fails the URL, an earlier snapshot
 * (and any `reconstructed` entry) is kept as it is, file and entry.
 * Resolves to null, recording nothing, when the run is stopped: a write
 * failed because of the disk (full, read-only…), here or in another job.
 */
export async function fetchOne(job: UrlJob): Promise<UrlOutcome | null> {
  if (job.stop.failure !== null) return null;
  try {
    return await fetchAndRecord(job);
  } catch (error) {
    if (diskProblem(error) !== null) stopRun(job.stop, error);
    // Once stopped, a job's own error (often its request aborted by the stop) is not this URL's outcome: it stays as it was.
    if (job.stop.failure !== null) return null;
    throw error;
  }
}

async function fetchAndRecord(job: UrlJob): Promise<UrlOutcome | null> {
  const { url, valid, line } = job.source;
  const previous = job.book.get(url);
  const earlier = await earlierSnapshot(job.rawDir, previous);
  const validators = earlier.validators;
  try {
    if (!valid) throw failed('invalid-url', url, `line ${line} of the source list is not a URL`);
    const page = await fetchPage(url, job.ctx, validators);
    if (page.kind === 'fetched') return await storePage(job, page, previous);
    if (!previous || !validators || (!validators.etag && !validators.lastModified)) {
      throw failed('http-304', url, 'HTTP 304 to an unconditional request', { status: 304 });
    }
    if (job.stop.failure !== null) return null;
    await job.book.set(notModifiedEntry(previous, page.finalUrl, page.headers));
    return { url, outcome: 'not_modified', reason: null, detail: 'snapshot unchanged', bytes: previous.bytes, keptSnapshot: true };
  } catch (caught) {
    // A full or read-only disk fails every later write too: the run stops (fetchOne), nothing more is recorded.
    if (diskProblem(caught) !== null || job.stop.failure !== null) throw caught;
    const error = asFetchError(caught, url);
    // A reconstructed entry stays until a fresh copy is fetched, even if its file went missing.
    const kept = previous !== undefined && (earlier.exists || previous.outcome === 'reconstructed');
    if (!kept) await job.book.set(problemEntry(url, error, new Date(job.now()).toISOString(), previous));
    return { url, outcome: error.outcome, reason: error.reason, detail: error.detail, bytes: null, keptSnapshot: kept };
  }
}
