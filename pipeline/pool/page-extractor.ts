/**
 * Extracts pages for the extract stage: in this thread when asked for no
 * threads, else in an {@link ExtractPool} started on the first page that
 * needs it (a build whose pages all come from the cache starts no worker).
 */
import { availableParallelism } from 'node:os';
import type { SnapshotInfo } from '../extract/article.ts';
import type { ExtractOptions } from '../extract/extract-stage.ts';
import { type PreparedRecords, prepareRecords } from '../extract/assemble.ts';
import { decodeSnapshot } from '../extract/snapshots.ts';
import type { ManifestEntry } from '../lib/manifest.ts';
import { ExtractPool } from './extract-pool.ts';

/** Extracts pages one by one or in a pool; {@link close} when done. */
export class PageExtractor {
  #pool: ExtractPool | undefined;
  constructor(
    private readonly options: ExtractOptions,
    private readonly pages: number,
  ) {}

  /** The page's records, prepared for the tables (extract/assemble.ts), or the reason it has none. */
  async extract(bytes: Buffer, entry: ManifestEntry | undefined, snapshot: SnapshotInfo): Promise<PreparedRecords | { error: string }> {
    const threads = this.options.threads;
    if (threads === 0) {
      // Loaded here, not at the top: with workers (or every page cached) this thread never loads the extractors.
      const { extractArticle } = await import('../extract/article.ts');
      return prepareRecords(extractArticle(decodeSnapshot(bytes, entry), snapshot, this.options.pageLimits));
    }
    this.#pool ??= new ExtractPool({
      threads: Math.min(threads ?? Number.POSITIVE_INFINITY, availableParallelism(), this.pages),
      pageBudgetMs: this.options.pageBudgetMs,
      extractorUrl: this.options.extractorUrl,
    });
    const outcome = await this.#pool.extract({ bytes, entry: entry && { charset: entry.charset, content_type: entry.content_type }, snapshot, limits: this.options.pageLimits });
    return 'records' in outcome ? outcome.records : { error: outcome.error };
  }

  async close(): Promise<void> {
    await this.#pool?.close();
  }
}
