/**
 * `bench`: speed and memory figures, printed, never asserted (tests do not
 * time anything; the machine is shared and noisy, so every figure is also
 * given as a ratio to the parse floor measured in the same run).
 *
 * 1. Per page in one thread: htmlparser2 (the floor), cheerio.load, the page
 *    reader, every table (per-page.ts).
 * 2. Hostile made-up inputs at two sizes: how their time grows (hostile.ts).
 * 3. Whole builds as make runs them, each in its own process: pages per
 *    second, CPU use per core, peak memory, on the development pages and on
 *    a synthetic corpus of N copies with distinct URLs, then rebuilds with
 *    nothing / one page changed (whole-build.ts).
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { decodeSnapshot, listSnapshots, readSnapshotBytes } from '../extract/snapshots.ts';
import { type Page, heapFigures, perPageFigures } from './per-page.ts';
import { hostileFigures } from './hostile.ts';
import { runMeasuredBuild, wholeBuildFigures } from './whole-build.ts';

/** Default corpus: the 39 real pages of the development benchmark. */
const DEFAULT_RAW = '../shared/bench-dev/html';
/** Default size of the synthetic corpus (issue 12's yardstick). */
const DEFAULT_SYNTHETIC = '10000';

/** Runs the benchmark; returns the exit status. */
export async function benchCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      raw: { type: 'string', default: DEFAULT_RAW },
      rounds: { type: 'string', default: '5' },
      synthetic: { type: 'string', default: DEFAULT_SYNTHETIC },
      // Internal: the child process of a whole-build measurement.
      'measure-build': { type: 'string' },
      out: { type: 'string' },
      build: { type: 'string' },
    },
  });
  if (values['measure-build']) {
    await runMeasuredBuild(values['measure-build'], values.out!, values.build!);
    return 0;
  }
  const rounds = Math.max(1, Number(values.rounds) || 5);
  const synthetic = Math.max(0, Number(values.synthetic) || 0);
  const files = await listSnapshots(values.raw);
  const pages: Page[] = [];
  for (const f of files) pages.push({ name: f.relative, html: decodeSnapshot(await readSnapshotBytes(f), undefined) });
  const kib = pages.reduce((s, p) => s + p.html.length, 0) / Math.max(1, pages.length) / 1024;
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${load}`);

  console.log(`\nPer page, one thread: ${pages.length} pages of ${values.raw} (mean ${kib.toFixed(0)} KiB of HTML), ${rounds} rounds`);
  const floor = perPageFigures(pages, rounds);
  heapFigures(pages, Math.max(rounds, 5));

  console.log('\nHostile made-up inputs, each at N and 2N:');
  hostileFigures();

  console.log(`\nWhole builds (make datasets: one process, a worker per core, cold caches unless said), parse floor ${floor.toFixed(2)} ms/page:`);
  await wholeBuildFigures(values.raw, synthetic, floor);
  return 0;
}
