/**
 * Timing lines of a build's steps, printed to stderr when the environment
 * sets `WSW_TIMINGS=1` (to see where a rebuild's time goes; `make bench`
 * prints whole-build figures). Never asserted by a test: durations depend on
 * the machine's load.
 *
 * The build's stages (listing, extract, validate, publish: steps that run one
 * after the other) also record their own peak resident memory, so a peak
 * that grows with the corpus can be pinned on the stage that makes it (issue
 * 12). The kernel keeps one high-water mark per process (VmHWM, threads
 * included); it is reset when a stage starts, by writing 5 to
 * /proc/self/clear_refs, and read when it ends. `make bench` turns this on in
 * the build it measures ({@link recordStagePeaks}); where /proc cannot be
 * written, no stage peak is recorded. The reset also resets what getrusage
 * and `time` report as the peak of a running process, so it is off unless
 * asked for, and {@link processPeakMiB} keeps the whole build's peak.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Whether timing lines are printed. */
const ON = process.env.WSW_TIMINGS === '1';

/** Each stage's peak resident memory in MiB, in the order the stages ran, when recorded. */
const stagePeaks = new Map<string, number>();
let recording = false;
/** The highest high-water mark read before a reset, in MiB. */
let peakBeforeResets = 0;

/** Records each stage's own peak memory from now on (see {@link stagePeaksMiB}). */
export function recordStagePeaks(): void {
  recording = true;
}

/** Each stage's own peak resident memory in MiB, by stage name, in the order they ran (empty when not recorded). */
export function stagePeaksMiB(): Record<string, number> {
  return Object.fromEntries(stagePeaks);
}

/** A field of /proc/self/status in MiB (VmRSS, VmHWM), or null where there is none. */
export function procStatusMiB(field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The process's peak resident memory so far in MiB (threads included), stage resets taken into account. */
export function processPeakMiB(): number {
  return Math.max(peakBeforeResets, process.resourceUsage().maxRSS / 1024, procStatusMiB('VmHWM') ?? 0);
}

/** Resets the process's high-water mark of resident memory to what it holds now; false where the kernel does not allow it. */
function resetPeak(): boolean {
  try {
    peakBeforeResets = processPeakMiB();
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** One timing line. */
function printTiming(name: string, t0: number, c0: NodeJS.CpuUsage, stagePeak: number | null): void {
  const cpu = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  const peak = processPeakMiB();
  const own = stagePeak === null ? '' : ` (this stage ${stagePeak.toFixed(0).padStart(5)} MiB)`;
  process.stderr.write(`timing: ${name.padEnd(24)} ${wall.toFixed(0).padStart(7)} ms wall ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(7)} ms CPU peak ${peak.toFixed(0).padStart(5)} MiB${own}\n`);
}

/**
 * Runs `step` and, when timings are on, prints how long it took (wall time,
 * the process's CPU time over the same span, which includes other
 * threads' work done meanwhile, and the process's peak memory so far, so the
 * step that raises it shows).
 */
export async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  if (!ON) return step();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    return await step();
  } finally {
    printTiming(name, t0, c0, null);
  }
}

/**
 * Runs a stage of the build: like {@link timed}, and when stage peaks are
 * recorded, also its own peak resident memory. Only for steps that never run
 * beside another stage: the high-water mark is the process's.
 */
export async function stage<T>(name: string, step: () => Promise<T>): Promise<T> {
  if (!recording) return timed(name, step);
  const own = resetPeak();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    return await step();
  } finally {
    const peak = own ? procStatusMiB('VmHWM') : null;
    if (peak !== null) stagePeaks.set(name, Math.max(peak, stagePeaks.get(name) ?? 0));
    if (ON) printTiming(name, t0, c0, peak);
  }
}
