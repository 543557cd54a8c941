/**
 * The extract stage: every snapshot under a raw folder in, the seven tables
 * (unvalidated) out in `<build>/records/`. A page that cannot be read is
 * reported and passed over; every other page still goes through. Results are
 * cached per snapshot, keyed by the snapshot's checksum and a fingerprint of
 * the extractor code, so a rebuild re-reads only what changed.
 */
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeJsonAtomic } from '../lib/atomic-write.ts';
import { PipelineError } from '../lib/errors.ts';
import { sha256 } from '../lib/hash.ts';
import { type ManifestEntry, readManifest } from '../lib/manifest.ts';
import { TABLES } from '../lib/schemas.ts';
import { extractArticle } from './article.ts';
import { assembleTables } from './assemble.ts';
import type { ArticleRecords } from './records.ts';
import { decodeSnapshot, listSnapshots, readSnapshotBytes } from './snapshots.ts';

const EXTRACT_DIR = dirname(fileURLToPath(import.meta.url));
/** The code whose change invalidates cached records: the extractors and the shared library they use. */
const FINGERPRINT_DIRS = [EXTRACT_DIR, join(EXTRACT_DIR, '..', 'lib')];
const FINGERPRINT_FILE = /\.(ts|json)$/;

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

/** Runs the extract stage; throws only when the raw folder itself cannot be read. */
export async function runExtract(options: ExtractOptions): Promise<ExtractReport> {
  const { rawDir, buildDir } = options;
  const manifest = await readManifest(rawDir);
  const byPath = new Map<string, ManifestEntry>(manifest.filter((e) => e.path).map((e) => [e.path!, e]));
  const snapshots = await listSnapshots(rawDir);
  const fingerprint = await extractorFingerprint();
  const cacheDir = join(buildDir, 'cache');
  await mkdir(cacheDir, { recursive: true });

  const report: ExtractReport = { snapshots: snapshots.length, articles: 0, cached: 0, problems: [], warnings: [] };
  const records: ArticleRecords[] = [];
  const sources: SourceInfo[] = [];
  const seen = new Map<string, string>();
  for (const file of snapshots) {
    const entry = byPath.get(file.relative);
    try {
      const bytes = await readSnapshotBytes(file);
      const url = entry?.final_url ?? entry?.url ?? null;
      const cachePath = join(cacheDir, `${sha256(`${fingerprint}\n${file.relative}\n${url ?? ''}\n${sha256(bytes)}`)}.json`);
      let result = await readCached(cachePath);
      if (result) report.cached += 1;
      else {
        result = extractArticle(decodeSnapshot(bytes, entry), { sourceFile: file.relative, url });
        await writeJsonAtomic(cachePath, result);
      }
      const first = seen.get(result.article.article_id);
      if (first) {
        report.problems.push({
          file: file.path,
          reason: `same article URL as ${first}; this copy is not published`,
          hint: 'remove one of the two snapshots',
        });
        continue;
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
    } catch (error) {
      const reason = error instanceof PipelineError ? error.message : `cannot extract: ${(error as Error).message}`;
      report.problems.push({ file: file.path, reason, hint: 'the page was passed over; fix or remove the snapshot and rebuild' });
    }
  }
  const present = new Set(snapshots.map((s) => s.relative));
  for (const entry of manifest) {
    if (entry.path && !present.has(entry.path)) {
      report.problems.push({ file: join(rawDir, entry.path), reason: `listed in the manifest for ${entry.url} but missing`, hint: 'run `make fetch` again' });
    }
  }
  report.articles = records.length;

  const tables = assembleTables(records, byPath);
  const out = recordsDir(buildDir);
  for (const table of TABLES) await writeJsonAtomic(join(out, `${table}.json`), tables[table]);
  await writeJsonAtomic(join(out, 'sources.json'), sources);
  await writeJsonAtomic(join(out, 'extract-report.json'), report);
  return report;
}
