/**
 * Timing lines of a build's steps, printed to stderr when the environment
 * sets `WSW_TIMINGS=1` (to see where a rebuild's time goes; `make bench`
 * prints whole-build figures). Never asserted by a test: durations depend on
 * the machine's load.
 */
import { performance } from 'node:perf_hooks';

/** Whether timing lines are printed. */
const ON = process.env.WSW_TIMINGS === '1';

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
    const cpu = process.cpuUsage(c0);
    const wall = performance.now() - t0;
    // The process's peak resident memory so far (threads included), as make bench reads it.
    const peak = process.resourceUsage().maxRSS / 1024;
    const memory = ` peak ${peak.toFixed(0).padStart(5)} MiB`;
    process.stderr.write(`timing: ${name.padEnd(24)} ${wall.toFixed(0).padStart(7)} ms wall ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(7)} ms CPU${memory}\n`);
  }
}
