/**
 * The bench's whole-build figures: how it reads the machine's load, and the
 * flags its measured child runs with. No duration is asserted (the bench
 * prints figures; tests never time anything).
 */
import { describe, expect, it } from 'vitest';
import { othersCores, parseProcStat } from '../../pipeline/bench/machine-load.ts';
import { childExecArgv } from '../../pipeline/bench/whole-build.ts';

describe('parseProcStat', () => {
  it('counts every busy field but idle and iowait, in milliseconds', () => {
    const text = 'cpu  100 20 30 400 50 6 4 10 0 0\ncpu0 50 10 15 200 25 3 2 5 0 0\n';
    expect(parseProcStat(text)).toEqual({ busyMs: 1700, totalMs: 6200 });
  });

  it('reads an older kernel line with fewer fields', () => {
    expect(parseProcStat('cpu 1 2 3 4\n')).toEqual({ busyMs: 60, totalMs: 100 });
  });

  it('gives null for text that is not the machine line', () => {
    expect(parseProcStat('cpu0 1 2 3 4\n')).toBeNull();
    expect(parseProcStat('')).toBeNull();
    expect(parseProcStat('cpu a b c d\n')).toBeNull();
  });
});

describe('othersCores', () => {
  it('is the machine busy time less the build’s own, over the wall time', () => {
    const before = { busyMs: 10_000, totalMs: 50_000 };
    const after = { busyMs: 40_000, totalMs: 70_000 };
    expect(othersCores(before, after, 12_000, 10_000)).toBeCloseTo(1.8);
  });

  it('never goes below zero, and is null without both readings', () => {
    const t = { busyMs: 0, totalMs: 0 };
    expect(othersCores(t, { busyMs: 100, totalMs: 200 }, 500, 1000)).toBe(0);
    expect(othersCores(null, t, 0, 1000)).toBeNull();
  });
});

describe('childExecArgv', () => {
  it('runs the measured build without the bench’s --expose-gc, keeping the flags that load the code', () => {
    expect(childExecArgv(['--expose-gc', '--import', 'tsx'])).toEqual(['--import', 'tsx']);
  });
});
