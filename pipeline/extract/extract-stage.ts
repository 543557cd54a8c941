/**
 * The extract stage: every snapshot under a raw folder in, the seven tables
 * (unvalidated) out in `<build>/records/`. A page that cannot be read is
 * reported and passed over; every other page still goes through. Results are
 * cached per snapshot, keyed by the snapshot's checksum and a fingerprint of
 * the extractor code, so a rebuild re-reads only what changed. Pages are
 * extracted in a pool of worker threads (one per core), each with a time
 * budget; the tables are assembled in the order of the snapshots' paths, so
 * the output does not depend on scheduling.
 */
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { PipelineError, diskError, diskProblem } from '../lib/errors.ts';
import { sha256 } from '../lib/hash.ts';
import { type ManifestEntry, readManifest } from '../lib/manifest.ts';
import { PageExtractor } from '../pool/page-extractor.ts';
import type { PreparedRecords } from './assemble.ts';
import { recordsCacheKey } from './cache-key.ts';
import { blockPath, readBlockSummary } from './row-blocks.ts';

export { warningHint } from './warning-hints.ts';
import type { PageLimits } from './html/limits.ts';
import { type SnapshotFile, isSingleFile, listSnapshots, readSnapshotBytes } from './snapshots.ts';
import { expandWarcs } from './warc.ts';
import { writeExtractOutput } from './write-records.ts';

export { writeExtractOutput } from './write-records.ts';

const EXTRACT_DIR = dirname(fileURLToPath(import.meta.url));
/** The code whose change invalidates cached records: the extractors, the shared library they use, and the pool that runs them. */
const FINGERPRINT_DIRS = [EXTRACT_DIR, join(EXTRACT_DIR, '..', 'lib'), join(EXTRACT_DIR, '..', 'pool')];
const FINGERPRINT_FILE = /\.(ts|json)$/;
/** What to do about a page that was passed over. */
const PASSED_OVER = 'the page was passed over; fix or remove the snapshot and rebuild';
/** Snapshots read ahead of the extraction (bounds the bytes held while workers are busy). */
const READ_AHEAD = 16;

/** A problem met by a stage: which file, what went wrong, what to do. */
export interface Problem {
  file: string;
  reason: string;
  hint: string;
}

/** What the extract stage did. */
export interface ExtractReport {
  snapshots: number;
  articles: number;
  cached: number;
  problems: Problem[];
  warnings: Problem[];
}

/** A source for the Data Package's `sources`. */
export interface SourceInfo {
  title: string;
  path: string;
  fetched_at: string | null;
  licence: string | null;
}

/** Options of {@link runExtract}. */
export interface ExtractOptions {
  rawDir: string;
  buildDir: string;
  /** Publish pages with no readable text as empty articles instead of reporting them (unreadable.ts). */
  keepUnreadable?: boolean;
  /** Worker threads for the pages to extract; 0 extracts in this thread (no time budget). Default: one per core. */
  threads?: number;
  /** Time budget of one page in a worker, in milliseconds (default in pool/extract-pool.ts). */
  pageBudgetMs?: number;
  /** The most bytes a snapshot may have, on disk and gunzipped (default in snapshots.ts). */
  maxSnapshotBytes?: number;
  /** Size limits of one page's HTML and text (defaults in html/limits.ts). */
  pageLimits?: Partial<PageLimits>;
  /** SHA-256 of each snapshot file as stored, by relative path (the raw folder's listing): a cached page is then not read at all. */
  listedSha256?: ReadonlyMap<string, string>;
  /** Module to extract with instead of `article.ts` (tests inject a slow page); workers only. */
  extractorUrl?: string;
  /** An extractor already started with these options (datasets.ts starts its worker early); the stage closes it. */
  extractor?: PageExtractor;
}

/** A cache file: a page's records, prepared for the tables, and whether they are unreadable (which needs the bytes, so is decided once). */
interface CachedPage {
  records: PreparedRecords;
  unreadable: string | null;
}

/** Folder of the extracted tables inside a build folder. */
export const recordsDir = (buildDir: string): string => join(buildDir, 'records');

/** Hash of every extractor source and data file: a code change invalidates the per-snapshot cache. */
async function extractorFingerprint(): Promise<string> {
  const files: string[] = [];
  for (const dir of FINGERPRINT_DIRS) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    files.push(...entries.filter((e) => e.isFile() && FINGERPRINT_FILE.test(e.name)).map((e) => join(e.parentPath, e.name)));
  }
  files.sort();
  const parts = await Promise.all(files.map(async (f) => `${relative(EXTRACT_DIR, f)}\n${await readFile(f, 'utf8')}`));
  return sha256(parts.join('\u0000'));
}

