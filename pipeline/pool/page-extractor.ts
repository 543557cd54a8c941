/**
 * Extracts pages for the extract stage: in this thread when asked for no
 * threads, else in an {@link ExtractPool} started on the first page that
 * needs it (a build whose pages all come from the cache starts no worker),
 * or earlier when asked ({@link PageExtractor.start}).
 */
import { availableParallelism } from 'node:os';
import type { SnapshotInfo } from '../extract/article.ts';
import type { ExtractOptions } from '../extract/extract-stage.ts';
import type { ManifestEntry } from '../lib/manifest.ts';
import { ExtractPool } from './extract-pool.ts';
import type { PageOutput } from './page-output.ts';

/** Extracts pages one by one or in a pool; {@link close} when done. */
export class PageExtractor {
  #pool: ExtractPool | undefined;
  constructor(private readonly options: ExtractOptions) {}

  /**
   * Starts a worker now, before any page is in hand (datasets.ts, when the
   * listing shows new bytes): it loads the extractors while this thread
   * finishes its own start and looks the pages up. Nothing with no threads.
   */
  start(): void {
    if (this.options.threads !== 0) this.#poolOf(1);
  }

  /** The page's cache file and row block, ready to write (page-output.ts), or the reason it has none. */
  async extract(bytes: Buffer, entry: ManifestEntry | undefined, snapshot: SnapshotInfo): Promise<PageOutput | { error: string }> {
    const threads = this.options.threads;
    if (threads === 0) {
      // Loaded here, not at the top: with workers (or every page cached) this thread never loads the extractors,
      // and an extractor started early (datasets.ts) loads only the pool (the assembler loads the country gazetteer).
      const { extractArticle } = await import('../extract/article.ts');
      const { decodeSnapshot } = await import('../extract/decode-snapshot.ts');
      const { prepareRecords } = await import('../extract/assemble.ts');
      const { pageOutput } = await import('./page-output.ts');
      return pageOutput(prepareRecords(extractArticle(decodeSnapshot(bytes, entry), snapshot, this.options.pageLimits)), bytes, entry);
    }
    const outcome = await this.#poolOf(0).extract({ bytes, entry, snapshot, limits: this.options.pageLimits });
    return 'output' in outcome ? outcome.output : { error: outcome.error };
  }

  /** The pool, made on first use with `startThreads` workers started at once. */
  #poolOf(startThreads: number): ExtractPool {
    this.#pool ??= new ExtractPool({
      // Up to one worker per core; piscina starts a worker only when a page waits and none is free, so one changed page starts one.
      threads: Math.min(this.options.threads ?? Number.POSITIVE_INFINITY, availableParallelism()),
      pageBudgetMs: this.options.pageBudgetMs,
      extractorUrl: this.options.extractorUrl,
      startThreads,
    });
    return this.#pool;
  }

  /** Stops the workers (a second call does nothing). */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.close();
  }
}
