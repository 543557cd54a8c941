/**
 * How peak memory grows with the corpus, as `make bench` prints it after the
 * cold builds of synthetic corpora of several sizes: each stage's own peak at
 * each size (lib/step-timer.ts records them in the measured build), the
 * growth per page between the smallest and the largest corpus, for the whole
 * build and for each stage, so that a peak that grows is pinned on the stage
 * that makes it; and issue 12's targets at 10,000 pages.
 */

/** One cold build of a synthetic corpus. */
export interface SizedBuild {
  pages: number;
  wallMs: number;
  /** The whole build's peak resident memory, in MiB. */
  peakMiB: number;
  /** Each stage's own peak, in MiB (empty where it could not be recorded). */
  stagePeaksMiB: Record<string, number>;
}

/** Issue 12's targets for a 10,000-page corpus. */
export const TARGET_PAGES = 10_000;
/** Cold build of {@link TARGET_PAGES} pages, at most (issue 12: 3 minutes). */
export const TARGET_COLD_MS = 180_000;
/** Peak memory of that build, at most (issue 12: 1 GB, read as 1 GiB). */
export const TARGET_PEAK_MIB = 1024;

/** Growth in KiB per page between two sizes of a figure in MiB. */
export function growthKiBPerPage(pages0: number, mib0: number, pages1: number, mib1: number): number {
  return ((mib1 - mib0) * 1024) / (pages1 - pages0);
}

/** The stages in the order they ran, as recorded by any of the builds. */
function stageNames(builds: readonly SizedBuild[]): string[] {
  return [...new Set(builds.flatMap((b) => Object.keys(b.stagePeaksMiB)))];
}

/** The lines `make bench` prints about memory growth (none for fewer than two sizes). */
export function memoryGrowthLines(builds: readonly SizedBuild[]): string[] {
  const sorted = [...builds].sort((a, b) => a.pages - b.pages);
  if (sorted.length < 2) return [];
  const [first, last] = [sorted[0]!, sorted.at(-1)!];
  const stages = stageNames(sorted);
  const columns = [...stages, 'whole build'];
  const width = Math.max(...columns.map((c) => c.length), 8);
  const cell = (value: number | undefined): string => (value === undefined ? '-' : value.toFixed(0)).padStart(width);
  const lines = [`  peak memory (MiB) of each stage on its own, and of the whole build:`, `    ${'pages'.padStart(6)}  ${columns.map((c) => c.padStart(width)).join('  ')}`];
  for (const b of sorted) lines.push(`    ${String(b.pages).padStart(6)}  ${[...stages.map((s) => cell(b.stagePeaksMiB[s])), cell(b.peakMiB)].join('  ')}`);
  const growth = (m0: number | undefined, m1: number | undefined): string =>
    m0 === undefined || m1 === undefined ? '-' : growthKiBPerPage(first.pages, m0, last.pages, m1).toFixed(1);
  lines.push(`    ${'KiB/pg'.padStart(6)}  ${[...stages.map((s) => growth(first.stagePeaksMiB[s], last.stagePeaksMiB[s]).padStart(width)), growth(first.peakMiB, last.peakMiB).padStart(width)].join('  ')}`);
  lines.push(`  growth of the peak per page between ${first.pages} and ${last.pages} pages: ${growth(first.peakMiB, last.peakMiB)} KiB (flat: 0)`);
  const target = sorted.find((b) => b.pages === TARGET_PAGES);
  if (target) {
    const met = (ok: boolean): string => (ok ? 'met' : 'missed');
    lines.push(
      `  issue 12's targets at ${TARGET_PAGES} pages: cold ${(target.wallMs / 1000).toFixed(0)} s (at most ${TARGET_COLD_MS / 1000} s: ${met(target.wallMs <= TARGET_COLD_MS)}), ` +
        `peak ${target.peakMiB.toFixed(0)} MiB (at most ${TARGET_PEAK_MIB} MiB: ${met(target.peakMiB <= TARGET_PEAK_MIB)})`,
    );
  }
  return lines;
}