async function readCached(path: string): Promise<CachedPage | null> {
  try {
    const cached = JSON.parse(await readFile(path, 'utf8')) as CachedPage;
    return cached.records ? cached : null;
  } catch {
    // Absent or unreadable: the cache holds nothing that cannot be recomputed from the snapshot.
    return null;
  }
}

/** The raw folder as the stage sees it: the snapshots in build order and what the manifest says of each. */
export interface RawInput {
  manifest: ManifestEntry[];
  snapshots: SnapshotFile[];
  byPath: Map<string, ManifestEntry>;
  /** Problems and warnings of the listing itself (unreadable WARC files, records passed over). */
  problems: Problem[];
  warnings: Problem[];
}

/**
 * A page's records left in its cache file (every extracted page has one), so
 * that the stage holds no page's records between extracting it and writing
 * the tables; {@link pageRecords} reads them back.
 */
export interface CachedRecords {
  cachePath: string;
  /** Why the page is unreadable (kept with --keep-unreadable), or null. */
  unreadable: string | null;
}

/** Where a snapshot's records are cached; `unreadable` is undefined when they are not cached yet. */
interface Lookup {
  cachePath: string;
  unreadable: string | null | undefined;
}

/** A snapshot's records (prepared for the tables, see extract/assemble.ts), or where they are cached, or the problem that stopped it. */
export type PageResult = PreparedRecords | CachedRecords | Problem;
/** Each snapshot's result by relative path, or the promise of it while the pool is still extracting (see {@link startExtraction}). */
export type PageResults = Map<string, PageResult | Promise<PageResult>>;

/** The records of a page result that is not a problem. */
export async function pageRecords(result: PreparedRecords | CachedRecords): Promise<PreparedRecords> {
  if (!('cachePath' in result)) return result;
  const page = await readCached(result.cachePath);
  if (!page) throw new PipelineError('extract', 'a page\'s cached records went missing during the build', { file: result.cachePath, hint: 'run the build again' });
  return page.records;
}

/** Lists the raw folder (pages, WARC records) with the manifest; throws only when the folder cannot be read. */
export async function readRawInput(rawDir: string): Promise<RawInput> {
  const manifest = (await isSingleFile(rawDir)) ? [] : await readManifest(rawDir);
  const { snapshots, entries: warcEntries, skipped, problems } = await expandWarcs(await listSnapshots(rawDir));
  const byPath = new Map<string, ManifestEntry>([...manifest, ...warcEntries].filter((e) => e.path).map((e) => [e.path!, e]));
  const warnings = skipped.map((s) => ({
    file: s.file,
    reason: `${s.count} WARC record(s) that are not HTML responses passed over`,
    hint: 'nothing to do: crawls hold requests, metadata and media too',
  }));
  return { manifest, snapshots, byPath, problems, warnings };
}

/** Snapshots being extracted: each one's result as it comes, and how many came from the cache once all are done. */
export interface PendingExtraction {
  results: Map<string, Promise<CachedRecords | Problem>>;
  /** Settles when every page is done and the pool is closed; rejects with the first error that stopped a page (a full disk). */
  cached: Promise<number>;
}

/**
 * Starts extracting the chosen snapshots, from the cache or in the pool, and
 * returns at once with a promise of each one's result: the caller writes the
 * tables in build order while later pages are still being extracted (issue
 * 12: the writing no longer waits for the last page).
 */
