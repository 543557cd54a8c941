/**
 * The body of an extraction worker thread: one snapshot's bytes in, the
 * records of every table out, prepared for assembly (extract/assemble.ts) and
 * written out as the text of the page's cache file and row block
 * (page-output.ts), or a thrown error naming what went wrong.
 * Run by the pool in {@link ./extract-pool.ts}; never imported by the stages.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { MessagePort } from 'node:worker_threads';
import type { ManifestEntry } from '../lib/manifest.ts';
import { type SnapshotInfo, extractArticle } from '../extract/article.ts';
import type { ArticleRecords } from '../extract/records.ts';
import { prepareRecords } from '../extract/assemble.ts';
import type { PageLimits } from '../extract/html/limits.ts';
import { decodeSnapshot } from '../extract/decode-snapshot.ts';
import { type PageOutput, pageOutput } from './page-output.ts';

/** One page for a worker. */
export interface PageTask {
  bytes: Uint8Array;
  /** The manifest's entry for the snapshot (charset and content type to decode it, provenance for its article row), when there is one. */
  entry: ManifestEntry | undefined;
  snapshot: SnapshotInfo;
  /** Size limits of the page (defaults in extract/html/limits.ts). */
  limits?: Partial<PageLimits>;
  /** Module exporting `extractArticle` (tests inject a slow one); the real extractor when absent. */
  extractorUrl?: string;
  /** The worker says "started" here, so the page's time budget counts its own work only. */
  started?: MessagePort;
}

type Extract = (html: string, snapshot: SnapshotInfo, limits?: Partial<PageLimits>) => ArticleRecords;
/**
 * The extractor to run. An injected one is loaded with `require`: under tsx a
 * worker thread has its CommonJS hook but (on Node 20) not its ESM hooks.
 */
function extractor(url: string | undefined): Extract {
  if (url === undefined) return extractArticle;
  return (createRequire(import.meta.url)(fileURLToPath(url)) as { extractArticle: Extract }).extractArticle;
}

/** Extracts one page, and prepares its records and rows for the tables here too (the per-article half of assembling them). */
export default function extractPage(task: PageTask): PageOutput {
  const extract = extractor(task.extractorUrl);
  task.started?.postMessage('started');
  task.started?.close();
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  return pageOutput(prepareRecords(extract(decodeSnapshot(bytes, task.entry), task.snapshot, task.limits)), bytes, task.entry);
}
