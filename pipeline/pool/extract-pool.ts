/**
 * Extraction on every core: a pool of worker threads (piscina) that each
 * extract one page at a time, with a time budget per page. A page that
 * overruns its budget has its worker stopped (the only way to stop JavaScript
 * stuck in a loop) and is reported; the pages that worker finished before are
 * kept, and a fresh worker takes its place. Results come back per page, so
 * the caller keeps its own (deterministic) order whatever the scheduling.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { PageTask } from './extract-worker.ts';
import type { ExtractWorkerData } from './extract-worker-boot.ts';
import type { PageOutput } from './page-output.ts';
import { WORKER_RESOURCE_LIMITS } from './worker-memory.ts';

/** Default time budget of one page, from the moment its worker starts it (see issue 14: no page may hold the build). */
export const DEFAULT_PAGE_BUDGET_MS = 60_000;

/**
 * Set by the compiled CLI (pipeline/tools/compile-cli.ts) to the compiled
 * worker's entry and to its bundle; absent when the pipeline runs from its
 * TypeScript sources.
 */
declare const WSW_COMPILED_WORKER: string | undefined;
declare const WSW_COMPILED_WORKER_BUNDLE: string | undefined;

/** Options of {@link ExtractPool}. */
export interface ExtractPoolOptions {
  /** Worker threads; default: one per core. */
  threads?: number;
  /** Time budget of one page in milliseconds; default {@link DEFAULT_PAGE_BUDGET_MS}. */
  pageBudgetMs?: number;
  /** Module exporting `extractArticle` to run instead of the real one (tests inject a slow page with it). */
  extractorUrl?: string;
  /** Workers started at once, before any page (default 0: each started when a page waits and none is free). */
  startThreads?: number;
}

/** The outcome of one page. */
export type PageOutcome = { output: PageOutput } | { error: string; overran: boolean };

/** The worker file and how to run it: compiled JavaScript (its entry, given the bundle: extract-worker-boot.ts), or TypeScript through tsx. */
function workerFile(): { filename: string; execArgv: string[]; workerData?: ExtractWorkerData } {
  if (typeof WSW_COMPILED_WORKER === 'string' && typeof WSW_COMPILED_WORKER_BUNDLE === 'string') {
    return { filename: WSW_COMPILED_WORKER, execArgv: [], workerData: { bundle: WSW_COMPILED_WORKER_BUNDLE } };
  }
  return { filename: fileURLToPath(new URL('./extract-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}

/** A pool of extraction workers; {@link close} it when done. */
export class ExtractPool {
  readonly threads: number;
  readonly pageBudgetMs: number;
  readonly #pool: Piscina;
  readonly #limit: ReturnType<typeof pLimit>;
  readonly #extractorUrl: string | undefined;

  constructor(options: ExtractPoolOptions = {}) {
    this.threads = Math.max(1, options.threads ?? availableParallelism());
    this.pageBudgetMs = options.pageBudgetMs ?? DEFAULT_PAGE_BUDGET_MS;
    this.#extractorUrl = options.extractorUrl;
    const { filename, execArgv, workerData } = workerFile();
    this.#pool = new Piscina({ filename, execArgv, workerData, minThreads: Math.min(options.startThreads ?? 0, this.threads), maxThreads: this.threads, idleTimeout: 1000, resourceLimits: WORKER_RESOURCE_LIMITS });
    // No more pages in flight than threads: a page never waits in piscina's queue.
    this.#limit = pLimit(this.threads);
  }

  /** Extracts one page; never rejects: a failure or an overrun comes back as an outcome. */
  extract(task: Omit<PageTask, 'started' | 'extractorUrl'>): Promise<PageOutcome> {
    return this.#limit(() => this.#run(task));
  }

  async #run(task: Omit<PageTask, 'started' | 'extractorUrl'>): Promise<PageOutcome> {
    const abort = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    // The budget starts when the worker starts the page, not while a worker is being spawned.
    port1.once('message', () => {
      timer = setTimeout(() => abort.abort(), this.pageBudgetMs);
    });
    try {
      const output = (await this.#pool.run({ ...task, extractorUrl: this.#extractorUrl, started: port2 } satisfies PageTask, {
        signal: abort.signal,
        transferList: [port2],
      })) as PageOutput;
      return { output };
    } catch (error) {
      if (abort.signal.aborted) {
        return { error: `extraction took longer than its budget of ${this.pageBudgetMs / 1000} s (--page-budget) and was stopped`, overran: true };
      }
      return { error: `cannot extract: ${(error as Error).message}`, overran: false };
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}