export async function startExtraction(options: ExtractOptions, input: RawInput, chosen: SnapshotFile[]): Promise<PendingExtraction> {
  const { buildDir } = options;
  const { byPath } = input;
  const fingerprint = await extractorFingerprint();
  const cacheDir = join(buildDir, 'cache');
  await mkdir(cacheDir, { recursive: true });
  const report = { cached: 0 };
  const limits = { maxSnapshotBytes: options.maxSnapshotBytes ?? null, ...options.pageLimits };
  /** Set by the first write that fails because of the disk: every page after it would fail the same way, so none is started. */
  let diskFailure: PipelineError | undefined;
  /** Where a snapshot's records are cached, and whether they are (the summary of its row block, or the cache file, says if it is unreadable). */
  const lookUp = async (file: SnapshotFile): Promise<Lookup | Problem> => {
    const entry = byPath.get(file.relative);
    try {
      // A page's own file is named by its stored checksum (from the listing when there is one), so a cached page is not read;
      // a WARC record is named by its payload.
      const listed = file.warcOffset === undefined ? (options.listedSha256?.get(file.relative) ?? sha256(await readFile(file.path))) : undefined;
      const bytesSha256 = listed ?? sha256(await readSnapshotBytes(file, options.maxSnapshotBytes));
      const cachePath = join(cacheDir, `${recordsCacheKey({ fingerprint, sourceFile: file.relative, bytesSha256, entry, limits })}.json`);
      // A page with a row block is not parsed at all (row-blocks.ts): its block says what the cache file would.
      const page = (await readBlockSummary(blockPath(cachePath, entry))) ?? (await readCached(cachePath));
      return { cachePath, unreadable: page ? page.unreadable : undefined };
    } catch (error) {
      return { file: file.path, reason: error instanceof PipelineError ? error.message : `cannot extract: ${(error as Error).message}`, hint: PASSED_OVER };
    }
  };
  /** One snapshot's records (from the cache or extracted), or the problem that stopped it. */
  const readOne = async (file: SnapshotFile, found: Lookup | Problem): Promise<CachedRecords | Problem> => {
    if (diskFailure) throw diskFailure;
    if ('reason' in found) return found;
    const entry = byPath.get(file.relative);
    const { cachePath } = found;
    let { unreadable } = found;
    try {
      if (unreadable !== undefined) report.cached += 1;
      else {
        const bytes = await readSnapshotBytes(file, options.maxSnapshotBytes);
        const extracted = await extractor.extract(bytes, entry, { sourceFile: file.relative, url: entry?.final_url ?? entry?.url ?? null });
        if ('error' in extracted) return { file: file.path, reason: extracted.error, hint: PASSED_OVER };
        unreadable = extracted.unreadable;
        // Compact JSON of a CachedPage, made by the worker (pool/page-output.ts): the cache is read by this stage only
        // (a quarter smaller than indented, and quicker to write and read).
        await writeFileAtomic(cachePath, extracted.cacheText).catch((error: unknown) => {
          // A write the disk refused (full, read-only): every later page would fail the same way, so the stage stops here.
          if (diskProblem(error)) diskFailure ??= diskError('extract', cacheDir, error, 'free some space (or fix the permissions) and run the build again; the last good output is untouched');
          throw diskFailure ?? error;
        });
        // The page's rows too, so the tables are written from them without parsing the records again. A block that
        // cannot be saved is made again from the cache file (row-blocks.ts pageBlock): nothing is lost.
        await writeFileAtomic(blockPath(cachePath, entry), extracted.blockText).catch(() => undefined);
      }
      if (unreadable && !options.keepUnreadable) {
        return { file: file.path, reason: `unreadable: ${unreadable}`, hint: 'not published; replace the snapshot, or keep such pages as empty articles with --keep-unreadable' };
      }
      return { cachePath, unreadable };
    } catch (error) {
      if (error === diskFailure) throw error;
      const reason = error instanceof PipelineError ? error.message : `cannot extract: ${(error as Error).message}`;
      return { file: file.path, reason, hint: PASSED_OVER };
    }
  };
  // Pages are read and extracted concurrently (the pool bounds the work in flight); the caller uses them in build order.
  // Each page goes from its lookup straight on to its extraction (issue 12): the worker of a changed page starts
  // while the other pages are still being looked up, instead of after the last lookup. The pool starts a worker
  // only for a page in hand, so a rebuild of one changed page starts one, and a build of cached pages none.
  const extractor = options.extractor ?? new PageExtractor(options);
  const read = pLimit(READ_AHEAD);
  // A lookup of a cached page does its reading synchronously (row-blocks.ts), so without a turn of the event loop before
  // each one, the lookups would run back to back in microtasks and hold up the changed page's file reads until the last.
  const pages = chosen.map((file) => read(async () => readOne(file, await setImmediate().then(() => lookUp(file)))));
  // A rejected page (a full disk) is reported through `cached`, and to whoever awaits that page.
  for (const page of pages) page.catch(() => undefined);
  const cached = Promise.allSettled(pages)
    .finally(() => extractor.close())
    .then((settled) => {
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      return report.cached;
    });
  return { results: new Map(chosen.map((file, i) => [file.relative, pages[i]!])), cached };
}

/** Extracts the chosen snapshots, from the cache or in the pool; returns their results once every one is done, and how many came from the cache. */
export async function extractSnapshots(options: ExtractOptions, input: RawInput, chosen: SnapshotFile[]): Promise<{ results: Map<string, CachedRecords | Problem>; cached: number }> {
  const pending = await startExtraction(options, input, chosen);
  const cached = await pending.cached;
  const results = new Map<string, CachedRecords | Problem>();
  for (const [path, page] of pending.results) results.set(path, await page);
  return { results, cached };
}

/** Runs the extract stage; throws only when the raw folder itself cannot be read. */
export async function runExtract(options: ExtractOptions): Promise<ExtractReport> {
  const input = await readRawInput(options.rawDir);
  const { results, cached } = await startExtraction(options, input, input.snapshots);
  try {
    return await writeExtractOutput(options, input, results, cached);
  } finally {
    // The pool is closed before the stage returns, even when writing the tables failed.
    await cached.catch(() => undefined);
  }
}
