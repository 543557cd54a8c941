/**
 * How busy the whole machine was while a measured build ran, so that a build
 * that got less than every core can be told apart from one that could not use
 * them: the machine's busy CPU time (Linux /proc/stat, all processes) minus
 * the build's own is what other processes took meanwhile. On a shared machine
 * a build's wall time follows that, not its own code (issue 12: a bench build
 * at 1.3 cores beside a direct one at 1.7 differed in the load, not the code).
 */
import { readFileSync } from 'node:fs';

/** Busy and total CPU time of the machine since boot, in milliseconds (every core summed). */
export interface CpuTimes {
  busyMs: number;
  totalMs: number;
}

/** Clock ticks per second of /proc/stat (USER_HZ, 100 on every Linux Node supports). */
const USER_HZ = 100;

/**
 * Reads the machine's CPU times from the first line of /proc/stat
 * ("cpu user nice system idle iowait irq softirq steal guest guest_nice", in
 * ticks): busy is everything but idle and iowait; guest time is already
 * counted in user and nice. Null when the text is not such a line.
 */
export function parseProcStat(text: string): CpuTimes | null {
  const line = text.split('\n', 1)[0] ?? '';
  const fields = line.trim().split(/\s+/);
  if (fields[0] !== 'cpu' || fields.length < 5) return null;
  const ticks = fields.slice(1, 9).map(Number);
  if (ticks.some((t) => !Number.isFinite(t))) return null;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = ticks;
  const busy = user + nice + system + irq + softirq + steal;
  return { busyMs: (busy * 1000) / USER_HZ, totalMs: ((busy + idle + iowait) * 1000) / USER_HZ };
}

/** The machine's CPU times now, or null where /proc/stat is missing (not Linux). */
export function machineCpu(): CpuTimes | null {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Cores' worth of CPU that other processes used between two readings, given
 * what the measured process itself used (`ownCpuMs`) over `wallMs`; null
 * when either reading is missing.
 */
export function othersCores(before: CpuTimes | null, after: CpuTimes | null, ownCpuMs: number, wallMs: number): number | null {
  if (!before || !after || wallMs <= 0) return null;
  return Math.max(0, (after.busyMs - before.busyMs - ownCpuMs) / wallMs);
}
