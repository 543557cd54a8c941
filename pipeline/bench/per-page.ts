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
  return `  ${label.padEnd(30)} mean ${m.toFixed(2).padStart(7)} ms   median ${q(0.5).toFixed(2).padStart(7)} ms   p95 ${q(0.95).toFixed(2).padStart(7)} ms   ${(m / floor).toFixed(1).padStart(5)}x parse`;
}

/** The yardsticks measured in the same run, in mean ms per page (one thread). */
export interface Yardsticks {
  /** htmlparser2's parse: the floor. */
  floor: number;
  /** Every table of ours. */
  tables: number;
  /** Readability on jsdom (main text only), on a sample of the pages. */
  jsdom: number;
}

/** Pages of the sample Readability+jsdom runs on (it takes about half a second a page). */
export const JSDOM_SAMPLE = 20;

/**
 * Readability (Mozilla's, as in Firefox's reader view) on a jsdom document:
 * the usual way to get a page's main text in Node, and our yardstick for a
 * whole extraction. A sample of the pages (every k-th), once each after one warm-up page.
 */
async function readabilityJsdom(pages: Page[]): Promise<number[]> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const step = Math.max(1, Math.floor(pages.length / JSDOM_SAMPLE));
  const sample = pages.filter((_, i) => i % step === 0).slice(0, JSDOM_SAMPLE);
  const virtualConsole = new VirtualConsole(); // silent: pages' CSS and script errors are not ours
  const run = (p: Page) => new Readability(new JSDOM(p.html, { url: 'https://example.org/', virtualConsole }).window.document).parse();
  if (sample[0]) run(sample[0]);
  return time(sample, 1, run);
}

/** Prints the per-page figures; returns the yardsticks (mean ms per page). */
export async function perPageFigures(pages: Page[], rounds: number): Promise<Yardsticks> {
  const extract = (p: Page) => extractArticle(p.html, { sourceFile: p.name, url: null });
  time(pages, 1, extract); // warm-up (JIT)
  const parse = time(pages, rounds, (p) => parseDocument(p.html));
  const floor = mean(parse);
  console.log(summary('parse floor (htmlparser2)', parse, floor));
  console.log(summary('cheerio.load', time(pages, rounds, (p) => load(p.html)), floor));
  console.log(summary('read page (text, meta)', time(pages, rounds, (p) => readPage(p.html, null)), floor));
  const tables = time(pages, rounds, extract);
  console.log(summary('every table', tables, floor));
  const jsdom = await readabilityJsdom(pages);
  console.log(summary(`Readability+jsdom (${jsdom.length} pages)`, jsdom, floor));
  const ours = mean(tables);
  console.log(`  every table: ${(ours / floor).toFixed(1)}x the parse floor, ${(ours / mean(jsdom)).toFixed(2)}x Readability+jsdom (which gives the main text only)`);
  return { floor, tables: ours, jsdom: mean(jsdom) };
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
