/**
 * Extracts pages for the extract stage: in this thread when asked for no
 * threads, else in an {@link ExtractPool} started on the first page that
 * needs it (a build whose pages all come from the cache starts no worker).
 */
import { availableParallelism } from 'node:os';
import type { SnapshotInfo } from '../extract/article.ts';
import type { ExtractOptions } from '../extract/extract-stage.ts';
import { prepareRecords } from '../extract/assemble.ts';
import type { ManifestEntry } from '../lib/manifest.ts';
import { ExtractPool } from './extract-pool.ts';
import { type PageOutput, pageOutput } from './page-output.ts';

/** Extracts pages one by one or in a pool; {@link close} when done. */
export class PageExtractor {
  #pool: ExtractPool | undefined;
  constructor(private readonly options: ExtractOptions) {}

  /** The page's cache file and row block, ready to write (page-output.ts), or the reason it has none. */
  async extract(bytes: Buffer, entry: ManifestEntry | undefined, snapshot: SnapshotInfo): Promise<PageOutput | { error: string }> {
    const threads = this.options.threads;
    if (threads === 0) {
      // Loaded here, not at the top: with workers (or every page cached) this thread never loads the extractors.
      const { extractArticle } = await import('../extract/article.ts');
      const { decodeSnapshot } = await import('../extract/decode-snapshot.ts');
      return pageOutput(prepareRecords(extractArticle(decodeSnapshot(bytes, entry), snapshot, this.options.pageLimits)), bytes, entry);
    }
    this.#pool ??= new ExtractPool({
      // Up to one worker per core; piscina starts a worker only when a page waits and none is free, so one changed page starts one.
      threads: Math.min(threads ?? Number.POSITIVE_INFINITY, availableParallelism()),
      pageBudgetMs: this.options.pageBudgetMs,
      extractorUrl: this.options.extractorUrl,
    });
    const outcome = await this.#pool.extract({ bytes, entry, snapshot, limits: this.options.pageLimits });
    return 'output' in outcome ? outcome.output : { error: outcome.error };
  }

  async close(): Promise<void> {
    await this.#pool?.close();
  }
}
