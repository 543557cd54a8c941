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
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { writeJsonAtomic } from '../lib/atomic-write.ts';
import { PipelineError } from '../lib/errors.ts';
import { sha256 } from '../lib/hash.ts';
import { type ManifestEntry, readManifest } from '../lib/manifest.ts';
import { TABLES } from '../lib/schemas.ts';
import { ExtractPool } from '../pool/extract-pool.ts';
import { type SnapshotInfo, extractArticle } from './article.ts';
import { assembleTables } from './assemble.ts';
import type { ArticleRecords } from './records.ts';
import { type SnapshotFile, decodeSnapshot, isSingleFile, listSnapshots, readSnapshotBytes } from './snapshots.ts';
import { expandWarcs } from './warc.ts';

const EXTRACT_DIR = dirname(fileURLToPath(import.meta.url));
/** The code whose change invalidates cached records: the extractors and the shared library they use. */
const FINGERPRINT_DIRS = [EXTRACT_DIR, join(EXTRACT_DIR, '..', 'lib')];
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
  /** Worker threads for the pages to extract; 0 extracts in this thread (no time budget). Default: one per core. */
  threads?: number;
  /** Time budget of one page in a worker, in milliseconds (default in pool/extract-pool.ts). */
  pageBudgetMs?: number;
  /** The most bytes a snapshot may have, on disk and gunzipped (default in snapshots.ts). */
  maxSnapshotBytes?: number;
  /** Module to extract with instead of `article.ts` (tests inject a slow page); workers only. */
  extractorUrl?: string;
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

async function readCached(path: string): Promise<ArticleRecords | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ArticleRecords;
  } catch {
    // Absent or unreadable: the cache holds nothing that cannot be recomputed from the snapshot.
    return null;
  }
}

/** Extracts pages in this thread or in a pool of workers started on the first page that needs it. */
class PageExtractor {
  #pool: ExtractPool | undefined;
  constructor(
    private readonly options: ExtractOptions,
    private readonly pages: number,
  ) {}

  /** The page's records, or the reason it has none. */
  async extract(bytes: Buffer, entry: ManifestEntry | undefined, snapshot: SnapshotInfo): Promise<ArticleRecords | { error: string }> {
    const threads = this.options.threads;
    if (threads === 0) return extractArticle(decodeSnapshot(bytes, entry), snapshot);
    this.#pool ??= new ExtractPool({
      threads: Math.min(threads ?? Number.POSITIVE_INFINITY, availableParallelism(), this.pages),
      pageBudgetMs: this.options.pageBudgetMs,
      extractorUrl: this.options.extractorUrl,
    });
    const outcome = await this.#pool.extract({ bytes, entry: entry && { charset: entry.charset, content_type: entry.content_type }, snapshot });
    return 'records' in outcome ? outcome.records : { error: outcome.error };
  }

  async close(): Promise<void> {
    await this.#pool?.close();
  }
}

/** Runs the extract stage; throws only when the raw folder itself cannot be read. */
export async function runExtract(options: ExtractOptions): Promise<ExtractReport> {
  const { rawDir, buildDir } = options;
  const manifest = (await isSingleFile(rawDir)) ? [] : await readManifest(rawDir);
  const { snapshots, entries: warcEntries, skipped, problems } = await expandWarcs(await listSnapshots(rawDir));
  const byPath = new Map<string, ManifestEntry>([...manifest, ...warcEntries].filter((e) => e.path).map((e) => [e.path!, e]));
  const fingerprint = await extractorFingerprint();
  const cacheDir = join(buildDir, 'cache');
  await mkdir(cacheDir, { recursive: true });

  const report: ExtractReport = { snapshots: snapshots.length, articles: 0, cached: 0, problems, warnings: [] };
  for (const s of skipped) {
    report.warnings.push({ file: s.file, reason: `${s.count} WARC record(s) that are not HTML responses passed over`, hint: 'nothing to do: crawls hold requests, metadata and media too' });
  }
  const extractor = new PageExtractor(options, snapshots.length);
  /** One snapshot's records (from the cache or extracted), or the problem that stopped it. */
  const readOne = async (file: SnapshotFile): Promise<ArticleRecords | Problem> => {
    const entry = byPath.get(file.relative);
    try {
      const bytes = await readSnapshotBytes(file, options.maxSnapshotBytes);
      const url = entry?.final_url ?? entry?.url ?? null;
      const cachePath = join(cacheDir, `${sha256(`${fingerprint}\n${file.relative}\n${url ?? ''}\n${sha256(bytes)}`)}.json`);
      let result = await readCached(cachePath);
      if (result) report.cached += 1;
      else {
        const extracted = await extractor.extract(bytes, entry, { sourceFile: file.relative, url });
        if ('error' in extracted) return { file: file.path, reason: extracted.error, hint: PASSED_OVER };
        result = extracted;
        await writeJsonAtomic(cachePath, result);
      }
      return result;
    } catch (error) {
      const reason = error instanceof PipelineError ? error.message : `cannot extract: ${(error as Error).message}`;
      return { file: file.path, reason, hint: PASSED_OVER };
    }
  };
  // Pages are read and extracted concurrently (the pool bounds the work in flight) but used in path order.
  const read = pLimit(READ_AHEAD);
  let results: Array<ArticleRecords | Problem>;
  try {
    results = await Promise.all(snapshots.map((file) => read(() => readOne(file))));
  } finally {
    await extractor.close();
  }

  const records: ArticleRecords[] = [];
  const sources: SourceInfo[] = [];
  const seen = new Map<string, string>();
  snapshots.forEach((file, i) => {
    const result = results[i]!;
    if (!('article' in result)) {
      report.problems.push(result);
      return;
    }
    const entry = byPath.get(file.relative);
    const first = seen.get(result.article.article_id);
    if (first) {
      report.problems.push({
        file: file.path,
        reason: `same article URL as ${first}; this copy is not published`,
        hint: 'remove one of the two snapshots',
      });
      return;
    }
    seen.set(result.article.article_id, file.relative);
    for (const w of result.article.warnings) report.warnings.push({ file: file.path, reason: w, hint: 'check the page; its article has no or little text' });
    records.push(result);
    sources.push({
      title: result.article.title ?? result.article.url ?? file.relative,
      path: result.article.url ?? file.relative,
      fetched_at: entry?.fetched_at ?? null,
      licence: entry?.licence ?? null,
    });
  });
  const present = new Set(snapshots.map((s) => s.relative));
  for (const entry of manifest) {
    if (entry.path && !present.has(entry.path)) {
      report.problems.push({ file: join(rawDir, entry.path), reason: `listed in the manifest for ${entry.url} but missing`, hint: 'run `make fetch` again' });
    }
  }
  report.articles = records.length;

  const tables = assembleTables(records);
  const out = recordsDir(buildDir);
  for (const table of TABLES) await writeJsonAtomic(join(out, `${table}.json`), tables[table]);
  await writeJsonAtomic(join(out, 'sources.json'), sources);
  await writeJsonAtomic(join(out, 'extract-report.json'), report);
  return report;
}
