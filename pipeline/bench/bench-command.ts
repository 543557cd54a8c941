/**
 * `bench`: prints how long the extract stage takes per page and how memory
 * behaves as pages go through, beside the cost of parsing alone. Figures are
 * printed, never asserted (tests do not time anything).
 */
import { performance } from 'node:perf_hooks';
import { load } from 'cheerio/slim';
import { extractArticle } from '../extract/article.ts';
import { type CommandHelp, parseCommandOptions } from '../lib/cli-help.ts';
import { readPage } from '../extract/html/read-page.ts';
import { decodeSnapshot, listSnapshots, readSnapshotBytes } from '../extract/snapshots.ts';

/** Default corpus: the 39 real pages of the development benchmark. */
const DEFAULT_RAW = '../shared/bench-dev/html';

interface Page {
  name: string;
  html: string;
}

function time(pages: Page[], rounds: number, run: (p: Page) => unknown): number[] {
  const perPage: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const p of pages) {
      const t0 = performance.now();
      run(p);
      perPage.push(performance.now() - t0);
    }
  }
  return perPage.sort((a, b) => a - b);
}

function summary(label: string, ms: number[]): string {
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  const q = (f: number) => ms[Math.min(ms.length - 1, Math.floor(f * ms.length))]!;
  return `${label.padEnd(26)} mean ${mean.toFixed(2).padStart(7)} ms   median ${q(0.5).toFixed(2).padStart(7)} ms   p95 ${q(0.95).toFixed(2).padStart(7)} ms`;
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

/** What `bench --help` prints. */
const BENCH_HELP: CommandHelp = {
  usage: 'usage: node --expose-gc --import tsx pipeline/cli.ts bench [--raw DIR] [--rounds N]',
  summary: 'Prints the time per page of parsing, reading the page and extracting every table, and how memory behaves as pages go through.',
  options: [
    { name: 'raw', value: 'DIR', text: `folder of pages to measure (default: ${DEFAULT_RAW})` },
    { name: 'rounds', value: 'N', text: 'passes over the pages for each figure (default: 5)' },
  ],
};

/** Runs the benchmark; returns the exit status. */
export async function benchCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandOptions('bench', argv, BENCH_HELP);
  if (parsed.exit !== undefined) return parsed.exit;
  const values = { raw: typeof parsed.values.raw === 'string' ? parsed.values.raw : DEFAULT_RAW, rounds: parsed.values.rounds };
  const rounds = Math.max(1, Number(values.rounds) || 5);
  const files = await listSnapshots(values.raw);
  const pages: Page[] = [];
  for (const f of files) pages.push({ name: f.relative, html: decodeSnapshot(await readSnapshotBytes(f), undefined) });
  const kib = pages.reduce((s, p) => s + p.html.length, 0) / pages.length / 1024;
  console.log(`${pages.length} pages from ${values.raw} (mean ${kib.toFixed(0)} KiB of HTML), ${rounds} rounds, node ${process.version}`);

  time(pages, 1, (p) => extractArticle(p.html, { sourceFile: p.name, url: null })); // warm-up (JIT)
  console.log(summary('parse (cheerio/slim)', time(pages, rounds, (p) => load(p.html))));
  console.log(summary('read page (text, meta)', time(pages, rounds, (p) => readPage(p.html, null))));
  console.log(summary('every table', time(pages, rounds, (p) => extractArticle(p.html, { sourceFile: p.name, url: null }))));

  const gc = (globalThis as { gc?: () => void }).gc;
  const heap: string[] = [];
  for (let r = 0; r < Math.max(rounds, 5); r++) {
    for (const p of pages) extractArticle(p.html, { sourceFile: p.name, url: null });
    gc?.();
    heap.push(mib(process.memoryUsage().heapUsed));
  }
  console.log(`heap after each pass over the corpus${gc ? '' : ' (run with node --expose-gc for exact figures)'}: ${heap.join(', ')}`);
  return 0;
}
