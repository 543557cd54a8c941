/**
 * `bench`: speed and memory figures, printed, never asserted (tests do not
 * time anything; the machine is shared and noisy, so every figure is also
 * given as a ratio to the parse floor measured in the same run).
 *
 * 1. Per page in one thread: htmlparser2 (the floor), cheerio.load, the page
 *    reader, every table (per-page.ts).
 * 2. Hostile made-up inputs at two sizes: how their time grows (hostile.ts).
 * 3. Whole builds as make runs them, each in its own process: pages per
 *    second, CPU use per core, peak memory and the ratios to the parse floor
 *    and to Readability+jsdom, on the development pages and on synthetic
 *    corpora of two sizes (copies with distinct URLs: memory should not grow
 *    with the corpus), then rebuilds with nothing / one page changed (whole-build.ts).
 */
import { availableParallelism, loadavg } from 'node:os';
import { type CommandHelp, parseCommandOptions } from '../lib/cli-help.ts';
import { decodeSnapshot } from '../extract/decode-snapshot.ts';
import { listSnapshots, readSnapshotBytes } from '../extract/snapshots.ts';
import type { Page } from './per-page.ts';
import { runMeasuredBuild, wholeBuildFigures } from './whole-build.ts';

/** Default corpus: the 39 real pages of the development benchmark. */
const DEFAULT_RAW = '../shared/bench-dev/html';
/** Default size of the synthetic corpus (issue 12's yardstick). */
const DEFAULT_SYNTHETIC = '10000';
/** Default size of the smaller synthetic corpus, built first so the bench shows how peak memory grows with the corpus. */
const DEFAULT_SYNTHETIC_SMALL = '2000';

/** What `bench --help` prints. */
const BENCH_HELP: CommandHelp = {
  usage: 'usage: node --expose-gc --import tsx pipeline/cli.ts bench [--raw DIR] [--rounds N] [--synthetic N] [--synthetic-small N]',
  summary:
    'Prints the time per page of parsing, reading the page and extracting every table beside the htmlparser2 floor, how hostile inputs grow, ' +
    'and whole builds (pages per second, CPU per core, peak memory, ratios to the parse floor and to Readability+jsdom) of the pages and of synthetic corpora of two sizes, ' +
    'with the growth of peak memory per page between them.',
  options: [
    { name: 'raw', value: 'DIR', text: `folder of pages to measure (default: ${DEFAULT_RAW})` },
    { name: 'rounds', value: 'N', text: 'passes over the pages for each figure (default: 5)' },
    { name: 'synthetic', value: 'N', text: `pages of the synthetic corpus, copies with distinct URLs (default: ${DEFAULT_SYNTHETIC}; 0: none)` },
    { name: 'synthetic-small', value: 'N', text: `pages of a smaller synthetic corpus built first, for the memory growth (default: ${DEFAULT_SYNTHETIC_SMALL}; 0: none)` },
    { name: 'measure-build', value: 'RAW', text: 'internal: the child process of a whole-build measurement' },
    { name: 'out', value: 'DIR', text: 'internal: output folder of --measure-build' },
    { name: 'build', value: 'DIR', text: 'internal: build folder of --measure-build' },
  ],
};

/** Runs the benchmark; returns the exit status. */
export async function benchCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandOptions('bench', argv, BENCH_HELP);
  if (parsed.exit !== undefined) return parsed.exit;
  const str = (name: string, fallback: string): string => (typeof parsed.values[name] === 'string' ? (parsed.values[name] as string) : fallback);
  const values = {
    raw: str('raw', DEFAULT_RAW),
    rounds: str('rounds', '5'),
    synthetic: str('synthetic', DEFAULT_SYNTHETIC),
    small: str('synthetic-small', DEFAULT_SYNTHETIC_SMALL),
  };
  const measure = parsed.values['measure-build'];
  if (typeof measure === 'string') {
    await runMeasuredBuild(measure, str('out', ''), str('build', ''));
    return 0;
  }
  // Loaded only here: the measured child (above) must load what `make datasets` loads and no more.
  // Statically imported, they put every extractor and its word lists in the child's main thread
  // (about 0.8 s of CPU and 25 MiB more than a real build, whose main thread never extracts).
  const { heapFigures, perPageFigures } = await import('./per-page.ts');
  const { hostileFigures } = await import('./hostile.ts');
  const rounds = Math.max(1, Number(values.rounds) || 5);
  const synthetic = Math.max(0, Number(values.synthetic) || 0);
  const small = Math.min(synthetic, Math.max(0, Number(values.small) || 0));
  const files = await listSnapshots(values.raw);
  const pages: Page[] = [];
  for (const f of files) pages.push({ name: f.relative, html: decodeSnapshot(await readSnapshotBytes(f), undefined) });
  const kib = pages.reduce((s, p) => s + p.html.length, 0) / Math.max(1, pages.length) / 1024;
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${load}`);

  console.log(`\nPer page, one thread: ${pages.length} pages of ${values.raw} (mean ${kib.toFixed(0)} KiB of HTML), ${rounds} rounds`);
  const per = await perPageFigures(pages, rounds);
  heapFigures(pages, Math.max(rounds, 5));

  console.log('\nHostile made-up inputs, each at N and 2N:');
  hostileFigures();

  console.log(
    `\nWhole builds (make datasets: one process, a worker per core, cold caches unless said), parse floor ${per.floor.toFixed(2)} ms/page of CPU, Readability+jsdom ${per.jsdom.toFixed(1)} ms/page:`,
  );
  await wholeBuildFigures(values.raw, [small, synthetic], per);
  return 0;
}
