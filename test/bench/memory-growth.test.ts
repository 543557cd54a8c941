/**
 * The bench's memory-growth lines, from made-up build figures (no build is
 * run and nothing is timed), and each stage's own peak as the step timer
 * records it in this process: structure only, never a size.
 */
import { describe, expect, it } from 'vitest';
import { growthKiBPerPage, memoryGrowthLines } from '../../pipeline/bench/memory-growth.ts';
import { processPeakMiB, recordStagePeaks, stage, stagePeaksMiB } from '../../pipeline/lib/step-timer.ts';

const small = { pages: 2000, wallMs: 30_000, peakMiB: 400, stagePeaksMiB: { extract: 380, publish: 400 } };
const large = { pages: 10_000, wallMs: 150_000, peakMiB: 600, stagePeaksMiB: { extract: 380, publish: 600 } };

describe('memoryGrowthLines', () => {
  it('gives the growth per page of the whole build and of each stage between the smallest and the largest corpus', () => {
    expect(growthKiBPerPage(2000, 400, 10_000, 600)).toBeCloseTo(25.6);
    const lines = memoryGrowthLines([large, small]);
    const header = lines[1]!.trim().split(/\s{2,}/);
    expect(header).toEqual(['pages', 'extract', 'publish', 'whole build']);
    expect(lines[2]!.trim().split(/\s+/)).toEqual(['2000', '380', '400', '400']);
    expect(lines[4]!.trim().split(/\s+/)).toEqual(['KiB/pg', '0.0', '25.6', '25.6']);
    expect(lines.join('\n')).toContain('between 2000 and 10000 pages: 25.6 KiB');
  });

  it("checks issue 12's targets only when the corpus has 10,000 pages", () => {
    expect(memoryGrowthLines([small, large]).at(-1)).toBe("  issue 12's targets at 10000 pages: cold 150 s (at most 180 s: met), peak 600 MiB (at most 1024 MiB: met)");
    expect(memoryGrowthLines([small, { ...large, pages: 5000 }]).join('\n')).not.toContain('targets');
    expect(memoryGrowthLines([small, { ...large, wallMs: 200_000, peakMiB: 1100 }]).at(-1)).toContain('(at most 180 s: missed), peak 1100 MiB (at most 1024 MiB: missed)');
  });

  it('marks a stage a build did not record, and prints nothing for one size', () => {
    const lines = memoryGrowthLines([{ ...small, stagePeaksMiB: {} }, large]);
    expect(lines[2]!.trim().split(/\s+/)).toEqual(['2000', '-', '-', '400']);
    expect(lines[4]!.trim().split(/\s+/)).toEqual(['KiB/pg', '-', '-', '25.6']);
    expect(memoryGrowthLines([large])).toEqual([]);
  });
});

describe('stage peaks', () => {
  it('records a peak for each stage once asked, and the whole process peak is at least each of them', async () => {
    await stage('before', async () => undefined);
    expect(stagePeaksMiB()).toEqual({});
    recordStagePeaks();
    await stage('first', async () => Buffer.alloc(8 << 20, 1).length);
    await stage('second', async () => undefined);
    const peaks = stagePeaksMiB();
    expect(Object.keys(peaks)).toEqual(['first', 'second']);
    for (const peak of Object.values(peaks)) expect(processPeakMiB()).toBeGreaterThanOrEqual(peak);
  });
});
