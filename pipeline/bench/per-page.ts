/**
 * Per-page figures in one thread: the parse floor (htmlparser2, the parser
 * under cheerio), cheerio.load, the page reader and every table, each as a
 * time per page and as a ratio to the floor measured in the same run.
 */
import { performance } from 'node:perf_hooks';
import { load } from 'cheerio/slim';
import { parseDocument } from 'htmlparser2';
import { extractArticle } from '../extract/article.ts';
import { readPage } from '../extract/html/read-page.ts';

/** A decoded page. */
export interface Page {
  name: string;
  html: string;
}

/** Times of a step, sorted, in milliseconds. */
export function time<T>(items: T[], rounds: number, run: (item: T) => unknown): number[] {
  const perItem: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = performance.now();
      run(item);
      perItem.push(performance.now() - t0);
    }
  }
  return perItem.sort((a, b) => a - b);
}

/** Mean of a list of numbers. */
export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function summary(label: string, ms: number[], floor: number): string {
  const q = (f: number) => ms[Math.min(ms.length - 1, Math.floor(f * ms.length))]!;
  const m = mean(ms);
  return `  ${label.padEnd(26)} mean ${m.toFixed(2).padStart(7)} ms   median ${q(0.5).toFixed(2).padStart(7)} ms   p95 ${q(0.95).toFixed(2).padStart(7)} ms   ${(m / floor).toFixed(1).padStart(5)}x parse`;
}

/** Prints the per-page figures; returns the parse floor (mean ms per page). */
export function perPageFigures(pages: Page[], rounds: number): number {
  const extract = (p: Page) => extractArticle(p.html, { sourceFile: p.name, url: null });
  time(pages, 1, extract); // warm-up (JIT)
  const parse = time(pages, rounds, (p) => parseDocument(p.html));
  const floor = mean(parse);
  console.log(summary('parse floor (htmlparser2)', parse, floor));
  console.log(summary('cheerio.load', time(pages, rounds, (p) => load(p.html)), floor));
  console.log(summary('read page (text, meta)', time(pages, rounds, (p) => readPage(p.html, null)), floor));
  console.log(summary('every table', time(pages, rounds, extract), floor));
  return floor;
}

/** Heap after each pass over the corpus (flat when nothing leaks). */
export function heapFigures(pages: Page[], passes: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap: string[] = [];
  for (let r = 0; r < passes; r++) {
    for (const p of pages) extractArticle(p.html, { sourceFile: p.name, url: null });
    gc?.();
    heap.push(`${(process.memoryUsage().heapUsed / 1048576).toFixed(1)} MiB`);
  }
  console.log(`  heap after each pass over the corpus${gc ? '' : ' (run with node --expose-gc for exact figures)'}: ${heap.join(', ')}`);
}
