/**
 * Per-page figures in one thread: the parse floor (htmlparser2, the parser
 * under cheerio), cheerio.load, the page reader and every table, each as a
 * time per page (wall and CPU) and as a ratio to the floor measured in the
 * same run, the steps interleaved page by page.
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

/** CPU time of this process so far (user and system), in milliseconds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** One step's times per page: wall clock, and CPU time (which other processes on a shared machine disturb much less). */
interface StepTimes {
  wall: number[];
  cpu: number[];
}

/**
 * Times several steps page by page, the steps interleaved on each page (parse
 * it, then load it, then read it…, starting one step later each round), so
 * that a burst of load from other processes falls on every step alike and
 * the ratios between them hold.
 */
function timeInterleaved<T>(items: T[], rounds: number, steps: Array<(item: T) => unknown>): StepTimes[] {
  const out: StepTimes[] = steps.map(() => ({ wall: [], cpu: [] }));
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      // The order turns each round: the first step on a page also pays for bringing the page into the caches.
      for (let j = 0; j < steps.length; j++) {
        const k = (j + r) % steps.length;
        const [w0, c0] = [performance.now(), cpuMs()];
        steps[k]!(item);
        out[k]!.cpu.push(cpuMs() - c0);
        out[k]!.wall.push(performance.now() - w0);
      }
    }
  }
  for (const t of out) {
    t.wall.sort((a, b) => a - b);
    t.cpu.sort((a, b) => a - b);
  }
  return out;
}

/** Mean of a list of numbers. */
export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function summary(label: string, ms: number[], floor: number): string {
  const q = (f: number) => ms[Math.min(ms.length - 1, Math.floor(f * ms.length))]!;
  const m = mean(ms);
  return `  ${label.padEnd(30)} mean ${m.toFixed(2).padStart(7)} ms   median ${q(0.5).toFixed(2).padStart(7)} ms   p95 ${q(0.95).toFixed(2).padStart(7)} ms   ${(m / floor).toFixed(1).padStart(5)}x parse`;
}

/** A step's line: its wall times as {@link summary} prints them, then its mean CPU time and that ratio to the floor's. */
function stepLine(label: string, t: StepTimes, floor: StepTimes): string {
  const cpu = mean(t.cpu);
  return `${summary(label, t.wall, mean(floor.wall))}   CPU ${cpu.toFixed(2).padStart(6)} ms ${(cpu / mean(floor.cpu)).toFixed(1).padStart(5)}x`;
}

/** The yardsticks measured in the same run, in mean ms per page (one thread). */
export interface Yardsticks {
  /** htmlparser2's parse: the floor (CPU time). */
  floor: number;
  /** Every table of ours (CPU time). */
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

/**
 * Prints the per-page figures; returns the yardsticks (mean ms per page). The
 * ratios to the floor are those of CPU time, measured with the steps
 * interleaved page by page (see {@link timeInterleaved}): on a shared machine
 * the wall times swing with other processes' load, the CPU times much less.
 */
export async function perPageFigures(pages: Page[], rounds: number): Promise<Yardsticks> {
  const extract = (p: Page) => extractArticle(p.html, { sourceFile: p.name, url: null });
  time(pages, 1, extract); // warm-up (JIT)
  const [parse, cheerio, read, tables] = timeInterleaved(pages, rounds, [
    (p) => parseDocument(p.html),
    (p) => load(p.html),
    (p) => readPage(p.html, null),
    extract,
  ]) as [StepTimes, StepTimes, StepTimes, StepTimes];
  console.log(stepLine('parse floor (htmlparser2)', parse, parse));
  console.log(stepLine('cheerio.load', cheerio, parse));
  console.log(stepLine('read page (text, meta)', read, parse));
  console.log(stepLine('every table', tables, parse));
  const jsdom = await readabilityJsdom(pages);
  const floorWall = mean(parse.wall);
  console.log(summary(`Readability+jsdom (${jsdom.length} pages)`, jsdom, floorWall));
  const [floor, ours] = [mean(parse.cpu), mean(tables.cpu)];
  console.log(
    `  every table: ${(ours / floor).toFixed(1)}x the parse floor in CPU time (${(mean(tables.wall) / floorWall).toFixed(1)}x in wall time), ` +
      `${(mean(tables.wall) / mean(jsdom)).toFixed(2)}x Readability+jsdom in wall time (which gives the main text only)`,
  );
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
