import pLimit, { type LimitFunction } from 'p-limit';
import type { Sleep } from './retry.ts';

interface HostState {
  limit: LimitFunction;
  /** Earliest time (ms since epoch) the next request to the host may start. */
  nextStart: number;
  /** When the latest request to the host started (or is due to start). */
  lastStart: number;
  /** Minimum ms between request starts for this host. */
  delayMs: number;
}

/**
 * Keeps a run polite per host: at most `perHost` requests open at once, and
 * at least `delayMs` (or the host's Crawl-delay, if larger) between the
 * starts of two requests to the same host.
 */
export class HostGate {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly perHost: number,
    private readonly delayMs: number,
    private readonly sleep: Sleep,
    private readonly now: () => number = Date.now,
  ) {}

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { limit: pLimit(this.perHost), nextStart: 0, lastStart: 0, delayMs: this.delayMs };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Raises the host's minimum delay (e.g. to its robots.txt Crawl-delay); never lowers it. */
  raiseDelay(host: string, delayMs: number): void {
    const state = this.state(host);
    if (delayMs <= state.delayMs) return;
    state.delayMs = delayMs;
    // The request already scheduled (often the robots.txt one) counts from its start with the new delay.
    if (state.lastStart > 0) state.nextStart = Math.max(state.nextStart, state.lastStart + delayMs);
  }

  /**
   * Holds every request to `host` for `ms` from now (a 429 or 503 with
   * Retry-After speaks for the whole host, not just the URL that got it).
   */
  pause(host: string, ms: number): void {
    const state = this.state(host);
    state.nextStart = Math.max(state.nextStart, this.now() + ms);
  }

  /** The current minimum delay between requests to `host`. */
  delayFor(host: string): number {
    return this.state(host).delayMs;
  }

  /** Runs `task` (one request) when the host's limits allow it. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    return state.limit(async () => {
      const now = this.now();
      const start = Math.max(now, state.nextStart);
      state.lastStart = start;
      state.nextStart = start + state.delayMs;
      if (start > now) await this.sleep(start - now);
      return task();
    });
  }
}
